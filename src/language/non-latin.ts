// Texts written mostly outside the Latin script: decided by the script, and within a script shared by
// several languages (Cyrillic, Arabic, Devanagari, Ethiopic, Hebrew …) by small n-gram tables generated
// from the UDHR (scripts/build-non-latin-model.mjs), decoded on first use.
import { ensure, SCRIPT_COUNT, Script, scriptOf } from './chars.js';
import { NON_LATIN, NON_LATIN_QUANT } from './data/non-latin.generated.js';
import type { LanguageResult } from './types.js';

/** Scripts that (nearly) name their language. */
const SCRIPT_LANGUAGE: Partial<Record<number, string>> = {
  [Script.Greek]: 'el',
  [Script.Thai]: 'th',
  [Script.Lao]: 'lo',
  [Script.Khmer]: 'km',
  [Script.Myanmar]: 'my',
  [Script.Hangul]: 'ko',
  [Script.Georgian]: 'ka',
  [Script.Armenian]: 'hy',
  [Script.Bengali]: 'bn',
  [Script.Tamil]: 'ta',
};
/** Texts longer than this are read from their start only. */
const READ_LIMIT = 2048;
/** Temperature of the softmax over the candidates' scores (n-grams overlap, as in the Latin model). */
const TEMPERATURE = 4;

interface Table {
  code: string;
  script: number;
  floors: Float64Array;
  grams: Map<string, number>;
}
let tables: Table[] | undefined;

function decode(): Table[] {
  return NON_LATIN.map(({ code, floors, grams }) => {
    const map = new Map<string, number>();
    let script: number = Script.Other;
    for (const group of grams.split('|')) {
      const parts = group.split(' ');
      const value = -Number(parts[0]) / NON_LATIN_QUANT;
      for (let i = 1; i < parts.length; i++) {
        const g = parts[i] as string;
        map.set(g, value);
        if (script === Script.Other) {
          const c = g.replace(/_/g, '').charCodeAt(0);
          if (c) {
            ensure(c);
            script = scriptOf(c);
          }
        }
      }
    }
    return { code, script, floors: Float64Array.from(floors, (f) => -f / NON_LATIN_QUANT), grams: map };
  });
}

/** Naive-Bayes scores of `text` under the tables written in `script`, best first. */
function rank(text: string, script: number): Array<[string, number]> {
  tables ??= decode();
  const candidates = tables.filter((t) => t.script === script);
  if (candidates.length === 0) return [];
  const scores = new Float64Array(candidates.length);
  const tokens = text
    .slice(0, READ_LIMIT)
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{M}]+/u);
  for (const token of tokens) {
    if (!token) continue;
    const cps = Array.from(`_${token}_`);
    for (let i = 0; i < cps.length; i++) {
      let g = '';
      for (let n = 1; n <= 3 && i + n <= cps.length; n++) {
        g += cps[i + n - 1];
        if (g === '_') continue;
        for (let k = 0; k < candidates.length; k++) {
          const t = candidates[k] as Table;
          scores[k] = (scores[k] as number) + (t.grams.get(g) ?? (t.floors[n - 1] as number));
        }
      }
    }
  }
  return candidates
    .map((t, k): [string, number] => [t.code, scores[k] as number])
    .sort((a, b) => b[1] - a[1]);
}

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
  let scores: Record<string, number> = {};
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
    confidence = 0.95;
  } else {
    const ranked = rank(text, script);
    const best = ranked[0];
    if (best) {
      language = best[0];
      let z = 0;
      for (const [, s] of ranked) z += Math.exp((s - best[1]) / TEMPERATURE);
      // kept below the 0.9 line that the Latin-script answers are calibrated to
      confidence = Math.min(0.85, 1 / z);
      scores = Object.fromEntries(
        ranked
          .slice(0, 5)
          .map(([code, s]) => [code, Math.round((Math.exp((s - best[1]) / TEMPERATURE) / z) * 1000) / 1000]),
      );
    }
  }
  if (!language) return { language: 'und', confidence: 0, diacritics: null, scores: {} };
  confidence = Math.round(confidence * share * 1000) / 1000;
  return { language, confidence, diacritics: null, scores: { ...scores, [language]: confidence } };
}
