import { describe, expect, it } from 'vitest';
import { defaultNormalizer } from '../kb/kb.js';
import { indexFor } from './doc.js';
import { recognize, recognizeChecked } from './recognize.js';
import { scan } from './scan.js';
import { tokenize } from './tokenize.js';

const ids = (text: string, language: string | null = null) =>
  recognize(text, { language }).map((m) => [m.text, m.id]);
const idsOf = (text: string, language: string | null = null) =>
  recognize(text, { language }).map((m) => m.id);

describe('recognize: marks must agree where the text writes them', () => {
  it('reads Vietnamese words that fold to a name as words', () => {
    expect(idsOf('Bộ Lao động - Thương binh và Xã hội họp sáng nay.', 'vi')).not.toContain('country:LA');
    expect(idsOf('Ông là Bí thư thứ nhất của sứ quán.', 'vi')).not.toContain('country:BE');
    expect(idsOf('Người phát ngôn Nhà Trắng cho biết.', 'vi')).not.toContain('city:nha-trang');
    expect(idsOf('Hòa bình là mong muốn của mọi người.', 'vi')).toEqual([]);
    expect(idsOf('Ông nói về hòa bình và hợp tác.', 'vi')).toEqual([]);
  });

  it('still reads the names themselves, in either tone placement', () => {
    expect(idsOf('Đoàn đến thăm Bỉ và Lào.', 'vi')).toEqual(['country:BE', 'country:LA']);
    expect(idsOf('tỉnh Hòa Bình', 'vi')[0]).toMatch(/:17$/u);
    expect(idsOf('tỉnh Hoà Bình', 'vi')[0]).toMatch(/:17$/u);
    expect(idsOf('Du lịch Nha Trang hè này.', 'vi')).toHaveLength(1);
  });

  it('reads a name typed without marks in marked text only when it has several capitalised words', () => {
    // "Lao" alone among marked words is the word lao, not Lào.
    expect(idsOf('Ông Lao nói rằng việc này khó.', 'vi')).not.toContain('country:LA');
    expect(idsOf('Thủ tướng Pham Minh Chinh phát biểu.', 'vi')).toContain('person:pham-minh-chinh');
  });

  it('reads a ward named like a province or city by its English word or a direction in a list as no province or city', () => {
    expect(idsOf('The store moved to Thu Dau Mot ward, near Quy Nhon.', 'en')).toEqual([
      'local:place:thu-dau-mot',
      'city:quy-nhon',
    ]);
    // (The first item, the ward named Nha Trang alone, is not told from the city.)
    expect(idsOf('The city became four wards: Nha Trang, Bac Nha Trang and Nam Nha Trang.', 'en')).toEqual([
      'city:nha-trang',
    ]);
    // A ward of a Japanese city; the west of a city ("phía Tây TP.HCM").
    expect(idsOf('An Osaka ward pilots a new desk.', 'en')).toEqual(['city:osaka']);
    expect(idsOf('Tuyến nối khu vực phía Tây TP.HCM với sân bay.', 'vi')).toEqual(['vn-province-2025:79']);
  });

  it('frees a generic head word in lower case only before the capitalised words of a name', () => {
    // "do" ends "thủ đô", but after "Thành" it is the word do (by): no Chengdu (Thành Đô).
    expect(idsOf('Dự án ở Thành do công ty Nhật thực hiện.', 'vi')).not.toContain('city:chengdu');
    expect(idsOf('Đoàn đến thủ đô Hà Nội.', 'vi')).toEqual(['vn-province-2025:01']);
  });

  it('reads a word with a mark Vietnamese never writes only as a spelling writes it', () => {
    expect(idsOf('Nära hamnen ligger en gammal fyr.', 'sv')).toEqual([]);
    expect(idsOf('Vi reste till Nara och Malmö i maj.', 'sv')).toEqual(['city:nara', 'city:malmo']);
    // Other languages write places with their own marks.
    expect(idsOf('Le Premier ministre est arrivé à Hanoï mardi.', 'fr')).toContain('vn-province-2025:01');
  });

  it('reads a line written without marks on its own, as the captions a file name makes', () => {
    // A caption line between marked paragraphs: its words are read as unmarked text.
    expect(
      ids('Nhà vua Akihito đến Huế.\nNhat hoang tham Viet Nam anh 1\nNhà vua rời Huế.', 'vi'),
    ).toContainEqual(['Nhat hoang', 'person:akihito']);
    // On a marked line, the same words are still other words.
    expect(idsOf('Ông Lao nói rằng việc này khó.\nÔng Lao đi', 'vi')).not.toContain('country:LA');
  });

  it('does not read a place in a stripped phrase whose case says it is a word', () => {
    expect(idsOf('Hoa binh la muc tieu chung.', 'vi')).toEqual([]);
    expect(idsOf('tinh Hoa Binh', 'vi')).toHaveLength(1);
    // Organisations are capitalised as each writer likes.
    expect(idsOf('Liên hợp quốc họp', 'vi')).toContain('org:un');
  });
});

describe('recognize: longer proper names win', () => {
  it('does not read "Mỹ" in Mỹ Tho, Mỹ Đình or Mỹ Sơn, nor Thái Bình in Thái Bình Dương', () => {
    expect(idsOf('Chúng tôi đến Mỹ Tho rồi về sân Mỹ Đình, sau đó thăm Mỹ Sơn.', 'vi')).not.toContain(
      'country:US',
    );
    expect(idsOf('Tàu đi qua Thái Bình Dương.', 'vi')).toEqual(['sea:pacific']);
    expect(idsOf('Đoàn về Nam Mỹ.', 'vi')).not.toContain('country:US');
  });

  it('reads "Vinh tru" (vĩnh trú, permanent residence) without its marks as a word, not Vinh', () => {
    expect(idsOf('Vinh tru can nhung giay to gi? Toi song o Vinh.', 'vi')).toEqual(['city:vinh']);
  });

  it('reads a town named like its province after "thi xa" without marks as a place of its own', () => {
    expect(idsOf('Nha may dat tai thi xa Phu Tho, tinh Phu Tho.', 'vi')).toEqual([
      'local:place:phu-tho',
      'vn-province-2025:25',
    ]);
  });

  it('reads "Lao động" (labour) as a word in any case and with or without marks, not Laos', () => {
    expect(idsOf('Theo Luat Tieu chuan Lao dong, cong ty phai tra luong.', 'vi')).not.toContain('country:LA');
    expect(idsOf('Chuyên mục Lao động - Việc làm. Đoàn đại biểu Lào thăm Hà Nội.', 'vi')).toContain(
      'country:LA',
    );
    expect(idsOf('BÁO LAO ĐỘNG đưa tin về người lao động.', 'vi')).not.toContain('country:LA');
  });

  it("reads a given name after a syllable one letter off the person's as another name's, in English", () => {
    // "Thang Long" (Hanoi's old name) beside Nguyễn Thanh Long: no reference to him.
    const text =
      'Artists from the Thang Long Water Puppet Theatre performed. Nguyen Thanh Long, the district vice chairman, spoke.';
    expect(recognize(text, { language: 'en' }).filter((m) => m.text === 'Long')).toEqual([]);
    // A Vietnamese syllable before it makes a name of its own in English or Swedish: the
    // photographer "Tuan Viet", the company "Lac Hong", beside Đỗ Hùng Việt and Nguyễn Thị Hồng.
    const credit = 'Vice minister Do Hung Viet spoke. (Foto: Tuan Viet) Lac Hong shares rose.';
    expect(recognize(credit, { language: 'en', date: '2024-12-03' }).map((m) => m.text)).not.toContain(
      'Viet',
    );
    expect(recognize(credit, { language: 'en', date: '2024-12-03' }).map((m) => m.text)).not.toContain(
      'Hong',
    );
  });

  it('does not read a foreign place before a foreign word in Vietnamese text, but keeps it before a name', () => {
    expect(idsOf('Kỹ sư làm cho Hamamatsu Precision và Tohoku Green Energy.', 'vi')).toEqual([]);
    expect(idsOf('Chủ tịch tỉnh Gunma Yamamoto Ichita phát biểu.', 'vi')).toEqual([
      'subdivision:jp-10',
      'local:person:yamamoto-ichita',
    ]);
    // A country before a person's name is an attribute ("người đồng cấp Australia Malcolm Turnbull").
    expect(idsOf('Ông điện đàm với người đồng cấp Australia Malcolm Turnbull.', 'vi')).toContain(
      'country:AU',
    );
    // Tags apart by several spaces are no one name.
    expect(idsOf('học bổng   Đại học Osaka   Kansai', 'vi')).toContain('place:kansai');
  });

  it('reads a place after a word of address as a given name, after "châu" as a continent', () => {
    expect(idsOf('Hôm qua chị Mỹ và anh Đức đã về quê.', 'vi')).toEqual([
      'local:person:my',
      'local:person:duc',
    ]);
    expect(idsOf('Du khách đến từ châu Mỹ và châu Úc.', 'vi')).toEqual([]);
    expect(idsOf('Quân đội Mỹ và Nhật tập trận.', 'vi')).toEqual(['country:US', 'country:JP']);
    expect(idsOf('Ông sống ở huyện Mỹ Đức nhiều năm.', 'vi')).not.toContain('country:US');
  });

  it('reads no country in the name of its language ("tiếng Nhật", "tieng Anh", "Nhật ngữ"), marked or not', () => {
    expect(idsOf('Em học tiếng Nhật Bản rồi sang Nhật Bản làm việc.', 'vi')).toEqual(['country:JP']);
    expect(idsOf('Em hoc tieng Nhat va tieng Anh roi sang Nhat.', 'vi')).toEqual(['country:JP']);
    expect(idsOf('Trung tâm Nhật ngữ Hikari dạy học viên sang Nhật.', 'vi')).toEqual(['country:JP']);
  });

  it('does not read one unmarked word in English or Swedish as a Vietnamese name stripped of marks', () => {
    expect(idsOf('My parents moved to Generation Y housing.', 'en')).toEqual([]);
    expect(idsOf('Lilla My är en figur.', 'sv')).toEqual([]);
    expect(idsOf('Sống ở My Tho', 'vi')).toHaveLength(0);
    expect(idsOf('Quan he giua My va Nhat', 'vi')).toEqual(['country:US', 'country:JP']);
  });

  it('reads a ship named after a place, after its navy’s prefix, as no place', () => {
    expect(idsOf('The destroyer JS Ise docked in Vietnam; USS Ronald Reagan stayed at sea.', 'en')).toEqual([
      'country:VN',
    ]);
    expect(idsOf('Ise is a city in Mie.', 'en')).toEqual(['city:ise', 'subdivision:jp-24']);
  });

  it('reads a park named after a sea or a continent as the park, not the sea ("Công viên Biển Đông")', () => {
    expect(idsOf('Lễ hội diễn ra tại Công viên Biển Đông, quận Sơn Trà.', 'vi')).not.toContain(
      'sea:bien-dong',
    );
    expect(idsOf('Các tàu Trung Quốc vào Biển Đông.', 'vi')).toContain('sea:bien-dong');
  });

  it('reads a river, a cape or islands named after a place as that feature, not the place', () => {
    // (the river and the cape the knowledge base lacks are places of their own, local to the text)
    expect(idsOf('Nước sông Thái Bình dâng cao, còn mũi Cà Mau thì lở.', 'vi')).toEqual([
      'local:place:thai-binh',
      'local:place:ca-mau',
    ]);
    // The Saigon River is the knowledge base's own river, not Ho Chi Minh City.
    expect(idsOf('Boats run along the Saigon River every day.', 'en')).toEqual(['place:saigon-river']);
    expect(idsOf('Ferries left Hue City for Da Nang Province.', 'en')).toHaveLength(2);
  });

  it('reads a place before a person named after it as the place, not part of a longer name', () => {
    expect(
      idsOf('Consul General in Ho Chi Minh City Sakurada Hiromu spoke at the event.', 'en').slice(0, 1),
    ).toEqual([expect.stringMatching(/^vn-province-\d+:79$/u)]);
    expect(idsOf('The ambassador in Hanoi Tran Van Binh said so.', 'en')[0]).toMatch(/^vn-province-\d+:01$/u);
    // A longer name goes on with another capitalised word, or is no person's shape.
    expect(idsOf('He studied at Kyoto Sangyo University.', 'en')).not.toContain('city:kyoto');
    expect(idsOf('The Hanoi Hilton was a prison.', 'en')).toEqual([]);
  });

  it('tells a longer name from a common word glued after the name', () => {
    expect(idsOf('Tỉnh Hà Nam Ninh được chia tách năm ấy.', 'vi')).toEqual([]);
    expect(idsOf('(1) Thành phố Hồ Chí Minh Về vị trí, thành phố nằm ở phía nam.', 'vi')[0]).toMatch(/:79$/u);
  });

  it('reads a newspaper only in its capitals ("Tuổi Trẻ" the paper, "tuổi trẻ" youth)', () => {
    expect(idsOf('Tuổi trẻ là quãng đời đẹp nhất.', 'vi')).toEqual([]);
    expect(idsOf('Theo báo Tuổi Trẻ, dự án đã hoàn thành.', 'vi')).toHaveLength(1);
  });

  it('keeps a country in front of a foreign person’s name (a run of capitalised words)', () => {
    const text = 'Doanh nhân Mỹ Jane Roe đến Hà Nội.';
    const index = indexFor(defaultNormalizer());
    const matches = scan(text, tokenize(text, index.vocabulary), index.starts, 'vi');
    expect(matches.passing.slice(0, matches.length).map((p) => p.ids)).toContainEqual(['country:US']);
  });

  it('reads a one-syllable country before a Vietnamese name of two marked syllables as part of it', () => {
    // "Hàn" is South Korea in "Nhật - Hàn", but the poet Hàn Mặc Tử is no country.
    expect(ids('Quan hệ Nhật - Hàn được cải thiện.', 'vi')).toEqual([
      ['Nhật', 'country:JP'],
      ['Hàn', 'country:KR'],
    ]);
    expect(ids('Thơ Hàn Mặc Tử được đưa vào sách giáo khoa.', 'vi')).toEqual([]);
    // Only as written: "Han" is Swedish for "he".
    expect(ids('Han sade att samarbetet växer.')).toEqual([]);
  });

  it('reads a country that is also a given name as a given name where a name opens ("em là Đức Anh")', () => {
    expect(ids('Đức Anh Kawasaki: em cũng đang làm hồ sơ.', 'vi')).toEqual([]);
    expect(
      ids('Chao ca nha, em la Duc Anh que Nghe An, thang 4 vua sang.', 'vi').map((m) => m[1]),
    ).not.toContain('country:DE');
    // A user name on a line of its own, and a name after "bạn" (friend) or "anh".
    expect(idsOf('Duc Anh Kure\n8 thang 2, 2026 luc 22:51\nCam on anh Duc Anh nhe.', 'vi')).not.toContain(
      'country:DE',
    );
    expect(idsOf('Nhat Minh Mihara\nThat ra cung phai tinh.', 'vi')).not.toContain('country:JP');
    expect(idsOf('Cảm ơn bạn Đức Anh nhé.', 'vi')).not.toContain('country:DE');
    // A headline of capitalised words keeps the country, and so does a friend from it.
    expect(idsOf('Đức Anh Pháp Cùng Ký Tuyên Bố Chung Về Biển', 'vi')).toContain('country:DE');
    expect(idsOf('Những người bạn Nhật Bản đến thăm.', 'vi')).toContain('country:JP');
    // Not after another word of the sentence, in a list, or before an English word.
    expect(ids('Sinh viên Nhật Trường ĐH Hà Nội biểu diễn.', 'vi').map((m) => m[1])).toContain('country:JP');
    expect(ids('Các nước Pháp, Đức, Anh ủng hộ.', 'vi').map((m) => m[1])).toContain('country:DE');
    expect(ids('Tờ báo Mỹ The Washington Post đưa tin.', 'vi').map((m) => m[1])).toContain('country:US');
  });

  it('reads a place after a Vietnamese family name written without marks as part of a name, in any text', () => {
    expect(ids('China expanded its navy base on Hainan.', 'en')).toEqual([
      ['China', 'country:CN'],
      ['Hainan', 'subdivision:cn-hi'],
    ]);
    expect(idsOf('Nguyen Hai Nam, a teacher in Hue, won the award.', 'en')).not.toContain(
      'subdivision:cn-hi',
    );
    // Not a dateline in capitals after a credit, nor French "La France".
    expect(idsOf('Photo Duong Giang HÀ NỘI — The talks', 'en')).toContain('vn-province-2025:01');
    expect(idsOf('La France et le Vietnam', 'fr')).toContain('country:FR');
  });

  it('does the same in English and Swedish, except in Title Case headlines', () => {
    expect(idsOf('He wrote for the Saigon Times last year.', 'en').join()).not.toMatch(/province/u);
    expect(idsOf('Saigon Times Magazine', 'en').join()).not.toMatch(/province/u);
    // "Party" after a province is its Party organisation, not more of a name.
    expect(idsOf('Bac Ninh Party Secretary Nguyen Van Gau spoke.', 'en')[0]).toBe('vn-province-2025:24');
    expect(idsOf('Vietnam Welcomes Japan Emperor, Empress', 'en')).toEqual(['country:VN', 'country:JP']);
    expect(idsOf('Long An (VNA) – The province hosted a forum.', 'en')[0]).toMatch(/:80$/u);
    expect(idsOf('Intresset ökade inför Peking-OS i år.', 'sv')).toEqual([]);
    expect(idsOf('Han bor i Ho Chi Minh-staden.', 'sv')[0]).toMatch(/:79$/u);
    // A compound on a place is not the place; this one is the treaty the knowledge base has.
    expect(idsOf('Avtalet kallas San Francisco-fördraget.', 'sv')).toEqual([
      'agreement:san-francisco-treaty',
    ]);
    expect(idsOf('Avtalet kallas San Francisco-modellen.', 'sv')).toEqual([]);
  });

  it('reads the place that names an event held there ("Osaka Summit"), not that of a longer name', () => {
    // The event is one of the text, with the place as its part.
    const withParts = (text: string) =>
      recognize(text, { language: 'en' }).flatMap((m) => [m.id, ...(m.parts ?? []).map((p) => p.id)]);
    expect(withParts('Leaders met at the G20 Osaka Summit in June.')).toEqual([
      'org:g20',
      'local:event:osaka-summit',
      'city:osaka',
    ]);
    expect(withParts('Crowds came to the Osaka Expo this spring.')).toEqual([
      'local:event:osaka-expo',
      'city:osaka',
    ]);
    expect(withParts('The Geneva Conference divided the country in 1954.')).toEqual([
      'local:event:geneva-conference',
      'city:geneva',
    ]);
    // A capitalised word that is no event still makes a longer name.
    expect(idsOf('He wrote for the Saigon Times last year.', 'en').join()).not.toMatch(/province/u);
    expect(idsOf('He wrote for the Osaka Herald last year.', 'en')).toEqual([]);
  });

  it("reads no person of the knowledge base inside a namesake's longer name, nor the country at its end", () => {
    expect(ids('Tham dự có bà Nguyễn Thị Thanh Nga, Phó Chủ nhiệm Ủy ban.', 'vi')).toEqual([
      ['Nguyễn Thị Thanh Nga', 'local:person:nguyen-thi-thanh-nga'],
    ]);
    expect(ids('Bà Nguyễn Thị Thanh phát biểu tại Nga.', 'vi')).toEqual([
      ['Nguyễn Thị Thanh', 'person:nguyen-thi-thanh'],
      ['Nga', 'country:RU'],
    ]);
  });

  it('gives a form opening on "the" up to a longer name from the next word ("The Pacific Islands Forum")', () => {
    expect(idsOf('The Pacific Islands Forum has eighteen members.', 'en')).toEqual(['org:pif']);
    expect(idsOf('He spoke at the United Nations Security Council. The Pacific is vast.', 'en')).toEqual([
      'org:un-security-council',
      'sea:pacific',
    ]);
  });

  it('does not read a site address or a numbered name as the place', () => {
    // (Vietnam.vn is the platform's name, an outlet of the knowledge base, not the country.)
    expect(idsOf('Vietnam.vn - en plattform', 'sv')).toEqual(['outlet:vietnam-vn']);
    expect(idsOf('Hanoi.vn - en plattform', 'sv')).toEqual([]);
    // A country code that ends a domain in capitals is no country.
    expect(idsOf('XEMIENTRUNG.VN - Dien dan xe va du lich', 'vi')).toEqual([]);
    expect(idsOf('Nguồn: https://example.vn/tin/nho-ve-Hoang-Sa/12 và www.example.vn/Ha-Noi', 'vi')).toEqual(
      [],
    );
    expect(idsOf('Foto: Jane Roe/Kyodo/AP/TT', 'sv')).toContain('outlet:ap');
    // A user name or a file name joined by underscores names none of its words.
    expect(idsOf('#4 Toyota_nha_que tra loi: xe Vinh_Ogaki dep (anh Hanoi_2024.jpg)', 'vi')).toEqual([]);
    // The numbered zone is a site of the Vietnam Singapore Industrial Park, naming neither country.
    expect(ids('các khu công nghiệp Việt Nam – Singapore 1, và quan hệ Việt Nam – Singapore', 'vi')).toEqual([
      ['khu công nghiệp Việt Nam – Singapore', 'place:vsip'],
      ['Việt Nam', 'country:VN'],
      ['Singapore', 'country:SG'],
    ]);
    // Read as the place the knowledge base knows by that name, or as nothing; never the prefecture.
    expect(idsOf('Verket Fukushima 1 har sex reaktorer. Läget vid Fukushima 1.', 'sv')).not.toContain(
      'subdivision:jp-07',
    );
    expect(idsOf('Verket Kyoto 1 har sex reaktorer. Läget vid Kyoto 1.', 'sv')).toEqual([]);
    expect(idsOf('Tokyo tặng Kuala Lumpur 2 tàu tuần tra.', 'vi')).toContain('city:kuala-lumpur');
    expect(idsOf('Việt Nam 1-0 Thái Lan', 'vi')).toEqual(['country:VN', 'country:TH']);
  });

  it('keeps people after titles and names of institutions built on a person', () => {
    expect(idsOf('Đoàn viếng Lăng Chủ tịch Hồ Chí Minh', 'vi')).toEqual(['person:ho-chi-minh']);
    expect(idsOf('his counterpart General Phan Van Giang said', 'en')).toContain('person:phan-van-giang');
  });

  it('reads a company\'s name before "City" as the city\'s ("Toyota City"), but not an acronym\'s title', () => {
    expect(idsOf('He works at a parts plant in Toyota City, Aichi Prefecture.', 'en')).not.toContain(
      'org:toyota',
    );
    expect(idsOf('Toyota said output rose.', 'en')).toEqual(['org:toyota']);
    expect(idsOf('Dunedin is a UNESCO City of Literature.', 'en')).toContain('org:unesco');
  });

  it('reads a Vietnamese name of the knowledge base with one more syllable as another person', () => {
    const ms = recognize('Intern Nguyen Thi Thanh Hoa, 24, said she was happy.', { language: 'en' });
    expect(ms.map((m) => [m.text, m.id])).toEqual([
      ['Nguyen Thi Thanh Hoa', 'local:person:nguyen-thi-thanh-hoa'],
    ]);
    // Not before a word that is no Vietnamese syllable, nor before a name of its own.
    expect(idsOf('Pham Minh Chinh Tuesday urged reform.', 'en')).toEqual(['person:pham-minh-chinh']);
  });

  it('reads a province\'s or a city\'s name after a word for a lower unit as that unit ("phường Hội An")', () => {
    const ms = recognize('Từ 1/7/2025, phường Bắc Giang thuộc tỉnh Bắc Ninh; UBND phường Hội An họp.', {
      language: 'vi',
    });
    expect(ms.map((m) => [m.text, m.id])).toEqual([
      ['Bắc Giang', 'local:place:bac-giang'],
      ['tỉnh Bắc Ninh', 'vn-province-2025:24'],
      ['Hội An', 'local:place:hoi-an'],
    ]);
    expect(idsOf('Nhà máy đặt tại KCN Quang Châu.', 'vi')).toEqual(['local:place:quang-chau']);
  });

  it('reads "bờ biển" before a sea\'s name as the coast, with or without marks', () => {
    expect(idsOf('Lực lượng Bảo vệ bờ biển Nhật Bản cử chuyên gia.', 'vi')).not.toContain('sea:sea-of-japan');
    expect(idsOf('Hoc vien Bao ve bo bien Nhat Ban cu chuyen gia.', 'vi')).not.toContain('sea:sea-of-japan');
    expect(idsOf('Tàu ra biển Nhật Bản.', 'vi')).toEqual(['sea:sea-of-japan']);
  });

  it('reads a Vietnamese given name alone in Vietnamese text as a reference only after a title or an address word', () => {
    const ms = recognize(
      'Tại Trụ sở Chính phủ, Thủ tướng Phạm Minh Chính phát biểu. Thủ tướng Chính nhấn mạnh.',
      {
        language: 'vi',
      },
    );
    expect(ms.map((m) => [m.text, m.id])).toEqual([
      ['Trụ sở Chính phủ', 'place:government-headquarters-hanoi'],
      ['Phạm Minh Chính', 'person:pham-minh-chinh'],
      ['Chính', 'person:pham-minh-chinh'],
    ]);
    // A street named after a person is no person ("phố Nguyễn Thái Học"): a street.
    expect(idsOf('Quán nằm trên phố Nguyễn Thái Học.', 'vi')).toEqual(['local:place:nguyen-thai-hoc']);
    // A commune whose name goes on after a country's ("xã Mỹ Thành") is no country.
    expect(idsOf('Dự án đi qua xã Mỹ Thành. Ông sang Mỹ học.', 'vi')).toEqual([
      'local:place:my-thanh',
      'country:US',
    ]);
    // A commune named like another country's province is no province: "xã Tân Cương" is no Xinjiang
    // (nor Qin Gang, whose Vietnamese name it is too), but the commune, a place of the text.
    const communes = idsOf('Chè xã Tân Cương nổi tiếng. Chị Hà ở xã Hải Nam.', 'vi');
    expect(communes).not.toContain('subdivision:cn-xj');
    expect(communes).toContain('local:place:tan-cuong');
    expect(idsOf('Chị Hà ở xã Hải Nam. Tàu rời đảo Hải Nam; tỉnh Vân Nam giáp Lào Cai.', 'vi')).toEqual([
      'local:person:ha',
      'local:place:hai-nam',
      'subdivision:cn-hi',
      'subdivision:cn-yn',
      'vn-province-2025:15',
    ]);
    // An industrial zone named like a foreign city is no city: Bắc Giang's "Quang Châu" is no Guangzhou.
    expect(
      idsOf('Nha may o Khu cong nghiep Quang Chau. Linh kien nhap tu Quang Chau (Trung Quoc).', 'vi'),
    ).toEqual(['local:place:quang-chau', 'city:guangzhou', 'country:CN']);
    // "-shi" joined by a hyphen makes it the city too ("Toyota-shi").
    expect(idsOf('Anh lam o Toyota-shi, tinh Aichi, cho Toyota.', 'vi')).toEqual([
      'local:place:toyota',
      'subdivision:jp-23',
      'org:toyota',
    ]);
    // A city named like a company is the city ("thành phố Toyota", "Toyota City"); not an acronym.
    expect(idsOf('Anh lam o thanh pho Toyota, tinh Aichi, lap linh kien cho Toyota.', 'vi')).toEqual([
      'local:place:toyota',
      'subdivision:jp-23',
      'org:toyota',
    ]);
    expect(idsOf('Dunedin is a UNESCO City of Literature.', 'en')).toContain('org:unesco');
    // Nor an avenue ("đại lộ Võ Văn Kiệt": a street), where the person alone still is one.
    expect(idsOf('Xe đi qua đại lộ Võ Văn Kiệt. Thủ tướng Võ Văn Kiệt thăm Nhật Bản.', 'vi')).toEqual([
      'local:place:vo-van-kiet',
      'person:vo-van-kiet',
      'country:JP',
    ]);
    // A street named after islands ("đường Hoàng Sa"); the islands alone stay islands.
    expect(idsOf('Khách sạn trên đường Hoàng Sa. Ngư dân ra Hoàng Sa đánh cá.', 'vi')).toEqual([
      'island-group:hoang-sa',
    ]);
  });

  it("reads a Vietnamese family and middle name before a province's name as a person's name", () => {
    expect(ids('Luu Thi Thanh Hoa, a deputy director, spoke. He later visited Thanh Hoa.', 'en')).toEqual([
      ['Luu Thi Thanh Hoa', 'local:person:luu-thi-thanh-hoa'],
      ['Thanh Hoa', 'vn-province-2025:38'],
    ]);
  });

  it("reads no office in a deputy's title, and the body inside it", () => {
    expect(
      ids("Deputy Chairman of the Hanoi People's Committee Phan Dang Khoi met them.", 'en').map((m) => m[1]),
    ).toEqual(['vn-ubnd-2025:01', 'local:person:phan-dang-khoi']);
    expect(
      ids("Chairman of the Hanoi People's Committee Tran Sy Thanh met them.", 'en').map((m) => m[1]),
    ).toEqual(['office:vn-hanoi-chairman', 'person:tran-sy-thanh']);
  });

  it('reads street and ward heads without marks in Vietnamese typed without any', () => {
    const text =
      'Trung tam o duong Nguyen Van Linh, gan duong Truong Sa, thuoc phuong Hoi An. Ngu dan ra Truong Sa danh ca.';
    const read = (noMarks: boolean) => recognizeChecked(text, { language: 'vi', noMarks }).map((m) => m.text);
    // (The street after "duong" is a place, not the person it is named after; the ward after
    // "phuong" is a place of its own, not the city of Hội An.)
    expect(read(true)).toEqual(['Nguyen Van Linh', 'Hoi An', 'Truong Sa']);
    expect(
      recognizeChecked(text, { language: 'vi', noMarks: true })
        .map((m) => m.id)
        .slice(0, 2),
    ).toEqual(['local:place:nguyen-van-linh', 'local:place:hoi-an']);
    // analyze says when the text has no marks at all; without that, "duong" may be "dương".
    expect(read(false)).toEqual(['Nguyen Van Linh', 'Truong Sa', 'Hoi An', 'Truong Sa']);
  });

  it('reads a person\'s name before "Street", "Road" or "Bridge" as the street\'s, in full or in part', () => {
    expect(idsOf('Le Duan said the office at 12 Le Duan Street would move.', 'en')).toEqual([
      'person:le-duan',
    ]);
    expect(idsOf('Traffic on Le Duan Road slowed.', 'en')).toEqual([]);
    // Not a word for a street in lower case, or after a full stop.
    expect(idsOf('Le Duan. Street vendors gathered.', 'en')).toEqual(['person:le-duan']);
  });
});

describe('recognize: a government body named without its country', () => {
  it("reads it as Viet Nam's in Vietnamese text or a text that names Viet Nam", () => {
    expect(idsOf('Bộ Ngoại giao cho biết sẽ trả lời sau.', 'vi')).toEqual(['org:vn-mofa']);
    expect(idsOf('Vietnam protested, and the Foreign Ministry summoned the envoy.', 'en')).toEqual([
      'country:VN',
      'org:vn-mofa',
    ]);
  });

  it("reads it as Japan's in a text mainly about Japan", () => {
    const text =
      'Japan will let more trainees stay. The Justice Ministry said about 38,000 of them were stuck in Japan, one of them from Vietnam.';
    expect(idsOf(text, 'en')).toContain('org:jp-moj');
    expect(idsOf(text, 'en')).not.toContain('org:vn-moj');
    // Or "in" one of the country's cities, whatever the text is mostly about.
    expect(
      idsOf('Vietnam sent a deputy minister. He met officials at the Defense Ministry in Tokyo.', 'en'),
    ).toEqual(['country:VN', 'org:jp-mod', 'city:tokyo']);
  });

  it("reads it as Viet Nam's in Vietnamese text about Japan, unless the text named Japan's body first", () => {
    const about = 'Nhật Bản và ASEAN hợp tác. Nhật Bản hỗ trợ. Nhật Bản cam kết. ';
    expect(idsOf(`${about}Bộ Ngoại giao cho biết như vậy.`, 'vi')).toContain('org:vn-mofa');
    expect(
      idsOf(`${about}Bộ Ngoại giao Nhật Bản ra thông cáo. Bộ Ngoại giao cho biết thêm.`, 'vi'),
    ).not.toContain('org:vn-mofa');
  });

  it("reads a parliament or a politburo as China's or South Korea's in a text about them", () => {
    expect(
      idsOf('South Korea votes in April; the National Assembly has 300 seats in South Korea.', 'en'),
    ).toEqual(['country:KR', 'org:kr-national-assembly', 'country:KR']);
    expect(idsOf('The Politburo of China met in Beijing.', 'en')).toContain('org:cpc-politburo');
    expect(
      idsOf('In Beijing the Central Military Commission met, and China sent ships; China said so.', 'en'),
    ).toContain('org:cn-central-military-commission');
    expect(idsOf('HANOI (VNA) - The Ministry of Public Security arrested him.', 'en')).toContain(
      'org:vn-mps',
    );
    // An agency's credit says who wrote, not what the text is about.
    expect(idsOf('PARIS (VNA) - The National Assembly passed the law.', 'en')).not.toContain(
      'org:vn-national-assembly',
    );
    expect(idsOf('HANOI (VNA) - The National Assembly passed the law.', 'en')).toContain(
      'org:vn-national-assembly',
    );
  });

  it("reads it as no one's in a text about neither country", () => {
    expect(idsOf('Hospitals in Gaza ran out of fuel, the Health Ministry said.', 'en')).toEqual([
      'city:gaza',
    ]);
    // A country that needs support ("Israel" is also a given name) is read after "In" too.
    expect(idsOf('In Israel, the Foreign Ministry said the talks would go on.', 'en')).toEqual([
      'country:IL',
    ]);
  });
});

describe('recognize: display names of one language in another', () => {
  it('reads an English one-word name in Vietnamese text, which borrows many ("Australia")', () => {
    expect(idsOf('Thủ tướng Abe điện đàm với người đồng cấp Australia.', 'vi')).toContain('country:AU');
  });

  it('does not read a Swedish one-word name in English text ("Island")', () => {
    expect(idsOf('The island was quiet.', 'en')).toEqual([]);
    expect(idsOf('Island är ett land i Nordatlanten.', 'sv')).toEqual(['country:IS']);
  });
});

describe('recognize: text in a language other than en, sv and vi', () => {
  it('does not read a single word without marks as a Vietnamese name stripped of them', () => {
    // Spanish "y" (and) at a sentence start is not Ý (Italy).
    expect(idsOf('Y en ese momento llegaron los demás.', 'es')).toEqual([]);
    expect(idsOf('Y en ese momento llegaron los demás.', 'es')).toEqual(
      idsOf('Y en ese momento llegaron los demás.', 'en'),
    );
  });

  it('still reads the names the knowledge base has in any language', () => {
    // Danish writes Kina as Swedish does; German writes Italien.
    expect(idsOf('Spændinger mellem USA og Kina.', 'da')).toEqual(['country:US', 'country:CN']);
    expect(idsOf('Reisen nach Italien und Spanien.', 'de')).toEqual(['country:IT', 'country:ES']);
  });

  it('infers no person the knowledge base lacks but a Vietnamese one (German capitalises its nouns)', () => {
    const text = 'Robert Rettigs Angebot sagte heute, die Preise steigen.';
    expect(idsOf(text, 'de').filter((id) => id.startsWith('local:'))).toEqual([]);
    expect(idsOf('Der Direktor Luu Quang Khai sagte heute, die Preise steigen.', 'de')).toContain(
      'local:person:luu-quang-khai',
    );
    // The same words in English text are read as a name with a cue.
    expect(idsOf('Rettig Angebot said the prices will rise.', 'en')).toContain('local:person:rettig-angebot');
  });

  it("treats 'und' as an unknown language", () => {
    const text = 'Tokyo (VNA) - Minister Ishii Chikahisa said the talks went well.';
    expect(recognize(text, { language: 'und' })).toEqual(recognize(text));
  });
});

describe('recognize: a word of a name inside another word or name', () => {
  it('reads no leader in the head of a company\'s name after a title ("Chủ tịch Tập đoàn …")', () => {
    const text = 'Ông Kanazawa Hiroshi, Chủ tịch Tập đoàn Hokuriku Kensetsu, cho biết.';
    expect(idsOf(text, 'vi')).not.toContain('person:xi-jinping');
    expect(idsOf('Chủ tịch Tập cho biết Trung Quốc sẽ hợp tác.', 'vi')).toContain('person:xi-jinping');
  });

  it('reads a family name that opens another full name as no reference to a person of the base', () => {
    const text =
      'Chủ tịch HĐND tỉnh Nguyễn Văn Được dự lễ. Ông Nguyễn Văn Lộc, người dân địa phương, phát biểu.';
    expect(idsOf(text, 'vi').filter((id) => id === 'person:nguyen-van-duoc')).toHaveLength(1);
  });

  it('reads a Japanese company named by a region and its trade as a company, the region no mention of its own', () => {
    const found = recognize('Tập đoàn Hokuriku Kensetsu của Nhật Bản đầu tư vào tỉnh.', { language: 'vi' });
    const company = found.find((m) => m.id === 'local:org:hokuriku-kensetsu');
    expect(company?.text).toBe('Hokuriku Kensetsu');
    // The region qualifies the company's name, as "Japan" does "Japan Student Services Organization".
    expect(company?.parts).toBeUndefined();
    expect(found.some((m) => m.id === 'place:hokuriku')).toBe(false);
  });

  it('reads an abbreviation joined to a code by an ampersand as part of the code ("KH&VN")', () => {
    expect(idsOf('Báo cáo của Hội đồng KH&VN được công bố hôm qua.', 'vi')).not.toContain('country:VN');
    expect(idsOf('Theo TG&VN, hội thảo diễn ra tại Hà Nội.', 'vi')).toContain('outlet:bao-quoc-te');
  });

  it('reads the Socialist Republic of Vietnam in Swedish as Vietnam, not as the Republic of Vietnam of 1955–75', () => {
    expect(ids('© Regeringsportalen, Socialistiska republiken Vietnam', 'sv')).toEqual([
      ['Socialistiska republiken Vietnam', 'country:VN'],
    ]);
    expect(idsOf('Republiken Vietnam föll 1975.', 'sv')).toEqual(['region:republic-of-vietnam']);
  });

  it('reads no ministry in the word for a club ("Câu lạc bộ Công an Hà Nội")', () => {
    expect(idsOf('Anh từng chơi cho Câu lạc bộ Công an Hà Nội.', 'vi')).not.toContain('org:vn-mps');
    expect(idsOf('Bộ Công an cho biết như vậy.', 'vi')).toEqual(['org:vn-mps']);
  });
});

describe('recognize: a place name with a Japanese honorific', () => {
  it('reads "Gunma-chan" and "Chiba-san" as a character and a person, not the places', () => {
    expect(idsOf('They gave the pagoda a stuffed Gunma-chan, and Chiba-san smiled in Chiba.', 'en')).toEqual([
      'city:chiba',
    ]);
  });

  it("reads a prefecture's name with a lower unit joined by a hyphen as that unit, not the prefecture", () => {
    // Kanagawa-ku is a ward of Yokohama; Saitama-ken is the prefecture.
    expect(idsOf('Nha minh o Kanagawa-ku, Yokohama; ban o Saitama-ken.', 'vi')).toEqual([
      'city:yokohama',
      'subdivision:jp-11',
    ]);
    expect(idsOf('Kanagawa Prefecture and Gunma-gun', 'en')).toEqual(['subdivision:jp-14']);
  });
});

describe('recognize: no name goes on past the end of a sentence', () => {
  it('reads no sea in "ven biển. Nhật Bản …", marked or not, but keeps abbreviations before a name', () => {
    expect(idsOf('Tập trung tại các khu công nghiệp ven biển. Nhật Bản là đối tác lớn.', 'vi')).toEqual([
      'country:JP',
    ]);
    expect(idsOf('Tap trung tai cac khu cong nghiep ven bien. Nhat Ban la doi tac lon.', 'vi')).toEqual([
      'country:JP',
    ]);
    // The same words in one sentence are the sea.
    expect(idsOf('Tàu cá hoạt động trên biển Nhật Bản.', 'vi')).toEqual(['sea:sea-of-japan']);
    expect(idsOf('Đoàn làm việc tại tp. Hồ Chí Minh.', 'vi')[0]).toMatch(/:79$/u);
  });
});

describe('recognize: a province named as a person is the person', () => {
  it('reads a name after a Vietnamese degree as a person ("BS Hà Giang nói"), not the province', () => {
    expect(ids('Máy thở giúp khoa chủ động hơn, BS Hà Giang nói.', 'vi')).toEqual([
      ['Hà Giang', 'local:person:ha-giang'],
    ]);
    expect(idsOf('Theo TS. Thái Bình, dự án có hiệu quả.', 'vi')).toEqual(['local:person:thai-binh']);
    // Without a degree before it, the province.
    expect(idsOf('Đoàn công tác đến Hà Giang.', 'vi')[0]).toMatch(/:02$/u);
  });

  it("reads a family name and a province before the person's age as a person, first in a sentence too", () => {
    expect(ids('Prices rose. Le Thai Binh, 41, a bank clerk, shops there.', 'en')).toEqual([
      ['Le Thai Binh', 'local:person:le-thai-binh'],
    ]);
    expect(idsOf('Le Van Nam (35) agreed.', 'en')).toEqual(['local:person:le-van-nam']);
    expect(idsOf('Thai Binh, 40 km away, grows rice.', 'en')[0]).toMatch(/:34$/u);
  });
});

describe('recognize: common words spelt like countries, in headings and names of bodies', () => {
  it('reads no country in a breadcrumb\'s or a division\'s common words ("Lao động", "Y te", "Phap luat")', () => {
    expect(idsOf('Trang chủ > Tin tức - Sự kiện >> Lao động - Việc làm', 'vi')).toEqual([]);
    expect(idsOf('Trang chu > Y te > Ngoai giao y te', 'vi')).toEqual([]);
    expect(idsOf('Trang nhat > Phap luat > Toa an', 'vi')).toEqual([]);
    expect(idsOf('Ong la truong phong Lao dong - Thuong binh va Xa hoi huyen.', 'vi')).toEqual([]);
    // A heading in capitals writes "giáo dục" (education) as Germany's name is written without marks.
    expect(idsOf('TIN GIAO DUC 24H', 'vi')).toEqual([]);
    // The countries themselves.
    expect(idsOf('Nguoi lao dong di Lao lam viec.', 'vi')).toEqual(['country:LA']);
    expect(idsOf('Ông sang Lào làm việc, phòng Lao động huyện cho biết.', 'vi')).toEqual(['country:LA']);
  });

  it('reads "Vinh" without marks before a Japanese name as a bay, not the city of Vinh', () => {
    expect(idsOf('Di thuyen o Vinh Matsushima rat dep.', 'vi')).toEqual([]);
    expect(idsOf('Anh ve Vinh roi di Ha Noi.', 'vi')[0]).toBe('city:vinh');
  });
});

describe("recognize: a Vietnamese person's given names spelt like a title", () => {
  it('reads "Do Nhat Hoang" in English as a person, not the Emperor of Japan', () => {
    expect(ids('FIA director general Do Nhat Hoang told a conference in Hanoi.', 'en')).toEqual([
      ['Do Nhat Hoang', 'local:person:do-nhat-hoang'],
      ['Hanoi', expect.stringMatching(/:01$/u)],
    ]);
    expect(idsOf('Known as Nhat Hoang Naruhito in Vietnam.', 'en')).toContain('person:naruhito');
  });
});

describe("recognize: a leader's given name and a place opening longer words", () => {
  it('reads no short reference in "Chính phủ" after a title ("Phó Thủ tướng Chính phủ Trần Hồng Hà")', () => {
    for (const text of [
      'Phạm Minh Chính gửi thư. Phó Thủ tướng Chính phủ Trần Hồng Hà dự lễ.',
      'Pham Minh Chinh gui thu. Pho Thu tuong Chinh phu Tran Hong Ha du le.',
    ])
      expect(
        recognize(text, { language: 'vi', date: '2024-12-20' }).filter(
          (m) => m.text === 'Chính' || m.text === 'Chinh',
        ),
      ).toEqual([]);
  });

  it('reads no short reference in a common word that opens on a given name ("Chính sách", "Thuong truc")', () => {
    expect(
      idsOf('Thủ tướng Phạm Minh Chính dự. Ông Sato, Trưởng ban Chính sách của hiệp hội, phát biểu.', 'vi'),
    ).toEqual(['person:pham-minh-chinh', 'local:person:sato']);
    expect(
      recognize('Chu tich nuoc Vo Van Thuong tiep doan. Ong Vu, Thu truong Thuong truc Bo Ngoai giao, du.', {
        language: 'vi',
      }).filter((m) => m.text === 'Thuong'),
    ).toEqual([]);
  });

  it('reads a one-syllable place before a capitalised syllable without marks as a longer name', () => {
    expect(idsOf('Cac huyen An Lao, Tien Lang, Vinh Bao dang tap luyen.', 'vi')).not.toContain('city:vinh');
    expect(idsOf('Truong Dai hoc Y Duoc Thai Binh dao tao dieu duong.', 'vi')).not.toContain('country:IT');
    // Where only the place lost its marks in a partly stripped text: "cửa khẩu Lao Bảo" is no Laos.
    expect(
      recognizeChecked('Du an nuoc sach doc khu vực cửa khẩu Lao Bảo.', {
        language: 'vi',
        partialMarks: true,
      }).map((m) => m.id),
    ).not.toContain('country:LA');
    // Before a name of its own, or a family name opening a person's, it stays.
    expect(idsOf('Anh ve Vinh Nghe An roi.', 'vi')).toContain('city:vinh');
    expect(idsOf('Nguoi Brazil Leo Ceara ghi ban.', 'vi')).toContain('country:BR');
  });
});

describe('recognize: the Baltic among the seas around Scandinavia', () => {
  it('reads "Östersjön" as the Baltic where the text names another Nordic sea, though it names Viet Nam', () => {
    expect(idsOf('Fartygen går från Vietnam genom Östersjön och Nordsjön.', 'sv')).toEqual([
      'country:VN',
      'sea:baltic',
      'sea:north-sea',
    ]);
    expect(idsOf('Vinden från Öresund når Malmö.', 'sv')).toContain('sea:oresund');
  });

  it('reads no North Sea in the north of the East Sea ("vùng biển Bắc Biển Đông")', () => {
    expect(idsOf('Áp thấp trên vùng biển Bắc Biển Đông mạnh lên.', 'vi')).toEqual(['sea:bien-dong']);
  });
});

describe('recognize: a name over a line break', () => {
  it('joins the words of a name across a wrapped line, not across two short lines of a menu', () => {
    expect(idsOf('Giáo dục\nSức khỏe\nĐời sống\nDu lịch', 'vi')).toEqual([]);
    expect(idsOf('Menu\nViet\nNam\nTin tuc', 'vi')).toEqual([]);
    const wrapped = 'The delegation travelled from the capital to the central city of Da\nNang on Monday.';
    expect(idsOf(wrapped, 'en')).toContain('vn-province-2025:48');
  });
});

describe('recognize: a ward named like a prefecture or another city', () => {
  it('reads "Fukushima ward" and "Kanazawa-ku" as wards, not the prefecture or the city', () => {
    expect(idsOf("The firm's office is in Osaka's Fukushima ward.", 'en')).not.toContain('subdivision:jp-07');
    expect(idsOf('Minh o Kanazawa-ku, Yokohama.', 'vi')).not.toContain('city:kanazawa');
    expect(idsOf('Minh o Kanazawa, tinh Ishikawa.', 'vi')).toContain('city:kanazawa');
  });
});
