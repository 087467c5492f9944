// Texts written mostly outside the Latin script: decided by the script, and by franc within a script
// shared by several languages (Cyrillic, Arabic, Devanagari …).
import { francAll } from 'franc';
import { SCRIPT_COUNT, Script } from './chars.js';
import type { LanguageResult } from './types.js';

/** Scripts that (nearly) name their language. */
const SCRIPT_LANGUAGE: Partial<Record<number, string>> = {
  [Script.Greek]: 'el',
  [Script.Hebrew]: 'he',
  [Script.Thai]: 'th',
  [Script.Lao]: 'lo',
  [Script.Khmer]: 'km',
  [Script.Myanmar]: 'my',
  [Script.Hangul]: 'ko',
  [Script.Georgian]: 'ka',
  [Script.Armenian]: 'hy',
};

/** ISO 639-3 (franc) → ISO 639-1 for the languages franc may answer within a shared script. */
const ISO3_TO_1: Record<string, string> = {
  rus: 'ru',
  ukr: 'uk',
  bel: 'be',
  bul: 'bg',
  srp: 'sr',
  mkd: 'mk',
  kaz: 'kk',
  kir: 'ky',
  tgk: 'tg',
  khk: 'mn',
  uzn: 'uz',
  tat: 'tt',
  bak: 'ba',
  arb: 'ar',
  pes: 'fa',
  prs: 'fa',
  urd: 'ur',
  pbu: 'ps',
  uig: 'ug',
  skr: 'ur',
  hin: 'hi',
  mar: 'mr',
  npi: 'ne',
  mai: 'mai',
  bho: 'bh',
  ben: 'bn',
  asm: 'as',
  tam: 'ta',
  amh: 'am',
  tir: 'ti',
  heb: 'he',
  ydd: 'yi',
  ell: 'el',
  cmn: 'zh',
  jpn: 'ja',
  kor: 'ko',
};

/** Answer for a text whose dominant script is `script` (not Latin). */
export function detectNonLatin(
  text: string,
  script: number,
  counts: Int32Array,
  minLength: number,
): LanguageResult {
  const count = (s: number) => counts[s] ?? 0;
  let letters = 0;
  for (let s = 1; s < SCRIPT_COUNT; s++) letters += count(s);
  const own = count(script) + (script === Script.Han ? count(Script.Kana) : 0);
  // CJK characters carry more per character than alphabetic letters.
  const cjk = script === Script.Han || script === Script.Hangul;
  if ((cjk ? own * 3 : own) < minLength)
    return { language: 'und', confidence: 0, diacritics: null, scores: {} };
  const share = own / letters;
  let language: string | undefined;
  let confidence = 0;
  if (script === Script.Han) {
    const kana = count(Script.Kana);
    if (kana >= 0.05 * own) {
      language = 'ja';
      confidence = 0.95;
    } else {
      language = 'zh';
      confidence = 0.8;
    }
  } else if (SCRIPT_LANGUAGE[script]) {
    language = SCRIPT_LANGUAGE[script];
    confidence = script === Script.Hebrew ? 0.85 : 0.95;
  } else {
    const ranked = francAll(text.slice(0, 2048), { minLength: 1 });
    const first = ranked[0];
    const code = first ? ISO3_TO_1[first[0]] : undefined;
    if (code) {
      language = code;
      // franc's scores are relative (best = 1); keep these answers below the 0.9 line we calibrate.
      confidence = Math.min(0.85, 1 - (ranked[1]?.[1] ?? 0) * 0.9);
    }
  }
  if (!language) return { language: 'und', confidence: 0, diacritics: null, scores: {} };
  confidence = Math.round(confidence * share * 1000) / 1000;
  return { language, confidence, diacritics: null, scores: { [language]: confidence } };
}
