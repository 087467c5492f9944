import { describe, expect, it } from 'vitest';
import { recognize, recognizeChecked } from './recognize.js';

const orgs = (text: string, options = {}) =>
  recognize(text, options)
    .filter((m) => m.id.startsWith('local:org:'))
    .map((m) => [m.text, m.type, (m.parts ?? []).map((p) => p.id)]);

describe('local organisations: English names with a head word', () => {
  it('reads capitalised words before a head as an organisation the knowledge base lacks', () => {
    expect(orgs('She studied at Gakushuin Institute before the war.')).toEqual([
      ['Gakushuin Institute', 'organisation', []],
    ]);
    expect(orgs('The loan was arranged by Kanshin Trust Bank and its partners.')).toEqual([
      ['Kanshin Trust Bank', 'organisation', []],
    ]);
  });

  it('reads a school named by a word of its own, not by common words alone', () => {
    expect(orgs('She studied at Hakozaki Japanese Language School, then at Tran Phu High School.')).toEqual([
      ['Hakozaki Japanese Language School', 'organisation', []],
      ['Tran Phu High School', 'organisation', []],
    ]);
    expect(orgs('He lost his High School Diploma.')).toEqual([]);
  });

  it('reads two companies joined by "and" before a company word as two, not one', () => {
    expect(orgs('A venture of Nam Long and Kenzo Hanshin Properties opened.').map((o) => o[0])).toEqual([
      'Kenzo Hanshin Properties',
    ]);
  });

  it('reads a football club by "FC" after its place, or "CLB" / "Câu lạc bộ" before it', () => {
    expect(orgs('Ha Noi FC drew 2-2 with Yokohama FC.', { language: 'en' })).toEqual([
      ['Ha Noi FC', 'organisation', []],
      ['Yokohama FC', 'organisation', []],
    ]);
    expect(
      orgs('Hôm qua, CLB Hà Nội gặp Câu lạc bộ Hải Phòng.', { language: 'vi' }).map((o) => o[0]),
    ).toEqual(['CLB Hà Nội', 'Câu lạc bộ Hải Phòng']);
  });

  it("reads a subsidiary named by its parent of the knowledge base and a company's words, the parent its part", () => {
    expect(orgs('Its unit IHI Infrastructure Systems won the bridge contract.')).toEqual([
      ['IHI Infrastructure Systems', 'organisation', ['org:ihi']],
    ]);
    // The parent alone stays the parent.
    expect(recognize('IHI said on Monday it would bid.', { language: 'en' }).map((m) => m.id)).toEqual([
      'org:ihi',
    ]);
  });

  it('reads a company before its legal form abbreviated ("Corp.", "Inc.", "Ltd."), not a known company\'s', () => {
    expect(
      orgs('A deal with Phan Rang Energy Corp. and GPlusMedia Inc. closed.', { language: 'en' }).map(
        (o) => o[0],
      ),
    ).toEqual(['Phan Rang Energy Corp', 'GPlusMedia Inc']);
    expect(orgs('Toyota Corp. said so.', { language: 'en' })).toEqual([]);
    // "Co., Ltd." is one legal form of two words; after a known company it is that company's.
    expect(
      orgs('A unit of Nishi-Nippon Railroad Co., Ltd. and Tsukuda Kenzai Co., Ltd. said.', {
        language: 'en',
      }),
    ).toEqual([['Tsukuda Kenzai Co., Ltd', 'organisation', []]]);
  });

  it("reads a city's hall as its government, and no other hall", () => {
    expect(orgs('Staff at Kanazawa City Hall said so.', { language: 'en' })).toEqual([
      ['Kanazawa City Hall', 'organisation', []],
    ]);
    expect(orgs('The Carnegie Hall concert sold out. The City Hall said so.', { language: 'en' })).toEqual(
      [],
    );
  });

  it('reads a Japanese association by "Kumiai" after its name', () => {
    expect(orgs('Workers at Tateyama Kyodo Kumiai were paid late.')).toEqual([
      ['Tateyama Kyodo Kumiai', 'organisation', []],
    ]);
  });

  it('reads a company before its legal form in capitals ("JSC"), not the rest of a known name', () => {
    expect(orgs('Mizuho bought a stake in Song Lam Industrial Development JSC last week.')).toEqual([
      ['Song Lam Industrial Development JSC', 'organisation', []],
    ]);
    expect(orgs('Viettel Post JSC said parcels rose.')).toEqual([]);
  });

  it('goes on over "of" and "for" with capitalised words, keeping the places inside as parts', () => {
    expect(orgs('the Association of Vietnamese Engineers in Japan met on Sunday')).toEqual([
      ['Association of Vietnamese Engineers in Japan', 'organisation', ['country:JP']],
    ]);
    // A place after the name, past "in", is where the organisation is, not its name.
    expect(orgs('He teaches at Hokkaido Bunka University in Sapporo.')).toEqual([
      ['Hokkaido Bunka University', 'organisation', []],
    ]);
  });

  it('reads departments, bureaus, boards and administrations, but not a board named by its members alone', () => {
    const text = 'The Department of Employment Services under the Ministry of Home Affairs said so.';
    expect(orgs(text, { language: 'en' })).toEqual([
      ['Department of Employment Services', 'organisation', []],
    ]);
    expect(orgs('Officials of the Korea Meteorological Administration spoke.', { language: 'en' })).toEqual([
      ['Korea Meteorological Administration', 'organisation', []],
    ]);
    expect(orgs('The Board of Directors met on Monday.', { language: 'en' })).toEqual([]);
  });

  it('reads an organisation named in full after "of" as its own ("Department of | Gakushuin University")', () => {
    expect(
      orgs('She taught at the Politics and Economics Department of Gakushuin University.', {
        language: 'en',
      }),
    ).toEqual([
      ['Politics and Economics Department', 'organisation', []],
      ['Gakushuin University', 'organisation', []],
    ]);
  });

  it("keeps a Vietnamese province's name, shared by the units of two periods, as the resolved part", () => {
    expect(orgs('She studied at the University of Da Nang in 2010.', { date: '2010-05-01' })).toEqual([
      ['University of Da Nang', 'organisation', ['vn-province-2008:48']],
    ]);
  });

  it('reads offices, companies and international bodies, but not "International" inside a longer name', () => {
    expect(
      orgs(
        'Kuwait Petroleum International holds a stake. The Tajimi Labor Standards Inspection Office sent papers. It came to the Annual International Conference.',
        { language: 'en' },
      ).map((m) => m[0]),
    ).toEqual(['Kuwait Petroleum International', 'Tajimi Labor Standards Inspection Office']);
  });

  it('reads a romanised Japanese company word as a head ("Horiuchi Kogyo", "Takasaki Denko")', () => {
    expect(
      orgs('Horiuchi Kogyo Co. and Takasaki Denko build houses.', { language: 'en' }).map((m) => m[0]),
    ).toEqual(['Horiuchi Kogyo', 'Takasaki Denko']);
  });

  it('reads a Vietnamese department or institute named for its field and country ("Cục Hàng không Việt Nam")', () => {
    expect(orgs('Theo Cục Hàng không Việt Nam, các hãng đã được cấp phép.', { language: 'vi' })).toEqual([
      ['Cục Hàng không Việt Nam', 'organisation', ['country:VN']],
    ]);
    // A ministry's department by its region, with the ministry after it: "Vụ Đông Bắc Á".
    expect(
      orgs('Dự có Vụ trưởng Vụ Đông Bắc Á Bộ Ngoại giao Phạm Quang Hiệu.', { language: 'vi' }).map(
        ([t]) => t,
      ),
    ).toEqual(['Vụ Đông Bắc Á']);
  });

  it('reads a place, words of its own and a head as one organisation, the place no mention of its own', () => {
    const ids = (text: string, language = 'en') => recognize(text, { language }).map((m) => [m.text, m.id]);
    expect(ids('Shares on the Ho Chi Minh City Stock Exchange rose on Monday.')).toEqual([
      ['Ho Chi Minh City Stock Exchange', 'local:org:ho-chi-minh-city-stock-exchange'],
    ]);
    expect(ids('Officials of the Hoa Binh Provincial Party Committee met the delegation.')).toEqual([
      ['Hoa Binh Provincial Party Committee', 'local:org:hoa-binh-provincial-party-committee'],
    ]);
    // The place names a country's body in a German sentence: no organisation is read there.
    expect(ids('Eine von der Texas Tech University durchgeführte Studie.', 'de').map(([, id]) => id)).toEqual(
      [],
    );
  });

  it('goes on over a list after the link ("of Labour, Invalids and Social Affairs"), but not into another name', () => {
    expect(orgs('The Quang Ninh Department of Planning and Investment said so.', { language: 'en' })).toEqual(
      [['Quang Ninh Department of Planning and Investment', 'organisation', []]],
    );
    expect(
      orgs('He met officials of the Department of Labour, Invalids and Social Affairs in Hanoi.', {
        language: 'en',
      }),
    ).toEqual([['Department of Labour, Invalids and Social Affairs', 'organisation', []]]);
    // After "and": a place, a name with a capital after it, another organisation's head.
    expect(orgs('The Department of Health and Japan agreed.', { language: 'en' })[0]?.[0]).toBe(
      'Department of Health',
    );
    expect(
      orgs('The Department of Health and Education Minister Tran Lan spoke.', { language: 'en' })[0]?.[0],
    ).toBe('Department of Health');
  });

  it('reads a committee or an assembly with a name of its own, not a committee of two words', () => {
    expect(orgs('The Nagano Prefectural Assembly passed the budget.', { language: 'en' })).toEqual([
      ['Nagano Prefectural Assembly', 'organisation', []],
    ]);
    expect(orgs('The Organising Committee said the fair would open.', { language: 'en' })).toEqual([]);
  });

  it('reads courts, unions and industries, and a possessive word of the name ("People\'s Court")', () => {
    expect(
      orgs(
        "The Nagoya District Court and the Hanoi People's Court ruled; the Tokai Migrant Workers Union spoke.",
        {
          language: 'en',
        },
      ).map((o) => o[0]),
    ).toEqual(['Nagoya District Court', "Hanoi People's Court", 'Tokai Migrant Workers Union']);
    expect(orgs('Brother Industries opened a plant.', { language: 'en' }).map((o) => o[0])).toEqual([
      'Brother Industries',
    ]);
    // An owner's possessive is no word of the name, and the People's Committees are the units'.
    expect(orgs("Japan's Cabinet Office said so.", { language: 'en' }).map((o) => o[0])).toEqual([
      'Cabinet Office',
    ]);
    expect(orgs("The People's Committee met.", { language: 'en' })).toEqual([]);
  });

  it('reads places joined by a hyphen before the name as its own words ("Vietnam-Japan Friendship …")', () => {
    expect(orgs('The Vietnam-Japan Friendship Parliamentarians Committee met.', { language: 'en' })).toEqual([
      ['Vietnam-Japan Friendship Parliamentarians Committee', 'organisation', []],
    ]);
  });

  it('joins two capitalised words over "and" before the head', () => {
    expect(orgs('members of the Vietnamese Artists and Writers Association said')).toEqual([
      ['Vietnamese Artists and Writers Association', 'organisation', []],
    ]);
  });

  it('is one local entity for every mention of the same name', () => {
    const ms = recognize('Lotus Harbour Group said … Lotus Harbour Group denied it.').filter((m) =>
      m.id.startsWith('local:org:'),
    );
    expect(ms.map((m) => m.id)).toEqual(Array(2).fill('local:org:lotus-harbour-group'));
  });

  it('reads no organisation in a headline in title case, across a full stop, or from a place and a loose head', () => {
    expect(orgs('Vietnam Welcomes Lotus Harbour Group Delegation')).toEqual([]);
    expect(orgs('He spoke at the Institute for Strategic Studies. Officials later left.')).toEqual([
      ['Institute for Strategic Studies', 'organisation', []],
    ]);
    // "Japan Group" or "City Council" say too little; a university named for its city is one.
    expect(orgs('the Japan Group met the City Council')).toEqual([]);
    expect(orgs('Researchers at Kyoto University found')).toEqual([['Kyoto University', 'organisation', []]]);
  });

  it('leaves the knowledge base’s organisations and other languages alone', () => {
    expect(orgs('The World Bank and the Asian Development Bank agreed.')).toEqual([]);
    expect(orgs('Die Deutsche Bank Group meldete Gewinne.', { language: 'de' })).toEqual([]);
  });
});

describe('local organisations: Swedish agencies', () => {
  it('reads a place\'s body written in lower case after it ("Saitama prefectural police")', () => {
    expect(
      orgs('Saitama prefectural police said the Kitakyushu city government and Tokyo police helped.', {
        language: 'en',
      }),
    ).toEqual([
      ['Saitama prefectural police', 'organisation', ['city:saitama']],
      ['Kitakyushu city government', 'organisation', ['city:kitakyushu']],
      ['Tokyo police', 'organisation', ['city:tokyo']],
    ]);
    // Not other lower-case words, nor a level without a body ("the Tokyo city centre").
    expect(
      orgs('He left the Tokyo city centre and the Osaka prefectural border.', { language: 'en' }),
    ).toEqual([]);
  });

  it("reads a province's newspaper by its name as an outlet, in its masthead too", () => {
    const outlets = (text: string) =>
      recognize(text, { language: 'vi' })
        .filter((m) => m.type === 'outlet')
        .map((m) => [m.text, m.id, (m.parts ?? []).map((p) => p.id)]);
    expect(outlets('BÁO LÀO CAI\nThời sự | Chính trị\n\nTheo Báo Lào Cai, lễ khánh thành diễn ra.')).toEqual([
      ['BÁO LÀO CAI', 'local:outlet:bao-lao-cai', ['vn-province-2025:15']],
      ['Báo Lào Cai', 'local:outlet:bao-lao-cai', ['vn-province-2025:15']],
    ]);
  });

  it('reads a bank named by one word ending in "Bank", however the word is cut', () => {
    expect(
      orgs('HDBank, SeABank and LienVietPostBank grew; the riverbank flooded.', { language: 'en' }),
    ).toEqual([
      ['HDBank', 'organisation', []],
      ['SeABank', 'organisation', []],
      ['LienVietPostBank', 'organisation', []],
    ]);
  });

  it('reads an event named by its head ("Festival", "Forum", "Dialogue"), with its places as parts', () => {
    const events = recognize('Crowds came to the Japan Vietnam Festival and the Geneva Conference.', {
      language: 'en',
    }).map((m) => [m.text, m.id, m.type, (m.parts ?? []).map((p) => p.id)]);
    expect(events).toEqual([
      ['Japan Vietnam Festival', 'local:event:japan-vietnam-festival', 'event', ['country:JP', 'country:VN']],
      ['Geneva Conference', 'local:event:geneva-conference', 'event', ['city:geneva']],
    ]);
  });

  it('reads an event\'s name back over a hyphen, and none cut short there ("Mid-Autumn Festival")', () => {
    const events = (text: string) =>
      recognize(text, { language: 'en' })
        .filter((m) => m.type === 'event')
        .map((m) => m.text);
    expect(
      events('Families came to the Mid-Autumn Festival and the Vietnam-Japan Defence Dialogue.'),
    ).toEqual(['Mid-Autumn Festival', 'Vietnam-Japan Defence Dialogue']);
    expect(events("Ministers met at the Mekong-Japan Foreign Ministers' Meeting.")).toEqual([
      "Mekong-Japan Foreign Ministers' Meeting",
    ]);
    expect(events('Officials attended the High-Level Meeting.')).toEqual(['High-Level Meeting']);
    // After a body's name the hyphen joins two names, not one event's: no event.
    expect(events('Leaders gathered for the ASEAN-Japan Summit.')).toEqual([]);
    // Contests in Vietnamese, by their head.
    expect(
      recognize('Đội giành giải nhất Cuộc thi Robot sáng tạo châu Á ở Osaka.', { language: 'vi' })
        .filter((m) => m.type === 'event')
        .map((m) => m.text),
    ).toEqual(['Cuộc thi Robot sáng tạo châu Á']);
    // And olympiads.
    expect(
      recognize('Em từng đoạt huy chương bạc Olympic Tin học châu Á năm ngoái.', { language: 'vi' })
        .filter((m) => m.type === 'event')
        .map((m) => m.text),
    ).toEqual(['Olympic Tin học châu Á']);
  });

  it('reads a company named by a word that ends companies\' names ("Saigon Ledger Securities")', () => {
    expect(
      orgs('Analysts at Saigon Ledger Securities and Tokyu Construction agreed.', { language: 'en' }),
    ).toEqual([
      ['Saigon Ledger Securities', 'organisation', []],
      ['Tokyu Construction', 'organisation', []],
    ]);
    // Not after a common word (a headline's), nor inside a longer name.
    expect(
      orgs('Two Capital: the Department of Planning and Investment agreed.', { language: 'en' }),
    ).toEqual([['Department of Planning and Investment', 'organisation', []]]);
  });

  it('reads a Swedish institution named by its place and a word in lower case ("Örebro universitet")', () => {
    expect(orgs('Hon studerade vid Örebro universitet och Uppsala universitet.', { language: 'sv' })).toEqual(
      [
        ['Örebro universitet', 'organisation', []],
        ['Uppsala universitet', 'organisation', []],
      ],
    );
    // The genitive of a place's name ("Stockholms universitet"); not another capitalised word.
    expect(orgs('Hon forskar vid Stockholms universitet.', { language: 'sv' })).toEqual([
      ['Stockholms universitet', 'organisation', []],
    ]);
    expect(
      orgs('Hon forskar vid Karolinska universitetssjukhuset och Anna universitet.', { language: 'sv' }),
    ).toEqual([]);
    // A country's genitive says whose universities, not which ("Japans universitet").
    expect(orgs('Japans universitet tar emot fler studenter.', { language: 'sv' })).toEqual([]);
    // A town the knowledge base lacks, in the genitive inside a sentence; not a word opening one.
    expect(orgs('Hon läste japanska vid Lunds universitet i tre år.', { language: 'sv' })).toEqual([
      ['Lunds universitet', 'organisation', []],
    ]);
    expect(orgs('Hans universitet ligger i Tokyo.', { language: 'sv' })).toEqual([]);
    // A region's or an island's ("Kyushu universitet", Kyushu University).
    expect(orgs('Hon forskar vid Kyushu universitet i Japan.', { language: 'sv' }).map((o) => o[0])).toEqual([
      'Kyushu universitet',
    ]);
    // An association by its adjective, with the city it is of.
    expect(
      orgs('Hon leder Vietnamesiska föreningen i Uppsala och Svensk-japanska sällskapet.', {
        language: 'sv',
      }).map((o) => o[0]),
    ).toEqual(['Vietnamesiska föreningen i Uppsala', 'Svensk-japanska sällskapet']);
    // Its word may end a compound ("studentföreningen").
    expect(
      orgs('Hon leder Vietnamesiska studentföreningen i Stockholm.', { language: 'sv' }).map((o) => o[0]),
    ).toEqual(['Vietnamesiska studentföreningen i Stockholm']);
    // A name, a hyphen and the institution's word in its definite form; over a dash, read whole.
    expect(
      orgs('Forskare vid Can Tho-universitetet och Vietnam–Sverige-sjukhuset i Uong Bi.', {
        language: 'sv',
      }).map((o) => o[0]),
    ).toEqual(['Can Tho-universitetet', 'Vietnam–Sverige-sjukhuset']);
    // After a city the knowledge base knows, a definite adjective may come first.
    expect(orgs('Hon forskar vid Luleå tekniska universitet.', { language: 'sv' })).toEqual([
      ['Luleå tekniska universitet', 'organisation', []],
    ]);
  });

  it("reads a Swedish institution named after a prefecture, or a country's by a compound of its own", () => {
    expect(orgs('Forskarna vid Ehime universitet odlar havsruda.', { language: 'sv' })).toEqual([
      ['Ehime universitet', 'organisation', []],
    ]);
    const text = 'Hon forskar vid Norges lantbruksuniversitet och Vietnams nationella skogsbruksuniversitet.';
    expect(orgs(text, { language: 'sv' }).map((o) => o[0])).toEqual([
      'Norges lantbruksuniversitet',
      'Vietnams nationella skogsbruksuniversitet',
    ]);
    // One the knowledge base holds is its, with no local organisation beside it.
    expect(
      recognize('Hon forskar vid Sveriges lantbruksuniversitet.', { language: 'sv' }).map((m) => m.id),
    ).toEqual(['org:slu']);
    // A country's universities, not one of them.
    expect(orgs('Vietnams universitet och Japans nationella universitet växer.', { language: 'sv' })).toEqual(
      [],
    );
  });

  it('reads a capitalised compound on an agency word in Swedish text only', () => {
    expect(orgs('Beslutet fattades med Strålsäkerhetsmyndigheten i går.', { language: 'sv' })).toEqual([
      ['Strålsäkerhetsmyndigheten', 'organisation', []],
    ]);
    // The agency word alone is "the agency".
    expect(orgs('Myndigheten meddelade i går.', { language: 'sv' })).toEqual([]);
    // A university named for its city, in one compound: "Tohokuuniversitetet"; not "Universitetet".
    expect(orgs('Forskare vid Tohokuuniversitetet deltog. Universitetet växer.', { language: 'sv' })).toEqual(
      [['Tohokuuniversitetet', 'organisation', []]],
    );
  });

  it('reads an agency named by two coordinated compounds, the first cut short by a hyphen', () => {
    expect(orgs('Enligt Havs- och vattenmyndigheten ökar fisket.', { language: 'sv' })).toEqual([
      ['Havs- och vattenmyndigheten', 'organisation', []],
    ]);
    // Not a court, nor two coordinated words that name no agency.
    expect(orgs('Mark- och miljödomstolen beslutade om havs- och fiskefrågor.', { language: 'sv' })).toEqual(
      [],
    );
  });
});

describe('local organisations: Vietnamese institutions and companies', () => {
  it('reads a capitalised Vietnamese head and a place that ends the name as an institution', () => {
    expect(orgs('Ông tốt nghiệp Đại học Kyoto, rồi sang Mỹ.', { language: 'vi' })).toEqual([
      ['Đại học Kyoto', 'organisation', ['city:kyoto']],
    ]);
    // A head in lower case, or opening a sentence, is a common noun; a longer name is not cut.
    expect(orgs('Các bệnh viện ở Hà Nội quá tải.', { language: 'vi' })).toEqual([]);
    expect(orgs('Bệnh viện Hà Nội quá tải.', { language: 'vi' })).toEqual([]);
    // A school's head and a city open a sentence as the school; before a country, a common noun.
    expect(orgs('Đại học Kyoto tuyển sinh.', { language: 'vi' }).map((o) => o[0])).toEqual(['Đại học Kyoto']);
    expect(orgs('Đại học Việt Nam cần đổi mới.', { language: 'vi' })).toEqual([]);
    // A university of technology by its city alone; a head right before another opens the name.
    expect(
      orgs('Ông dạy ở Bách khoa Đà Nẵng, rồi ở Trường ĐH Bách khoa Đà Nẵng và Bệnh viện Đại học Kyoto.', {
        language: 'vi',
      }).map((o) => o[0]),
    ).toEqual(['Bách khoa Đà Nẵng', 'Trường ĐH Bách khoa Đà Nẵng', 'Bệnh viện Đại học Kyoto']);
    // (The longer name is read whole, its foreign word too, not cut at the city.)
    expect(orgs('Sinh viên Đại học Tokyo Medical sang thăm.', { language: 'vi' }).map((o) => o[0])).toEqual([
      'Đại học Tokyo Medical',
    ]);
  });

  it('reads a description in lower case after a capitalised head inside a sentence when a place ends it', () => {
    const vi = (text: string) => orgs(text, { language: 'vi' }).map((o) => o[0]);
    expect(vi('Đại diện Hiệp hội hợp tác xã nông nghiệp Gunma cho biết.')).toEqual([
      'Hiệp hội hợp tác xã nông nghiệp Gunma',
    ]);
    // Two words of a head without marks are still the head; one ("Hoi", "Cuc") may be another word.
    expect(vi('Dai dien Hiep hoi hop tac xa nong nghiep Gunma cho biet.')).toEqual([
      'Hiep hoi hop tac xa nong nghiep Gunma',
    ]);
    // Not opening a sentence, not a title's head, not a sentence with another name in it, and not
    // a head that is also a common word ("Bộ trưởng", "Sở", "Đồn").
    expect(vi('Hiệp hội hợp tác xã nông nghiệp Gunma có 300 hội viên.')).toEqual([]);
    expect(vi('Ông là Cục trưởng Cục Hàng hải tại Hải Phòng.')).not.toContainEqual(
      expect.stringMatching(/^Cục trưởng/),
    );
    expect(vi('Năm nay Cục dự kiến tổ chức Tuần phim Nhật Bản tại Hà Nội.')).not.toContainEqual(
      expect.stringMatching(/^Cục dự kiến/),
    );
    expect(vi('Ông gặp Bộ trưởng Nhật Bản tại Hà Nội.')).toEqual([]);
    // A people's committee is a body of the knowledge base.
    expect(vi('Đoàn làm việc với Ủy ban nhân dân TP. Hồ Chí Minh hôm qua.')).toEqual([]);
  });

  it('reads the words that qualify an institution between its head and its place ("Đại học Sư phạm Hà Nội")', () => {
    const text = 'Sinh viên Trường Đại học Sư phạm Hà Nội và Bệnh viện Đa khoa tỉnh Quảng Ninh tham dự.';
    expect(orgs(text, { language: 'vi', date: '2025-09-01' })).toEqual([
      ['Trường Đại học Sư phạm Hà Nội', 'organisation', ['vn-province-2025:01']],
      ['Bệnh viện Đa khoa tỉnh Quảng Ninh', 'organisation', ['vn-province-2025:22']],
    ]);
    // The qualifier opens with a capital: "bệnh viện ở Hà Nội" is a hospital in Hanoi.
    expect(orgs('Ông nằm ở Bệnh viện ở Hà Nội.', { language: 'vi' })).toEqual([]);
  });

  it('reads a qualifier that is also a family name, and "ĐH" for "Đại học", but no preposition as a word of the name', () => {
    // "Nông" and "Lâm" are family names: after the head they are the school's words, not a person.
    expect(orgs('Năm nay Trường Đại học Nông Lâm Huế tuyển sinh.', { language: 'vi' })).toEqual([
      ['Trường Đại học Nông Lâm Huế', 'organisation', ['vn-province-2025:46']],
    ]);
    expect(
      orgs('Truong DH Nong Lam TP.HCM va DH Can Tho ky ket hop tac.', { language: 'vi', noMarks: true }),
    ).toEqual([
      ['Truong DH Nong Lam TP.HCM', 'organisation', ['vn-province-2025:79']],
      ['DH Can Tho', 'organisation', ['vn-province-2025:92']],
    ]);
    // A branch of an organisation of the knowledge base in a province: one organisation, both parts.
    expect(
      recognize('Ông Nam, Giám đốc Agribank chi nhánh tỉnh Nghệ An, cho biết.', {
        language: 'vi',
        date: '2024-12-26',
      })
        .filter((m) => m.type === 'organisation')
        .map((m) => [m.text, (m.parts ?? []).map((p) => p.id)]),
    ).toEqual([['Agribank chi nhánh tỉnh Nghệ An', ['org:agribank', 'vn-province-2008:40']]]);
    // Its chapter in a province, named with the province's word; not a province's delegation to it.
    const chapters = (text: string) =>
      recognize(text, { language: 'vi', date: '2024-08-10' })
        .filter((m) => m.type === 'organisation')
        .map((m) => [m.text, (m.parts ?? []).map((p) => p.id)]);
    expect(chapters('Hội hữu nghị Việt Nam - Nhật Bản tỉnh Quảng Nam trao học bổng.')).toEqual([
      [
        'Hội hữu nghị Việt Nam - Nhật Bản tỉnh Quảng Nam',
        ['org:vn-japan-friendship-association', 'vn-province-2008:49'],
      ],
    ]);
    expect(chapters('Trưởng Đoàn đại biểu Quốc hội tỉnh Lào Cai tiếp đoàn.').map((m) => m[0])).toEqual([
      'Quốc hội',
    ]);
    // A museum whose field takes four words before its place.
    expect(chapters('Đoàn thăm Bảo tàng Gốm sứ mậu dịch Hội An chiều qua.').map((m) => m[0])).toEqual([
      'Bảo tàng Gốm sứ mậu dịch Hội An',
    ]);
    // A province's newspaper merged with its radio and television (2025): an outlet.
    expect(
      recognize('Theo BÁO VÀ PHÁT THANH, TRUYỀN HÌNH BẮC NINH và Báo và Phát thanh - Truyền hình Hà Tĩnh.', {
        language: 'vi',
      }).map((m) => [m.text, m.id]),
    ).toEqual([
      ['BÁO VÀ PHÁT THANH, TRUYỀN HÌNH BẮC NINH', 'local:outlet:bao-va-phat-thanh-truyen-hinh-bac-ninh'],
      ['Báo và Phát thanh - Truyền hình Hà Tĩnh', 'local:outlet:bao-va-phat-thanh-truyen-hinh-ha-tinh'],
    ]);
    // A masthead in capitals, the whole line ending on its place; not a headline in capitals, nor
    // the unit above the place after a dash.
    const caps = (text: string) => recognize(text, { language: 'vi' }).map((m) => [m.text, m.id]);
    expect(caps('ĐẢNG BỘ TỈNH QUẢNG NINH\nCỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC GIANG\nĐoàn đã tới.')).toEqual([
      ['ĐẢNG BỘ TỈNH QUẢNG NINH', 'local:org:dang-bo-tinh-quang-ninh'],
      ['CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC GIANG', 'local:outlet:cong-thong-tin-dien-tu-tinh-bac-giang'],
    ]);
    expect(caps('TRUNG TÂM THÀNH PHỐ HÀ NỘI NGẬP NẶNG\nĐoàn đã tới.').map((m) => m[1])).toEqual([
      'vn-province-2025:01',
    ]);
    // The end of a footer's line all in capitals, after "CƠ QUAN CỦA" (the organ of), which names no body.
    expect(
      caps('BÁO BẮC NINH - CƠ QUAN CỦA ĐẢNG BỘ TỈNH BẮC NINH\nĐịa chỉ: 11 Nguyễn Đăng Đạo.'),
    ).toContainEqual(['ĐẢNG BỘ TỈNH BẮC NINH', 'local:org:dang-bo-tinh-bac-ninh']);
    // A government's web portal by its place: an outlet, one entity by its abbreviation too.
    const portals = recognize(
      'Theo Cổng Thông tin điện tử tỉnh Lào Cai, đoàn đã đến. Cổng TTĐT tỉnh Lào Cai đưa tin.',
      { language: 'vi' },
    ).filter((m) => m.type === 'outlet');
    expect(portals.map((m) => [m.text, m.id, (m.parts ?? []).map((p) => p.id)])).toEqual([
      [
        'Cổng Thông tin điện tử tỉnh Lào Cai',
        'local:outlet:cong-thong-tin-dien-tu-tinh-lao-cai',
        ['vn-province-2025:15'],
      ],
      ['Cổng TTĐT tỉnh Lào Cai', 'local:outlet:cong-thong-tin-dien-tu-tinh-lao-cai', ['vn-province-2025:15']],
    ]);
    // A college by its place where the marks were lost, not the province alone.
    expect(
      orgs('Sinh vien Truong Cao dang Long An va Cao dang Chu Lai duoc tuyen.', {
        language: 'vi',
        noMarks: true,
      }).map((o) => o[0]),
    ).toEqual(['Truong Cao dang Long An', 'Cao dang Chu Lai']);
    // "sang Nhật" (to Japan) goes on with the sentence.
    expect(orgs('Sinh viên Đại học Nông Lâm sang Nhật học.', { language: 'vi' }).map((o) => o[0])).toEqual([
      'Đại học Nông Lâm',
    ]);
    // A student ("Học viên") is no academy ("Học viện"): the name after it is a person's.
    expect(
      recognize('Học viên Đỗ Minh Nhật (21 tuổi) đang chờ xuất cảnh.', { language: 'vi' }).map((m) => m.id),
    ).toEqual(['local:person:do-minh-nhat']);
  });

  it("reads a person's name right after an institution's head as the institution's name, not the person", () => {
    expect(
      recognize('Sinh viên Trường Đại học Phạm Văn Đồng đã dự thi.', { language: 'vi' }).map((m) => [
        m.text,
        m.id,
      ]),
    ).toEqual([['Trường Đại học Phạm Văn Đồng', 'local:org:truong-dai-hoc-pham-van-dong']]);
    // After a title, the person stays.
    expect(recognize('Thủ tướng Phạm Văn Đồng đến thăm.', { language: 'vi' }).map((m) => m.id)).toContain(
      'person:pham-van-dong',
    );
  });

  it('reads a power company by its region or city, opening a sentence too', () => {
    expect(orgs('Công ty Điện lực Tohoku cho biết đã khôi phục điện.', { language: 'vi' })).toEqual([
      ['Công ty Điện lực Tohoku', 'organisation', ['place:tohoku']],
    ]);
  });

  it("reads a province's newspaper with its electronic edition's words as the paper", () => {
    const read = (text: string) =>
      recognize(text, { language: 'vi' })
        .filter((m) => m.type === 'outlet')
        .map((m) => [m.text, m.id]);
    expect(read('BÁO ĐẮK LẮK ĐIỆN TỬ\nTin tức. Theo Báo Đắk Lắk, hội nghị đã diễn ra.')).toEqual([
      ['BÁO ĐẮK LẮK ĐIỆN TỬ', 'local:outlet:bao-dak-lak'],
      ['Báo Đắk Lắk', 'local:outlet:bao-dak-lak'],
    ]);
  });

  it('reads a member institution before its university of the knowledge base and a dash, the university its part', () => {
    expect(
      orgs('Sinh viên Trường Đại học Ngoại ngữ - Đại học Quốc gia Hà Nội tham dự.', { language: 'vi' }),
    ).toEqual([['Trường Đại học Ngoại ngữ - Đại học Quốc gia Hà Nội', 'organisation', ['org:vnu-hanoi']]]);
  });

  it("reads a company whose brand holds a KB company's name as a company of its own, not the KB one's subsidiary", () => {
    const read = (text: string) => recognize(text, { language: 'vi' }).map((m) => [m.text, m.id]);
    expect(read('Anh làm ở Công ty TNHH Sanko Denso Việt Nam tại Nghệ An.')[0]).toEqual([
      'Công ty TNHH Sanko Denso Việt Nam',
      'local:org:cong-ty-tnhh-sanko-denso-viet-nam',
    ]);
    // After Vietnamese words that say what it makes, the KB company's subsidiary.
    expect(read('Anh làm ở Công ty TNHH Sản xuất lốp xe Bridgestone Việt Nam.').map((m) => m[1])).toContain(
      'org:bridgestone',
    );
  });

  it("reads a company whose name ends on a company's word after its Vietnamese head whole", () => {
    expect(
      orgs('Công ty Cổ phần Tsubasa Foods mở rộng nhà máy.', { language: 'vi' }).map((o) => o[0]),
    ).toEqual(['Công ty Cổ phần Tsubasa Foods']);
    expect(orgs('Công ty Marutake Foods tuyển lao động.', { language: 'vi' }).map((o) => o[0])).toEqual([
      'Công ty Marutake Foods',
    ]);
  });

  it('reads a company named after "Công ty" and its legal form, up to where the sentence goes on', () => {
    expect(orgs('Công ty TNHH Lọc hóa dầu Thanh Sơn cho biết nhà máy vẫn chạy.', { language: 'vi' })).toEqual(
      [['Công ty TNHH Lọc hóa dầu Thanh Sơn', 'organisation', []]],
    );
    expect(
      orgs('Hôm qua Công ty Cổ phần Đầu tư Minh Khang và đối tác Nhật Bản ký hợp đồng.', { language: 'vi' }),
    ).toEqual([['Công ty Cổ phần Đầu tư Minh Khang', 'organisation', []]]);
    // A place the knowledge base knows is a part of the name; without marks too.
    expect(orgs('Công ty TNHH Thực phẩm sạch Việt Nam vừa mở nhà máy mới.', { language: 'vi' })).toEqual([
      ['Công ty TNHH Thực phẩm sạch Việt Nam', 'organisation', ['country:VN']],
    ]);
    expect(orgs('Cong ty TNHH Thuc pham sach Viet Nam vua mo nha may moi.')).toEqual([
      ['Cong ty TNHH Thuc pham sach Viet Nam', 'organisation', ['country:VN']],
    ]);
    // In Vietnamese typed without marks, the head by its folded key (analyze says the text has none).
    expect(
      recognizeChecked('Anh tot nghiep Dai hoc Da Nang nam 2015.', { language: 'vi', noMarks: true }).map(
        (m) => m.text,
      ),
    ).toEqual(['Dai hoc Da Nang']);
    // A member institution before a dash is one name with its university.
    expect(
      orgs('Lớp ngắn hạn của trường Đại học Ngoại ngữ - Đại học Đà Nẵng rất tốt.', { language: 'vi' }),
    ).toEqual([['Đại học Ngoại ngữ - Đại học Đà Nẵng', 'organisation', ['vn-province-2025:48']]]);
    // A region's name in a company's ("Kanto Seimitsu") does not end it, and is the company's
    // name, not the region (as "Saigon Times" is no Saigon).
    expect(orgs('Công ty TNHH Kanto Seimitsu Việt Nam tuyển thêm 50 lao động.', { language: 'vi' })).toEqual([
      ['Công ty TNHH Kanto Seimitsu Việt Nam', 'organisation', ['country:VN']],
    ]);
    // Nor is a province, a town or a landscape in its name a place it names: the company is named after it.
    expect(
      orgs('Ông Vinh, Tổng Giám đốc Công ty Cổ phần Cảng quốc tế Bình Thuận, giới thiệu năng lực của cảng.', {
        language: 'vi',
      }),
    ).toEqual([['Công ty Cổ phần Cảng quốc tế Bình Thuận', 'organisation', []]]);
    expect(
      orgs('Đại diện Công ty Cổ phần Nhân lực Quốc tế Tràng An giới thiệu các đơn hàng.', { language: 'vi' }),
    ).toEqual([['Công ty Cổ phần Nhân lực Quốc tế Tràng An', 'organisation', []]]);
    // The company again by "Công ty" and the last words of its name: the same company.
    const again = recognize(
      'Anh làm cho Công ty CP Cung ứng Nhân lực Thái Bình Dương từ 2020. Giám đốc Công ty Thái Bình Dương cho biết, Cong ty Nakayama Viet Nam thì không.',
      { language: 'vi' },
    ).filter((m) => m.type === 'organisation');
    expect(again.slice(0, 2).map((m) => [m.text, m.id, m.flags])).toEqual([
      [
        'Công ty CP Cung ứng Nhân lực Thái Bình Dương',
        'local:org:cong-ty-cp-cung-ung-nhan-luc-thai-binh-duong',
        [],
      ],
      [
        'Công ty Thái Bình Dương',
        'local:org:cong-ty-cp-cung-ung-nhan-luc-thai-binh-duong',
        ['short-reference'],
      ],
    ]);
    // (Another company's name is no reference to it.)
    expect(again[2]?.id).not.toBe('local:org:cong-ty-cp-cung-ung-nhan-luc-thai-binh-duong');
    // Nor a sea: "Thái Bình Dương" in a company's name names no Pacific.
    expect(
      recognize('Ông Nam, Giám đốc Công ty CP Nhân lực Thái Bình Dương, cho biết.', { language: 'vi' })
        .filter((m) => m.type !== 'person')
        .map((m) => [m.text, m.id]),
    ).toEqual([['Công ty CP Nhân lực Thái Bình Dương', 'local:org:cong-ty-cp-nhan-luc-thai-binh-duong']]);
  });

  it('reads a company or foundation named by its head and a foreign name, with no legal form', () => {
    expect(
      orgs('Ông là cố vấn Tập đoàn Resonac và Tập đoàn Daifuku. Quỹ Sumitomo tài trợ học bổng.', {
        language: 'vi',
      }),
    ).toEqual([
      ['Tập đoàn Resonac', 'organisation', []],
      ['Tập đoàn Daifuku', 'organisation', []],
      ['Quỹ Sumitomo', 'organisation', []],
    ]);
    // A Vietnamese name after a bare head may be a description; a longer run is another name.
    expect(orgs('Công ty Nhà nước và Tập đoàn Điện lực đã ký.', { language: 'vi' })).toEqual([]);
    // A firm named after a city, with a word more ("Hamamatsu Seimitsu"): the city's name is the
    // firm's; the city alone after the head stays the city.
    expect(orgs('Em sang làm cho Công ty Hamamatsu Seimitsu, ở Hamamatsu.', { language: 'vi' })).toEqual([
      ['Công ty Hamamatsu Seimitsu', 'organisation', []],
    ]);
    expect(orgs('Em sang làm cho Công ty Hamamatsu.', { language: 'vi' })).toEqual([]);
  });

  it('reads no company without a legal form, nor one whose name another entity holds', () => {
    expect(orgs('Các công ty Nhật Bản đầu tư vào Việt Nam.', { language: 'vi' })).toEqual([]);
    expect(orgs('Công ty này đã ký hợp đồng với đối tác.', { language: 'vi' })).toEqual([]);
    // A company of the knowledge base is itself, not a local one around it.
    expect(orgs('Công ty TNHH Becamex Tokyu xây dựng khu đô thị mới.', { language: 'vi' })).toEqual([]);
  });

  it('reads a body named by its head, a capitalised description and the place it serves', () => {
    const vi = { language: 'vi' };
    expect(orgs('Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh cho biết như vậy.', vi)).toEqual([
      ['Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh', 'organisation', ['vn-province-2025:24']],
    ]);
    expect(orgs('Ông Hải, Giám đốc Trung tâm Xúc tiến Đầu tư tỉnh Quảng Nam, phát biểu.', vi)).toEqual([
      ['Trung tâm Xúc tiến Đầu tư tỉnh Quảng Nam', 'organisation', ['vn-province-2008:49']],
    ]);
    // An event's name inside a sentence, its description in any case; not opening a sentence.
    const events = (text: string) =>
      recognize(text, vi)
        .filter((m) => m.type === 'event')
        .map((m) => [m.id, (m.parts ?? []).map((p) => p.id)]);
    expect(events('Tối 2/8, Lễ hội giao lưu văn hóa Hội An – Nhật Bản khai mạc.')).toEqual([
      ['local:event:le-hoi-giao-luu-van-hoa-hoi-an-nhat-ban', ['city:hoi-an', 'country:JP']],
    ]);
    expect(events('Lễ hội năm nay ở Hà Nội thu hút nhiều người.')).toEqual([]);
    // A foreign word with its capital in the description, with marks or without.
    // Every head of an event is read, two words or three ("Tuần phim", "Ngày hội").
    expect(events('Tối qua, Tuần phim Nhật Bản khai mạc tại Huế.').map((e) => e[0])).toEqual([
      'local:event:tuan-phim-nhat-ban',
    ]);
    expect(events('Sáng nay, Ngày hội Văn hóa Nhật Bản tại Đà Lạt mở cửa.').map((e) => e[0])).toEqual([
      'local:event:ngay-hoi-van-hoa-nhat-ban-tai-da-lat',
    ]);
    // Fairs, exhibitions and seminars too.
    expect(events('Ong den Hoi cho Nhat Ban o Hai Phong hom qua.').map((e) => e[0])).toEqual([
      'local:event:hoi-cho-nhat-ban',
    ]);
    expect(events('Bà dự Triển lãm ảnh Nhật Bản ở Huế.').map((e) => e[0])).toEqual([
      'local:event:trien-lam-anh-nhat-ban',
    ]);
    // Conferences, whose names stop before who holds them ("do", by).
    expect(
      events('Ông dự Hội nghị gặp gỡ doanh nghiệp Nhật Bản do UBND tỉnh Tây Ninh tổ chức.').map((e) => e[0]),
    ).toEqual(['local:event:hoi-nghi-gap-go-doanh-nghiep-nhat-ban']);
    expect(events('Hàng nghìn bạn trẻ đổ về Lễ hội Anime Nhật Bản.')).toEqual([
      ['local:event:le-hoi-anime-nhat-ban', ['country:JP']],
    ]);
    expect(events('Ngay 17-5, Le hoi Van hoa Anime - Manga Nhat Ban khai mac.')).toEqual([
      ['local:event:le-hoi-van-hoa-anime-manga-nhat-ban', ['country:JP']],
    ]);
    // A chamber; a federation, whose name may go on in lower case; not a room.
    expect(orgs('Đại diện Phòng Xúc tiến Thương mại tỉnh Bình Định tham dự.', vi)).toEqual([
      ['Phòng Xúc tiến Thương mại tỉnh Bình Định', 'organisation', ['vn-province-2008:52']],
    ]);
    expect(orgs('Ông Hùng, Chủ tịch Liên đoàn các hợp tác xã Việt Nam, phát biểu.', vi)).toEqual([
      ['Liên đoàn các hợp tác xã Việt Nam', 'organisation', ['country:VN']],
    ]);
    expect(orgs('Khách ngồi trong phòng Thương mại của khách sạn tại Nhật Bản.', vi)).toEqual([]);
    // "tại" and a second place after a place; a dash inside the description; no marks at all.
    expect(orgs('Đại diện Hội Thanh niên - Sinh viên Việt Nam tại Nhật Bản phát biểu.', vi)).toEqual([
      ['Hội Thanh niên - Sinh viên Việt Nam tại Nhật Bản', 'organisation', ['country:VN', 'country:JP']],
    ]);
    expect(orgs('Chi cuc Thuy san tinh Quang Ngai da ho tro ngu dan.', vi)).toEqual([
      ['Chi cuc Thuy san tinh Quang Ngai', 'organisation', ['vn-province-2025:51']],
    ]);
    // A body of the province or city the text is about, by its word alone; not "tinh thần" (spirit).
    expect(orgs('Ông Nam, Trưởng Ban Quản lý Khu kinh tế tỉnh, cho biết.', vi)).toEqual([
      ['Ban Quản lý Khu kinh tế tỉnh', 'organisation', []],
    ]);
    expect(orgs('Đại diện Bộ Chỉ huy Quân sự thành phố phát biểu.', vi)).toEqual([
      ['Bộ Chỉ huy Quân sự thành phố', 'organisation', []],
    ]);
    expect(orgs('Trung tâm Giáo dục tinh thần vững vàng.', vi)).toEqual([]);
    // A body named by a proper name where the sentence goes on, with no place; not a ward whose
    // name opens with a known one ("phường Hội An Tây"), nor a heading's words all capitalised.
    expect(orgs('Sinh viên Trường Đại học Duy Tân đã tham dự.', vi)).toEqual([
      ['Trường Đại học Duy Tân', 'organisation', []],
    ]);
    expect(orgs('Học sinh Trường Tiểu học Kim Đồng, Đà Lạt đến thăm.', vi).map((o) => o[0])).toEqual([
      'Trường Tiểu học Kim Đồng',
    ]);
    expect(orgs('Gồm các phường Hội An Đông, Hội An Tây.', vi)).toEqual([]);
    expect(orgs('Trường Đại Học Duy Tân Tuyển Sinh Năm Nay', vi)).toEqual([]);
    // A name in lower case after its first word, which its parent body or its acronym follows.
    expect(orgs('Hải quân phối hợp với Cục Đối ngoại (Bộ Quốc phòng) tổ chức giao lưu.', vi)).toEqual([
      ['Cục Đối ngoại', 'organisation', []],
    ]);
    expect(orgs('Đoàn làm việc với Trung tâm Công nghệ xử lý bom mìn (BOMICEN) hôm qua.', vi)).toEqual([
      ['Trung tâm Công nghệ xử lý bom mìn', 'organisation', []],
    ]);
    expect(orgs('Văn phòng thuộc Cục Hợp tác quốc tế, Bộ Công an nhận tin.', vi).map((o) => o[0])).toEqual([
      'Cục Hợp tác quốc tế',
    ]);
    // "và" and another head start another name.
    expect(
      orgs('Sinh viên Trường Đại học Sao Đỏ và Trường Cao đẳng Hải Dương tham dự.', vi).map((o) => o[0]),
    ).toEqual(['Trường Đại học Sao Đỏ', 'Trường Cao đẳng Hải Dương']);
    expect(orgs('Ban Tổ chức cho biết.', vi)).toEqual([]);
    // A brand's shopping centre by its place: a local place, the brand a part; not the company's
    // subsidiary by its country, nor a headline in title case.
    const all = (text: string) =>
      recognize(text, { language: 'en' }).map((m) => [m.text, m.id, (m.parts ?? []).map((p) => p.id)]);
    expect(all('Shoppers crowded Aeon Mall Long Bien on Sunday.')).toEqual([
      ['Aeon Mall Long Bien', 'local:place:aeon-mall-long-bien', ['org:aeon']],
    ]);
    expect(all('AEON Mall Vietnam said sales rose.').map((m) => m[1])).toEqual(['org:aeon']);
    expect(all('Aeon Mall To Open In Hue Next Year').map((m) => m[1])).not.toContain(
      'local:place:aeon-mall-to-open-in',
    );
    // A station, a port or an airport by its place and its kind: a local place, the place a part;
    // not after a country, nor inside a longer name.
    expect(all('We met at Tokyo Station and walked to Hanoi Opera House.')).toEqual([
      ['Tokyo Station', 'local:place:tokyo-station', ['city:tokyo']],
      ['Hanoi Opera House', 'local:place:hanoi-opera-house', ['vn-province-2025:01']],
    ]);
    expect(all('Ships call at Long An International Port.')).toEqual([
      ['Long An International Port', 'local:place:long-an-international-port', ['vn-province-2008:80']],
    ]);
    expect(all('They stayed at the Tokyo Station Hotel.').map((m) => m[1])).not.toContain(
      'local:place:tokyo-station',
    );
    expect(all('Japan Airport Terminal reported profits.').map((m) => m[1])).not.toContain(
      'local:place:japan-airport',
    );
    // A park or a river named after its place, unless the knowledge base holds it ("Saigon River").
    expect(all('Boats on the Dong Nai River and the Saigon River passed Yoyogi Park.')).toEqual([
      ['Dong Nai River', 'local:place:dong-nai-river', ['vn-province-2025:75']],
      ['Saigon River', 'place:saigon-river', []],
      ['Yoyogi Park', 'local:place:yoyogi-park', ['place:yoyogi']],
    ]);
    // In Swedish the word follows in lower case ("Hải Phòng hamn", "Hanoi internationella flygplats").
    expect(
      recognize('Varorna skeppas från Hải Phòng hamn varje vecka.', { language: 'sv' }).map((m) => [
        m.text,
        m.id,
        (m.parts ?? []).map((p) => p.id),
      ]),
    ).toEqual([['Hải Phòng hamn', 'local:place:hai-phong-hamn', ['vn-province-2025:31']]]);
    // In Vietnamese the word for the facility comes first ("ga", "cảng", "sân bay"); a country
    // after it is the country ("cập cảng Việt Nam": a Vietnamese port).
    const allVi = (text: string) =>
      recognize(text, vi).map((m) => [m.text, m.id, (m.parts ?? []).map((p) => p.id)]);
    expect(allVi('Tàu cập cảng Hải Phòng, khách ra ga Hà Nội.')).toEqual([
      ['cảng Hải Phòng', 'local:place:cang-hai-phong', ['vn-province-2025:31']],
      ['ga Hà Nội', 'local:place:ga-ha-noi', ['vn-province-2025:01']],
    ]);
    expect(allVi('Tàu lần đầu cập cảng Việt Nam.').map((m) => m[1])).toEqual(['country:VN']);
    expect(allVi('Xe tải qua cầu Cần Thơ mỗi ngày.').map((m) => m[1])).toEqual(['local:place:cau-can-tho']);
    // "điểm cầu" is a videoconference's venue, in the place.
    expect(allVi('Hội nghị kết nối với điểm cầu Tokyo.').map((m) => m[1])).toEqual(['city:tokyo']);
    // A Japanese university by one romanised word, in a text that names Japan.
    expect(orgs('Sinh viên Đại học Waseda và Trường Đại học Yamagata sang Nhật Bản.', vi)).toEqual([
      ['Đại học Waseda', 'organisation', []],
      ['Trường Đại học Yamagata', 'organisation', []],
    ]);
    expect(orgs('Sinh viên Đại học Waseda sang Hàn Quốc.', vi)).toEqual([]);
    // The Youth Union of a province or a city.
    expect(orgs('Đại diện Tỉnh đoàn Nghệ An và Thành đoàn Đà Nẵng tham dự.', vi).map((o) => o[0])).toEqual([
      'Tỉnh đoàn Nghệ An',
      'Thành đoàn Đà Nẵng',
    ]);
    // A unit's Party organisation, at the start of a sentence too.
    expect(orgs('Đảng bộ tỉnh Khánh Hòa tổ chức đại hội.', vi)).toEqual([
      ['Đảng bộ tỉnh Khánh Hòa', 'organisation', ['vn-province-2025:56']],
    ]);
  });

  it('reads a court, the police or an association of people before its place, in lower case too', () => {
    const vi = { language: 'vi' };
    expect(orgs('Tòa án nhân dân tỉnh Bình Dương xét xử vụ án.', vi)).toEqual([
      ['Tòa án nhân dân tỉnh Bình Dương', 'organisation', ['vn-province-2008:74']],
    ]);
    // By the abbreviations of court and procuracy, written in capitals; not the supreme court,
    // which the knowledge base names.
    expect(orgs('TAND TP.HCM tuyên án, VKSND tỉnh Bình Dương kháng nghị.', vi)).toEqual([
      ['TAND TP.HCM', 'organisation', ['vn-province-2025:79']],
      ['VKSND tỉnh Bình Dương', 'organisation', ['vn-province-2008:74']],
    ]);
    expect(recognize('TAND tối cao bác kháng cáo.', vi).map((m) => m.id)).toEqual(['org:vn-supreme-court']);
    // A cooperative by its abbreviation or in full, its description opening with a capital; a
    // port authority; a museum and a trade union by their place. "Hợp tác xã" names no commune.
    expect(
      orgs(
        'HTX Kim Long, Hợp tác xã Nông nghiệp Tân Lập, Cảng vụ Hàng hải Hải Phòng và Bảo tàng TP.HCM dự.',
        vi,
      ).map((o) => o[0]),
    ).toEqual([
      'HTX Kim Long',
      'Hợp tác xã Nông nghiệp Tân Lập',
      'Cảng vụ Hàng hải Hải Phòng',
      'Bảo tàng TP.HCM',
    ]);
    expect(orgs('Cán bộ HTX sang tỉnh Akita học.', vi)).toEqual([]);
    expect(orgs('Hiệp hội người Việt tại Kansai hỗ trợ thực tập sinh.', vi)).toEqual([
      ['Hiệp hội người Việt tại Kansai', 'organisation', ['place:kansai']],
    ]);
    // A mission: its country right after the head, its city after "tại".
    expect(orgs('Đại diện Tổng Lãnh sự quán Hàn Quốc tại Đà Nẵng phát biểu.', vi)).toEqual([
      ['Tổng Lãnh sự quán Hàn Quốc tại Đà Nẵng', 'organisation', ['country:KR', 'vn-province-2025:48']],
    ]);
    // A party committee of a province, with the old placement of the tone mark too.
    expect(orgs('Bí thư Tỉnh uỷ Quảng Ninh phát biểu tại hội nghị.', vi)).toEqual([
      ['Tỉnh uỷ Quảng Ninh', 'organisation', ['vn-province-2025:22']],
    ]);
    // A university named after a region of the knowledge base.
    expect(orgs('Cô tốt nghiệp Đại học Tohoku năm 2015.', vi)).toEqual([
      ['Đại học Tohoku', 'organisation', ['place:tohoku']],
    ]);
    // A supervising union, an agency, a committee and a fund the knowledge base lacks.
    expect(
      orgs(
        'Nghiệp đoàn Hợp tác kinh doanh Tokai, Cơ quan Khí tượng Philippines, Ủy ban Kinh tế Nhật Bản - Mekong và Quỹ Học bổng Việt Nam - Nhật Bản dự.',
        vi,
      ).map((o) => o[0]),
    ).toEqual([
      'Nghiệp đoàn Hợp tác kinh doanh Tokai',
      'Cơ quan Khí tượng Philippines',
      'Ủy ban Kinh tế Nhật Bản - Mekong',
      'Quỹ Học bổng Việt Nam - Nhật Bản',
    ]);
    // A school by its head, in capitals too; a school named after a person is no mention of the person.
    expect(orgs('TRƯỜNG THPT VIỆT ĐỨC - HÀ NỘI', vi).map((o) => o[0])).toEqual(['THPT VIỆT ĐỨC']);
    expect(recognize('Học sinh Trường THPT Trần Quý Cáp đón đoàn.', vi).map((m) => m.type)).not.toContain(
      'person',
    );
    // An association's name may say where with "ở"; another body's "ở" is where it stands.
    expect(orgs('Em nhờ Hội người Việt ở Nagoya giới thiệu luật sư.', vi).map((o) => o[0])).toEqual([
      'Hội người Việt ở Nagoya',
    ]);
    expect(orgs('Bệnh viện Đa khoa Trung ương Quảng Nam ở Chu Lai tiếp nhận.', vi).map((o) => o[0])).toEqual([
      'Bệnh viện Đa khoa Trung ương Quảng Nam',
    ]);
    // "tại" after a word in lower case is where something happened, not part of a name.
    expect(orgs('Sở Y tế tổ chức hội thảo tại Hà Nội.', vi).map((o) => o[0])).toEqual(['Sở Y tế']);
  });

  it("reads a city's or a province's Youth Union by its head, not a person named Đoàn", () => {
    const read = (text: string) => recognize(text, { language: 'vi' }).map((m) => [m.text, m.id]);
    expect(read('Hôm qua, Thành Đoàn Hà Nội phối hợp với Tỉnh Đoàn Thanh Hóa.').map((m) => m[1])).toEqual([
      'local:org:thanh-doan-ha-noi',
      'local:org:tinh-doan-thanh-hoa',
    ]);
    expect(read('Cơ quan chủ quản: Thành Đoàn TP.HCM')[0]?.[0]).toBe('Thành Đoàn TP.HCM');
    // A name after a family name stays a person's ("Nguyễn Hà Giang").
    expect(read('Ông Nguyễn Hà Giang phát biểu.')).toEqual([
      ['Nguyễn Hà Giang', 'local:person:nguyen-ha-giang'],
    ]);
  });

  it('reads a consulate general as an organisation, with its country and city as parts', () => {
    expect(orgs('The Consulate General of Japan in Busan hosted a reception.', { language: 'en' })).toEqual([
      ['Consulate General of Japan in Busan', 'organisation', ['country:JP', 'city:busan']],
    ]);
    // One the knowledge base holds is its own entity.
    expect(
      recognize('The Consulate General of Vietnam in Osaka hosted a reception.', { language: 'en' }).map(
        (m) => m.id,
      ),
    ).toEqual(['org:vn-consulate-osaka']);
  });

  it('reads a diocese named by its place alone as an organisation', () => {
    expect(orgs('He was ordained in the Diocese of Vinh in 2009.', { language: 'en' })).toEqual([
      ['Diocese of Vinh', 'organisation', ['city:vinh']],
    ]);
  });

  it('reads initials the knowledge base lacks and a country as a firm there, but not abbreviations or headings', () => {
    const read = (text: string, language = 'en') => recognize(text, { language }).map((m) => [m.text, m.id]);
    expect(read('According to CBRE Vietnam, rents rose.')).toEqual([
      ['CBRE Vietnam', 'local:org:cbre-vietnam'],
    ]);
    expect(read('Theo CBRE Việt Nam, giá thuê tăng.', 'vi')).toEqual([
      ['CBRE Việt Nam', 'local:org:cbre-viet-nam'],
    ]);
    // "DN" (enterprises) and "PV" (reporter) in Vietnamese; a heading in capitals; a title.
    expect(read('Các DN Nhật Bản đầu tư vào Bắc Ninh.', 'vi').map((m) => m[1])).toEqual([
      'country:JP',
      'vn-province-2025:24',
    ]);
    expect(read('CAP NHAT: bao so 7', 'vi').map((m) => m[1])).not.toContain('local:org:cap-nhat');
    expect(read('PM Vietnam said so.').map((m) => m[1])).toEqual(['country:VN']);
  });

  it("reads a company's arm in Vietnam that the knowledge base lacks by its name and the country's", () => {
    const read = (text: string, language: string) =>
      recognize(text, { language }).map((m) => [m.text, m.id, (m.parts ?? []).map((p) => p.id)]);
    expect(read('Bà Hà, Tổng giám đốc FujiMart Việt Nam, và Marukawa Việt Nam cho biết.', 'vi')).toEqual([
      ['Hà', 'local:person:ha', []],
      ['FujiMart Việt Nam', 'local:org:fujimart-viet-nam', ['country:VN']],
      ['Marukawa Việt Nam', 'local:org:marukawa-viet-nam', ['country:VN']],
    ]);
    expect(read('Sales at Hoshimura Vietnam and Aoba Agritech Vietnam rose.', 'en').map((m) => m[1])).toEqual(
      ['local:org:hoshimura-vietnam', 'local:org:aoba-agritech-vietnam'],
    );
    // A word of the language around the country is no brand ("South", "Miền Nam", Swedish "Norra"
    // opening a sentence), nor a Vietnamese abbreviation ("CĐV", fans).
    expect(read('South Vietnam fell in 1975.', 'en').map((m) => m[1])).toEqual([
      'region:republic-of-vietnam',
    ]);
    expect(read('CĐV Việt Nam cổ vũ đội tuyển.', 'vi').map((m) => m[1])).toEqual(['country:VN']);
    expect(read('Norra Vietnam drabbades av tyfonen.', 'sv').map((m) => m[1])).not.toContain(
      'local:org:norra-vietnam',
    );
    // Not in a headline in title case, nor the end of a name another stage read, nor in a language
    // whose words are not known (Malay "Perdana Menteri Vietnam").
    expect(
      read('Japan Agrees to Lend Vietnam $1.4 Billion for First LNG Plant', 'en').map((m) => m[0]),
    ).not.toContain('Lend Vietnam');
    expect(read('Perdana Menteri Vietnam tiba di Jakarta.', 'ms').map((m) => m[1])).not.toContain(
      'local:org:perdana-menteri-vietnam',
    );
  });

  it("reads a company's subsidiary named by the company and its country as the company, the country its part", () => {
    const read = (text: string) => recognize(text, { language: 'en' }).map((m) => [m.text, m.id]);
    expect(read('Sales at Sojitz Vietnam rose. Exports from Vietnam rose too.')).toEqual([
      ['Sojitz Vietnam', 'org:sojitz'],
      ['Vietnam', 'country:VN'],
    ]);
    expect(
      recognize('Sales at Sojitz Vietnam rose.', { language: 'en' })[0]?.parts?.map((p) => [p.text, p.id]),
    ).toEqual([['Vietnam', 'country:VN']]);
    // The organisation's own country is no subsidiary's ("JICA Nhật Bản" is Japan's JICA), and a
    // name ending on a country is no person's ("Honda Japan said").
    expect(read('JICA Japan said it would fund the plant.')).toEqual([
      ['JICA', 'org:jica'],
      ['Japan', 'country:JP'],
    ]);
    expect(read('Honda Japan said it would build a plant.').map((m) => m[1])).toEqual([
      'org:honda',
      'country:JP',
    ]);
    // A run that goes on is another name ("Vietnam Airlines").
    expect(
      read('Sojitz and Vietnam Airlines signed. Sojitz Vietnam Airlines Holdings is no company.').map(
        (m) => m[0],
      ),
    ).not.toContain('Sojitz Vietnam');
    // A person named right after it ends the run (JICA's office in Viet Nam is in the knowledge base).
    expect(
      recognize('Trưởng đại diện Văn phòng JICA Việt Nam Kobayashi Yosuke cho biết.', { language: 'vi' })[0],
    ).toMatchObject({ text: 'Văn phòng JICA Việt Nam', id: 'org:jica-vietnam' });
    expect(
      recognize('Đại diện JICA Việt Nam Kobayashi Yosuke cho biết.', { language: 'vi' })[0],
    ).toMatchObject({ text: 'JICA Việt Nam', id: 'org:jica' });
  });

  it('reads no body where the head is a common noun, an event, another word, or a heading', () => {
    const vi = { language: 'vi' };
    // The city centre; a conference; "Trưởng" (chief) is no "Trường" (school); aid in a heading.
    expect(orgs('Trung tâm thành phố Đà Nẵng rất đông khách.', vi)).toEqual([]);
    expect(orgs('Hội nghị Xúc tiến đầu tư tỉnh Bắc Ninh diễn ra hôm qua.', vi)).toEqual([]);
    expect(orgs('Trưởng Phái đoàn Việt Nam phát biểu tại phiên họp.', vi)).toEqual([]);
    expect(orgs('VIỆN TRỢ NHẬT BẢN CHO ĐÀ NẴNG', vi)).toEqual([]);
    // The name stops where the sentence goes on.
    expect(orgs('Cục Hàng hải đã làm việc với tỉnh Quảng Ninh.', vi).map((o) => o[0])).toEqual([
      'Cục Hàng hải',
    ]);
  });
});

describe('local organisations: a number or a town inside a Vietnamese name', () => {
  it('reads a body whose name holds a number, and a company whose foreign name ends on a town', () => {
    const vi = { language: 'vi' };
    expect(orgs('Trung tâm Cấp cứu 115 Hải Phòng đã có mặt kịp thời.', vi)).toEqual([
      ['Trung tâm Cấp cứu 115 Hải Phòng', 'organisation', ['vn-province-2025:31']],
    ]);
    // A foreign word with its capital inside the name: a clinic, a language school.
    expect(orgs('Anh mở Phòng khám Nội soi tiêu hóa Sakura Cần Thơ năm ngoái.', vi).map((m) => m[0])).toEqual(
      ['Phòng khám Nội soi tiêu hóa Sakura Cần Thơ'],
    );
    expect(orgs('Em học ở Trung tâm Nhật ngữ Sakura Hà Nội hai năm.', vi).map((m) => m[0])).toEqual([
      'Trung tâm Nhật ngữ Sakura Hà Nội',
    ]);
    expect(orgs('Cong ty Sakura Vinh cung ung nhan luc da lua dao.', vi).map((m) => m[0])).toEqual([
      'Cong ty Sakura Vinh',
    ]);
    // A subsidiary named after its country keeps one name, with the head or without it.
    expect(
      orgs('Công ty Yaskawa Việt Nam tài trợ học bổng. Đại diện Yaskawa Việt Nam cho biết.', vi).map(
        (m) => m[0],
      ),
    ).toEqual(['Yaskawa Việt Nam', 'Yaskawa Việt Nam']);
  });
});

describe('local organisations: a Vietnamese institution named by its words alone', () => {
  it('reads a head and capitalised words of two syllables at most, ending where the sentence goes on', () => {
    const names = (text: string) => orgs(text, { language: 'vi' }).map((o) => o[0]);
    expect(names('Học viên Học viện Hải quân đã thăm tàu của Nhật Bản.')).toEqual(['Học viện Hải quân']);
    expect(names('Đại diện Viện Khoa học Lao động và Xã hội cho biết như vậy.')).toEqual([
      'Viện Khoa học Lao động và Xã hội',
    ]);
    // Not a name that goes on after a comma or with its parent, nor a head inside another name.
    expect(names('Lãnh đạo Ủy ban Văn hóa, Giáo dục của Quốc hội dự lễ.')).toEqual([]);
    expect(names('Ca sĩ hát dân ca Bắc Bộ Trống cơm rất hay.')).toEqual([]);
    // Nor a generic phrase of three syllables in lower case ("Trung tâm Y tế huyện").
    expect(names('Trung tâm Y tế huyện đã cử bác sĩ đến.')).toEqual([]);
  });
});
