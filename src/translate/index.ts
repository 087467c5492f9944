/** Translation tools built on the recognizer and the knowledge base. */
export { type ExportGlossaryOptions, exportGlossary, type GlossaryFormat } from './glossary.js';
export {
  type ProtectedTerm,
  type ProtectedText,
  type ProtectTermsOptions,
  protectTerms,
  type RestoredText,
  type RestoreTermsOptions,
} from './protect.js';
export {
  type TermReplacement,
  type TranslateTermsOptions,
  type TranslateTermsResult,
  translateTerms,
} from './terms.js';
