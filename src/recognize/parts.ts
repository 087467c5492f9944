import type { EntityType } from '../kb/types.js';
import { foldKey } from '../text/fold.js';
import { hasVietnameseMarks, markedSpelling } from '../text/marks.js';
import { type Doc, mention } from './doc.js';
import { type Node, type Passing, ready, spellingsOf } from './gazetteer.js';
import { inLexicon } from './homograph-rules.js';
import type { EntityMention } from './mention.js';
import { languageSlot } from './other-language.js';
import { SpanMemo } from './span-memo.js';

/**
 * Kinds of names whose words may name other entities: "Japanese Embassy in Vietnam", "Kinas
 * president", "central Vietnam".
 */
const OUTER: ReadonlySet<EntityType> = new Set(['organisation', 'office', 'agreement', 'place']);
/** Kinds of entities read inside such names: the country, body or city the name is of ("domstolen i Haag"). */
const INNER: ReadonlySet<EntityType> = new Set(['country', 'organisation', 'city']);
/**
 * Those read inside an agreement's name: its parties ("Vietnam-Japan", "Liên Hợp Quốc") and the
 * region it is for ("… for Peace and Prosperity in Asia and the World"), not the city it was
 * signed in ("San Francisco-fördraget" names no visit to the city).
 */
const AGREEMENT_INNER: ReadonlySet<EntityType> = new Set(['country', 'organisation', 'region']);
/** Those read inside a place's name: the country it lies in ("central Vietnam", "miền Bắc Việt Nam"). */
const PLACE_INNER: ReadonlySet<EntityType> = new Set(['country']);

/** A part of a name: `length` words from word `at` of the name (relative), naming entity `id`. */
interface Part {
  at: number;
  length: number;
  id: string;
}

const NONE: readonly Part[] = Object.freeze([]);
/** Capitals and digits only, two characters or more: an abbreviation ("EU", "FN", "G7"). */
const ACRONYM = /^[\p{Lu}][\p{Lu}\d]+$/u;

/**
 * Parts found per match outcome and the words as written (with the text's language): the outcome
 * is shared by every match of the same name, so each spelling of a name is read once.
 */
const partsByPassing = new WeakMap<Passing, SpanMemo<readonly Part[]>[]>();
/** Spellings of one name kept per outcome: a name is written a few ways. */
const MAX_SPELLINGS = 64;

/** The one entity of the inner kinds that the forms of a trie node name, or null. */
function innerId(
  doc: Doc,
  node: Node,
  capital: boolean,
  language: string | null,
  words: number,
  outer: readonly string[],
  spelling: string | null,
  inner: ReadonlySet<EntityType>,
  written: string,
): string | null {
  let id: string | null = null;
  for (const f of ready(node).forms ?? []) {
    // An abbreviation in capitals names it as the data writes it ("EU" inside "avtalet mellan EU och
    // Vietnam"); other exact forms do not ("Hàn", Korea, is no part of "Viện Hàn lâm …", an academy).
    if (f.title || (f.exact && (f.text !== written || !ACRONYM.test(written))) || (f.proper && !capital))
      continue;
    // Words written with marks name it only as it is spelt: "Bộ Tư lệnh" (a command) holds no
    // "Bộ Tứ" (the Quad).
    if (spelling !== null && !spellingsOf(f).includes(spelling)) continue;
    // One word of another language's display name does not count, but for English ones in
    // Vietnamese text, which writes many foreign names so ("Japan Coast Guard"), as the scan does.
    if (
      words === 1 &&
      f.language !== null &&
      language !== null &&
      f.language !== language &&
      !(language === 'vi' && f.language === 'en')
    )
      continue;
    for (const candidate of f.ids) {
      const type = doc.index.types.get(candidate);
      // A shorter name of the same entity ("gìn giữ hòa bình Liên Hợp Quốc" inside "hoạt động …") is no part.
      if (!type || !inner.has(type) || outer.includes(candidate)) continue;
      if (id !== null && id !== candidate) {
        // Two bodies of one name: the one of the outer name's country ("Bộ Tài chính" inside
        // "Bộ trưởng Bộ Tài chính", Viet Nam's minister, is Viet Nam's ministry).
        return sameCountry(doc, outer, id, candidate);
      }
      id = candidate;
    }
  }
  return id;
}

/** Of bodies `a` and `b`, the one whose country is that of the outer name's entities `outer`, or null. */
function sameCountry(doc: Doc, outer: readonly string[], a: string, b: string): string | null {
  const country = outer.length === 1 ? doc.kb.getEntity(outer[0] as string)?.country : undefined;
  if (!country) return null;
  const ofA = doc.kb.getEntity(a)?.country === country;
  const ofB = doc.kb.getEntity(b)?.country === country;
  return ofA === ofB ? null : ofA ? a : b;
}

/** The lexicon's language for a text's language: its own words only for en, sv and vi. */
const lexiconLanguage = (language: string | null): 'vi' | 'en' | 'sv' | null =>
  language === 'vi' || language === 'en' || language === 'sv' ? language : null;

/**
 * The words of a marked spelling among the forms of `passing` that the words `from`..`to` of the
 * text fold to ("Bộ Tư lệnh …" for "Bo Tu lenh …"), or null.
 */
function markedWords(doc: Doc, passing: Passing, from: number, to: number): string[] | null {
  for (const f of passing.forms)
    for (const spelling of spellingsOf(f)) {
      if (!hasVietnameseMarks(spelling)) continue;
      const split = spelling.split(' ');
      if (split.length !== to - from) continue;
      if (split.every((word, i) => foldKey(word) === doc.tokens.key(from + i))) return split;
    }
  return null;
}

/**
 * The entities named inside the words `from`..`to` of a name: the longest inner name at each
 * word, left to right, never the whole span. In English and Swedish, a body that ends a body's
 * name is its head, not a second body ("Liberal | Democratic Party"). A body at the head of a name
 * whose other words are a country ("Quốc hội | Nhật Bản", "Bộ Quốc phòng | Nhật Bản") is the generic word the country
 * makes specific, not a second body: it is left out. In Swedish the last word of an inner name
 * may carry the genitive s ("Kinas president", "Vietnams kommunistiska partis centralkommitté").
 */
function partsOf(
  doc: Doc,
  from: number,
  to: number,
  language: string | null,
  passing: Passing,
  outerType: EntityType,
): readonly Part[] {
  const tokens = doc.tokens;
  const root = doc.index.gazetteer.root;
  const outer = passing.ids;
  const inner = outerType === 'agreement' ? AGREEMENT_INNER : outerType === 'place' ? PLACE_INNER : INNER;
  // Where the text writes no marks ("Bo Tu lenh …"), the name's own marked spelling says what its
  // words are ("Bộ Tư lệnh …", a command: no "Bộ Tứ", the Quad, in it).
  const outerMarked = tokens.marked(from, to);
  const own = outerMarked ? null : markedWords(doc, passing, from, to);
  let parts: Part[] | null = null;
  for (let s = from; s < to; s++) {
    let at: Node | undefined = root;
    let best: Part | null = null;
    // The longest sea's name at word s: its words are not read again on their own ("China" in
    // "South China Sea", inside "a code of conduct for the South China Sea"; "Japan" in "Sea of Japan").
    let longest = 0;
    // The marked spelling of words s..k, when one of them carries a mark.
    let spelling = '';
    let marked = false;
    for (let k = s; k < to && at; k++) {
      const key = tokens.key(k) as string;
      const whole = s === from && k === to - 1;
      const next: Node | undefined = at.next?.get(key);
      const word = own
        ? (own[k - from] as string)
        : markedSpelling(doc.text.slice(tokens.start(k), tokens.end(k)));
      spelling += (k > s ? ' ' : '') + word;
      marked ||= own ? hasVietnameseMarks(word) : tokens.marked(k, k + 1);
      // One word written without marks inside a name written with them is a word of its own, not
      // a name the base writes with marks ("Y" in "Bộ Y tế", medicine, is no Ý, Italy), as the
      // scan reads it; but for a text that lost marks on some words.
      const unmarkedWord =
        k === s && !marked && outerMarked && !tokens.partialMarks && next !== undefined && ready(next).marked;
      if (!whole && next?.forms && !unmarkedWord) {
        if (key === 'sea' && next.forms.every((f) => f.ids.every((id) => doc.index.types.get(id) === 'sea')))
          longest = k - s + 1;
        const id = innerId(
          doc,
          next,
          tokens.capital(s),
          language,
          k - s + 1,
          outer,
          marked ? spelling : null,
          inner,
          doc.text.slice(tokens.start(s), tokens.end(k)),
        );
        // Nor a name inside a word or a longer name of the lexicon that the outer name holds
        // ("Lao" in "Tổng Liên đoàn Lao động Việt Nam" is labour, not Laos).
        if (id && !(k + 1 < to && inLexicon(doc.text, tokens, s, k + 1, lexiconLanguage(language))))
          best = { at: s - from, length: k - s + 1, id };
      }
      if (!whole && language === 'sv' && key.length > 3 && key.endsWith('s')) {
        const stem = at.next?.get(key.slice(0, -1));
        if (stem?.forms) {
          const id = innerId(doc, stem, tokens.capital(s), language, k - s + 1, outer, null, inner, '');
          if (id && (!best || best.length < k - s + 1)) best = { at: s - from, length: k - s + 1, id };
        }
      }
      at = next;
    }
    if (!best) {
      if (longest > 1) s += longest - 1;
      continue;
    }
    parts ??= [];
    parts.push(best);
    s += best.length - 1;
  }
  if (!parts) return NONE;
  // In English and Swedish, a body that ends a body's name is its head, which the words before it
  // make this body: "Vietnam's | Ministry of Foreign Affairs", "Liberal | Democratic Party", not
  // Japan's ministry or the US party. (Vietnamese puts the head first: "gìn giữ hòa bình | Liên
  // Hợp Quốc" is the UN's; and an office's name ends in its body: "General Secretary of | the
  // Communist Party".)
  const last = parts[parts.length - 1] as Part;
  if (
    (language === 'en' || language === 'sv') &&
    outerType === 'organisation' &&
    last.at + last.length === to - from &&
    doc.index.types.get(last.id) === 'organisation'
  )
    parts.pop();
  if (parts.length === 0) return NONE;
  // A body at the head, the rest a country: the generic word of the name, not another body.
  const head = parts[0] as Part;
  if (
    head.at === 0 &&
    parts.length === 2 &&
    doc.index.types.get(head.id) === 'organisation' &&
    doc.index.types.get((parts[1] as Part).id) === 'country' &&
    (parts[1] as Part).at + (parts[1] as Part).length === to - from
  )
    parts.shift();
  return parts;
}

/**
 * Sets `m.parts` to the entities named inside a body's or an office's name of several words: the
 * country in "Japanese Embassy in Vietnam" and "Kinas president", the UN in "United Nations
 * peacekeeping". Read once per name (per match outcome).
 */
export function addParts(
  doc: Doc,
  m: EntityMention,
  from: number,
  to: number,
  passing: Passing,
  language: string | null,
): void {
  if (to - from < 2 || !OUTER.has(m.type)) return;
  let byLanguage = partsByPassing.get(passing);
  if (byLanguage === undefined) {
    byLanguage = [];
    partsByPassing.set(passing, byLanguage);
  }
  const slot = languageSlot(language);
  let bySpelling = byLanguage[slot];
  if (bySpelling === undefined) {
    bySpelling = new SpanMemo(MAX_SPELLINGS);
    byLanguage[slot] = bySpelling;
  }
  // (By the name as written, read in place: m.text is doc.text from m.start to m.end.)
  let parts = bySpelling.get(doc.text, m.start, m.end);
  if (parts === undefined) {
    parts = partsOf(doc, from, to, language, passing, m.type);
    bySpelling.set(doc.text, m.start, m.end, parts);
  }
  if (parts.length === 0) return;
  const made: EntityMention[] = [];
  // A place's name holds as a part only the country it lies in ("central Vietnam"; not Laos in "Cù
  // Lao Chàm" or Singapore in "Vietnam–Singapore Industrial Park").
  const country = m.type === 'place' ? (doc.kb.getEntity(m.id)?.country ?? null) : undefined;
  for (const p of parts)
    if (p.id !== m.id && (country === undefined || p.id === country))
      made.push(mention(doc, from + p.at, from + p.at + p.length, p.id));
  if (made.length > 0) m.parts = made;
}
