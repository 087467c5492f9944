/**
 * Generic words that stand next to a proper name without being part of what it names ("tỉnh
 * Quảng Ninh", "thành phố Huế", "Hue City", "Quang Ninh-provinsen"): they may be written in lower
 * case inside a capitalised name, and rewriting tools keep them as written. Folding keys.
 */

/** Heads written before a name, as word-key sequences (longest first within a language). */
export const GENERIC_HEADS: readonly (readonly string[])[] = [
  ['thanh', 'pho'],
  ['thu', 'do'],
  ['co', 'do'],
  ['quan', 'dao'],
  ['huyen', 'dao'],
  ['thi', 'xa'],
  ['tinh'],
  ['tp'],
  ['huyen'],
  ['xa'],
  ['phuong'],
  ['dao'],
  ['bien'],
  ['song'],
  ['vinh'],
];

/** Generic words written after a name that name the same place (en, sv): "Hue City", "Quang Ninh Province". */
export const SAME_PLACE_TAILS: readonly string[] = [
  'city',
  'province',
  'provincial',
  'municipal',
  'provinsen',
  'provins',
  'staden',
  'prefecture',
  'capital',
];

/**
 * Words written after a place that name an event held there (en, sv): "G20 Osaka Summit", "Tokyo
 * Olympics", "the Geneva Conference". The place is still named; the capitalised word after it does
 * not make it part of a longer proper name.
 */
export const EVENT_TAILS: readonly string[] = [
  'summit',
  'expo',
  'olympics',
  'olympic',
  'paralympics',
  'games',
  'forum',
  'festival',
  'marathon',
  'conference',
  'fair',
  'dialogue',
  'biennale',
];

/**
 * Generic words written after a name that name another feature after it: "Saigon River" is the
 * river, "Pacific Islands" the islands (unless the knowledge base has the whole name).
 */
export const FEATURE_TAILS: readonly string[] = [
  'sea',
  'island',
  'islands',
  'archipelago',
  'river',
  'ocean',
  'station',
  'airport',
];

/** Generic words written after a name (en, sv). */
export const GENERIC_TAILS: readonly (readonly string[])[] = [...SAME_PLACE_TAILS, ...FEATURE_TAILS].map(
  (w) => [w],
);

/**
 * Vietnamese heads that name another feature after a place ("sông Thái Bình" is the river,
 * "mũi Cà Mau" the cape, "đại lộ Bình Dương" the avenue, "KCN Quang Châu" the zone, "ga Thủ Đức"
 * the station), as marked spellings.
 */
export const FEATURE_HEADS: readonly (readonly string[])[] = [
  // An industrial or economic zone by its abbreviation ("KCN Quang Châu", "KKT Vân Phong").
  ['kcn'],
  ['kkt'],
  ['sông'],
  ['mũi'],
  ['núi'],
  ['dãy'],
  ['đèo'],
  ['đại', 'lộ'],
  ['trường', 'đua'],
  ['ga'],
  ['sân', 'bay'],
  // A park named after a place or a sea ("Công viên Biển Đông", "Công viên châu Á").
  ['công', 'viên'],
];

/**
 * Vietnamese heads of an institution's name, capitalised in front of it: a region right after one
 * is part of the name ("Ngân hàng Đông Á", DongA Bank; "Ngân hàng TMCP Đông Nam Á"; "Đại học Đông
 * Á"), not the region. Marked spellings. (Countries are left alone: "Ngân hàng Nhật Bản" may be
 * Japanese banks.)
 */
export const INSTITUTION_HEADS: readonly (readonly string[])[] = [
  ['ngân', 'hàng'],
  ['tmcp'],
  ['công', 'ty'],
  ['tập', 'đoàn'],
  ['đại', 'học'],
  ['trường'],
  ['bệnh', 'viện'],
  ['báo'],
  ['hãng'],
  ['khách', 'sạn'],
];

/**
 * Vietnamese words for a street in front of a name: "đường Thanh Niên", "phố Lê Thái Tổ", "đại lộ
 * Võ Văn Kiệt" name the street, not the newspaper or the person ("lộ" ends "đại lộ", "quốc lộ").
 * Marked spellings.
 */
export const STREET_HEADS: ReadonlySet<string> = new Set(['đường', 'phố', 'ngõ', 'hẻm', 'lộ']);

/**
 * Vietnamese words for a unit below a province, before its name: "phường Bắc Giang" and "phường
 * Hội An" are wards, not the province or the city of that name. Marked spellings ("trấn" ends
 * "thị trấn"; "thị xã" ends on "xã").
 */
export const SUB_PROVINCE_HEADS: ReadonlySet<string> = new Set(['phường', 'xã', 'quận', 'huyện', 'trấn']);

/**
 * Vietnamese words for a bay, a cape or a peninsula, before the town's or province's name they
 * take: "vịnh Nha Trang", "mũi Cà Mau", "bán đảo Sơn Trà". Marked spellings.
 */
export const NAMED_FEATURE_HEADS: readonly string[] = ['vịnh', 'mũi', 'bán đảo', 'lâu đài'];

/** The id is a town's, a province's or another country's subdivision's (what a feature is named after). */
export const isTownId = (id: string): boolean =>
  id.startsWith('city:') || id.startsWith('vn-province-') || id.startsWith('subdivision:');

/**
 * English words for a street or a bridge after a name: "Le Duan Street", "Tran Phu Road" name the
 * street, not the person. Folding keys.
 */
export const STREET_TAILS: ReadonlySet<string> = new Set([
  'street',
  'road',
  'avenue',
  'boulevard',
  'parkway',
  'highway',
  'bridge',
  'square',
]);

/**
 * Vietnamese words in front of the title of a body, a work or a law ("Đại học Mỹ thuật", "Cuốn Nhật
 * ký", "Bộ Tư pháp", "Bộ luật Lao động"), after which a common word is capitalised. Marked spellings.
 */
export const TITLE_HEADS: ReadonlySet<string> = new Set([
  'học',
  'viện',
  'trường',
  'bộ',
  'báo',
  'chí',
  'cuốn',
  'tập',
  'hội',
  'khoa',
  'ban',
  'sở',
  'cục',
  // A law's title: "Bộ luật Lao động", "luật Lao động tiêu chuẩn".
  'luật',
  // A centre's and a federation's name: "Trung tâm Lao động ngoài nước", "Liên đoàn Lao động".
  'tâm',
  'đoàn',
  // A division's, a department's and a company's: "Trưởng phòng Lao động - Thương binh và Xã hội",
  // "Vụ Giáo dục", "Công ty Lao động quốc tế".
  'phòng',
  'vụ',
  'ty',
]);

/**
 * Words of a state's formal name in front of its short name ("Republiken Estland", "Konungariket
 * Sverige", "Kingdom of Thailand"): the short name is still the country.
 */
export const STATE_WORDS: readonly string[] = [
  'republic',
  'kingdom',
  'state',
  'federation',
  'republiken',
  'konungariket',
  'kungariket',
  'staten',
  'federationen',
];

/** Every word of a generic head or tail, and the words of formal state names. */
export const GENERIC_WORDS: ReadonlySet<string> = new Set([
  ...[...GENERIC_HEADS, ...GENERIC_TAILS].flat(),
  ...STATE_WORDS,
]);

/** The words of the generic heads, and of formal state names: generic before a name only. */
export const GENERIC_HEAD_WORDS: ReadonlySet<string> = new Set([...GENERIC_HEADS.flat(), ...STATE_WORDS]);

/** The words of the generic tails, and of formal state names: generic after a name too. */
export const GENERIC_TAIL_WORDS: ReadonlySet<string> = new Set([...GENERIC_TAILS.flat(), ...STATE_WORDS]);

/**
 * Vietnamese words of address in front of a given name ("chị Mỹ", "anh Đức", "bà Nga"): a
 * one-syllable place name right after one is a person's name. Marked spellings ("có" is not "cô").
 */
export const ADDRESS_WORDS: ReadonlySet<string> = new Set([
  'anh',
  'chị',
  'em',
  'cô',
  'chú',
  'bác',
  'ông',
  'bà',
  'dì',
  'cậu',
  'ngài',
  // A teacher ("thầy Morita", "Thầy Nam"); in text without marks "thay" is mostly "to change".
  'thầy',
]);

/** Vietnamese words that make a continent of a country's name ("châu Mỹ", "châu Úc"). Marked spellings. */
export const CONTINENT_WORDS: ReadonlySet<string> = new Set(['châu']);

/** The four Vietnamese directions, as folding keys: Đông, Tây, Nam, Bắc. */
export const DIRECTIONS: ReadonlySet<string> = new Set(['dong', 'tay', 'nam', 'bac']);
