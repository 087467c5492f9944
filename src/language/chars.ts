// Per-character tables (letter class, lower case, script, Vietnamese folding), built lazily per block
// of 256 code units so that the first call only pays for the blocks it meets.

/** Scripts the detector tells apart. */
export const Script = {
  None: 0,
  Latin: 1,
  Cyrillic: 2,
  Greek: 3,
  Arabic: 4,
  Hebrew: 5,
  Devanagari: 6,
  Bengali: 7,
  Thai: 8,
  Lao: 9,
  Khmer: 10,
  Myanmar: 11,
  Hangul: 12,
  Han: 13,
  Kana: 14,
  Georgian: 15,
  Armenian: 16,
  Ethiopic: 17,
  Tamil: 18,
  Other: 19,
} as const;
export type ScriptId = (typeof Script)[keyof typeof Script];
export const SCRIPT_COUNT = 20;

const SCRIPT_TESTS: ReadonlyArray<[RegExp, ScriptId]> = [
  [/\p{Script=Latin}/u, Script.Latin],
  [/\p{Script=Cyrillic}/u, Script.Cyrillic],
  [/\p{Script=Greek}/u, Script.Greek],
  [/\p{Script=Arabic}/u, Script.Arabic],
  [/\p{Script=Hebrew}/u, Script.Hebrew],
  [/\p{Script=Devanagari}/u, Script.Devanagari],
  [/\p{Script=Bengali}/u, Script.Bengali],
  [/\p{Script=Thai}/u, Script.Thai],
  [/\p{Script=Lao}/u, Script.Lao],
  [/\p{Script=Khmer}/u, Script.Khmer],
  [/\p{Script=Myanmar}/u, Script.Myanmar],
  [/\p{Script=Hangul}/u, Script.Hangul],
  [/\p{Script=Han}/u, Script.Han],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, Script.Kana],
  [/\p{Script=Georgian}/u, Script.Georgian],
  [/\p{Script=Armenian}/u, Script.Armenian],
  [/\p{Script=Ethiopic}/u, Script.Ethiopic],
  [/\p{Script=Tamil}/u, Script.Tamil],
];

/** Character kinds. */
export const Kind = { Other: 0, Letter: 1, Mark: 2, Space: 3, Newline: 4, Stop: 5, Bullet: 6 } as const;

const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;
const SPACE = /\s/u;
const BULLETS = '•·▪◦‣∙●○■□►▶➢✓✔*-–—+>';

/** Vietnamese letters with marks → their ASCII base (đ → d). */
const VI_FOLD_SOURCE: ReadonlyArray<[string, string]> = [
  ['a', 'àảãáạăằẳẵắặâầẩẫấậ'],
  ['e', 'èẻẽéẹêềểễếệ'],
  ['i', 'ìỉĩíị'],
  ['o', 'òỏõóọôồổỗốộơờởỡớợ'],
  ['u', 'ùủũúụưừửữứự'],
  ['y', 'ỳỷỹýỵ'],
  ['d', 'đ'],
];

const kind = new Uint8Array(65536);
const lower = new Uint16Array(65536);
const script = new Uint8Array(65536);
/** ASCII base of a lower-case Vietnamese letter, 0 if the character is not one. */
const viFold = new Uint8Array(65536);
/**
 * The four tables packed per code unit, for the scanner's one read per character: kind (bits 0-2),
 * script (3-7), the ASCII base of the lower-case letter (8-15) and the lower case (16-31).
 */
const info = new Int32Array(65536);
const built = new Uint8Array(256);
let foldReady = false;

function buildBlock(block: number): void {
  built[block] = 1;
  const base = block << 8;
  for (let c = base; c < base + 256; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue; // surrogates: handled by the caller as "other"
    const ch = String.fromCharCode(c);
    let k: number = Kind.Other;
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) k = Kind.Newline;
    else if (SPACE.test(ch)) k = Kind.Space;
    else if (LETTER.test(ch)) k = Kind.Letter;
    else if (MARK.test(ch)) k = Kind.Mark;
    else if (ch === '.' || ch === '!' || ch === '?' || ch === '。' || ch === '!' || ch === '?') k = Kind.Stop;
    else if (BULLETS.includes(ch)) k = Kind.Bullet;
    kind[c] = k;
    const lo = ch.toLowerCase();
    lower[c] = lo.length === 1 ? lo.charCodeAt(0) : c;
    if (k === Kind.Letter || k === Kind.Mark) {
      let s: number = Script.Other;
      for (const [re, id] of SCRIPT_TESTS) {
        if (re.test(ch)) {
          s = id;
          break;
        }
      }
      script[c] = s;
    }
    const low = lower[c] as number;
    info[c] = k | ((script[c] as number) << 3) | ((viFold[low] as number) << 8) | (low << 16);
  }
}

function buildFold(): void {
  foldReady = true;
  for (let c = 97; c <= 122; c++) viFold[c] = c;
  for (const [to, from] of VI_FOLD_SOURCE) {
    for (const ch of from) viFold[ch.charCodeAt(0)] = to.charCodeAt(0);
  }
}

/** Ensures the tables cover code unit `c`. */
export function ensure(c: number): void {
  if (!foldReady) buildFold();
  if (built[c >> 8] === 0) buildBlock(c >> 8);
}

/** Kind, script, Vietnamese base and lower case of code unit `c`, packed (read with the info* functions below). */
export function charInfo(c: number): number {
  if (built[c >> 8] === 0) ensure(c);
  return info[c] as number;
}
/** The kind of a packed {@link charInfo}. */
export const infoKind = (i: number): number => i & 7;
/** The script of a packed {@link charInfo}. */
export const infoScript = (i: number): number => (i >> 3) & 31;
/** The ASCII base (Vietnamese folding) of the lower case of a packed {@link charInfo}, 0 if none. */
export const infoFold = (i: number): number => (i >> 8) & 255;
/** The lower case of a packed {@link charInfo}. */
export const infoLower = (i: number): number => i >>> 16;

export function kindOf(c: number): number {
  if (built[c >> 8] === 0) ensure(c);
  return kind[c] ?? 0;
}

export function lowerOf(c: number): number {
  return lower[c] ?? c;
}

export function scriptOf(c: number): number {
  return script[c] ?? 0;
}

/** ASCII base of a lower-case letter that may appear in Vietnamese, or 0. */
export function viFoldOf(c: number): number {
  return viFold[c] ?? 0;
}
