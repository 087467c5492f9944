import { characterEntities } from 'character-entities';
import { characterEntitiesLegacy } from 'character-entities-legacy';
import { characterReferenceInvalid } from 'character-reference-invalid';

/** Names that HTML decodes even without their semicolon ("&amp", "&copy"), longest first. */
let legacy: ReadonlySet<string> | null = null;
/** The longest legacy name ("frac12", "middot"). */
const MAX_LEGACY = 6;
/** The longest named reference in HTML is 31 letters ("CounterClockwiseContourIntegral"). */
const MAX_NAME = 32;

const isAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isHex = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);

/** The character a numeric reference stands for, repaired as HTML repairs it. */
function fromCodePoint(code: number): string {
  const fixed = (characterReferenceInvalid as Record<number, string>)[code];
  if (fixed !== undefined) return fixed;
  if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
  return String.fromCodePoint(code);
}

/** One decoded reference: what it stands for and where it ends in the source. */
interface Ref {
  value: string;
  end: number;
}

/** Reads the character reference at `at` (which holds '&'), or null when it is a plain '&'. */
function readRef(src: string, at: number, limit: number, inAttribute: boolean): Ref | null {
  let i = at + 1;
  if (i >= limit) return null;
  if (src.charCodeAt(i) === 35 /* # */) {
    i++;
    const hex = i < limit && (src.charCodeAt(i) | 32) === 120; /* x */
    if (hex) i++;
    const digitsStart = i;
    let code = 0;
    while (i < limit) {
      const c = src.charCodeAt(i);
      if (hex ? !isHex(c) : !(c >= 48 && c <= 57)) break;
      // Saturate: a huge number is still one (invalid) reference, read in linear time.
      if (code <= 0x10ffff) code = code * (hex ? 16 : 10) + Number.parseInt(src[i] as string, 16);
      i++;
    }
    if (i === digitsStart) return null;
    if (i < limit && src.charCodeAt(i) === 59 /* ; */) i++;
    return { value: fromCodePoint(code), end: i };
  }
  const nameStart = i;
  while (i < limit && i - nameStart < MAX_NAME && isAlnum(src.charCodeAt(i))) i++;
  if (i === nameStart) return null;
  const name = src.slice(nameStart, i);
  if (i < limit && src.charCodeAt(i) === 59) {
    const value = (characterEntities as Record<string, string>)[name];
    if (value !== undefined) return { value, end: i + 1 };
  }
  legacy ??= new Set(characterEntitiesLegacy);
  for (let k = Math.min(name.length, MAX_LEGACY); k >= 2; k--) {
    const prefix = name.slice(0, k);
    if (!legacy.has(prefix)) continue;
    const after = nameStart + k;
    const next = after < limit ? src.charCodeAt(after) : -1;
    // In an attribute, "&copy=1" or "&copyx" stays as written (query strings in URLs).
    if (inAttribute && (next === 61 || isAlnum(next))) return null;
    const value = (characterEntities as Record<string, string>)[prefix];
    return value === undefined ? null : { value, end: after };
  }
  return null;
}

/**
 * Decodes the character references of `src` between `start` and `end` as HTML does (named,
 * decimal, hexadecimal; the legacy names without ";"; broken references stay as written).
 * When `map` is given, it receives one pair `[decodedOffset, sourceOffset]` at the start of
 * each reference and one just after it, so callers can map decoded text back to the source.
 * Linear in the length of the range.
 */
export function decodeReferences(
  src: string,
  start: number,
  end: number,
  inAttribute = false,
  map?: number[],
): string {
  // Searches stay inside the range: an "&" far beyond it must not be scanned for again and again.
  const find = (from: number): number => {
    const k = src.slice(from, end).indexOf('&');
    return k < 0 ? -1 : from + k;
  };
  let amp = find(start);
  if (amp < 0) return src.slice(start, end);
  let out = '';
  let from = start;
  while (amp >= 0) {
    const ref = readRef(src, amp, end, inAttribute);
    if (ref === null) {
      amp = find(amp + 1);
      continue;
    }
    out += src.slice(from, amp);
    map?.push(out.length, amp);
    out += ref.value;
    map?.push(out.length, ref.end);
    from = ref.end;
    amp = find(from);
  }
  return out + src.slice(from, end);
}
