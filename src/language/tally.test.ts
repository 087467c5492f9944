import { describe, expect, it } from 'vitest';
import { SCRIPT_COUNT } from './chars.js';
import { features, KIND_LOWER, KIND_NAME, scan } from './features.js';
import { ORDERS } from './hash.js';
import { DELTA_SCALE, featureKey, getModel, LABEL_MASK } from './model.js';
import {
  beginTallies,
  knows,
  layout,
  lowerScore,
  lowerWordsTallied,
  T_LOWER_FEATURES,
  tally,
} from './tally.js';

// The tally sums each word's features from a cache; features() lists them one by one for the trainer.
// Fed through the model, the two must give the same scores.
const TEXTS = [
  'Prime Minister Pham Minh Chinh met Kishida Fumio in Tokyo on Monday, and the two agreed to deepen ties.',
  'Statsminister Kishida Fumio besökte Hanoi i går och talade om handel mellan länderna.',
  'Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản tại Hà Nội sáng nay.',
  'Thu tuong Pham Minh Chinh tiep Dai su Nhat Ban tai Ha Noi sang nay',
  'Thu\u0309 tu\u031bo\u031b\u0301ng ke\u0302u go\u0323i ho\u031b\u0323p ta\u0301c',
  'VIETNAM AND JAPAN SIGN A NEW AGREEMENT ON LABOUR\n• Hanoi\n• Da Nang\n• Ho Chi Minh City',
  'The ministers met (Photo: VNA). In Hanoi, Han said the talks went well; see vnexpress.net for more.',
  'Den nya regeringen i Tokyo vill öka samarbetet med Vietnam inom energi och utbildning.',
  'Москва и Ханой подписали соглашение. 東京で会談した。 Die Regierung hat entschieden.',
];

describe('tally', () => {
  const m = getModel();
  const lay = layout(m, SCRIPT_COUNT);
  const { L } = lay;
  const nameLabel = (label: number) => m.codes[label] !== 'vi' && m.codes[label] !== 'und';
  /** The pairs of feature `h` as [label, delta in nats]. */
  const pairsOf = (h: number): Array<[number, number]> => {
    const k = featureKey(h);
    let slot = k & m.mask;
    for (;;) {
      const key = m.table[2 * slot];
      if (key === 0) return [];
      if (key === k) {
        const packed = m.table[2 * slot + 1] as number;
        const out: Array<[number, number]> = [];
        for (let p = packed >> 7; p < (packed >> 7) + (packed & 127); p++) {
          const v = m.pairs[p] as number;
          out.push([v & LABEL_MASK, (v >> 6) / DELTA_SCALE]);
        }
        return out;
      }
      slot = (slot + 1) & m.mask;
    }
  };
  const isNameWord = (h: number) => pairsOf(h).some(([label]) => nameLabel(label));

  /** Per label, the scores of all features and of lower-case n-grams, as the trainer's features give them. */
  function reference(from: number, to: number, tokens: number) {
    const last = { tokens, capitals: 0, scripts: new Int32Array(SCRIPT_COUNT), letters: 0 };
    const f = features(last, m.syllables, m.needsMarks, from, to, isNameWord);
    const all = new Float64Array(L);
    const lower = new Float64Array(L);
    let lowerFeatures = 0;
    const known = new Set<number>();
    for (let i = 0; i < f.n; i++) {
      const h = f.hash[i] as number;
      const w = f.weight[i] as number;
      const o = f.order[i] as number;
      const kind = f.kind[i] as number;
      const deltas = new Float64Array(L);
      for (const [label, d] of pairsOf(h)) {
        deltas[label] = d;
        if (kind === KIND_LOWER && o === ORDERS - 1) known.add(label);
      }
      if (kind === KIND_NAME) {
        for (let l = 0; l < L; l++) if (nameLabel(l)) all[l] = (all[l] as number) + w * (deltas[l] as number);
        continue;
      }
      const isLowerGram = kind === KIND_LOWER && o < ORDERS - 1;
      if (isLowerGram) lowerFeatures += w;
      for (let l = 0; l < L; l++) {
        const v = w * ((deltas[l] as number) + (m.floors[l * ORDERS + o] as number));
        all[l] = (all[l] as number) + v;
        if (isLowerGram) lower[l] = (lower[l] as number) + v;
      }
    }
    return { all, lower, lowerFeatures, known };
  }

  // More distinct words than the cache's first size: it grows during the call, and every word's entry
  // (and the lists of the prose's words) must stay where it was.
  const syllables: string[] = [];
  for (const c of ['b', 'd', 'k', 'l', 'm', 'n', 'p', 's', 't', 'v'])
    for (const v of ['a', 'e', 'i', 'o', 'u', 'y', 'ä', 'ö']) syllables.push(c + v);
  const many: string[] = [];
  for (const a of syllables)
    for (const b of ['ra', 'ne', 'ko', 'lu', 'ga', 'fi', 'ho', 'je']) many.push(`${a}${b}n`);
  const LONG = `${many.join(' ')}. The End of ${many.slice(0, 40).join(' ')}`;

  for (const text of [...TEXTS, LONG]) {
    it(`gives the scores of the features one by one: ${text.slice(0, 24)}…`, () => {
      const sc = scan(text);
      beginTallies(m);
      const cuts = [0, Math.floor(sc.tokens / 3), sc.tokens];
      for (let k = 0; k + 1 < cuts.length; k++) {
        const from = cuts[k] as number;
        const to = cuts[k + 1] as number;
        const acc = new Float64Array(lay.size + 3);
        const listed = lowerWordsTallied();
        tally(m, lay, from, to, acc, 3);
        const lists = [listed, lowerWordsTallied()];
        const ref = reference(from, to, sc.tokens);
        for (let l = 0; l < L; l++) {
          expect(acc[3 + l]).toBeCloseTo(ref.all[l] as number, 6);
          expect(lowerScore(lists, l)).toBeCloseTo(ref.lower[l] as number, 6);
          expect(knows(acc, lay, 3, l)).toBe(ref.known.has(l));
        }
        expect(acc[3 + lay.counts + T_LOWER_FEATURES]).toBeCloseTo(ref.lowerFeatures, 9);
      }
    });
  }
});
