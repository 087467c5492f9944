// Vietnamese military and coast-guard units named by their kind and number: "Lữ đoàn 162", "Sư
// đoàn 2", "Quân khu 5", "Vùng 4 Hải quân", "Hải đội 102". The knowledge base holds the services and
// a few commands; these units, which news about navy visits and sea rescues names, would be read as
// nothing. local-orgs.ts turns each span into a local organisation.
import { foldKey } from '../text/fold.js';
import { markedSpelling } from '../text/marks.js';
import { type Doc, smallNumber } from './doc.js';

/** Kinds of unit before their number, as marked spellings of their words. */
const KINDS: readonly (readonly string[])[] = [
  ['lữ', 'đoàn'],
  ['sư', 'đoàn'],
  ['trung', 'đoàn'],
  ['tiểu', 'đoàn'],
  ['quân', 'đoàn'],
  ['quân', 'khu'],
  ['hải', 'đoàn'],
  ['hải', 'đội'],
  ['vùng'],
];

/** What may follow a region's number, making it a service's ("Vùng 4 Hải quân", "Vùng 2 Cảnh sát biển"). */
const SERVICES: readonly (readonly string[])[] = [
  ['hải', 'quân'],
  ['cảnh', 'sát', 'biển'],
];

/** The folding keys of each spelling's words, by spelling ("lữ" → "lu"). */
const keys = new Map<string, string>();
const keyOf = (word: string): string => {
  let key = keys.get(word);
  if (key === undefined) {
    key = foldKey(word);
    keys.set(word, key);
  }
  return key;
};

/** Words `at`.. spell `words` (marked spellings), one space apart, the first capitalised: the word after, or -1. */
function spelt(doc: Doc, at: number, words: readonly string[], capital: boolean): number {
  const { text, tokens } = doc;
  if (at + words.length > tokens.length || (capital && !tokens.capital(at))) return -1;
  // (By key first, the marks then: most words are none of these.)
  for (let j = 0; j < words.length; j++)
    if (!tokens.is(at + j, keyOf(words[j] as string)) || (j > 0 && !tokens.spaced(at + j - 1))) return -1;
  for (let j = 0; j < words.length; j++) {
    const k = at + j;
    if (markedSpelling(text.slice(tokens.start(k), tokens.end(k))) !== words[j]) return -1;
  }
  return at + words.length;
}

/**
 * Spans `[from, to)` of units that no other stage read: a capitalised kind of unit, a number of one
 * to three digits, and for a region ("Vùng") the service it belongs to, which the other kinds may
 * have too ("Hải đội 102 Cảnh sát biển").
 */
export function militaryUnitSpans(doc: Doc, covered: Uint8Array): [number, number][] {
  const spans: [number, number][] = [];
  const { tokens } = doc;
  const capitals = tokens.capitals();
  for (let c = 0; c < capitals.length; c++) {
    const k = capitals[c] as number;
    if (covered[k] || !tokens.marked(k, k + 1)) continue;
    for (const kind of KINDS) {
      const at = spelt(doc, k, kind, true);
      if (at < 0 || !tokens.spaced(at - 1) || covered[at]) continue;
      const number = smallNumber(doc, at, 3);
      if (number < 1) continue;
      let to = at + 1;
      for (const service of SERVICES) {
        const end = to < tokens.length && tokens.spaced(to - 1) ? spelt(doc, to, service, true) : -1;
        if (end > 0 && !covered[to]) {
          to = end;
          break;
        }
      }
      // A region needs its service: "vùng 1" is also a zone of wages or of a plan.
      if (kind.length === 1 && to === at + 1) break;
      spans.push([k, to]);
      break;
    }
  }
  return spans;
}
