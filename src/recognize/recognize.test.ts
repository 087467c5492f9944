import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createNormalizer } from '../kb/kb.js';
import { type EntityMention, recognize, recognizeChecked } from './recognize.js';

const ids = (text: string, options = {}) => recognize(text, options).map((m) => [m.text, m.id]);
const find = (mentions: EntityMention[], text: string) => mentions.find((m) => m.text === text);

describe('recognize: names in any script state', () => {
  it('finds names with and without diacritics, in any case, with offsets into the input', () => {
    const text = 'HÀ NỘI và Ha Noi, Hà Nội (NFD: Hà Nội) và hanoi';
    const ms = recognize(text, { date: '2024-01-01' });
    expect(ms.map((m) => m.id)).toEqual(Array(4).fill('vn-province-2008:01'));
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.text);
    // All-lower-case "hanoi" is not a proper name: not matched.
    expect(ms.map((m) => m.text)).not.toContain('hanoi');
  });

  it("reads one language's name in every language where it is another's respelt ('Haiphong', 'Hải Phòng')", () => {
    const ids = (text: string, language: string) => recognize(text, { language }).map((m) => m.id);
    expect(ids('Fartyget anlöpte Haiphong i går.', 'sv')).toEqual(['vn-province-2025:31']);
    // A name of one language that is another word elsewhere stays in its language ("Island" is
    // Iceland in Swedish).
    expect(ids('The island is small.', 'en')).toEqual([]);
  });

  it('reads an English name whose Vietnamese words the text writes with marks ("Embassy of Japan in Việt Nam")', () => {
    expect(ids('He thanked the Embassy of Japan in Việt Nam for its support.', { language: 'en' })).toEqual([
      ['Embassy of Japan in Việt Nam', 'org:jp-embassy-vn'],
    ]);
    expect(ids('Officials of the Airports Corporation of Việt Nam met.', { language: 'en' })).toEqual([
      ['Airports Corporation of Việt Nam', 'org:acv'],
    ]);
    // Marks on most of the words make them the Vietnamese name, which agrees with its own spelling only.
    expect(ids('Hải Phòng là thành phố cảng.', { language: 'vi' })).toEqual([
      ['Hải Phòng', 'vn-province-2025:31'],
    ]);
  });

  it('reads a bare body name as the body the text named in full before, whatever country it is mostly about', () => {
    const text =
      'Japan confirmed the arrest, according to Việt Nam’s Ministry of Foreign Affairs. Japan and Japan again. "Following the direction of the Ministry of Foreign Affairs, our missions in Japan will help," she said.';
    const read = recognize(text, { language: 'en' }).filter((m) => m.text.includes('Ministry'));
    expect(read.map((m) => m.id)).toEqual(['org:vn-mofa', 'org:vn-mofa']);
  });

  it('reads an exact form that ends with a full stop, with the stop ("U.S.")', () => {
    const read = (text: string) => recognize(text, { language: 'en' }).map((m) => [m.text, m.id]);
    expect(read('Growth in the U.S. market slowed, and the U.S. and Japan talked.')).toEqual([
      ['U.S.', 'country:US'],
      ['U.S.', 'country:US'],
      ['Japan', 'country:JP'],
    ]);
    expect(read('Sales in the US rose.')).toEqual([['US', 'country:US']]);
  });

  it('joins the words of a name across an ampersand ("Se & Hör")', () => {
    expect(ids('Enligt Se & Hör var hon där.', { language: 'sv' })).toEqual([
      ['Se & Hör', 'outlet:se-och-hor'],
    ]);
    expect(ids('Vietnam & Japan signed.')).toEqual([
      ['Vietnam', 'country:VN'],
      ['Japan', 'country:JP'],
    ]);
  });

  it('reads no far city in a neighbourhood named after it ("Little Tokyo")', () => {
    expect(ids('Little Tokyo in Ho Chi Minh City is busy.', { language: 'en' })).toEqual([
      ['Ho Chi Minh City', 'vn-province-2025:79'],
    ]);
    expect(ids('The restaurant has a little Tokyo feel.', { language: 'en' })).toEqual([
      ['Tokyo', 'city:tokyo'],
    ]);
  });

  it('reads a bridge named after its place in a text that lost marks on some words ("cau Can Tho")', () => {
    expect(ids('Du an cau Can Tho do Nhật Bản tai tro.', { language: 'vi', partialMarks: true })).toEqual([
      ['cau Can Tho', 'local:place:cau-can-tho'],
      ['Nhật Bản', 'country:JP'],
    ]);
    // A region written as a common noun after the head names no bridge: the West's bridges.
    expect(ids('Dấu ấn ODA trên những cây cầu miền Tây.', { language: 'vi' })).toEqual([
      ['ODA', 'programme:oda'],
      ['miền Tây', 'place:mekong-delta'],
    ]);
  });

  it('reads no Japanese place inside another named with a prefix and a hyphen ("Shin-Aomori")', () => {
    expect(ids('The train stopped at Shin-Aomori and Higashi-Osaka.', { language: 'en' })).toEqual([]);
    expect(ids('Tàu dừng ở ga Shin-Aomori.', { language: 'vi' })).toEqual([
      ['Shin-Aomori', 'local:place:shin-aomori'],
    ]);
    expect(ids('The train stopped at Aomori.', { language: 'en' })).toEqual([
      ['Aomori', 'subdivision:jp-02'],
    ]);
    // A municipality so named, in a text that names Japan, after a word of place: the town.
    expect(ids('Many Vietnamese live in Higashi-Osaka, Japan.', { language: 'en' })).toEqual([
      ['Higashi-Osaka', 'local:place:higashi-osaka'],
      ['Japan', 'country:JP'],
    ]);
    // A text that names a Japanese city names Japan: its wards after a word of place are places.
    expect(ids('Minh song o Shibuya, gan Tokyo.', { language: 'vi', noMarks: true })).toEqual([
      ['Shibuya', 'local:place:shibuya'],
      ['Tokyo', 'city:tokyo'],
    ]);
    // A Swedish zone named in Vietnamese is the zone, not the Chinese city so named.
    expect(
      ids('Fabriken ligger i Quang Chau industripark i Bac Giang.', { language: 'sv', date: '2024-01-01' }),
    ).toEqual([
      ['Quang Chau', 'local:place:quang-chau'],
      ['Bac Giang', 'vn-province-2008:24'],
    ]);
  });

  it('reads a name that holds a comma across the comma, and no list as one name', () => {
    expect(ids('Talks at the Ministry of Economy, Trade and Industry ended.')).toEqual([
      ['Ministry of Economy, Trade and Industry', 'org:jp-meti'],
    ]);
    expect(ids('Bộ Lao động, Thương binh và Xã hội họp.', { language: 'vi' })).toEqual([
      ['Bộ Lao động, Thương binh và Xã hội', 'org:vn-molisa'],
    ]);
    // Names written in a list stay apart; a comma without a space joins nothing.
    expect(ids('Japan, Vietnam and Laos.').map((m) => m[1])).toEqual([
      'country:JP',
      'country:VN',
      'country:LA',
    ]);
    expect(ids('the Ministry of Economy,Trade and Industry').map((m) => m[1])).not.toContain('org:jp-meti');
  });

  it('finds names inside hyphenated compounds and across a line break', () => {
    expect(ids('the Vietnam-Japan partnership')).toEqual([
      ['Vietnam', 'country:VN'],
      ['Japan', 'country:JP'],
    ]);
    expect(ids('quan hệ Việt Nam–Nhật Bản')).toEqual([
      ['Việt Nam', 'country:VN'],
      ['Nhật Bản', 'country:JP'],
    ]);
    expect(ids('enligt FN:s havsrättskonvention')[0]).toEqual([
      'FN:s havsrättskonvention',
      'agreement:unclos',
    ]);
    expect(ids('FN:s roll')[0]).toEqual(['FN:s', 'org:un']);
    // (Across a wrapped line only: two short lines of a menu are two items.)
    expect(ids('The two foreign ministers held their annual talks in Viet\nNam')).toEqual([
      ['Viet\nNam', 'country:VN'],
    ]);
  });

  it('reads a name glued to the word before it by a scraper, but no name across the seam', () => {
    expect(ids('Cover picture for the articleTOKYO (AP) — Japan can now')).toEqual([
      ['TOKYO', 'city:tokyo'],
      ['AP', 'outlet:ap'],
      ['Japan', 'country:JP'],
    ]);
    // The seam is no space: "biển" and "Đông" glued are not the sea "biển Đông".
    expect(ids('căng thẳng ở biển Đông tăng', { language: 'vi' })).toEqual([['biển Đông', 'sea:bien-dong']]);
    expect(ids('căng thẳng ở biểnĐông tăng', { language: 'vi' })).toEqual([]);
  });

  it('reads a name in a spelling of the knowledge base that writes a word in lower case', () => {
    // "Báo Nhân dân" is the paper's own style; "nhân dân" alone is the people.
    expect(ids('Theo Báo Nhân dân, hội nghị đã kết thúc.', { language: 'vi' })).toEqual([
      ['Báo Nhân dân', 'outlet:nhan-dan'],
    ]);
    expect(ids('Đời sống nhân dân vùng cao đã được cải thiện.', { language: 'vi' })).toEqual([]);
    // Every spelling capitalises "Đông": "biển đông người" is a crowd, not the sea.
    expect(ids('Sân vận động biển đông người.', { language: 'vi' })).toEqual([]);
  });

  it('reads a name that ends in a plus only before one, with the plus', () => {
    const credit = recognize('Hai bên đã ký kết thỏa thuận./.\n(Vietnam+)', { language: 'vi' });
    expect(credit.map((m) => [m.text, m.id, m.end])).toEqual([['Vietnam+', 'outlet:vietnamplus', 41]]);
    // Without the plus it is the country; "Canal+" is no Canada, nor the country's name.
    expect(ids('Vietnam and Canal+ signed.')).toEqual([['Vietnam', 'country:VN']]);
  });

  it('tells apart two names that fold alike by their marks ("Đổng Quân", "Đông Quản")', () => {
    expect(
      ids('Bộ trưởng Quốc phòng Trung Quốc Đổng Quân thăm nhà máy ở Đông Quản.', { language: 'vi' }),
    ).toEqual([
      ['Bộ trưởng Quốc phòng Trung Quốc', 'office:cn-defence-minister'],
      ['Đổng Quân', 'person:dong-jun'],
      ['Đông Quản', 'city:dongguan'],
    ]);
    // Without marks the name is ambiguous, and the knowledge base's default (the city) reads it.
    expect(ids('Nha may o Dong Quan.', { language: 'vi' })).toEqual([['Dong Quan', 'city:dongguan']]);
  });

  it('reads a name that lost some of its marks letter by letter in a text that lost marks', () => {
    const text = 'Doanh nghiệp Hàn Quôc và Tô chức Xúc tiến Thuong mai Nhật Ban đã đến Huê.';
    expect(ids(text, { language: 'vi', partialMarks: true })).toEqual([
      ['Hàn Quôc', 'country:KR'],
      ['Tô chức Xúc tiến Thuong mai Nhật Ban', 'org:jetro'],
      ['Huê', 'vn-province-2025:46'],
    ]);
    // In a text written with all its marks, a word with other marks is another word.
    expect(ids('Doanh nghiệp Hàn Quôc đã đến Huê.', { language: 'vi' })).toEqual([]);
    // Marks the name does not write are never lost marks: "Hạ" is not "Hà".
    expect(ids('Ông về Hạ Nội.', { language: 'vi', partialMarks: true })).toEqual([]);
  });

  it('reads abbreviations only in their exact spelling', () => {
    expect(ids('Photo: AP')).toEqual([['AP', 'outlet:ap']]);
    expect(ids('an ap or a doc')).toEqual([]);
  });
});

describe('recognize: Ho Chi Minh', () => {
  it('is the city as "Ho Chi Minh City", "HCMC", "TP.HCM", "Sài Gòn"', () => {
    for (const form of ['Ho Chi Minh City', 'HCMC', 'TP.HCM', 'Sài Gòn', 'TP. Hồ Chí Minh']) {
      const [m] = recognize(`Tin từ ${form} hôm nay`, { date: '2023-05-01' });
      expect(m?.id, form).toBe('vn-province-2008:79');
    }
  });

  it('is the person after a title or before "mausoleum", in en, sv and vi', () => {
    expect(find(recognize('President Ho Chi Minh founded the state.'), 'President Ho Chi Minh')?.id).toBe(
      'person:ho-chi-minh',
    );
    expect(recognize("visitors at Ho Chi Minh's mausoleum")[0]?.id).toBe('person:ho-chi-minh');
    expect(recognize('Delegationen besökte president Ho Chi Minh mausoleum')[0]?.id).toBe(
      'person:ho-chi-minh',
    );
    expect(recognize('Đoàn viếng Lăng Chủ tịch Hồ Chí Minh')[0]?.id).toBe('person:ho-chi-minh');
    expect(
      recognize('Kajen där den unge Ho Chi Minh lämnade landet år 1911.', { language: 'sv' })[0]?.id,
    ).toBe('person:ho-chi-minh');
    // And before what only a man does: was born, declared.
    expect(recognize('Byn där Ho Chi Minh föddes ligger nära staden.', { language: 'sv' })[0]?.id).toBe(
      'person:ho-chi-minh',
    );
    expect(recognize('In 1945 Ho Chi Minh declared independence.', { language: 'en' })[0]?.id).toBe(
      'person:ho-chi-minh',
    );
    expect(recognize('Flights to Ho Chi Minh rose in May.', { language: 'en' })[0]?.id).not.toBe(
      'person:ho-chi-minh',
    );
  });

  it('is the city in a list of provinces, of the period the date says', () => {
    const list = '• Ha Noi\n• Ho Chi Minh\n• Da Nang';
    expect(recognize(list, { date: '2022-05-01' })[1]?.id).toBe('vn-province-2008:79');
    expect(recognize(list, { date: '2025-09-01' })[1]?.id).toBe('vn-province-2025:79');
  });
});

describe('recognize: seas', () => {
  it('reads East Sea, Bien Dong Sea, Biển Đông and Östhavet as Biển Đông', () => {
    for (const text of ['in the East Sea', 'the Bien Dong Sea', 'trên Biển Đông', 'i Östhavet']) {
      expect(recognize(text)[0]?.id, text).toBe('sea:bien-dong');
    }
  });

  it('gives way to a longer place the last word opens, in a text without marks ("bien Dong bang song Cuu Long")', () => {
    expect(ids('Nuoc sach cho vung ven bien Dong bang song Cuu Long.', { language: 'vi' })).toEqual([
      ['Dong bang song Cuu Long', 'place:mekong-delta'],
    ]);
    // (Not across a line: a name ending one line and the same name opening the next are two.)
    expect(ids('Hợp tác với Việt Nam\nViệt Nam và Nhật Bản', { language: 'vi' }).map(([, id]) => id)).toEqual(
      ['country:VN', 'country:VN', 'country:JP'],
    );
  });

  it('keeps the East China Sea apart', () => {
    expect(ids('in the East China Sea and the East Sea')).toEqual([
      ['East China Sea', 'sea:east-china-sea'],
      ['East Sea', 'sea:bien-dong'],
    ]);
  });

  it('reads Swedish Östersjön as Biển Đông, flagged, in a text about Vietnam’s maritime disputes', () => {
    const text = 'Vietnam och Japan oroas över läget i Östersjön och hänvisar till UNCLOS.';
    const m = recognize(text).find((x) => x.text === 'Östersjön');
    expect(m).toMatchObject({ id: 'sea:bien-dong', flags: ['mistranslation'] });
  });

  it('reads Östersjön as the Baltic Sea in a text that names the East Sea otherwise', () => {
    const text =
      'Vietnam protesterar mot Kinas fiskeförbud i Sydkinesiska havet och hänvisar till UNCLOS. ' +
      'I Östersjön har svenska Kustbevakningen bordat ett fartyg.';
    expect(recognize(text).find((x) => x.text === 'Östersjön')).toMatchObject({
      id: 'sea:baltic',
      flags: [],
    });
  });

  it('reads Östersjön as Biển Đông beside the words of a dispute, even where the text names the East Sea otherwise', () => {
    const text =
      'Kina har skickat fartyg till Sydkinesiska havet. Ledarna underströk vikten av fred, stabilitet och fri sjöfart i Östersjön och att tvister löses fredligt.';
    expect(recognize(text, { language: 'sv' }).find((x) => x.text === 'Östersjön')?.id).toBe('sea:bien-dong');
    // Not where the sentence names a country of the Baltic: a comparison.
    const compared =
      'Kina har skickat fartyg till Sydkinesiska havet. Precis som i Östersjön, där Sverige och Finland övar, handlar tvisterna om fri sjöfart.';
    expect(recognize(compared, { language: 'sv' }).find((x) => x.text === 'Östersjön')?.id).toBe(
      'sea:baltic',
    );
  });

  it('reads Östersjön as the Baltic Sea in a Swedish or Baltic context', () => {
    const text = 'Sverige och Finland övar tillsammans i Östersjön i sommar.';
    expect(recognize(text).find((x) => x.text === 'Östersjön')).toMatchObject({
      id: 'sea:baltic',
      flags: [],
    });
    // A Swedish city counts for the Baltic against a Vietnam named once.
    const restaurant =
      'Paret från Vietnam driver en restaurang i Göteborg. Strömming från Östersjön grillas med fisksås.';
    expect(recognize(restaurant, { language: 'sv' }).find((x) => x.text === 'Östersjön')?.id).toBe(
      'sea:baltic',
    );
  });

  it('reads Östersjön in the words of a maritime dispute as Biển Đông, though Swedish places are named', () => {
    const text =
      'En delegation från Vietnam besökte Stockholm och Göteborg. Parterna betonade vikten av att lösa tvister i Östersjön med fredliga medel.';
    expect(recognize(text, { language: 'sv' }).find((x) => x.text === 'Östersjön')?.id).toBe('sea:bien-dong');
  });
});

describe('recognize: cities and provinces', () => {
  it('reads Da Lat and Vung Tau as cities linked to their provinces', () => {
    const kb = createNormalizer();
    const [dalat, vungtau] = recognize('from Da Lat to Vung Tau', { kb });
    expect(dalat?.id).toBe('city:da-lat');
    expect(vungtau?.id).toBe('city:vung-tau');
    expect(kb.provinceOf('city:da-lat', '2022-01-01')).toBe('vn-province-2008:68');
  });

  it('reads provinces named with "province", "provinsen" or "tỉnh" and cities in sv and vi', () => {
    const ms = recognize(
      'Besöket i Quang Ninh-provinsen och i provinsen Lam Dong, nära Da Lat. Đoàn thăm tỉnh Lâm Đồng và thành phố Đà Lạt.',
      { date: '2023-05-01' },
    );
    expect(ms.map((m) => m.id)).toEqual([
      'vn-province-2008:22',
      'vn-province-2008:68',
      'city:da-lat',
      'vn-province-2008:68',
      'city:da-lat',
    ]);
  });

  it('lets the date decide between the units before and after 1 July 2025', () => {
    expect(recognize('Binh Duong province', { date: '2022-05-01' })[0]?.id).toBe('vn-province-2008:74');
    const undated = recognize('tỉnh Quảng Ninh')[0];
    expect(undated?.flags).toContain('undated');
  });
});

describe('recognize: people', () => {
  it('finds full names in either order and with or without diacritics', () => {
    for (const text of ['Kishida Fumio', 'Fumio Kishida', 'Bùi Thanh Sơn', 'Bui Thanh Son']) {
      expect(
        recognize(`Minister ${text} spoke.`).some((m) => m.type === 'person'),
        text,
      ).toBe(true);
    }
  });

  it('attaches the office named by a title, in en, sv and vi', () => {
    const en = recognize('Japanese Prime Minister Kishida Fumio arrived.');
    expect(find(en, 'Kishida Fumio')?.office).toBe('office:jp-prime-minister');
    const sv = recognize('premiärminister Fumio Kishida och president Vo Van Thuong');
    expect(find(sv, 'Fumio Kishida')?.office).toBe('office:jp-prime-minister');
    expect(find(sv, 'Vo Van Thuong')?.office).toBe('office:vn-president');
    const vi = recognize('Thủ tướng Phạm Minh Chính chủ trì');
    expect(find(vi, 'Phạm Minh Chính')?.office).toBe('office:vn-prime-minister');
  });

  it('resolves short references only to a person named in full in the same text', () => {
    const text = 'PM Pham Minh Chinh met Kishida Fumio. Mr. Kishida thanked PM Chinh.';
    const ms = recognize(text);
    expect(ms.filter((m) => m.id === 'person:kishida-fumio').map((m) => m.flags)).toEqual([
      [],
      ['short-reference'],
    ]);
    expect(find(ms, 'Chinh')).toMatchObject({ id: 'person:pham-minh-chinh', flags: ['short-reference'] });
    // Without the full name, "Mr." says nothing; a title reads as the office's latest holder, undated.
    expect(recognize('Mr. Kishida thanked PM Chinh.').map((m) => [m.text, m.id, m.flags])).toEqual([
      ['Chinh', 'person:pham-minh-chinh', ['short-reference', 'undated']],
    ]);
  });

  it('does not read the last word of another name as a short reference ("Ảnh: VGP/Hải Minh")', () => {
    // The photographer Hải Minh (a name of our own) is not Phạm Bình Minh.
    const credit = recognize('Phó Thủ tướng Phạm Bình Minh tiếp đoàn. Ảnh: VGP/Hải Minh', { language: 'vi' });
    expect(credit.filter((m) => m.flags.includes('short-reference'))).toEqual([]);
    // A word of the same person's name beside it, misspelt, leaves the reference standing.
    const misspelt = recognize('Doan Xuan Hung met them. Later Dao Xuan Hung said the plan was ready.');
    expect(find(misspelt, 'Hung')).toMatchObject({ id: 'person:doan-xuan-hung', flags: ['short-reference'] });
    // So does a capital that starts the sentence, and a title.
    expect(find(recognize('Pham Binh Minh arrived. When Minh spoke, all listened.'), 'Minh')).toMatchObject({
      id: 'person:pham-binh-minh',
    });
  });

  it('does not read a word joined by a dash to another capitalised word as a short reference ("Cat Linh–Ha Dong")', () => {
    const text =
      'Deputy Prime Minister Tran Hong Ha visited. The Cat Linh–Ha Dong metro opened. Ha said it worked.';
    expect(
      recognize(text, { language: 'en' })
        .filter((m) => m.flags.includes('short-reference'))
        .map((m) => m.start),
    ).toEqual([text.indexOf('Ha said')]);
  });

  it('does not read a Vietnamese name\'s syllable before a name the scan read as a short reference ("Vu Dong Bac A")', () => {
    // "Vụ Đông Bắc Á" (a ministry's department) without its marks, beside Nguyễn Minh Vũ.
    const text =
      'Thu truong Nguyen Minh Vu chu tri. Tham du co dai dien Vu Dong Bac A. Sau do ong Vu Nhat Ban tra loi.';
    const refs = recognizeChecked(text, { language: 'vi', noMarks: true }).filter(
      (m) => m.id === 'person:nguyen-minh-vu',
    );
    // (After a word of address the syllable is the person's, whatever follows.)
    expect(refs.map((m) => m.start)).toEqual([text.indexOf('Nguyen Minh Vu'), text.indexOf('Vu Nhat')]);
  });

  it('does not read the first word of another name as a short reference ("Park Minwoo")', () => {
    const text = 'Park Geun-hye visited Seoul. Park Minwoo wrote a novel, and Park spoke later.';
    const refs = recognize(text, { language: 'en' }).filter((m) => m.flags.includes('short-reference'));
    expect(refs.map((m) => m.start)).toEqual([text.lastIndexOf('Park')]);
    // A misspelt word of the same name after it leaves the reference standing.
    const misspelt = recognize('Murayama Tomiichi died. Later, Murayama Tomoiichi was mourned.', {
      language: 'en',
    });
    expect(misspelt.filter((m) => m.id === 'person:murayama-tomiichi')).toHaveLength(2);
  });

  it('does not read a family name after a word of address as a known person when another given name follows', () => {
    // Obuchi Keizo is in the knowledge base; his daughter is not.
    const text = 'Ông Trần Thanh Mẫn tiếp bà Obuchi Yuko. Bà Obuchi Yuko cảm ơn.';
    const ms = recognize(text, { language: 'vi' });
    expect(ms.some((m) => m.id === 'person:obuchi-keizo')).toBe(false);
    expect(ms.filter((m) => m.text === 'Obuchi Yuko').map((m) => m.id)).toEqual([
      'local:person:obuchi-yuko',
      'local:person:obuchi-yuko',
    ]);
  });

  it('gives a Vietnamese given name to the person named in full nearest before it', () => {
    // Lê Thành Long is in the knowledge base; the department's Phan Văn Long (made up) is not. The
    // province between them is no person's name.
    const text =
      'Phó Thủ tướng Lê Thành Long đã giao Bộ xem xét. Theo ông Phan Văn Long, Phó Giám đốc Sở tỉnh Vĩnh Long, mùa khô vẫn khó. ' +
      'Ông Long cho biết sẽ làm ngay. Phó Thủ tướng Lê Thành Long yêu cầu. Ông Long nhấn mạnh.';
    const refs = recognize(text, { language: 'vi' }).filter((m) => m.text === 'Long');
    expect(refs.map((m) => m.id)).toEqual(['local:person:phan-van-long', 'person:le-thanh-long']);
  });

  it('gives a dead person’s family name to the living person of the text who bears it, unless it says "late"', () => {
    const text =
      'Hạ nghị sĩ Obuchi Yuko thăm Hà Nội. Thân phụ bà là cố Thủ tướng Obuchi Keizo. ' +
      'Bà Obuchi khẳng định hợp tác. Từ thời cố Thủ tướng Obuchi, hai nước gắn bó.';
    const ref = text.indexOf('Bà Obuchi') + 3;
    const late = text.lastIndexOf('Obuchi');
    const idAt = (ms: { start: number; id: string }[], at: number) => ms.find((m) => m.start === at)?.id;
    const dated = recognize(text, { language: 'vi', date: '2025-08-07' });
    expect(idAt(dated, ref)).toBe('local:person:obuchi-yuko');
    expect(idAt(dated, late)).toBe('person:obuchi-keizo');
    // Undated, nothing says who is dead: the known person keeps the reference.
    expect(idAt(recognize(text, { language: 'vi' }), ref)).toBe('person:obuchi-keizo');
  });

  it('reads "PM Pham" as Phạm Minh Chính, flagged, only when he is the only Pham', () => {
    const ms = recognize('Prime Minister Pham Minh Chinh spoke. PM Pham said trade grew.');
    expect(find(ms, 'Pham')).toMatchObject({
      id: 'person:pham-minh-chinh',
      flags: ['family-name-reference'],
    });
    const two = recognize('Pham Minh Chinh and Pham Binh Minh met. PM Pham said trade grew.');
    expect(find(two, 'Pham')).toBeUndefined();
  });

  it('does not read a common English word at a sentence start as a Vietnamese given name', () => {
    // Nguyễn Văn Thể without marks ends in "The".
    const text = 'Minister Nguyen Van The met his counterpart. The agreement came later. Minister The spoke.';
    expect(recognize(text, { language: 'en' }).map((m) => [m.text, m.start])).toEqual([
      ['Nguyen Van The', 9],
      ['The', text.lastIndexOf('The')],
    ]);
  });

  it('never turns ordinary lower-case words into people', () => {
    const ms = recognize('Bui Thanh Son spoke; his son and quang ninh were mentioned in lower case.');
    expect(ms.map((m) => m.text)).toEqual(['Bui Thanh Son']);
  });

  it('corrects a one-letter misspelling of a known person in a name position', () => {
    const [m] = recognize('Japanese Prime Minister Shizo Abe said', { date: '2018-05-31' }).filter(
      (x) => x.type === 'person',
    );
    expect(m).toMatchObject({ id: 'person:abe-shinzo', text: 'Shizo Abe', flags: ['corrected'] });
    // No person one edit away; "Abo" may still be a place (Åbo), which is not this test's concern.
    expect(recognize('Shiro Abo and Soon Lee').filter((x) => x.type === 'person')).toEqual([]);
    // Given names after a Vietnamese family name are another person's: "Phạm Tấn Công" is not
    // Qin Gang (Tần Cương), one letter and a mark away.
    const named = recognize('Ông Phạm Tấn Công, Chủ tịch VCCI, phát biểu.', { language: 'vi' });
    expect(named.map((x) => x.id)).not.toContain('person:qin-gang');
  });

  it('reports the office a person held on the text’s date', () => {
    const ms = recognize('Kishida Fumio met the press.', { date: '2016-01-10' });
    expect(ms[0]?.office).toBe('office:jp-foreign-minister');
    expect(recognize('Kishida Fumio met the press.', { date: '2023-01-10' })[0]?.office).toBe(
      'office:jp-prime-minister',
    );
  });

  it('resolves "the Japanese Prime Minister" to the holder on the date, else leaves an office mention', () => {
    const dated = recognize('the Japanese Prime Minister said', { date: '2022-05-01' })[0];
    expect(dated).toMatchObject({
      id: 'person:kishida-fumio',
      type: 'person',
      office: 'office:jp-prime-minister',
      flags: ['short-reference'],
    });
    // Followed by a name, the office's name is the title of that person.
    const titled = recognize('the Japanese Prime Minister Fumio Kishida said', { date: '2022-05-01' })[0];
    expect(titled).toMatchObject({ id: 'office:jp-prime-minister', holder: 'person:kishida-fumio' });
    expect(recognize('the Japanese Prime Minister said')[0]).toMatchObject({
      id: 'office:jp-prime-minister',
      holder: null,
    });
  });
});

describe('recognize: robustness', () => {
  it('throws a TypeError for a non-string', () => {
    expect(() => recognize(7 as unknown as string)).toThrow(TypeError);
  });

  it('never throws, and mentions slice the input and do not overlap, for any string', () => {
    const names = fc.constantFrom(
      'Hà Nội',
      'Viet Nam',
      'PM Chinh',
      'Pham Minh Chinh',
      'Östersjön',
      'TP.HCM',
      '\u0301',
      '\uD83D',
    );
    const piece = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 20 }), names);
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (parts) => {
        const input = parts.join(' ');
        let end = 0;
        for (const m of recognize(input)) {
          expect(input.slice(m.start, m.end)).toBe(m.text);
          expect(m.start).toBeGreaterThanOrEqual(end);
          end = m.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('recognize: large input', () => {
  it('handles a text with hundreds of thousands of mentions (no recursion or spread limits)', () => {
    const text = 'PM Pham Minh Chinh met PM Chinh in Ha Noi. '.repeat(60_000);
    const ms = recognize(text);
    expect(ms.length).toBe(180_000);
    expect(ms.at(-1)?.end).toBeLessThanOrEqual(text.length);
  });

  it('gives the same mentions whatever it read before (its working arrays are reused between calls)', () => {
    const corpus = new URL('../../corpus/', import.meta.url);
    const pages = readdirSync(corpus)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => readFileSync(new URL(f, corpus), 'utf8'));
    const long = pages.join('\n\n').repeat(3);
    const short = pages[0] as string;
    const titled = { titles: true, date: '2024-05-01' };
    // Read in this order, each text finds the arrays another text of another length left behind.
    const shortFirst = recognize(short);
    const longFirst = recognize(long);
    const titledFirst = recognize(short, titled);
    expect(recognize(long)).toEqual(longFirst);
    expect(recognize(short)).toEqual(shortFirst);
    expect(recognize(long)).toEqual(longFirst);
    expect(recognize(short, titled)).toEqual(titledFirst);
    expect(longFirst.length).toBeGreaterThan(shortFirst.length * 10);
  });
});

describe('recognize: titles', () => {
  it('reports a title in front of a person as the office, only on request', () => {
    const text = 'Thủ tướng Phạm Minh Chính và premiärminister Kishida Fumio';
    expect(recognize(text).map((m) => m.type)).toEqual(['person', 'person']);
    const ms = recognize(text, { titles: true, date: '2023-05-20' });
    expect(ms.map((m) => [m.text, m.id, m.flags])).toEqual([
      ['Thủ tướng', 'office:vn-prime-minister', ['title']],
      ['Phạm Minh Chính', 'person:pham-minh-chinh', []],
      ['premiärminister', 'office:jp-prime-minister', ['title']],
      ['Kishida Fumio', 'person:kishida-fumio', []],
    ]);
  });
});
