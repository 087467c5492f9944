import { foldKey } from '../text/fold.js';
import { hasVietnameseMarks, markedSpelling } from '../text/marks.js';
import { safeNormalize } from '../text/safe-normalize.js';
import { whiteSpace } from '../text/white-space.js';
import {
  APPOSITION,
  ARTIST_ROLE_PAIRS,
  COMPANY_WORDS,
  CREDIT_WORDS,
  degreeBefore,
  HONORIFICS,
  INDEFINITE,
  JAPANESE_COMPANY_TAILS,
  NOT_NAME_WORDS,
  ORG_HEADS,
  PLACE_AFTER,
  PLACE_BEFORE,
  ROLE_ENDINGS,
  ROLE_PAIRS,
  ROLES,
  SAID,
  TITLE_ABBREVIATIONS,
  VI_BODY_HEAD_PAIRS,
} from './context.js';
import { FIRST_NAMES_THAT_ARE_WORDS } from './data/common-english-words.js';
import { GIVEN_NAMES } from './data/homograph-words.js';
import {
  DEFINITE_ENDINGS,
  type Doc,
  idsStartingAt,
  indefiniteBefore,
  listNeighbours,
  mention,
  noOneAfter,
  qualifiedBy,
  spaced,
} from './doc.js';
import { commonShortWord, englishRank } from './english-words.js';
import type { Passing } from './gazetteer.js';
import { ADDRESS_WORDS, STREET_HEADS } from './generic.js';
import { holdsLexiconName, personPredicate, placesOnly, sentenceStart } from './homograph-rules.js';
import { institutionHeadBefore } from './institution-heads.js';
import { japaneseName, japaneseShapedName } from './japanese-names.js';
import { levenshtein } from './levenshtein.js';
import { formsSpelt } from './local-places.js';
import { CORRECTED, type EntityMention, NO_FLAGS, SHORT_REFERENCE } from './mention.js';
import { bodyOfTitle } from './offices.js';
import { OTHER_LANGUAGE } from './other-language.js';
import { ByteScratch } from './scratch.js';
import { shipBefore } from './ships.js';
import { statedAge } from './stated-ages.js';
import {
  isSwedishFamilyName,
  isSwedishGivenName,
  swedishName,
  vietnameseSwedishName,
} from './swedish-names.js';
import {
  isVietnameseSyllable,
  MARKED_FAMILY_NAMES,
  romajiMorae,
  VIETNAMESE_FAMILY_NAMES,
} from './syllables.js';

/** Prefix of the ids of people local to one text: `local:person:mai-tien-dung`. */
export const LOCAL_PERSON = 'local:person:';

/** Most words a personal name has (Vietnamese names run to four or five syllables). */
const MAX_NAME_WORDS = 5;
/** Longest run of capitalised words read for a name: longer runs are headlines in title case. */
const MAX_RUN = 7;
/** Names of this many letters or more may be misspelt by two letters, shorter ones by one. */
const LONG_NAME = 12;
/** Most words of a place or body between a role and a name ("… of Yamanashi prefecture Name"). */
const MAX_BODY_WORDS = 6;
/**
 * Words between a role and its place or body ("Governor of …", "Consul General in …", "Tổng lãnh sự
 * Nhật Bản tại TP HCM …", "ambassadör i …"), as folding keys.
 */
const LINKS: ReadonlySet<string> = new Set(['of', 'in', 'at', 'for', 'the', 'to', 'tai', 'cua', 'i', 'vid']);
/**
 * Vietnamese qualifiers written after a role, as folded pairs: "Phó Chủ tịch điều hành cấp cao
 * JICA", "Đại sứ đặc mệnh toàn quyền", "Thứ trưởng thường trực".
 */
const ROLE_QUALIFIERS: ReadonlySet<string> = new Set([
  'dieu hanh',
  'cap cao',
  'thuong truc',
  'dac menh',
  'toan quyen',
  'thu nhat',
  // Honours of artists: "Nghệ sĩ ưu tú", "Nghệ sĩ nhân dân".
  'uu tu',
  'nhan dan',
]);
/** Most qualifier pairs read after a role. */
const MAX_QUALIFIERS = 3;

/** Vietnamese middle names, which never end a name. */
const MIDDLE_NAMES: ReadonlySet<string> = new Set(['van', 'thi']);
/** Their marked spellings: "Vân" and "Thi" are given names. */
const MIDDLE_NAME_SPELLINGS: ReadonlySet<string> = new Set(['văn', 'thị']);

/**
 * Word `k` (a key of {@link MIDDLE_NAMES}), the last of a name that opens at word `from`, is the
 * middle name: written so, or without marks in a name written without them ("Nguyen Thi"); a name
 * whose other syllables have their marks writes Thị with its own ("Nguyễn Thị Anh Thi" ends on Thi).
 */
function middleNameAt(doc: Doc, k: number, from: number): boolean {
  const { text, tokens } = doc;
  if (!tokens.marked(k, k + 1)) return !tokens.marked(from, k);
  return MIDDLE_NAME_SPELLINGS.has(markedSpelling(text.slice(tokens.start(k), tokens.end(k))));
}
/**
 * The name of folding keys `keys` ending before word `to` ends on Văn as its given name: three
 * syllables or more, the one before no middle name, and no capitalised word right after it.
 */
function finalVan(doc: Doc, keys: readonly string[], to: number): boolean {
  const { tokens } = doc;
  if (keys[keys.length - 1] !== 'van' || keys.length < 3 || MIDDLE_NAMES.has(keys[keys.length - 2] as string))
    return false;
  return to >= tokens.length || !tokens.capital(to) || !doc.tokens.spaced(to - 1);
}

/** Longest word of a foreign name: longer words are compounds ("Europaparlamentarikern"). */
const MAX_NAME_WORD = 15;
/**
 * Words that open a sentence in capitals and are never part of a name: "When Nguyen agreed …",
 * "Men Lund …". Folding keys.
 */
const OPENERS: ReadonlySet<string> = new Set([
  'when',
  'after',
  'before',
  'while',
  'if',
  'as',
  'but',
  'and',
  'then',
  'so',
  'because',
  'although',
  'though',
  'since',
  'meanwhile',
  'however',
  'also',
  // Prepositions that open a sentence ("For Duc, the goal …"); not "To", a Vietnamese family name.
  'for',
  'with',
  'like',
  'unlike',
  'at',
  'in',
  'by',
  'from',
  'nar',
  'men',
  'och',
  'da',
  'sedan',
  'enligt',
  'efter',
  'medan',
  'om',
  'eftersom',
  // Vietnamese: "Theo Long, …" (according to), "Khi Nam về …" (when).
  'theo',
  'khi',
]);

/** The role words of {@link byRole}, marked by vocabulary id. */
const roleLasts = new ByteScratch();

/** Shortest word used as a short reference to a local person ("Dung", "Chikahisa"). */
const MIN_REFERENCE = 3;

let familyMarked: Set<string> | undefined;
let familyFolded: Set<string> | undefined;

/** Whether a word (as written, and its folding key) is a Vietnamese family name. */
function isFamilyName(written: string, key: string): boolean {
  if (!familyMarked || !familyFolded) {
    const common = VIETNAMESE_FAMILY_NAMES.map((n) => n.normalize('NFC').toLowerCase());
    familyFolded = new Set(common.map((n) => foldAscii(n)));
    familyMarked = new Set([...common, ...MARKED_FAMILY_NAMES.map((n) => n.normalize('NFC').toLowerCase())]);
  }
  if (/^[A-Za-z]+$/u.test(written)) return familyFolded.has(key);
  return familyMarked.has(safeNormalize(written).toLowerCase());
}

function foldAscii(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/đ/gu, 'd')
    .replace(/Đ/gu, 'D')
    .toLowerCase();
}

/** Marked letters in a string: the display name is the form with the most. */
function marks(s: string): number {
  let n = 0;
  for (const ch of s.normalize('NFD')) if (/[\u0300-\u036f]/u.test(ch) || ch === 'đ' || ch === 'Đ') n++;
  return n;
}

type Kind = 'vietnamese' | 'other';

/** A person the knowledge base lacks, named in full somewhere in the text. */
interface Local {
  id: string;
  kind: Kind;
  keys: string[];
  /** The display name: the form written with the most marks, the first such. */
  name: string;
  nameMarks: number;
  /** Named by two given names in a post's stamp ("… bởi Thu Hà"): the post's writer, who signs so. */
  signed: boolean;
}

/** The person a role stands for: a local one, with its name, or one of the knowledge base. */
interface Person {
  id: string;
  name?: string;
}

/** A run of words read as a full name. */
interface Candidate {
  from: number;
  to: number;
  keys: string[];
  kind: Kind;
  /** A cue around the name says it is a person's. */
  cued: boolean;
  /** The last word carries a Swedish genitive s that is not part of the name. */
  genitive: boolean;
  /** A misspelling of another name of the text. */
  corrected: boolean;
  /** Two given names after the "by" of a post's stamp (see {@link postedBy}). */
  signed: boolean;
}

/** The text between two neighbouring words. */
function gap(doc: Doc, i: number): string {
  return doc.text.slice(doc.tokens.end(i), doc.tokens.start(i + 1));
}

/** A word made of letters only, starting with a capital and not all in capitals ("Dũng", not "UBND"). */
function nameWord(doc: Doc, i: number): boolean {
  return doc.tokens.capitalisedWord(i);
}

/** The last three letters of the role endings: most words end otherwise, and are told so at once. */
const ROLE_TAILS: ReadonlySet<string> = new Set(ROLE_ENDINGS.map((e) => e.slice(-3)));

const endsInRole = (key: string): boolean =>
  ROLES.has(key) || (ROLE_TAILS.has(key.slice(-3)) && ROLE_ENDINGS.some((e) => key.endsWith(e)));

/** Whether the words before word `i` say that a person's name starts at `i`. */
function cueBefore(doc: Doc, i: number, covered: Uint8Array): boolean {
  if (doc.titles.has(i)) return true;
  if (i === 0) return false;
  const k1 = doc.tokens.word(i - 1) as string;
  const between = gap(doc, i - 1);
  // ("Rev." only with its full stop: "Int Rev Cytol" is a journal's abbreviation.)
  if (HONORIFICS.has(k1) && /^\.?\s+$/u.test(between) && (k1 !== 'rev' || between.startsWith('.')))
    return true;
  if (CREDIT_WORDS.has(k1) && (k1 === 'by' || between.includes(':'))) return true;
  // A title's abbreviation with its full stop, capitalised: "Gov. Hideyo Hanazumi", "Lt. Gen. Nguyen".
  if (between === '. ' && TITLE_ABBREVIATIONS.has(k1) && doc.tokens.capital(i - 1)) return true;
  // A Swedish by-line: "Av" opening its line ("Av Elin Strand").
  if (k1 === 'av' && between === ' ' && doc.tokens.capital(i - 1) && lineOpens(doc, i - 1)) return true;
  // A photo credit after the outlet, without a colon: "VNA/VNS Photo Dương Giang".
  if ((k1 === 'photo' || k1 === 'photos') && between === ' ' && outletEndsAt(doc, i - 1)) return true;
  // A photographer after the outlet in a credit: "Ảnh: VGP/Nhật Bắc", "Photos by VnExpress/Giang Huy".
  if (between === '/' && covered[i - 1] && outletEndsAt(doc, i)) return true;
  // A role and a comma before the name in apposition: "their teacher, Mai Sakamoto, walks".
  if (between === ', ' && endsInRole(k1) && !doc.tokens.capital(i - 1)) return true;
  // A role as a label, its colon before the name: "Ansvarig utgivare: Peter Wolodarski".
  if (/^:[ \t]+$/u.test(between) && endsInRole(k1)) return true;
  // An office of the knowledge base and a comma: "Sveriges ambassadör i Vietnam, Johan Ndisi, ser …".
  if (between === ', ' && covered[i - 1] && officeEndsBefore(doc, i)) return true;
  // (A line's last word introduces no name on the next line: "… international students" /
  // "Share Facebook Zalo".)
  if (!/^[^\S\n]+$/u.test(between)) return false;
  if (endsInRole(k1) || SAID.has(k1)) return true;
  // A role in the English plural before a list of names: "writers Wen Jie …", "ministers …".
  if (k1.length > 4 && k1.endsWith('s') && ROLES.has(k1.slice(0, -1))) return true;
  // A role, then "là" (is): "tổ trưởng là Tanaka Hiroshi", "giám đốc là Sato Kenji".
  if (k1 === 'la' && i >= 2 && /^\s+$/u.test(gap(doc, i - 2)) && roleEndsBefore(doc, i - 1)) return true;
  // A word of address before a foreign name: "chị Yagi Mayumi".
  if (addressWordBefore(doc, i)) return true;
  // An office of the knowledge base ("Đại sứ Nhật Bản tại Việt Nam Sugano Yuichi").
  if (covered[i - 1] && officeEndsBefore(doc, i)) return true;
  // A role with its place or body in between: "Governor of Yamanashi prefecture Nagasaki Kotaro",
  // "Consul General in Ho Chi Minh City Ono Masuo", "Phó Chủ tịch điều hành cấp cao JICA Junichi
  // Yamada", and a body with its place: "Trưởng đại diện JICA tại Việt Nam Sugano Yuichi".
  if (covered[i - 1]) {
    let k = i - 1;
    for (let bodies = 0; bodies < 2 && covered[k]; bodies++) {
      const top = k;
      while (k > 0 && covered[k] && top - k < MAX_BODY_WORDS) k--;
      for (let links = 0; k > 0 && links < 2 && LINKS.has(doc.tokens.word(k) as string); links++) k--;
    }
    if (!covered[k] && roleEndsBefore(doc, qualifiersStart(doc, k + 1))) return true;
  }
  return roleEndsBefore(doc, qualifiersStart(doc, i));
}

/** Words that join the last items of a list of names ("A, B and C", "A, B och C"). */
const LIST_AND: ReadonlySet<string> = new Set(['and', 'och', 'va']);
/** Words before a person's place in a list ("Wen Jie in Beijing, Haruka Ono in Tokyo"). */
const LIST_PLACE: ReadonlySet<string> = new Set(['in', 'from', 'i', 'fran', 'tai', 'o']);
/** Most words of a place after a name in a list. */
const MAX_LIST_PLACE = 3;

/**
 * Word `from` opens the next item of a list whose previous item, a name, ended at word `end`: a
 * comma, "and" or both between them, after the previous person's place if any ("writers Wen Jie
 * in Beijing, Haruka Ono in Tokyo and Carlo Domingo in Manila"). The items of a list a role or a
 * credit opens are people alike.
 */
function nextInList(doc: Doc, end: number, from: number): boolean {
  if (from <= end || from - end > MAX_LIST_PLACE + 3) return false;
  const { tokens } = doc;
  let k = end;
  if (LIST_PLACE.has(tokens.word(k) as string) && /^\s+$/u.test(gap(doc, k - 1))) {
    k++;
    const place = k;
    while (k < from && k - place < MAX_LIST_PLACE && tokens.capital(k) && /^\s+$/u.test(gap(doc, k))) k++;
    if (k < from && tokens.capital(k)) k++;
    if (k === place) return false;
  }
  // A comma, and or both.
  const comma = /^,\s+$/u.test(gap(doc, k - 1));
  if (k === from) return comma;
  if (k + 1 !== from || !LIST_AND.has(tokens.word(k) as string)) return false;
  return (comma || /^\s+$/u.test(gap(doc, k - 1))) && /^\s+$/u.test(gap(doc, k));
}

/** A match of offices of the knowledge base alone ends right before word `i`. */
function officeEndsBefore(doc: Doc, i: number): boolean {
  const m = doc.matches.endingAt(i);
  if (m < 0) return false;
  const ids = (doc.matches.passing[m] as Passing).ids;
  return ids.length > 0 && ids.every((id) => id.startsWith('office:'));
}

/**
 * A role ends right before word `end`: a title of the knowledge base ("Ngoại trưởng"), one word
 * ("President", "minister") or a Vietnamese pair.
 */
function roleEndsBefore(doc: Doc, end: number): boolean {
  return (
    doc.titles.has(end) ||
    (end > 0 && endsInRole(doc.tokens.word(end - 1) as string)) ||
    rolePairBefore(doc, end)
  );
}

/**
 * The first word of the qualifier pairs that end right before word `end` ("điều hành cấp cao"),
 * written in lower case inside one phrase; `end` when there are none.
 */
function qualifiersStart(doc: Doc, end: number): number {
  const tokens = doc.tokens;
  let k = end;
  for (let q = 0; q < MAX_QUALIFIERS && k >= 3; q++) {
    if (tokens.capital(k - 1) || tokens.capital(k - 2) || !spaced(doc, k - 2) || !spaced(doc, k - 3)) break;
    if (!ROLE_QUALIFIERS.has(`${tokens.word(k - 2)} ${tokens.word(k - 1)}`)) break;
    k -= 2;
  }
  return k;
}

/** Whether a match of the scan that names outlets only ends right before word `end`. */
function outletEndsAt(doc: Doc, end: number): boolean {
  const k = doc.matches.endingAt(end);
  if (k < 0) return false;
  const ids = (doc.matches.passing[k] as Passing).ids;
  return ids.length > 0 && ids.every((id) => id.startsWith('outlet:'));
}

/**
 * Vietnamese roles of artists and players, folded, whose people go by two given names as often as
 * by a full name ("ca sĩ Quỳnh Lan", "Nghệ sĩ ưu tú Thu Hương"); and the abbreviations of the
 * honours of artists (NSƯT, NSND).
 */
const ARTIST_ROLES: ReadonlySet<string> = new Set(ARTIST_ROLE_PAIRS);
const ARTIST_HONOURS: ReadonlySet<string> = new Set(['nsut', 'nsnd']);

/**
 * An artist's role ends right before word `end`, in the same phrase, maybe with its qualifiers
 * ("ca sĩ", "nghệ sĩ ưu tú", "NSƯT"): two given names after it are the artist's.
 */
function artistBefore(doc: Doc, end: number): boolean {
  const tokens = doc.tokens;
  if (end < 1 || !spaced(doc, end - 1)) return false;
  if (ARTIST_HONOURS.has(tokens.word(end - 1) as string)) return true;
  const k = qualifiersStart(doc, end);
  return (
    k >= 2 &&
    spaced(doc, k - 2) &&
    ARTIST_ROLES.has(`${tokens.word(k - 2)} ${tokens.word(k - 1)}`) &&
    (k === end || spaced(doc, k - 1))
  );
}

/** Most given names read after "tên" (named). */
const MAX_GIVEN_NAMES = 2;
/** Verbs before "tên" that give a thing a name, not a person theirs: "mang", "đặt", "dùng", "lấy". */
const NAME_GIVERS: ReadonlySet<string> = new Set(['mang', 'dat', 'dung', 'lay']);

/**
 * Given names right after "tên" or "tên là" (named), written with their marks where the text
 * writes marks: one or two capitalised Vietnamese syllables that no stage read and that end the
 * phrase or go on in lower case ("tên là Nam, sinh năm 2019"). Not where a candidate is read.
 */
function namedAfterTen(doc: Doc, covered: Uint8Array, candidates: readonly Candidate[]): Candidate[] {
  const { text, tokens } = doc;
  const out: Candidate[] = [];
  const taken = new Set(candidates.map((c) => c.from));
  const capitals = tokens.capitals();
  for (let c = 0; c < capitals.length; c++) {
    const from = capitals[c] as number;
    if (from < 1 || covered[from] || taken.has(from) || !spaced(doc, from - 1)) continue;
    // "tên" or "tên là" before it, in lower case; not "mang tên", "đặt tên", "dùng tên", "lấy tên"
    // (bears, gives, uses, takes the name: of a class, a shop, a company).
    let k = from - 1;
    if (tokens.is(k, 'la') && k >= 1 && spaced(doc, k - 1)) k--;
    if (!tokens.is(k, 'ten') || tokens.capital(k)) continue;
    if (k >= 1 && NAME_GIVERS.has(tokens.word(k - 1) as string)) continue;
    // (With its mark where the text writes marks: "tên", not "tện"; "ten" in a text without them.)
    const written = text.slice(tokens.start(k), tokens.end(k));
    if (written !== 'tên' && !(written === 'ten' && !doc.tokens.marked(from, from + 1))) continue;
    let to = from;
    while (
      to < tokens.length &&
      to - from < MAX_GIVEN_NAMES &&
      !covered[to] &&
      tokens.capitalisedWord(to) &&
      isVietnameseSyllable(tokens.word(to) as string) &&
      (to === from || spaced(doc, to - 1))
    )
      to++;
    if (to === from) continue;
    // The name ends its phrase or the sentence goes on in lower case (no longer name after it),
    // but not with "là" ("tên Việt là Tuyết": the name is the next one).
    if (to < tokens.length && spaced(doc, to - 1) && (tokens.capital(to) || tokens.is(to, 'la'))) continue;
    const keys: string[] = [];
    for (let j = from; j < to; j++) keys.push(tokens.word(j) as string);
    // A person the text names in full goes by these names: a short reference, read later.
    const last = keys[keys.length - 1] as string;
    if (candidates.some((c) => c.keys.includes(last))) continue;
    out.push({
      from,
      to,
      keys,
      kind: 'vietnamese',
      cued: true,
      genitive: false,
      signed: false,
      corrected: false,
    });
  }
  return out;
}

/** Words before "bởi" (by) in a post's stamp: posted, sent, written, made; or the stamp's date. */
const POSTED_BEFORE_BY: ReadonlySet<string> = new Set(['dang', 'gui', 'viet', 'tao']);

/**
 * Whether the words before word `end` are the "by" of a post's stamp: "bởi" after "đăng", "gửi",
 * "viết", "tạo" or a date ("Đăng ngày 05/11/2024 bởi Thu Hà", "Gửi bởi Minh Tuấn").
 */
function postedBy(doc: Doc, end: number): boolean {
  const tokens = doc.tokens;
  if (end < 2 || !spaced(doc, end - 1) || tokens.word(end - 1) !== 'boi' || !spaced(doc, end - 2))
    return false;
  const word = tokens.word(end - 2) as string;
  return POSTED_BEFORE_BY.has(word) || /^\d+$/u.test(word);
}

/**
 * Whether the two words before word `end` are a Vietnamese two-word role ("Đại tá", "Chủ tịch").
 * Their words are in the vocabulary (see CONTEXT_WORDS): words outside it are none, unfolded.
 */
function rolePairBefore(doc: Doc, end: number): boolean {
  const tokens = doc.tokens;
  return (
    end >= 2 &&
    tokens.id(end - 1) !== 0 &&
    tokens.id(end - 2) !== 0 &&
    ROLE_PAIRS.has(`${tokens.key(end - 2)} ${tokens.key(end - 1)}`)
  );
}

/** Swedish "som" (who, which) after a name and a comma: a person's cue only for a name shaped like one. */
const WHO_OR_WHICH = 'som';

/**
 * Whether the words after word `to - 1` say that the name ending there is a person's. Swedish
 * "som" says so only of a name `personShaped` (a given name first, a Japanese or Vietnamese name):
 * it is "which" as well as "who" ("Viskan Återfiber, som har tolv anställda").
 */
function cueAfter(doc: Doc, to: number, personShaped: () => boolean = () => true): boolean {
  if (to >= doc.tokens.length) return false;
  const next = doc.tokens.word(to) as string;
  const between = gap(doc, to - 1);
  const said = SAID.has(next) || saidPair(doc, to, next);
  if (/^\s+$/u.test(between) && said) return true;
  if (
    /^\s*[,(]\s*$/u.test(between) &&
    ((APPOSITION.has(next) && (next !== WHO_OR_WHICH || personShaped())) || endsInRole(next) || said)
  )
    return true;
  // A role with a word before it: "Kenji Matsuda, executive director of …", "Masayuki Hyodo, co-chair".
  if (
    /^\s*,\s*$/u.test(between) &&
    APPOSED_MODIFIERS.has(next) &&
    to + 1 < doc.tokens.length &&
    /^[\s-]$/u.test(gap(doc, to)) &&
    endsInRole(doc.tokens.word(to + 1) as string)
  )
    return true;
  // A role after words that say where or of what ("Ryota Hamasaki, Vietnam branch manager of
  // H.I.S.", "Kenji Sato, branch manager"): up to {@link MAX_ROLE_QUALIFIERS} words in one phrase.
  if (/^\s*,\s*$/u.test(between)) {
    const { tokens } = doc;
    for (let k = to; k < tokens.length && k - to <= MAX_ROLE_QUALIFIERS; k++) {
      if (k > to && !/^ $/u.test(gap(doc, k - 1))) break;
      const word = tokens.word(k) as string;
      // The role ends the phrase: before a name it is that name's ("led by founder Tadashi Yanai").
      if (ROLES.has(word))
        return !(
          k + 1 < tokens.length &&
          spaced(doc, k) &&
          tokens.capital(k + 1) &&
          doc.matches.startingAt(k + 1) < 0
        );
      // Words before it are a name the knowledge base matched ("Vietnam") or words in lower case,
      // no verb or particle.
      if (tokens.capital(k) ? doc.matches.startingAt(k) < 0 : QUALIFIER_STOPS.has(word)) break;
    }
  }
  // Where a caption places someone: "Masayuki Hyodo (left) speaks", "Tran Van Minh (phải)".
  if (/^\s*\(\s*$/u.test(between) && PHOTO_POSITIONS.has(next) && doc.text[doc.tokens.end(to)] === ')')
    return true;
  return false;
}

/** Word `k` opens its line: only spaces before it since the line break or the text's start. */
function lineOpens(doc: Doc, k: number): boolean {
  const { text } = doc;
  for (let c = doc.tokens.start(k) - 1; c >= 0; c--) {
    const code = text.charCodeAt(c);
    if (code === 10) return true;
    if (code !== 32 && code !== 9) return false;
  }
  return true;
}

/** Most words between a comma after a name and the role that says who the name is. */
const MAX_ROLE_QUALIFIERS = 3;
/** Words that end the phrase before such a role: verbs, particles, relative words ("led by founder …"). */
const QUALIFIER_STOPS: ReadonlySet<string> = new Set(
  'by is was are were has have had who whose which that and or but led said also not its their his her'.split(
    ' ',
  ),
);

/**
 * Vietnamese verbs of saying of two words, whose first word alone is another ("cho biết", "chia
 * sẻ", "bày tỏ"): the first word's folding key → the second's.
 */
const SAID_PAIRS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['cho', new Set(['biet', 'rang', 'hay'])],
  ['chia', new Set(['se'])],
  ['bay', new Set(['to'])],
]);

/**
 * A verb of saying opens at word `to`, one space after the word before: one of {@link SAID} or of
 * {@link SAID_PAIRS} ("… said", "… cho biết"). What stands before it is a person (or a body).
 */
export function saysAt(doc: Doc, to: number): boolean {
  if (to >= doc.tokens.length || gap(doc, to - 1) !== ' ') return false;
  const first = doc.tokens.word(to) as string;
  return SAID.has(first) || saidPair(doc, to, first);
}

/** Words `to` (whose key is `first`) and `to + 1` are one of {@link SAID_PAIRS}, one space apart. */
function saidPair(doc: Doc, to: number, first: string): boolean {
  const seconds = SAID_PAIRS.get(first);
  return (
    seconds !== undefined &&
    to + 1 < doc.tokens.length &&
    gap(doc, to) === ' ' &&
    seconds.has(doc.tokens.word(to + 1) as string)
  );
}

/**
 * The English and Swedish words that make a role another one. The Vietnamese ones of {@link
 * ROLE_MODIFIERS} are also other words ("Đồng chí", comrade; "hoạt động") and open the roles they
 * make ("Phó Chủ tịch").
 */
const LATIN_ROLE_MODIFIERS: ReadonlySet<string> = new Set([
  'deputy',
  'assistant',
  'vice',
  'acting',
  'associate',
]);

/**
 * Words that make a role another one ("Phó Chủ tịch", "Tổng Giám đốc", "deputy director"): part
 * of its key.
 */
const ROLE_MODIFIERS: ReadonlySet<string> = new Set([
  'pho',
  'tong',
  // "đồng Trưởng ban" (co-chair): another role than the chair's.
  'dong',
  ...LATIN_ROLE_MODIFIERS,
]);

/**
 * The word before the role at words `from`..`end` makes with it a title of the knowledge base,
 * written in lower case: another office than the one the role stands for ("the prime minister"
 * after "Defense Minister Koizumi", who was claimed by "minister"), unless that word qualified the
 * role where it introduced the person ("the defense minister").
 */
function otherTitleBefore(doc: Doc, from: number, end: number): boolean {
  const { tokens } = doc;
  if (from < 1 || !spaced(doc, from - 1) || tokens.capital(from - 1)) return false;
  let node = doc.index.gazetteer.root.next?.get(tokens.word(from - 1) as string);
  for (let k = from; k < end && node; k++) node = node.next?.get(tokens.word(k) as string);
  return node?.forms?.some((f) => f.title) === true;
}

/**
 * Words before a role in an apposition ("executive director", "co-chair"), as folding keys: those
 * that make a role another one, and more.
 */
const APPOSED_MODIFIERS: ReadonlySet<string> = new Set([
  ...ROLE_MODIFIERS,
  'executive',
  'co',
  'managing',
  'honorary',
  'permanent',
  'regional',
  'country',
  'founding',
  'standing',
  'general',
  'chief',
]);

/** Where a photo caption places a person, alone in parentheses after the name, as folding keys. */
const PHOTO_POSITIONS: ReadonlySet<string> = new Set([
  'left',
  'right',
  'centre',
  'center',
  'phai',
  'trai',
  'giua',
]);

/**
 * The local person named in full nearest before word `i` whose name goes by `key` (the given name
 * of a Vietnamese, any word of another's), or null when none is. `candidates` are in text order.
 */
function nearestBearer(
  candidates: readonly Candidate[],
  locals: ReadonlyMap<string, Local>,
  key: string,
  i: number,
): Local | null {
  for (let c = candidates.length - 1; c >= 0; c--) {
    const cand = candidates[c] as Candidate;
    if (cand.to > i) continue;
    const local = locals.get(LOCAL_PERSON + cand.keys.join('-'));
    if (!local) continue;
    const goesBy =
      local.kind === 'vietnamese'
        ? local.keys[local.keys.length - 1] === key
        : key.length >= MIN_REFERENCE && local.keys.includes(key);
    if (goesBy) return local;
  }
  return null;
}

/**
 * Words before a name that make it a place: prepositions of place ("in Vinh", "i Vinh", "ở Vinh")
 * and heads ("TP Vinh", "staden Vinh"), as folding keys.
 */
const PLACE_CONTEXT_BEFORE: ReadonlySet<string> = new Set([
  ...'in at from to into near outside around across toward towards city town province port diocese'.split(
    ' ',
  ),
  ...'i fran till vid utanfor nara mot genom stad staden provinsen stift'.split(' '),
  ...'o tai ve den tu que ra vao qua khoi tp pho tinh huyen xa phuong quan'.split(' '),
]);
/** Heads before "of" that make the name after it a place ("the city of Vinh", "Diocese of Vinh"). */
const PLACE_OF_HEADS: ReadonlySet<string> = new Set(
  'city town province port diocese capital people university outskirts centre center'.split(' '),
);

/** Words opening an apposition that makes the name before it a place ("Vinh, huvudstaden i …"). */
const PLACE_APPOSITION: ReadonlySet<string> = new Set(
  'capital city town province hometown huvudstaden staden thu thanh tinh'.split(' '),
);

/**
 * Word `i`, which the knowledge base read as a place, is the given name of a Vietnamese named in
 * full before it, and nothing around it makes it the place: no preposition or head of place before
 * it ("i Vinh", "TP Vinh", "the city of Vinh"), no place word after it ("Vinh city", "Vinh,
 * huvudstaden"), no compound (a Swedish "-staden" before it, "kuststaden Vinh").
 */
function bearerNotPlace(
  doc: Doc,
  i: number,
  candidates: readonly Candidate[],
  locals: ReadonlyMap<string, Local>,
  vietnamese: boolean,
): boolean {
  const tokens = doc.tokens;
  const key = tokens.word(i) as string;
  const local = nearestBearer(candidates, locals, key, i);
  if (local?.kind !== 'vietnamese') return false;
  // In running text only: not an item of a list of tags or names ("Taggar: Akihito; Hue").
  if (i > 0 && !/^\s*["“(]?$|[.!?:]["”’)]?\s+$/u.test(gap(doc, i - 1))) return false;
  if (i + 1 < tokens.length && /^\s*;/u.test(gap(doc, i))) return false;
  // In Vietnamese, a country or place after a lower-case word qualifies it ("doanh nghiệp Nhật").
  if (vietnamese && i > 0 && spaced(doc, i - 1) && !tokens.capital(i - 1)) return false;
  if (i > 0 && spaced(doc, i - 1)) {
    const before = tokens.word(i - 1) as string;
    if (PLACE_CONTEXT_BEFORE.has(before) || before.endsWith('staden')) return false;
    if (before === 'of' && i > 1 && PLACE_OF_HEADS.has(tokens.word(i - 2) as string)) return false;
  }
  if (i + 1 < tokens.length) {
    const after = tokens.word(i + 1) as string;
    const between = gap(doc, i);
    if (/^\s+$/u.test(between) && PLACE_AFTER.has(after)) return false;
    // An apposition of place: "Vinh, huvudstaden i…", "Vinh, the capital of…", "Vinh, Nghe An".
    if (/^,\s+$/u.test(between)) {
      const head = after === 'the' && i + 2 < tokens.length ? (tokens.word(i + 2) as string) : after;
      if (tokens.capital(i + 1) && after !== 'the') return false;
      if (PLACE_APPOSITION.has(head)) return false;
    }
  }
  return true;
}

/** Whether a verb of saying follows word `i` after a space ("Duc noi", "Lund said"). */
function saidAfter(doc: Doc, i: number): boolean {
  return (
    i + 1 < doc.tokens.length && /^\s+$/u.test(gap(doc, i)) && SAID.has(doc.tokens.word(i + 1) as string)
  );
}

/**
 * Whether a verb of saying comes right before word `i`, which ends its clause ("…, säger Vinh.",
 * "…, said Vinh."): the inverted order of a quote's attribution.
 */
function saidBefore(doc: Doc, i: number): boolean {
  if (i === 0 || !/^\s+$/u.test(gap(doc, i - 1)) || !SAID.has(doc.tokens.word(i - 1) as string)) return false;
  return i + 1 >= doc.tokens.length || /^[.,;!?]/u.test(gap(doc, i));
}

/**
 * Whether the name ending before word `at` is followed by a person's age (stated-ages.ts: "Lê Hơn
 * (52 tuổi, …)", "Le Hon, 52 år,", "Nguyen Thi Lan (47)", "Le Hon, 52, said"). News gives people
 * their age, and places, bodies and events none.
 */
function ageAfter(doc: Doc, at: number): boolean {
  return at > 0 && at < doc.tokens.length && statedAge(doc.text, doc.tokens.end(at - 1))?.age !== undefined;
}

/**
 * Whether a run that opens its line with a first name and a surname ends in a colon: a speaker's or
 * an author's label ("Linus Hagström: Välkommen men …", "Anna Berg: I think …").
 */
function labelLine(doc: Doc, from: number, to: number, keys: readonly string[]): boolean {
  const { text, tokens } = doc;
  if (to - from < 2 || to - from > 3 || text.charCodeAt(tokens.end(to - 1)) !== 58) return false;
  const start = tokens.start(from);
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  for (let c = lineStart; c < start; c++) if (!whiteSpace(text.charCodeAt(c))) return false;
  if (!isFirstName(keys[0] as string)) return false;
  // A surname is no frequent English word ("Price Alerts:" is a label of a page).
  return !keys.slice(1).some(commonWord);
}

/** The folding keys of the street heads ("pho", "duong"): other words are not spelt out. */
const STREET_HEAD_KEYS: ReadonlySet<string> = new Set([...STREET_HEADS].map(foldKey));
/** The folding keys of the words of address ("anh", "chi", "chu"): other words are not spelt out. */
const ADDRESS_KEYS: ReadonlySet<string> = new Set([...ADDRESS_WORDS].map(foldKey));

/** A house number in an address, or a hull number: digits, maybe a letter or a slash ("7", "71A", "12/3"). */
const NUMBER_BEFORE =
  /(?:^|[\s:,(])(?:(?:[Ss][ốo]|No\.?)\s+)?[0-9]{1,4}[A-Za-z]?(?:\/[0-9]{1,4})?([ \u00a0]|-)$/u;
/** How far back {@link NUMBER_BEFORE} looks. */
const NUMBER_WINDOW = 16;

/** The code unit at `p` is an ASCII digit (false outside the text). */
function digitAt(text: string, p: number): boolean {
  const code = text.charCodeAt(p);
  return code >= 48 && code <= 57;
}

/**
 * A number right before a name makes it a street or a ship's, not a person's: a hull number joined
 * by a hyphen ("tàu 015-Trần Hưng Đạo"), or a house number after "số", "No." or opening an address
 * ("Số 7 Phan Đình Phùng", "Địa chỉ: 71 Nguyễn Chí Thanh").
 */
function numberBefore(doc: Doc, from: number, to: number): boolean {
  const start = doc.tokens.start(from);
  // A digit right before the gap, or before a letter there ("71A"): most names have neither.
  if (!digitAt(doc.text, start - 2) && !digitAt(doc.text, start - 3)) return false;
  const m = NUMBER_BEFORE.exec(doc.text.slice(Math.max(0, start - NUMBER_WINDOW), start));
  if (!m) return false;
  if (m[1] === '-' || /[Ss][ốo]|No/u.test(m[0])) return true;
  // A bare number before a name is an address only where one starts: at a line's start or after
  // a colon ("Địa chỉ: 71 …"), or where the address goes on to a place ("79 Ly Thuong Kiet, Hoan
  // Kiem, Hanoi").
  let p = start - m[0].length;
  while (p > 0 && (doc.text[p] === ' ' || doc.text[p] === '\u00a0')) p--;
  const c = p < 0 ? '' : (doc.text[p] as string);
  return p <= 0 || c === '\n' || c === ':' || placeInAddress(doc, to);
}

/** Words an address may hold between a street and its city ("Hoan Kiem, Hanoi"). */
const ADDRESS_REACH = 5;

/**
 * After word `to`, a comma, then a place of the knowledge base within a few words of the same line
 * with only commas and spaces between the words: the rest of an address.
 */
function placeInAddress(doc: Doc, to: number): boolean {
  const { text, tokens } = doc;
  if (to >= tokens.length || text.charCodeAt(tokens.end(to - 1)) !== 44) return false;
  for (let k = to; k < tokens.length && k < to + ADDRESS_REACH; k++) {
    const gap = text.slice(tokens.end(k - 1), tokens.start(k));
    if (!/^,?[ \u00a0]$/u.test(gap)) return false;
    const at = doc.matches.startingAt(k);
    if (at >= 0 && placesOnly(doc.matches.passing[at] as Passing)) return true;
  }
  return false;
}

/** Bodies of a province or city whose head may follow the unit word ("UBND tỉnh Phạm Anh Tuấn"). */
const UNIT_BODIES: ReadonlySet<string> = new Set(['ubnd', 'hdnd', 'tich']);

/**
 * Words `from`..`to` after the unit word `unit` ("tỉnh", "phố" of "thành phố") are the name of the
 * body's head, not of the unit or a street: the unit stands after a body or a chairman ("Chủ tịch
 * UBND tỉnh Phạm Anh Tuấn", "UBND thành phố Nguyễn Thị Anh Thi", where
 * the province goes without saying), and the run is a full Vietnamese name of three words or more,
 * opening on a family name.
 */
function holderAfterUnit(doc: Doc, from: number, to: number, unit: string): boolean {
  if (to - from < 3 || from < 2) return false;
  const tokens = doc.tokens;
  // "UBND tỉnh" and "UBND thành phố" (the unit word in two). Not "huyện" or "xã": no province is
  // named after a person, but districts and communes are ("huyện Trần Văn Thời").
  const body = unit === 'tinh' ? from - 2 : unit === 'pho' && tokens.is(from - 2, 'thanh') ? from - 3 : -1;
  if (body < 0) return false;
  if (!UNIT_BODIES.has(tokens.word(body) as string)) return false;
  const first = doc.text.slice(tokens.start(from), tokens.end(from));
  return isFamilyName(first, tokens.word(from) as string);
}

/**
 * The words of {@link PLACE_BEFORE} as written with their marks: a word written with other marks
 * is another word ("Tiền đạo Nguyễn …": đạo, no đảo).
 */
const PLACE_BEFORE_MARKED: ReadonlySet<string> = new Set([
  'tỉnh',
  'huyện',
  'xã',
  'phường',
  'quận',
  'thị',
  'đường',
  'sông',
  'núi',
  'đảo',
  'chùa',
  'đền',
  'cầu',
  'vịnh',
  'khu',
  'làng',
  'dãy',
]);

/** Word `k` of {@link PLACE_BEFORE} is written without marks, or with the place word's own. */
function placeWordAsWritten(doc: Doc, k: number): boolean {
  const { text, tokens } = doc;
  return (
    !tokens.marked(k, k + 1) ||
    PLACE_BEFORE_MARKED.has(markedSpelling(text.slice(tokens.start(k), tokens.end(k))))
  );
}

/** Whether the words around a run make it a place, a building or an organisation. */
function placeAround(doc: Doc, from: number, to: number): boolean {
  // (Words of the same phrase only: "every day. Le Thi Kim Hoa" has no "dãy" before the name.)
  const before = from > 0 && spaced(doc, from - 1) ? doc.tokens.key(from - 1) : undefined;
  const after = to < doc.tokens.length && spaced(doc, to - 1) ? doc.tokens.key(to) : undefined;
  return (
    (from > 0 && numberBefore(doc, from, to)) ||
    (from > 0 && shipBefore(doc.text, doc.tokens, from)) ||
    (before !== undefined &&
      PLACE_BEFORE.has(before) &&
      placeWordAsWritten(doc, from - 1) &&
      !holderAfterUnit(doc, from, to, before) &&
      // (Not the last syllable of a name before it: "Nhật Bản Sugi Ryotaro", not "bản", a village.)
      !(
        from >= 2 &&
        doc.tokens.capital(from - 1) &&
        spaced(doc, from - 2) &&
        doc.tokens.capital(from - 2)
      )) ||
    // (As written: "bày tỏ" after a name is no "Bay".)
    (after !== undefined && PLACE_AFTER.has(after) && !doc.tokens.marked(to, to + 1)) ||
    // The run's first word ends a body's head written with its marks ("Thành Đoàn Hà Nội").
    (before !== undefined &&
      doc.tokens.nonAscii(from - 1) &&
      VI_BODY_HEAD_PAIRS.has(`${before} ${doc.tokens.key(from)}`)) ||
    // A street head as written ("phố Nguyễn Thái Học"): without marks "pho" is also phó, deputy.
    (before !== undefined &&
      STREET_HEAD_KEYS.has(before) &&
      !holderAfterUnit(doc, from, to, before) &&
      doc.tokens.nonAscii(from - 1) &&
      STREET_HEADS.has(markedSpelling(doc.text.slice(doc.tokens.start(from - 1), doc.tokens.end(from - 1)))))
  );
}

/** A dash between spaces, as between the items of a list ("Ap Bac – Binh Gia – Hue"). */
const LIST_DASH = /^[ \u00a0][-\u2013\u2014][ \u00a0]$/u;

/** Items of a dashed list from which it is a list of things (battles, places), not of people. */
const MIN_LIST_ITEMS = 4;

/** A dash between spaces separates word `i` from the next. */
const dashAfter = (doc: Doc, i: number): boolean =>
  i >= 0 &&
  i + 1 < doc.tokens.length &&
  LIST_DASH.test(doc.text.slice(doc.tokens.end(i), doc.tokens.start(i + 1)));

/**
 * Words `from`..`to` are an item of a list of places joined by dashes ("Binh Gia – Tra Binh Dong
 * – Hue"): a dash on both sides, and a place the knowledge base matched as the item before or
 * after, or four items or more.
 */
function inListOfPlaces(doc: Doc, from: number, to: number): boolean {
  const tokens = doc.tokens;
  if (!dashAfter(doc, from - 1) || !dashAfter(doc, to - 1)) return false;
  const after = doc.matches.startingAt(to);
  if (after >= 0 && placesOnly(doc.matches.passing[after] as Passing)) return true;
  const before = doc.matches.endingAt(from);
  if (before >= 0 && placesOnly(doc.matches.passing[before] as Passing)) return true;
  // Count the items, a few capitalised words each, back and on from this one.
  let items = 1;
  for (let k = from - 1; items < MIN_LIST_ITEMS && dashAfter(doc, k); items++) {
    let s = k;
    while (s > 0 && k - s < MAX_BODY_WORDS && spaced(doc, s - 1) && tokens.capital(s - 1)) s--;
    if (!tokens.capital(s)) break;
    k = s - 1;
  }
  for (let k = to - 1; items < MIN_LIST_ITEMS && dashAfter(doc, k); items++) {
    let e = k + 1;
    if (!tokens.capital(e)) break;
    while (e + 1 < tokens.length && e - k < MAX_BODY_WORDS && spaced(doc, e) && tokens.capital(e + 1)) e++;
    k = e;
  }
  return items >= MIN_LIST_ITEMS;
}

/** Whether the run is alone on its line (a by-line or photo credit under a picture). */
function aloneOnLine(doc: Doc, from: number, to: number): boolean {
  const start = doc.tokens.start(from);
  const end = doc.tokens.end(to - 1);
  const lineStart = doc.text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = doc.text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = doc.text.length;
  return /^\s*$/u.test(doc.text.slice(lineStart, start)) && /^\s*$/u.test(doc.text.slice(end, lineEnd));
}

/**
 * The full name in words `from`..`to` of a run of capitalised words, or null: a Vietnamese name
 * (a family name, then syllables), or a name of two or three words with a cue around it
 * (title, honorific, role, a verb of saying, a credit).
 */
/**
 * Words `keys`, from word `from`, are a Vietnamese name: a family name first, then syllables. (A
 * function of its own: as a closure in {@link readName} it would make every call allocate.)
 */
function vietnameseName(doc: Doc, from: number, keys: readonly string[]): boolean {
  const first = doc.text.slice(doc.tokens.start(from), doc.tokens.end(from));
  return isFamilyName(first, keys[0] as string) && keys.every(isVietnameseSyllable);
}

function readName(
  doc: Doc,
  from: number,
  to: number,
  keys: string[],
  genitiveOk: boolean,
  covered: Uint8Array,
  vietnameseOnly: boolean,
  listed = false,
  westernOk = false,
): Candidate | null {
  // A role opens no name ("Japankännaren Malin …": the name starts after it).
  if (HONORIFICS.has(keys[0] as string) || endsInRole(keys[0] as string)) return null;
  // Nor "Tổng" and the first word of a role that goes on in lower case ("Tong Lanh su", the consul
  // general written without marks: Tống is also a family name).
  if (
    keys.length === 2 &&
    keys[0] === 'tong' &&
    to < doc.tokens.length &&
    doc.tokens.spaced(to - 1) &&
    !doc.tokens.capital(to) &&
    ROLE_PAIRS.has(`${keys[keys.length - 1]} ${doc.tokens.word(to)}`)
  )
    return null;
  // Nor does a Vietnamese word of address opening the sentence ("Chị Yagi chia sẻ").
  if (to - from >= 2 && addressWordBefore(doc, from + 1)) return null;
  if (placeAround(doc, from, to) || holdsLexiconName(doc.text, doc.tokens, from, to)) return null;
  // Nor a name right after a Vietnamese institution's head: the institution's, or its dedicatee's
  // ("Trường Đại học Nông Lâm Huế", "Bệnh viện Trưng Vương").
  if (institutionHeadBefore(doc.text, doc.tokens, from)) return null;
  // The first part of a compound ("Hoang Hoa Cuong-kyrkogården") names the thing, not a person.
  const after = doc.text.charCodeAt(doc.tokens.end(to - 1));
  if ((after === 45 || after === 0x2013) && /\p{L}/u.test(doc.text[doc.tokens.end(to - 1) + 1] ?? ''))
    return null;
  let genitive = false;
  let signed = false;
  const posted = keys.length === 2 && postedBy(doc, from);
  const last = keys.length - 1;
  let kind: Kind | null = null;
  if (vietnameseName(doc, from, keys)) kind = 'vietnamese';
  // Two given names written with their marks after an artist's role ("ca sĩ Quỳnh Lan"), or after
  // the "by" of a post's stamp ("Đăng ngày 05/11/2024 bởi Thu Hà").
  else if (
    keys.length === 2 &&
    (posted || (doc.tokens.marked(from, to) && artistBefore(doc, from))) &&
    keys.every(isVietnameseSyllable)
  ) {
    kind = 'vietnamese';
    listed = true;
    signed = posted;
  } else if (genitiveOk && (keys[last] as string).endsWith('s')) {
    const stem = [...keys.slice(0, last), (keys[last] as string).slice(0, -1)];
    if (vietnameseName(doc, from, stem)) {
      kind = 'vietnamese';
      genitive = true;
      keys[last] = stem[last] as string;
    }
  }
  // In a text of another language than en, sv and vi the cues (roles, verbs of saying) are not
  // understood: only a Vietnamese name, which its own shape shows, is read (checked before the cues,
  // which cost more).
  if (kind !== 'vietnamese' && (keys.length > 3 || vietnameseOnly)) return null;
  // A name ending on a country's is a company's subsidiary or a team ("Honda Japan said"), and one
  // ending on a Vietnamese province's is a company's branch ("Simexco Dak Lak").
  if (kind !== 'vietnamese' && covered[to - 1] && countryAt(doc, to - 1)) return null;
  if (kind !== 'vietnamese' && endsOnProvinceName(doc, from, to)) return null;
  // (Asked only after "som": most names are cued otherwise or not at all.)
  const personShaped = () =>
    kind === 'vietnamese' ||
    isFirstName(keys[0] as string) ||
    isSwedishGivenName(keys[0] as string) ||
    japaneseName(keys) ||
    keys.every(isVietnameseSyllable) ||
    // (A Swedish family name last: "Linh Nilsson", "Eskil Lundberg".)
    (keys.length > 1 && isSwedishFamilyName(keys[keys.length - 1] as string));
  const cued =
    listed ||
    cueBefore(doc, from, covered) ||
    cueAfter(doc, to, personShaped) ||
    labelLine(doc, from, to, keys);
  if (kind === 'vietnamese') {
    // Văn and Thị are middle names: a name does not end with them ("Chu Văn …" is cut short). Written
    // with other marks the syllable is a given name ("Hồng Vân", "Thu Thi").
    // Văn ends a name of three syllables or more after a given name, where no capitalised word
    // follows ("Trần Quốc Văn cho biết"): there it is the given name.
    if (MIDDLE_NAMES.has(keys[last] as string) && middleNameAt(doc, to - 1, from) && !finalVan(doc, keys, to))
      return null;
    // Two syllables are as often a place ("Phu Tho") as a person: only with a cue, an age or on a
    // line of their own. (The age is no cue for other names: "Fiskaren Le Hon, 52 år" would take the
    // role in.)
    if (keys.length === 2 && !cued && !ageAfter(doc, to) && !aloneOnLine(doc, from, to)) return null;
    // An item of a dashed list of places ("Binh Gia – Tra Binh Dong – Hue", battles) is one too.
    if (!cued && inListOfPlaces(doc, from, to)) return null;
    return { from, to, keys, kind, cued, genitive, signed, corrected: false };
  }
  // A Swedish given name and family name are a person's name without a cue ("Annika Berg"), and
  // so is a given name and a family name the text uses alone too ("William Heath … Heath said").
  // A Vietnamese name in Western order, the family name last, with a cue, an age after it or on a
  // line of its own ("By Minh Thu Tran", "Quang Huy Do, 23, from …", a by-line "Linh Pham").
  const western =
    westernOk &&
    keys.every(isVietnameseSyllable) &&
    (cued || ageAfter(doc, to) || aloneOnLine(doc, from, to)) &&
    westernOrder(doc, from, to, keys);
  if (
    !cued &&
    !western &&
    !swedishName(keys, isFirstName) &&
    // (The whole run only: "Linh Tran Karlsson" is one name, "Tran Karlsson" no other.)
    !(
      vietnameseSwedishName(keys, isVietnameseSyllable) &&
      !(from > 0 && doc.tokens.capital(from - 1) && spaced(doc, from - 1))
    ) &&
    !japaneseName(keys) &&
    !(kind !== 'vietnamese' && japaneseShapedName(keys) && !companyIn(doc, from, to)) &&
    !surnameUsedAlone(doc, from, to, keys, genitiveOk, covered)
  )
    return null;
  // A place the knowledge base matched alone, a Vietnamese syllable, before a foreign name is an
  // attribute ("chuyên gia Mỹ Gregory Poling"), not the name's first word.
  if (covered[from] && isVietnameseSyllable(keys[0] as string) && !keys.every(isVietnameseSyllable))
    return null;
  // Nor is an organisation of the knowledge base before a whole Japanese name ("Chủ tịch Keidanren
  // Tsutsui Yoshinobu"); one before a given name alone is a family name ("Honda Soichiro"). Nor a
  // country, where a role ends ("Chief Representative in Vietnam Sugano Yuichi").
  if (
    covered[from] &&
    keys.length >= 3 &&
    (bodyAt(doc, from) || countryAt(doc, from)) &&
    (japaneseName(keys.slice(1)) || (countryAt(doc, from) && japaneseShapedName(keys.slice(1))))
  )
    return null;
  if (
    keys.some(
      (k) =>
        k.length < 2 ||
        k.length > MAX_NAME_WORD ||
        NOT_NAME_WORDS.has(k) ||
        NUMBER_WORDS.has(k) ||
        ROLES.has(k) ||
        HONORIFICS.has(k) ||
        // a word that ends organisations' names: "Hanshin Kogyo", "Kanshin Trust Bank"
        ORG_HEADS.has(k) ||
        COMPANY_WORDS.has(k) ||
        JAPANESE_COMPANY_TAILS.has(k),
    )
  )
    return null;
  // Capitalised Vietnamese syllables that do not start with a family name are titles, common
  // nouns or given names alone ("Tiếng Nam", "Thu Ha"), not a foreign name; but for a Vietnamese
  // name in Western order in English or Swedish text, the family name last, after a cue ("By Minh
  // Thu Tran", "Linh Pham, a researcher").
  if (keys.every(isVietnameseSyllable) && !western) return null;
  // Common English words in title case are a name of something else ("Best Buy", "Medical
  // Officer", "Shelbourne Bar"), unless the first word is a first name ("Nick Nurse"). Not in
  // Swedish text, whose first names are often words ("Per", "Bo").
  if (!genitiveOk && phraseOfWords(keys)) return null;
  // A Japanese name read with a Swedish genitive: "Sugi Ryotaros".
  if (genitiveOk && (keys[last] as string).endsWith('s') && romajiMorae(keys[last] as string) === 0) {
    const stem = (keys[last] as string).slice(0, -1);
    if (keys.slice(0, last).every((k) => romajiMorae(k) > 0) && romajiMorae(stem) > 0) {
      keys[last] = stem;
      genitive = true;
    }
  }
  // A word before a first name that is none itself is a title the cue lists do not hold
  // ("Supervisor Alfredo Pedroza", "Councilmember …"): the name starts at the first name.
  // (Not before a hyphenated given name: "Chiang Kai-shek" is the whole name.)
  if (
    keys.length >= 3 &&
    isFirstName(keys[1] as string) &&
    !isFirstName(keys[0] as string) &&
    !hyphenSyllables(doc, to - 2)
  )
    return {
      from: from + 1,
      to,
      keys: keys.slice(1),
      kind: 'other',
      cued,
      genitive,
      signed: false,
      corrected: false,
    };
  return { from, to, keys, kind: 'other', cued, genitive, signed: false, corrected: false };
}

/**
 * Words `from`..`to` (keys `keys`) are a Vietnamese name in Western order: a family name last and
 * none first ("Minh Thu Tran", "Linh Pham").
 */
function westernOrder(doc: Doc, from: number, to: number, keys: readonly string[]): boolean {
  const tokens = doc.tokens;
  const word = (k: number) => doc.text.slice(tokens.start(k), tokens.end(k));
  return (
    isFamilyName(word(to - 1), keys[keys.length - 1] as string) &&
    !isFamilyName(word(from), keys[0] as string)
  );
}

/**
 * Words `from`..`to` are a given name and a family name that the text also writes alone, away from
 * other capitalised words ("William Heath, …" then "Heath returned"; "Tage Erlanders" then
 * "efterträdde Erlander"): a person's name, as a reporter names someone once in full.
 */
function surnameUsedAlone(
  doc: Doc,
  from: number,
  to: number,
  keys: readonly string[],
  genitiveOk: boolean,
  covered: Uint8Array,
): boolean {
  if (keys.length !== 2) return false;
  const first = keys[0] as string;
  const family = keys[1] as string;
  // Neither word a common English word ("See Facebook", "Free Software", "Christian America") or a
  // particle ("De Miranda", "Der Zorn"), and the family name in title case ("Tory MPs" is none).
  if (first.length < MIN_REFERENCE || PARTICLES.has(first)) return false;
  if (!isFirstName(first) && !isSwedishGivenName(first)) return false;
  if (family.length < MIN_REFERENCE || englishRank(first) >= 0 || englishRank(family) >= 0) return false;
  const tokens = doc.tokens;
  if (!titleCase(doc.text, tokens.start(to - 1), tokens.end(to - 1))) return false;
  // The two words alone, not part of a longer name ("René-Charles Dion Angélil", "Cristina Gil …").
  if (
    from > 0 &&
    tokens.capital(from - 1) &&
    /^[ \u00a0-]$/u.test(doc.text.slice(tokens.end(from - 1), tokens.start(from)))
  )
    return false;
  if (to < tokens.length && spaced(doc, to - 1) && tokens.capital(to)) return false;
  const stem = genitiveOk && family.endsWith('s') ? family.slice(0, -1) : null;
  const capitals = tokens.capitals();
  for (let c = 0; c < capitals.length; c++) {
    const k = capitals[c] as number;
    if (k >= from && k < to) continue;
    const word = tokens.word(k) as string;
    if (word !== family && word !== stem && (!genitiveOk || word !== `${family}s`)) continue;
    const alone =
      !covered[k] &&
      (k === 0 || !spaced(doc, k - 1) || !tokens.capital(k - 1) || sentenceStart(doc.text, tokens, k)) &&
      (k + 1 >= tokens.length || !spaced(doc, k) || !tokens.capital(k + 1));
    if (alone) return true;
  }
  return false;
}

/** Word `k` opens a match of the knowledge base that is only countries. */
/** Some word of `from`..`to` starts a match of a company or another body ("Sakura Mitsui" is a bank's name). */
function companyIn(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const at = doc.matches.startingAt(k);
    if (at >= 0 && (doc.matches.passing[at] as Passing).ids.some((id) => id.startsWith('org:'))) return true;
  }
  return false;
}

function countryAt(doc: Doc, k: number): boolean {
  const ids = idsStartingAt(doc, k);
  return ids.length > 0 && ids.every((id) => id.startsWith('country:'));
}

/** A match of the knowledge base that names organisations or outlets only starts at word `k`. */
function bodyAt(doc: Doc, k: number): boolean {
  const ids = idsStartingAt(doc, k);
  return ids.length > 0 && ids.every((id) => id.startsWith('org:') || id.startsWith('outlet:'));
}

/** A place a company names its branch after: a Vietnamese province, Viet Nam or Japan ("Sagawa Express Vietnam"). */
const branchPlace = (id: string): boolean =>
  id.startsWith('vn-province-') || id === 'country:VN' || id === 'country:JP';

/**
 * The last one or two of words `from`..`to` (with at least one word before them) spell a
 * Vietnamese province's name, or Viet Nam's or Japan's, matched or not ("Simexco Dak Lak",
 * "Becamex Binh Duong", "Sagawa Express Vietnam").
 */
function endsOnProvinceName(doc: Doc, from: number, to: number): boolean {
  for (const words of [2, 1]) {
    if (to - words <= from) continue;
    const forms = formsSpelt(doc, to - words, to);
    if (forms?.some((f) => f.ids.length > 0 && f.ids.every(branchPlace))) return true;
  }
  return false;
}

/** Particles that open family names or articles that open titles: no given name ("De", "Von", "Der"). */
const PARTICLES: ReadonlySet<string> = new Set([
  'der',
  'den',
  'des',
  'die',
  'das',
  'von',
  'van',
  'del',
  'dos',
  'les',
  'los',
  'las',
]);

/** The text from `start` to `end` has a capital first and none after it. */
function titleCase(text: string, start: number, end: number): boolean {
  for (let c = start + 1; c < end; c++) {
    const ch = text[c] as string;
    if (ch !== ch.toLowerCase()) return false;
  }
  return true;
}

let firstNames: Set<string> | undefined;

/** An English first name, by key ("nick", "alfredo"). */
function isFirstName(key: string): boolean {
  firstNames ??= new Set([
    ...GIVEN_NAMES.split('|').map((n) => n.toLowerCase()),
    ...FIRST_NAMES_THAT_ARE_WORDS.split(' '),
  ]);
  return firstNames.has(key);
}

/**
 * Whether the words of a run read as a phrase of common English words rather than a name: its
 * first word is no first name, not every word reads as Japanese, and the first word, or the last
 * of a pair, is among the most frequent English words.
 */
function phraseOfWords(keys: readonly string[]): boolean {
  const first = keys[0] as string;
  // A Japanese name may hold a word spelt like an English one ("Chuichi Date").
  if (isFirstName(first) || keys.every((k) => romajiMorae(k) > 0)) return false;
  // A common first word with no common word after it is a family name spelt like a word ("Hong
  // Lei", "Song Tao"), not a phrase.
  if (englishRank(first) >= 0) return keys.slice(1).some(commonWord);
  // The last word only of a pair: longer names end in syllables of East Asian names that English
  // also spells ("Hwang Chul Min").
  return keys.length === 2 && englishRank(keys[1] as string) >= 0;
}

/**
 * Two names of as many words end in other given names that are both Vietnamese syllables: two
 * people ("Le Van Nam", "Le Van Tam"), not one misspelt. (A family name one letter off, "Doan" and
 * "Dao" before the same given names, is still one.) Folding keys.
 */
function otherSyllable(a: readonly string[], b: readonly string[]): boolean {
  const x = a[a.length - 1] as string;
  const y = b[b.length - 1] as string;
  return x !== y && isVietnameseSyllable(x) && isVietnameseSyllable(y);
}

/** A frequent English word, or the plural of one ("exchanges"), by folding key. */
function commonWord(k: string): boolean {
  return englishRank(k) >= 0 || (k.endsWith('s') && englishRank(k.slice(0, -1)) >= 0);
}

/** A local person stage's result: the mentions it adds, and the KB matches it replaces. */
export interface LocalPeople {
  found: [number, EntityMention][];
  /** Word indexes of single-word KB matches that are part of a local person's name. */
  replaced: Set<number>;
}

/**
 * People the knowledge base lacks: full personal names become entities local to the text
 * (`local:person:mai-tien-dung`), and later single words of them ("Dung said", "Mr. Anh",
 * "Chikahisa noted") short references to them. Names written with and without marks are one
 * person, displayed in the marked form.
 *
 * @param replaceable word index → whether a KB match of that single word may be read as part of a name
 */
export function localPeople(
  doc: Doc,
  covered: Uint8Array,
  language: string | null,
  replaceable: (i: number) => boolean,
  inTitle?: Uint8Array,
  known: readonly [number, EntityMention][] = [],
): LocalPeople {
  const tokens = doc.tokens;
  const n = tokens.length;
  const genitiveOk = language === 'sv';
  const otherLanguage = language === OTHER_LANGUAGE;
  const candidates: Candidate[] = [];
  const free = (i: number) => !covered[i] || replaceable(i);
  const vietnameseText = language === 'vi' || language === null;
  // Vietnamese names in Western order are English and Swedish text's ("By Minh Thu Tran"): in
  // Vietnamese, capitalised syllables without a family name first are titles ("Pho Chu tich").
  const westernOk = language === 'en' || language === 'sv';
  // Names start on capitalised words: only those are visited.
  const capitals = tokens.capitals();
  // The end of the last name read with a cue: the next item of a list after it is cued too.
  let cuedEnd = -1;
  for (let c = 0, next = 0; c < capitals.length; c++) {
    const i = capitals[c] as number;
    // Cheap tests first: most words are not followed by a capitalised word.
    if (i < next || i + 1 >= n || !tokens.capital(i + 1) || !free(i) || !free(i + 1)) continue;
    if (!spaced(doc, i) || !nameWord(doc, i) || !nameWord(doc, i + 1)) continue;
    let to = i + 2;
    while (to < n && to - i < MAX_RUN && spaced(doc, to - 1) && free(to) && nameWord(doc, to)) to++;
    if (to - i >= MAX_RUN) {
      next = to;
      continue;
    }
    // A romanised Korean or Chinese given name joined by a hyphen ends the name ("Cho Tae-yul").
    if (to < n && free(to) && hyphenSyllables(doc, to - 1)) to++;
    const runEnd = to;
    // The run's folding keys, read once for every name tried in it.
    const runKeys: string[] = [];
    for (let k = i; k < runEnd; k++) runKeys.push(tokens.word(k) as string);
    // Words before the name inside the run may be a role ("Ambassador Ishii Chikahisa").
    let found: Candidate | null = null;
    for (let from = i; from <= runEnd - 2 && !found; from++) {
      if (covered[from] && !replaceable(from)) continue;
      // No name starts inside a title written alone ("Chủ tịch UBND TP Hà Nội" is no "Hà Nội").
      if (inTitle?.[from]) continue;
      // Not the tail of a Vietnamese name that was refused ("… Huynh | Van Son").
      if (from > i && !covered[from - 1]) {
        const before = doc.text.slice(tokens.start(from - 1), tokens.end(from - 1));
        if (isFamilyName(before, runKeys[from - 1 - i] as string)) break;
      }
      const listed = cuedEnd >= 0 && nextInList(doc, cuedEnd, from);
      for (let end = Math.min(runEnd, from + MAX_NAME_WORDS); end >= from + 2 && !found; end--) {
        if (end < runEnd && !covered[end]) continue;
        const keys = runKeys.slice(from - i, end - i);
        found = readName(doc, from, end, keys, genitiveOk, covered, otherLanguage, listed, westernOk);
        // A name that takes a word the knowledge base matched alone ("Nagasaki Kotaro") needs a cue.
        if (found && !found.cued && covered[from]) found = null;
      }
    }
    // A given name joined by a hyphen before the first opens the name too ("Anna-Karin Ek").
    if (found && found.from > 0 && tokens.hyphenated(found.from - 1) && free(found.from - 1)) {
      const k = found.from - 1;
      const key = tokens.word(k) as string;
      if (tokens.capitalisedWord(k) && (isFirstName(key) || isSwedishGivenName(key)))
        found = { ...found, from: k, keys: [key, ...found.keys] };
    }
    if (found) {
      candidates.push(found);
      if (found.cued) cuedEnd = found.to;
    }
    next = runEnd;
  }

  // A person named by given names alone after "tên" or "tên là" (named), in Vietnamese text: "Bé
  // nhà em tên là Nam", "em tên Minh Anh".
  if (vietnameseText) candidates.push(...namedAfterTen(doc, covered, candidates));

  // One local person per name, whatever the marks; a name one letter off another with as many
  // words (two letters for long names) is a misspelling of the more frequent one.
  const counts = new Map<string, number>();
  for (const c of candidates) counts.set(c.keys.join(' '), (counts.get(c.keys.join(' ')) ?? 0) + 1);
  const canonical = new Map<string, string>();
  const names = [...counts.keys()].sort((a, b) => (counts.get(b) as number) - (counts.get(a) as number));
  // A misspelling keeps at least one word of the name as it is: only names sharing a word are
  // compared, and a word shared by very many names (a common family name) does not pair them, so
  // the comparisons stay near linear in the number of names however long the text.
  const rank = new Map(names.map((name, i) => [name, i]));
  const byWord = new Map<string, string[]>();
  for (const name of names)
    for (const word of new Set(name.split(' '))) {
      const list = byWord.get(word);
      if (list) list.push(name);
      else byWord.set(word, [name]);
    }
  // A foreign name of two words written in both orders is one person ("Yamamoto Ichita", "Ichita
  // Yamamoto"): the later order is the earlier's, and no misspelling.
  const foreignNames = new Set(
    candidates.filter((c) => c.kind !== 'vietnamese').map((c) => c.keys.join(' ')),
  );
  const reordered = new Set<string>();
  for (let a = 0; a < names.length; a++) {
    const name = names[a] as string;
    if (canonical.has(name)) continue;
    canonical.set(name, name);
    const words = name.split(' ');
    if (words.length === 2 && foreignNames.has(name)) {
      const reversed = `${words[1]} ${words[0]}`;
      if (foreignNames.has(reversed) && !canonical.has(reversed)) {
        canonical.set(reversed, name);
        reordered.add(reversed);
      }
    }
    for (const word of new Set(words)) {
      const sharing = byWord.get(word) as string[];
      if (sharing.length > MAX_SHARING) continue;
      for (const other of sharing) {
        if ((rank.get(other) as number) <= a || canonical.has(other)) continue;
        if (other.split(' ').length !== words.length) continue;
        const max = Math.min(name.length, other.length) >= LONG_NAME ? 2 : 1;
        if (levenshtein(name, other, max) <= max && !otherSyllable(words, other.split(' ')))
          canonical.set(other, name);
      }
    }
  }
  for (const c of candidates) {
    const key = c.keys.join(' ');
    const to = canonical.get(key) as string;
    if (to !== key) {
      c.keys = to.split(' ');
      c.corrected = !reordered.has(key);
    }
  }
  const locals = new Map<string, Local>();
  for (const c of candidates) {
    const id = LOCAL_PERSON + c.keys.join('-');
    const start = tokens.start(c.from);
    let written = doc.text.slice(start, tokens.end(c.to - 1));
    if (c.genitive) written = written.slice(0, -1);
    // A misspelt form never names the person.
    const m = c.corrected ? -1 : marks(written);
    const local = locals.get(id);
    if (!local)
      locals.set(id, {
        id,
        kind: c.kind,
        keys: c.keys,
        name: written,
        nameMarks: m,
        signed: c.signed,
      });
    else {
      if (m > local.nameMarks) {
        local.name = written;
        local.nameMarks = m;
      }
      if (c.signed) local.signed = true;
    }
  }
  const found: [number, EntityMention][] = [];
  const replaced = new Set<number>();
  if (locals.size === 0) {
    // (Roles still stand alone for the people of the knowledge base.)
    byRole(doc, candidates, locals, covered, found, known);
    return { found, replaced };
  }
  const make = (from: number, to: number, local: Local, flags: typeof NO_FLAGS): EntityMention => {
    const start = tokens.start(from);
    const end = tokens.end(to - 1);
    return {
      id: local.id,
      type: 'person',
      text: doc.text.slice(start, end),
      start,
      end,
      flags,
      office: null,
      holder: null,
      name: local.name,
    };
  };
  for (const c of candidates) {
    const local = locals.get(LOCAL_PERSON + c.keys.join('-')) as Local;
    const m = make(c.from, c.to, local, c.corrected ? CORRECTED : NO_FLAGS);
    if (c.genitive) m.inflection = 'genitive';
    found.push([c.from, m]);
    for (let k = c.from; k < c.to; k++) {
      if (covered[k]) replaced.add(k);
      covered[k] = 1;
    }
  }

  // The full name again without a cue, or misspelt ("Sbaka Mitsuo" beside "Sakaba Mitsuo"):
  // a run of as many capitalised words as a foreign local name, that name or near it.
  // Every spelling seen of a foreign local name, with the person it is.
  const foreign: { name: string; words: number; local: Local }[] = [];
  for (const [name, to] of canonical) {
    const local = locals.get(LOCAL_PERSON + to.split(' ').join('-'));
    if (local?.kind === 'other') foreign.push({ name, words: local.keys.length, local });
  }
  if (foreign.length > 0) {
    for (let c = 0; c < capitals.length; c++) {
      const i = capitals[c] as number;
      // (A name found here covers its words: the visits that follow skip them.)
      if (i + 1 >= n || covered[i] || (i > 0 && spaced(doc, i - 1) && nameWord(doc, i - 1))) continue;
      let to = i;
      while (to < n && to - i <= 3 && !covered[to] && nameWord(doc, to) && (to === i || spaced(doc, to - 1)))
        to++;
      if (to - i < 2 || to - i > 3 || (to < n && spaced(doc, to - 1) && nameWord(doc, to))) continue;
      const keys: string[] = [];
      for (let k = i; k < to; k++) keys.push(tokens.word(k) as string);
      const key = keys.join(' ');
      let hit: Local | null = null;
      let ambiguous = false;
      for (const { name, words, local } of foreign) {
        if (words !== keys.length || local === hit) continue;
        const max = Math.min(name.length, key.length) >= LONG_NAME ? 2 : 1;
        if (levenshtein(name, key, max) > max) continue;
        ambiguous = hit !== null;
        hit = local;
      }
      if (ambiguous) continue;
      if (!hit) continue;
      const m = make(i, to, hit, key === hit.keys.join(' ') ? NO_FLAGS : CORRECTED);
      found.push([i, m]);
      covered.fill(1, i, to);
    }
  }

  // Short references: a single word of a local person's name. Vietnamese go by the given name
  // (the last word), others by either word; a word two local people share goes to the one named
  // nearest before it.
  const references = new Map<string, Local | null>();
  const refer = (key: string, local: Local) => {
    if (key.length < MIN_REFERENCE && local.kind !== 'vietnamese') return;
    const seen = references.get(key);
    references.set(key, seen === undefined || seen === local ? local : null);
  };
  // A Vietnamese of three words or more also goes by the last two ("Tu A" for Trinh Tu A),
  // unless the first of them is a middle name (Văn, Thị).
  const pairs = new Map<string, Local | null>();
  for (const local of locals.values()) {
    if (local.kind === 'vietnamese') refer(local.keys[local.keys.length - 1] as string, local);
    else for (const key of local.keys) refer(key, local);
    const k = local.keys.length;
    // (So does one of two given names who signs a post so: "Thu Hà", a blogger.)
    const given = k === 2 && local.signed;
    if (
      local.kind === 'vietnamese' &&
      (given || (k >= 3 && !MIDDLE_NAMES.has(local.keys[k - 2] as string)))
    ) {
      const pair = `${local.keys[k - 2]} ${local.keys[k - 1]}`;
      const seen = pairs.get(pair);
      pairs.set(pair, seen === undefined || seen === local ? local : null);
    }
  }
  // In English and Swedish a Vietnamese also goes by the family name, as news agencies write it
  // ("Nguyen said", "säger Pham"): a key no local person goes by otherwise, read only with a cue.
  const families = new Map<string, Local | null>();
  if (!vietnameseText)
    for (const local of locals.values()) {
      if (local.kind !== 'vietnamese' || local.keys.length < 2) continue;
      const key = local.keys[0] as string;
      if (references.has(key)) continue;
      const seen = families.get(key);
      families.set(key, seen === undefined || seen === local ? local : null);
    }
  if (pairs.size > 0) {
    for (let c = 0; c < capitals.length; c++) {
      const i = capitals[c] as number;
      if (i + 1 >= n || !tokens.capital(i + 1) || covered[i] || covered[i + 1]) continue;
      if (!spaced(doc, i) || !nameWord(doc, i) || !nameWord(doc, i + 1)) continue;
      // Not inside a longer run of capitalised words (another name).
      if (i > 0 && spaced(doc, i - 1) && nameWord(doc, i - 1) && !OPENERS.has(tokens.word(i - 1) as string))
        continue;
      if (i + 2 < n && spaced(doc, i + 1) && nameWord(doc, i + 2)) continue;
      const local = pairs.get(`${tokens.word(i)} ${tokens.word(i + 1)}`);
      if (!local) continue;
      found.push([i, make(i, i + 2, local, SHORT_REFERENCE)]);
      covered.fill(1, i, i + 2);
    }
  }
  // Words read as references so far, and whether word `i` stands in a list beside another
  // local person's reference by one word ("bắt giữ Thắng, Tuấn và Nam", "Hằng, Khải và Anh"):
  // an item of a list of people is a person's name too.
  const made = new Set<number>();
  // (A bare name: not one after a word of address or "Theo", "Theo ông Phúc, Huế …".)
  const nameItem = (j: number): boolean =>
    j >= 0 &&
    j < n &&
    tokens.capital(j) &&
    (!covered[j] || made.has(j) || replaceable(j)) &&
    (references.get(tokens.word(j) as string) ?? null) !== null &&
    !honorificBefore(doc, j) &&
    !(j > 0 && tokens.is(j - 1, 'theo'));
  const listAnd = (k: number): boolean => !tokens.capital(k) && LIST_AND.has(tokens.word(k) as string);
  const listedWithNames = (i: number): boolean => {
    const [before, after] = listNeighbours(doc, i, listAnd);
    return nameItem(before) || nameItem(after);
  };
  // Words of the length of a reference (or one more, for a genitive s): the rest are skipped
  // before their key is read.
  const lengths = new Set<number>();
  for (const key of [...references.keys(), ...families.keys()]) {
    lengths.add(key.length);
    if (genitiveOk) lengths.add(key.length + 1);
  }
  for (let c = 0; c < capitals.length; c++) {
    const i = capitals[c] as number;
    // A word the knowledge base read alone (a place, a country) is the person's after a word of
    // address ("anh Duc"), before a verb of saying ("Duc noi", "Lund said") or after one that
    // ends the clause ("säger Vinh."), or before the person's age ("Vinh, 34, är född i Vinh").
    // So is a place's name that is the given name of a Vietnamese named in full before it, where
    // nothing around it makes it a place ("Le Quang Vinh … Vinh pekar på", beside "i Vinh").
    // (That last is asked after the cheap tests below: most such words are no reference's length.)
    let uncued = false;
    if (covered[i]) {
      if (!replaceable(i)) continue;
      uncued = !(
        honorificBefore(doc, i) ||
        saidAfter(doc, i) ||
        saidBefore(doc, i) ||
        ageAfter(doc, i + 1) ||
        listedWithNames(i)
      );
    }
    const length = tokens.end(i) - tokens.start(i);
    // Marks written as combining characters make a word longer than its key: not skipped then.
    if (!lengths.has(length) && length <= MAX_REFERENCE_TEXT && !mayCombine(doc, i)) continue;
    if (!nameWord(doc, i)) continue;
    const bearer = uncued && bearerNotPlace(doc, i, candidates, locals, vietnameseText);
    if (uncued && !bearer) continue;
    let key = tokens.word(i) as string;
    let local = references.get(key);
    let genitive = false;
    if (local === undefined && genitiveOk && key.endsWith('s')) {
      local = references.get(key.slice(0, -1));
      genitive = local !== undefined;
      key = key.slice(0, -1);
    }
    // A word two local people share: the one named in full nearest before it ("Le Minh Vinh, …
    // Vinh cautioned" beside Nguyen Duc Vinh), if one is.
    if (local === null) local = nearestBearer(candidates, locals, key, i);
    // A family name: with a verb of saying, a word of address or the age ("Tran said", "Ms.
    // Tran", "säger Nguyen.", "Nguyen, 34,"); elsewhere it may be another of the family's.
    if (local === undefined && !genitive) {
      local = families.get(key);
      if (
        local !== undefined &&
        !(saidAfter(doc, i) || saidBefore(doc, i) || honorificBefore(doc, i) || ageAfter(doc, i + 1))
      )
        continue;
    }
    if (!local) continue;
    // Written with other marks than the person's name ("Thủ" is not "Thu"): another word.
    if (local.kind === 'vietnamese' && local.nameMarks > 0 && mayCombine(doc, i)) {
      const written = safeNormalize(doc.text.slice(tokens.start(i), tokens.end(i))).toLowerCase();
      const words = local.name.normalize('NFC').toLowerCase().split(/\s+/u);
      const word = genitive ? written.slice(0, -1) : written;
      // (Where the page has lost marks on some words, a name word written without them may be
      // the word written with them: "Nguyễn Thanh Binh" … "ông Bình".)
      const stripped = (w: string) =>
        doc.tokens.partialMarks && !hasVietnameseMarks(w) && foldKey(w) === foldKey(word);
      if (!words.includes(word) && !words.some(stripped)) continue;
    }
    // Part of a longer run of capitalised words: another name, not this one. (A role opening the
    // sentence is none: "Talmannen Norlén sade".)
    if (
      (i > 0 &&
        spaced(doc, i - 1) &&
        nameWord(doc, i - 1) &&
        !covered[i - 1] &&
        !OPENERS.has(tokens.word(i - 1) as string) &&
        !endsInRole(tokens.word(i - 1) as string)) ||
      (spaced(doc, i) && nameWord(doc, i + 1))
    )
      if (!honorificBefore(doc, i)) continue;
    // Half of a hyphenated name ("René-Charles", a son of René): another name.
    if (hyphenedToName(doc, i - 1) || hyphenedToName(doc, i)) continue;
    // After a preposition of place the word is a place ("ett forskningscenter i Lund" beside fru Lund).
    if (i > 0 && spaced(doc, i - 1) && PLACE_PREPOSITIONS.has(tokens.word(i - 1) as string)) continue;
    // A Vietnamese given name is often a word too ("Nam", "Hai"): in Vietnamese text only after
    // an honorific or title or before a predicate only a person has ("Long khai nhận"), elsewhere
    // also before a verb of saying or on its own.
    if (local.kind === 'vietnamese') {
      const cue =
        bearer ||
        honorificBefore(doc, i) ||
        cueBefore(doc, i, covered) ||
        cueAfter(doc, i + 1) ||
        personPredicate(doc.text, tokens, i + 1) ||
        ageAfter(doc, i + 1) ||
        listedWithNames(i) ||
        (!covered[i] && subjectCue(doc, i));
      if (vietnameseText && !cue) continue;
      // (A given name of two letters is read alone in English and Swedish too, unless it is a word
      // of the text's language: "Ha finishes her shift", not "An official said", Swedish "Ha det bra";
      // one of a letter only with its full stop, as papers shorten a name: "A. turned 20", not "A man".)
      if (
        key.length < MIN_REFERENCE &&
        !cue &&
        (key.length === 1
          ? doc.text.charCodeAt(tokens.end(i)) !== 46
          : commonShortWord(key, genitiveOk ? 'sv' : 'en'))
      )
        continue;
    }
    const m = make(i, i + 1, local, SHORT_REFERENCE);
    if (genitive) m.inflection = 'genitive';
    found.push([i, m]);
    if (covered[i]) replaced.add(i);
    covered[i] = 1;
    made.add(i);
  }
  byRole(doc, candidates, locals, covered, found, known);
  found.sort((a, b) => a[0] - b[0]);
  return { found, replaced };
}

/**
 * Vietnamese words that follow a clause's subject: aspect, modality and the copula ("Long đang
 * nghiên cứu", "Trang là người …", "Lộc quê ở …"). Marked spellings.
 */
const SUBJECT_MARKERS: ReadonlySet<string> = new Set(
  'đang sẽ đã từng vừa mới cũng vẫn không chưa muốn được bị là quê hiện thường luôn liền tự cùng'.split(' '),
);
/** {@link SUBJECT_MARKERS} folded, for text that lost its marks. */
const SUBJECT_MARKER_KEYS: ReadonlySet<string> = new Set([...SUBJECT_MARKERS].map(foldKey));
/**
 * Verbs of telling that follow a speaker's name ("Trang kể …", "Hùng nói …", "Lan cười"), read
 * with their marks only: without them they are other words too ("ke", "noi", "cuoi").
 */
const SPEECH_MARKERS: ReadonlySet<string> = new Set('kể nói cười bày nhớ hỏi đáp'.split(' '));
/** Words a Vietnamese introduces himself with before his name ("em là Khoa", "mình tên Nam"). */
const SELF_WORDS: ReadonlySet<string> = new Set(['em', 'minh', 'toi', 'chau', 'con']);
/**
 * Given names that are also pronouns when written without marks ("Minh" for "mình", I): the words
 * of address, those a writer introduces himself with, and "bạn" (you).
 */
const PRONOUN_KEYS: ReadonlySet<string> = new Set([...ADDRESS_KEYS, ...SELF_WORDS, 'ban']);

/**
 * Word `i`, a Vietnamese given name, stands where only a person's name does:
 * - first in its clause, before a word that follows a subject ("Long đang …", "…, Trang là …");
 * - after a quotation and its comma, as the speaker ("…", Đức cười");
 * - as the source of what follows ("Theo Long, …");
 * - after the words a writer introduces himself with ("em là Khoa", "em tên Phương").
 * A name that is also a pronoun counts only written with its marks.
 */
function subjectCue(doc: Doc, i: number): boolean {
  const { text, tokens } = doc;
  const written = text.slice(tokens.start(i), tokens.end(i));
  if (PRONOUN_KEYS.has(tokens.word(i) as string) && !hasVietnameseMarks(written)) return false;
  // The first word of a role ("Thị trưởng nói", any "… trưởng", a head): no name.
  if (
    i + 1 < tokens.length &&
    gap(doc, i) === ' ' &&
    (rolePairBefore(doc, i + 2) || tokens.is(i + 1, 'truong'))
  )
    return false;
  for (let to = i + 1; to <= i + 3 && to <= tokens.length; to++) {
    const title = doc.titles.endingAt(to);
    if (title >= 0 && doc.titles.from(title) === i) return false;
  }
  const before = i > 0 ? gap(doc, i - 1) : '';
  if (i > 0 && /["”»]\s*,\s*$|,["”]\s+$/u.test(before)) return true;
  if (i > 0 && /^\s+$/u.test(before)) {
    const k1 = tokens.word(i - 1) as string;
    if (k1 === 'theo' && /^,\s/u.test(gap(doc, i))) return true;
    if (
      (k1 === 'la' || k1 === 'ten') &&
      i > 1 &&
      /^\s+$/u.test(gap(doc, i - 2)) &&
      SELF_WORDS.has(tokens.word(i - 2) as string)
    )
      return true;
  }
  if (!(sentenceStart(text, tokens, i) || /^,\s+$/u.test(before)) || i + 1 >= tokens.length) return false;
  if (gap(doc, i) !== ' ' || tokens.capital(i + 1)) return false;
  const next = markedSpelling(text.slice(tokens.start(i + 1), tokens.end(i + 1)));
  if (SUBJECT_MARKERS.has(next) || SPEECH_MARKERS.has(next)) return true;
  return (
    !hasVietnameseMarks(next) &&
    (tokens.noMarks || tokens.partialMarks) &&
    SUBJECT_MARKER_KEYS.has(tokens.word(i + 1) as string)
  );
}

/** Most words of a body between a role and a name ("Phó Chủ tịch UBND TPHCM Bùi Minh Thạnh"). */
const MAX_ROLE_BODY = 3;

/** Vietnamese words for the unit of a body named by its abbreviation ("UBND tỉnh", "UBND thành phố"), as keys. */
const UNIT_WORDS: ReadonlySet<string> = new Set(['tinh', 'thanh', 'pho', 'huyen', 'xa', 'phuong', 'quan']);

/** Whether word `i` is an abbreviation in capitals ("UBND") or a word the knowledge base matched. */
const bodyWord = (doc: Doc, i: number, covered: Uint8Array): boolean =>
  covered[i] === 1 ||
  (doc.tokens.end(i) - doc.tokens.start(i) > 1 && doc.tokens.allCaps(i)) ||
  unitWord(doc, i);

/**
 * Word `i` is a unit's word in lower case after a body's abbreviation, or after another such word:
 * "tỉnh" in "Chủ tịch UBND tỉnh Võ Văn Minh", "phố" in "UBND thành phố".
 */
function unitWord(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  if (i < 1 || tokens.capital(i) || !UNIT_WORDS.has(tokens.key(i) as string)) return false;
  const before = i - 1;
  if (tokens.end(before) - tokens.start(before) > 1 && tokens.allCaps(before)) return true;
  return before >= 1 && tokens.is(before, 'thanh') && tokens.is(i, 'pho') && tokens.allCaps(before - 1);
}

/**
 * The role ending at word `end` (exclusive), as a key: a title of the knowledge base, a
 * Vietnamese two-word role ("Chủ tịch", with "Phó" in front kept: a vice is another role), or a
 * one-word role; with where it starts. Null when there is none.
 */
function roleEndingAt(doc: Doc, end: number): { from: number; key: string } | null {
  const tokens = doc.tokens;
  const title = doc.titles.endingAt(end);
  let from = -1;
  if (title >= 0) from = doc.titles.from(title);
  else if (rolePairBefore(doc, end)) from = end - 2;
  else if (end >= 1 && swedishOrRole(tokens.word(end - 1) as string)) from = end - 1;
  if (from < 0) return null;
  if (from > 0 && ROLE_MODIFIERS.has(tokens.word(from - 1) as string)) from--;
  const words: string[] = [];
  for (let k = from; k < end; k++) words.push(tokens.word(k) as string);
  // A Swedish role is one whether definite or not ("specialambassadören", "specialambassadör").
  words[words.length - 1] = indefinite(words[words.length - 1] as string);
  return { from, key: words.join(' ') };
}

/** A role, or a Swedish one with a definite ending the role words lack ("specialambassadörens"). */
const swedishOrRole = (key: string): boolean => endsInRole(key) || indefinite(key) !== key;

/** A Swedish role's key without its definite ending ("specialambassadoren" → "specialambassador"). */
function indefinite(key: string): string {
  for (const ending of DEFINITE_ENDINGS)
    if (key.length > ending.length + 3 && key.endsWith(ending) && endsInRole(key.slice(0, -ending.length)))
      return key.slice(0, -ending.length);
  return key;
}

/**
 * Word `i` is a Swedish compound role that the vocabulary lacks, as one of `keys` (indefinite) or
 * with a definite ending ("specialambassadören" for "specialambassador"): read in place, uncopied.
 */
function compoundRole(doc: Doc, i: number, keys: readonly string[]): boolean {
  const tokens = doc.tokens;
  const length = tokens.end(i) - tokens.start(i);
  for (const key of keys) {
    if (length < key.length || length > key.length + 3) continue;
    if (tokens.is(i, key)) return true;
    for (const ending of DEFINITE_ENDINGS) if (tokens.is(i, key + ending)) return true;
  }
  return false;
}

/**
 * English number words, no word of a person's name ("Page Six" is a column). Vietnamese ones are
 * given names too ("Ba", "Năm", "Sáu"), and are left out.
 */
const NUMBER_WORDS: ReadonlySet<string> = new Set(
  'one two three four five six seven eight nine ten eleven twelve twenty hundred thousand million'.split(' '),
);

/** Articles and determiners, capitalised first in a sentence before a role: no qualifier of it. */
const ARTICLES: ReadonlySet<string> = new Set(
  'the a an this that our their his her its de het een der die das le la les el en ett den det dess'.split(
    ' ',
  ),
);

/** Words that tie a role to the body or country it is of ("president of France", Dutch "van"). */
const ROLE_OF: ReadonlySet<string> = new Set(['of', 'van', 'von', 'av', 'de', 'di', 'cua']);
/** Articles between such a word and the body's name ("president of the Japan … Association"). */
const BODY_ARTICLES: ReadonlySet<string> = new Set(['the', 'den', 'det']);

/**
 * The key of the capitalised word that qualifies the role starting at word `from` ("Russian" in
 * "Russian President", "French" in "the French president"), or '' if none: the word right before
 * it, unless an article or an honorific ("The president", "Ngài Thống đốc").
 */
function roleQualifier(doc: Doc, from: number): string {
  const tokens = doc.tokens;
  const k = from - 1;
  if (k < 0 || !spaced(doc, k) || !tokens.capital(k)) return '';
  const key = tokens.word(k) as string;
  return ARTICLES.has(key) || HONORIFICS.has(key) ? '' : key;
}

/**
 * The role ending before word `end` is tied to a body or country after it ("president of France")
 * or to any ("mayor of an American city").
 */
function roleOf(doc: Doc, end: number): boolean {
  const tokens = doc.tokens;
  return (
    end + 1 < tokens.length &&
    spaced(doc, end - 1) &&
    spaced(doc, end) &&
    ROLE_OF.has(tokens.word(end) as string) &&
    (tokens.capital(end + 1) ||
      INDEFINITE.has(tokens.word(end + 1) as string) ||
      (BODY_ARTICLES.has(tokens.word(end + 1) as string) &&
        end + 2 < tokens.length &&
        tokens.capital(end + 2)))
  );
}

/**
 * A role standing alone for the local person the text introduced with it: "Thống đốc Muraoka
 * Tsugumasa … Ngài Thống đốc", "Phó Chủ tịch UBND TPHCM Bùi Minh Thạnh … Phó Chủ tịch UBND TPHCM
 * trân trọng cảm ơn". Read only when one local person of the text had that role before the name,
 * and no name follows the role (a body in capitals or of the knowledge base may).
 */
function byRole(
  doc: Doc,
  candidates: readonly Candidate[],
  locals: ReadonlyMap<string, Local>,
  covered: Uint8Array,
  found: [number, EntityMention][],
  known: readonly [number, EntityMention][],
): void {
  const tokens = doc.tokens;
  const starts = new Set<number>();
  for (const [i] of found) starts.add(i);
  // (The short references other stages read are names too: "Deputy Minister Chien" is a title.)
  for (const [i, m] of known) if (m.type === 'person') starts.add(i);
  const roles = new Map<string, Person | null>();
  // The word that qualified each role where it introduced the person ("Russian" President).
  const qualifiers = new Map<string, string>();
  // Where each person is first named: a role refers back to the person, or forward to the name in
  // its own sentence ("specialambassadören för Vietnam och Japan, Sugi Ryotaro"), not to a person
  // named later in the text.
  const named = new Map<string, number>();
  // Where the names of the text start: local people's and the knowledge base's.
  const nameStarts = new Set<number>();
  for (const c of candidates) nameStarts.add(c.from);
  for (let k = 0; k < doc.matches.length; k++)
    if ((doc.matches.passing[k] as Passing).ids.some((id) => doc.index.types.get(id) === 'person'))
      nameStarts.add(doc.matches.from[k] as number);
  /** Keys that are the heads of longer roles: they stand alone only capitalised ("the Minister"). */
  const heads = new Set<string>();
  /** Records the role that introduces the person named at words `from`..`to`, if one does. */
  const note = (from: number, to: number, local: Person): void => {
    named.set(local.id, Math.min(named.get(local.id) ?? from, from));
    // A military rank between the role and the name ("Defence Minister General Phan Van Giang")
    // is a role of its own ("the General"), and the role before it introduces the name too.
    const rank = rankBefore(doc, from);
    if (rank >= 0) {
      const own = roleEndingAt(doc, from);
      if (own) claim(own, local);
    }
    let end = rank >= 0 ? rank : from;
    while (end > 0 && from - end < MAX_ROLE_BODY && bodyWord(doc, end - 1, covered) && !starts.has(end - 1))
      end--;
    let role = roleEndingAt(doc, end);
    if (!role && end !== from) {
      end = rank >= 0 ? rank : from;
      role = roleEndingAt(doc, end);
    }
    // The role introduces the name only in the same sentence ("… secretary of State. Nancy …" does
    // not); or a role in apposition after the name does ("ông Kitamura Hiroshi - Tổng Giám đốc …").
    if (!role) {
      role = roleAfter(doc, to);
      // (Not the title of the next name of a list: "Nagasaki Kotaro, members of the House of
      // Representatives Abe Toshiko and …", "Wang Weizhong, borgmästare i Guangzhou Sun Zhiyang".)
      if (role && nameInClause(doc, role.from, nameStarts, commaBefore(doc, role.from) ? covered : null))
        role = null;
      if (role) for (let k = role.from; k < role.from + role.key.split(' ').length; k++) apposed.add(k);
    } else if (/[.!?:;\n]/u.test(doc.text.slice(tokens.end(end - 1), tokens.start(from)))) return;
    if (!role) return;
    claim(role, local);
    // A role of several words ends on its head, which stands alone for the person too ("Defence
    // Minister" … "the Minister"); not after a word that makes it another role ("Deputy Minister").
    const space = role.key.lastIndexOf(' ');
    const first = role.key.slice(0, role.key.indexOf(' '));
    if (space > 0 && !ROLE_MODIFIERS.has(first) && first !== 'prime') {
      const head = role.key.slice(space + 1);
      claim({ from: role.from, key: head }, local, true);
      heads.add(head);
    }
  };
  // The words of the roles in apposition after a name: no reference back to it ("Tran Minh Khang,
  // deputy general director of PV Gas": the "deputy" there introduces him).
  const apposed = new Set<number>();
  /** The role's key is the person's, unless another person holds it too. */
  const claim = (role: { from: number; key: string }, local: Person, head = false): void => {
    const seen = roles.get(role.key);
    roles.set(role.key, seen === undefined || seen?.id === local.id ? local : null);
    if (!qualifiers.has(role.key)) qualifiers.set(role.key, head ? '' : roleQualifier(doc, role.from));
  };
  for (const c of candidates) {
    const local = locals.get(LOCAL_PERSON + c.keys.join('-'));
    if (local) note(c.from, c.to, local);
  }
  // People of the knowledge base named in full, and short references after a role ("Deputy
  // Minister Chien"): their roles stand alone for them too.
  for (let k = 0; k < doc.matches.length; k++) {
    const ids = (doc.matches.passing[k] as Passing).ids;
    const id = ids.length === 1 ? (ids[0] as string) : null;
    if (id === null || doc.index.types.get(id) !== 'person') continue;
    const from = doc.matches.from[k] as number;
    const to = doc.matches.to[k] as number;
    // (Cheap tests first, as most of a text's names have none: a role, a rank or a body before the
    // name is a word of the vocabulary; one in apposition after it follows a comma or a dash.)
    if (
      (from === 0 || tokens.id(from - 1) === 0) &&
      (to >= tokens.length || !APPOSED_GAP.test(gap(doc, to - 1)))
    )
      continue;
    note(from, to, { id });
  }
  for (const list of [found, known])
    for (const [i, m] of list) {
      if (m.type !== 'person' || !m.flags.includes('short-reference')) continue;
      let to = i + 1;
      while (to < tokens.length && tokens.end(to - 1) < m.end) to++;
      if ((i === 0 || tokens.id(i - 1) === 0) && (to >= tokens.length || !APPOSED_GAP.test(gap(doc, to - 1))))
        continue;
      note(i, to, m.name === undefined ? { id: m.id } : { id: m.id, name: m.name });
    }
  if (roles.size === 0) return;
  // (Names found again after the candidates, uncued, count too.)
  for (const [i, m] of found)
    if (!m.flags.includes('short-reference')) named.set(m.id, Math.min(named.get(m.id) ?? i, i));
  // Roles end on one of a few words, all of the vocabulary (titles of the knowledge base, roles
  // of the context lists): other words are skipped by their vocabulary id, without folding.
  // (A role is keyed indefinite: its definite forms, which the vocabulary holds for titles, end
  // roles too. A Swedish compound role the vocabulary lacks is read in place: see compoundRole.)
  const lasts = new Set<number>();
  const compounds: string[] = [];
  const vocabulary = doc.index.vocabulary;
  for (const [key, person] of roles) {
    // (A role two people had stands for neither: its words are not looked for.)
    if (person === null) continue;
    const last = key.slice(key.lastIndexOf(' ') + 1);
    for (const ending of ['', ...DEFINITE_ENDINGS]) lasts.add(vocabulary.id(last + ending));
    if (vocabulary.id(last) === 0 && last === key) compounds.push(key);
  }
  lasts.delete(0);
  if (lasts.size === 0 && compounds.length === 0) return;
  // The lengths a compound role may have in the text (its key, maybe a definite ending): other
  // words are not compared.
  let shortest = Number.POSITIVE_INFINITY;
  let longest = 0;
  for (const key of compounds) {
    shortest = Math.min(shortest, key.length);
    longest = Math.max(longest, key.length + 3);
  }
  // Where a name starts after a role: a local person's, or a person of the knowledge base.
  const names = new Set(starts);
  for (let k = 0; k < doc.matches.length; k++)
    if ((doc.matches.passing[k] as Passing).ids.some((id) => doc.index.types.get(id) === 'person'))
      names.add(doc.matches.from[k] as number);
  const n = tokens.length;
  // The role words by vocabulary id, for the loop over every word below (a typed array, no hashing).
  const last = roleLasts.take(vocabulary.words.length);
  for (const id of lasts) last[id] = 1;
  for (let end = 1; end <= n; end++) {
    const id = tokens.id(end - 1);
    if (last[id] !== 1) {
      if (id !== 0 || compounds.length === 0) continue;
      const length = tokens.end(end - 1) - tokens.start(end - 1);
      if (length < shortest || length > longest || !compoundRole(doc, end - 1, compounds)) continue;
    }
    const role = roleEndingAt(doc, end);
    if (!role || apposed.has(role.from)) continue;
    const local = roles.get(role.key);
    if (!local) continue;
    const first = named.get(local.id) as number;
    if (role.from < first && !namedAhead(doc, role.from, end, first)) continue;
    let clear = true;
    for (let k = role.from; k < end && clear; k++) clear = !covered[k];
    if (!clear || indefiniteBefore(doc.text, tokens, role.from)) continue;
    // (Not the mission, "Tổng Lãnh sự quán", nor the role of many, "Thống đốc các tỉnh", nor
    // another role, "a deputy defense minister" beside "Defense Minister Koizumi".)
    if (
      noOneAfter(doc, end) ||
      qualifiedBy(doc, role.from, LATIN_ROLE_MODIFIERS) ||
      (otherTitleBefore(doc, role.from, end) && tokens.word(role.from - 1) !== qualifiers.get(role.key))
    )
      continue;
    if (!standsAlone(doc, role.from, end, local.name === undefined, heads.has(role.key))) continue;
    // (A title's genitive before its office's word names the body: "Presidentens kontor".)
    if (bodyOfTitle(doc, end)) continue;
    if (local.name === undefined && titleOfNameAhead(doc, end, names)) continue;
    // Another country's or body's holder: "the French president", "de president van Frankrijk".
    const qualifier = roleQualifier(doc, role.from);
    if ((qualifier !== '' && qualifier !== qualifiers.get(role.key)) || roleOf(doc, end)) continue;
    // No name after the role, past a body: the name would make it a full mention's title.
    let k = end;
    while (k < n && k - end < MAX_ROLE_BODY && bodyWord(doc, k, covered) && !names.has(k)) k++;
    const broken = k < n && /[.!?:;\n]/u.test(doc.text.slice(tokens.end(k - 1), tokens.start(k)));
    if (k < n && !broken && (names.has(k) || (tokens.capital(k) && !covered[k] && nameWord(doc, k))))
      continue;
    const start = tokens.start(role.from);
    const stop = tokens.end(end - 1);
    found.push([
      role.from,
      local.name === undefined
        ? mention(doc, role.from, end, local.id, SHORT_REFERENCE)
        : {
            id: local.id,
            type: 'person',
            text: doc.text.slice(start, stop),
            start,
            end: stop,
            flags: SHORT_REFERENCE,
            office: null,
            holder: null,
            name: local.name,
          },
    ]);
    covered.fill(1, role.from, end);
  }
}

/**
 * Military ranks written between a role and a name ("Deputy Minister … Senior Lieutenant General
 * Hoang Xuan Chien", "Thứ trưởng Bộ Quốc phòng, Thượng tướng Hoàng Xuân Chiến"), as folding keys,
 * longest first.
 */
const RANKS: readonly (readonly string[])[] = [
  ['senior', 'lieutenant', 'general'],
  ['lieutenant', 'general'],
  ['major', 'general'],
  ['brigadier', 'general'],
  ['general'],
  ['senior', 'colonel'],
  ['lieutenant', 'colonel'],
  ['colonel'],
  ['rear', 'admiral'],
  ['vice', 'admiral'],
  ['admiral'],
  ['dai', 'tuong'],
  ['thuong', 'tuong'],
  ['trung', 'tuong'],
  ['thieu', 'tuong'],
  ['dai', 'ta'],
  ['thuong', 'ta'],
  ['trung', 'ta'],
  ['chuan', 'do', 'doc'],
  ['pho', 'do', 'doc'],
  ['do', 'doc'],
];

/**
 * Where a capitalised military rank right before word `from` starts, or -1: the role before it
 * ends there, maybe behind a comma, as Vietnamese writes one ("Thứ trưởng Bộ Quốc phòng, Thượng
 * tướng …").
 */
function rankBefore(doc: Doc, from: number): number {
  const { tokens } = doc;
  for (const rank of RANKS) {
    const at = from - rank.length;
    if (at < 0 || !tokens.capital(at)) continue;
    let ok = true;
    for (let j = 0; j < rank.length && ok; j++)
      ok = tokens.is(at + j, rank[j] as string) && spaced(doc, at + j);
    if (ok) return at;
  }
  return -1;
}

/** How far back a breadcrumb's separator ("»") is looked for before a role. */
const BREADCRUMB_REACH = 120;

/**
 * Words before a role that make it a predicate or a post, no reference: "as Minister of Defence",
 * "som minister", "là", "giữ chức Tổng Bí thư", "chức vụ".
 */
const PREDICATIVE: ReadonlySet<string> = new Set(['as', 'som', 'la', 'chuc', 'vu']);

/**
 * Whether the role at words `from`..`end` may stand alone for a person: not a word of a web
 * address or a slug ("japan-emperor-visit"), not a section of a breadcrumb ("» Phó Thủ tướng"),
 * not a predicate ("as Minister"). For a person of the knowledge base (`known`), whose name a
 * namesake in the text may share, also not a title before a capitalised name or body ("Chủ tịch
 * Liên minh …"), and in Vietnamese capitalised ("Thứ trưởng"; "kỹ sư" in lower case is any
 * engineer); the head of a longer role only capitalised (`head`: "the Minister", not "the prime
 * minister's office").
 */
function standsAlone(doc: Doc, from: number, end: number, known: boolean, head: boolean): boolean {
  const { text, tokens } = doc;
  const before = from > 0 ? text.slice(tokens.end(from - 1), tokens.start(from)) : ' ';
  const after = end < tokens.length ? text.slice(tokens.end(end - 1), tokens.start(end)) : ' ';
  if (/^[-/_]$/u.test(before) || /^[-/_]/u.test(after)) return false;
  // (A breadcrumb is a short line: the search back stops at its start or within a few words.)
  const start = tokens.start(from);
  for (let c = start - 1; c >= 0 && start - c <= BREADCRUMB_REACH; c--) {
    const code = text.charCodeAt(c);
    if (code === 10) break;
    if (code === 0xbb) return false;
  }
  if (from > 0 && PREDICATIVE.has(tokens.word(from - 1) as string) && /^ $/u.test(before)) return false;
  if (!known) return true;
  if ((head || doc.language === 'vi') && !tokens.capital(from)) return false;
  return !(end < tokens.length && tokens.capital(end) && !tokens.allCaps(end) && spaced(doc, end - 1));
}

/** Words that tie a role to the body or place it is of, before the name it is the title of. */
const OF_WORDS: ReadonlySet<string> = new Set([...ROLE_OF, 'for', 'i', 'in', 'tai']);
/** How far after a role such a name may come ("presidenten för Folkrepubliken Kina, Xi Jinping"). */
const TITLE_REACH = 10;

/**
 * The role ending before word `end` is the title of a person named after the body it is of, in
 * the same sentence ("presidenten för Folkrepubliken Kina, Xi Jinping"): `names` are where names
 * start.
 */
function titleOfNameAhead(doc: Doc, end: number, names: ReadonlySet<number>): boolean {
  const { text, tokens } = doc;
  if (end >= tokens.length || !OF_WORDS.has(tokens.word(end) as string)) return false;
  for (let k = end + 1; k < tokens.length && k - end <= TITLE_REACH; k++) {
    if (/[.!?;:\n]/u.test(text.slice(tokens.end(k - 1), tokens.start(k)))) return false;
    if (names.has(k)) return true;
  }
  return false;
}

/** Most words of a role in apposition after a name ("Tổng Giám đốc", "Phó Chủ tịch UBND tỉnh"). */
const MAX_APPOSED_ROLE = 4;
/** What stands between a name and a role in apposition after it (see {@link roleAfter}). */
const APPOSED_GAP = /^\s?[-–—,]\s$/u;

/**
 * The role in apposition after a name ending before word `to`, behind a dash or a comma ("Kitamura
 * Hiroshi - Tổng Giám đốc Công ty …", "Le Van An, Chủ tịch UBND xã"), with where it starts; null
 * when none.
 */
function roleAfter(doc: Doc, to: number): { from: number; key: string } | null {
  const { tokens } = doc;
  if (to >= tokens.length || !APPOSED_GAP.test(gap(doc, to - 1))) return null;
  for (let end = to + 1; end <= Math.min(tokens.length, to + MAX_APPOSED_ROLE); end++) {
    if (end > to + 1 && !spaced(doc, end - 2)) break;
    const role = roleEndingAt(doc, end);
    if (role && role.from === to) return role;
  }
  return null;
}

/** Most words read after a role in apposition for a name it may be the title of. */
const APPOSITION_REACH = 12;

/**
 * A name starts in the clause from word `from` on (before a comma, a stop or a line break): a
 * person's the text names, or, where `covered` is given (after a comma), a capitalised word no
 * stage read, which may be one.
 */
function nameInClause(
  doc: Doc,
  from: number,
  nameStarts: ReadonlySet<number>,
  covered: Uint8Array | null,
): boolean {
  const { tokens } = doc;
  for (let k = from + 1; k < tokens.length && k - from <= APPOSITION_REACH; k++) {
    if (/[,.;:!?\n]/u.test(gap(doc, k - 1))) return false;
    if (nameStarts.has(k) || (covered !== null && !covered[k] && nameWord(doc, k))) return true;
  }
  return false;
}

/** A comma stands right before word `k` (an apposition in English or Swedish, often inside a list). */
const commaBefore = (doc: Doc, k: number): boolean => k > 0 && gap(doc, k - 1).includes(',');

/** How far after a headline its role's person may first be named (a lead paragraph or two). */
const HEADLINE_REACH = 800;
/** Longest line read as a headline for {@link namedAhead}. */
const HEADLINE_LINE = 120;

/**
 * The role at words `from`..`end` stands before word `first`, where its person is first named:
 * in the same sentence ("specialambassadören för Vietnam och Japan, Sugi Ryotaro"), or in a
 * headline whose person the lead names ("Næringsministeren i Vietnam" … "Næringsminister Monica
 * Mæland"). Not a role sentences before a person introduced later with it.
 */
function namedAhead(doc: Doc, from: number, end: number, first: number): boolean {
  const { text, tokens } = doc;
  const stop = tokens.start(first);
  if (!/[.!?\n]/u.test(text.slice(tokens.end(end - 1), stop))) return true;
  const lineStart = text.lastIndexOf('\n', tokens.start(from)) + 1;
  let lineEnd = text.indexOf('\n', tokens.end(end - 1));
  if (lineEnd < 0) lineEnd = text.length;
  return (
    lineEnd - lineStart <= HEADLINE_LINE &&
    !/[.!?]\s*$/u.test(text.slice(lineStart, lineEnd)) &&
    stop - lineEnd <= HEADLINE_REACH
  );
}

/**
 * One syllable of romanised Korean or Chinese ("tae", "yul", "jong", "shek", "myung", "jeou"):
 * an initial, a glide, a vowel and a final. Swedish and English endings after a hyphen ("leden",
 * "ska", "based") are not.
 */
const SYLLABLE =
  /^(?:ch|sh|zh|ts|tz|hs|kk|tt|pp|ss|jj|[bcdfghjklmnpqrstxz])?[wy]?(?:eou|iao|uai|ae|ai|ao|ei|eo|eu|ia|ie|iu|oe|oo|ou|ua|ue|ui|uo|a|e|i|o|u)(?:ng|n|m|l|k|p|t|r)?$/u;

/**
 * Word `k` and the next are the two syllables of a romanised Korean or Chinese given name joined
 * by a hyphen, the second in lower case: "Tae-yul", "Kai-shek", "Ing-wen".
 */
function hyphenSyllables(doc: Doc, k: number): boolean {
  const tokens = doc.tokens;
  if (!tokens.hyphenated(k) || !tokens.capitalisedWord(k) || tokens.capital(k + 1)) return false;
  // A syllable, not a longer word: "Tae" and "yul" are, "Palme" and "leden" are not.
  if (tokens.end(k + 1) - tokens.start(k + 1) > 5 || tokens.nonAscii(k + 1)) return false;
  return SYLLABLE.test(tokens.word(k) as string) && SYLLABLE.test(tokens.word(k + 1) as string);
}

/** Word `k` and the next are joined by one hyphen and both are capitalised words ("Jean-Marc"). */
function hyphenedToName(doc: Doc, k: number): boolean {
  const tokens = doc.tokens;
  return tokens.hyphenated(k) && tokens.capitalisedWord(k) && tokens.capitalisedWord(k + 1);
}

/** Most names a word may pair for misspelling checks (see {@link localPeople}). */
const MAX_SHARING = 64;

/** Longest key of a reference that the length test applies to (longer words are always read). */
const MAX_REFERENCE_TEXT = 24;

/** Whether word `i` has a non-ASCII character (a combining mark may make it longer than its key). */
function mayCombine(doc: Doc, i: number): boolean {
  return doc.tokens.nonAscii(i);
}

/** An honorific or title right before word `i` ("Mr. Anh", "ông Dũng", "PM Chinh"). */
function honorificBefore(doc: Doc, i: number): boolean {
  if (doc.titles.has(i)) return true;
  if (i === 0) return false;
  const k = doc.tokens.key(i - 1) as string;
  return HONORIFICS.has(k) || rolePairBefore(doc, i) || addressWordBefore(doc, i);
}

/**
 * Swedish and Vietnamese prepositions of place, as folding keys: a word after one is no short
 * reference to a person ("ett forskningscenter i Lund" beside fru Lund; "tại Long An"). Not English
 * "in", which also takes people ("his nemesis in Horford", "in Mnangagwa's removal").
 */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['i', 'tai']);

/**
 * Words that a word of address follows in a compound noun: "trẻ em" (children), "chị em"
 * (sisters), "ông bà" (grandparents), "cô chú". Marked spellings: without their marks they are
 * other words ("còn cô Hà", "có em Việt"). ("anh em" is also "you, brothers": "anh em Tinh tế".)
 */
const COMPOUND_FIRSTS: ReadonlySet<string> = new Set(['trẻ', 'chị', 'ông', 'bà', 'cô', 'chú', 'cháu']);

/** Words before a word of address read to tell marked text from text typed without marks. */
const MARKED_REACH = 8;

/**
 * A Vietnamese word of address stands right before word `i`: "chị Hà", "chú Hà", "ông Vinh" by
 * their marks; "anh" and "em", which have none, only in lower case or first in a sentence, before
 * a name written with marks or in marked text ("anh Tuấn", "anh Vinh"; "Anh" is also England,
 * "anh Tuan" in unmarked text may be English).
 */
export function addressWordBefore(doc: Doc, i: number): boolean {
  const { text, tokens } = doc;
  if (i < 1) return false;
  // A degree written before a name as Vietnamese papers abbreviate it ("BS Hà Giang", "TS. Thái
  // Bình", "PGS.TS Long"), as written: in capitals but ThS's h.
  if (degreeBefore(text, tokens.start(i - 1), tokens.end(i - 1), tokens.start(i))) return true;
  if (!ADDRESS_KEYS.has(tokens.key(i - 1) as string) || !spaced(doc, i - 1)) return false;
  // The second word of a compound is no word of address: "trẻ em Việt" (Vietnamese children),
  // "chị em", "ông bà".
  if (
    i >= 2 &&
    spaced(doc, i - 2) &&
    !tokens.capital(i - 2) &&
    COMPOUND_FIRSTS.has(markedSpelling(text.slice(tokens.start(i - 2), tokens.end(i - 2))))
  )
    return false;
  // Capitalised inside a sentence, the word is a name's ("huyện Cô Tô"), not a word of address.
  if (tokens.capital(i - 1) && !sentenceStart(text, tokens, i - 1)) return false;
  // "anh" and "em" have no marks: in lower case (or first in a sentence) before a marked name, or
  // in marked text, where a word without marks is written so ("anh Vinh", "Anh Nhật cho biết").
  // (Written without marks: "hình ảnh Thượng hoàng" holds the word for a picture.)
  if ((tokens.is(i - 1, 'anh') || tokens.is(i - 1, 'em')) && !tokens.marked(i - 1, i))
    return (
      (!tokens.capital(i - 1) || sentenceStart(text, tokens, i - 1)) &&
      (tokens.noMarks || tokens.marked(i, i + 1) || tokens.marked(Math.max(0, i - 1 - MARKED_REACH), i - 1))
    );
  if (tokens.noMarks) return UNMARKED_ADDRESS_KEYS.has(tokens.key(i - 1) as string);
  return (
    tokens.marked(i - 1, i) &&
    ADDRESS_WORDS.has(markedSpelling(text.slice(tokens.start(i - 1), tokens.end(i - 1))))
  );
}

/**
 * The words of address read in Vietnamese typed without marks ("chi Hoa", "chu Nam"). Not "di"
 * and "cau", which are mostly "đi" (to go) and "cầu" (bridge) there ("di Ha Noi").
 */
const UNMARKED_ADDRESS_KEYS: ReadonlySet<string> = new Set(['chi', 'co', 'chu', 'bac']);
