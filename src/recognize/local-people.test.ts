import { describe, expect, it } from 'vitest';
import { recognize, recognizeChecked } from './recognize.js';

const people = (text: string, language: string | null = 'en') =>
  recognize(text, { language })
    .filter((m) => m.id.startsWith('local:person:'))
    .map((m) => [m.text, m.id, m.flags.join(','), m.name]);

// The names below are made up, so that the knowledge base growing never takes them.
describe('local people: names the knowledge base lacks', () => {
  it('makes a Vietnamese full name a local person, and its given name a short reference', () => {
    expect(people('Luu Quang Khai chaired the meeting. Later, Khai said the plan was ready.')).toEqual([
      ['Luu Quang Khai', 'local:person:luu-quang-khai', '', 'Luu Quang Khai'],
      ['Khai', 'local:person:luu-quang-khai', 'short-reference', 'Luu Quang Khai'],
    ]);
  });

  it('reads no person in English common words, in the plural too ("Educational Exchanges")', () => {
    expect(people('Đại diện Japan Educational Exchanges and Services cho biết.', 'vi')).toEqual([]);
  });

  it('reads a name after a sentence that ends on a word that is also a Vietnamese head of place', () => {
    // "day" is also dãy (a range, "dãy Trường Sơn"), but only before a name in the same phrase.
    expect(people('It rained every day. Le Thi Kim Hoa, 52, was less sure.').map((m) => m[0])).toEqual([
      'Le Thi Kim Hoa',
    ]);
  });

  it('reads a Vietnamese name in Western order, the family name last, after a cue', () => {
    expect(
      people(
        'By Minh Thu Tran and Kentaro Sugiyama\n\nLinh Pham, a researcher, said costs rose. Tran agreed.',
      ).map((m) => [m[0], m[2]]),
    ).toEqual([
      ['Minh Thu Tran', ''],
      ['Kentaro Sugiyama', ''],
      ['Linh Pham', ''],
      ['Tran', 'short-reference'],
    ]);
    // Without a cue, syllables that do not open on a family name are no name ("Thu Ha", a title).
    expect(people('Minh Thu Tran rose early.')).toEqual([]);
    // An age after the name is a cue here, and so is a line of its own (a by-line).
    expect(
      people('Quang Huy Do, 23, from Thai Binh, finished.\n\nNgoc Lan Vu\n\nThe school opened.').map(
        (m) => m[0],
      ),
    ).toEqual(['Quang Huy Do', 'Ngoc Lan Vu']);
  });

  it('is one person written with and without marks, named in the marked form', () => {
    const found = people('Luu Quang Khai arrived. Ông Lưu Quang Khải phát biểu.', 'vi');
    expect(new Set(found.map((m) => m[1]))).toEqual(new Set(['local:person:luu-quang-khai']));
    expect(found.every((m) => m[3] === 'Lưu Quang Khải')).toBe(true);
  });

  it('reads a Chinese name whose words look like Vietnamese ones, but are not syllables of it, as a name', () => {
    // "Ting" and "Lei" have the shape of Vietnamese syllables (an onset, vowels, a final) but are
    // none: Vietnamese writes "tinh". (Made-up names.)
    expect(people('"We oppose it," Mao Ting said.').map((m) => m[1])).toEqual(['local:person:mao-ting']);
    expect(people('Det är i sin ordning, sa talesmannen Tang Lei.', 'sv').map((m) => m[1])).toEqual([
      'local:person:tang-lei',
    ]);
    // A family name spelt like a common English word, before no common word, is a name.
    expect(people('Spokesman Song Tieyu told reporters the talks went well.').map((m) => m[1])).toEqual([
      'local:person:song-tieyu',
    ]);
    // Vietnamese syllables still make a Vietnamese name, with or without marks.
    expect(people('Bà Trịnh Thị Hồng Nhung phát biểu tại hội nghị.', 'vi').map((m) => m[1])).toEqual([
      'local:person:trinh-thi-hong-nhung',
    ]);
    // A rarer family name too, typed without marks ("Khuất").
    expect(people('Tu pha chuyen huong cua Khuat Van Khang ben canh trai.', 'vi').map((m) => m[1])).toEqual([
      'local:person:khuat-van-khang',
    ]);
  });

  it("reads a two-syllable Vietnamese name after a writer's label as a person", () => {
    // Two syllables alone are as often a place; "Tác giả:" (author) and "Bài:" say it is a writer.
    expect(people('Tác giả: Lương Hà', 'vi').map((m) => m[1])).toEqual(['local:person:luong-ha']);
    expect(people('Bài: Lương Hà', 'vi').map((m) => m[1])).toEqual(['local:person:luong-ha']);
    expect(people('Lương Hà có nhiều du khách.', 'vi')).toEqual([]);
  });

  it('reads a name after a Vietnamese role and its qualifiers ("điều hành cấp cao"), with a body between or not', () => {
    expect(people('Ông tiếp Phó Chủ tịch điều hành cấp cao JICA Hoshino Ryoma tại Hà Nội.', 'vi')).toEqual([
      ['Hoshino Ryoma', 'local:person:hoshino-ryoma', '', 'Hoshino Ryoma'],
    ]);
    expect(people('Ông tiếp Thứ trưởng thường trực Okabe Shinji.', 'vi')[0]?.[0]).toBe('Okabe Shinji');
    // Qualifiers alone are no role: a name after them needs a cue of its own (or both words on the
    // lists of Japanese names, which these are not).
    expect(people('Họ bàn việc điều hành cấp cao Hoshizaki Ryomu', 'vi')).toEqual([]);
  });

  it('reads no person in a dashed list of places or battles, but a pair of people in one', () => {
    expect(
      people('Slag: Long Tan – Attleboro – Cedar Falls – Tra Binh Dong – Bribie – Junction City', 'sv'),
    ).toEqual([]);
    expect(people('Ap Bac – Luu Quang Khai – Hue', 'sv')).toEqual([]);
    expect(people('Trận chung kết: Luu Quang Khai – Tran Van Hai', 'vi').map((m) => m[0])).toEqual([
      'Luu Quang Khai',
      'Tran Van Hai',
    ]);
  });

  it('reads no number word as a word of a name ("she told Page Six")', () => {
    expect(
      people('“We will fight,” she told Page Six. Then she told Tom Sixsmith.').map((m) => m[0]),
    ).toEqual(['Tom Sixsmith']);
  });

  it('reads the name after "Comrade" or "Kamrat" as a person', () => {
    expect(people('Kamrat Wang Weiqiang tog emot delegationen.', 'sv').map((m) => m[1])).toEqual([
      'local:person:wang-weiqiang',
    ]);
    expect(people('Comrade Zhou Minghui received the delegation.').map((m) => m[1])).toEqual([
      'local:person:zhou-minghui',
    ]);
  });

  it('does not read a title-case phrase of common English words as a name, even with a cue', () => {
    expect(people('Best Buy said sales rose.')).toEqual([]);
    expect(people('The Chief Medical Officer said the risk was low.')).toEqual([]);
    expect(people('Harbourview Bar said it would reopen.')).toEqual([]);
    // A first name makes it a name, whatever the words after it; so does a Japanese reading.
    expect(people('Nick Nurse said the team was ready.').map((m) => m[1])).toEqual([
      'local:person:nick-nurse',
    ]);
    expect(people('Minister Chuichi Date said the talks went well.').map((m) => m[1])).toEqual([
      'local:person:chuichi-date',
    ]);
    // A leading common word is left out of the name that follows it.
    expect(people('Education Minister Kay Morlanby said the plan was ready.').map((m) => m[0])).toEqual([
      'Kay Morlanby',
    ]);
  });

  it('starts a name at its first name, leaving out a title the cue lists lack', () => {
    expect(people('"We are ready," said Commissioner Bertrand Oakhill of Lake County.')).toEqual([
      ['Bertrand Oakhill', 'local:person:bertrand-oakhill', '', 'Bertrand Oakhill'],
    ]);
    // A first name first keeps every word: "Mary Anne …".
    expect(people('said Mary Anne Quillfeather on Monday.').map((p) => p[0])).toEqual([
      'Mary Anne Quillfeather',
    ]);
  });

  it('reads a Western name only with a cue: title, honorific, role or a verb of saying', () => {
    expect(people('Ambassador Morinaga Hisakazu visited the port. Hisakazu noted the progress.')).toEqual([
      ['Morinaga Hisakazu', 'local:person:morinaga-hisakazu', '', 'Morinaga Hisakazu'],
      ['Hisakazu', 'local:person:morinaga-hisakazu', 'short-reference', 'Morinaga Hisakazu'],
    ]);
    // (A Japanese given name beside a romanised family name needs none: see below.)
    expect(people('Harbor Lights opened a new branch.')).toEqual([]);
    expect(people('Aller Media said nothing.')).toEqual([]);
  });

  it('reads a name before a Vietnamese verb of saying of two words ("cho biết", "chia sẻ")', () => {
    const text = 'Đại diện công ty, Morinaga Hisakazu, cho biết nhà máy sẽ mở rộng.';
    expect(people(text, 'vi').map((m) => m[0])).toEqual(['Morinaga Hisakazu']);
    expect(people('Morinaga Hisakazu chia sẻ kinh nghiệm.', 'vi').map((m) => m[0])).toEqual([
      'Morinaga Hisakazu',
    ]);
    // "cho" alone is no verb of saying.
    expect(people('Ramon Alcaraz cho công nhân nghỉ.', 'vi')).toEqual([]);
  });

  it('reads no person in a street after a house number, nor in a ship after its hull number', () => {
    expect(people('Tòa soạn: Số 9 Đàm Văn Khiêm, Hà Nội.', 'vi')).toEqual([]);
    expect(people('Địa chỉ: 71 Đàm Văn Khiêm, Hà Nội', 'vi')).toEqual([]);
    expect(people('Head office: No. 9 Dam Van Khiem, Hanoi.')).toEqual([]);
    expect(people('Hải quân điều tàu 015-Đàm Văn Khiêm tới cảng.', 'vi')).toEqual([]);
    // A number that is no address: a year, a count.
    expect(people('Năm 2024 Đàm Văn Khiêm được bầu.', 'vi').map((m) => m[0])).toEqual(['Đàm Văn Khiêm']);
  });

  it('resolves "Mr. Anh" and "ông Dũng" to the person named in full', () => {
    const en = people('Chu Minh Anh, the minister, spoke first. Mr. Anh then left.');
    expect(en.map((m) => m[0])).toEqual(['Chu Minh Anh', 'Anh']);
    const vi = people('Ông Trần Văn Khiêm cho biết kế hoạch đã xong. Ông Khiêm nói thêm.', 'vi');
    expect(vi.map((m) => [m[0], m[1]])).toEqual([
      ['Trần Văn Khiêm', 'local:person:tran-van-khiem'],
      ['Khiêm', 'local:person:tran-van-khiem'],
    ]);
  });

  it('reads a bare given name in Vietnamese text before a predicate only a person has ("Long khai nhận")', () => {
    const text =
      'Công an bắt Trịnh Văn Long (35 tuổi, quê Long An) và Đặng Thanh Nam. Long khai nhận cầm đầu. Nam thừa nhận đã làm giả hồ sơ. Nam Định có mưa.';
    expect(people(text, 'vi').map((m) => [m[0], m[1]])).toEqual([
      ['Trịnh Văn Long', 'local:person:trinh-van-long'],
      ['Đặng Thanh Nam', 'local:person:dang-thanh-nam'],
      ['Long', 'local:person:trinh-van-long'],
      ['Nam', 'local:person:dang-thanh-nam'],
    ]);
  });

  it("reads a two-syllable Vietnamese name followed by the person's age as a person, and no place with a number", () => {
    expect(
      people('Thuyền của ngư dân Đàm Khoa (52 tuổi, ở Quảng Ngãi) bị đâm chìm.', 'vi').map((m) => m[1]),
    ).toEqual(['local:person:dam-khoa']);
    expect(people('The boat of Dam Khoa, 52 years old, sank.').map((m) => m[1])).toEqual([
      'local:person:dam-khoa',
    ]);
    expect(people('Båten som Dam Khoa (52) ägde sjönk.', 'sv').map((m) => m[1])).toEqual([
      'local:person:dam-khoa',
    ]);
    // A name with a role opening the sentence: the age reads the Vietnamese name, not the role with it.
    expect(people('Fiskaren Dam Khoa, 52 år, berättade.', 'sv').map((m) => m[0])).toEqual(['Dam Khoa']);
    // Not a year, a count of months or a number that is no age.
    expect(people('Dam Khoa (2019) là một dự án.', 'vi')).toEqual([]);
    expect(people('Dam Khoa (12 tháng) đã xong.', 'vi')).toEqual([]);
    expect(people('Dam Khoa, 52 hộ dân đã chuyển đi.', 'vi')).toEqual([]);
    expect(people('Dam Khoa, 520 tuổi.', 'vi')).toEqual([]);
    // Between commas, as English news gives an age; not a decimal comma or a list of numbers.
    expect(people('Dam Khoa, 52, said the boat sank.').map((m) => m[1])).toEqual(['local:person:dam-khoa']);
    expect(people('Dam Khoa, 12,5 ha đất.', 'vi')).toEqual([]);
    expect(people('Dam Khoa, 12, 13 và 14.', 'vi')).toEqual([]);
  });

  it('never makes a province or a two-syllable place a person, nor a name before a place word', () => {
    expect(people('Phu Tho and Long An reported floods.')).toEqual([]);
    expect(people('He lives on Le Loi Street in Hue.')).toEqual([]);
    expect(people('Tỉnh Phú Thọ và huyện Mai Châu.', 'vi')).toEqual([]);
    expect(people('the Hoang Hoa Cuong-kyrkogården', 'sv')).toEqual([]);
  });

  it('starts no name inside a title written alone, and still reads the name after one', () => {
    // "Chủ tịch UBND TP Hà Nội" is the title of the capital's mayor: "Hà Nội" in it is no person.
    expect(people('Chủ tịch UBND TP Hà Nội phát biểu tại hội nghị.', 'vi')).toEqual([]);
    expect(people('Chủ tịch UBND TP Hà Nội Lò Văn Khiêm phát biểu.', 'vi')).toEqual([
      ['Lò Văn Khiêm', 'local:person:lo-van-khiem', '', 'Lò Văn Khiêm'],
    ]);
  });

  it('reads Swedish verbs of saying and role nouns before a name, but no preposition as a name', () => {
    expect(people('– Läget är skört, anser Japankännaren Malin Dalqvist.', 'sv')).toEqual([
      ['Malin Dalqvist', 'local:person:malin-dalqvist', '', 'Malin Dalqvist'],
    ]);
    expect(people('Det skriver tidningens politikreporter Oskar Lindmer.', 'sv')).toEqual([
      ['Oskar Lindmer', 'local:person:oskar-lindmer', '', 'Oskar Lindmer'],
    ]);
    expect(people('Enligt Kyodo sade ministern att mötet blir av.', 'sv')).toEqual([]);
  });

  it('reads a name after a word spelt like a place word but written with other marks ("Tiền đạo", no đảo)', () => {
    expect(
      people('Tiền đạo Nguyễn Thị Thanh Nhã ghi bàn, thờ chúa Nguyễn Phúc Nguyên.', 'vi').map((p) => p[0]),
    ).toEqual(['Nguyễn Thị Thanh Nhã', 'Nguyễn Phúc Nguyên']);
    expect(people('Ông sống ở đảo Cát Bà.', 'vi')).toEqual([]);
  });

  it('reads no person in a company named after a Vietnamese province, Viet Nam or Japan, even with a cue', () => {
    expect(people('The plant is run by Simexco Dak Lak and a packer.')).toEqual([]);
    expect(people('Our partner Kenzo Properties Vietnam said sales rose.')).toEqual([]);
    // Nor one ending on a word of companies' names ("Systems", "Solutions", "Manpower").
    expect(people('A unit of Hibikinada Eco Systems said so.')).toEqual([]);
    expect(
      people('Maria Törnqvist, vd för Lövsta Fiber, visar ett inlägg. Foto: Lövsta Fiber', 'sv').map(
        (p) => p[0],
      ),
    ).toEqual(['Maria Törnqvist']);
  });

  it('reads no organisation of the knowledge base as the first word of a whole Japanese name', () => {
    expect(
      recognize('Chủ tịch Keidanren Tsutsui Yoshinobu cảm ơn Thủ tướng.', { language: 'vi' }).map(
        (m) => m.text,
      ),
    ).toEqual(['Keidanren', 'Tsutsui Yoshinobu']);
    // A company's name before a given name alone is a family name ("Honda Soichiro").
    expect(people('Ong Honda Soichiro lap cong ty nam 1948.', 'vi').map((p) => p[0])).toContain(
      'Honda Soichiro',
    );
  });

  it('reads a bearer of two family names whole, not the known person whose name ends it', () => {
    expect(
      recognize('The visit was hosted by Luong Nguyen Minh Triet on Monday.', { language: 'en' }).map(
        (m) => m.id,
      ),
    ).toEqual(['local:person:luong-nguyen-minh-triet']);
    expect(recognize('Ông Lương Nguyễn Minh Triết tiếp đoàn.', { language: 'vi' }).map((m) => m.id)).toEqual([
      'local:person:luong-nguyen-minh-triet',
    ]);
  });

  it('reads "som" after a comma as a cue only for a name shaped like a person\'s (it is "which" too)', () => {
    expect(people('Hon träffade Eskil Lundberg idag.', 'sv')).toEqual([]);
    expect(people('Hon träffade Eskil Lundberg, som var där.', 'sv').map((p) => p[0])).toEqual([
      'Eskil Lundberg',
    ]);
    expect(people('Han leder Viskan Återfiber, som har tolv anställda.', 'sv')).toEqual([]);
    expect(people('Han köpte Tech Materials, som gör pulver.', 'sv')).toEqual([]);
  });

  it("reads a name after a Swedish role in its definite form or a translator's label", () => {
    const sv =
      'Han tackade senatorn Morinaga Hisakazu och parlamentsledamoten Kanbe Yoshiro.\nÖversättning: Maria Lund';
    expect(people(sv, 'sv').map((m) => m[0])).toEqual(['Morinaga Hisakazu', 'Kanbe Yoshiro', 'Maria Lund']);
    // Captains, coaches and publishers; a role as a label before its colon.
    const more =
      'Han spelade under förbundskaptenen Ramon Alcaraz. Förläggaren Elsa Virtanen läste.\nAnsvarig utgivare: Peter Wolodarski';
    expect(people(more, 'sv').map((m) => m[0])).toEqual([
      'Ramon Alcaraz',
      'Elsa Virtanen',
      'Peter Wolodarski',
    ]);
  });

  it('reads a name after a Vietnamese role at work, or after a role and "là"', () => {
    const vi = 'Ở nhà máy, tổ trưởng là Morinaga Hisakazu, còn quản đốc Kanbe Yoshiro thì hiền.';
    expect(people(vi, 'vi').map((m) => m[0])).toEqual(['Morinaga Hisakazu', 'Kanbe Yoshiro']);
    // "là" after no role says nothing.
    expect(people('Người đến là Ramon Alcaraz.', 'vi')).toEqual([]);
  });

  it('reads a photographer after the outlet and "Photo" without a colon ("VNA/VNS Photo Đàm Khoa")', () => {
    expect(
      people('Doses arrived. — VNA/VNS Photo Đàm Khoa HÀ NỘI — The ministry said.').map((m) => m[0]),
    ).toEqual(['Đàm Khoa']);
    // Not after "photo" as a word of the sentence.
    expect(people('A photo Đàm Khoa took won.')).toEqual([]);
  });

  it('reads a by-line alone on its line as a person', () => {
    expect(people('The bridge opened on Monday.\nGiang Huy\n').map((m) => m[1])).toEqual([
      'local:person:giang-huy',
    ]);
  });

  it('reads the name in a credit: an illustration or graphics label, or after the outlet and a slash', () => {
    expect(people('Minh họa: Trần Văn Thắng', 'vi').map((m) => m[1])).toEqual([
      'local:person:tran-van-thang',
    ]);
    expect(people('Photos by VnExpress/Lam Huy Vo').map((m) => m[1])).toEqual(['local:person:lam-huy-vo']);
    // Outlets in a row are outlets.
    expect(people('Photo: Kyodo/AP/TT')).toEqual([]);
  });

  it('reads Vietnamese titles of one person before a name, and a role with its body in between', () => {
    expect(
      people('Trước Thượng viện, đô đốc Harold Greene, người được đề cử, nêu ý kiến.', 'vi').map((m) => m[1]),
    ).toEqual(['local:person:harold-greene']);
    expect(
      people('Người phát ngôn Bộ Ngoại giao Nhật Bản Sakurada Hiromu hôm qua nhắc lại.', 'vi').map(
        (m) => m[1],
      ),
    ).toEqual(['local:person:sakurada-hiromu']);
  });

  it('reads a first name and a surname opening a line before a colon as a label of a person', () => {
    // (A name of no list: Swedish given and family names are read anywhere.)
    expect(people('Annons\nNora Kaltenbach: Därför behövs en ny plan', 'sv').map((m) => m[1])).toEqual([
      'local:person:nora-kaltenbach',
    ]);
    // Not inside a line, and not before words of English ("Price Alerts:").
    expect(people('Vi träffade Nora Kaltenbach: hon var glad.', 'sv')).toEqual([]);
    expect(people('Price Alerts: get notified', 'en')).toEqual([]);
  });

  it('keeps the Swedish genitive inside the span, outside the name', () => {
    const [m] = recognize('Enligt Pham Hong Thieus dagbok.', { language: 'sv' }).filter((x) =>
      x.id.startsWith('local:'),
    );
    expect(m).toMatchObject({
      text: 'Pham Hong Thieus',
      id: 'local:person:pham-hong-thieu',
      inflection: 'genitive',
    });
  });

  it('reads a name one letter off another of the text as a misspelling of the more frequent', () => {
    const found = people('Doan Xuan Khiem spoke. Doan Xuan Khiem left. Dao Xuan Khiem returned.');
    expect(found.map((m) => [m[1], m[2]])).toEqual([
      ['local:person:doan-xuan-khiem', ''],
      ['local:person:doan-xuan-khiem', ''],
      ['local:person:doan-xuan-khiem', 'corrected'],
    ]);
  });

  it('reads two names that end in other Vietnamese given names as two people, not a misspelling', () => {
    const found = people(
      'Cong vien Le Van Tam dong nguoi. Anh Le Van Nam, 24 tuoi, noi. Anh Nam cuoi.',
      'vi',
    );
    expect(found.map((m) => [m[0], m[1], m[2]])).toEqual([
      ['Le Van Tam', 'local:person:le-van-tam', ''],
      ['Le Van Nam', 'local:person:le-van-nam', ''],
    ]);
  });

  it('reads a foreign local name again without a cue, and a misspelling of a spelling seen', () => {
    const found = people(
      'Ambassador Tanabe Kotaro signed. Ambassador Tanaba Kotaro smiled. Later, Tnaba Kotaro hopes so.',
    );
    expect(found.map((m) => [m[0], m[1], m[2]])).toEqual([
      ['Tanabe Kotaro', 'local:person:tanabe-kotaro', ''],
      ['Tanaba Kotaro', 'local:person:tanabe-kotaro', 'corrected'],
      ['Tnaba Kotaro', 'local:person:tanabe-kotaro', 'corrected'],
    ]);
  });

  it('reads a short reference after a capitalised word that opens a sentence', () => {
    const found = people('Luu Quang Khai was hurt. When Khai agreed, they left.');
    expect(found.map((m) => m[0])).toEqual(['Luu Quang Khai', 'Khai']);
  });

  it('reads the last two words of a Vietnamese name of three as a reference ("Tu A")', () => {
    const found = people('The victim is Trinh Tu A, a student. Tu A called home often.');
    expect(found.map((m) => [m[0], m[1]])).toEqual([
      ['Trinh Tu A', 'local:person:trinh-tu-a'],
      ['Tu A', 'local:person:trinh-tu-a'],
    ]);
  });

  it('reads a role alone as the one local person the text introduced with it', () => {
    const text =
      'Phó Chủ tịch UBND TPHCM Lưu Quang Khải làm việc với Thống đốc Sakuraba Tomoki. ' +
      'Ông cảm ơn Ngài Thống đốc. Phó Chủ tịch UBND TPHCM trân trọng cảm ơn.';
    const found = people(text, 'vi').map((m) => [m[0], m[1]]);
    expect(found).toContainEqual(['Thống đốc', 'local:person:sakuraba-tomoki']);
    expect(found).toContainEqual(['Phó Chủ tịch', 'local:person:luu-quang-khai']);
    // The body in capitals and its unit in lower case between the role and the name ("UBND tỉnh").
    const unit = people(
      'Chủ tịch UBND tỉnh Võ Văn Minh cho biết tỉnh sẽ hỗ trợ. Chủ tịch UBND tỉnh đề nghị công ty tuyển dụng.',
      'vi',
    );
    expect(unit.map((m) => [m[0], m[1]])).toEqual([
      ['Võ Văn Minh', 'local:person:vo-van-minh'],
      ['Chủ tịch', 'local:person:vo-van-minh'],
    ]);
    // "UBND thành phố", its unit in two words: the name after it is the head's, no street's.
    expect(
      people('Phó Chủ tịch UBND thành phố Trần Văn Kiều dự lễ cùng các sở.', 'vi').map((m) => m[0]),
    ).toContain('Trần Văn Kiều');
    // A role two local people had stands for neither.
    const two = people(
      'Thống đốc Sakuraba Tomoki và Thống đốc Nishikawa Jiro gặp nhau. Thống đốc nói.',
      'vi',
    );
    expect(two.map((m) => m[0])).not.toContain('Thống đốc');
  });

  it('ends a name on Văn after a given name, on Thi written without the mark of Thị, and takes rarer family names', () => {
    expect(people('Ông Lê Quốc Văn cho biết công ty sẽ mở rộng.', 'vi').map((m) => m[0])).toEqual([
      'Lê Quốc Văn',
    ]);
    expect(people('Bà Phạm Thị Ngọc Thi cùng đoàn công tác đến thăm.', 'vi').map((m) => m[0])).toEqual([
      'Phạm Thị Ngọc Thi',
    ]);
    // A name cut short on its middle name is none ("Chu Văn" before a word of another kind).
    expect(people('Ông Chu Văn cho biết công ty sẽ mở rộng.', 'vi')).toEqual([]);
    expect(
      people('Đồng chí Đầu Thanh Kiên dự buổi lễ. Chị Sầm Thị Mai là công nhân.', 'vi').map((m) => m[0]),
    ).toEqual(['Đầu Thanh Kiên', 'Sầm Thị Mai']);
    // Written without marks these are words ("Dau nam nay" is the start of the year).
    expect(people('Dau Nam Nay cong ty tuyen them nguoi.', 'vi')).toEqual([]);
  });

  it("reads two given names after an artist's role or honour as the artist ('ca sĩ Quỳnh Lan', 'NSƯT Thanh Tâm')", () => {
    expect(
      people(
        'Tiếp đó ca sĩ Quỳnh Mai trình bày bài hát, rồi Nghệ sĩ ưu tú Thu Hà và NSƯT Thanh Kiều.',
        'vi',
      ).map((m) => m[0]),
    ).toEqual(['Quỳnh Mai', 'Thu Hà', 'Thanh Kiều']);
    // Not a place the knowledge base holds, nor two given names after another word.
    expect(people('Các nghệ sĩ Việt Nam và ca sĩ Hàn Quốc biểu diễn.', 'vi')).toEqual([]);
    expect(people('Tiếp đó nhóm Quỳnh Mai trình bày bài hát.', 'vi')).toEqual([]);
  });

  it('reads a reference after a preposition that opens the sentence ("For Duc, …")', () => {
    const found = people(
      'When Nguyen Van Duc first landed in Aichi, he knew little. For Duc, the goal is simple.',
      'en',
    );
    expect(found.filter((m) => m[2] === 'short-reference').map((m) => [m[0], m[1]])).toEqual([
      ['Duc', 'local:person:nguyen-van-duc'],
    ]);
  });

  it('reads no word of address in the second word of a compound ("trẻ em Việt", Vietnamese children)', () => {
    const names = (text: string) => people(text, 'vi').map((m) => m[0]);
    expect(names('Dịp lễ, trẻ em Việt tại Tokyo rước đèn trung thu.')).toEqual([]);
    // Without its marks the word before is another word: "có em Việt" has a worker named Việt.
    expect(names('Trong xưởng có em Việt bị kẹt tay.')).toEqual(['Việt']);
  });

  it('reads a given name after any Vietnamese word of address as the local person ("anh Tuấn", "chị Hà")', () => {
    const found = people(
      'Anh Phan Đình Tuấn nói vậy. Sau đó anh Tuấn cười. Chị Ngô Thị Hà nói. Chị Hà bảo về.',
      'vi',
    );
    expect(found.filter((m) => m[2] === 'short-reference').map((m) => [m[0], m[1]])).toEqual([
      ['Tuấn', 'local:person:phan-dinh-tuan'],
      ['Hà', 'local:person:ngo-thi-ha'],
    ]);
    // "anh" has no marks: first in a sentence, or in marked text before a name without marks
    // ("anh Vinh"); not in a text typed without marks, where it may be "ảnh" or English.
    const refs = (text: string) =>
      people(text, 'vi')
        .filter((m) => m[2] === 'short-reference')
        .map((m) => m[0]);
    expect(refs('Anh Phan Đình Tuấn nói. Anh Tuấn cười.')).toEqual(['Tuấn']);
    expect(refs('Anh Lê Văn Vinh đã khởi kiện. Công ty phải trả cho anh Vinh tiền bồi thường.')).toEqual([
      'Vinh',
    ]);
    expect(refs('Anh Phan Dinh Tuan noi. Sau do anh Tuan cuoi.')).toEqual([]);
  });

  it('reads no person in a street of an address that goes on to a place ("79 Ly Thuong Kiet, Hoan Kiem, Hanoi")', () => {
    expect(people('Contact: Vietnam News Agency - 79 Ly Thuong Kiet, Hoan Kiem, Hanoi')).toEqual([]);
    // A count before a list of people is no address.
    expect(
      people('The court heard 3 Nguyen Van Khai, Tran Thi Loan and Le Van Sau.').map((m) => m[0]),
    ).toEqual(['Nguyen Van Khai', 'Tran Thi Loan', 'Le Van Sau']);
  });

  it('reads a name before a comma and a role a few words on, or after a Swedish by-line "Av"', () => {
    expect(
      people('Ryota Hamasaki, Vietnam branch manager of H.I.S., said bookings rose.').map((m) => m[0]),
    ).toEqual(['Ryota Hamasaki']);
    expect(
      people('Japanska bolag satsar\n\nAv Elin Strand\nPublicerad 14 september 2025', 'sv').map((m) => m[0]),
    ).toEqual(['Elin Strand']);
    // A role before another name is that name's; a verb between ends the phrase.
    expect(people('Fast Retailing, led by founder Tadashi Yanai, opened a store.').map((m) => m[0])).toEqual([
      'Tadashi Yanai',
    ]);
  });

  it('ends no name on the middle name Văn or Thị, but on the given names Vân and Thi', () => {
    expect(people('Bà Đỗ Thị Hồng Vân cho biết. Ông Lại Văn nói chuyện.', 'vi').map((m) => m[0])).toEqual([
      'Đỗ Thị Hồng Vân',
    ]);
  });

  it('reads names of the northern mountains by their family names, written with their marks', () => {
    expect(
      people('Ông Vàng A Sinh và bà Sùng Thị Mai dự lễ cùng Điểu Văn Nhơn.', 'vi').map((m) => m[0]),
    ).toEqual(['Vàng A Sinh', 'Sùng Thị Mai', 'Điểu Văn Nhơn']);
    // A teacher by his word of address.
    expect(people('Thầy Morita Kenji, 61 tuổi, dạy tiếng Nhật.', 'vi').map((m) => m[0])).toEqual([
      'Morita Kenji',
    ]);
    // Without marks those names are common syllables: "Quang Phuc Hoi" is no person.
    expect(people('Ho lap ra Quang Phuc Hoi nam 1912.', 'vi')).toEqual([]);
  });

  it('reads a name after a clergy title or an English compound role ("the Rev.", "schoolteacher")', () => {
    expect(
      people('The Rev. Takashi Mori spoke. It was set up by schoolteacher Michiko Ueda.').map((m) => m[0]),
    ).toEqual(['Takashi Mori', 'Michiko Ueda']);
    // "Rev" without its full stop is an abbreviation of another word ("Int Rev Cytol", a journal).
    expect(people('See Int Rev Cytol 124 (1991).')).toEqual([]);
  });

  it('reads a name after a title abbreviated with its full stop, at a sentence start too ("Gov.", "Col.")', () => {
    expect(
      people('Gov. Hideyo Hanazumi named care staffing a priority. Col. Tran Van Minh led the drill.').map(
        (m) => m[0],
      ),
    ).toEqual(['Hideyo Hanazumi', 'Tran Van Minh']);
    // The name of a known person ending a sentence on such a word stays whole ("Nakatani Gen. Then").
    expect(recognize('He met Nakatani Gen. Then they left.', { language: 'en' }).map((m) => m.id)).toEqual([
      'person:nakatani-gen',
    ]);
  });

  it('reads a role alone as the person of the knowledge base the text introduced with it', () => {
    const refs = (text: string, language = 'en') =>
      recognize(text, { language })
        .filter((m) => m.flags.includes('short-reference'))
        .map((m) => [m.text, m.id]);
    // Past a military rank; the head of the role alone too, capitalised ("the Minister").
    expect(
      refs(
        'Defence Minister General Phan Van Giang received the delegation. The Minister asked the guests to ' +
          'stay. Deputy Minister Hoang Xuan Chien attended. The Deputy Minister said so.',
      ),
    ).toEqual([
      ['Minister', 'person:phan-van-giang'],
      ['Deputy Minister', 'person:hoang-xuan-chien'],
    ]);
    expect(
      refs(
        'Thứ trưởng Bộ Quốc phòng, Thượng tướng Hoàng Xuân Chiến tiếp đoàn. Thượng tướng nhấn mạnh.',
        'vi',
      ),
    ).toEqual([['Thượng tướng', 'person:hoang-xuan-chien']]);
    // Not a predicate, a post, a slug, a title before another name or body, nor a lower-case
    // Vietnamese noun: a namesake of the text may share the person's name.
    expect(
      refs(
        "Defence Minister Phan Van Giang spoke, as Minister of Defence. The prime minister's office agreed.",
      ),
    ).toEqual([]);
    expect(refs('Trưởng đoàn Tô Lâm phát biểu. Ông giữ chức Trưởng đoàn từ năm 2024.', 'vi')).toEqual([]);
    expect(refs('Trưởng đoàn Lương Cường phát biểu. Trưởng đoàn Bộ Ngoại giao cũng dự.', 'vi')).toEqual([]);
    // The role in apposition right after the name introduces it: no reference back; a later one is.
    expect(
      refs(
        'Tran Minh Quy, deputy general director of PV Gas, spoke. The deputy general director later left.',
      ),
    ).toEqual([['deputy', 'local:person:tran-minh-quy']]);
  });

  it('reads a name in apposition after a role and a comma, and after a school role', () => {
    const names = (text: string, language = 'en') => people(text, language).map((m) => [m[0], m[2]]);
    expect(names('Pupils copy kanji while their teacher, Mai Sakamori, walks by. Sakamori nods.')).toEqual([
      ['Mai Sakamori', ''],
      ['Sakamori', 'short-reference'],
    ]);
    expect(names('The school has 180 pupils, according to principal Kenichi Ogawara.')).toEqual([
      ['Kenichi Ogawara', ''],
    ]);
    // After a province's body and "tỉnh", a full name opening on a family name is its chairman's.
    expect(names('Chủ tịch UBND tỉnh Phạm Văn Tuấn chủ trì hội nghị. Ông Tuấn cho biết thêm.', 'vi')).toEqual(
      [
        ['Phạm Văn Tuấn', ''],
        ['Tuấn', 'short-reference'],
      ],
    );
    // A university's head before the name is no part of it.
    expect(names('Addressing freshmen, Rector Furuhata Motoki compared them to students of old.')).toEqual([
      ['Furuhata Motoki', ''],
    ]);
  });

  it('reads a given name and family name the text also uses alone as a person, without a cue', () => {
    const names = (text: string, language: string) => people(text, language).map((m) => [m[0], m[2]]);
    expect(
      names(
        'Washington recalled its envoy, Wilbur Hatchett, for talks. Hatchett returned a month later.',
        'en',
      ),
    ).toEqual([
      ['Wilbur Hatchett', ''],
      ['Hatchett', 'short-reference'],
    ]);
    // Not without the family name alone, nor common words, particles or a part of a longer name.
    expect(names('Wilbur Hatchett arrived in Hanoi on Monday.', 'en')).toEqual([]);
    expect(names('See Facebook for details. Facebook said nothing.', 'en')).toEqual([]);
    expect(names('Der Zorn wuchs. Zorn ist ein Wort.', 'en')).toEqual([]);
  });

  it('refers a role back to a person named before it, or forward in its sentence or from a headline', () => {
    const refs = (text: string) =>
      people(text, 'sv')
        .filter((m) => m[2] === 'short-reference')
        .map((m) => [m[0], m[1]]);
    // Named later, sentences on, with the role: the earlier role is someone else.
    expect(
      refs(
        'USA kallade hem sin ambassadör i Stockholm. Det blev en kris. Sveriges nye ambassadör Yngve Möllerud reste. Ambassadören talade.',
      ),
    ).toEqual([['Ambassadören', 'local:person:yngve-mollerud']]);
    // In the same sentence, before the name.
    expect(
      refs(
        'Hon träffade specialambassadören för Vietnam och Japan, Sugi Ryotaro, i Hanoi. Sedan talade specialambassadören Sugi Ryotaro.',
      ),
    ).toEqual([['specialambassadören', 'local:person:sugi-ryotaro']]);
  });

  it('reads words of address without marks in Vietnamese typed without any ("anh Tuan", "chi Hoa")', () => {
    // analyze passes `noMarks` when language detection says the Vietnamese text has no marks.
    const refs = (text: string, noMarks: boolean) =>
      recognizeChecked(text, { language: 'vi', noMarks })
        .filter((m) => m.flags.includes('short-reference'))
        .map((m) => [m.text, m.id]);
    const text =
      'Anh Phan Dinh Tuan, 32 tuoi, lam viec o Aichi. Sau khi ve nuoc, anh Tuan mo xuong. ' +
      'Chi Ngo Thi Hoa cung tung lam o Osaka. Chi Hoa cho biet cong viec rat vat va.';
    expect(refs(text, true)).toEqual([
      ['Tuan', 'local:person:phan-dinh-tuan'],
      ['Hoa', 'local:person:ngo-thi-hoa'],
    ]);
    expect(refs(text, false)).toEqual([]);
    // Not "di" (đi, to go) or a word of address in capitals inside a sentence ("Bac Ha").
    expect(refs('Chi Ngo Thi Ha noi. Hom sau chi di Ha Noi, roi den huyen Bac Ha.', true)).toEqual([]);
  });

  it('reads a foreign name after a word of address, an office, or a role with its body and place', () => {
    const names = (text: string) => people(text, 'vi').map((m) => [m[0], m[2]]);
    expect(names('Cùng ngày, chị Yagi Mayumi chở nước sạch. Chị Yagi chia sẻ.')).toEqual([
      ['Yagi Mayumi', ''],
      ['Yagi', 'short-reference'],
    ]);
    expect(names('Hôm qua, Đại sứ Nhật Bản tại Việt Nam Sato Kenji cho biết.')).toEqual([['Sato Kenji', '']]);
    expect(names('Tổng lãnh sự Nhật Bản tại TP HCM Ono Masuo cho biết. Ông Ono nói.')).toEqual([
      ['Ono Masuo', ''],
      ['Ono', 'short-reference'],
    ]);
    expect(names('Trưởng đại diện JICA tại Việt Nam Sugano Yuichi cho biết.')).toEqual([
      ['Sugano Yuichi', ''],
    ]);
  });

  it('gives a word two local people share to the one named in full nearest before it', () => {
    // (Made-up people.)
    const text =
      'Le Minh Khoa, an analyst, spoke. Khoa said the cap was key. The bank is run by chief executive Nguyen Duc Khoa. Khoa said nothing.';
    expect(
      people(text)
        .filter((m) => m[0] === 'Khoa')
        .map((m) => m[1]),
    ).toEqual(['local:person:le-minh-khoa', 'local:person:nguyen-duc-khoa']);
  });

  it('reads a reference after a Swedish role that opens the sentence ("Talmannen Norlén")', () => {
    // (Made-up name.)
    const text =
      'Mötet leddes av riksdagens talman Anders Brokvist. Talmannen Brokvist sade att riksdagen stöder det.';
    expect(people(text, 'sv').map((m) => [m[0], m[1]])).toEqual([
      ['Anders Brokvist', 'local:person:anders-brokvist'],
      ['Brokvist', 'local:person:anders-brokvist'],
    ]);
  });

  it('reads no person in a name with a word that ends organisations’ names ("Hanshin Kogyo")', () => {
    expect(people('Chủ tịch Hanshin Kogyo phát biểu. Chairman Kanshin Trust Bank spoke.', 'vi')).toEqual([]);
  });

  it('reads the name a Buddhist monk takes, Thích, as a family name', () => {
    // (Made-up monks.)
    expect(people('Abbot Thich Duc Khiem led the rite. Khiem said it mattered.')).toEqual([
      ['Thich Duc Khiem', 'local:person:thich-duc-khiem', '', 'Thich Duc Khiem'],
      ['Khiem', 'local:person:thich-duc-khiem', 'short-reference', 'Thich Duc Khiem'],
    ]);
    expect(people('Hòa thượng Thích Trí Khiêm phát biểu.', 'vi').map((m) => m[1])).toEqual([
      'local:person:thich-tri-khiem',
    ]);
  });

  it('reads a foreign name before a role with a word in front of it, or a caption’s place of a person', () => {
    expect(
      people('Kento Marusawa, executive director of the tourism office, spoke. Marusawa said more.'),
    ).toEqual([
      ['Kento Marusawa', 'local:person:kento-marusawa', '', 'Kento Marusawa'],
      ['Marusawa', 'local:person:kento-marusawa', 'short-reference', 'Kento Marusawa'],
    ]);
    expect(people('Hiroki Tanabeya, co-chair of the committee, arrived.').map((m) => m[0])).toEqual([
      'Hiroki Tanabeya',
    ]);
    expect(people('Hiroki Tanabeya (left) speaks at the meeting.').map((m) => m[0])).toEqual([
      'Hiroki Tanabeya',
    ]);
    // a place in brackets, or a comma before a word that is no role, is no cue
    expect(people('Kamo Ishibara (Japan) was on the agenda.')).toEqual([]);
    expect(people('Kamo Ishibara, executive summary attached.')).toEqual([]);
  });

  it('reads a word the knowledge base read as a place as the local person before a verb of saying', () => {
    // "Duc" without marks is Đức, Germany; here it is the worker Nguyen Van Duc. (Made-up name.)
    const text =
      'Phong van anh Nguyen Van Duc, 27 tuoi. "Lam viec o day rat vat va", Duc noi. Nhieu nguoi sang Duc lam viec.';
    const ms = recognize(text, { language: 'vi' });
    expect(ms.find((m) => m.start === text.indexOf('Duc noi'))?.id).toBe('local:person:nguyen-van-duc');
    expect(ms.find((m) => m.start === text.lastIndexOf('Duc'))?.id).toBe('country:DE');
  });

  it('reads a word the knowledge base read as a place as the local person after a verb of saying that ends the clause', () => {
    // "Vinh" is a city of Nghe An; after "säger" at the end of a quote it is the plant manager. (Made-up name.)
    const text =
      'Fabrikschefen Tran Quang Vinh visar runt. – Vi har lärt oss mycket, säger Vinh. Han kommer från kuststaden Vinh.';
    const ms = recognize(text, { language: 'sv' });
    expect(ms.find((m) => m.start === text.indexOf('Vinh.'))?.id).toBe('local:person:tran-quang-vinh');
    expect(ms.find((m) => m.start === text.lastIndexOf('Vinh'))?.id).toBe('city:vinh');
    // So is the word before the person's age.
    const age = 'Kocken Phan Van Vinh lagar mat. Vinh, 34, är född i Vinh.';
    expect(recognize(age, { language: 'sv' }).map((m) => m.id)).toEqual([
      'local:person:phan-van-vinh',
      'local:person:phan-van-vinh',
      'city:vinh',
    ]);
    // A clause that goes on after the name ("sa Vinh i går") is the person too: nothing there
    // makes the word a place (see the place's name that is a given name, below).
    const goesOn = 'Fabrikschefen Tran Quang Vinh visar runt. Det sa Vinh i går.';
    expect(
      recognize(goesOn, { language: 'sv' }).find((m) => m.start === goesOn.lastIndexOf('Vinh'))?.id,
    ).toBe('local:person:tran-quang-vinh');
  });

  it('reads a Swedish commander or company chief as a role ("vice kommendant Watanabe Yasunori", "vd Anna Lund")', () => {
    const text =
      'Mötet leddes av vice kommendant Watanabe Yasunori från Japans kustbevakning. Enligt vd Anna Lund går det bra.';
    expect(people(text, 'sv').map((p) => p[0])).toEqual(['Watanabe Yasunori', 'Anna Lund']);
  });

  it('reads a Swedish military rank as a role, and no reference after a Swedish preposition of place', () => {
    expect(people('I ceremonin deltog generalmajor Tao Duc Thang, ordförande för Viettel.', 'sv')).toEqual([
      ['Tao Duc Thang', 'local:person:tao-duc-thang', '', 'Tao Duc Thang'],
    ]);
    const found = people(
      'Enhetschefen Karin Lund talade. Utrustningen utvecklas i Lund och i Kista. Det är viktigt, sa fru Lund.',
      'sv',
    );
    expect(found.map((m) => m[0])).toEqual(['Karin Lund', 'Lund']);
    expect(found[1]?.[2]).toBe('short-reference');
  });

  it('reads a foreign name of two words written in both orders as one person, not a misspelling', () => {
    expect(
      people('Thống đốc Yamamoto Ichita dẫn đầu. Ông Ichita Yamamoto tặng quà. Ông Yamamoto nói.', 'vi'),
    ).toEqual([
      ['Yamamoto Ichita', 'local:person:yamamoto-ichita', '', 'Yamamoto Ichita'],
      ['Ichita Yamamoto', 'local:person:yamamoto-ichita', '', 'Yamamoto Ichita'],
      ['Yamamoto', 'local:person:yamamoto-ichita', 'short-reference', 'Yamamoto Ichita'],
    ]);
  });

  it('reads a Swedish compound role alone, definite or in the genitive, as the person it introduced', () => {
    const text =
      'Presidenten tog emot specialambassadören Sugi Ryotaro i Hanoi. Han tackade den tidigare ' +
      'specialambassadören varmt och lovordade specialambassadörens insatser.';
    expect(people(text, 'sv').filter((m) => m[2] === 'short-reference')).toEqual([
      ['specialambassadören', 'local:person:sugi-ryotaro', 'short-reference', 'Sugi Ryotaro'],
      ['specialambassadörens', 'local:person:sugi-ryotaro', 'short-reference', 'Sugi Ryotaro'],
    ]);
    // Not a compound on another role ("specialrådgivaren") or a word that only ends like one.
    expect(
      people('Specialambassadören Sugi Ryotaro kom. Specialrådgivaren och kammaren talade.', 'sv').filter(
        (m) => m[2] === 'short-reference',
      ),
    ).toEqual([]);
  });

  it('reads a romanised Korean or Chinese name with a hyphenated given name ("Cho Tae-yul")', () => {
    expect(
      people('South Korean Foreign Minister Seo Hae-jun said the talks went well. Seo added more.'),
    ).toEqual([
      ['Seo Hae-jun', 'local:person:seo-hae-jun', '', 'Seo Hae-jun'],
      ['Seo', 'local:person:seo-hae-jun', 'short-reference', 'Seo Hae-jun'],
    ]);
    expect(people('Ngoại trưởng Hàn Quốc Seo Hae-jun cho biết.', 'vi').map((m) => m[0])).toEqual([
      'Seo Hae-jun',
    ]);
    // A Swedish compound on a name is no syllable of it.
    expect(people('Vi gick längs Olof Palme-leden i går.', 'sv')).toEqual([]);
  });

  it('does not read half of a hyphenated name as a short reference ("René-Charles")', () => {
    const found = people('Manager Rémi Valcourt met her. Rémi-Paul Valcourt, their son, came. Rémi said so.');
    expect(found.filter((m) => m[2] === 'short-reference').map((m) => m[0])).toEqual(['Rémi']);
  });

  it("does not take another country's or body's holder of the role for the local person", () => {
    const text =
      'Russian President Ivan Petrovsky visited Hanoi. The French president came too, as did the ' +
      'president of Finland and the president of a small firm. The president said the talks went well; ' +
      'the Russian president left.';
    const starts = recognize(text, { language: 'en' })
      .filter((m) => m.id === 'local:person:ivan-petrovsky')
      .map((m) => m.start);
    expect(starts).toEqual([
      text.indexOf('Ivan Petrovsky'),
      text.indexOf('president said'),
      text.indexOf('president left'),
    ]);
  });

  it("takes a role in apposition after the name, but not the next name's title in a list", () => {
    const refs = (text: string, language: string) =>
      people(text, language)
        .filter((m) => m[2] === 'short-reference')
        .map((m) => [m[0], m[1]]);
    expect(
      refs(
        'Có mặt ông Kitamura Hiroshi - Tổng Giám đốc Công ty TNHH Kitamura Apparel Việt Nam. Phát biểu tại buổi lễ, Tổng Giám đốc cho biết nhà máy sẽ tuyển thêm lao động.',
        'vi',
      ),
    ).toEqual([['Tổng Giám đốc', 'local:person:kitamura-hiroshi']]);
    expect(
      refs('Det säger Mats Hagberg, chef för havsförvaltningen. Arbetet tar tid, menar chefen.', 'sv').map(
        (m) => m[1],
      ),
    ).toContain('local:person:mats-hagberg');
    // The title of the next name of a list is not the name's before it.
    expect(
      refs(
        'Wang Weizhong, borgmästare i Guangzhou Sun Zhiyang och andra kom. Borgmästaren talade länge.',
        'sv',
      ),
    ).toEqual([]);
  });

  it('takes a role to introduce a name only in its sentence, and "deputy director" as a role of its own', () => {
    const text =
      'The agency is led by director Odile Ferrandeau. She said a director must listen. ' +
      'The deputy director said the trains were late, and the director agreed.';
    const found = people(text).map((m) => m[0]);
    expect(found.filter((t) => t === 'director')).toHaveLength(1);
    expect(found).not.toContain('deputy director');
    // A role at the end of a sentence does not introduce the name that opens the next one.
    const across = people(
      'They backed a former senator and minister. Halvard Quistberg spoke later. The minister left.',
    );
    expect(across.map((m) => m[0])).not.toContain('minister');
  });

  it('does not read a role as a local person when a person of the knowledge base follows it', () => {
    // The role introduced a local name glued to the next word, then heads a known person's name.
    const text = 'Prime Minister Tran Van BinhHANOI (VNA) — Prime Minister Pham Minh Chinh spoke.';
    const mentions = recognize(text, { date: '2025-07-01', titles: true });
    let end = 0;
    for (const m of mentions) {
      expect(m.start).toBeGreaterThanOrEqual(end);
      end = m.end;
    }
    const role = mentions.find((m) => m.start === text.lastIndexOf('Prime Minister'));
    expect(role?.id).toBe('office:vn-prime-minister');
  });
});
describe("local people: a place's name that is a given name of the text", () => {
  const read = (text: string, language: string, word: string) =>
    recognize(text, { language })
      .filter((m) => m.text === word)
      .map((m) => m.id);

  it('is the person named in full before it, where nothing makes it the place', () => {
    // (Made-up people; Vinh is a city of Nghe An, Hue a city, Duc Germany.)
    expect(
      read(
        'Le Quang Vinh leder byrån. Vinh pekar på elektronik. Han växte upp i Vinh, och Vinh och Kim reser dit.',
        'sv',
        'Vinh',
      ),
    ).toEqual(['local:person:le-quang-vinh', 'city:vinh', 'local:person:le-quang-vinh']);
    expect(read('Ho Van Duc runs the farm. Duc wants Japanese buyers.', 'en', 'Duc')).toEqual([
      'local:person:ho-van-duc',
    ]);
  });

  it('stays the place after a head or before an apposition of place, and before the person is named', () => {
    const text =
      'Vinh grows fast. Le Minh Vinh, an analyst, was born in the city of Vinh. Vinh, the capital of Nghe An, is poor. Vinh city has a port.';
    expect(read(text, 'en', 'Vinh')).toEqual(['city:vinh', 'city:vinh', 'city:vinh']);
    expect(recognize(text, { language: 'en' }).at(-1)?.id).toBe('city:vinh');
  });

  it('stays the place in a list of tags, and a country after a Vietnamese noun', () => {
    expect(read('Nguyen Thi Hue cooks.\n\nTaggar: Akihito; Hue; Vietnam', 'sv', 'Hue')).toEqual([
      'vn-province-2025:46',
    ]);
    expect(
      read('Anh Nguyễn Minh Nhật là trưởng phòng. Doanh nghiệp Nhật muốn mở rộng.', 'vi', 'Nhật'),
    ).toEqual(['country:JP']);
  });
});

describe('local people: Swedish given and family names without a cue', () => {
  it('reads a Swedish given name before a family name of the list or with its ending as a person', () => {
    expect(people('Bland besökarna fanns Annika Berg från Göteborg.', 'sv').map((m) => m[0])).toEqual([
      'Annika Berg',
    ]);
    expect(people('Johan Ek och Anna-Karin Ek driver verkstaden.', 'sv').map((m) => m[0])).toEqual([
      'Johan Ek',
      'Anna-Karin Ek',
    ]);
    expect(people('The stand was run by Malin Hedström of a Borås firm.').map((m) => m[0])).toEqual([
      'Malin Hedström',
    ]);
    expect(people('Bland besökarna fanns Sara Lindfors och Maja Hedvall.', 'sv').map((m) => m[0])).toEqual([
      'Sara Lindfors',
      'Maja Hedvall',
    ]);
  });

  it('reads a Vietnamese given name before a Swedish family name of the list, not a Swedish pronoun', () => {
    expect(
      people('På kontoret sitter Linh Karlsson med en mapp. Han Karlsson åkte hem.', 'sv').map((m) => m[0]),
    ).toEqual(['Linh Karlsson']);
  });

  it('needs the list for a given name that is also a word, and reads no party or word pair', () => {
    // "Björn" is a bear, "Per" a preposition: a family name's ending alone is not enough after them.
    expect(people('Björn Hedström åkte hem.', 'sv')).toEqual([]);
    expect(people('Per Lindqvist åkte hem.', 'sv').map((m) => m[0])).toEqual(['Per Lindqvist']);
    expect(people('Christian Democrats won the vote.')).toEqual([]);
  });
});

describe('local people: a name in apposition after an office of the knowledge base', () => {
  it('reads the name between commas after the office', () => {
    expect(
      people('Sveriges ambassadör i Vietnam, Karl Mbeki, besökte fabriken.', 'sv').map((m) => m[0]),
    ).toEqual(['Karl Mbeki']);
  });
});

describe('local people: Japanese given and family names without a cue', () => {
  it('reads a Japanese given name and family name of the list in either order as a person', () => {
    expect(people('Among the buyers was Tanaka Yoshie, who runs a bakery.').map((m) => m[0])).toEqual([
      'Tanaka Yoshie',
    ]);
    expect(people('Hiroki Matsuzaki, 41, a nurse, flew in last week.').map((m) => m[0])).toEqual([
      'Hiroki Matsuzaki',
    ]);
    // A family name that is also a prefecture's gives way to the person with a given name after it.
    expect(people('Khách mời Miyazaki Kazuhiro đến từ Osaka.', 'vi').map((m) => m[0])).toEqual([
      'Miyazaki Kazuhiro',
    ]);
  });

  it('reads a given name of the list beside a romanised family name the list lacks, in either order', () => {
    expect(
      people('Toru Oniki praised the young forward. Toru Oniki joined in 2025.').map((m) => m[0]),
    ).toEqual(['Toru Oniki', 'Toru Oniki']);
    expect(
      people('Sau trận, HLV Oniki Toru dành nhiều lời khen cho học trò.', 'vi').map((m) => m[0]),
    ).toEqual(['Oniki Toru']);
    // Not a company's name, a festival or a drum troupe.
    expect(people('Workers at Kasumi Seimitsu and Hoshino Denshi went on strike.')).toEqual([]);
    expect(people('The Kizuna Matsuri opened with Hibiki Daiko on stage.')).toEqual([]);
  });

  it('reads no person in a street, a bay, a citadel or an institution named after one', () => {
    expect(people('The township lies along Vo Van Kiet boulevard in District 8.')).toEqual([]);
    const ids = (text: string) => recognize(text, { language: 'en' }).map((m) => m.id);
    expect(ids('She studied at Ton Duc Thang University in the south.')).toEqual([
      'local:org:ton-duc-thang-university',
    ]);
    expect(ids('Ton Duc Thang was president.')[0]).toBe('person:ton-duc-thang');
    expect(people('Boats left for Bai Tu Long Bay and the Ho Citadel at dawn.')).toEqual([]);
  });

  it('reads no firm named for its founder, and no pair of given names or of places', () => {
    // "Seiko" is a given name, and the precision works a family's firm is named for.
    expect(people('Kitamura Seiko mở nhà máy tại Hải Phòng.', 'vi')).toEqual([]);
    expect(people('Osaka Kobe rail links were cut.')).toEqual([]);
  });
});

describe('local people: lists of names after a role or a credit', () => {
  it('reads every item of a list whose first name has a cue, with or without a place after each', () => {
    const text =
      'Associated Press writers Lam Tuyet in Beijing, Haruko Ono in Tokyo and Carlo Dominguez in Manila contributed to this report.';
    expect(people(text).map((m) => m[0])).toEqual(['Lam Tuyet', 'Haruko Ono', 'Carlo Dominguez']);
  });

  it('reads no list item after a name without a cue, nor places in a list', () => {
    expect(people('Visitors came from Kanazawa Town, Okuda Village and Ruiz Alvarado Park.')).toEqual([]);
  });
});

describe('local people: a role alone', () => {
  it('reads no person in "Tổng" and a role written without marks ("Tong Lanh su", Tống being a family name too)', () => {
    expect(people('Ong Tong Lanh su phat bieu ngan. Ong Tong Van Minh den.', 'vi').map((m) => m[0])).toEqual([
      'Tong Van Minh',
    ]);
  });

  it('reads no diplomat’s role before "quán", which makes the mission', () => {
    const text =
      'Tổng Lãnh sự Kawamura Satoshi mở van khánh thành trạm nước. Dự án được Tổng Lãnh sự quán ký tài trợ từ năm 2024.';
    expect(people(text, 'vi').map((m) => m[0])).toEqual(['Kawamura Satoshi']);
    // The role alone, followed by another word, is the person.
    expect(people(`${text} Tổng Lãnh sự cho biết sẽ tiếp tục hỗ trợ.`, 'vi').map((m) => m[0])).toEqual([
      'Kawamura Satoshi',
      'Tổng Lãnh sự',
    ]);
  });
});

describe('local people: a Vietnamese by the family name in English and Swedish', () => {
  it('reads the family name alone as the person with a verb of saying, a word of address or an age', () => {
    expect(
      people(
        'Dinh Thi Mai Lan, 34, packs fish in Kushiro. "The first winter was hard," Dinh said. Ms. Dinh smiled.',
      ).map((m) => [m[0], m[1], m[2]]),
    ).toEqual([
      ['Dinh Thi Mai Lan', 'local:person:dinh-thi-mai-lan', ''],
      ['Dinh', 'local:person:dinh-thi-mai-lan', 'short-reference'],
      ['Dinh', 'local:person:dinh-thi-mai-lan', 'short-reference'],
    ]);
    expect(
      people('Luu Van Khai driver en verkstad i Malmö. – Det gick fort, säger Luu.', 'sv').map((m) => m[0]),
    ).toEqual(['Luu Van Khai', 'Luu']);
  });

  it('needs the cue, and leaves a family name that is another local person’s given name to that person', () => {
    expect(people('Dinh Thi Mai Lan packs fish. Dinh was tired.').map((m) => m[0])).toEqual([
      'Dinh Thi Mai Lan',
    ]);
    // "Dinh" is Tran Van Dinh's given name: the reference is his.
    expect(
      people('Dinh Thi Mai Lan packs fish. Tran Van Dinh drives. Dinh said it was late.').map((m) => [
        m[0],
        m[1],
      ]),
    ).toEqual([
      ['Dinh Thi Mai Lan', 'local:person:dinh-thi-mai-lan'],
      ['Tran Van Dinh', 'local:person:tran-van-dinh'],
      ['Dinh', 'local:person:tran-van-dinh'],
    ]);
  });

  it('reads no family name alone in Vietnamese text, where people go by the given name', () => {
    expect(
      people('Đinh Thị Mai Lan làm ở Kushiro. Đinh nói rằng mùa đông rất lạnh.', 'vi').map((m) => m[0]),
    ).toEqual(['Đinh Thị Mai Lan']);
  });
});

describe('local people: a Vietnamese given name where only a person stands', () => {
  const read = (text: string) => people(text, 'vi').map((m) => [m[0], m[2]]);
  const NAMED = 'Bị cáo Lưu Thị Thu Trang (35 tuổi) và Vũ Văn Nam (33 tuổi) nhận án. ';

  it('reads it first in its clause before a word that follows a subject', () => {
    expect(read(`${NAMED}Trang là người thu tiền. Năm 2023, Nam đang làm cộng tác viên.`)).toEqual([
      ['Lưu Thị Thu Trang', ''],
      ['Vũ Văn Nam', ''],
      ['Trang', 'short-reference'],
      ['Nam', 'short-reference'],
    ]);
  });

  it('reads it first in its sentence before a verb of telling, written with its marks ("Trang kể …")', () => {
    expect(read(`${NAMED}Trang kể cô đã trượt một lần. Nam nói thêm vài câu.`).slice(2)).toEqual([
      ['Trang', 'short-reference'],
      ['Nam', 'short-reference'],
    ]);
    // ("Trung tâm", a centre, opens a sentence on a given name and a word that is no verb.)
    expect(read('Ông Hoàng Việt Trung phát biểu. Trung tâm đã hợp tác ba thập kỷ.').slice(1)).toEqual([]);
  });

  it('reads it after a degree ("TS", "ThS", "PGS", "BS") and before a birth ("sinh ra", "sinh năm")', () => {
    expect(read(`${NAMED}Theo TS Nam, án đã tuyên. Trang sinh ra ở Nghệ An.`).slice(2)).toEqual([
      ['Nam', 'short-reference'],
      ['Trang', 'short-reference'],
    ]);
  });

  it('reads it as the speaker after a quotation, as a source after "Theo", and in a self-introduction', () => {
    expect(read(`${NAMED}"Tôi hối hận", Trang cười. Theo Nam, việc này sai.`).slice(2)).toEqual([
      ['Trang', 'short-reference'],
      ['Nam', 'short-reference'],
    ]);
    expect(
      people('Chao ca nha, em la Khoa, que Nghe An. Vu Dinh Khoa la ky su.', 'vi').map((m) => m[0]),
    ).toContain('Khoa');
  });

  it('reads every item of a list of given names, also one that names a country alone', () => {
    const text =
      'Các bị cáo Đỗ Văn Thắng, Trần Quốc Nhật, Bùi Văn Khải và Lương Thị Ngọc Anh bị bắt. Công an bắt giữ Thắng, Nhật và Khải. Khải và Anh ra đầu thú. Hàng xuất sang Mỹ, Pháp và Anh.';
    expect(
      recognize(text, { language: 'vi' })
        .map((m) => [m.text, m.id])
        .slice(4),
    ).toEqual([
      ['Thắng', 'local:person:do-van-thang'],
      ['Nhật', 'local:person:tran-quoc-nhat'],
      ['Khải', 'local:person:bui-van-khai'],
      ['Khải', 'local:person:bui-van-khai'],
      ['Anh', 'local:person:luong-thi-ngoc-anh'],
      ['Mỹ', 'country:US'],
      ['Pháp', 'country:FR'],
      ['Anh', 'country:GB'],
    ]);
    // Not after an addressed person: "Theo ông Phúc, Huế …" is the city.
    expect(
      recognize('Ông Lê Văn Phúc và bà Nguyễn Thị Huế dự lễ. Theo ông Phúc, Huế đang mở rộng hợp tác.', {
        language: 'vi',
      }).at(-1),
    ).toMatchObject({ text: 'Huế', id: 'vn-province-2025:46' });
  });

  it('reads no word that opens a compound, a role or a pronoun written without marks', () => {
    // "Trang web" (a web page), "Nam giới" (men), "Thị trưởng" (the mayor).
    expect(read(`${NAMED}Trang web của công ty bị khóa. Nam giới chiếm đa số.`).slice(2)).toEqual([]);
    expect(read('Bà Lê Thị Anh Thị phát biểu. "Chúng tôi sẽ hợp tác", Thị trưởng nói.').slice(1)).toEqual([]);
    // "Minh" without marks is also "mình" (I): "Minh dang o Osaka" is the writer.
    expect(people('Tran Van Minh o Osaka. Minh dang o Osaka nen biet.', 'vi').map((m) => m[0])).toEqual([
      'Tran Van Minh',
    ]);
  });
});

describe('local people: a role and its country before the name', () => {
  it('does not take the country that ends a role into a Japanese name', () => {
    expect(
      people('JICA Chief Representative in Vietnam Minegishi Ryota said so. Minegishi added more.').map(
        (m) => m[1],
      ),
    ).toEqual(['local:person:minegishi-ryota', 'local:person:minegishi-ryota']);
  });

  it('reads a role before "các" or "những" as many people, not the person it introduced', () => {
    const read = people(
      'Thống đốc tỉnh Kanagawa Kuroiwa Yoshiro thăm Hà Nội. Thống đốc cho biết tỉnh sẵn sàng. Thủ tướng tiếp Thống đốc các tỉnh Nhật Bản.',
      'vi',
    ).map((m) => m[0]);
    expect(read).toEqual(['Kuroiwa Yoshiro', 'Thống đốc']);
  });

  it('reads no other office or deputy for a role that stands for a person ("the prime minister", "a deputy defense minister")', () => {
    const read = recognize(
      'Japanese Defense Minister Koizumi Shinjiro met his counterpart. A deputy defense minister joined. The prime minister said so. The defense minister said more. The minister added.',
      { language: 'en' },
    )
      .filter((m) => m.id === 'person:koizumi-shinjiro')
      .map((m) => m.start);
    const text =
      'Japanese Defense Minister Koizumi Shinjiro met his counterpart. A deputy defense minister joined. The prime minister said so. The defense minister said more. The minister added.';
    expect(read).toEqual([
      text.indexOf('Koizumi'),
      text.indexOf('minister said more'),
      text.indexOf('minister added'),
    ]);
  });
});

describe('local people: cues stay on their line', () => {
  it('reads no name after a role or a verb of saying that ends the line before', () => {
    // A tag line ends on "students"; the share bar under it names no one.
    expect(people('Tags: Fukuoka, international students\n\nShare Facebook Twitter Email')).toEqual([]);
    // The by-line under it starts at the name, not at "By".
    expect(
      people('A hub for workers and students\n\nBy Aya Morimoto\nStaff writer').map((p) => p[0]),
    ).toEqual(['Aya Morimoto']);
    // On the same line the role still introduces the name.
    expect(people('The students Aya Morimoto and Ken Sato spoke.').map((p) => p[0])).toContain(
      'Aya Morimoto',
    );
  });
});

describe('local people: given names of two letters', () => {
  it('reads one alone in English, unless it is an English word', () => {
    const text =
      'Behind the counter Nguyen Thi Ha scans the items. Back at the store, Ha finishes her shift. An hour later she sleeps.';
    expect(people(text).map((p) => p[0])).toEqual(['Nguyen Thi Ha', 'Ha']);
    const my = 'The owner, Tran Thi My, said she would stay. My guess is the shop will close.';
    expect(people(my).map((p) => p[0])).toEqual(['Tran Thi My']);
  });

  it('leaves a Swedish word alone in Swedish text ("Ha det bra")', () => {
    const text = 'Nguyen Thi Ha driver kaféet i Malmö. Ha det bra, säger gästerna när de går.';
    expect(people(text, 'sv').map((p) => p[0])).toEqual(['Nguyen Thi Ha']);
  });
});

describe('local people: a given name of one letter', () => {
  it('reads it alone with its full stop, as papers shorten a name, not as the article', () => {
    const text = 'His father named him Trinh Tu A in 2000. In 2019, A. went to Japan. A man met him there.';
    expect(people(text).map((p) => p[0])).toEqual(['Trinh Tu A', 'A']);
  });
});

describe("local people: a post's writer by two given names", () => {
  it('reads the given names after the "by" of a post\'s stamp, and the writer again where the text names her so', () => {
    const text =
      'Đăng ngày 05/11/2024 bởi Thu Hà | 18 bình luận\n\nMùa đông ở Sapporo lạnh lắm.\n\nThu Hà: @Minh em nhớ mang áo ấm nhé.';
    expect(people(text, 'vi').map((p) => [p[0], p[1]])).toEqual([
      ['Thu Hà', 'local:person:thu-ha'],
      ['Thu Hà', 'local:person:thu-ha'],
    ]);
    // Not the words after "bởi" in prose: a body, places.
    expect(people('Lễ hội được tổ chức bởi Hà Nội và Đà Nẵng.', 'vi')).toEqual([]);
  });
});

describe('local people: the words after a name as written', () => {
  it('reads no place in a Vietnamese verb spelt like an English place word ("bày tỏ", not "Bay")', () => {
    expect(people('Đại sứ Nhật Bản Yamada Taro bày tỏ vui mừng.', 'vi').map((p) => p[0])).toEqual([
      'Yamada Taro',
    ]);
  });
});

describe('local people: given names after "tên" (named)', () => {
  it('reads a person named by given names alone after "tên" or "tên là"', () => {
    expect(people('Bé nhà em tên là Nam, sinh tháng 9/2019.', 'vi').map((p) => p[0])).toEqual(['Nam']);
    expect(people('Chao ca nha. Em ten Trang, 24 tuoi, que Nghe An.', 'vi').map((p) => p[0])).toEqual([
      'Trang',
    ]);
    // Not a thing given a name, nor the name before "là", nor one of a person named in full.
    expect(people('Lớp học mang tên Hương Giang được lập năm 2014.', 'vi')).toEqual([]);
    expect(
      people('Con gái họ, bé Yuki (tên Việt là Tuyết), vào lớp một.', 'vi').map((p) => p[0]),
    ).not.toContain('Việt');
    expect(people('Anh Phạm Đức Long cho biết. Em tên Long nhưng làm chậm.', 'vi').map((p) => p[1])).toEqual([
      'local:person:pham-duc-long',
      'local:person:pham-duc-long',
    ]);
  });
});
