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
  type LanguageInfo,
  type Mention,
  type Outlet,
  type Paragraph,
  type Published,
  type Span,
  type Warning,
} from './article/schema.js';
export { isVietnormError, VietnormError, type VietnormErrorCode } from './errors.js';
export { type DisplayLanguage, type Labels, labelResources } from './i18n/resources.js';
export {
  type DetectOptions,
  type Diacritics,
  detectLanguage,
  type LanguageResult,
} from './language/index.js';
