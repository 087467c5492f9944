import { describe, expect, it } from 'vitest';
import { recognize } from '../recognize/recognize.js';
import { getEntity } from './index.js';

const ids = (text: string, language?: string) =>
  recognize(text, language ? { language } : {}).map((m) => m.id);

describe('companies in the knowledge base', () => {
  it('have names in en, sv and vi and the country of their head office', () => {
    const petro = getEntity('org:petrovietnam');
    expect(petro?.names).toEqual({ en: 'Petrovietnam', sv: 'Petrovietnam', vi: 'Tập đoàn Dầu khí Việt Nam' });
    expect(petro?.country).toBe('country:VN');
    expect(getEntity('org:toyota')?.country).toBe('country:JP');
    expect(getEntity('org:ericsson')?.type).toBe('organisation');
  });

  it('are read by their brand and their Vietnamese names, in every language', () => {
    expect(ids('Tập đoàn Dầu khí Việt Nam (PVN) ký thỏa thuận với Marubeni.', 'vi')).toEqual([
      'org:petrovietnam',
      'org:petrovietnam',
      'org:marubeni',
    ]);
    expect(ids('Toyota and Aeon plan new investments in Vietnam this year.', 'en')).toEqual([
      'org:toyota',
      'org:aeon',
      'country:VN',
    ]);
    expect(ids('Samsung och Ericsson bygger ut i Vietnam.', 'sv')).toEqual([
      'org:samsung',
      'org:ericsson',
      'country:VN',
    ]);
  });

  it('include the Japanese consumer and industrial brands sold in Vietnam, not the country in "Japan Post"', () => {
    expect(
      ids(
        'Hàng Nhật gửi qua Japan Post gồm nồi Zojirushi, kem Shiseido, thuốc nhỏ mắt Rohto và máy Shimadzu.',
        'vi',
      ),
    ).toEqual(['country:JP', 'org:japan-post', 'org:zojirushi', 'org:shiseido', 'org:rohto', 'org:shimadzu']);
  });

  it('include the groups and Swedish bodies news about the beat names, by name or initials', () => {
    expect(
      ids(
        'FE Credit, Vinhomes và Tổng công ty Đầu tư phát triển đường cao tốc Việt Nam (VEC) cùng ký kết.',
        'vi',
      ),
    ).toEqual(['org:fe-credit', 'org:vinhomes', 'org:vec', 'org:vec']);
    expect(ids('Forskare vid KTH fick stöd från Vinnova och STINT.', 'sv')).toEqual([
      'org:kth',
      'org:vinnova',
      'org:stint',
    ]);
    expect(ids('Analysts at SSI Securities and Yamaha Corp. agreed.', 'en')).toEqual([
      'org:ssi-securities',
      'org:yamaha-corporation',
    ]);
  });

  it('are not read where the name is a family name, initials or another word', () => {
    // Suzuki is read only as "Suzuki Motor": alone it is one of Japan's commonest family names.
    expect(ids('Finance Minister Suzuki spoke in Tokyo.', 'en')).not.toContain('org:suzuki-motor');
    // Lotte only in its longer names: alone it is also a given name.
    expect(ids('Lotte Jensen bor i Köpenhamn.', 'sv')).not.toContain('org:lotte');
    expect(ids('Lotte Mart mở thêm siêu thị ở Hà Nội.', 'vi')).toContain('org:lotte');
    // ABB only in capitals: "Abb." is German for a figure.
    expect(ids('Die Kurve zeigt den Verlauf (Abb. 3).', 'de')).toEqual([]);
    // LG only in its longer names: initials in a list of authors are not the company.
    expect(ids('Rudenko LG, Monto AS, et al. reported the results.', 'en')).not.toContain('org:lg');
    expect(ids('LG Electronics opened a plant in Hai Phong.', 'en')).toContain('org:lg');
  });
});
