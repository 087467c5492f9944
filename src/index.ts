/**
 * vietnorm: language detection, canonical names and typed article objects for news about
 * Vietnam in English, Swedish and Vietnamese.
 *
 * @packageDocumentation
 */

export { type AnalyzeOptions, analyze } from './article/analyze.js';
export {
  type Article,
  ArticleSchema,
  type Block,
  type BlockKind,
  type Caption,
  type CreditSource,
  type Dateline,
  type EntitySummary,
  type HtmlSource,
  type Image,
  type LanguageInfo,
  type MarkupDate,
  type MarkupValue,
  type Mention,
  type Outlet,
  type Paragraph,
  type Published,
  type SourceRange,
  type SourceSegment,
  type Span,
  type Warning,
} from './article/schema.js';
export { isVietnormError, VietnormError, type VietnormErrorCode } from './errors.js';
export { type AnalyzeHtmlOptions, analyzeHtml, htmlRange } from './html/index.js';
export {
  type DisplayLanguage,
  type Labels,
  labelResources,
  type Messages,
  messageResources,
} from './i18n/resources.js';
export {
  type AmbiguityRecord,
  createNormalizer,
  type DateInput,
  type DisplayNameOptions,
  defaultNormalizer,
  displayName,
  type Entity,
  type EntityInput,
  EntityInputSchema,
  type EntityMatch,
  type EntityOverride,
  EntityOverrideSchema,
  type EntityRecord,
  type EntityType,
  entityKey,
  entityResources,
  type FindOptions,
  findEntities,
  getEntity,
  holdersOf,
  type KbLanguage,
  kbAmbiguities,
  kbSources,
  kbStats,
  kbUnverified,
  listEntities,
  type Normalizer,
  type NormalizerOptions,
  type OfficeTerm,
  predecessors,
  provinceOf,
  type RestoreOptions,
  restoreDiacritics,
  type SourceRecord,
  successor,
  type UnverifiedRecord,
  type WithinPeriod,
} from './kb/index.js';
export {
  type DetectOptions,
  type DetectRangesOptions,
  type Diacritics,
  detectLanguage,
  detectLanguages,
  type LanguageResult,
  type RangesResult,
  type TextRange,
} from './language/index.js';
export {
  type NormalizeChange,
  type NormalizeChangeKind,
  type NormalizeOptions,
  type NormalizeResult,
  type NormalizeStyle,
  normalize,
} from './recognize/normalize.js';
export {
  type EntityMention,
  type MentionFlag,
  type RecognizeOptions,
  recognize,
} from './recognize/recognize.js';
export { type RetextVietnormOptions, retextVietnorm, type VietnormRuleId } from './retext/index.js';
export {
  type FoldResult,
  foldKey,
  foldWithMap,
  nfc,
  normalizeToneMarks,
  type ToneStyle,
} from './text/index.js';
export {
  type ExportGlossaryOptions,
  exportGlossary,
  type GlossaryFormat,
  type ProtectedTerm,
  type ProtectedText,
  type ProtectTermsOptions,
  protectTerms,
  type RestoredText,
  type RestoreTermsOptions,
  type TermReplacement,
  type TranslateTermsOptions,
  type TranslateTermsResult,
  translateTerms,
} from './translate/index.js';
