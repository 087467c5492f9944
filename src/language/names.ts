// Shapes of romanised Vietnamese and Japanese names, read from a token's lower-case code units. News
// in English and Swedish is dense with both ("Pham Minh Chinh", "Kishida Fumio"), and their letters
// say nothing of the language around them: the detector masks capitalised tokens of these shapes.
// Hand-written scanners (no regular expressions): each reads the token once, left to right.

const A = 97;
const isVowel = (c: number): boolean => c === A || c === 101 || c === 105 || c === 111 || c === 117;
/** Japanese long vowels written with a macron or circumflex (ā ī ū ē ō, â î û ê ô). */
const isLongVowel = (c: number): boolean =>
  c === 0x101 ||
  c === 0x12b ||
  c === 0x16b ||
  c === 0x113 ||
  c === 0x14d ||
  c === 0xe2 ||
  c === 0xee ||
  c === 0xfb ||
  c === 0xea ||
  c === 0xf4;
const ch = (s: string): number => s.charCodeAt(0);
const [B, C, D, F, G, H, J, K, M, N, P, R, S, T, W, Y, Z] = 'bcdfghjkmnprstwyz'.split('').map(ch) as [
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
  number,
];

/** Consonants that start a Japanese syllable on their own (Hepburn). */
const isOnset = (c: number): boolean =>
  c === K ||
  c === G ||
  c === S ||
  c === Z ||
  c === T ||
  c === D ||
  c === N ||
  c === H ||
  c === B ||
  c === P ||
  c === M ||
  c === R ||
  c === Y ||
  c === W ||
  c === J ||
  c === F;
/** Consonants that may take a palatal y before the vowel (kyo, ryu, nya). */
const takesY = (c: number): boolean =>
  c === K || c === G || c === N || c === H || c === B || c === P || c === M || c === R;

/**
 * Whether `cps[start..end)` (lower case) reads as a romanised Japanese word: a run of morae, each an
 * optional onset (k, sh, ch, ts, ky …) and a vowel, or a moraic n (m before b, p, m), or the first half
 * of a doubled consonant. "kishida", "fumio", "hyogo", "wakayama", "naruhito", "hokkaido", "shimbun".
 * At least two morae, so that "a" or "no" is not a name.
 */
export function japaneseShape(cps: ArrayLike<number>, start: number, end: number): boolean {
  const vowelAt = (k: number): boolean => {
    const v = k < end ? (cps[k] as number) : -1;
    return v >= 0 && (isVowel(v) || isLongVowel(v));
  };
  let i = start;
  let morae = 0;
  while (i < end) {
    const c = cps[i] as number;
    if (isVowel(c) || isLongVowel(c)) {
      i++;
      morae++;
      continue;
    }
    const next = i + 1 < end ? (cps[i + 1] as number) : -1;
    const third = i + 2 < end ? (cps[i + 2] as number) : -1;
    // moraic n (or m before a labial), not followed by a vowel or y
    if ((c === N && next !== Y && !vowelAt(i + 1)) || (c === M && (next === B || next === P || next === M))) {
      if (morae === 0) return false;
      i++;
      morae++;
      continue;
    }
    // a doubled consonant (kk, ss, tt, pp, tch)
    if (
      (c === next && (c === K || c === S || c === T || c === P)) ||
      (c === T && next === C && third === H)
    ) {
      i++;
      continue;
    }
    // two-letter onsets: sh, ch, ts, and a consonant with palatal y
    if (
      ((c === S || c === C) && next === H) ||
      (c === T && next === S) ||
      (takesY(c) && next === Y) ||
      ((c === S || c === Z || c === C || c === J) && next === Y)
    ) {
      if (!vowelAt(i + 2)) return false;
      i += 3;
      morae++;
      continue;
    }
    if (isOnset(c) && vowelAt(i + 1)) {
      i += 2;
      morae++;
      continue;
    }
    return false;
  }
  return morae >= 2;
}

/** Vietnamese vowels, folded to ASCII (the marks are checked apart). */
const isViVowel = (c: number): boolean => isVowel(c) || c === Y;

/**
 * Whether the ASCII-folded `cps[start..end)` has the shape of a Vietnamese syllable: an onset (ngh, ng,
 * nh, ch, gh, gi, kh, ph, qu, th, tr or one consonant), one to three vowels, and a coda (ch, ng, nh, c, m,
 * n, p, t). `fold` maps a code unit to its ASCII base (đ → d), 0 for a letter Vietnamese does not write.
 */
export function vietnameseShape(
  cps: ArrayLike<number>,
  start: number,
  end: number,
  fold: (c: number) => number,
): boolean {
  const at = (k: number): number => (k < end ? fold(cps[k] as number) : -1);
  let i = start;
  const c0 = at(i);
  const c1 = at(i + 1);
  const c2 = at(i + 2);
  if (c0 <= 0) return false;
  if (c0 === N && c1 === G && c2 === H) i += 3;
  else if (
    (c0 === N && (c1 === G || c1 === H)) ||
    ((c0 === C || c0 === K || c0 === P || c0 === T) && c1 === H) ||
    (c0 === G && (c1 === H || c1 === 105)) ||
    (c0 === 113 && c1 === 117) ||
    (c0 === T && c1 === R)
  )
    i += 2;
  else if (!isViVowel(c0)) {
    // one consonant: b c d g h k l m n p r s t v x (đ folds to d)
    if (!(c0 === B || c0 === C || c0 === D || c0 === G || c0 === H || c0 === K || c0 === 108 || c0 === M))
      if (!(c0 === N || c0 === P || c0 === R || c0 === S || c0 === T || c0 === 118 || c0 === 120))
        return false;
    i += 1;
  }
  let vowels = 0;
  while (i < end && isViVowel(at(i))) {
    vowels++;
    i++;
  }
  if (vowels === 0 || vowels > 3) return false;
  if (i === end) return true;
  const d0 = at(i);
  const d1 = at(i + 1);
  if (i + 2 === end) return (d0 === C && d1 === H) || (d0 === N && (d1 === G || d1 === H));
  return i + 1 === end && (d0 === C || d0 === M || d0 === N || d0 === P || d0 === T);
}
