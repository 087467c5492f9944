import { type Doc, mention, type Raw } from './doc.js';
import { type Form, type Node, passingOf, ready } from './gazetteer.js';
import { institutionAfter } from './homograph-rules.js';
import { COMPOUND, type EntityMention } from './mention.js';
import { resolve } from './resolve.js';
import { joinable } from './scan.js';
import { swedishInstitution } from './swedish-institutions.js';
import { OTHER_WORD } from './tokenize.js';

/** Most words before the inflected one that a name may have ("Ho Chi Minhs": two). */
const MAX_WORDS_BEFORE = 4;
/** Shortest stem a Swedish genitive is read on: "Kinas" (Kina), never "Mals" or "Las". */
const MIN_STEM = 3;

/**
 * Swedish definite forms of a name's head noun that name the same thing: the data writes one
 * ("Sydkinesiska havet"), texts also the other ("Sydkinesiska sjön").
 */
const HEAD_VARIANTS: ReadonlyMap<string, readonly string[]> = new Map([
  ['sjon', ['havet']],
  ['havet', ['sjon']],
]);

/** Lengths of the head nouns of {@link HEAD_VARIANTS} as written ("sjön", "havet"; NFD longer). */
const MIN_VARIANT = 4;
const MAX_VARIANT = 6;
/** Longest head noun outside the vocabulary as written: "sjön", five characters in NFD. */
const MAX_OUTSIDE = 5;

/**
 * The forms of a trie node that a name read with an inflection may match (proper names, not
 * exact spellings nor names that end in a plus), with their entities: kept per node, so that the
 * resolver's caches, keyed by the forms list, serve every mention of the same name.
 */
const usableByNode = new WeakMap<Node, { forms: Form[]; ids: string[] }>();

function usable(node: Node): { forms: Form[]; ids: string[] } {
  let found = usableByNode.get(node);
  if (!found) {
    const forms = (ready(node).forms ?? []).filter(
      (f) => !f.title && !f.exact && !f.plus && f.proper && (f.language === null || f.language === 'sv'),
    );
    found = { forms, ids: passingOf(forms).ids };
    usableByNode.set(node, found);
  }
  return found;
}

/**
 * Swedish names the scan did not find because their last word is inflected: the genitive s
 * ("Japans", "Ukrainas", "Ho Chi Minhs", "Östersjöns") and the other definite head noun
 * ("Sydkinesiska sjön"). A genitive is read only on a name that starts with a capital, whose
 * last word without its s is a knowledge-base name's last word, with a stem of three letters
 * or more. The mention keeps the s inside its span and says `inflection: 'genitive'`.
 *
 * @returns mentions by the word they start at, in text order; `covered` is updated
 */
export function inflected(doc: Doc, covered: Uint8Array, language: string | null): [number, EntityMention][] {
  const found: [number, EntityMention][] = [];
  if (language !== 'sv') return found;
  const tokens = doc.tokens;
  const root = doc.index.gazetteer.root;
  // Right to left, so that a longer name ending in an inflected word ("Vietnams kommunistiska
  // partis") is read before a shorter one inside it ("Vietnams").
  const text = doc.text;
  for (let i = tokens.length - 1; i >= 0; i--) {
    if (covered[i]) continue;
    // Cheap tests before the word's key is read: it ends in s, or has a head noun's length.
    const end = tokens.end(i);
    const length = end - tokens.start(i);
    const last = text.charCodeAt(end - 1);
    const endsInS = last === 115 || last === 83;
    if (!endsInS && (length < MIN_VARIANT || length > MAX_VARIANT)) continue;
    // Genitives of name words are in the vocabulary (doc.ts), and so is "havet": outside it only
    // "sjön" is read (its key copied out of the text).
    let key = tokens.key(i) as string;
    if (key === OTHER_WORD) {
      if (endsInS || length > MAX_OUTSIDE || (last !== 110 && last !== 78)) continue;
      key = tokens.word(i) as string;
      if (!HEAD_VARIANTS.has(key)) continue;
    } else if (!HEAD_VARIANTS.has(key) && (!endsInS || doc.index.vocabulary.id(key.slice(0, -1)) === 0))
      continue;
    // A name starts with a capital: this word, or one of the few before it.
    let capital = tokens.capital(i);
    for (let k = Math.max(0, i - MAX_WORDS_BEFORE); k < i && !capital; k++) capital = tokens.capital(k);
    if (!capital) continue;
    const genitive = key.length > MIN_STEM && key.endsWith('s') && !key.endsWith('ss');
    const variants = HEAD_VARIANTS.get(key);
    if (!genitive && !variants) continue;
    const lasts = genitive ? [key.slice(0, -1)] : (variants as readonly string[]);
    let best: { from: number; forms: Form[]; ids: string[]; last: string; node: Node } | null = null;
    // Longest name first: from the farthest start whose words lead to the inflected one.
    for (let from = Math.max(0, i - MAX_WORDS_BEFORE); from <= i && !best; from++) {
      if (!tokens.capital(from) && !tokens.capital(i)) continue;
      let at: Node | undefined = root;
      let ok = true;
      for (let k = from; k < i && at; k++) {
        if (covered[k] || !joinable(doc.text, tokens, k)) {
          ok = false;
          break;
        }
        at = at.next?.get(tokens.key(k) as string);
      }
      if (!ok || !at) continue;
      for (const last of lasts) {
        const end = at.next?.get(last);
        if (!end?.forms) continue;
        const { forms, ids } = usable(end);
        if (forms.length > 0) {
          best = { from, forms, ids, last, node: end };
          break;
        }
      }
    }
    if (!best) continue;
    // A genitive before the word that goes on a longer name of the knowledge base is that name:
    // "Fukuokas flygplats" for "Fukuoka flygplats".
    let to = i + 1;
    const next =
      genitive && to < tokens.length && !covered[to] && tokens.oneSpace(i) ? tokens.key(to) : undefined;
    const longer = next ? best.node.next?.get(next) : undefined;
    const usableLonger = longer?.forms ? usable(longer) : null;
    if (usableLonger && usableLonger.forms.length > 0) {
      best = { ...best, forms: usableLonger.forms, ids: usableLonger.ids };
      to = i + 2;
    } else if (genitive && institutionAfter(text, tokens, i + 1)) continue;
    const keys: string[] = [];
    for (let k = best.from; k < i; k++) keys.push(tokens.key(k) as string);
    keys.push(best.last);
    if (to > i + 1) keys.push(next as string);
    const raw: Raw = {
      from: best.from,
      to,
      forms: best.forms,
      ids: best.ids,
      titleOffices: [],
      keys,
    };
    const resolved = resolve(doc, raw);
    if (!resolved) continue;
    const m = mention(doc, best.from, to, resolved.id, resolved.flags);
    if (resolved.candidates) m.candidates = resolved.candidates;
    if (genitive && to === i + 1) {
      m.inflection = 'genitive';
      // A country's institution the knowledge base lacks ("Vietnams tullmyndighet"): one name.
      const institution = swedishInstitution(doc, m, best.from, i + 1, covered);
      if (institution) {
        found.push([best.from, institution]);
        i = best.from;
        continue;
      }
    }
    found.push([best.from, m]);
    covered.fill(1, best.from, to);
    i = best.from;
  }
  return found.reverse();
}

/** Shortest and longest acronym read as the first part of a Swedish compound ("Nato", "Unesco"). */
const MIN_ACRONYM = 4;
const MAX_ACRONYM = 6;
/** Shortest second part of a compound: "Natofrågan", "Aseanländerna"; not "Sidan". */
const MIN_COMPOUND_REST = 4;
/** The rest of a compound: lower-case letters only ("frågan", "länderna"). */
const LOWER_WORD = /^\p{Ll}+$/u;

/**
 * The acronyms of a knowledge base that Swedish writes as a word, with only its first letter in
 * capitals ("Nato", "Asean", "Unesco": stored both so, NATO and Nato), by that spelling, with their
 * entities: the first parts of compounds {@link compounds} reads. Made once per trie.
 */
const acronymWords = new WeakMap<Node, ReadonlyMap<string, readonly string[]>>();

function acronymWordsOf(root: Node): ReadonlyMap<string, readonly string[]> {
  let found = acronymWords.get(root);
  if (!found) {
    const map = new Map<string, readonly string[]>();
    for (const node of root.next?.values() ?? []) {
      const forms = ready(node).forms ?? [];
      const capitals = new Set(forms.filter((f) => f.exact && /^\p{Lu}+$/u.test(f.text)).map((f) => f.text));
      for (const f of forms) {
        const word = f.text;
        if (f.exact || f.title || word.length < MIN_ACRONYM || word.length > MAX_ACRONYM) continue;
        if (!capitals.has(word.toUpperCase()) || word !== word[0] + word.slice(1).toLowerCase()) continue;
        if (f.language !== null && f.language !== 'sv') continue;
        map.set(word, [...new Set([...(map.get(word) ?? []), ...f.ids])]);
      }
    }
    found = map;
    acronymWords.set(root, found);
  }
  return found;
}

/** The Swedish prefix of a city's greater area ("Stortokyo"), as a folding key. */
const GREATER = 'stor';

/**
 * The city whose greater area word `i` names, glued to "Stor" in one word: "Stortokyo",
 * "Storstockholm", "Storgöteborg" (the city's one-word name of the knowledge base, in lower case);
 * null for other words ("Storbritannien", "Stormakt").
 */
function greaterArea(doc: Doc, i: number): string | null {
  const key = doc.tokens.word(i) as string;
  if (!key.startsWith(GREATER) || key.length < GREATER.length + MIN_COMPOUND_REST) return null;
  const start = doc.tokens.start(i) + GREATER.length;
  if (!LOWER_WORD.test(doc.text.slice(start, doc.tokens.end(i)))) return null;
  const node = doc.index.gazetteer.root.next?.get(key.slice(GREATER.length));
  const forms = node ? (ready(node).forms ?? []) : [];
  const ids = [...new Set(forms.filter((f) => !f.exact && !f.title).flatMap((f) => f.ids))];
  return ids.length === 1 && (ids[0] as string).startsWith('city:') ? (ids[0] as string) : null;
}

/**
 * Swedish compounds whose first part is an acronym written as a word: "Natofrågan",
 * "Natomedlemskapet", "Aseanländerna". The mention spans the acronym ("Nato") and is flagged
 * `compound`; a compound whose acronym names more than one entity is left alone. A city's
 * greater area glued to "Stor" ("Stortokyo") is the city, the whole word its mention.
 *
 * @returns mentions by the word they start at, in text order; `covered` is updated
 */
export function compounds(doc: Doc, covered: Uint8Array, language: string | null): [number, EntityMention][] {
  const found: [number, EntityMention][] = [];
  if (language !== 'sv') return found;
  const { text, tokens } = doc;
  // Made on the first word long enough to be a compound.
  let acronyms: ReadonlyMap<string, readonly string[]> | undefined;
  const capitals = tokens.capitals();
  for (let c = 0; c < capitals.length; c++) {
    const i = capitals[c] as number;
    // A compound is no word of the vocabulary, and holds a lower-case letter after its first.
    if (covered[i] || tokens.id(i) !== 0 || !tokens.capitalisedWord(i)) continue;
    const start = tokens.start(i);
    const end = tokens.end(i);
    if (end - start < MIN_ACRONYM + MIN_COMPOUND_REST) continue;
    const area = greaterArea(doc, i);
    if (area !== null) {
      found.push([i, mention(doc, i, i + 1, area, COMPOUND)]);
      covered[i] = 1;
      continue;
    }
    acronyms ??= acronymWordsOf(doc.index.gazetteer.root);
    for (let k = MIN_ACRONYM; k <= MAX_ACRONYM && end - start - k >= MIN_COMPOUND_REST; k++) {
      const ids = acronyms.get(text.slice(start, start + k));
      if (ids === undefined || ids.length !== 1 || !LOWER_WORD.test(text.slice(start + k, end))) continue;
      const m = mention(doc, i, i + 1, ids[0] as string, COMPOUND);
      m.end = start + k;
      m.text = text.slice(start, m.end);
      found.push([i, m]);
      covered[i] = 1;
      break;
    }
  }
  return found;
}

/**
 * A Swedish genitive after an abbreviation ("USA:s", "FN:s") is part of the mention: extends
 * `m`, which ends before word `to`, over the colon and the s.
 */
export function colonGenitive(doc: Doc, m: EntityMention, to: number): void {
  const tokens = doc.tokens;
  if (to >= tokens.length || doc.text.charCodeAt(m.end) !== 58 || tokens.start(to) !== m.end + 1) return;
  if (tokens.end(to) !== m.end + 2 || (doc.text[m.end + 1] !== 's' && doc.text[m.end + 1] !== 'S')) return;
  m.end += 2;
  m.text = doc.text.slice(m.start, m.end);
  m.inflection = 'genitive';
}

/**
 * A name in the genitive of a language, for rewriting a mention read with `inflection:
 * 'genitive'`: Swedish adds s ("Japan" → "Japans"), nothing after s, x or z ("Paris"), and ":s"
 * after an abbreviation or a digit ("USA:s", "G7:s"); English adds "'s"; Vietnamese has no
 * inflection (the name as it is).
 *
 * @example genitiveOf('Japan', 'sv') // 'Japans'
 * @example genitiveOf('Nhật Bản', 'vi') // 'Nhật Bản'
 */
export function genitiveOf(name: string, language: 'en' | 'sv' | 'vi'): string {
  if (language === 'vi' || name === '') return name;
  if (language === 'en') return /s$/u.test(name) ? `${name}'` : `${name}'s`;
  const last = name.at(-1) as string;
  const words = name.split(' ');
  const lastWord = words[words.length - 1] as string;
  if (
    (lastWord.length > 1 && lastWord === lastWord.toUpperCase() && /\p{Lu}/u.test(lastWord)) ||
    /\d/u.test(last)
  )
    return `${name}:s`;
  return /[sxzSXZ]$/u.test(name) ? name : `${name}s`;
}
