/**
 * The ASCII forms of names and aliases ("Hà Nội" → "Ha Noi", "Malmö" → "Malmo"). The generated
 * KB stores only the forms written in data/kb; their ASCII forms are derived here, at load, by the
 * same rule the generator uses to check the data (scripts/build-kb.mjs imports this module).
 */

/** A character outside ASCII: a text without one is its own ASCII form. */
const NON_ASCII = /\P{ASCII}/u;

/** Diacritics removed, đ → d, case kept. */
export function asciiForm(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

/**
 * Words of official names that British and American English spell apart, in lower case, British
 * first: a name written one way in the data is read written the other ("Ministry of National
 * Defence", "Ministry of Labor, Invalids and Social Affairs", "World Trade Center").
 */
const SPELLINGS: readonly (readonly [string, string])[] = [
  ['defence', 'defense'],
  ['labour', 'labor'],
  ['centre', 'center'],
  ['organisation', 'organization'],
  ['programme', 'program'],
];
const BRITISH = new Map(SPELLINGS.map(([gb, us]) => [us, gb]));
const AMERICAN = new Map(SPELLINGS);
const SPELLING_WORDS =
  /\b(?:[Dd]efen[cs]e|[Ll]abou?r|[Cc]ent(?:re|er)|[Oo]rgani[sz]ation|[Pp]rogram(?:me)?)\b/gu;

/** Some word of {@link SPELLINGS} (a quick test before the replacement: most names have none). */
const SPELLING_WORD = new RegExp(SPELLING_WORDS.source, 'u');

/** The form with its words of {@link SPELLINGS} spelt by `table` (capitals kept: "Defence" → "Defense"). */
function respelt(form: string, table: ReadonlyMap<string, string>): string {
  return form.replace(SPELLING_WORDS, (word) => {
    const other = table.get(word.toLowerCase());
    if (other === undefined) return word;
    return word[0] === word[0]?.toUpperCase() ? (other[0] as string).toUpperCase() + other.slice(1) : other;
  });
}

/** The form spelt the British way, and the American ("Labor Organization" → "Labour Organisation", itself). */
export function bothSpellings(form: string): [string, string] {
  if (!SPELLING_WORD.test(form)) return [form, form];
  return [respelt(form, BRITISH), respelt(form, AMERICAN)];
}

/** "Viet Nam" and "Vietnam" as words of a longer name (not "Vietnamese"). */
const VIET_NAM = /\bViet Nam\b/gu;
const VIETNAM = /\bVietnam\b/gu;

/**
 * The form with the country's name spelt the other way, in one word or in two: "Japan-Vietnam
 * Economic Partnership Agreement" for "Japan-Viet Nam …", and back (the form itself when it has neither).
 */
export function otherVietnamSpelling(form: string): string {
  if (!form.includes('Viet')) return form;
  return form.includes('Viet Nam') ? form.replace(VIET_NAM, 'Vietnam') : form.replace(VIETNAM, 'Viet Nam');
}

/** The two English spellings of Viet Nam's largest cities as words of a longer name. */
const HANOI_WORD = /(?<=^|[ ,])Hanoi(?=$|[ ,])/u;
const HA_NOI_WORD = /(?<=^|[ ,])Ha Noi(?=$|[ ,])/u;
const HO_CHI_MINH_CITY_WORDS = /(?<=^|[ ,])Ho Chi Minh City(?=$|[ ,])/u;
const HCM_CITY_WORDS = /(?<=^|[ ,])HCM City(?=$|[ ,])/u;

/**
 * The form with a city's name spelt the other way inside a longer English name, as Vietnamese
 * agencies write it: "Japanese Embassy in Ha Noi" for "… in Hanoi", "Consulate General of Japan in
 * HCM City" for "… in Ho Chi Minh City", and back (the form itself when it has none, or is the
 * city's name alone). Straight tests, no loop: it runs on every name at load.
 */
export function otherCitySpelling(form: string): string {
  if (!form.includes('H')) return form;
  if (form.includes('Ha')) {
    if (form.includes('Hanoi')) return form === 'Hanoi' ? form : form.replace(HANOI_WORD, 'Ha Noi');
    if (form.includes('Ha Noi')) return form === 'Ha Noi' ? form : form.replace(HA_NOI_WORD, 'Hanoi');
  }
  if (form.includes('Ho Chi Minh City'))
    return form === 'Ho Chi Minh City' ? form : form.replace(HO_CHI_MINH_CITY_WORDS, 'HCM City');
  if (form.includes('HCM City'))
    return form === 'HCM City' ? form : form.replace(HCM_CITY_WORDS, 'Ho Chi Minh City');
  return form;
}

/** "Nhật Bản" after another word of a Vietnamese name: Japan as Vietnamese often shortens it. */
const JAPAN_IN_NAME = / Nhật Bản(?=$| )/u;
/** Fewest words of a name with "Nhật Bản" shortened ("Quốc hội Nhật"). */
const MIN_SHORT_JAPAN_WORDS = 3;

/**
 * The form with "Nhật Bản" written "Nhật", as Vietnamese news names Japan's bodies ("Quốc hội
 * Nhật", "Đại sứ quán Nhật tại Việt Nam"); the form itself when it has no such word after another,
 * opens in lower case or would be shorter than three words.
 */
export function shortJapan(form: string): string {
  if (!form.includes(' Nhật Bản') || opensLowerCase(form)) return form;
  const short = form.replace(JAPAN_IN_NAME, ' Nhật');
  // (Two words are too few: "biển Nhật" is any sea of Japan's, "khách tàu biển Nhật" its cruise passengers.)
  return short.split(' ').length < MIN_SHORT_JAPAN_WORDS ? form : short;
}

/** A diplomatic mission's head, and its abbreviation in Vietnamese news. */
const MISSION_HEADS: readonly (readonly [RegExp, string])[] = [
  [/^Đại sứ quán /u, 'ĐSQ '],
  [/^Tổng Lãnh sự quán /iu, 'TLSQ '],
];

/**
 * The form with a mission's head abbreviated, as Vietnamese news writes it ("ĐSQ Việt Nam tại Nhật
 * Bản", "TLSQ Việt Nam tại Osaka"); the form itself for other forms.
 */
export function abbreviatedMission(form: string): string {
  const first = form[0];
  if (first !== 'Đ' && first !== 'T' && first !== 't') return form;
  for (const [head, short] of MISSION_HEADS) if (head.test(form)) return form.replace(head, short);
  return form;
}

/** A company's name ending in "Corporation", as news shortens it. */
const CORPORATION = / Corporation$/u;

/** The forms of a company's name with "Corporation" shortened: "Sumitomo Corp." and "Sumitomo Corp" (none for other forms). */
export function shortCorporation(form: string): string[] {
  if (!CORPORATION.test(form)) return [];
  const stem = form.slice(0, -' Corporation'.length);
  return [`${stem} Corp.`, `${stem} Corp`];
}

/** The first letter of each word (words are parted by white space, '-' and '–'). */
const FIRST_LETTERS = /(?:^|[\s\-\u2013])[^\p{L}\s\-\u2013]*(\p{L})/gu;

/** The form's first letter is in lower case ("biển Đông", "kỹ năng đặc định"). */
function opensLowerCase(form: string): boolean {
  const code = form.charCodeAt(0);
  if (code >= 0x61 && code <= 0x7a) return true;
  if (code >= 0x41 && code <= 0x5a) return false;
  const first = /\p{L}/u.exec(form)?.[0];
  return first !== undefined && first === first.toLowerCase() && first !== first.toUpperCase();
}

/** Every word of a form starts with a capital ("Báo Nhân Dân", not "Báo Nhân dân"). */
function allCapitalised(form: string): boolean {
  FIRST_LETTERS.lastIndex = 0;
  for (let m = FIRST_LETTERS.exec(form); m !== null; m = FIRST_LETTERS.exec(form)) {
    const first = m[1] as string;
    if (first === first.toLowerCase()) return false;
  }
  return true;
}

/**
 * Every alias of an entity: its listed aliases and the ASCII forms of its names and aliases,
 * without the names themselves, case-sensitive forms, or a second form differing only in case —
 * unless it writes a word in lower case where the forms before it capitalise every word: "Báo
 * Nhân dân" beside "Báo Nhân Dân" says that the name is written so too (a name capitalised in
 * every form is not read where a word of it is in lower case).
 * The name spelt the British and the American way are aliases too (see {@link bothSpellings}), and so
 * is the name with "Viet Nam" written "Vietnam" or back (see {@link otherVietnamSpelling}), and a
 * company's name with "Corporation" shortened (see {@link shortCorporation}), and a Vietnamese name
 * with "Nhật Bản" shortened to "Nhật" (see {@link shortJapan}), and a mission's head abbreviated
 * (see {@link abbreviatedMission}).
 * @example expandAliases(['Hà Nội'], ['Thủ đô Hà Nội'], []) // ['Ha Noi', 'Thủ đô Hà Nội', 'Thu do Ha Noi']
 */
export function expandAliases(
  names: readonly string[],
  aliases: readonly string[],
  caseSensitive: readonly string[],
): string[] {
  const nameSet = new Set(names);
  const cs = new Set(caseSensitive);
  const seen = new Set<string>();
  // Each lower-case form seen, with whether a form of it in lower case somewhere is kept.
  const seenLower = new Map<string, boolean>();
  for (const n of names) seenLower.set(n.toLowerCase(), seenLower.get(n.toLowerCase()) || !allCapitalised(n));
  // Each lower-case form whose kept forms all open with a capital.
  const capitalOpening = new Set<string>();
  for (const n of names) if (!opensLowerCase(n)) capitalOpening.add(n.toLowerCase());
  const out: string[] = [];
  for (const form of [...names, ...aliases]) {
    if (cs.has(form)) continue;
    const ascii = asciiForm(form);
    const japan = shortJapan(form);
    const mission = abbreviatedMission(form);
    for (const a of [
      form,
      ascii,
      ...bothSpellings(form),
      otherVietnamSpelling(ascii),
      // (English names only: a Vietnamese one keeps "Ha Noi", "Thu do Ha Noi".)
      ascii === form ? otherCitySpelling(form) : form,
      ...shortCorporation(ascii),
      japan,
      japan === form ? ascii : asciiForm(japan),
      mission,
      mission === form ? ascii : asciiForm(mission),
    ]) {
      if (seen.has(a)) continue;
      seen.add(a);
      if (nameSet.has(a) || cs.has(a)) continue;
      const lower = a.toLowerCase();
      const lowered = seenLower.get(lower);
      // A form opening in lower case where every form before opens with a capital says the name is
      // written so too, as a common noun ("kỹ năng đặc định" beside "Kỹ năng đặc định").
      const lowerFirst = opensLowerCase(a);
      const opensLower = lowerFirst && capitalOpening.has(lower);
      if (opensLower) capitalOpening.delete(lower);
      else if (!lowerFirst && lowered === undefined) capitalOpening.add(lower);
      if (!opensLower && (lowered === true || (lowered === false && allCapitalised(a)))) continue;
      seenLower.set(lower, lowered !== undefined || !allCapitalised(a));
      out.push(a);
    }
  }
  return out;
}
