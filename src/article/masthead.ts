// A site's masthead among the page's first lines: its domain, or the name of an electronic portal
// or newspaper. Read as the page's outlet (credits.ts) and never as its headline (title.ts).
import { DOMAIN_LINE, MASTHEAD_DOMAIN } from '../regex.js';
import { foldKey } from '../text/fold.js';

/** Longest masthead line read as a site's name ("Cổng thông tin điện tử tỉnh Nghệ An"). */
const MAX_PORTAL_NAME = 80;
/** Most words of a newspaper's name with "Báo" and "điện tử" ("Báo Bà Rịa - Vũng Tàu điện tử"). */
const MAX_PAPER_WORDS = 9;
/** A forum's name of one to three words, a dash or bar, and a tagline that says it is a forum or a community. */
const FORUM_MASTHEAD =
  /^(?<name>[\p{L}\d]{2,20}(?: [\p{L}\d]{2,20}){0,2}) [-–|] (?:di[eễ]n [dđ][aà]n|c[oộ]ng [dđ][oồ]ng|forums?)\b/iu;
/**
 * A site's name of capitalised words ending in "Online", alone or before a dash or bar and its
 * tagline: "VĨNH PHÚC ONLINE - Tin tức địa phương", "Hòa Bình Online".
 */
const ONLINE_MASTHEAD = /^(?<name>\p{Lu}\p{L}*(?: \p{Lu}\p{L}*){0,3} (?:ONLINE|Online))(?:$| [-–|] )/u;
/**
 * A Swedish municipality's or region's site by its name alone on a line: "Västerås stad", "Umeå
 * kommun", "Region Skåne".
 */
const MUNICIPAL_MASTHEAD = /^(?:\p{Lu}[\p{Ll}-]{1,20} (?:stad|kommun)|Region \p{Lu}[\p{Ll}-]{1,20})$/u;
/** Folded words for the units above a commune's or a district's, after a dash in a portal's name. */
const HIGHER_UNITS: readonly string[] = ['huyen ', 'tinh ', 'thanh pho ', 'tp ', 'tp.', 'quan ', 'thi xa '];

/**
 * A portal's name without the units above its own that follow it after dashes: "CỔNG THÔNG TIN
 * ĐIỆN TỬ XÃ QUÝ SƠN - HUYỆN LỤC NGẠN - TỈNH BẮC GIANG" is the commune's portal.
 */
function withoutHigherUnits(t: string): string {
  for (let at = t.indexOf(' - '); at > 0; at = t.indexOf(' - ', at + 3)) {
    const next = foldKey(t.slice(at + 3, at + 3 + 12));
    if (HIGHER_UNITS.some((u) => next.startsWith(u))) return t.slice(0, at);
  }
  return t;
}

/** A menu's entry for the home page, as folding keys: no site's name, the first part of a breadcrumb. */
export const HOME_WORDS: ReadonlySet<string> = new Set(['trang chu', 'home', 'hem', 'startsida', 'start']);
/** The first letter of those openings, in any case. */
const PORTAL_FIRST = /^[cCtTbB]/u;
/** The folded opening of a government's electronic portal's name ("Cổng Thông tin điện tử …"). */
export const GOVERNMENT_PORTAL = 'cong thong tin dien tu ';
/** Folded openings of a Vietnamese electronic portal's or newspaper's name. */
const PORTAL_OPENINGS: readonly string[] = [GOVERNMENT_PORTAL, 'trang thong tin dien tu ', 'bao dien tu '];

/** What parts a site's name from its domain at the end of a masthead line. */
const NAME_DOMAIN_SEPARATORS: readonly string[] = [' - ', ' – ', ' | '];

/** The domain that ends a masthead line after the site's name and a separator, or null. */
function domainAfterName(line: string): string | null {
  const t = line.trim();
  let at = -1;
  let after = -1;
  for (const separator of NAME_DOMAIN_SEPARATORS) {
    const k = t.lastIndexOf(separator);
    if (k > at) {
      at = k;
      after = k + separator.length;
    }
  }
  if (at <= 0) return null;
  return DOMAIN_LINE.exec(t.slice(after))?.groups?.outlet ?? null;
}

/** Longest blog name read before its tagline. */
const MAX_BLOG_NAME = 40;

/** The name before a separator and a tagline that opens on the word "blog", or null. */
function blogName(line: string): string | null {
  const t = line.trim();
  for (const separator of NAME_DOMAIN_SEPARATORS) {
    const at = t.indexOf(separator);
    if (at < 2 || at > MAX_BLOG_NAME) continue;
    const tagline = t.slice(at + separator.length, at + separator.length + 5).toLowerCase();
    if (tagline.startsWith('blog') && !/\p{L}/u.test(tagline.slice(4))) return t.slice(0, at);
  }
  return null;
}

/** The folded name of a province's merged newspaper and broadcaster, and the province's name after it. */
const MERGED_PAPER = /^bao va phat thanh ?[,-]? ?truyen hinh [a-z]/u;

/**
 * The site's name a masthead line gives: its domain, alone or before its tagline ("XEMIENTRUNG.VN
 * - Diễn đàn xe …"), a name ending in "Online" ("VĨNH PHÚC ONLINE - Tin tức địa phương"), or the
 * whole line naming an electronic portal or newspaper ("CỔNG THÔNG TIN
 * ĐIỆN TỬ TỈNH NGHỆ AN", "BÁO ĐÀ NẴNG ĐIỆN TỬ", its marks kept or lost); null for other lines.
 */
export function mastheadName(line: string): string | null {
  // (Cheap tests first: most lines have no dot, and open with none of the portals' letters.)
  const domain = line.includes('.') ? MASTHEAD_DOMAIN.exec(line)?.groups?.domain : undefined;
  if (domain) return domain;
  if (line.length > MAX_PORTAL_NAME) return null;
  // The site's name, then its domain after a dash or bar: "DIEN DAN DU HOC NHAT BAN - duhocnhat.net.vn".
  const tail = line.includes('.') ? domainAfterName(line) : null;
  if (tail) return tail;
  // A blog's name before its tagline: "Xách balo cùng Vy - blog du lịch tự túc", "Nhật Ký Dẫn Đoàn – Blog của …".
  const blog = blogName(line);
  if (blog) return blog;
  // A forum's name before its tagline: "voz - Diễn đàn tin học …", "Otofun | Cộng đồng …".
  const forum = FORUM_MASTHEAD.exec(line)?.groups?.name;
  // (Not a menu's first entries: "Trang chu | Dien dan | Tim kiem".)
  if (forum && !HOME_WORDS.has(foldKey(forum))) return forum;
  const online = ONLINE_MASTHEAD.exec(line)?.groups?.name;
  if (online) return online;
  const t = line.trim();
  if (MUNICIPAL_MASTHEAD.test(t)) return t;
  if (!PORTAL_FIRST.test(t) || t.includes('\n')) return null;
  const key = foldKey(t);
  if (PORTAL_OPENINGS.some((o) => key.startsWith(o))) return withoutHigherUnits(t);
  // A province's newspaper merged with its radio and television (2025): "BÁO VÀ PHÁT THANH,
  // TRUYỀN HÌNH THANH HÓA", "Báo và Phát thanh - Truyền hình Hà Tĩnh".
  if (key.startsWith('bao va phat thanh') && MERGED_PAPER.test(key)) return t;
  // A newspaper's electronic edition by its name: "BÁO ĐÀ NẴNG ĐIỆN TỬ", "Báo Nhân Dân điện tử".
  return key.startsWith('bao ') && key.endsWith(' dien tu') && key.split(' ').length <= MAX_PAPER_WORDS
    ? t
    : null;
}
