// The homograph rules (homograph-rules.ts), on sentences of our own that the homograph set
// (data/kb/homographs.yaml) does not hold: each rule drops the wrong reading and keeps the name
// where the same words name it.
import { describe, expect, it } from 'vitest';
import { recognize, recognizeChecked } from './recognize.js';

const ids = (text: string, language: string) => recognize(text, { language }).map((m) => m.id);
/** The ids read in Vietnamese text that lost some of its marks. */
const partial = (text: string) =>
  recognizeChecked(text, { language: 'vi', partialMarks: true }).map((m) => m.id);

describe('homograph rules', () => {
  it('reads a Vietnamese common word that starts with a name as the word, even first in a sentence', () => {
    expect(ids('Mỹ nghệ Bát Tràng được bày bán khắp phố cổ.', 'vi')).not.toContain('country:US');
    expect(ids('Pháp lý của dự án vẫn chưa hoàn thiện.', 'vi')).not.toContain('country:FR');
    expect(ids('Mỹ tăng thuế nhập khẩu thép từ tháng sau.', 'vi')).toContain('country:US');
    // So after a menu's bar or a copyright sign: each opens a name ("| Pháp luật |", "© Nhật ký …").
    expect(ids('Trang chủ | Thời sự | Pháp luật | Lao động | Y tế', 'vi')).toEqual([]);
    expect(ids('Bản quyền © Nhật ký xứ tuyết. Được tạo bởi Blogger.', 'vi')).not.toContain('country:JP');
    expect(ids('© 2024 Nhật ký xê dịch của Thảo. Theme by WordPress.', 'vi')).not.toContain('country:JP');
    expect(ids('Trang chủ | Pháp | Nhật Bản', 'vi')).toEqual(['country:FR', 'country:JP']);
    // Mid-sentence after a lower-case word, a capital is the name: "Nhật ký kết" is Japan signing.
    expect(ids('Việt Nam và Nhật ký kết hiệp định mới.', 'vi')).toContain('country:JP');
    // After "và" inside a title-case name the capital is the name's word: "Lao động" (labour),
    // its marks lost, is no Laos ("Lào").
    expect(partial('Giám đốc So Thuong mai, Cong nghiep va Lao dong tinh Toyama cho biết.')).not.toContain(
      'country:LA',
    );
    expect(partial('Đoàn Campuchia va Lao dự hội nghị ở Hà Nội.')).toContain('country:LA');
    // After "luật" (law) a title's word is capitalised: "luật Lao động tiêu chuẩn", "Bộ luật Lao dong".
    expect(partial('Công ty vi phạm luật Lao dong tiêu chuẩn của Nhật.')).not.toContain('country:LA');
    // And after a centre's or a federation's head, with its marks or typed without any.
    expect(ids('Anh lien he Trung tam Lao dong ngoai nuoc de dang ky.', 'vi')).not.toContain('country:LA');
    expect(partial('Liên doan Lao dong tinh Phu Tho phối hợp tổ chức.')).not.toContain('country:LA');
    expect(ids('Hai nuoc Viet Nam va Lao ky ket hiep dinh.', 'vi')).toContain('country:LA');
    // And after a comma inside a title-case name ("Bộ Y tế, Lao động và Phúc lợi").
    expect(ids('Ong luu y Bo Y te, Lao dong va Phuc loi Nhat Ban da canh bao.', 'vi')).not.toContain(
      'country:LA',
    );
    expect(ids('Doan Viet Nam, Lao va Campuchia du hop.', 'vi')).toContain('country:LA');
  });

  it('reads no city inside the name of a convention named after it ("Công ước Geneva")', () => {
    expect(
      ids('Bằng lái theo Công ước Geneva 1949 và Công ước Vienna được chấp nhận. Ông đến Geneva.', 'vi'),
    ).toEqual(['city:geneva']);
  });

  it('reads no person in a family name before a country of two words ("Đoàn Việt Nam", the delegation)', () => {
    expect(ids('Đoàn Việt Nam giành năm huy chương vàng.', 'vi')).toEqual(['country:VN']);
    expect(ids('Hoi Kaigo & Dieu Duong Viet Nam tai Nhat Ban', 'vi')).not.toContainEqual(
      expect.stringMatching(/^local:person/),
    );
    // A country of one word is a given name after a family name ("Hà My", "Như Ý").
    expect(ids('Hà My Osaka bình luận rằng giá vé tăng.', 'vi')).not.toContain('country:US');
  });

  it('reads no one-letter name without its mark where a page lost some marks', () => {
    // "Y học" is medicine, not "Ý" (Italy) stripped of its mark.
    expect(partial('Trung tâm Quốc gia về Sức khỏe và Y học toàn cầu hợp tác với bệnh viện.')).not.toContain(
      'country:IT',
    );
    expect(partial('Đoàn Pháp và Ý ký hiệp định.')).toContain('country:IT');
    expect(partial('Đoàn Pháp và Y ký hiệp định.')).not.toContain('country:IT');
  });

  it('reads a title of two syllables after a family name as the given names, but after "Hoàng"', () => {
    expect(ids('Diễn viên Đỗ Nhật Hoàng cho biết. Nhật hoàng Naruhito thăm Việt Nam.', 'vi')).toEqual([
      'local:person:do-nhat-hoang',
      'office:jp-emperor',
      'person:naruhito',
      'country:VN',
    ]);
    expect(ids('Chủ tịch nước tiếp Hoàng Thái tử Akishino.', 'vi')).not.toContain(
      'local:person:hoang-thai-tu',
    );
  });

  it('reads a name after "the city of" or Swedish "staden" as the city, not a company named after it', () => {
    expect(ids('She works in the city of Toyota in Aichi. Toyota makes cars.', 'en')).toEqual([
      'local:place:toyota',
      'subdivision:jp-23',
      'org:toyota',
    ]);
    expect(ids('Han jobbar i staden Toyota.', 'sv')).toEqual(['local:place:toyota']);
  });

  it('reads a name after "TP" (thành phố) as the city, not a company named after it', () => {
    expect(ids('Anh làm việc ở TP Toyota, tỉnh Aichi, cho hãng Toyota.', 'vi')).toEqual([
      'local:place:toyota',
      'subdivision:jp-23',
      'org:toyota',
    ]);
  });

  it('reads a common word in an all-caps heading as the word, and a name there as the name', () => {
    expect(ids('HỘI THẢO VỀ Ý TƯỞNG KHỞI NGHIỆP', 'vi')).not.toContain('country:IT');
    expect(ids('ĐỘI TUYỂN Ý THẮNG ĐẬM', 'vi')).toContain('country:IT');
  });

  it('reads a title written without marks as the title, not a country ("Bi thu" is Bí thư)', () => {
    expect(ids('ong Kato Tetsuro, Bi thu thu nhat Dai su quan Nhat Ban, den tham', 'vi')).not.toContain(
      'country:BE',
    );
    expect(ids('Doan dai bieu Bi do Thu tuong Bi dan dau', 'vi')).toContain('country:BE');
  });

  it('reads PM after a clock time as the time of day', () => {
    const ids2 = (text: string) =>
      recognize(text, { language: 'en', date: '2010-07-14' }).map((m) => [m.text, m.id]);
    expect(ids2('July 14, 2010 01:28 PM Japan has signed a deal.')).toEqual([['Japan', 'country:JP']]);
    expect(ids2('At 9 PM Kan spoke.')).toEqual([]);
    // A year before it is no clock: the title stands.
    expect(ids2('In 2010 PM Kan spoke.')).toEqual([['Kan', 'person:kan-naoto']]);
  });

  it('reads an abbreviation as the text spells it out in front of its brackets', () => {
    expect(ids('They tested a Virtual Interventional Radiologist (VIR) at the clinic.', 'en')).toEqual([]);
    // An organisation the knowledge base lacks, then: local to the text, not the IMO, and so is
    // the acronym it defines.
    expect(ids('the Institute of Marine Oceanography (IMO) in the port city', 'en')).toEqual([
      'local:org:institute-of-marine-oceanography',
      'local:org:institute-of-marine-oceanography',
    ]);
    // Spelled out as the entity's own name, it stays the entity.
    expect(ids('The Vietnam Investment Review (VIR) reported the deal.', 'en')).toEqual([
      'outlet:vir',
      'outlet:vir',
    ]);
    expect(ids('The International Maritime Organization (IMO) met.', 'en')).toEqual(['org:imo', 'org:imo']);
  });

  it('does not read a name inside a longer name or a thing named after a place', () => {
    expect(ids('The Panama Canal opened in 1914.', 'en')).not.toContain('country:PA');
    expect(ids('Panama signed the treaty in 1977.', 'en')).toContain('country:PA');
    expect(ids('She planted Brazil nut trees.', 'en')).not.toContain('country:BR');
    // Tết in the names of other festivals: the Mid-Autumn Festival is no Lunar New Year.
    expect(ids('Dịp Tết Trung thu, các em rước đèn. Tết Trung Thu năm nay vui.', 'vi')).not.toContain(
      'event:tet',
    );
    expect(ids('Tết Nguyên đán sắp đến.', 'vi')).toEqual(['event:tet']);
    // Bộ Tứ (the Quad) typed without marks inside a command's and the justice ministry's names.
    expect(ids('Bo Tu lenh Vung 4 Hai quan va Bo Tu phap da hop.', 'vi')).not.toContain('org:quad');
    expect(ids('Nhom Bo Tu gom My, Nhat, An Do va Uc.', 'vi')).toContain('org:quad');
    // Lào in the name of the hot dry wind is no Laos; the country is read beside it.
    expect(ids('Gió Lào khô nóng thổi về. Bạn ấy sang Lào làm việc.', 'vi')).toEqual(['country:LA']);
  });

  it('reads a one-syllable place after a capitalised syllable inside a Vietnamese sentence as part of a longer name', () => {
    const ids = (text: string) => recognize(text, { language: 'vi' }).map((m) => m.id);
    expect(ids('Đoàn đã thăm phuong Thanh Vinh và Truong Vinh.')).not.toContain('city:vinh');
    expect(ids('Về Vinh, đoàn làm việc với TP Vinh.')).toEqual(['city:vinh', 'city:vinh']);
  });

  it('reads a one-word name between capitalised words of a longer name as part of it, but not in a title-case headline', () => {
    const ids = (text: string) => recognize(text, { language: 'en' }).map((m) => m.id);
    expect(ids('The intern joined Chubu Gino Kyodo Kumiai last year.')).not.toContain('outlet:kyodo');
    expect(ids('In Tokyo Governor Koike spoke to Kyodo News.')).toEqual(['city:tokyo', 'outlet:kyodo']);
    expect(ids('United States to Lift Sudan Sanctions')).toContain('country:SD');
  });

  it('reads a Swedish conjunction opening a sentence as the word ("Medan" is "while")', () => {
    const ids = (text: string) => recognize(text, { language: 'sv' }).map((m) => m.id);
    expect(ids('Medan kriget pågick flydde många till Sverige.')).toEqual(['country:SE']);
    expect(ids('Staden Medan ligger på Sumatra.')).toEqual(['city:medan']);
  });

  it('reads a family name without marks before a place as the start of a person’s name ("Than Van Nam")', () => {
    const ids = (text: string) => recognize(text, { language: 'vi' }).map((m) => m.id);
    expect(ids('Ong Than Van Nam, giam doc hop tac xa, cho biet vai da xuat sang Nhat.')).not.toContain(
      'subdivision:cn-yn',
    );
  });

  it('reads a short family name first in its sentence as a name before a middle name, not before a place', () => {
    const en = (text: string) => recognize(text, { language: 'en' }).map((m) => [m.text, m.id]);
    expect(en('He came in May. Le Van Nam, one of two men, plans to stay.')).toEqual([
      ['Le Van Nam', 'local:person:le-van-nam'],
    ]);
    // Nor after an abbreviated title, whose full stop ends no sentence.
    expect(en('Dr. Le Quang Binh, director of the hospital, said so.')).toEqual([
      ['Le Quang Binh', 'local:person:le-quang-binh'],
    ]);
    // ("Do Son" first in its sentence is the beach town, not Mr Do Son: no middle name follows.)
    expect(ids('Do Son is an hour from Hai Phong.', 'en')).not.toContainEqual(
      expect.stringMatching(/^local:person/),
    );
  });

  it('reads a place after a given name, a family name or a word of address as part of a person’s name', () => {
    expect(ids('Katie Holland won the award.', 'en')).not.toContain('country:NL');
    expect(ids('Cô Thái Lan dạy toán ở trường làng.', 'vi')).not.toContain('country:TH');
    expect(ids('Bà Phạm Hà Nam là giáo viên dạy văn.', 'vi')).not.toContain('vn-province-2008:35');
  });

  it("reads a region of Viet Nam by its direction before another place's name as that place's part", () => {
    expect(ids('Trời lạnh ở miền Tây Nhật Bản và miền Tây Hà Tĩnh.', 'vi')).not.toContain(
      'place:mekong-delta',
    );
    expect(ids('Lúa ở miền Tây được mùa.', 'vi')).toEqual(['place:mekong-delta']);
  });

  it('reads a country’s name after a word for a federal state as the state', () => {
    expect(ids('The US state of Georgia sued the company.', 'en')).not.toContain('country:GE');
    expect(ids('Công ty mở nhà máy ở bang Georgia.', 'vi')).not.toContain('country:GE');
    expect(ids('Företaget byggde en fabrik i delstaten Georgia.', 'sv')).not.toContain('country:GE');
    // "state of" is a condition, and "Liên bang" a federation's name: the country stays.
    expect(ids('The state of Vietnam’s economy improved.', 'en')).toContain('country:VN');
    expect(ids('Cộng hòa Liên bang Đức và Việt Nam ký thỏa thuận.', 'vi')).toContain('country:DE');
    expect(ids('He flew from Tbilisi, Georgia to Hanoi.', 'en')).toContain('country:GE');
  });

  it('in other languages, reads one unmarked word as a name only as a display name spells it', () => {
    // "Abo" is German for a subscription; Åbo (Turku) keeps its ring there.
    expect(ids('Das Abo kostet zwei Euro im Monat.', 'de')).not.toContain('city:turku');
    expect(ids('Die Fähre fährt von Stockholm nach Åbo.', 'de')).toContain('city:turku');
    expect(ids('Der Zug fährt nach Zurich.', 'de')).toContain('city:zurich');
    // In English, text typed without marks keeps the unmarked spelling.
    expect(ids('The ferry runs from Stockholm to Abo.', 'en')).toContain('city:turku');
  });

  it('in other languages, reads a given name before a place as a person’s name, but not a short word first in a sentence', () => {
    expect(ids('Dort spielten Fats Domino und Louis Jordan.', 'de')).not.toContain('country:JO');
    expect(ids('Les USA n’occupent aucun pays.', 'fr')).toContain('country:US');
  });

  it('reads a state’s name after an unknown town and a comma as the state ("Savannah, Georgia")', () => {
    const text = 'A carmaker from Viet Nam opened a plant near Savannah, Georgia, its first abroad.';
    expect(ids(text, 'en')).not.toContain('country:GE');
    expect(ids(text, 'en')).toContain('country:VN');
    // A known town, or a list of countries, keeps the country.
    expect(ids('Diplomats from Batumi and Tbilisi, Georgia came to Hanoi.', 'en')).toContain('country:GE');
    expect(ids('Armenia, Georgia and Viet Nam signed the memorandum.', 'en')).toContain('country:GE');
  });

  it('reads a one-syllable place first in a sentence as a given name when a person-only predicate follows', () => {
    expect(ids('Úc vừa tốt nghiệp thạc sĩ ở Hà Nội.', 'vi')).not.toContain('country:AU');
    expect(ids('Úc vừa công bố ngân sách quốc phòng.', 'vi')).toContain('country:AU');
  });

  it('does not read Viet Nam’s bodies where another country’s are named', () => {
    expect(ids('Quốc hội Thái Lan thông qua luật mới.', 'vi')).not.toContain('org:vn-national-assembly');
    expect(ids('Quốc hội Việt Nam thông qua luật mới.', 'vi')).toContain('org:vn-national-assembly');
  });

  it('reads a declared abbreviation as the entity only as a short name (credit, source)', () => {
    expect(ids('Students take the AP exam in May.', 'en')).not.toContain('outlet:ap');
    expect(ids('HANOI (AP) — Vietnam said on Monday.', 'en')).toContain('outlet:ap');
    expect(ids('Foto: Linh Pham/AFP', 'sv')).toContain('outlet:afp');
    expect(ids('The ministry told AFP on Monday.', 'en')).toContain('outlet:afp');
    // Before a country's name it heads that country's phrase: "DN Hàn Quốc" is Korean firms.
    expect(ids('Vốn của DN Hàn Quốc tăng mạnh trong năm nay.', 'vi')).not.toContain('outlet:dn');
    // Named as an outlet by the word before it.
    expect(ids('Asked by the newspaper GP about the plan, the minister laughed.', 'en')).toContain(
      'outlet:gp',
    );
    expect(ids('Skriver tidningen GP i dag.', 'sv')).toContain('outlet:gp');
    // In a Swedish compound on a common word, an outlet's abbreviation is another name ("AP-fonden");
    // a body's is the body ("WTO-avtalet", "EU-länderna"), unless the compound is a longer name's
    // genitive ("EU-kommissionens" is the Commission).
    expect(ids('Enligt AP-fonden stiger räntan.', 'sv')).toEqual([]);
    expect(ids('Ris importeras inom ramen för WTO-avtalets kvoter, och EU-länderna följer.', 'sv')).toEqual([
      'org:wto',
      'org:eu',
    ]);
    expect(ids('Sverige stöder EU-kommissionens förslag.', 'sv')).toEqual([
      'country:SE',
      'org:european-commission',
    ]);
  });

  it('reads a declared abbreviation the KB also writes as a display name only as a short name', () => {
    // STT, the Finnish agency, is also số thứ tự, the first column of Vietnamese tables.
    expect(ids('Danh sách gồm STT, họ tên và năm sinh của từng người.', 'vi')).not.toContain('outlet:stt');
    expect(ids('HELSINKI (STT) – Finland said on Monday.', 'en')).toContain('outlet:stt');
  });

  it('reads a Swedish genitive before an institution word as the institution', () => {
    expect(ids('Finlands Bank höjde räntan.', 'sv')).not.toContain('country:FI');
    expect(ids('Finlands regering avgick.', 'sv')).toContain('country:FI');
  });

  it("reads Swedish machine translation's names of Viet Nam's ministries, but not after another country's adjective", () => {
    expect(
      ids('Vietnam höjer skatten. Finansministeriet i Hanoi sade att utrikesministeriet höll med.', 'sv'),
    ).toEqual(['country:VN', 'org:vn-mof', 'vn-province-2025:01', 'org:vn-mofa']);
    expect(ids('Vietnam och Kina tvistar. Det kinesiska utrikesministeriet svarade.', 'sv')).toEqual([
      'country:VN',
      'country:CN',
    ]);
  });

  it("reads a person's name that opens a Swedish compound of a street or an institution as no mention of the person", () => {
    expect(ids('Trafiken på Vo Van Kiet-avenyn står still.', 'sv')).not.toContain('person:vo-van-kiet');
    // Nor a short reference to a person: "Son" of "Bac Son-gatan" beside Bui Thanh Son.
    expect(
      ids('Bui Thanh Son talade. Hotellet ligger vid Bac Son-gatan.', 'sv').filter((id) =>
        id.startsWith('person:'),
      ),
    ).toEqual(['person:bui-thanh-son']);
    // The person's government is the person's.
    expect(ids('Premiärminister Pham Minh Chinh talade om Pham Minh Chinh-regeringen.', 'sv')).toEqual([
      'person:pham-minh-chinh',
      'person:pham-minh-chinh',
    ]);
  });

  it('reads a common-word name joined by "and" to a lower-case noun as the noun', () => {
    expect(ids('China and silverware go in the top drawer.', 'en')).not.toContain('country:CN');
    expect(ids('China and Vietnam held talks.', 'en')).toContain('country:CN');
  });
});
