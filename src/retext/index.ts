/** The retext plugin that reports non-canonical names. */
export { type RetextVietnormOptions, retextVietnorm, type VietnormRuleId } from './plugin.js';
