import { foldKey } from '../text/fold.js';
import { PLAIN_VIETNAMESE_SYLLABLES, VIETNAMESE_SYLLABLES } from './data/vietnamese-syllables.js';

/**
 * Shapes of personal names that the knowledge base does not list: Vietnamese family names and
 * syllables, Japanese romanised words. Used by `local-people` to tell a name from other
 * capitalised words.
 */

/**
 * Common Vietnamese family names, with their marks. General knowledge, not copied from a data
 * set: no maintained package lists them. Together these cover the great majority of Vietnamese
 * people (Nguyễn alone about four in ten). A family name written without marks is matched by its
 * folded key; one written with marks must be one of these spellings.
 */
export const VIETNAMESE_FAMILY_NAMES: readonly string[] = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Đào',
  'Đoàn',
  'Đinh',
  'Lâm',
  'Mai',
  'Trịnh',
  'Trương',
  'Lưu',
  'Hà',
  'Cao',
  'Chu',
  'Lương',
  'Tạ',
  'Tô',
  'Thái',
  'Vương',
  'La',
  'Quách',
  'Hứa',
  'Tôn',
  'Nghiêm',
  'Phùng',
  'Kiều',
  'Triệu',
  'Đàm',
  'Giang',
  'Khổng',
  'Lục',
  'Mạc',
  'Tăng',
  'Từ',
  'Châu',
  'Nông',
  'Lò',
  'Hầu',
  'Thân',
  'Diệp',
  'Âu',
  'Khúc',
  'Lại',
  'Lã',
  'Lữ',
  'Ninh',
  'Phí',
  'Quan',
  'Thạch',
  'Tiêu',
  'Ung',
  'Bạch',
  'Văn',
  'Doãn',
  'Khương',
  'Lạc',
  'Mạnh',
  'Nhữ',
  'Tống',
  'Trà',
  'Tào',
  'Cù',
  // The name Buddhist monks and nuns take ("Thích Nhất Hạnh", "Thích Đức Trí").
  'Thích',
  'Khuất',
];

/**
 * Family names of the Hmong, Thái and Dao of the northern mountains ("Vàng A Sinh", "Giàng A
 * Pháo", "Lường Văn Chung", "Tẩn Láo Lở") and of the S'tiêng ("Điểu"), general knowledge as above. They count only written
 * with their marks: without them they are common syllables ("Quang", "Tan", "Cam Ranh").
 */
export const MARKED_FAMILY_NAMES: readonly string[] = [
  'Giàng',
  'Sùng',
  'Vàng',
  'Thào',
  'Mùa',
  'Lầu',
  'Hạng',
  'Chảo',
  'Sình',
  'Tráng',
  'Lường',
  'Cầm',
  'Quàng',
  'Tòng',
  'Điêu',
  'Tẩn',
  // The S'tiêng and M'nông of the south-east and the Central Highlands ("Điểu Thị Thu").
  'Điểu',
  // Rarer Kinh family names ("Sầm Thị Hoa", "Đầu Thanh Tùng", "Khuất Văn Dũng"), whose unmarked
  // forms are common syllables or words ("Dau", "Tiet", "Giap").
  'Sầm',
  'Đầu',
  'Đậu',
  'Cấn',
  'Bế',
  'Mẫn',
  'Giáp',
  'Trình',
  'Tiết',
  'Bành',
  'Viên',
  'Khuất',
  'Khiếu',
  'Nhan',
  'Thiều',
  'Ngụy',
];

/** The valid syllables, made from the generated list on first use. */
let familyKeys: ReadonlySet<string> | undefined;

/** `key` is the folding key of one of {@link VIETNAMESE_FAMILY_NAMES} ("nguyen", "tran"). */
export function isFamilyNameKey(key: string): boolean {
  familyKeys ??= new Set(VIETNAMESE_FAMILY_NAMES.map(foldKey));
  return familyKeys.has(key);
}

let syllables: ReadonlySet<string> | undefined;

/**
 * Whether a folding key (lower case, no marks, đ as d) is a Vietnamese syllable: one of the valid
 * syllables of `dictionary-vi` folded so (data/vietnamese-syllables.ts). A shape alone (an onset,
 * vowels, a final) would take "lei" and "ning", which Vietnamese never writes, and so read "Hong Lei"
 * or "Mao Ning" as Vietnamese words rather than a foreign name.
 *
 * @example isVietnameseSyllable('nguyen') // true
 * @example isVietnameseSyllable('host') // false
 * @example isVietnameseSyllable('ning') // false (Vietnamese writes "ninh")
 */
export function isVietnameseSyllable(key: string): boolean {
  syllables ??= new Set(VIETNAMESE_SYLLABLES.split(' '));
  return key.length <= 7 && syllables.has(key);
}

/** The syllables written right without any mark, made from the generated list on first use. */
let plainSyllables: ReadonlySet<string> | undefined;

/**
 * Whether a word in lower case, as written, is a Vietnamese syllable that takes no mark: "minh",
 * "anh" and "long" are written so in a text with all its marks; "yen" is not (it is "yên" or "yến").
 *
 * @example isPlainVietnameseSyllable('minh') // true
 * @example isPlainVietnameseSyllable('yen') // false
 */
export function isPlainVietnameseSyllable(word: string): boolean {
  plainSyllables ??= new Set(PLAIN_VIETNAMESE_SYLLABLES.split(' '));
  return word.length <= 7 && plainSyllables.has(word);
}

const VOWELS = 'aeiou';
/** Consonants that start a Japanese mora in Hepburn romanisation (with y, h, s as second letters). */
const MORA_ONSETS = 'kgsztdnhbpmrjfwy';

/**
 * The number of morae of a folding key read as Hepburn romanisation ("chikahisa" → 5), or 0 when
 * it cannot be read so. One left-to-right pass: a vowel; a syllabic n; a doubled consonant; an
 * onset (sh, ch, ts, or a consonant with an optional y) followed by a vowel.
 *
 * @example romajiMorae('kishida') // 3
 * @example romajiMorae('stoltenberg') // 0
 */
export function romajiMorae(key: string): number {
  let morae = 0;
  let p = 0;
  const n = key.length;
  while (p < n) {
    const c = key[p] as string;
    if (VOWELS.includes(c)) {
      morae++;
      p++;
      continue;
    }
    const next = key[p + 1];
    // Syllabic n: before a consonant other than y, or at the end.
    if (c === 'n' && (next === undefined || (!VOWELS.includes(next) && next !== 'y'))) {
      morae++;
      p++;
      continue;
    }
    // A doubled consonant (small tsu): "Hokkaido", "Matsuda" is handled by ts below.
    if (next === c && c !== 'n' && MORA_ONSETS.includes(c)) {
      p++;
      continue;
    }
    if ((c === 's' || c === 'c') && next === 'h') p += 2;
    else if (c === 't' && next === 's') p += 2;
    else if (MORA_ONSETS.includes(c)) {
      p++;
      if (key[p] === 'y' && c !== 'y') p++;
    } else return 0;
    if (p >= n || !VOWELS.includes(key[p] as string)) return 0;
  }
  return morae;
}
