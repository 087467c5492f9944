// Discriminative training of the language model's values, used by scripts/build-language-model.mjs.
//
// The generator first estimates every table value by counting (naive Bayes: ln p of an n-gram or word
// in a language). Counting treats each language alone, so it does not learn which features tell close
// languages apart (Swedish from Norwegian and Danish) on short text. This pass keeps the same tables,
// entries and floors and only moves the stored values: a few epochs of stochastic gradient descent on
// the softmax cross-entropy of the detector's own scores, over windows of 20, 40 and 80 characters cut
// from the training text (never the benchmark's half), with an L2 pull back towards the counted values,
// plus optional soft examples (single dictionary word forms, labelled with every close language that
// accepts them). The values kept are averaged over the last epochs (averaged SGD), so that they do not
// hang on the example order.
// Features come from src/language/features.ts, the detector's own code, so training and detection see
// exactly the same thing. Deterministic: fixed example order from a seeded generator, plain arithmetic.
import { tsImport } from 'tsx/esm/api';

const { scan, features, KIND_NAME } = await tsImport('../src/language/features.ts', import.meta.url);
const { hashString, ORDERS, SEED_GRAM, SEED_SYL, SEED_WORD } = await tsImport(
  '../src/language/hash.ts',
  import.meta.url,
);

/** Training settings: window sizes, epochs, learning rate, L2 strength and softmax temperature. */
const WINDOWS = [20, 40, 80];
const EPOCHS = 6;
const RATE = 1;
const L2 = 0.001;
/** Averaged SGD: snapshots of the values every AVERAGE_EVERY examples over the last AVERAGE_EPOCHS epochs. */
const AVERAGE_EPOCHS = 2;
const AVERAGE_EVERY = 100;
/** As the detector's posterior temperature (src/language/detect.ts). */
const TEMPERATURE = 4;

/** Consecutive windows of at most `limit` characters cut at spaces (as bench/langid.mjs cuts its test). */
export function windows(paragraph, limit) {
  const out = [];
  let cur = '';
  for (const w of paragraph.split(/\s+/).filter(Boolean)) {
    if (cur && cur.length + 1 + w.length > limit) {
      out.push(cur);
      cur = '';
    }
    cur = cur ? `${cur} ${w}` : w;
  }
  if (cur) out.push(cur);
  return out.filter((s) => s.length >= limit / 2 && s.length <= limit);
}

/** mulberry32: a small seeded generator, so the example order is the same on every run. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Trains `model` in place. `model[li]` is { floors: number[ORDERS], pSyl, orders: [[entry, q], …][ORDERS] }
 * with q = round(-value * quant); `texts[li]` are that label's training paragraphs; `syllables` the
 * folded Vietnamese syllables ('*' suffix = needs marks); `soft` extra examples { text, labels, among }:
 * the target shared evenly by the label indices `labels`, the softmax over the label set `among` only.
 * Returns a short report.
 */
export function trainModel(model, texts, syllables, quant, soft = []) {
  const L = model.length;
  const sylSet = new Set();
  const needsMarks = new Set();
  for (const s of syllables) {
    const marked = s.endsWith('*');
    const h = hashString(SEED_SYL, marked ? s.slice(0, -1) : s);
    sylSet.add(h);
    if (marked) needsMarks.add(h);
  }
  // Parameters: one per (feature hash, language) entry, as the detector decodes them.
  const pairLang = [];
  const pairOrder = [];
  const pairRef = []; // [li, o, index in model[li].orders[o]]
  const byHash = new Map(); // hash → pair indices
  model.forEach((m, li) => {
    for (let o = 0; o < ORDERS; o++) {
      const seed = o === ORDERS - 1 ? SEED_WORD : SEED_GRAM;
      m.orders[o].forEach(([g], k) => {
        const h = hashString(seed, g);
        if (h === 0) return;
        const list = byHash.get(h) ?? [];
        if (list.length === 0) byHash.set(h, list);
        list.push(pairLang.length);
        pairLang.push(li);
        pairOrder.push(o);
        pairRef.push([li, o, k]);
      });
    }
  });
  const P = pairLang.length;
  // Labels a name's word may count for: neither Vietnamese nor the background (as detect.ts).
  const nameLabel = model.map((m) => m.code !== 'vi' && m.code !== 'und');
  // Whether a word hash is a word of such a label (as detect.ts: a sentence's first word that is one is
  // a word, not a name).
  const isNameWord = (h) =>
    (byHash.get(h) ?? []).some((p) => pairOrder[p] === ORDERS - 1 && nameLabel[pairLang[p]]);
  const floorOf = (li, o) => -model[li].floors[o] / quant;
  const delta0 = new Float64Array(P);
  for (let p = 0; p < P; p++) {
    const [li, o, k] = pairRef[p];
    delta0[p] = -model[li].orders[o][k][1] / quant - floorOf(li, o);
  }
  const delta = Float64Array.from(delta0);
  const sylYes = model.map((m) => Math.log(m.pSyl));
  const sylNo = model.map((m) => Math.log(1 - m.pSyl));

  // Examples: per window, its base scores (floors and syllable terms) and its features' pair lists.
  // `target`: the indices of the labels that share the target equally (for a window, its gold label alone).
  const examples = [];
  const example = (text, target, among = null) => {
    const sc = scan(text);
    const f = features(sc, sylSet, needsMarks, 0, sc.tokens, isNameWord);
    const base = new Float64Array(L);
    const orderWeight = new Float64Array(ORDERS);
    const lists = [];
    const weights = [];
    for (let i = 0; i < f.n; i++) {
      // the word of a name-shaped token counts only for the labels whose table knows it (as detect.ts)
      const isName = f.kind[i] === KIND_NAME;
      if (!isName) orderWeight[f.order[i]] += f.weight[i];
      let list = byHash.get(f.hash[i]);
      if (list && isName) list = list.filter((p) => nameLabel[pairLang[p]]);
      if (list?.length) {
        lists.push(list);
        weights.push(f.weight[i]);
      }
    }
    for (let li = 0; li < L; li++) {
      let b = f.sylYes * sylYes[li] + f.sylNo * sylNo[li];
      for (let o = 0; o < ORDERS; o++) b += orderWeight[o] * floorOf(li, o);
      base[li] = b;
    }
    examples.push({ target, among, base, lists, weights });
  };
  texts.forEach((paragraphs, gold) => {
    for (const limit of WINDOWS) {
      for (const para of paragraphs) for (const text of windows(para, limit)) example(text, [gold]);
    }
  });
  for (const { text, labels, among } of soft) example(text, labels, among);

  const rand = random(0x5eed);
  const order = examples.map((_, i) => i);
  const s = new Float64Array(L);
  const g = new Float64Array(L);
  let loss = 0;
  // Averaged SGD: the values kept are the mean of snapshots taken over the last epochs, which damps the
  // noise of single steps (and so the model's dependence on the example order).
  const sum = new Float64Array(P);
  let snapshots = 0;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    loss = 0;
    let seen = 0;
    for (const e of order) {
      if (epoch >= EPOCHS - AVERAGE_EPOCHS && seen++ % AVERAGE_EVERY === 0) {
        for (let p = 0; p < P; p++) sum[p] += delta[p];
        snapshots++;
      }
      const { target, among, base, lists, weights } = examples[e];
      s.set(base);
      for (let f = 0; f < lists.length; f++) {
        const w = weights[f];
        for (const p of lists[f]) s[pairLang[p]] += w * delta[p];
      }
      // The softmax runs over every label, or over `among` only (soft examples: a word form tells close
      // languages apart, but says nothing of how likely the others are); labels outside get no gradient.
      let max = Number.NEGATIVE_INFINITY;
      for (let li = 0; li < L; li++) if (!among || among.has(li)) max = Math.max(max, s[li] / TEMPERATURE);
      let z = 0;
      for (let li = 0; li < L; li++) {
        g[li] = !among || among.has(li) ? Math.exp(s[li] / TEMPERATURE - max) : 0;
        z += g[li];
      }
      // g = d loss / d score = (softmax - target) / T, the target spread evenly over its labels
      const share = 1 / target.length;
      for (const li of target) loss -= share * Math.log(g[li] / z);
      for (let li = 0; li < L; li++) g[li] = g[li] / z;
      for (const li of target) g[li] -= share;
      for (let li = 0; li < L; li++) g[li] /= TEMPERATURE;
      for (let f = 0; f < lists.length; f++) {
        const w = weights[f];
        for (const p of lists[f]) {
          delta[p] -= RATE * (w * g[pairLang[p]] + L2 * (delta[p] - delta0[p]));
        }
      }
    }
  }
  for (let p = 0; p < P; p++) {
    const [li, o, k] = pairRef[p];
    const value = snapshots ? sum[p] / snapshots : delta[p];
    model[li].orders[o][k][1] = Math.round(-(value + floorOf(li, o)) * quant);
  }
  return { examples: examples.length, pairs: P, loss: loss / examples.length };
}
