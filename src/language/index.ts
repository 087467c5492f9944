// Public entry of the language module.
export { DEFAULT_MIN_LENGTH, detectLanguage, detectLanguages } from './detect.js';
export type {
  DetectOptions,
  DetectRangesOptions,
  Diacritics,
  LanguageResult,
  RangesResult,
  TextRange,
} from './types.js';
