// Provisional detector: franc restricted to a candidate list. Replaced by the real model (issue 3).
import { francAll } from 'franc';
import type { DetectOptions, LanguageResult } from './types.js';

export type { Diacritics, DetectOptions, LanguageResult } from './types.js';

const ISO3_TO_1: Record<string, string> = {
  eng: 'en', swe: 'sv', vie: 'vi', deu: 'de', fra: 'fr', spa: 'es', ita: 'it', por: 'pt', nld: 'nl',
  dan: 'da', nob: 'nb', nno: 'nn', ind: 'id', zlm: 'ms', tgl: 'tl',
};

/**
 * Detect the language of a text.
 * @example detectLanguage('Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản').language // 'vi'
 */
export function detectLanguage(text: string, options: DetectOptions = {}): LanguageResult {
  if (typeof text !== 'string') throw new TypeError(`Expected a string, got ${text === null ? 'null' : typeof text}`);
  const minLength = options.minLength ?? 10;
  const letters = text.replace(/[^\p{L}]/gu, '').length;
  if (letters < minLength) return { language: 'und', confidence: 0, diacritics: null, scores: {} };
  const ranked = francAll(text.slice(0, 4096), { minLength: 1 });
  const scores: Record<string, number> = {};
  for (const [code, score] of ranked.slice(0, 5)) scores[ISO3_TO_1[code] ?? code] = score;
  const [best] = ranked;
  if (!best || best[0] === 'und') return { language: 'und', confidence: 0, diacritics: null, scores };
  const language = ISO3_TO_1[best[0]] ?? 'und';
  const second = ranked[1]?.[1] ?? 0;
  return { language, confidence: Math.max(0, Math.min(1, 1 - second)), diacritics: null, scores };
}
