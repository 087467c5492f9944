// Public entry of the language module.
export { DEFAULT_MIN_LENGTH, detectLanguage } from './detect.js';
export type { DetectOptions, Diacritics, LanguageResult } from './types.js';
