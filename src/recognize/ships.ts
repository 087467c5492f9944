/**
 * Ships named after people. Navies name ships after historical figures ("tàu 015 - Trần Hưng Đạo",
 * "tàu hộ vệ tên lửa Lý Thái Tổ", "the frigate Ly Thai To", "tàu buồm Lê Quý Đôn"): the name after
 * the word for a ship is the ship's, not a mention of the person. Only people's names are read so:
 * a place after the word is the ship's flag ("tàu Trung Quốc", "tàu cá Quảng Ngãi").
 */
import type { Tokens } from './tokenize.js';

/** Words for a ship right before its kind or name, as folding keys ("tàu", "frigate", "fregatten"). */
export const SHIP_WORDS: ReadonlySet<string> = new Set([
  'tau',
  'ship',
  'frigate',
  'corvette',
  'destroyer',
  'submarine',
  'cruiser',
  'fregatten',
  'korvetten',
  'jagaren',
  'ubaten',
]);

/**
 * Vietnamese words of a ship's kind between "tàu" and its name, as folding keys: "buồm" (sail),
 * "hộ vệ tên lửa" (missile frigate), "khu trục", "tuần tra", "cảnh sát biển", "huấn luyện", "ngầm",
 * "chiến", "hải quân", "kiểm ngư", "biên phòng", "đổ bộ", "vận tải", "cứu hộ", "cứu nạn".
 */
export const SHIP_KINDS: ReadonlySet<string> = new Set([
  'buom',
  'ho',
  've',
  'ten',
  'lua',
  'khu',
  'truc',
  'tuan',
  'tra',
  'canh',
  'sat',
  'bien',
  'huan',
  'luyen',
  'ngam',
  'chien',
  'hai',
  'quan',
  'kiem',
  'ngu',
  'phong',
  'do',
  'bo',
  'van',
  'tai',
  'cuu',
  'nan',
]);

/** Most words between the word for a ship and its name (kinds, a hull number). */
const SHIP_REACH = 5;

/** A hull number or code between the ship's kind and its name ("015", "HQ-012", "CSB 8001"). */
function hullCode(text: string, tokens: Tokens, k: number): boolean {
  const start = tokens.start(k);
  const end = tokens.end(k);
  for (let c = start; c < end; c++) {
    const code = text.charCodeAt(c);
    if (!((code >= 48 && code <= 57) || (code >= 65 && code <= 90))) return false;
  }
  return end - start <= 6;
}

/** Spaces, maybe a hyphen or a dash between them, and nothing else. */
function plainGap(text: string, from: number, to: number): boolean {
  let dashes = 0;
  for (let c = from; c < to; c++) {
    const code = text.charCodeAt(c);
    if (code === 45 || code === 0x2013 || code === 0x2014) dashes++;
    else if (code !== 32 && code !== 0xa0) return false;
  }
  return dashes <= 1;
}

/**
 * A word for a ship stands before word `from`, maybe with its kind ("hộ vệ tên lửa") and a hull
 * number between ("tàu 015 - Trần Hưng Đạo"), all on one line and in lower case but for the code:
 * the name from `from` on is the ship's.
 */
export function shipBefore(text: string, tokens: Tokens, from: number): boolean {
  for (let k = from - 1; k >= 0 && from - k <= SHIP_REACH; k--) {
    if (!plainGap(text, tokens.end(k), tokens.start(k + 1))) return false;
    const key = tokens.word(k) as string;
    if (SHIP_WORDS.has(key)) return true;
    if (hullCode(text, tokens, k)) continue;
    if (tokens.capital(k) || !SHIP_KINDS.has(key)) return false;
  }
  return false;
}
