/**
 * Context words the recognizer reads around a mention, per language. Data, not logic: each list
 * says what it decides. Keys are folding keys (lower case, no diacritics).
 */

/** Words after a person's name that make "Ho Chi Minh" the man, not the city ("Ho Chi Minh's mausoleum"). */
export const PERSON_AFTER: ReadonlySet<string> = new Set([
  'mausoleum',
  'thought',
  'ideology',
  'legacy',
  'museum',
  'birthday',
  'teachings',
  'testament',
  'mausoleet',
  'tankar',
]);

/** Words before a name that make it a person: honorifics and titles not tied to an office. */
export const PERSON_BEFORE: ReadonlySet<string> = new Set([
  'president',
  'uncle',
  'bac',
  'chu',
  'tich',
  'lang',
  'tuong',
  'mr',
  'mrs',
  'ms',
  'ong',
  'ba',
  'herr',
  'fru',
  'general',
  'dai',
]);

/** Words next to a place that make it the province-level unit ("Quang Ninh province", "tỉnh Quảng Ninh"). */
export const PROVINCE_WORDS: ReadonlySet<string> = new Set([
  'province',
  'provincial',
  'tinh',
  'provinsen',
  'provins',
]);

/** Words next to a place that make it the city ("Hue city", "thành phố Huế", "staden"). */
export const CITY_WORDS: ReadonlySet<string> = new Set(['city', 'thanh', 'tp', 'staden', 'stad']);

/** Words before "Congo" that make it the Democratic Republic. */
export const DEMOCRATIC_WORDS: ReadonlySet<string> = new Set([
  'democratic',
  'dr',
  'drc',
  'demokratiska',
  'dan',
]);

/** Words that tie a ministry or office to Japan when next to it ("Japanese", "Japan's", "Nhật Bản"). */
export const JAPAN_WORDS: ReadonlySet<string> = new Set(['japanese', 'japan', 'japans', 'japanska', 'nhat']);

/** Entities whose mention makes a text about Vietnam's seas (Östersjön then means Biển Đông). */
export const VIETNAM_MARITIME: ReadonlySet<string> = new Set([
  'country:VN',
  'sea:bien-dong',
  'island-group:hoang-sa',
  'island-group:truong-sa',
  'agreement:unclos',
  'agreement:doc',
  'agreement:coc',
  'org:asean',
]);

/** Countries whose mention makes a text about the Baltic (Östersjön is then the Baltic Sea). */
export const BALTIC: ReadonlySet<string> = new Set([
  'country:SE',
  'country:FI',
  'country:EE',
  'country:LV',
  'country:LT',
  'country:DK',
  'country:PL',
  'country:DE',
  'country:RU',
  'sea:baltic',
]);

/** Countries whose mention makes "East Sea"/"Östhavet" the Sea of Japan (Korean usage). */
export const KOREA: ReadonlySet<string> = new Set(['country:KR', 'country:KP']);

/** Every word the context rules read, so the tokenizer keeps them (see `tokenize`'s vocabulary). */
export const CONTEXT_WORDS: readonly string[] = [
  ...PERSON_AFTER,
  ...PERSON_BEFORE,
  ...PROVINCE_WORDS,
  ...CITY_WORDS,
  ...DEMOCRATIC_WORDS,
  ...JAPAN_WORDS,
];
