import { hasVietnameseMarks, markedSpelling } from '../text/marks.js';
import type { SpanMemo } from './span-memo.js';
import { nameKeys, nameWords } from './tokenize.js';

/** The language a surface form belongs to, when it is a display name; aliases have none. */
export type FormLanguage = 'en' | 'sv' | 'vi' | null;

/** One surface form of one or more entities, as stored at the end of its path in the trie. */
export interface Form {
  /** Entities this form names (more than one: ambiguous, resolved by context). */
  ids: string[];
  /** The form as written in the data. */
  text: string;
  /** Match only this exact spelling (abbreviations such as "AP", "DOC"). */
  exact: boolean;
  /** A proper name (starts with a capital): all-lower-case text ("son", "island") does not match it. */
  proper: boolean;
  language: FormLanguage;
  /** A title in front of a name ("Prime Minister", "Thủ tướng"): the offices it may stand for. */
  title: boolean;
  /** The texts stored under this form ("Hà Nội", "Ha Noi"): the data's spellings of it. */
  written: string[];
  /**
   * The {@link markedSpelling}s of those of `written` that carry Vietnamese marks, made on first use
   * by {@link marksOf} (null until then).
   */
  marks: Set<string> | null;
  /**
   * Their {@link markedSpelling}s, words joined by one space ("hà nội", "ha noi"), made on first
   * use by {@link spellingsOf}: text that writes Vietnamese marks must agree with one of them.
   */
  spellings: string[] | null;
  /**
   * The words that start with a capital in every spelling, bit k for word k (see `nameWords`):
   * "Hòa Bình" 0b11; with "Báo Nhân Dân" and "Báo Nhân dân" stored, 0b011.
   */
  capitals: number;
  /** The name ends in a plus ("Vietnam+", an outlet): read only right before one, and no other form there. */
  plus: boolean;
}

/** A node of the trie: the words that may follow, and the forms that end here. */
export interface Node {
  /** Null at a leaf: most nodes of a large gazetteer are leaves, and a Map each would cost memory. */
  next: Map<string, Node> | null;
  /**
   * `next` by vocabulary id, for the scan's hot loop (a number key, no string hashing): the ids
   * in increasing order and their nodes, filled by the recognizer's index once its vocabulary
   * holds every word of the trie. Read with {@link childById}.
   */
  childIds: Int32Array | null;
  children: Node[] | null;
  forms: Form[] | null;
  /** Forms that match any spelling in any case (no exact, proper or language condition). */
  unconditional: boolean;
  /** Entities of the non-title forms ending here, and the offices of the title forms. */
  ids: string[];
  titleIds: string[];
  /** See {@link Passing.allExact} and {@link Passing.kind}. */
  allExact: boolean;
  kind: number;
  /** Some form here must match its exact spelling: the outcome depends on the text itself. */
  hasExact: boolean;
  /** Some spelling of a form here carries Vietnamese marks ("Lào"; not "Lao", not "Japan"). */
  marked: boolean;
  /** Outcomes of the mark check by the surface's marked spelling (see `scan`). */
  byMarks: Map<number, SpanMemo<Passing>> | null;
  /** Outcomes of the other conditions, computed once per combination: slot = capitals × 4 + language (see `scan`). */
  memo: (Passing | undefined)[] | null;
  /** The same where some form must match its exact spelling, by slot and the words as written. */
  exactMemo: (SpanMemo<Passing> | undefined)[] | null;
  /** Some form here ends in a plus (see {@link Form.plus}). */
  plus: boolean;
  /**
   * Some form writes a comma right before this node's word ("Ministry of Labour, Invalids and
   * Social Affairs", "Economy, Trade and Industry"): the scan may reach it across ", ".
   */
  afterComma: boolean;
  /** See {@link Passing.text}. */
  text: string | undefined;
  /** Forms were added since the fields above were computed (see {@link ready}). */
  dirty: boolean;
}

/** The forms of a node that pass, with the entities and offices they name. */
export interface Passing {
  forms: Form[];
  ids: string[];
  titleIds: string[];
  /** Every form must match its exact spelling. */
  allExact: boolean;
  /** What kinds of entity `ids` name, for the homograph rules: -1 until they first ask. */
  kind: number;
  /**
   * Some form ends in a plus ("Vietnam+"). The scan keeps only the forms that end in one before a
   * plus, and only the others elsewhere: a match's forms all do or all do not.
   */
  plus: boolean;
  /**
   * The text of the last mention made of these forms (a copy, not a view of its text): most
   * mentions of a name spell it as the last one did, and are given this string after one compare.
   */
  text: string | undefined;
}

/**
 * The node after `at` for the word with vocabulary id `id`, or undefined. Most nodes have one or
 * two children, read in a short loop; the few with many by binary search.
 */
export function childById(at: Node, id: number): Node | undefined {
  const ids = at.childIds;
  if (ids === null) return undefined;
  let lo = 0;
  let hi = ids.length - 1;
  while (hi - lo > 3) {
    const mid = (lo + hi) >> 1;
    if ((ids[mid] as number) < id) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k <= hi; k++) if (ids[k] === id) return (at.children as Node[])[k];
  return undefined;
}

/** A form's marked spellings ({@link Form.marks}), made on first use. */
function marksOf(form: Form): Set<string> {
  form.marks ??= new Set(form.written.filter((w) => hasVietnameseMarks(w)).map((w) => markedSpelling(w)));
  return form.marks;
}

/** A form's marked spellings hold one other than `marks` (a text written with marks). */
function otherMarks(own: ReadonlySet<string>, marks: string | null): boolean {
  return marks !== null && (own.size > 1 || (own.size === 1 && !own.has(marks)));
}

/** Shared by nodes without forms until {@link ready} computes their own: never mutated. */
const NONE: string[] = [];

const node = (): Node => ({
  next: null,
  childIds: null,
  children: null,
  forms: null,
  unconditional: true,
  ids: NONE,
  titleIds: NONE,
  allExact: true,
  kind: -1,
  text: undefined,
  hasExact: false,
  marked: false,
  byMarks: null,
  memo: null,
  exactMemo: null,
  plus: false,
  afterComma: false,
  dirty: false,
});

/** The indexes of the words of a name that a comma comes right before ("Labour, Invalids": 3). */
function commaWords(text: string): Set<number> {
  const out = new Set<number>();
  let words = 0;
  const parts = text.split(',');
  for (let p = 0; p < parts.length - 1; p++) {
    words += nameWords(parts[p] as string).keys.length;
    out.add(words);
  }
  return out;
}

/** The entities and offices named by some forms. */
export function passingOf(forms: Form[]): Passing {
  return {
    forms,
    ids: [...new Set(forms.filter((f) => !f.title).flatMap((f) => f.ids))],
    titleIds: [...new Set(forms.filter((f) => f.title).flatMap((f) => f.ids))],
    allExact: forms.every((f) => f.exact),
    kind: -1,
    plus: forms.some((f) => f.plus),
    text: undefined,
  };
}

/** A node whose summary fields are current: computed once after the last form was added. */
export function ready(at: Node): Node {
  if (at.dirty) summarize(at);
  return at;
}

function summarize(at: Node): void {
  at.dirty = false;
  const forms = at.forms ?? [];
  at.unconditional = forms.every((f) => !f.exact && !f.proper && !f.language);
  at.hasExact = forms.some((f) => f.exact);
  at.marked = forms.some((f) => f.written.some((t) => hasVietnameseMarks(t)));
  at.plus = forms.some((f) => f.plus);
  at.byMarks = null;
  const all = passingOf(forms);
  at.ids = all.ids;
  at.titleIds = all.titleIds;
  at.allExact = all.allExact;
  at.kind = -1;
  at.memo = null;
  at.exactMemo = null;
}
const PROPER = /^\p{Lu}/u;
/** A name that ends in a plus sign, which no word holds: "Vietnam+". */
const PLUS_END = /\+$/u;
/** A word as `tokenize` reads it (see `nameKeys`). */
const WORD_RUN = /[\p{L}\p{M}\p{N}]+/gu;

/** The marked spelling of a name: its words' {@link markedSpelling}s joined by one space. */
function spellingOfName(text: string): string {
  const words: string[] = [];
  for (const [word] of text.matchAll(WORD_RUN)) {
    const spelling = markedSpelling(word);
    if (/[\p{L}\p{N}]/u.test(spelling)) words.push(spelling);
  }
  return words.join(' ');
}

/** The marked spellings of a form's texts, computed once (most forms are never asked). */
export function spellingsOf(form: Form): string[] {
  form.spellings ??= [...new Set(form.written.map(spellingOfName))];
  return form.spellings;
}

/**
 * A trie over the word keys of every surface form: matching walks it word by word, so the cost
 * per position is the length of the longest name, not the number of names.
 */
export class Gazetteer {
  readonly #root: Node = node();
  #size = 0;
  /** The kind of each entity added with one (`add`'s `kind` option). */
  readonly #kinds = new Map<string, string>();

  /** Some entity of `form` is of another kind than `kind` (never, when the kind is not given). */
  #otherKind(form: Form, kind: string | undefined): boolean {
    return kind !== undefined && form.ids.some((other) => this.#kinds.get(other) !== kind);
  }

  /** Number of surface forms added. */
  get size(): number {
    return this.#size;
  }

  /** Adds a surface form for an entity (or the offices of a title). */
  add(
    text: string,
    id: string,
    options: { exact?: boolean; language?: FormLanguage; title?: boolean; kind?: string } = {},
  ): void {
    const { keys, capitals } = nameWords(text);
    if (keys.length === 0) return;
    // The words a comma comes before, by index (a name holds one in a few official names).
    const commas = text.includes(',') ? commaWords(text) : null;
    let at = this.#root;
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k] as string;
      at.next ??= new Map();
      let next = at.next.get(key);
      if (!next) {
        next = node();
        at.next.set(key, next);
      }
      if (commas?.has(k)) next.afterComma = true;
      at = next;
    }
    const kind = options.kind;
    if (kind !== undefined) this.#kinds.set(id, kind);
    const exact = options.exact ?? false;
    const language = options.language ?? null;
    const title = options.title ?? false;
    const plus = PLUS_END.test(text);
    at.forms ??= [];
    // The text's marked spelling, made only when another entity's form could take it.
    let marks: string | null | undefined;
    const textMarks = (): string | null => {
      if (marks === undefined) marks = hasVietnameseMarks(text) ? markedSpelling(text) : null;
      return marks;
    };
    const same = at.forms.find(
      (f) =>
        f.exact === exact &&
        f.language === language &&
        f.title === title &&
        f.plus === plus &&
        (!exact || f.text === text) &&
        // An entity of another kind written with other marks keeps a form of its own ("Đổng
        // Quân", a person; "Đông Quản", a city): the text's marks then tell the two apart.
        (f.ids.includes(id) || !this.#otherKind(f, kind) || !otherMarks(marksOf(f), textMarks())),
    );
    if (same) {
      if (!same.ids.includes(id)) same.ids.push(id);
      same.proper &&= PROPER.test(text);
      same.capitals &= capitals;
      if (!same.written.includes(text)) {
        same.written.push(text);
        same.spellings = null;
        // (Marks not made yet are made from `written` when first needed.)
        const own = same.marks;
        const m = own === null ? null : textMarks();
        if (own !== null && m !== null) own.add(m);
      }
    } else {
      at.forms.push({
        ids: [id],
        text,
        exact,
        proper: PROPER.test(text),
        language,
        title,
        written: [text],
        marks: null,
        spellings: null,
        capitals,
        plus,
      });
    }
    at.memo = null;
    at.exactMemo = null;
    at.dirty = true;
    this.#size++;
  }

  /** Every word key that some surface form contains. */
  words(): Set<string> {
    const out = new Set<string>();
    const stack: Node[] = [this.#root];
    // (forEach, not for…of: no entry array per child, on every cold start.)
    const visit = (next: Node, key: string): void => {
      out.add(key);
      stack.push(next);
    };
    for (let at = stack.pop(); at; at = stack.pop()) at.next?.forEach(visit);
    return out;
  }

  /** The root of the trie, for callers that walk it themselves on a hot path. */
  get root(): Node {
    return this.#root;
  }

  /** Whether some surface form starts with this word key: the cheap test before a walk. */
  starts(key: string): boolean {
    return this.#root.next?.has(key) ?? false;
  }

  /**
   * Adds an entity to the forms already stored for `text`, keeping their conditions: used for
   * readings that the data records only as an alternative (Östersjön may mean Biển Đông).
   */
  extend(text: string, id: string): void {
    let at: Node | undefined = this.#root;
    for (const key of nameKeys(text)) at = at?.next?.get(key);
    // The entity's own marked spellings here: a form whose marks are all others is another name.
    const own = new Set<string>();
    for (const form of at?.forms ?? []) if (form.ids.includes(id)) for (const m of marksOf(form)) own.add(m);
    const otherName = (form: Form): boolean =>
      own.size > 0 &&
      form.written.every((w) => hasVietnameseMarks(w)) &&
      ![...marksOf(form)].some((m) => own.has(m));
    for (const form of at?.forms ?? [])
      if (!form.title && !form.ids.includes(id) && !otherName(form)) form.ids.push(id);
    if (at?.forms) {
      at.dirty = true;
      at.memo = null;
      at.exactMemo = null;
    }
  }

  /**
   * Every run of keys starting at `from` that ends a surface form, as `[end, forms]` (end
   * exclusive), written into `out` (reused by the caller) shortest first; returns how many entries
   * it wrote. A run continues past key i only where `joinable(i)` allows.
   */
  walk(
    keys: (i: number) => string | undefined,
    from: number,
    joinable: (i: number) => boolean,
    out: [number, Form[]][],
  ): number {
    let at: Node | undefined = this.#root;
    let count = 0;
    for (let i = from; at; i++) {
      const key = keys(i);
      if (key === undefined) break;
      at = at.next?.get(key);
      if (!at) break;
      if (at.forms) out[count++] = [i + 1, at.forms];
      if (!joinable(i)) break;
    }
    out.length = count;
    return count;
  }
}
