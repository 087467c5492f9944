// Vietnamese places the knowledge base lacks, named with their administrative word: "huyện Núi
// Thành", "xã Bắc An", "KCN Đình Vũ", "Hung Dao ward", "Duong Kinh district". The knowledge base
// holds the provinces and the larger cities; the districts, communes, wards and industrial zones
// that news names in addresses and datelines become entities local to the text, like the people
// of local-people.ts and the organisations of local-orgs.ts.
import { foldKey } from '../text/fold.js';
import { markedSpelling } from '../text/marks.js';
import { HONORIFICS, PLACE_KIND_TAILS, SWEDISH_ZONE_TAILS } from './context.js';
import { type Doc, localKey, localMention, smallNumber, spaced } from './doc.js';
import { childById, type Form } from './gazetteer.js';
import { DIRECTIONS, isTownId, NAMED_FEATURE_HEADS, STREET_TAILS } from './generic.js';
import type { EntityMention } from './mention.js';
import { roadSpans } from './roads.js';
import { isVietnameseSyllable, romajiMorae } from './syllables.js';

/** Prefix of the ids of places local to one text: `local:place:nui-thanh`. */
export const LOCAL_PLACE = 'local:place:';

/**
 * Vietnamese words for a unit or zone, written before its name, as marked spellings. `ascii`: the
 * word is one also where the text writes no marks ("huyen" can be nothing else before a name;
 * "quan" is also quân, the army, and "phuong" phương, a direction: "phuong Tay" is the West).
 * `caps`: an abbreviation, written in capitals ("KCN Đình Vũ").
 */
interface Head {
  words: readonly string[];
  ascii: boolean;
  caps?: boolean;
  /** Without marks, a head only in lower case before a name of two syllables or more (see {@link unmarkedWard}). */
  asciiBeforeName?: boolean;
  /**
   * Without marks, a head only in lower case in a text typed without any ("duong Lang Ha", "cang
   * Hai Phong"): there the unmarked word is mostly this one; elsewhere it is as often another.
   */
  plain?: boolean;
  /**
   * A street's: a name the knowledge base holds after it is no street of its own ("đường Hà Nội –
   * Hải Phòng" is a road between the cities), and "phố" ends "thành phố" and "khu phố" too.
   */
  street?: boolean;
  /** Only in lower case: capitalised, the word is also a family name or opens a name ("Hồ Văn Thanh", "Mũi Né"). */
  lower?: boolean;
  /**
   * Only before a landmark's name, the town's named after it ("thành phố Cam Ranh", "TP Cam Ranh"
   * beside vịnh Cam Ranh): before other names the town is the knowledge base's city or no place.
   */
  landmarkOnly?: boolean;
}
/** Heads of administrative units: the special zone, the town, the district, the commune, the ward. */
const ADMINISTRATIVE_WORDS: readonly string[] = [
  'thành phố',
  'tp',
  'đặc khu',
  'thị trấn',
  'thị xã',
  'huyện',
  'xã',
  'quận',
  'phường',
];
const HEADS: readonly Head[] = [
  { words: ['khu', 'công', 'nghiệp'], ascii: true },
  { words: ['khu', 'kinh', 'tế'], ascii: true },
  { words: ['huyện', 'đảo'], ascii: true },
  // A special zone, the island units of 1 July 2025 ("đặc khu Cát Hải").
  { words: ['đặc', 'khu'], ascii: true },
  // An island ("đảo Bạch Quy"; "quần đảo", "bán đảo" end in it too): "dao" is also a knife or a name.
  { words: ['đảo'], ascii: false },
  { words: ['thị', 'trấn'], ascii: true },
  { words: ['thị', 'xã'], ascii: true },
  { words: ['thành', 'phố'], ascii: false, landmarkOnly: true },
  { words: ['tp'], ascii: true, caps: true, landmarkOnly: true },
  { words: ['huyện'], ascii: true },
  { words: ['xã'], ascii: true },
  { words: ['quận'], ascii: false },
  { words: ['phường'], ascii: false, asciiBeforeName: true },
  { words: ['kcn'], ascii: true, caps: true },
  { words: ['kkt'], ascii: true, caps: true },
  // A station or an airport ("ga Bến Thành", "sân bay Nội Bài" when the knowledge base lacks it).
  { words: ['ga'], ascii: true },
  { words: ['sân', 'bay'], ascii: true },
  // Rivers, mountains and passes, sluices, bridges and markets ("sông Hàm Luông", "cống Tân Phú",
  // "chợ Đông Ba"), written with the marks only: "song", "cong", "cau", "cho" are other words too.
  { words: ['sông'], ascii: false, plain: true },
  { words: ['núi'], ascii: false },
  { words: ['đèo'], ascii: false },
  { words: ['cống'], ascii: false },
  { words: ['cầu'], ascii: false },
  { words: ['chợ'], ascii: false },
  { words: ['cảng'], ascii: false, plain: true },
  // Villages and hamlets ("thôn Háng Chú", "ấp Phú Hòa", "làng Sen"), with the marks only:
  // "thon", "ap", "lang" are other words too. (Not "bản", a village in the north but also the
  // end of "Biên bản", "Nhà xuất bản".)
  { words: ['thôn'], ascii: false },
  { words: ['ấp'], ascii: false },
  { words: ['làng'], ascii: false },
  { words: ['xóm'], ascii: false },
  // Craft and fishing villages, fishing and sea ports, beaches, bays, lakes, capes, falls,
  // peninsulas and relic sites ("làng gốm Thanh Hà", "cảng cá Sa Kỳ", "bãi biển Ninh Chử", "vịnh
  // Vĩnh Hy", "mũi Né"), with the marks only: their words are common ones too.
  { words: ['làng', 'gốm'], ascii: false },
  { words: ['làng', 'mộc'], ascii: false },
  { words: ['làng', 'nghề'], ascii: false },
  { words: ['làng', 'chài'], ascii: false },
  { words: ['cảng', 'cá'], ascii: false },
  { words: ['cảng', 'biển'], ascii: false },
  { words: ['bãi', 'biển'], ascii: false },
  { words: ['vịnh'], ascii: false, lower: true },
  { words: ['hồ'], ascii: false, lower: true },
  { words: ['mũi'], ascii: false, lower: true },
  { words: ['thác'], ascii: false, lower: true },
  { words: ['bán', 'đảo'], ascii: false },
  // A castle, named after its town ("lâu đài Nagoya", "lâu đài Himeji").
  { words: ['lâu', 'đài'], ascii: false },
  { words: ['khu', 'di', 'tích'], ascii: false },
  // Streets ("đường Lý Thái Tổ", "phố Linh Lang", "đại lộ Thăng Long", "phố đi bộ Nguyễn Huệ"),
  // with the marks only: "duong", "pho" are other words too.
  { words: ['phố', 'đi', 'bộ'], ascii: false, street: true },
  { words: ['đại', 'lộ'], ascii: false, street: true },
  { words: ['đường'], ascii: false, street: true, plain: true },
  { words: ['phố'], ascii: false, street: true, plain: true },
];
/** The {@link HEADS} of {@link ADMINISTRATIVE_WORDS}. */
const ADMINISTRATIVE_HEADS: ReadonlySet<Head> = new Set(
  HEADS.filter((h) => ADMINISTRATIVE_WORDS.includes(h.words.join(' '))),
);

/**
 * Heads of natural features named after the town or province beside them: "vịnh Nha Trang" (the
 * bay), "mũi Cà Mau" (the cape), "bán đảo Sơn Trà". After one, that name is the feature's.
 */
const FEATURE_HEAD_SET: ReadonlySet<Head> = new Set(
  HEADS.filter((h) => NAMED_FEATURE_HEADS.includes(h.words.join(' '))),
);

/** Words `from`..`to` spell a name of the knowledge base that names towns or provinces only. */
function townName(doc: Doc, from: number, to: number): boolean {
  const forms = formsSpelt(doc, from, to);
  return forms !== null && forms.length > 0 && forms.every((f) => f.ids.every(isTownId));
}

/** Words before "phố" that make it no street's head: "thành phố" (a city), "khu phố" (a quarter). */
const PHO_BEFORE: ReadonlySet<string> = new Set(['thanh', 'khu']);

/**
 * The heads' words as folding keys, and the heads by the key of their last word (indexes into
 * {@link HEADS}, in its order), made on first use.
 */
let headKeys: { keys: string[][]; last: ReadonlyMap<string, readonly number[]> } | undefined;

function heads(): { keys: string[][]; last: ReadonlyMap<string, readonly number[]> } {
  if (!headKeys) {
    const keys = HEADS.map((h) => h.words.map(foldKey));
    const last = new Map<string, number[]>();
    keys.forEach((k, h) => {
      const key = k[k.length - 1] as string;
      const list = last.get(key) ?? [];
      list.push(h);
      last.set(key, list);
    });
    headKeys = { keys, last };
  }
  return headKeys;
}

/** English words for a unit, written after its name ("Hung Dao ward"): folding keys. */
const TAILS: ReadonlySet<string> = new Set(['ward', 'district', 'commune', 'city', 'town', 'village']);
/**
 * English words for a zone after its name, as pairs of folding keys: "Hoa Khanh Industrial Park",
 * "Nghi Son Economic Zone".
 */
const ZONE_TAILS: ReadonlySet<string> = new Set([
  'industrial park',
  'industrial zone',
  'industrial estate',
  'economic zone',
]);

/** The first words of {@link ZONE_TAILS} and {@link ZONE_PLURALS} ("industrial", "economic"). */
const ZONE_FIRST_WORDS: ReadonlySet<string> = new Set(
  [...ZONE_TAILS, 'industrial parks'].map((pair) => pair.split(' ')[0] as string),
);

/** English words for units in the plural, in lower case after a list of their names ("Bai Chay and Hon Gai wards"). */
const UNIT_PLURALS: ReadonlySet<string> = new Set(['wards', 'communes', 'districts']);

/** {@link ZONE_TAILS} in the plural, after a list of zones' names ("Van Trung and Dinh Tram industrial parks"). */
const ZONE_PLURALS: ReadonlySet<string> = new Set([
  'industrial parks',
  'industrial zones',
  'industrial estates',
  'economic zones',
]);

/** Whether a text may hold one of {@link SWEDISH_ZONE_TAILS}. */
const SWEDISH_ZONE_IN_TEXT = /industri(?:park|omr[åa]de)|h[öo]gteknologiska park/iu;

/** {@link PLACE_KIND_TAILS} and words for a street, as a set: "Ben Thanh Station", "Le Loi Street". */
const STATION_TAILS: ReadonlySet<string> = new Set([...PLACE_KIND_TAILS, ...STREET_TAILS]);

/** Tails that news also writes in lower case after the name ("Daionji temple", "Ba Trieu street"). */
const LOWER_CASE_TAILS: ReadonlySet<string> = new Set(['temple', 'pagoda', 'shrine', 'street', 'island']);

/**
 * Words for a place of a kind after which one romanised Japanese word is a place of that kind
 * ("Kanayama Station", "Daionji temple", "Yoyogi Park", "Hakata Port"): not a road or a pass,
 * which Japanese names seldom take in English.
 */
const JAPANESE_PLACE_TAILS: ReadonlySet<string> = new Set([
  'station',
  'airport',
  'river',
  'port',
  'temple',
  'shrine',
  'park',
  'bridge',
  'castle',
]);

/** Tails after which a Japanese name is a municipality too ("Imari City", "Shinjuku Ward"). */
const JAPANESE_TAILS: ReadonlySet<string> = new Set(['city', 'town', 'village', 'ward']);
// (These and the heads' words are in the vocabulary, context.ts UNIT_WORDS: their keys are read
// without folding, and other words' key is OTHER_WORD.)

/**
 * Vietnamese words for a city's units that are numbered, not named ("Quận 1", "phường 12"), as
 * marked spellings: without marks "quan" is also quân, the army, and "phuong" phương, and is read
 * only capitalised ("Quan 7"; "binh quan 8 trieu" is an average). (English
 * "District 3", "Ward 5" are read by key, capitalised as a name.)
 */
const NUMBERED_VI: ReadonlySet<string> = new Set(['quận', 'phường']);
/** Highest number of a city's numbered district or ward read as one ("Quận 12", "Phường 27"). */
const MAX_UNIT_NUMBER = 30;
/** A number that goes on after the digits ("10/2", "1.5", "3,4", "2-3"): no unit's. */
const NUMBER_GOES_ON = /^[/.,:\-\u2013][0-9]/u;

/** Words of a unit's name at most: Vietnamese names have one to four syllables. */
const MAX_WORDS = 4;

/** One of words `from`..`to` (exclusive) is an English word for a unit ("district", "Ward"). */
function tailIn(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (TAILS.has(doc.tokens.key(k) as string)) return true;
  return false;
}

/** Vowels that are a syllable alone and open place names in capitals ("Y Tý", "A Lưới"). */
const SINGLE_LETTER_SYLLABLES: ReadonlySet<string> = new Set(['A', 'Y', 'U', 'Ê']);

/** Word `k` may be a syllable of a Vietnamese place's name: capitalised, not in capitals, free. */
function nameSyllable(doc: Doc, covered: Uint8Array, k: number, language: string | null): boolean {
  const { tokens } = doc;
  if (covered[k] || !tokens.capital(k)) return false;
  // A syllable of one letter opens names of the mountains ("Y Tý", "A Mú Sung", "A Lưới"), before
  // another syllable of the name.
  if (tokens.noLowerCase(k))
    return (
      tokens.end(k) - tokens.start(k) === 1 &&
      SINGLE_LETTER_SYLLABLES.has(doc.text.charAt(tokens.start(k))) &&
      spaced(doc, k) &&
      k + 1 < tokens.length &&
      !covered[k + 1] &&
      tokens.capital(k + 1) &&
      !tokens.noLowerCase(k + 1)
    );
  if (tokens.marked(k, k + 1)) return true;
  const word = tokens.word(k) as string;
  // English "The" is also a Vietnamese syllable without marks; outside Vietnamese text it is the
  // article before the name ("The Cu Chi district"), not the name's first syllable.
  return isVietnameseSyllable(word) && (word !== 'the' || language === 'vi');
}

/**
 * The end of the run of spaced name syllables (see {@link nameSyllable}) from word `from`, read
 * up to `limit` words: `from` itself when that word is none.
 */
function syllablesEnd(
  doc: Doc,
  covered: Uint8Array,
  from: number,
  language: string | null,
  limit: number,
): number {
  const n = doc.tokens.length;
  let end = from;
  while (
    end < n &&
    end - from < limit &&
    (end === from || spaced(doc, end - 1)) &&
    nameSyllable(doc, covered, end, language)
  )
    end++;
  return end;
}

/** Whether the text names Japan, one of its prefectures (unambiguously) or one of its cities. */
export function namesJapan(doc: Doc): boolean {
  for (const id of doc.plain)
    if (
      id === 'country:JP' ||
      id.startsWith('subdivision:jp-') ||
      // (Or one of its cities: a post about rents in Tokyo need not say "Japan".)
      (id.startsWith('city:') && doc.kb.getEntity(id)?.country === 'country:JP')
    )
      return true;
  return false;
}

/**
 * Word `k` is one romanised Japanese word: capitalised, in letters, free, two morae or more and no
 * Vietnamese syllable ("Imari", "Kasugai"; those are read as Vietnamese names).
 */
export function romajiWord(doc: Doc, covered: Uint8Array, k: number): boolean {
  if (covered[k] || !doc.tokens.capitalisedWord(k)) return false;
  const word = doc.tokens.word(k) as string;
  return romajiMorae(word) >= 2 && !isVietnameseSyllable(word);
}

/**
 * Word `k` may be a Japanese municipality's name before its word for the unit ("Imari City"): a
 * {@link romajiWord}, spaced from the word after it, no capitalised word right before it.
 */
function japaneseName(doc: Doc, covered: Uint8Array, k: number): boolean {
  if (!spaced(doc, k) || (k > 0 && doc.tokens.capital(k - 1) && spaced(doc, k - 1))) return false;
  return romajiWord(doc, covered, k);
}

/**
 * Word `k` alone is a Japanese name after "thành phố": a {@link romajiWord} with no capitalised word
 * after it in the same phrase ("Kasugai,").
 */
function romanisedJapanese(doc: Doc, covered: Uint8Array, k: number): boolean {
  if (k + 1 < doc.tokens.length && doc.tokens.capital(k + 1) && spaced(doc, k)) return false;
  return romajiWord(doc, covered, k);
}

/**
 * Heads after which a romanised word is a Japanese place of that kind, in a text that names Japan
 * (marked spellings): a port, lake, cape, island, bay, falls, mountain or river, a village ("làng
 * Onna") or a town ("thị trấn Kikuyo", by its last word).
 */
const JAPANESE_PLACE_HEADS: ReadonlySet<string> = new Set([
  'làng',
  'trấn',
  'cảng',
  'hồ',
  'mũi',
  'đảo',
  'vịnh',
  'thác',
  'núi',
  'sông',
]);

/** The folding keys of {@link JAPANESE_PLACE_HEADS}, of "bay" (sân bay) and of "đài" (lâu đài, a castle). */
const JAPANESE_HEAD_KEYS: ReadonlySet<string> = new Set([
  ...[...JAPANESE_PLACE_HEADS].map(foldKey),
  'bay',
  'dai',
]);

/**
 * One of {@link JAPANESE_PLACE_HEADS} ("bán đảo" too), "sân bay" or "lâu đài" (not "đài" alone, a
 * broadcaster: "đài Fuji") stands right before word `k`, written with its marks.
 */
function japaneseHeadBefore(doc: Doc, k: number): boolean {
  const { text, tokens } = doc;
  // (By key first: the marks are read only for a word that may be one of the heads.)
  if (k < 1 || !JAPANESE_HEAD_KEYS.has(tokens.key(k - 1) as string)) return false;
  if (!tokens.marked(k - 1, k) || tokens.capital(k - 1)) return false;
  const head = markedSpelling(text.slice(tokens.start(k - 1), tokens.end(k - 1)));
  // ("đảo" ends "bán đảo" too.)
  if (JAPANESE_PLACE_HEADS.has(head)) return true;
  return (
    k >= 2 &&
    spaced(doc, k - 2) &&
    ((head === 'bay' && tokens.is(k - 2, 'san')) || (head === 'đài' && tokens.is(k - 2, 'lau')))
  );
}

/** The head that ends at word `to - 1`, written so, and its first word; null when there is none. */
function headBefore(doc: Doc, to: number): [Head, number] | null {
  const { text, tokens } = doc;
  const { keys: all, last } = heads();
  // Only the heads that end on the word before: most words end none.
  for (const h of last.get(tokens.key(to - 1) as string) ?? []) {
    const head = HEADS[h] as Head;
    const keys = all[h] as string[];
    const from = to - keys.length;
    if (from < 0) continue;
    if (head.street && keys[0] === 'pho' && from > 0 && PHO_BEFORE.has(tokens.key(from - 1) as string))
      continue;
    // ("Hợp tác xã" is a cooperative, no commune.)
    if (
      keys.length === 1 &&
      keys[0] === 'xa' &&
      from > 1 &&
      tokens.is(from - 1, 'tac') &&
      tokens.is(from - 2, 'hop')
    )
      continue;
    if (head.lower && tokens.capital(from)) continue;
    let ok = true;
    for (let j = 0; j < keys.length && ok; j++) {
      const k = from + j;
      if (!tokens.is(k, keys[j] as string) || (j > 0 && !spaced(doc, k - 1))) ok = false;
      else if (head.caps) ok = tokens.noLowerCase(k);
      // Written with marks, the marks must be the head's ("quân" is no quận); without, only an
      // unambiguous head counts.
      else if (tokens.marked(k, k + 1))
        ok = markedSpelling(text.slice(tokens.start(k), tokens.end(k))) === head.words[j];
      else
        ok =
          head.ascii ||
          (head.asciiBeforeName === true && unmarkedWard(doc, k)) ||
          (head.plain === true &&
            !tokens.capital(k) &&
            (tokens.noMarks || (tokens.partialMarks && unmarkedLine(doc, k))));
    }
    if (ok) return [head, from];
  }
  return null;
}

/** Most words read on each side of a word for its line (see {@link unmarkedLine}). */
const LINE_REACH = 40;

/**
 * The line of word `k` (its words within {@link LINE_REACH}) writes no Vietnamese marks, in a page
 * that lost them in some paragraphs only (`partialMarks`): there an unmarked word is read as in a
 * text typed without any ("cang Tien Sa" in a paragraph without marks).
 */
function unmarkedLine(doc: Doc, k: number): boolean {
  const { text, tokens } = doc;
  let from = k;
  while (
    from > 0 &&
    k - from < LINE_REACH &&
    !text.slice(tokens.end(from - 1), tokens.start(from)).includes('\n')
  )
    from--;
  let to = k + 1;
  while (
    to < tokens.length &&
    to - k < LINE_REACH &&
    !text.slice(tokens.end(to - 1), tokens.start(to)).includes('\n')
  )
    to++;
  // (A line of a few words says too little: "Cang Tien Sa" as a caption.)
  return to - from >= MIN_UNMARKED_LINE && !tokens.marked(from, to);
}

/** Fewest words of a line that {@link unmarkedLine} reads as typed without marks. */
const MIN_UNMARKED_LINE = 8;

/**
 * Words that "phuong" (phương) ends without marks: "dia phuong" (local), "song phuong" (bilateral),
 * "da phuong" (multilateral), "don phuong" (one-sided), "bon phuong", "muon phuong", "tu phuong"
 * (every direction). Folding keys.
 */
const PHUONG_COMPOUNDS: ReadonlySet<string> = new Set(['dia', 'song', 'da', 'don', 'bon', 'muon', 'tu']);

/**
 * Word `k`, "phuong" without marks, is the head of a ward's name (phường): in lower case, not the
 * end of a word of which phương is part ("dia phuong"), before two capitalised name syllables that
 * are not directions alone ("phuong Truong Vinh", not "phuong Tay", "phuong Dong Nam").
 */
function unmarkedWard(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  if (tokens.capital(k) || (k > 0 && PHUONG_COMPOUNDS.has(tokens.key(k - 1) as string))) return false;
  const n = tokens.length;
  if (k + 2 >= n || !spaced(doc, k) || !spaced(doc, k + 1)) return false;
  for (const j of [k + 1, k + 2])
    if (!tokens.capital(j) || tokens.noLowerCase(j) || !isVietnameseSyllable(tokens.word(j) as string))
      return false;
  return !(DIRECTIONS.has(tokens.key(k + 1) as string) && DIRECTIONS.has(tokens.key(k + 2) as string));
}

/**
 * Whether words `k` and `k + 1` are a city's numbered unit: "Quận 1", "phường 12" written with the
 * marks, or "District 3" capitalised in English text; a number from 1 to {@link MAX_UNIT_NUMBER}
 * that ends there.
 */
function numberedUnit(doc: Doc, covered: Uint8Array, k: number, language: string | null): boolean {
  const { text, tokens } = doc;
  // The word's key first: most words are none of the four.
  const key = tokens.key(k);
  if (key !== 'quan' && key !== 'phuong' && key !== 'district' && key !== 'ward') return false;
  if (covered[k] || covered[k + 1] || !spaced(doc, k)) return false;
  if (key === 'quan' || key === 'phuong') {
    // Without marks, capitalised before the number: a text that lost its marks ("Quan 7", "Phuong 12";
    // the army, quân, numbers its corps and regions with another word first: "Quan khu 7").
    // Not after a capitalised word, or before an age: a person's given name, Quân or Phương
    // ("Minh Quan 25 tuoi").
    const marked = markedSpelling(text.slice(tokens.start(k), tokens.end(k)));
    if (!NUMBERED_VI.has(marked)) {
      if (marked !== key || !tokens.capital(k) || (k > 0 && tokens.capital(k - 1) && spaced(doc, k - 1)))
        return false;
      if (k + 2 < tokens.length && tokens.key(k + 2) === 'tuoi') return false;
    }
  } else if (language === 'vi' || !tokens.capital(k)) return false;
  const number = smallNumber(doc, k + 1, 2);
  if (number < 1 || number > MAX_UNIT_NUMBER) return false;
  const end = tokens.end(k + 1);
  return !NUMBER_GOES_ON.test(text.slice(end, end + 2));
}

/**
 * Words `from`..`to` spell a name of the knowledge base: the scan read it and a rule left it out
 * ("khu công nghiệp Việt Nam – Singapore 1", "Truong Sa District"), which no other stage undoes.
 * After a word for a unit or zone (`unitHead`), a province's, a city's or another country's
 * province's name is not one: the rules left it out as the name of a ward, a commune or a zone
 * ("phường Hội An", "KCN Quang Châu", "xã Tân Cương").
 */
function knownName(doc: Doc, from: number, to: number, unitHead: boolean, administrative = false): boolean {
  const forms = formsSpelt(doc, from, to);
  if (forms === null) return false;
  if (!unitHead) return true;
  // (After a ward's or a commune's word, a person's name is the unit's too: "xã Tân Cương" is no
  // Qin Gang, whose Vietnamese name it is.)
  return !forms.every((f) =>
    f.ids.every(
      (id) =>
        id.startsWith('vn-province-') ||
        id.startsWith('city:') ||
        id.startsWith('subdivision:') ||
        (administrative && id.startsWith('person:')),
    ),
  );
}

/** Words `from`..`to` spell only names of the knowledge base's places of no other kind (landmarks, islands). */
function landmarkName(doc: Doc, from: number, to: number): boolean {
  return formsSpelt(doc, from, to)?.every((f) => f.ids.every((id) => id.startsWith('place:'))) === true;
}

/**
 * The forms of the knowledge base's names that words `from`..`to` spell exactly, whether the scan
 * kept them or not; null when they spell none.
 */
export function formsSpelt(doc: Doc, from: number, to: number): readonly Form[] | null {
  const { tokens } = doc;
  if (to > tokens.length) return null;
  let at = doc.index.starts.nodes[tokens.id(from)];
  for (let k = from + 1; at && k < to; k++) at = childById(at, tokens.id(k));
  return at?.forms ?? null;
}

/**
 * Words `from`..`to` spell a name of the knowledge base that is no person's: a street is named
 * after a person ("đường Võ Nguyên Giáp", "Le Duan Street"), and a place's name after a word for
 * a street is a road to or in that place ("đường Hà Nội – Hải Phòng").
 */
function knownPlaceName(doc: Doc, from: number, to: number): boolean {
  const forms = formsSpelt(doc, from, to);
  return forms?.some((f) => f.ids.some((id) => doc.index.types.get(id) !== 'person')) === true;
}

/**
 * The local place named by words `from`..`to`, its id made of their keys; its name is words
 * `from`..`nameTo` as written (with an English word for the unit after it, one space apart).
 */
export function localPlace(doc: Doc, from: number, to: number, nameTo: number): EntityMention {
  const { tokens } = doc;
  const name =
    nameTo === to
      ? undefined
      : doc.text.slice(tokens.start(from), tokens.end(nameTo - 1)).replace(/\s+/gu, ' ');
  return localMention(doc, from, to, LOCAL_PLACE + localKey(doc, from, to), 'place', name);
}

/** Most units an address names between a place read with its word for the unit and a known name. */
const MAX_CHAIN = 3;
/** A comma and one space between the units of an address. */
const ADDRESS_COMMA = /^,[ \u00a0]$/u;

/**
 * The units of an address that follow a place read with its word for the unit (ending before word
 * `at`), when the address goes on to a name the knowledge base holds: in "xã Bắc An, Hoà Tiến,
 * Hoà Vang, TP.Đà Nẵng" the commune's district and town, Hoà Tiến and Hoà Vang. Each is one to
 * four capitalised Vietnamese syllables between commas; as `[from, to)` word ranges, or none when
 * the address does not reach a known name within {@link MAX_CHAIN} units.
 */
function addressUnits(
  doc: Doc,
  covered: Uint8Array,
  at: number,
  language: string | null,
): [number, number][] {
  const { text, tokens } = doc;
  const n = tokens.length;
  const units: [number, number][] = [];
  for (let k = at; k < n && ADDRESS_COMMA.test(text.slice(tokens.end(k - 1), tokens.start(k))); ) {
    if (covered[k]) return units;
    if (units.length === MAX_CHAIN) break;
    const end = syllablesEnd(doc, covered, k, language, MAX_WORDS);
    if (end === k) break;
    units.push([k, end]);
    k = end;
  }
  return [];
}

/**
 * Places the knowledge base lacks, named after a Vietnamese word for a unit or zone ("huyện Núi
 * Thành", "xã Bac An", "KCN Đình Vũ") or before an English one ("Hung Dao ward", "Duong Kinh
 * district"): one to four capitalised Vietnamese syllables that no other stage read. Each is an
 * entity local to the text, `local:place:nui-thanh`, type `place`; the word for the unit is not
 * part of the mention; an English one is part of the entity's name ("Hung Dao ward"). The units an
 * address names after such a place without their words, up to a known name, are places too ("xã
 * Bắc An, Hoà Tiến, Hoà Vang, TP.Đà Nẵng"), and so are a city's numbered districts and wards
 * ("Quận 1", "District 3"). In English text that names Japan, a romanised Japanese name before
 * City, Town, Village or Ward is one too ("Imari City"). Not read in Swedish text or in text of
 * another language.
 */
export function localPlaces(
  doc: Doc,
  covered: Uint8Array,
  language: string | null,
): [number, EntityMention][] {
  const found: [number, EntityMention][] = [];
  if (language !== null && language !== 'vi' && language !== 'en') return found;
  const { tokens } = doc;
  const n = tokens.length;
  const capitals = tokens.capitals();
  // The end of the run of spaced capitalised words the last word visited is in: the words after
  // it in the run end there too (each run is walked once).
  let runEnd = 0;
  // Whether the text names Japan, found when a Japanese municipality first needs it.
  let japan: boolean | undefined;
  const inJapan = (): boolean => {
    japan ??= namesJapan(doc);
    return japan;
  };
  for (let c = 0; c < capitals.length; c++) {
    const from = capitals[c] as number;
    if (from >= runEnd) {
      runEnd = from + 1;
      while (runEnd < n && tokens.capital(runEnd) && spaced(doc, runEnd - 1)) runEnd++;
    }
    if (covered[from] || (tokens.noLowerCase(from) && !nameSyllable(doc, covered, from, language))) continue;
    const after = from > 0 && spaced(doc, from - 1);
    // Cheap tests first: a word for a unit must stand before the words or right after them.
    let to = Math.min(runEnd, from + MAX_WORDS + 1);
    const before = after && language !== 'en' && heads().last.has(tokens.key(from - 1) as string);
    // (A tail in capitals is in the run: "Nha Be District".)
    const next = language !== 'vi' && tailIn(doc, from + 1, Math.min(to + 1, n));
    // A Japanese municipality ("Imari City"): one word read as romanised Japanese, in English text
    // that names Japan or one of its prefectures (many English words read as romaji: "Gazan town").
    if (
      language === 'en' &&
      JAPANESE_TAILS.has(tokens.key(from + 1) as string) &&
      japaneseName(doc, covered, from) &&
      inJapan()
    ) {
      found.push([from, localPlace(doc, from, from + 1, from + 2)]);
      covered[from] = 1;
      continue;
    }
    // A Japanese city after "thành phố" in Vietnamese ("thành phố Kasugai, tỉnh Aichi"), in text
    // that names Japan.
    if (
      language !== 'en' &&
      from >= 2 &&
      tokens.key(from - 1) === 'pho' &&
      tokens.key(from - 2) === 'thanh' &&
      spaced(doc, from - 2) &&
      after &&
      romanisedJapanese(doc, covered, from) &&
      inJapan()
    ) {
      found.push([from, localPlace(doc, from, from + 1, from + 1)]);
      covered[from] = 1;
      continue;
    }
    if (!before && !next) continue;
    // A Japanese station after "ga" ("ga Akabane", "ga Nishi-Kawaguchi"), or a port, lake, cape,
    // peninsula or airport of Japan after its head ("cảng Kure", "hồ Suwa", "bán đảo Noto"):
    // romanised words, which are no Vietnamese syllables.
    if (
      before &&
      (tokens.is(from - 1, 'ga') || japaneseHeadBefore(doc, from)) &&
      romajiWord(doc, covered, from) &&
      (tokens.is(from - 1, 'ga') || inJapan())
    ) {
      const to =
        tokens.hyphenated(from) && from + 1 < n && romajiWord(doc, covered, from + 1) ? from + 2 : from + 1;
      // (A castle takes its town's name: "lâu đài Nagoya" is the castle, the city's name its own.)
      const castle = tokens.is(from - 1, 'dai') && tokens.is(from - 2, 'lau');
      if (knownName(doc, from, to, false) && !(castle && townName(doc, from, to))) continue;
      found.push([from, localPlace(doc, from, to, to)]);
      covered.fill(1, from, to);
      continue;
    }
    if (!nameSyllable(doc, covered, from, language)) continue;
    const headFound = before ? headBefore(doc, from) : null;
    const headAt = headFound ? headFound[1] : -1;
    const head = headAt >= 0;
    const street = headFound?.[0].street === true;
    // A port ("cảng Tiên Sa", "cảng Cái Mép"): a name of two syllables or more that the knowledge
    // base lacks; a place it knows after the word is the port of that place ("cập cảng Việt Nam").
    const port = head && tokens.is(headAt, 'cang');
    // Without a head before it, a name starts where the run of name syllables starts.
    if (!head && after && nameSyllable(doc, covered, from - 1, language)) continue;
    to = syllablesEnd(doc, covered, from, language, MAX_WORDS + 1);
    // A longer run is something else (a person's name and more, a heading).
    if (to - from > MAX_WORDS) continue;
    const tail =
      !head &&
      language !== 'vi' &&
      to < n &&
      spaced(doc, to - 1) &&
      !tokens.noLowerCase(to) &&
      TAILS.has(tokens.key(to) as string);
    if (!head && !tail) continue;
    // (After a name the knowledge base holds, "ward" or "commune" makes it the ward's: "Nha Trang ward".)
    const ward = tail && (tokens.is(to, 'ward') || tokens.is(to, 'commune'));
    // (After the word for an administrative unit, a landmark's or an island's name is the unit's:
    // "phường Văn Miếu - Quốc Tử Giám", "huyện Lý Sơn", the wards and communes named after them.)
    // (And after the word for a bay, a cape or a peninsula, a town's name is the feature's: "vịnh
    // Nha Trang".)
    const named =
      headFound !== null &&
      ((ADMINISTRATIVE_HEADS.has(headFound[0]) && landmarkName(doc, from, to)) ||
        (FEATURE_HEAD_SET.has(headFound[0]) && townName(doc, from, to)));
    if (headFound?.[0].landmarkOnly && !named) continue;
    if (
      !named &&
      (street
        ? knownPlaceName(doc, from, to)
        : knownName(
            doc,
            from,
            to,
            (head && !port) || ward,
            headFound !== null && ADMINISTRATIVE_HEADS.has(headFound[0]),
          ))
    )
      continue;
    // (Nor one whose first words the knowledge base knows, run on into the next words of a glued
    // line: "cảng Cam Ranh Tàu hộ vệ …".)
    if (port && (to - from < 2 || knownName(doc, from, to - 1, false))) continue;
    // In English the word for the unit after the name is part of it ("Hung Dao ward", as "Cu Chi
    // District"); a Vietnamese word before it is a classifier ("huyện Núi Thành" is Núi Thành).
    found.push([from, localPlace(doc, from, to, tail ? to + 1 : to)]);
    covered.fill(1, from, to);
    if (!head) continue;
    // The address may go on without the words for its units, up to a known name; or, after a
    // head in the plural, the name opens a list of places of its kind ("các khu công nghiệp Bá
    // Thiện, Bình Xuyên và Phú Hà").
    const more = addressUnits(doc, covered, to, language);
    const list =
      more.length === 0 && pluralBefore(doc, headAt) ? listAfterHead(doc, covered, to, language) : [];
    for (const [unitFrom, unitTo] of more.length > 0 ? more : list) {
      if (knownName(doc, unitFrom, unitTo, false)) continue;
      found.push([unitFrom, localPlace(doc, unitFrom, unitTo, unitTo)]);
      covered.fill(1, unitFrom, unitTo);
    }
  }
  // An English zone's name before its words for the zone ("Hoa Khanh Industrial Park"): the words
  // are part of the entity's name, not of the mention, as a unit's are.
  if (language !== 'vi') {
    for (let k = 1; k < n; k++) {
      if (covered[k] || !spaced(doc, k - 1)) continue;
      // (The pair is spelt out only after a first word of one: most words open none.)
      const tailPair =
        k + 1 < n && spaced(doc, k) && ZONE_FIRST_WORDS.has(tokens.key(k) as string)
          ? `${tokens.key(k)} ${tokens.key(k + 1)}`
          : '';
      // Zones named in a list before their words in the plural ("Quang Chau, Van Trung and Dinh
      // Tram industrial parks"), and wards, communes and districts ("Bai Chay and Hon Gai wards"):
      // each item is one, named without the words.
      if (ZONE_PLURALS.has(tailPair) || (UNIT_PLURALS.has(tokens.key(k) as string) && !tokens.capital(k))) {
        for (const item of listBeforeTail(doc, covered, k, language)) found.push(item);
        continue;
      }
      const pair = ZONE_TAILS.has(tailPair);
      // (A zone's words in lower case too: "Hiep Phuoc industrial park"; and a temple's or a
      // pagoda's, as news often writes them: "Daionji temple", "Tran Quoc pagoda".)
      const key = tokens.key(k) as string;
      const written = tokens.capital(k) || LOWER_CASE_TAILS.has(key);
      // (A capitalised word after a one-word tail makes a longer name: "Long Island Sound".)
      const longer = !pair && tokens.oneSpace(k) && tokens.capital(k + 1);
      // (An island's Vietnamese name has two syllables or more: "Hon Tre island", not "Long Island".)
      const shortIsland =
        key === 'island' &&
        !(
          k >= 2 &&
          spaced(doc, k - 2) &&
          tokens.capital(k - 2) &&
          isVietnameseSyllable(tokens.word(k - 2) as string)
        );
      const vietnamese = pair || (written && !longer && !shortIsland && STATION_TAILS.has(key));
      const japanese = !pair && written && JAPANESE_PLACE_TAILS.has(key);
      if (!vietnamese && !japanese) continue;
      const place =
        (vietnamese ? nameBeforeTail(doc, covered, k, language, pair ? k + 2 : k + 1) : null) ??
        (japanese ? romajiBeforeTail(doc, covered, k) : null);
      if (place) found.push(place);
    }
  }
  // A numbered road, its words part of the mention and the name as a numbered unit's ("Quốc lộ 5").
  if (language === 'vi' || language === 'en' || language === null)
    for (const [from, to] of roadSpans(doc.text, tokens, covered)) {
      found.push([from, localPlace(doc, from, to, to)]);
      covered.fill(1, from, to);
    }
  // A numbered unit: the number is no name alone, so the word for the unit is part of both the
  // mention and the name ("Quận 1", "District 3").
  for (let k = 0; k + 1 < n; k++) {
    if (!numberedUnit(doc, covered, k, language)) continue;
    found.push([k, localPlace(doc, k, k + 2, k + 2)]);
    covered.fill(1, k, k + 2);
    k++;
  }
  return found;
}

/**
 * Zones of Swedish text, whose words for them are written in lower case after the name ("Thang
 * Long industripark", "Hoa Lac högteknologiska park"): a name of one to four Vietnamese syllables
 * before one of {@link SWEDISH_ZONE_TAILS} is a local place, the words in its name, not in the
 * mention. The other local places are not read in Swedish text (see {@link localPlaces}).
 */
export function swedishZones(
  doc: Doc,
  covered: Uint8Array,
  language: string | null,
): [number, EntityMention][] {
  const found: [number, EntityMention][] = [];
  // Most Swedish texts name no zone: one search of the text skips the visit of every word.
  if (language !== 'sv' || !SWEDISH_ZONE_IN_TEXT.test(doc.text)) return found;
  const { tokens } = doc;
  const n = tokens.length;
  for (let k = 1; k < n; k++) {
    if (covered[k] || tokens.capital(k) || !spaced(doc, k - 1)) continue;
    const pair =
      k + 1 < n && spaced(doc, k) && SWEDISH_ZONE_TAILS.has(`${tokens.key(k)} ${tokens.key(k + 1)}`);
    if (!pair && !SWEDISH_ZONE_TAILS.has(tokens.key(k) as string)) continue;
    const place = nameBeforeTail(doc, covered, k, language, pair ? k + 2 : k + 1);
    if (place) found.push(place);
  }
  return found;
}

/**
 * The local place named by one romanised Japanese word right before a word for a place of a kind
 * at `k` ({@link JAPANESE_PLACE_TAILS}; "Daionji temple", "Kanayama Station"), with the word in its
 * name, not in the mention; null when the word is none, follows another capitalised word of the
 * name, or an honorific ("Mr. Sato Station" is no station).
 */
function romajiBeforeTail(doc: Doc, covered: Uint8Array, k: number): [number, EntityMention] | null {
  const { tokens } = doc;
  const from = k - 1;
  if (!japaneseName(doc, covered, from) || knownName(doc, from, k, false)) return null;
  if (from > 0 && HONORIFICS.has(tokens.word(from - 1) as string)) return null;
  // A capitalised word after the tail makes a longer name ("Saigon Bridge Securities").
  if (k + 1 < tokens.length && tokens.capital(k + 1) && spaced(doc, k)) return null;
  covered[from] = 1;
  return [from, localPlace(doc, from, k, k + 1)];
}

/**
 * The local place named by the Vietnamese syllables right before the word for a zone or station at
 * `k` (its name runs to `nameTo`, the words included), which it covers; null when no syllable is
 * there or they spell a known name.
 */
function listBeforeTail(
  doc: Doc,
  covered: Uint8Array,
  k: number,
  language: string | null,
): [number, EntityMention][] {
  const { text, tokens } = doc;
  const items: [number, EntityMention][] = [];
  const last = nameBeforeTail(doc, covered, k, language, k);
  if (!last) return items;
  items.push(last);
  for (let start = last[0]; items.length < MAX_LIST_ZONES; ) {
    // The item before ends before a comma, "and" or both.
    let end = start - 1;
    const and = end > 0 && tokens.is(end, 'and') && spaced(doc, end);
    if (and) end--;
    const gap = end < 0 ? '' : text.slice(tokens.end(end), tokens.start(end + 1));
    if (gap !== ', ' && gap !== ',' && !(and && gap === ' ')) break;
    const item = nameBeforeTail(doc, covered, end + 1, language, end + 1, true);
    if (!item) break;
    items.push(item);
    start = item[0];
  }
  return items;
}

/** Vietnamese words that put the head after them in the plural ("các xã", "ba ấp"), as keys. */
const PLURAL_WORDS: ReadonlySet<string> = new Set([
  'cac',
  'nhung',
  'hai',
  'ba',
  'bon',
  'sau',
  'bay',
  'tam',
  'chin',
  'muoi',
  'nhieu',
]);

/** The head at word `head` is in the plural: a word of {@link PLURAL_WORDS} or a number before it. */
function pluralBefore(doc: Doc, head: number): boolean {
  if (head < 1 || !spaced(doc, head - 1)) return false;
  const { text, tokens } = doc;
  return (
    PLURAL_WORDS.has(tokens.key(head - 1) as string) ||
    /^\d+$/u.test(text.slice(tokens.start(head - 1), tokens.end(head - 1)))
  );
}

/**
 * The items of a list that goes on after a place named by its head at word `at`: names of
 * Vietnamese syllables after commas, the last after "và" or "and" ("khu công nghiệp Bá Thiện,
 * Bình Xuyên, Thụy Vân và Phú Hà", "ba ấp Bến Kinh, Cái Già Bến và Long Hòa"), each a place of
 * the head's kind and of two syllables or more. Without the last item's "và" the words are no
 * list, and none is read: a name after an address's comma is as often a person's.
 */
function listAfterHead(
  doc: Doc,
  covered: Uint8Array,
  at: number,
  language: string | null,
): [number, number][] {
  const { text, tokens } = doc;
  const n = tokens.length;
  const items: [number, number][] = [];
  for (let k = at; k < n && items.length < MAX_LIST_ZONES; ) {
    const gap = text.slice(tokens.end(k - 1), tokens.start(k));
    const and = (tokens.is(k, 'va') || tokens.is(k, 'and')) && !tokens.capital(k) && spaced(doc, k);
    if (gap !== ', ' && !(gap === ' ' && and)) return [];
    const start = and ? k + 1 : k;
    // (A known name in the list is an item the knowledge base reads.)
    let end = start;
    while (end < n && covered[end] && (end === start || spaced(doc, end - 1))) end++;
    if (end === start) end = syllablesEnd(doc, covered, start, language, MAX_WORDS + 1);
    // (An item of one syllable is rather a word: "cầu Nhật Tân và Nhà ga …".)
    if (end === start || end - start > MAX_WORDS || (!covered[start] && end - start < 2)) return [];
    if (!covered[start]) items.push([start, end]);
    if (and) return items;
    k = end;
  }
  return [];
}

/** Most zones read in one list before their words in the plural. */
const MAX_LIST_ZONES = 6;

function nameBeforeTail(
  doc: Doc,
  covered: Uint8Array,
  k: number,
  language: string | null,
  nameTo: number,
  listItem = false,
): [number, EntityMention] | null {
  let from = k;
  // Two names joined by a hyphen name a road between them ("Ben Luc-Long Thanh Expressway").
  const joined = (at: number) => doc.text.slice(doc.tokens.end(at - 1), doc.tokens.start(at)) === '-';
  // (An item of a list ends before its comma or "and": no space before word `k` is asked for.)
  while (
    from > 0 &&
    k - from < MAX_WORDS &&
    ((listItem && from === k) || spaced(doc, from - 1) || (joined(from) && from < k)) &&
    nameSyllable(doc, covered, from - 1, language)
  )
    from--;
  // (Joined to something else, "HCMC-Trung Luong Expressway", the name is cut short: none.)
  if (from === k || (from > 0 && joined(from))) return null;
  if (
    STREET_TAILS.has(doc.tokens.key(k) as string)
      ? knownPlaceName(doc, from, k)
      : knownName(doc, from, k, true)
  )
    return null;
  // After an honorific the words are a person's name ("Mr. Long Temple", "ông Long Temple").
  if (from > 0 && HONORIFICS.has(doc.tokens.word(from - 1) as string)) return null;
  covered.fill(1, from, k);
  return [from, localPlace(doc, from, k, nameTo)];
}
