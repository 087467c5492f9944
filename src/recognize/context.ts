import { PEOPLES_BODIES } from '../kb/peoples-bodies.js';
import { foldKey } from '../text/fold.js';
import { EXPRESSWAY_WORDS } from './expressways.js';
import { FEATURE_HEADS, INSTITUTION_HEADS, STREET_TAILS } from './generic.js';
import { ROAD_WORDS } from './roads.js';
import { SHIP_KINDS, SHIP_WORDS } from './ships.js';

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
  'hus',
  'grav',
  'liv',
  'dod',
  'minne',
  'arv',
  'testamente',
  // What only a man does: was born, died, founded, wrote, declared ("byn där Ho Chi Minh föddes").
  // (Not Vietnamese "sinh": "sinh viên", "sinh sống" follow a city too.)
  'born',
  'died',
  'founded',
  'wrote',
  'declared',
  'foddes',
  'grundade',
  'skrev',
  'utropade',
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
  // "the young Ho Chi Minh", Swedish "den unge Ho Chi Minh".
  'young',
  'unge',
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

/**
 * Swedish words of a maritime dispute (folding keys): in the sentence of "Östersjön" in a translated
 * Vietnamese text, they make it Biển Đông ("frihet för navigering och överflygning", "lösa tvister",
 * "fred och stabilitet", "suveränitet över Hoàng Sa och Trường Sa").
 */
export const MARITIME_DISPUTE: ReadonlySet<string> = new Set([
  'navigering',
  'overflygning',
  'tvist',
  'tvister',
  'tvisterna',
  'suveranitet',
  'stabilitet',
  'havsrattskonvention',
  'havsrattskonventionen',
  'unclos',
  'hoang',
  'truong',
  'paraceloarna',
  'spratlyoarna',
]);

/**
 * Swedish words of the Baltic's countries and of its security (folding keys): beside the words of
 * a dispute they keep "Östersjön" the Baltic ("Precis som i Östersjön, där Sverige och Finland …").
 */
export const BALTIC_WORDS: ReadonlySet<string> = new Set([
  'sverige',
  'sveriges',
  'svensk',
  'svenska',
  'finland',
  'finlands',
  'finska',
  'ryssland',
  'rysslands',
  'ryska',
  'nato',
  'natos',
  'estland',
  'lettland',
  'litauen',
  'polen',
  'danmark',
  'tyskland',
  'gotland',
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

/**
 * The seas around Scandinavia besides the Baltic: named in a text, they make its "Östersjön" the
 * Baltic, whatever else the text says of Viet Nam ("genom Östersjön och Nordsjön").
 */
export const NORDIC_SEAS: readonly string[] = [
  'sea:north-sea',
  'sea:oresund',
  'sea:kattegat',
  'sea:bothnian-bay',
  'sea:bothnian-sea',
  'sea:kalmar-strait',
];

/** Words before a body's name that make it China's ("Chinese Politburo"): en, sv and vi keys. */
export const CHINA_WORDS: ReadonlySet<string> = new Set([
  'chinese',
  'china',
  'chinas',
  'kinas',
  'kinesiska',
  'trung',
]);

/** Countries whose mention makes "East Sea"/"Östhavet" the Sea of Japan (Korean usage). */
export const KOREA: ReadonlySet<string> = new Set(['country:KR', 'country:KP']);

/**
 * Honorifics in front of a person's name ("Mr. Anh", "ông Dũng", "fru Linde"): the next word is a
 * person. "Comrade" and "kamrat" are how state media's English and Swedish versions write
 * Vietnamese "đồng chí" before a Party member's name ("Kamrat Wang Weizhong").
 */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'comrade',
  'kamrat',
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'prof',
  'sir',
  'madam',
  'ong',
  'ba',
  'ngai',
  'herr',
  'fru',
  // Clergy ("the Rev. Takashi Mori", "Venerable Thich Minh Tue", "Father Nguyen").
  'rev',
  'reverend',
  'venerable',
  'father',
  'sister',
  // Vietnamese degrees written before a name: "TS Hương" (tiến sĩ), "ThS", "PGS.TS", "BS" (bác sĩ).
  'ts',
  'ths',
  'pgs',
  'bs',
]);

/** Vietnamese degrees before a name, as written: bác sĩ, tiến sĩ, thạc sĩ, phó giáo sư, giáo sư, kỹ sư. */
const DEGREE = /^(?:BS|TS|ThS|PGS|GS|KS|TSKH)$/u;
/** What stands between a degree and the name: a space, or a full stop and a space. */
const DEGREE_GAP = /^\.? $/u;

/**
 * The word from `start` to `end` of `text` is a Vietnamese degree written before the name at
 * `next` ("BS Hà Giang", "TS. Thái Bình", "PGS.TS Long"): the name is a person's.
 */
export function degreeBefore(text: string, start: number, end: number, next: number): boolean {
  return end - start <= 4 && DEGREE.test(text.slice(start, end)) && DEGREE_GAP.test(text.slice(end, next));
}

/**
 * Role nouns in front of a name ("ambassador Ishii Chikahisa", "forskaren Linus Hagström"): the
 * name that follows is a person's. Swedish compounds are caught by {@link ROLE_ENDINGS}.
 */
export const ROLES: ReadonlySet<string> = new Set([
  'minister',
  'ambassador',
  'president',
  'chairman',
  'chairwoman',
  'chair',
  'director',
  'governor',
  'mayor',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'secretary',
  'professor',
  'general',
  'colonel',
  'lieutenant',
  'admiral',
  'captain',
  'deputy',
  'chief',
  'ceo',
  'founder',
  'editor',
  'reporter',
  'correspondent',
  'researcher',
  'expert',
  'analyst',
  'lawyer',
  'doctor',
  'specialist',
  'consul',
  'envoy',
  'senator',
  'lawmaker',
  'congressman',
  'leader',
  'premier',
  'emperor',
  'empress',
  'king',
  'queen',
  'prince',
  'princess',
  'diplomat',
  'commander',
  'manager',
  'coach',
  // Vietnamese "HLV" (huấn luyện viên, coach).
  'hlv',
  'author',
  'writer',
  'economist',
  'photographer',
  'journalist',
  'teacher',
  'principal',
  'rector',
  'dean',
  'chancellor',
  'provost',
  'student',
  'engineer',
  'chairperson',
  'vice',
  'member',
  'members',
  'representative',
  'representatives',
  'councillor',
  'councillors',
  'counsellor',
  'counselor',
  'consul',
  'ordforande',
  'ordforanden',
  'chef',
  'chefen',
  'professorn',
  'forskare',
  'forskaren',
  'direktor',
  'direktoren',
  'talesperson',
  'talesman',
  'sekreterare',
  'kung',
  'kungen',
  'drottning',
  'drottningen',
  'prins',
  'prinsen',
  'prinsessan',
  'kronprinsessan',
  'kejsare',
  'kejsaren',
  'kejsarinnan',
  'presidenten',
  'ministern',
  'docent',
  'rektor',
  'rektorn',
  'dekan',
  'analytiker',
  'fotograf',
  'korrespondent',
  'generaldirektor',
  'ambassadoren',
  // Swedish military ranks ("generalmajor Tao Duc Thang").
  'generalmajor',
  'generallojtnant',
  'overste',
  'overstelojtnant',
  'amiral',
  'viceamiral',
  'konteramiral',
  // Commanders and captains ("vice kommendant Watanabe Yasunori"), a company's chief ("vd Anna Lund").
  'kommendant',
  'kommendanten',
  'befalhavare',
  'befalhavaren',
  'kapten',
  'kaptenen',
  'vd',
]);

/** Endings of Swedish compound role nouns ("utrikesminister", "Nato-chefen", "generalsekreteraren"). */
export const ROLE_ENDINGS: readonly string[] = [
  'minister',
  // English compounds too ("schoolteacher").
  'teacher',
  'ministern',
  'chef',
  'chefen',
  'ambassador',
  'ambassadoren',
  'sekreterare',
  'sekreteraren',
  'ordforande',
  'ordforanden',
  'forskare',
  'forskaren',
  'ledare',
  'ledaren',
  'direktor',
  'direktoren',
  'president',
  'presidenten',
  'guvernor',
  'guvernoren',
  'logen',
  'experten',
  // Reporters, editors, writers, members of parliament, scholars, experts ("politikreporter",
  // "Europaparlamentarikern", "Kinakännaren"), each with its definite form.
  'reporter',
  'reportern',
  'redaktor',
  'redaktoren',
  'journalist',
  'journalisten',
  'forfattare',
  'forfattaren',
  'parlamentariker',
  'parlamentarikern',
  'politiker',
  'politikern',
  'kannare',
  'kannaren',
  'professor',
  'analytikern',
  'ekonom',
  'ekonomen',
  // Spokespeople ("utrikesministeriets talesman", "talespersonen").
  'talesman',
  'talesmannen',
  'talesperson',
  'talespersonen',
  'talskvinna',
  'talskvinnan',
  // The speaker of a parliament ("Riksdagens talman", "Talmannen").
  'talman',
  'talmannen',
  // Senators, members of a body ("parlamentsledamoten", "riksdagsledamot"), mayors, founders,
  // owners, interns, translators, photographers, consuls.
  'senatorn',
  'ledamot',
  'ledamoten',
  'borgmastare',
  'borgmastaren',
  'grundare',
  'grundaren',
  'agare',
  'agaren',
  'praktikant',
  'praktikanten',
  'oversattare',
  'oversattaren',
  'fotograf',
  'fotografen',
  'konsul',
  'konsuln',
  // Captains and coaches ("förbundskaptenen", "lagkaptenen", "tränaren"), publishers
  // ("förläggaren", "ansvarig utgivare"), heads of schools, doctors, teachers, lawyers,
  // prosecutors, judges, engineers, artists and architects.
  'kapten',
  'kaptenen',
  'tranare',
  'tranaren',
  'forlaggare',
  'forlaggaren',
  'utgivare',
  'utgivaren',
  'rektor',
  'rektorn',
  'lakare',
  'lakaren',
  'larare',
  'lararen',
  'advokat',
  'advokaten',
  'aklagare',
  'aklagaren',
  'domare',
  'domaren',
  'ingenjor',
  'ingenjoren',
  'konstnar',
  'konstnaren',
  'arkitekt',
  'arkitekten',
];

/**
 * Swedish conjunctions and subjunctions, a closed class (folding keys): first in a Swedish sentence
 * such a word is the word, not a place spelt like it ("Medan kriget pågick …" is "while", not the
 * Indonesian city).
 */
export const SWEDISH_CONJUNCTIONS: ReadonlySet<string> = new Set([
  'och',
  'eller',
  'men',
  'utan',
  'for',
  'att',
  'om',
  'nar',
  'da',
  'medan',
  'eftersom',
  'innan',
  'sedan',
  'tills',
  'fast',
  'fastan',
  'trots',
  'liksom',
  'saval',
  'som',
  'an',
  'ty',
  'huruvida',
  'ifall',
  'dar',
  'dit',
]);

/**
 * Words for kin before a given name ("dottern Lan", "maken Mattias", "her daughter Mai"), in
 * Swedish (the definite forms) and English, as folding keys.
 */
export const KIN: Readonly<Record<'sv' | 'en', ReadonlySet<string>>> = {
  sv: new Set([
    'maken',
    'makan',
    'hustrun',
    'frun',
    'sonen',
    'dottern',
    'systern',
    'syster',
    'brodern',
    'bror',
    'mamman',
    'pappan',
    'kusinen',
    'sambon',
    'flickvannen',
    'pojkvannen',
  ]),
  en: new Set([
    'wife',
    'husband',
    'son',
    'daughter',
    'brother',
    'mother',
    'father',
    'cousin',
    'grandson',
    'granddaughter',
  ]),
};

/**
 * Vietnamese roles of artists and players ("ca sĩ Quỳnh Lan", "diễn viên Thái Hòa", "đạo diễn Bùi
 * Thạc Chuyên"), as folding keys: people who go by two given names as often as by a full name.
 */
export const ARTIST_ROLE_PAIRS: readonly string[] = [
  'nghe si',
  'ca si',
  'dien vien',
  'dao dien',
  'hoa si',
  'nhac si',
  'nha tho',
  'nghe nhan',
  'cau thu',
];

/** Vietnamese two-word roles in front of a name ("Đại tá Tuấn", "giáo sư Nhự"), as folding keys. */
export const ROLE_PAIRS: ReadonlySet<string> = new Set([
  'dai ta',
  'thuong ta',
  'trung ta',
  'thieu ta',
  'dai tuong',
  'thuong tuong',
  'trung tuong',
  'thieu tuong',
  'giao su',
  'tien si',
  'thac si',
  'nha bao',
  'dong chi',
  'bo truong',
  'thu truong',
  'chu tich',
  'giam doc',
  'dai su',
  'lanh su',
  'dai dien',
  'vu truong',
  'cuc truong',
  'bi thu',
  'bac si',
  'luat su',
  'ky su',
  'nha van',
  'phong vien',
  'do doc',
  'phat ngon',
  'thuyen truong',
  'nghi si',
  // Team leaders, heads of a section or board, foremen, principals, experts at work.
  'to truong',
  'truong phong',
  'truong ban',
  'truong nhom',
  'quan doc',
  'chu nhiem',
  'hieu truong',
  'chuyen gia',
  ...ARTIST_ROLE_PAIRS,
]);

/** Verbs of saying after a name ("Dung said", "säger Hagström", "… cho biết"): the name is a person's. */
export const SAID: ReadonlySet<string> = new Set([
  'said',
  'says',
  'told',
  'noted',
  'added',
  'stressed',
  'explained',
  'emphasised',
  'emphasized',
  'wrote',
  'asked',
  'replied',
  'recalled',
  'insisted',
  'warned',
  'affirmed',
  'highlighted',
  'commented',
  // Verbs only a person does, beside a quotation ("…," Ha laughed).
  'adds',
  'explains',
  'recalls',
  'recounted',
  'recounts',
  'admitted',
  'admits',
  'laughed',
  'laughs',
  'smiled',
  'smiles',
  'joked',
  'jokes',
  'sighed',
  'sighs',
  'sa',
  'sager',
  'berattar',
  'skriver',
  'menar',
  'konstaterar',
  'uppger',
  'rapporterar',
  'meddelar',
  'sade',
  'anser',
  'tycker',
  'forklarar',
  'betonar',
  'understryker',
  'papekar',
  'havdar',
  'tillagger',
  'skrattar',
  'ler',
  'suckar',
  'minns',
  'noi',
  'nhan',
  'phat',
  'khang',
]);

/**
 * Vietnamese predicates that only a person has ("tốt nghiệp" graduates, "học lớp" is in a school
 * year, "lấy chồng" marries): a one-syllable place first in a sentence with one of these within a
 * few words is a given name ("Nga vừa tốt nghiệp …"), not the country. Marked spellings, words
 * joined by one space.
 */
export const PERSON_PREDICATES: ReadonlySet<string> = new Set([
  'tốt nghiệp',
  'học lớp',
  'đi học',
  'nhập học',
  'lấy chồng',
  'lấy vợ',
  'kết hôn',
  'sinh con',
  'mang thai',
  'kể rằng',
  'kể lại',
  'tâm sự',
  'bật khóc',
  'mỉm cười',
  'tuổi đời',
  'sinh ra',
  'sinh năm',
  // A suspect's confession, in crime reports ("Long khai nhận …", "Nam thừa nhận …").
  'khai nhận',
  'thừa nhận',
  'thú nhận',
  'khai báo',
]);

/** Words before a name that credit it: by-lines and photo credits ("By …", "Photo: …", "Ảnh: …"). */
export const CREDIT_WORDS: ReadonlySet<string> = new Set([
  'by',
  'photo',
  'photos',
  'foto',
  'bild',
  'anh',
  'credit',
  'illustration',
  'graphic',
  'graphics',
  'grafik',
  // "Minh họa:", "Đồ họa:" (illustration, graphics)
  'hoa',
  // Writers' labels, read with their colon: "Tác giả:", "Bài:", "Phóng viên:", "Thực hiện:",
  // "Biên tập:" (author, article, reporter, produced by, editor), "Text:".
  'gia',
  'bai',
  'vien',
  'hien',
  'tap',
  // Translators' labels: "Översättning:", "Translation:", "Dịch:".
  'oversattning',
  'translation',
  'dich',
  'text',
]);

/** Words after "Name," that describe a person ("Ishii Chikahisa, the ambassador"). */
export const APPOSITION: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'who',
  'former',
  'senior',
  'head',
  'som',
  'vd',
  'giam',
  'chu',
  'pho',
  'bo',
  'thu',
  'dai',
  'tong',
  'nguyen',
]);

/** Words next to a name that make it a place or a building, not a person ("Le Loi Street", "huyện Mai Châu"). */
export const PLACE_BEFORE: ReadonlySet<string> = new Set([
  'tinh',
  'huyen',
  'xa',
  'phuong',
  'quan',
  'thi',
  'duong',
  'song',
  'nui',
  'dao',
  'chua',
  'den',
  'cau',
  'vinh',
  'khu',
  'lang',
  'day',
]);

/** Words after a name that make it a place, building or organisation. */
export const PLACE_AFTER: ReadonlySet<string> = new Set([
  'province',
  'district',
  'ward',
  'commune',
  'street',
  'road',
  'avenue',
  'boulevard',
  'bridge',
  'expressway',
  'citadel',
  'palace',
  'canal',
  'river',
  'lake',
  'mountain',
  'island',
  'islands',
  'bay',
  'city',
  'town',
  'village',
  'airport',
  'port',
  'pagoda',
  'temple',
  'school',
  'hospital',
  'university',
  'company',
  'group',
  'park',
  'market',
  'station',
  'hotel',
  'center',
  'centre',
  'building',
  'square',
  'highway',
  'beach',
  'cave',
  'church',
  'cathedral',
  'ltd',
  'corp',
  'jsc',
  'bank',
  'association',
  'museum',
  'prefecture',
  'provinsen',
  'kommun',
]);

/** English months and days, capitalised without being names ("Storm Monday", "May"): folding keys. */
export const CALENDAR_WORDS: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
];

/** Words that make a run of capitalised words an organisation, a place or an event, not a person. */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  ...PLACE_AFTER,
  // Swedish prepositions, conjunctions and adverbs, capitalised first in a sentence ("Enligt
  // Reuters sade …"): never a word of a name.
  'enligt',
  'efter',
  'under',
  'infor',
  'sedan',
  'trots',
  'bland',
  'mellan',
  'genom',
  'utan',
  'medan',
  'eftersom',
  'dessutom',
  'samtidigt',
  'darfor',
  'aven',
  'nar',
  'dar',
  'men',
  'och',
  'som',
  'for',
  'fran',
  'till',
  'hos',
  'mot',
  'kring',
  'media',
  'ministry',
  'party',
  'agency',
  'council',
  'corporation',
  'institute',
  // A joint-stock company's legal form, which English news writes after its name ("Dong Phong
  // Industrial Development JSC").
  'jsc',
  'news',
  'times',
  'post',
  'airlines',
  'airways',
  'foundation',
  'committee',
  'organisation',
  'organization',
  'office',
  'department',
  'embassy',
  'fund',
  'forum',
  'summit',
  'conference',
  'festival',
  'award',
  'prize',
  'club',
  'union',
  'federation',
  'league',
  'academy',
  'college',
  'court',
  'police',
  'army',
  'navy',
  'force',
  'forces',
  'program',
  'programme',
  'project',
  'day',
  'week',
  'war',
  'house',
  'hall',
  'palace',
  'tower',
  'sea',
  'ocean',
  'gulf',
  'strait',
  'state',
  'republic',
  'kingdom',
  'empire',
  'north',
  'south',
  'east',
  'west',
  'central',
  'national',
  'international',
  'global',
  'world',
  'energy',
  'holdings',
  'industries',
  'inc',
  'co',
  'tv',
  'radio',
  'magazine',
  'newspaper',
  'tidning',
  'tidningen',
  'daily',
  'press',
  'journal',
  'review',
  'online',
  'sweden',
  ...CALENDAR_WORDS,
  'the',
  'of',
  'and',
  'for',
  'new',
  'said',
  'says',
  'policy',
  'grafik',
  'photo',
  'foto',
  'constitution',
  'japanese',
  'vietnamese',
  'chinese',
  'korean',
  'american',
  'swedish',
  'meet',
  'in',
  'on',
  'at',
  'to',
  'with',
  'det',
  'den',
  'councillors',
  'councilors',
  'representatives',
  'members',
  'deputies',
  'senators',
  'governors',
  'ministers',
  'ambassadors',
  'leaders',
  'officials',
]);

/**
 * Swedish words for a zone after its name, written in lower case ("Thang Long industripark", "Hoa
 * Lac högteknologiska park" as one pair): folding keys, single words and pairs.
 */
export const SWEDISH_ZONE_TAILS: ReadonlySet<string> = new Set([
  'industripark',
  'industriparken',
  'industriomrade',
  'industriomradet',
  'hogteknologiska park',
]);

/**
 * Swedish nouns of places and institutions that a compound names after a person: "Vo Van
 * Kiet-avenyn", "Ho Chi Minh-mausoleet" (not "Kishida-regeringen", the person's government).
 */
export const NAMED_AFTER: ReadonlySet<string> = new Set([
  'avenyn',
  'gatan',
  'vägen',
  'leden',
  'boulevarden',
  'bron',
  'parken',
  'torget',
  'platsen',
  'museet',
  'mausoleet',
  'skolan',
  'universitetet',
  'sjukhuset',
  'stationen',
  'flygplatsen',
]);

/**
 * Swedish adjectives of countries other than Viet Nam and Japan, as folding keys: before a body
 * that both have ("det kinesiska utrikesministeriet") they make it that country's.
 */
export const SWEDISH_FOREIGN_ADJECTIVES: ReadonlySet<string> = new Set([
  'kinesiska',
  'amerikanska',
  'ryska',
  'filippinska',
  'sydkoreanska',
  'koreanska',
  'nordkoreanska',
  'taiwanesiska',
  'thailandska',
  'indiska',
  'indonesiska',
  'malaysiska',
  'australiska',
  'brittiska',
  'franska',
  'tyska',
  'svenska',
  'finska',
  'ukrainska',
  'kambodjanska',
  'laotiska',
  'singaporianska',
]);

/** Words before a far city's name that make a neighbourhood of it ("Little Tokyo", "Lilla Tokyo"). */
export const LITTLE_WORDS: readonly string[] = ['little', 'lilla'];

/**
 * Japanese prefixes of place names, joined by a hyphen to the name they qualify ("Shin-Aomori",
 * "Higashi-Osaka"): new, east, west, north, south, middle, upper, lower. Folding keys.
 */
export const JAPANESE_PREFIXES: ReadonlySet<string> = new Set([
  'shin',
  'higashi',
  'nishi',
  'kita',
  'minami',
  'naka',
  'kami',
  'shimo',
]);

/**
 * Romanised Japanese words that end companies' names ("Horiuchi Kogyo", "Kansai Sangyo", "Hokuriku
 * Kensetsu", "Ishige Suisan", "Choshi Dentetsu"): industry, trade, construction, electric, marine
 * products, railways, foods, transport, logistics, shipping, shipbuilding, works. Folding keys.
 */
export const JAPANESE_COMPANY_WORDS: readonly string[] = [
  'kogyo',
  'sangyo',
  'shoji',
  'tsusho',
  'kensetsu',
  'denki',
  'denko',
  'suisan',
  'dentetsu',
  'tetsudo',
  'shokuhin',
  'unyu',
  'butsuryu',
  'kaiun',
  'zosen',
  'seisakusho',
  // Ironworks and machine works ("Mukaishima Tekko"). (Not "Seiki", also a given name: Abe Seiki.)
  'tekko',
  'kosakusho',
  // An association or a union ("Tateyama Kyodo Kumiai", a cooperative; the interns' supervising bodies).
  'kumiai',
];

/**
 * English head words that end or open an organisation's name, as folding keys. A name of other
 * capitalised words and such a head is the organisation ("Kanshin Trust Bank", "University of Tokyo").
 */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  'academy',
  'administration',
  'agency',
  'airlines',
  'airways',
  'alliance',
  'assembly',
  'association',
  'authority',
  'bank',
  'board',
  'bureau',
  // A football club: "Yokohama FC", "Ha Noi FC" (written in capitals, as a legal form is).
  'fc',
  // English legal forms, abbreviated ("Phan Rang Energy Corp.", "GPlusMedia Inc.", "Tonegawa Agri Service Ltd.").
  'corp',
  'inc',
  'ltd',
  // A city's or a town's government by its hall ("Kanazawa City Hall"; local-orgs.ts reads no other hall).
  'hall',
  'center',
  'centre',
  'chamber',
  'coalition',
  'college',
  'commission',
  'committee',
  'company',
  'consortium',
  'consulate',
  'corporation',
  'council',
  'court',
  'department',
  'diocese',
  'archdiocese',
  'directorate',
  'exchange',
  'federation',
  'foundation',
  'fund',
  'group',
  'holdings',
  'hospital',
  'industries',
  'institute',
  'network',
  // A joint-stock company's legal form, which English news writes after its name ("Dong Phong
  // Industrial Development JSC").
  'jsc',
  'international',
  'laboratory',
  'office',
  'organisation',
  'organization',
  'school',
  'society',
  'union',
  'university',
  ...JAPANESE_COMPANY_WORDS,
]);

/**
 * English words that end the name of an event ("Japan Vietnam Festival", "Vietnam-Japan Defence
 * Policy Dialogue", "Mekong Delta Economic Forum"): the name is an event, as a name on one of
 * {@link ORG_HEADS} is a body. Folding keys.
 */
export const EVENT_HEADS: ReadonlySet<string> = new Set([
  'festival',
  'forum',
  'summit',
  'dialogue',
  'conference',
  'symposium',
  'expo',
  'exhibition',
  'workshop',
  'seminar',
  'meeting',
  'contest',
]);

/**
 * Words that end companies' names and no person's ("Saigon Ledger Securities", "Kabuto Capital"):
 * a run of capitalised words holding one is not read as a person. Folding keys.
 */
export const COMPANY_WORDS: ReadonlySet<string> = new Set([
  'capital',
  'construction',
  'chemicals',
  'electronics',
  'fiber',
  'foods',
  'insurance',
  'investment',
  'logistics',
  'manpower',
  'motors',
  'packaging',
  'pharma',
  'plastics',
  'precision',
  'properties',
  'research',
  'securities',
  'solutions',
  'systems',
  'technologies',
  'ventures',
]);

/**
 * Japanese words of companies' names that make no person ("Kasumi Seimitsu", "Hoshino Denshi",
 * "Hikari Shokai", "Hitachinaka Kako": precision works, electronics, trading, chemical processing;
 * goods, engineering, chemicals, machinery, metals). They are no heads of their own: the name around
 * them ("Công ty TNHH … Việt Nam", "Tập đoàn …") is the company's. Folding keys.
 */
export const JAPANESE_COMPANY_TAILS: ReadonlySet<string> = new Set([
  'seimitsu',
  'denshi',
  'shokai',
  'kako',
  'bussan',
  'giken',
  'kasei',
  'kagaku',
  'kikai',
  'kinzoku',
]);

/**
 * Swedish words in lower case for an institution after its city's name or its genitive ("Örebro
 * universitet", "Stockholms universitet", "Mälardalens högskola"). Folding keys.
 */
export const SWEDISH_INSTITUTION_TAILS: ReadonlySet<string> = new Set([
  'universitet',
  'hogskola',
  'sjukhus',
  // and their genitives ("Göteborgs universitets forskare")
  'universitets',
  'hogskolas',
]);

/**
 * English words for a place of one kind after its name, capitalised with it (local-places.ts): a
 * station or an airport ("Ben Thanh Station"), a river, port, pass, tunnel, lake, beach, market,
 * pagoda or temple ("Thu Bon River", "Tien Sa Port", "Hai Van Pass", "Ben Thanh Market"). Folding keys.
 */
export const PLACE_KIND_TAILS: readonly string[] = [
  'station',
  'airport',
  'river',
  'port',
  'pass',
  'tunnel',
  'lake',
  'beach',
  'market',
  'pagoda',
  'temple',
  'shrine',
  'bridge',
  'expressway',
  'citadel',
  'palace',
  'canal',
  'bay',
  'island',
];

/**
 * English words for a facility after the name of the place it serves, capitalised with it
 * (local-orgs.ts): "Tokyo Station", "Quy Nhon Port", "Osaka Castle", "Hanoi Opera House" (the last
 * word of a two-word kind), each with the word before it when there is one ({@link FACILITY_PAIRS}).
 */
export const FACILITY_TAILS: ReadonlySet<string> = new Set([
  'station',
  'airport',
  'port',
  'terminal',
  'castle',
  'stadium',
  'house',
  // A park named after its district ("Yoyogi Park", "Ueno Park").
  'park',
  // A river named after its province or district ("Dong Nai River", "Dotonbori River"), where the
  // knowledge base does not hold the river under its own name ("Saigon River").
  'river',
]);

/**
 * Vietnamese words for a facility before its place's name, as marked spellings (a station, a port,
 * a bridge, an airport, a tunnel): each word must be written so, or without any marks in a text
 * typed without them ("ga Ha Noi"; elsewhere "cang" may be "càng", more). facilities.ts.
 */
export const VI_FACILITY_HEADS: readonly (readonly string[])[] = [
  ['ga'],
  ['cảng'],
  ['cầu'],
  ['sân', 'bay'],
  ['cảng', 'hàng', 'không', 'quốc', 'tế'],
  ['cảng', 'hàng', 'không'],
  ['hầm', 'đường', 'bộ'],
  ['hầm'],
];

/** Facilities of two words, whose first word must come before the last ("Opera House"). Folding keys. */
export const FACILITY_PAIRS: ReadonlyMap<string, string> = new Map([['house', 'opera']]);

/** Words between the place and the facility's kind ("Long An International Port", "Hanoi Railway Station"). */
export const FACILITY_QUALIFIERS: ReadonlySet<string> = new Set([
  'international',
  'railway',
  'bus',
  'central',
  'cruise',
  'container',
]);

/**
 * Swedish words for a facility in lower case after its place's name, as machine translation and
 * Swedish news write them ("Hải Phòng hamn", "Nội Bài internationella flygplats"), and the
 * qualifier between. Folding keys.
 */
export const SWEDISH_FACILITY_TAILS: ReadonlySet<string> = new Set([
  'hamn',
  'flygplats',
  'station',
  'centralstation',
]);
export const SWEDISH_FACILITY_QUALIFIERS: ReadonlySet<string> = new Set(['internationella']);

/**
 * Folding keys of the words for Vietnamese units and zones around a place's name ("huyện Núi
 * Thành", "KCN Đình Vũ", "Hung Dao ward"): local-places.ts reads a place only next to one.
 */
export const UNIT_WORDS: readonly string[] = [
  // Villages and hamlets ("thôn", "ấp", "làng", "xóm").
  'thon',
  'ap',
  'lang',
  'xom',
  'dac',
  'huyen',
  'dao',
  'thi',
  'tran',
  'xa',
  'quan',
  'phuong',
  'khu',
  'cong',
  'nghiep',
  'kinh',
  'te',
  'kcn',
  'kkt',
  'ward',
  'district',
  'commune',
  // and in the plural, after a list of names ("Bai Chay and Hon Gai wards")
  'wards',
  'districts',
  'communes',
  'city',
  'town',
  'village',
  'industrial',
  'economic',
  'park',
  'zone',
  'estate',
  'ga',
  'san',
  'bay',
  ...PLACE_KIND_TAILS,
  'song',
  'nui',
  'deo',
  'cau',
  'cho',
  'industripark',
  'industriparken',
  'industriomrade',
  'industriomradet',
  'hogteknologiska',
  // Villages, ports, beaches, bays, lakes, capes, falls and relic sites ("làng gốm", "cảng cá",
  // "bãi biển", "vịnh", "hồ", "mũi", "thác", "bán đảo", "khu di tích").
  'gom',
  'moc',
  'nghe',
  'chai',
  'ca',
  'bien',
  'bai',
  'vinh',
  'ho',
  'mui',
  'thac',
  'ban',
  'tich',
  // Streets ("đường", "phố", "đại lộ", "phố đi bộ").
  'duong',
  'pho',
  'dai',
  'lo',
  'di',
  'bo',
  'thanh',
];

/**
 * Vietnamese heads of an institution's name before a place ("Đại học Kyoto", "Bệnh viện Hà Nội",
 * "Cục Hàng không Việt Nam"),
 * as marked spellings. Written with a capital inside a sentence, the head and the place are one
 * name; in lower case ("các bệnh viện ở Hà Nội") or opening a sentence, the head is a common noun.
 */
export const VI_ORG_HEADS: readonly (readonly string[])[] = [
  // A province's newspaper ("Báo Lào Cai"): local-orgs.ts makes it an outlet.
  ['báo'],
  ['trường', 'đại', 'học'],
  ['đại', 'học'],
  // "ĐH", the short form of "đại học" in names ("Trường ĐH Nông Lâm TP.HCM", "ĐH Cần Thơ").
  ['trường', 'đh'],
  ['đh'],
  // Schools: upper and lower secondary ("Trường THPT Việt Đức", "THCS Nguyễn Du").
  ['trường', 'thpt'],
  ['thpt'],
  ['trường', 'thcs'],
  ['thcs'],
  // Colleges where the marks were lost ("Truong Cao dang Long An", "Cao dang Y te Ha Nam"): see
  // UNMARKED_ONLY_HEADS.
  ['trường', 'cao', 'đẳng'],
  ['cao', 'đẳng'],
  ['học', 'viện'],
  // A university of technology by its city's name alone ("Bách khoa Đà Nẵng", "Bách khoa TP.HCM").
  ['bách', 'khoa'],
  ['bệnh', 'viện'],
  ['ngân', 'hàng'],
  ['tập', 'đoàn'],
  // A power company by its region or city ("Công ty Điện lực Tohoku", "Công ty Điện lực Hà Nội").
  ['công', 'ty', 'điện', 'lực'],
  // A national department or institute ("Cục Hàng không Việt Nam", "Viện Nghiên cứu Đông Bắc Á"),
  // a ministry's department by its region ("Vụ Đông Bắc Á", "Vụ Châu Âu").
  ['tổng', 'cục'],
  ['cục'],
  ['vụ'],
  ['viện'],
  // A museum and a trade union by their place ("Bảo tàng TP.HCM", "Công đoàn Phú Thọ").
  ['bảo', 'tàng'],
  ['công', 'đoàn'],
  // A (football) club by its place ("Câu lạc bộ Hà Nội", "CLB Hải Phòng").
  ['câu', 'lạc', 'bộ'],
  ['clb'],
];

/**
 * Heads of {@link VI_ORG_HEADS} read only without marks: with them, the bodies' stage reads the
 * whole name ("Trường Cao đẳng Việt Nam - Singapore", "Trường Cao đẳng Công nghệ cao Đồng Nai").
 */
export const UNMARKED_ONLY_HEADS: ReadonlySet<readonly string[]> = new Set(
  VI_ORG_HEADS.filter((h) => h.includes('đẳng')),
);

/** The folding keys of those heads' last words ("hoc", "vien"): a place after one of them is checked. */
export const VI_ORG_HEAD_ENDS: ReadonlySet<string> = new Set(
  VI_ORG_HEADS.map((head) => foldKey(head[head.length - 1] as string)),
);

/**
 * Abbreviations of courts', prosecutors' and cooperatives' heads, written in capitals before their
 * place or name ("TAND TP.HCM", "VKSND tỉnh Bình Dương", "HTX Kim Long"; "TAND tối cao" is a name
 * of the knowledge base). Folding keys.
 */
const VI_BODY_ABBREVIATIONS: readonly string[] = ['tand', 'vksnd', 'htx', 'đsq', 'tlsq'];

/**
 * Heads of bodies whose name may go on in lower case before its place: courts, prosecutors and
 * police ("Tòa án nhân dân tỉnh Bình Dương", "Cảnh sát tỉnh Osaka"), associations of people
 * ("Hội người Việt Nam tại Nhật Bản", "Hiệp hội người Việt tại Kansai"), and diplomatic missions,
 * whose country follows the head ("Tổng Lãnh sự quán Nhật Bản tại Đà Nẵng"). Marked spellings.
 */
const VI_BODY_HEADS_ANY_CASE_WORDS: readonly string[] = [
  'tòa án',
  'tòa thượng thẩm',
  'viện kiểm sát',
  // ("TAND tỉnh Bình Dương": a court's abbreviation, its description in lower case too.)
  'tand',
  'vksnd',
  'viện công tố',
  'cảnh sát',
  'công an',
  'hội người',
  'hiệp hội người',
  // Party committees of a province, a city or a district: "Tỉnh ủy Lào Cai", "Thành ủy Hà Nội";
  // a unit's Party organisation ("Đảng bộ tỉnh Khánh Hòa").
  'đảng bộ',
  'tỉnh ủy',
  'thành ủy',
  'huyện ủy',
  // A government's web portal: "Cổng Thông tin điện tử tỉnh Thái Bình", "Cổng TTĐT huyện Nghi
  // Xuân" (local-orgs.ts makes it an outlet).
  'cổng thông tin điện tử',
  'cổng ttđt',
  // The Youth Union of a city or a province ("Thành Đoàn TP.HCM", "Tỉnh đoàn Nghệ An").
  'thành đoàn',
  'tỉnh đoàn',
  // Federations: "Liên đoàn các tổ chức kinh tế Nhật Bản" (Keidanren).
  'liên đoàn',
  // Missions: "Tổng Lãnh sự quán Nhật Bản tại Đà Nẵng", the country right after the head.
  'đại sứ quán',
  'tổng lãnh sự quán',
  'lãnh sự quán',
  // ("ĐSQ Việt Nam tại Nhật Bản", "TLSQ Việt Nam tại Osaka": their abbreviations.)
  'đsq',
  'tlsq',
];

/**
 * Those heads of two words, as the folding keys of both joined ("thanh doan"): a family name as the
 * second ("Thành Đoàn Hà Nội", the city's Youth Union; "Đoàn" is also a family name) is the head's,
 * and opens no person's name.
 */
export const VI_BODY_HEAD_PAIRS: ReadonlySet<string> = new Set(
  VI_BODY_HEADS_ANY_CASE_WORDS.filter((head) => head.split(' ').length === 2).map(foldKey),
);

/**
 * Heads of the names of Vietnamese bodies that end on the place they serve (vietnamese-bodies.ts):
 * "Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh", "Chi cục Thủy sản tỉnh Quảng Ngãi", "Hội
 * người Việt Nam tại Nhật Bản". Marked spellings; the word after the head opens the description.
 */
const VI_BODY_HEAD_WORDS: readonly string[] = [
  'ban',
  'bộ',
  'chi cục',
  'chi nhánh',
  'cục',
  'tổng cục',
  'trung tâm',
  'viện',
  'học viện',
  'hội',
  'hiệp hội',
  'liên minh',
  // Chambers and offices: "Phòng Thương mại và Công nghiệp Nhật Bản"; clinics: "Phòng khám Nội soi
  // tiêu hóa Sakura Cần Thơ".
  'phòng',
  'phòng khám',
  // A port authority and a cooperative: "Cảng vụ Hàng hải Hải Phòng", "Hợp tác xã Nông nghiệp Kim Long".
  'cảng vụ',
  'hợp tác xã',
  'htx',
  'diễn đàn',
  'sở',
  'đồn',
  'văn phòng',
  'trường',
  'đại học',
  'bệnh viện',
  'bảo tàng',
  'ngân hàng',
  // A supervising union of interns, a federation, a fund, an agency, a committee: "Nghiệp đoàn
  // Hợp tác kinh doanh Tokai", "Quỹ Học bổng Ajinomoto", "Tổ chức Dịch vụ Sinh viên Nhật Bản",
  // "Cơ quan Khí tượng Philippines", "Ủy ban Kinh tế và Tài chính". (Not "đài", a station: without
  // marks it is also "đại" and "dài".)
  'nghiệp đoàn',
  'liên đoàn',
  'quỹ',
  'tổ chức',
  'cơ quan',
  'ủy ban',
  ...VI_BODY_HEADS_ANY_CASE_WORDS,
];

/**
 * Heads of the names of events that end on their place or their countries, their description in
 * any case: "Lễ hội giao lưu văn hóa Hội An – Nhật Bản", "Liên hoan phim Nhật Bản", "Tuần lễ Việt
 * Nam tại Fukuoka", "Tuần phim Nhật Bản". Read inside a sentence only: opening one, the head is a common noun ("Lễ hội năm
 * nay ở Hà Nội …"). Marked spellings.
 */
const VI_EVENT_HEAD_WORDS: readonly string[] = [
  'lễ hội',
  'liên hoan',
  'ngày hội',
  'tuần lễ',
  'tuần văn hóa',
  'tuần phim',
  // Fairs, exhibitions and seminars: "Hội chợ Nhật Bản", "Triển lãm ảnh Nhật Bản", "Hội thảo
  // Việt Nam - Nhật Bản".
  'hội chợ',
  'triển lãm',
  'hội thảo',
  // Contests: "Cuộc thi Robot sáng tạo châu Á".
  'cuộc thi',
  // Conferences: "Hội nghị Cấp cao ASEAN - Nhật Bản", "Hội nghị xúc tiến đầu tư Nhật Bản".
  'hội nghị',
  // Olympiads: "Olympic Tin học châu Á", "Olympic Toán học Nhật Bản".
  'olympic',
];

/** One head of {@link VI_BODY_HEAD_WORDS}: its words as folding keys and as marked spellings. */
export interface BodyHead {
  readonly keys: readonly string[];
  readonly spellings: readonly string[];
  /** The description may open in lower case ({@link VI_BODY_HEADS_ANY_CASE_WORDS}). */
  readonly anyCase: boolean;
  /** The name is an event's ({@link VI_EVENT_HEAD_WORDS}). */
  readonly event: boolean;
  /** The head is an abbreviation, written in capitals ({@link VI_BODY_ABBREVIATIONS}). */
  readonly abbreviation: boolean;
}

/** Those heads by their first word's key, longest first. */
export const VI_BODY_HEADS: ReadonlyMap<string, readonly BodyHead[]> = (() => {
  const heads = new Map<string, BodyHead[]>();
  for (const head of [...VI_BODY_HEAD_WORDS, ...VI_EVENT_HEAD_WORDS]) {
    const spellings = head.split(' ');
    const keys = spellings.map(foldKey);
    const list = heads.get(keys[0] as string) ?? [];
    const event = VI_EVENT_HEAD_WORDS.includes(head);
    const abbreviation = VI_BODY_ABBREVIATIONS.includes(head);
    list.push({
      keys,
      spellings,
      anyCase: event || VI_BODY_HEADS_ANY_CASE_WORDS.includes(head),
      event,
      abbreviation,
    });
    list.sort((a, b) => b.keys.length - a.keys.length);
    heads.set(keys[0] as string, list);
  }
  return heads;
})();

/**
 * Words after a body's head that make the two a common noun or an event, by the head's key: "Hội
 * nghị" (conference), "Hội thảo" (seminar), "Hội chợ" (fair), "Hội thi", "Hội diễn", "Hội đàm"
 * (talks), "Hội trường" (hall), "Hội ngộ" (reunion); "Cơ quan của" (the organ of). Folding keys.
 */
export const VI_BODY_NOT_AFTER: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['hoi', new Set(['nghi', 'thao', 'cho', 'thi', 'dien', 'dam', 'truong', 'ngo'])],
  // "Cơ quan của …" (the organ of), "cơ quan chức năng" (the authorities), "cơ quan chủ quản".
  ['co', new Set(['cua', 'chuc', 'chu'])],
]);

/** "Sở", the head of a province-level unit's department ("Sở Nội vụ"; departments.ts), as a folding key. */
export const DEPARTMENT_HEAD = 'so';

/**
 * Fields that departments have and no ministry is named for (departments.ts reads the others from
 * the knowledge base's ministries): "Sở Ngoại vụ", a unit's foreign affairs, which the Ministry of
 * Foreign Affairs ("Bộ Ngoại giao") oversees.
 */
export const DEPARTMENT_ONLY_FIELDS: readonly string[] = ['Ngoại vụ'];

/** "Công ty" (company), before a legal form opens a company's name (vietnamese-companies.ts), as folding keys. */
export const COMPANY_HEAD: readonly string[] = ['cong', 'ty'];

/**
 * Heads of a company's or a foundation's name before a foreign name, with no legal form: "Công ty
 * Ishige Suisan", "Tập đoàn Resonac", "Quỹ Sumitomo". Folding keys.
 */
export const FOREIGN_COMPANY_HEADS: readonly (readonly string[])[] = [COMPANY_HEAD, ['tap', 'doan'], ['quy']];

/** Vietnamese legal forms of companies after "Công ty" (TNHH MTV, TNHH, Cổ phần, CP), as folding keys. */
export const LEGAL_FORMS: readonly (readonly string[])[] = [
  ['tnhh', 'mtv'],
  ['tnhh'],
  ['co', 'phan'],
  ['cp'],
];

/**
 * Words before a Japanese municipality's name that say it is a place (japanese-municipalities.ts):
 * prepositions of place in en, vi and sv (folding keys).
 */
export const MUNICIPALITY_BEFORE: ReadonlySet<string> = new Set([
  // English
  'in',
  'at',
  'from',
  'near',
  'of',
  'around',
  'outside',
  // Vietnamese ("ở", "tại", "đến", "từ", "về", "sang", "bên"; the verbs of going "lên", "xuống",
  // "ra"; "thành phố", "TP"). (Not "qua", also "by way of": "gửi qua Yamato", the courier.)
  'o',
  'tai',
  'den',
  'tu',
  've',
  'sang',
  'ben',
  'len',
  'xuong',
  'ra',
  'pho',
  'tp',
  // Swedish ("i", "från", "till", "vid", "nära", "staden", "kommunen")
  'i',
  'fran',
  'till',
  'vid',
  'nara',
  'staden',
]);

/** Swedish prepositions of place before a town's name ("i Eslöv", "utanför Kumla"), as folding keys. */
export const SWEDISH_PLACE_BEFORE: ReadonlySet<string> = new Set([
  'i',
  'fran',
  'till',
  'vid',
  'nara',
  'utanfor',
  'kring',
]);

/**
 * Words for a storm right before its name, as folding keys. English ones count capitalised
 * ("Typhoon Yagi", "Storm Ciaran") or in lower case for a typhoon or a cyclone; "storm" in lower
 * case is too often a word before a day ("the storm Monday").
 */
export const STORM_WORDS: ReadonlySet<string> = new Set([
  'typhoon',
  'supertyphoon',
  'cyclone',
  'storm',
  'tyfon',
  'tyfonen',
  'supertyfonen',
  'stormen',
  'ovadret',
  'cyklonen',
  'bao',
]);

/**
 * Swedish words for a place of a kind, in the definite form that follows a hyphen, as folding
 * keys, with whether the word is part of the place's name ("Hau-floden": a river named Hau) or the
 * unit of one ("Ninh Kieu-distriktet": the district Ninh Kieu).
 */
export const SWEDISH_PLACE_SUFFIXES: ReadonlyMap<string, 'kind' | 'unit'> = new Map([
  ['floden', 'kind'],
  ['alven', 'kind'],
  ['kanalen', 'kind'],
  ['bron', 'kind'],
  ['sjon', 'kind'],
  ['berget', 'kind'],
  ['viken', 'kind'],
  ['templet', 'kind'],
  ['pagoden', 'kind'],
  ['hamnen', 'kind'],
  ['parken', 'kind'],
  ['gatan', 'kind'],
  ['vagen', 'kind'],
  ['tunneln', 'kind'],
  ['passet', 'kind'],
  ['marknaden', 'kind'],
  ['torget', 'kind'],
  ['slussen', 'kind'],
  ['dammen', 'kind'],
  ['distriktet', 'unit'],
  ['kommunen', 'unit'],
  ['byn', 'unit'],
  ['staden', 'unit'],
]);

/**
 * Japanese workplace and school titles written in romaji before a family name, as Vietnamese
 * interns' and students' posts do ("shacho Ishizaki", "bucho Onodera", "sensei Tanaka"): company
 * president, department head, section chief, shop manager, team leader, senior, teacher. Folding keys.
 */
export const JAPANESE_TITLES: ReadonlySet<string> = new Set([
  'shacho',
  'bucho',
  'kacho',
  'tencho',
  'hancho',
  'senpai',
  'sempai',
  'sensei',
]);

/** Japanese honorific suffixes after a name and a hyphen ("Yoshida-san", "Kikuchi-senpai"). Folding keys. */
export const JAPANESE_NAME_SUFFIXES: ReadonlySet<string> = new Set([
  'san',
  'sama',
  'kun',
  'chan',
  'sensei',
  'senpai',
  'sempai',
]);

/**
 * Swedish words for a unit in the indefinite form, after the unit's name ("i Tân Thủy kommun", as
 * machine translation writes "xã Tân Thủy"): swedish-places.ts. Folding keys.
 */
export const SWEDISH_UNITS_AFTER: ReadonlySet<string> = new Set(['kommun', 'distrikt']);

/** Every word the context rules read, so the tokenizer keeps them (see `tokenize`'s vocabulary). */
export const CONTEXT_WORDS: readonly string[] = [
  ...LITTLE_WORDS,
  ...PERSON_AFTER,
  ...PERSON_BEFORE,
  ...PROVINCE_WORDS,
  ...CITY_WORDS,
  ...DEMOCRATIC_WORDS,
  ...JAPAN_WORDS,
  ...HONORIFICS,
  ...ROLES,
  ...SAID,
  ...CREDIT_WORDS,
  ...APPOSITION,
  ...PLACE_BEFORE,
  ...PLACE_AFTER,
  ...MUNICIPALITY_BEFORE,
  // The words of two-word roles: a role then ends on a word of the vocabulary, whose key is read
  // without folding (see local-people.ts).
  ...[...ROLE_PAIRS].flatMap((pair) => pair.split(' ')),
  // Heads of organisations' names, for local-orgs.ts (told apart by vocabulary id).
  ...ORG_HEADS,
  ...COMPANY_WORDS,
  ...EVENT_HEADS,
  ...SWEDISH_INSTITUTION_TAILS,
  ...VI_ORG_HEAD_ENDS,
  // The words of the heads of Vietnamese bodies and events, for vietnamese-bodies.ts (read by key).
  ...[...VI_BODY_HEAD_WORDS, ...VI_EVENT_HEAD_WORDS].flatMap((head) => head.split(' ').map(foldKey)),
  // The abbreviations of people's bodies ("UBND", "HĐND"), for province-bodies.ts.
  ...PEOPLES_BODIES.map((body) => body.key),
  // Words for units and zones around a place's name, for local-places.ts.
  ...UNIT_WORDS,
  // English words for a street after a person's name ("Le Duan Street"), for homograph-rules.ts.
  ...STREET_TAILS,
  // English words for a facility after its place's name ("Tokyo Station"), for local-orgs.ts.
  ...FACILITY_TAILS,
  ...FACILITY_PAIRS.values(),
  ...FACILITY_QUALIFIERS,
  ...SWEDISH_FACILITY_TAILS,
  ...SWEDISH_FACILITY_QUALIFIERS,
  ...VI_FACILITY_HEADS.flatMap((head) => head.map(foldKey)),
  // Words for a ship and its kind before a name ("tàu hộ vệ tên lửa Lý Thái Tổ"), for ships.ts.
  ...SHIP_WORDS,
  ...SHIP_KINDS,
  // Words for a storm before its name ("bão Yagi", "Typhoon Trami"), for storms.ts.
  ...STORM_WORDS,
  // Swedish words for a place's kind after a hyphen ("Hau-floden"), for swedish-places.ts.
  ...SWEDISH_PLACE_SUFFIXES.keys(),
  ...SWEDISH_UNITS_AFTER,
  // Words for a numbered road ("Quốc lộ 5", "National Highway 1A"), for roads.ts.
  ...ROAD_WORDS,
  ...EXPRESSWAY_WORDS,
  // Japanese titles and honorific suffixes around a name ("shacho Ishizaki", "Yoshida-san"), for
  // addressed-people.ts.
  ...JAPANESE_TITLES,
  ...JAPANESE_NAME_SUFFIXES,
  // Swedish prepositions before a town ("i Eslöv"), for swedish-towns.ts.
  ...SWEDISH_PLACE_BEFORE,
  // Words for kin before a given name ("dottern Lan"), for addressed-people.ts.
  ...KIN.sv,
  ...KIN.en,
  // "Sở" and the words of the fields only departments have, for departments.ts.
  DEPARTMENT_HEAD,
  ...DEPARTMENT_ONLY_FIELDS.flatMap((field) => field.split(' ').map(foldKey)),
  // "Công ty" and the legal forms of companies, for vietnamese-companies.ts (read by key).
  ...FOREIGN_COMPANY_HEADS.flat(),
  ...LEGAL_FORMS.flat(),
  // The last words of the heads before a place that make it another feature's or an
  // institution's name (scan.ts asks the word before a place by key first).
  ...[...FEATURE_HEADS, ...INSTITUTION_HEADS].map((head) => foldKey(head[head.length - 1] as string)),
];

/** Words before a role or title that make it any holder, not one: "a president", "our president". */
export const INDEFINITE: ReadonlySet<string> = new Set([
  'a',
  'an',
  'any',
  'another',
  'each',
  'every',
  'no',
  'one',
  'some',
  'my',
  'our',
  'your',
  'their',
  'his',
  'her',
  'its',
]);

/** English abbreviations of titles and ranks written with a full stop, as folding keys. */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'gen',
  'col',
  'maj',
  'capt',
  'lt',
  'sgt',
  'adm',
  'gov',
  'sen',
  'rep',
  'pres',
  'prof',
]);
