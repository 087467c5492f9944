// English by-lines that write the reporters' names in capitals: "By HARUKA MORIYAMA/ Staff Writer",
// "By MAI NGUYEN and KENJI TAKAHASHI". Capitals say nothing of names elsewhere (headlines, banners),
// but after "By" opening a line they are the people who wrote the page: persons local to the text,
// named in title case ("Haruka Moriyama"), one entity with the name written so in the body.
import { type Doc, localKey, localMention } from './doc.js';
import { englishRank } from './english-words.js';
import { LOCAL_PERSON } from './local-people.js';
import type { EntityMention } from './mention.js';

/** Words of one reporter's name in capitals. */
const MIN_WORDS = 2;
const MAX_WORDS = 3;
/** Most reporters one by-line names. */
const MAX_NAMES = 3;

/** The word in title case: "MORIYAMA" → "Moriyama". */
const titleCase = (word: string): string => word.charAt(0) + word.slice(1).toLocaleLowerCase();

/**
 * The reporters named in capitals after "By" at the start of a line, each a local person (word
 * index and mention); none where a word is already read or the line goes on as a sentence.
 */
export function capsBylines(
  doc: Doc,
  covered: Uint8Array,
  language: string | null,
): [number, EntityMention][] {
  const found: [number, EntityMention][] = [];
  if (language !== 'en' && language !== null) return found;
  const { text, tokens } = doc;
  const n = tokens.length;
  // Most texts have no line opening with "By": one search skips the visit of every word.
  if (!text.startsWith('By ') && !text.includes('\nBy ')) return found;
  for (let i = 0; i + 2 < n; i++) {
    const start = tokens.start(i);
    // "By" as written: "BY THE NUMBERS" is a heading.
    if ((start > 0 && text.charCodeAt(start - 1) !== 10) || !text.startsWith('By ', start)) continue;
    let k = i + 1;
    for (let names = 0; names < MAX_NAMES && k < n; names++) {
      let to = k;
      while (
        to < n &&
        to - k < MAX_WORDS &&
        !covered[to] &&
        tokens.allCaps(to) &&
        tokens.end(to) - tokens.start(to) >= 2 &&
        englishRank(tokens.word(to) as string) < 0 &&
        /^ $/u.test(text.slice(tokens.end(to - 1), tokens.start(to)))
      )
        to++;
      if (to - k < MIN_WORDS) break;
      // The name ends its line, or a separator follows: "/ Staff Writer", ", Nikkei staff writers".
      const after = text.charAt(tokens.end(to - 1));
      const next = to < n && /^ $/u.test(text.slice(tokens.end(to - 1), tokens.start(to)));
      const joined = next && (tokens.is(to, 'and') || tokens.is(to, 'och'));
      if (!joined && after !== '' && !'\n/,|'.includes(after)) break;
      const words: string[] = [];
      for (let w = k; w < to; w++) words.push(titleCase(text.slice(tokens.start(w), tokens.end(w))));
      found.push([
        k,
        localMention(doc, k, to, LOCAL_PERSON + localKey(doc, k, to), 'person', words.join(' ')),
      ]);
      covered.fill(1, k, to);
      if (!joined) break;
      k = to + 1;
    }
  }
  return found;
}
