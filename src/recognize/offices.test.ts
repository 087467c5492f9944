import { describe, expect, it } from 'vitest';
import { recognize } from './recognize.js';

const people = (text: string, date: string | null, language = 'en') =>
  recognize(text, { date, language })
    .filter((m) => m.type === 'person')
    .map((m) => [m.text, m.id, m.flags.join(',')]);

describe('offices: a title and part of a name stand for the office holder', () => {
  it('reads "Prime Minister Kishida" and "PM Chinh" as the holders on the text\'s date', () => {
    expect(people('Prime Minister Kishida met PM Chinh in Tokyo.', '2023-05-22')).toEqual([
      ['Kishida', 'person:kishida-fumio', 'short-reference'],
      ['Chinh', 'person:pham-minh-chinh', 'short-reference'],
    ]);
    expect(people('Thủ tướng Abe phát biểu.', '2016-05-01', 'vi')).toEqual([
      ['Abe', 'person:abe-shinzo', 'short-reference'],
    ]);
  });

  it('flags a name part whose bearer did not hold the office on the date, and undated text', () => {
    expect(people('Prime Minister Abe was quoted.', '2023-05-22')).toEqual([
      ['Abe', 'person:abe-shinzo', 'short-reference,office-mismatch'],
    ]);
    expect(people('Prime Minister Kishida was quoted.', null)).toEqual([
      ['Kishida', 'person:kishida-fumio', 'short-reference,undated'],
    ]);
  });

  it('reads a title and a name part only side by side, not across the end of a sentence', () => {
    // Nguyễn Văn Thể was a minister; "The" opens the next sentence.
    expect(people('It met the transport minister. The agreement followed.', '2019-05-01')).toEqual([]);
    expect(people('Gen. Giang spoke.', '2023-05-22')).toEqual(people('General Giang spoke.', '2023-05-22'));
  });

  it("reads no Vietnamese holder by a middle name ('Vice Chairman Duc' is no Nguyễn Đức Hải)", () => {
    const text =
      "The ceremony was attended by Vice Chairman of the city's People's Committee Duong Anh Duc. Vice Chairman Duc said work would speed up.";
    const found = people(text, '2024-11-21');
    expect(found.filter((m) => m[0] === 'Duc').map((m) => m[1])).toEqual(['local:person:duong-anh-duc']);
    expect(found.map((m) => m[1])).not.toContain('person:nguyen-duc-hai');
  });

  it('reads a one-word title as no part of a name ("President" is no name of Hồ Chí Minh)', () => {
    expect(people("Vietnam's President Vo Van Thuong visited.", '2023-11-27')).toEqual([
      ['Vo Van Thuong', 'person:vo-van-thuong', ''],
    ]);
  });

  it('reads a Swedish definite title of one office alone as its holder on the date', () => {
    expect(people('Kejsaren talade i Tokyo.', '2017-03-01', 'sv')).toEqual([
      ['Kejsaren', 'person:akihito', 'short-reference'],
    ]);
    expect(people('Kejsaren talade i Tokyo.', null, 'sv')).toEqual([
      ['Kejsaren', 'person:naruhito', 'short-reference,undated'],
    ]);
    // The title of many offices ("kung": Sweden's, Norway's, Thailand's …) is Sweden's, read in
    // Swedish, unless the text names another holder of one of them.
    expect(people('Kungen talade i Tokyo.', '2017-03-01', 'sv')).toEqual([
      ['Kungen', 'person:carl-xvi-gustaf', 'short-reference'],
    ]);
    // A word of a longer name after a capitalised word ("Kristus Konungens kyrka", a church), but
    // the title after a royal's style ("Hans Majestät kejsaren").
    expect(people('Mässan hölls i Kristus Konungens kyrka i Göteborg.', '2025-02-06', 'sv')).toEqual([]);
    expect(
      people(
        'Naruhito fyller år. Han gratulerade Hans Majestät kejsaren på födelsedagen.',
        '2025-02-06',
        'sv',
      ).map((m) => m[0]),
    ).toEqual(['Naruhito', 'kejsaren']);
    expect(
      people('Thailands kung Maha Vajiralongkorn kom i går. Kungen talade i Bangkok.', '2020-03-01', 'sv'),
    ).toContainEqual(['Kungen', 'person:vajiralongkorn', 'short-reference']);
    // Of two holders the text names, the one named before the title alone.
    expect(
      people(
        'Vietnams premiärminister Pham Minh Chinh tog emot ministern. Premiärministern tog upp filmen. Han bjöd in statsminister Ulf Kristersson.',
        '2025-05-12',
        'sv',
      ),
    ).toContainEqual(['Premiärministern', 'person:pham-minh-chinh', 'short-reference']);
    // Of two foreign holders, the one the story names far more often, its subject.
    expect(
      people(
        'Japans premiärminister Shigeru Ishiba kom till Hanoi. Ishiba landade i går. Ishiba höll samtal med ' +
          'Vietnams premiärminister Pham Minh Chinh. – Vi vill samarbeta, sade premiärministern.',
        '2025-04-28',
        'sv',
      ),
    ).toContainEqual(['premiärministern', 'person:ishiba-shigeru', 'short-reference']);
    // Sweden's head of government is its "statsminister": "premiärministern" alone is some other
    // country's, and no holder when the text names none (a translated Vietnamese story).
    expect(people('Statsministern talade i Stockholm.', '2025-05-12', 'sv')).toEqual([
      ['Statsministern', 'person:ulf-kristersson', 'short-reference'],
    ]);
    expect(
      people('Enligt beslutet från premiärministern ska programmet utvidgas.', '2025-05-12', 'sv'),
    ).toEqual([]);
    // A country after the title says whose it is.
    expect(people('Kungen och Drottningen av Spanien kom till Tokyo.', '2019-10-21', 'sv')).toEqual([]);
    expect(people('Den 126:e Kejsaren av Japan tillträdde.', '2019-10-22', 'sv')).toEqual([
      ['Kejsaren', 'person:naruhito', 'short-reference'],
    ]);
    // Before a name it is that person's title, not a reference of its own: Abe, named here too,
    // also held the office once, and the undated text must not fall back to today's holder.
    expect(
      people('Shinzo Abe är skjuten, säger kabinettssekreteraren Hirokazu Matsuno i Tokyo.', null, 'sv'),
    ).toEqual([
      ['Shinzo Abe', 'person:abe-shinzo', ''],
      ['Hirokazu Matsuno', 'person:matsuno-hirokazu', ''],
    ]);
  });

  it('leaves a name part that fits no holder of the office unresolved', () => {
    expect(people('Prime Minister Stoltenbergsson spoke.', '2023-05-22')).toEqual([]);
  });

  it('reads a country\'s possessive before part of a name ("Japan\'s Kishida")', () => {
    expect(people("Japan's Kishida arrived.", '2023-05-22')).toEqual([
      ['Kishida', 'person:kishida-fumio', 'short-reference'],
    ]);
  });

  it('reads a title alone as the one person of the text who holds the office', () => {
    const found = people('Thủ tướng Phạm Minh Chính đến Tokyo. Thủ tướng nói rằng…', '2023-05-22', 'vi');
    expect(found).toEqual([
      ['Phạm Minh Chính', 'person:pham-minh-chinh', ''],
      ['Thủ tướng', 'person:pham-minh-chinh', 'short-reference'],
    ]);
  });

  it('reads a title alone after an indefinite or possessive word as any holder, not the one of the text', () => {
    const text = 'Pham Minh Chinh spoke in Tokyo. A Prime Minister must listen, and our Prime Minister did.';
    const found = people(text, '2023-05-22', 'en');
    expect(found.map((m) => m[0])).toEqual(['Pham Minh Chinh']);
    // An adjective of any length may stand between ("a Democratic president").
    const adjective = 'Donald Trump spoke. Voters feared a Democratic president.';
    expect(people(adjective, '2020-05-16', 'en').map((m) => m[0])).toEqual(['Donald Trump']);
    // Another body's holder in the possessive; the office's own body or the country stays the holder.
    const owners =
      "Donald Trump spoke. The opposing party's president objected, and the country's president replied.";
    const starts = recognize(owners, { date: '2020-05-16', language: 'en' })
      .filter((m) => m.type === 'person')
      .map((m) => m.start);
    expect(starts).toEqual([0, owners.indexOf('president replied')]);
    expect(people('Pham Minh Chinh spoke. The Prime Minister then left.', '2023-05-22', 'en')).toContainEqual(
      ['Prime Minister', 'person:pham-minh-chinh', 'short-reference'],
    );
  });

  it("reads a title alone after a country's genitive as that country's office only", () => {
    const text =
      "Pham Minh Chinh hosted Japanese Prime Minister Ishiba Shigeru. Japan's PM said ties were strong.";
    expect(people(text, '2025-04-28', 'en')).toContainEqual([
      'PM',
      'person:ishiba-shigeru',
      'short-reference',
    ]);
    // No Japanese prime minister named in the text: not the Vietnamese one.
    const other = "Prime Minister Pham Minh Chinh welcomed Japan's PM at the palace.";
    expect(people(other, '2025-04-28', 'en').map((m) => m[0])).toEqual(['Pham Minh Chinh']);
  });

  it("reads a title after a nationality's adjective as that country's office only", () => {
    // "the Japanese minister" is none of Viet Nam's ministers, though one is named.
    const text =
      'Japan and Vietnam held talks. Minister of Industry and Trade Nguyen Hong Dien spoke first. The Japanese minister said trade would grow.';
    const read = people(text, '2023-05-22', 'en').map((m) => m[0]);
    expect(read).toContain('Nguyen Hong Dien');
    expect(read).not.toContain('minister');
    // The adjective of the office's own country keeps it ("Japansk premiärminister" is Japan's).
    const sv = 'Japansk premiärminister sitter kvar. Japans premiärminister Naoto Kan vann omröstningen.';
    expect(people(sv, '2010-09-14', 'sv')).toContainEqual([
      'premiärminister',
      'person:kan-naoto',
      'short-reference',
    ]);
  });

  it("reads a foreign office's title alone only where the text names the office's country", () => {
    // The knowledge base's only crown prince is Saudi Arabia's; a text about Japan means another.
    const sv = 'Japan firade. Dåvarande kronprinsen besökte festen. Senare talade kronprinsen igen.';
    expect(people(sv, '2025-06-01', 'sv')).toEqual([]);
    const saudi = 'Saudiarabien och Sverige möttes. Kronprinsen talade.';
    expect(people(saudi, '2025-06-01', 'sv').map((m) => m[1])).toEqual(['person:mohammed-bin-salman']);
  });

  it("reads a title after 'vice', 'deputy' or 'former' as another office's or an earlier holder's", () => {
    expect(
      people('Pham Minh Chinh spoke. The former Prime Minister then left.', '2023-05-22', 'en').map(
        (m) => m[0],
      ),
    ).toEqual(['Pham Minh Chinh']);
    const sv = 'Ulf Kristersson talade. Vice premiärministern och den förre premiärministern lyssnade.';
    expect(people(sv, '2024-05-22', 'sv').map((m) => m[0])).toEqual(['Ulf Kristersson']);
  });

  it("reads a Vietnamese title alone as Viet Nam's holder where the text names several countries' holders", () => {
    const vi =
      'Thủ tướng Phạm Minh Chính tiếp Thống đốc tỉnh. Thủ tướng Nhật Bản Ishiba Shigeru gửi lời chào. Thủ tướng đề nghị hai bên hợp tác.';
    expect(people(vi, '2024-11-15', 'vi').map((m) => [m[0], m[1]])).toEqual([
      ['Phạm Minh Chính', 'person:pham-minh-chinh'],
      ['Ishiba Shigeru', 'person:ishiba-shigeru'],
      ['Thủ tướng', 'person:pham-minh-chinh'],
    ]);
    // "Bộ trưởng" alone is the foreign or defence minister too, as it is every other minister.
    const minister =
      'Phó Thủ tướng, Bộ trưởng Ngoại giao Bùi Thanh Sơn tiếp Đại sứ Nhật Bản. Bộ trưởng Ngoại giao Nhật Bản Iwaya Takeshi gửi lời chào. Bộ trưởng đề nghị hai bên hợp tác.';
    expect(people(minister, '2025-05-13', 'vi').at(-1)).toEqual([
      'Bộ trưởng',
      'person:bui-thanh-son',
      'short-reference',
    ]);
  });

  it('reads an office followed by "khi đó" or "at the time" as no holder on the text\'s date', () => {
    const vi = 'Chuyến thăm của Thủ tướng Nhật Bản khi đó là ông Ishiba Shigeru.';
    expect(people(vi, '2025-11-20', 'vi').map((m) => m[1])).toEqual(['person:ishiba-shigeru']);
    expect(people('Thủ tướng Nhật Bản cho biết.', '2025-11-20', 'vi').map((m) => m[1])).toEqual([
      'person:takaichi-sanae',
    ]);
  });

  it("reads a title followed by another body's name as that body's, not the text's holder", () => {
    const sv =
      'Generalsekreterare Nguyen Phu Trong tog emot generalsekreterare för Liberala demokratiska partiet Nikai Toshihiro.';
    expect(people(sv, '2019-05-07', 'sv').map((m) => m[1])).not.toContain('person:nguyen-phu-trong#2');
    expect(people(sv, '2019-05-07', 'sv').filter((m) => m[1] === 'person:nguyen-phu-trong')).toHaveLength(1);
    // Its own body after it keeps the title the text's holder's.
    const own = 'Nguyen Phu Trong talade. Generalsekreteraren för Vietnams kommunistiska parti lyssnade.';
    expect(people(own, '2019-05-07', 'sv').filter((m) => m[1] === 'person:nguyen-phu-trong')).toHaveLength(2);
  });

  it('reads a Swedish definite title alone, and a Japanese given name after a title', () => {
    const sv = people(
      'Premiärminister Pham Minh Chinh kom. Premiärministern talade; premiärministerns tal.',
      '2024-06-01',
      'sv',
    );
    expect(sv.map((m) => [m[0], m[1]])).toEqual([
      ['Pham Minh Chinh', 'person:pham-minh-chinh'],
      ['Premiärministern', 'person:pham-minh-chinh'],
      ['premiärministerns', 'person:pham-minh-chinh'],
    ]);
    // The genitive before the word for the office's staff names the body, not its holder.
    const office = people(
      'Premiärminister Pham Minh Chinh kom. Enligt premiärministerns kontor gick samtalet väl. Presidentens kansli svarade.',
      '2024-06-01',
      'sv',
    );
    expect(office.map((m) => m[0])).toEqual(['Pham Minh Chinh']);
    expect(
      people('Thủ tướng Fumio Kishida đến. Thủ tướng Fumio nói. Fumio cười.', '2023-05-22', 'vi'),
    ).toEqual([
      ['Fumio Kishida', 'person:kishida-fumio', ''],
      ['Fumio', 'person:kishida-fumio', 'short-reference'],
    ]);
  });

  it("reads an office's name with no name after it as its holder: the one named in the text, else the one on the date", () => {
    expect(people('När Japans kejsare åker utomlands.', '2023-06-19', 'sv')).toEqual([
      ['Japans kejsare', 'person:naruhito', 'short-reference'],
    ]);
    expect(
      people('Turkiets president Recep Tayyip Erdogan kom. Turkiets president lovar.', null, 'sv'),
    ).toEqual([
      ['Recep Tayyip Erdogan', 'person:recep-tayyip-erdogan', ''],
      ['Turkiets president', 'person:recep-tayyip-erdogan', 'short-reference,undated'],
    ]);
    // Undated, with nobody of the office named: the office stays.
    expect(people('Kinas president lovar.', null, 'sv')).toEqual([]);
    // A former holder is not the holder.
    expect(people('nguyên Thủ tướng Nhật Bản từ trần', '2025-10-23', 'vi')).toEqual([]);
  });

  it("reads a title and a country as that country's office holder", () => {
    expect(people('Ngoại trưởng Nhật cho biết', '2017-08-22', 'vi')).toEqual([
      ['Ngoại trưởng', 'person:kono-taro', 'short-reference'],
    ]);
    expect(people('Ngoại trưởng Nhật cho biết', null, 'vi')).toEqual([]);
  });

  it('reads a title and part of the name of a former head of state ("president Thieu")', () => {
    expect(people('Då hade president Thieu redan flytt.', null, 'sv')).toEqual([
      ['Thieu', 'person:nguyen-van-thieu', 'short-reference,undated'],
    ]);
  });

  it('reads no holder in a role that names the mission or many holders ("Đại sứ quán", "Thủ tướng các nước")', () => {
    const text = 'Đại sứ Ito Naoki cho biết Đại sứ quán sẽ cùng JICA thúc đẩy dự án. Đại sứ nói thêm.';
    expect(people(text, '2024-05-01', 'vi')).toEqual([
      ['Ito Naoki', 'person:ito-naoki', ''],
      ['Đại sứ', 'person:ito-naoki', 'short-reference'],
    ]);
    expect(
      people('Thủ tướng Phạm Minh Chính dự hội nghị cùng Thủ tướng các nước ASEAN.', '2024-10-10', 'vi'),
    ).toEqual([['Phạm Minh Chính', 'person:pham-minh-chinh', '']]);
  });

  it('reads no short reference in a place named after a word of the name ("Ba Dinh Square")', () => {
    const text =
      'NA Vice Chairman Nguyen Khac Dinh attended. The delegation laid a wreath at Ba Dinh Square.';
    expect(people(text, '2025-05-01')).toEqual([['Nguyen Khac Dinh', 'person:nguyen-khac-dinh', '']]);
  });

  it('reads no holder in a role\'s office ("the Prime Minister\'s Office said")', () => {
    const text =
      "Prime Minister Ishiba Shigeru met him. Later, the Prime Minister's Office said the talks went well.";
    expect(people(text, '2025-08-26')).toEqual([['Ishiba Shigeru', 'person:ishiba-shigeru', '']]);
    expect(
      people("Prime Minister Ishiba Shigeru met him. The Prime Minister's speech was short.", '2025-08-26'),
    ).toEqual([
      ['Ishiba Shigeru', 'person:ishiba-shigeru', ''],
      ['Prime Minister', 'person:ishiba-shigeru', 'short-reference'],
    ]);
  });

  it('reads the offices of the President and of the National Assembly as bodies, not as their heads', () => {
    const ids = recognize('Chủ tịch nước Lương Cường tiếp khách. Dự có lãnh đạo Văn phòng Chủ tịch nước.', {
      language: 'vi',
      date: '2025-03-01',
    }).map((m) => [m.text, m.id]);
    expect(ids).toContainEqual(['Văn phòng Chủ tịch nước', 'org:vn-president-office']);
    expect(
      recognize('Officials of the Office of the National Assembly attended.', { language: 'en' })[0]?.id,
    ).toBe('org:vn-na-office');
  });
});
