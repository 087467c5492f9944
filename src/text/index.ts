/**
 * Text primitives: NFC, folding keys for matching, and Vietnamese tone-mark placement.
 * Pure functions without data; diacritic restoration needs the knowledge base and lives in `src/kb`.
 */
export { type FoldResult, foldKey, foldWithMap, nfc } from './fold.js';
export { normalizeToneMarks, type ToneStyle } from './tone.js';
