import { describe, expect, it } from 'vitest';
import { recognize, recognizeChecked } from './recognize.js';

const places = (text: string, language?: string) =>
  recognize(text, language ? { language } : {})
    .filter((m) => m.id.startsWith('local:place:'))
    .map((m) => [m.text, m.id, m.type, m.name]);

describe('local places: units and zones the knowledge base lacks', () => {
  it('reads the name after a Vietnamese word for a unit or zone, with marks or without', () => {
    expect(places('Trụ sở đóng tại huyện Núi Thành, tỉnh Quảng Nam.', 'vi')).toEqual([
      ['Núi Thành', 'local:place:nui-thanh', 'place', 'Núi Thành'],
    ]);
    expect(places('Ông sống ở phường Hưng Đạo, quận Dương Kinh.', 'vi').map((p) => p[1])).toEqual([
      'local:place:hung-dao',
      'local:place:duong-kinh',
    ]);
    expect(places('Nhà máy mới ở KCN Đình Vũ đã khánh thành.', 'vi')).toEqual([
      ['Đình Vũ', 'local:place:dinh-vu', 'place', 'Đình Vũ'],
    ]);
    expect(places('tai xa Nui Thanh, thanh pho Da Nang')).toEqual([
      ['Nui Thanh', 'local:place:nui-thanh', 'place', 'Nui Thanh'],
    ]);
    // A Japanese city after "thành phố", in text that names Japan.
    expect(places('Em làm ở thành phố Kasugai, tỉnh Aichi, Nhật Bản.', 'vi')).toEqual([
      ['Kasugai', 'local:place:kasugai', 'place', 'Kasugai'],
    ]);
    expect(places('Em làm ở thành phố Kasugai rồi về quê.', 'vi')).toEqual([]);
    // A special zone of 1 July 2025.
    expect(places('Khóa học tổ chức tại đặc khu Cát Hải, thành phố Hải Phòng.', 'vi')).toEqual([
      ['Cát Hải', 'local:place:cat-hai', 'place', 'Cát Hải'],
    ]);
  });

  it("reads a castle by its town's name, as a place of its own", () => {
    expect(places('Cả nhà ghé lâu đài Nagoya rồi về khách sạn ở Nhật Bản.', 'vi')).toEqual([
      ['Nagoya', 'local:place:nagoya', 'place', 'Nagoya'],
    ]);
    // ("đài" alone is a broadcaster: "đài Fuji".)
    expect(places('Cả nhà xem đài Fuji ở Nhật Bản.', 'vi')).toEqual([]);
  });

  it("reads a town named after a landmark by its town's word, not the landmark", () => {
    // Cam Ranh the city, beside Cam Ranh the bay and its port.
    expect(places('Tàu cập cảng quốc tế Cam Ranh (TP Cam Ranh, tỉnh Khánh Hòa).', 'vi')).toEqual([
      ['Cam Ranh', 'local:place:cam-ranh', 'place', 'Cam Ranh'],
    ]);
    expect(places('Đoàn viếng đài tưởng niệm ở xã Cam Lập, thành phố Cam Ranh.', 'vi')).toContainEqual([
      'Cam Ranh',
      'local:place:cam-ranh',
      'place',
      'Cam Ranh',
    ]);
    // A city's word before a region's words, in a list of units, names no town.
    expect(places('Đại biểu các tỉnh, thành phố vùng Đồng bằng sông Cửu Long dự lễ.', 'vi')).toEqual([]);
  });

  it('reads a ward after "phuong" without marks only in lower case before a name of two syllables', () => {
    expect(places('Nha em o phuong Truong Thinh, gan cho.', 'vi').map((m) => m[0])).toEqual(['Truong Thinh']);
    // phương in a word (local, bilateral), a direction, or a given name: no ward.
    expect(
      places(
        'Chinh quyen dia phuong Tan Hoa ho tro. Van hoa phuong Tay. Phuong Thao noi. Hop tac song phuong Viet Lao.',
        'vi',
      ),
    ).toEqual([]);
  });

  it('reads each zone of a list before the words for zones in the plural, named without them', () => {
    expect(places('Firms operate in the Yen Dung, Van Trung and Dinh Tram industrial parks.', 'en')).toEqual([
      ['Yen Dung', 'local:place:yen-dung', 'place', 'Yen Dung'],
      ['Van Trung', 'local:place:van-trung', 'place', 'Van Trung'],
      ['Dinh Tram', 'local:place:dinh-tram', 'place', 'Dinh Tram'],
    ]);
  });

  it('reads the name before English words for a zone, the words in its name only', () => {
    expect(
      places('Japanese firms fill the Hoa Khanh Industrial Park and the Nghi Son Economic Zone.', 'en'),
    ).toEqual([
      ['Hoa Khanh', 'local:place:hoa-khanh', 'place', 'Hoa Khanh Industrial Park'],
      ['Nghi Son', 'local:place:nghi-son', 'place', 'Nghi Son Economic Zone'],
    ]);
    // A name that is no Vietnamese one is left alone ("Deep C").
    expect(places('The Deep C Industrial Zone grew.', 'en')).toEqual([]);
    // The words for the zone in lower case too.
    expect(places('Trucks reach Hiep Phuoc industrial park at dawn.', 'en').map((p) => p[3])).toEqual([
      'Hiep Phuoc industrial park',
    ]);
  });

  it('reads a bridge or an expressway by its English word, across the hyphen between two names', () => {
    expect(
      places('Binh Khanh Bridge joins the Ben Luc-Long Thanh Expressway.', 'en').map((p) => [p[0], p[3]]),
    ).toEqual([
      ['Binh Khanh', 'Binh Khanh Bridge'],
      ['Ben Luc-Long Thanh', 'Ben Luc-Long Thanh Expressway'],
    ]);
    // A name joined to something else by its hyphen is cut short: none.
    expect(places('Trucks use the HCMC-Trung Luong Expressway.', 'en')).toEqual([]);
  });

  it('reads a river, port, pass, tunnel or market by its English word after the name, not after an honorific', () => {
    expect(
      places('Boats leave Tien Sa Port for the Thu Bon River; buses use the Deo Ca Tunnel.', 'en').map(
        (p) => p[3],
      ),
    ).toEqual(['Tien Sa Port', 'Thu Bon River', 'Deo Ca Tunnel']);
    // A known name before the word keeps its own reading; an honorific makes the words a person's.
    expect(places('Mr. Long Temple spoke at the Hanoi Market.', 'en')).toEqual([]);
    // An island, in lower case too; not one inside a longer name ("Long Island Sound").
    expect(
      places('They stayed on Hon Tre island, far from Long Island Sound.', 'en').map((p) => p[3]),
    ).toEqual(['Hon Tre island']);
    // Wards, communes and districts named in a list before their word in the plural.
    expect(places("Ha Long city's Bai Chay and Hon Gai wards grew.", 'en').map((p) => p[0])).toEqual([
      'Bai Chay',
      'Hon Gai',
    ]);
  });

  it('reads a station or an airport by its word, not the city it is named after', () => {
    expect(
      places('Khách ra ga Bến Thành, rồi đến ga Thủ Đức và sân bay Mỹ Hòa Lạc mới.', 'vi').map((m) => m[1]),
    ).toEqual(['local:place:ben-thanh', 'local:place:ga-thu-duc', 'local:place:my-hoa-lac']);
    // An airport by its formal name, "cảng hàng không (quốc tế)".
    expect(places('Đoàn bay từ cảng hàng không quốc tế Vinh sang Nagoya.', 'vi').map((m) => m[1])).toEqual([
      'local:place:cang-hang-khong-quoc-te-vinh',
    ]);
    // A station named after a place the knowledge base knows is a facility of that place, the
    // place a part of it (local-orgs.ts), not the place.
    expect(places('Riders boarded at Ben Thanh Station; Hanoi Station is older.', 'en')).toEqual([
      ['Ben Thanh', 'local:place:ben-thanh', 'place', 'Ben Thanh Station'],
      ['Hanoi Station', 'local:place:hanoi-station', 'place', 'Hanoi Station'],
    ]);
    expect(recognize('Hanoi Station is older.', { language: 'en' }).map((m) => m.id)).not.toContain(
      'vn-province-2025:01',
    );
  });

  it('reads a temple, shrine, station, port or park by one romanised Japanese name before its word', () => {
    expect(
      places(
        'Interns pray at Kounji temple, walk in Yoyogi Park, meet at Kanayama Station and visit Marugame Castle.',
        'en',
      ).map((p) => p[3]),
    ).toEqual(['Kounji temple', 'Yoyogi Park', 'Kanayama Station', 'Marugame Castle']);
    // Not a longer name, nor after an honorific; after a known name, a facility of that place
    // (local-orgs.ts), not a romanised name.
    expect(places('He works at Saigon Bridge Securities; Mr. Sato Station spoke.', 'en')).toEqual([]);
    expect(places('Crowds packed Osaka Station.', 'en').map((p) => p[1])).toEqual([
      'local:place:osaka-station',
    ]);
  });

  it('reads a place an English text defines in apposition ("Daionji, a Buddhist temple in Honjo")', () => {
    expect(places('They stayed at Daionji, a Buddhist temple in Honjo.', 'en').map((p) => p[0])).toEqual([
      'Daionji',
    ]);
    expect(places('Ban Lac, a quiet hill village, receives many visitors.', 'en').map((p) => p[0])).toEqual([
      'Ban Lac',
    ]);
    // A person's apposition, a common word opening the sentence, or another kind of noun: none.
    expect(places('Tanaka, a Tokyo city official in charge, agreed.', 'en')).toEqual([]);
    expect(places('In Hakozaki, a district of Fukuoka, students live.', 'en').map((p) => p[0])).toEqual([
      'Hakozaki',
    ]);
    expect(places('Lan, a farmer in Nghe An, sells rice.', 'en')).toEqual([]);
  });

  it('reads the name before an English word for a unit', () => {
    expect(
      places('She lives in Hung Dao ward, Duong Kinh district, Hai Phong city.', 'en').map((p) => p[0]),
    ).toEqual(['Hung Dao', 'Duong Kinh']);
    // The English word for the unit is part of the entity's name, not of the mention.
    expect(places('She lives in Hung Dao ward.', 'en').map((p) => p[3])).toEqual(['Hung Dao ward']);
    // The word for the unit capitalised after the name.
    expect(places('The bridge links Nha Be District with Can Gio District.', 'en').map((p) => p[3])).toEqual([
      'Nha Be District',
      'Can Gio District',
    ]);
    // The article at a sentence start is no syllable of the name.
    expect(places('The Cu Chi district lies north of the city.', 'en').map((p) => p[0])).toEqual(['Cu Chi']);
  });

  it('reads a Japanese municipality before City, Town, Village or Ward in English text that names Japan', () => {
    expect(places('Trainees in Imari City, Saga Prefecture, were paid late.', 'en')).toEqual([
      ['Imari', 'local:place:imari', 'place', 'Imari City'],
    ]);
    expect(places('She moved to Shinjuku Ward in Japan.', 'en').map((p) => p[3])).toEqual(['Shinjuku Ward']);
    // Without Japan in the text, a word that reads as romaji is not taken ("Gazan", "Omega").
    expect(places('A Gazan town was hit, and Omega City was quiet.', 'en')).toEqual([]);
    // A Vietnamese town or city the knowledge base lacks, before "city" or "town".
    expect(places('The Tam Ky city council met.', 'en').map((p) => p[3])).toEqual(['Tam Ky city']);
  });

  it("reads a prefecture's name before City or after 'thành phố' as its city, not the prefecture", () => {
    const en = recognize('Officials of Japan met in Wakayama City and then toured Wakayama Prefecture.', {
      language: 'en',
    });
    expect(en.map((m) => [m.text, m.id])).toEqual([
      ['Japan', 'country:JP'],
      ['Wakayama', 'local:place:wakayama'],
      ['Wakayama Prefecture', 'subdivision:jp-30'],
    ]);
    const vi = recognize('Đoàn đến thành phố Wakayama, tỉnh Wakayama (Nhật Bản).', { language: 'vi' });
    expect(vi.map((m) => m.id)).toEqual(['local:place:wakayama', 'subdivision:jp-30', 'country:JP']);
  });

  it('reads villages and hamlets after their word, and names of the mountains opening on one letter', () => {
    expect(
      places('Lễ khánh thành tại thôn Háng Chú và ấp Phú Hòa; đoàn đến xã Y Tý, xã A Mú Sung.', 'vi').map(
        (p) => p[0],
      ),
    ).toEqual(['Háng Chú', 'Phú Hòa', 'Y Tý', 'A Mú Sung']);
    // A Japanese station after "ga", its romanised name whole; after a known name, the station
    // of that place (local-orgs.ts).
    expect(
      places('Toi di tu ga Akabane den ga Nishi-Kawaguchi, gan ga Tokyo.', 'vi').map((p) => p[0]),
    ).toEqual(['Akabane', 'Nishi-Kawaguchi', 'ga Tokyo']);
    // A port of two syllables or more the knowledge base lacks; not a known place's port.
    expect(
      places('Tàu cập cảng Tiên Sa, rồi cảng Hải đoàn 21 và cảng Việt Nam khác.', 'vi').map((p) => p[0]),
    ).toEqual(['Tiên Sa']);
    // "bản" is also the end of a common word ("Biên bản", "Nhà xuất bản"): no head.
    expect(places('Hai bên ký Biên bản Đối thoại. Nhà xuất bản Kim Đồng phát hành.', 'vi')).toEqual([]);
  });

  it('reads an island after "đảo" written with its marks, and not after "dao" without them', () => {
    expect(places('Tàu cá bị đâm ở khu vực đảo Khê Mốc (quần đảo Hoàng Sa).', 'vi')).toEqual([
      ['Khê Mốc', 'local:place:khe-moc', 'place', 'Khê Mốc'],
    ]);
    // "đạo" (a religion, a way) is no island, and without marks "dao" may be a knife or a name.
    expect(places('Ông theo đạo Cao Đài.', 'vi')).toEqual([]);
    expect(places('cam dao Khe Moc')).toEqual([]);
  });

  it('reads a river, sluice, bridge or market after its head written with the marks only', () => {
    expect(
      places('Nước mặn theo sông Hàm Luông vào cống Tân Phú, gần chợ Đông Ba.', 'vi').map((p) => p[1]),
    ).toEqual(['local:place:ham-luong', 'local:place:tan-phu', 'local:place:dong-ba']);
    // without marks the heads are other words ("song" also means but, "cong" công, "cho" for)
    expect(places('Ong noi song Ham Luong dep, cong Tan Phu moi, cho Dong Ba dong.', 'vi')).toEqual([]);
    // a river the knowledge base holds stays its entity
    expect(recognize('Nước từ sông Hồng dâng cao.', { language: 'vi' }).map((m) => m.id)).toEqual([
      'place:red-river',
    ]);
  });

  it('reads craft villages, fishing ports, beaches, bays and lakes after their heads, a lake only after "hồ" in lower case', () => {
    expect(
      places(
        'Khách ghé làng gốm Thanh Hà, tắm bãi biển Ninh Chử và ngắm vịnh Vĩnh Hy; tàu rời cảng cá Sa Kỳ.',
        'vi',
      ).map((p) => p[0]),
    ).toEqual(['Thanh Hà', 'Ninh Chử', 'Vĩnh Hy', 'Sa Kỳ']);
    expect(places('Khách sạn bên hồ Xuân Hương. Ông Hồ Văn Thanh cho biết.', 'vi').map((p) => p[0])).toEqual([
      'Xuân Hương',
    ]);
    // Japanese ports, lakes and peninsulas by one romanised word, in a text that names Japan.
    expect(
      places('Tàu cập cảng Kure rồi đoàn thăm hồ Suwa và bán đảo Noto ở Nhật Bản.', 'vi').map((p) => p[0]),
    ).toEqual(['Kure', 'Suwa', 'Noto']);
    // And villages and towns ("làng Onna", "thị trấn Kikuyō"), the town's macron kept.
    expect(
      places('Đoàn ghé làng Onna ở Okinawa rồi thị trấn Kikuyō, tỉnh Kumamoto, Nhật Bản.', 'vi').map(
        (p) => p[0],
      ),
    ).toEqual(['Onna', 'Kikuyō']);
  });

  it('reads a street after its head with the marks or before its English word, also one named after a person', () => {
    expect(
      places(
        'Quán nằm trên đường Lưu Hữu Phước, gần phố đi bộ Nguyễn Huệ và đại lộ Võ Nguyên Giáp.',
        'vi',
      ).map((p) => [p[0], p[3]]),
    ).toEqual([
      ['Lưu Hữu Phước', 'Lưu Hữu Phước'],
      ['Nguyễn Huệ', 'Nguyễn Huệ'],
      ['Võ Nguyên Giáp', 'Võ Nguyên Giáp'],
    ]);
    expect(places('The office is at 79 Le Loi Street, off Ba Trieu street.', 'en').map((p) => p[3])).toEqual([
      'Le Loi Street',
      'Ba Trieu street',
    ]);
    // Not a city, a quarter, a road between two places, or "duong" without marks (also dương).
    expect(places('Thành phố Thủ Đức và khu phố Tân Lập nằm trên đường Hà Nội – Hải Phòng.', 'vi')).toEqual(
      [],
    );
    expect(places('Anh ay o duong Le Loi.', 'vi')).toEqual([]);
    // In a text typed without any marks, the unmarked head in lower case is the street's, the port's.
    const plain = (text: string) =>
      recognizeChecked(text, { language: 'vi', noMarks: true })
        .filter((m) => m.id.startsWith('local:place:'))
        .map((m) => m.text);
    expect(plain('Trung tam o duong Lang Ha, gan cang Cua Lo.')).toEqual(['Lang Ha', 'Cua Lo']);
    expect(plain('Anh Duong Van Minh noi vay.')).toEqual([]);
  });

  it('reads a zone of Swedish text before its word in lower case, and nothing else of Swedish text', () => {
    expect(
      places('Fabriken ligger i Thang Long industripark och i Hoa Lac högteknologiska park.', 'sv'),
    ).toEqual([
      ['Thang Long', 'local:place:thang-long', 'place', 'Thang Long industripark'],
      ['Hoa Lac', 'local:place:hoa-lac', 'place', 'Hoa Lac högteknologiska park'],
    ]);
    // the word alone, or after a name that is no Vietnamese one, names no zone
    expect(places('Industriparken växer. Volvo industripark öppnar.', 'sv')).toEqual([]);
    // the other local places stay unread in Swedish text
    expect(places('Han bor i huyện Núi Thành.', 'sv')).toEqual([]);
  });

  it('reads a place of Swedish text joined by a hyphen to the word for its kind or unit', () => {
    expect(places('Längs Hau-floden och Cai Khe-kanalen ligger Ninh Kieu-distriktet.', 'sv')).toEqual([
      ['Hau', 'local:place:hau', 'place', 'Hau-floden'],
      ['Cai Khe', 'local:place:cai-khe', 'place', 'Cai Khe-kanalen'],
      ['Ninh Kieu', 'local:place:ninh-kieu', 'place', 'Ninh Kieu'],
    ]);
    // A Swedish name, or a word in capitals, before the word names no such place here.
    expect(places('Vi gick över Västerbron och längs NATO-gatan.', 'sv')).toEqual([]);

    // The word in lower case before the name heads it: two words or more, or a Japanese one.
    expect(places('Båten nådde hamnen Sa Ky i går. Vi såg templet Daionji.', 'sv').map((m) => m[0])).toEqual([
      'Sa Ky',
      'Daionji',
    ]);
    expect(places('Vi badade i sjön Han i går. Hon gick till torget Malmö.', 'sv')).toEqual([]);
    // A unit named before its word in the indefinite form, as machine translation writes "xã …":
    // two words or more, or one with marks; not a Swedish word opening the sentence.
    expect(
      places('I Tân Thủy kommun invigdes Tân Phú Tây-slussen i byn Giồng Lớn.', 'sv').map((m) => m[0]),
    ).toEqual(['Tân Thủy', 'Tân Phú Tây', 'Giồng Lớn']);
    expect(places('Han flyttade till en annan kommun.', 'sv')).toEqual([]);
    // A Japanese city after "staden" (the city), one romanised word.
    expect(places('Han studerade i staden Kure, prefekturen Hiroshima.', 'sv').map((m) => m[0])).toEqual([
      'Kure',
    ]);
  });

  it('reads a zone named by a brand or an investor after its head, with the places in it as parts', () => {
    const zones = (text: string) =>
      recognize(text, { language: 'vi' })
        .filter((m) => m.id.startsWith('local:place:'))
        .map((m) => [m.text, (m.parts ?? []).map((p) => p.id)]);
    expect(zones('Nhà máy đặt tại KCN Nomura - Hải Phòng và Khu công nghiệp DEEP C.')).toEqual([
      ['Nomura - Hải Phòng', ['vn-province-2025:31']],
      ['DEEP C', []],
    ]);
    // The park of a brand the knowledge base knows is that park.
    expect(recognize('Dự án nằm trong KCN VSIP Hải Phòng.', { language: 'vi' }).map((m) => m.id)).toContain(
      'place:vsip',
    );
  });

  it('reads a numbered district or ward with its word for the unit ("Quận 1", "District 3")', () => {
    expect(places('Cửa hàng ở Quận 1 và phường 12 đều đóng cửa.', 'vi')).toEqual([
      ['Quận 1', 'local:place:quan-1', 'place', 'Quận 1'],
      ['phường 12', 'local:place:phuong-12', 'place', 'phường 12'],
    ]);
    expect(places('He lives in District 3, near Ward 5.', 'en').map((p) => p[0])).toEqual([
      'District 3',
      'Ward 5',
    ]);
    // Not the army ("Quân"), a lower-case English word, a number that goes on, or one too large.
    expect(places('Quân 1 đã tới. The district 1 team.', 'vi')).toEqual([]);
    expect(places('quận 10/2, quận 1.5 và Quận 45', 'vi')).toEqual([]);
    // A text without marks: capitalised, the word is the unit; in lower case it may be another
    // ("binh quan" is an average).
    expect(places('Nha o Quan 7, gan Phuong 12, luong binh quan 8 trieu.', 'vi').map((p) => p[0])).toEqual([
      'Quan 7',
      'Phuong 12',
    ]);
    // Not a given name: after another word of the name, or before an age.
    expect(places('Anh Minh Quan 25 tuoi. Goi la Phuong 12 tuoi.', 'vi')).toEqual([]);
  });

  it('reads the units an address names without their words, up to a province it knows', () => {
    expect(places('Ông quê ở xã Lam Khê, Tân Mốc, Lạc Hà, tỉnh Quảng Ngãi.', 'vi').map((p) => p[0])).toEqual([
      'Lam Khê',
      'Tân Mốc',
      'Lạc Hà',
    ]);
    // Not when the list does not reach a known name: a list of people or of anything else.
    expect(places('Ở xã Lam Khê, Tân Mốc và Lạc Hà đều có mặt.', 'vi').map((p) => p[0])).toEqual(['Lam Khê']);
    expect(places('Ở xã Lam Khê, ông Tân Mốc phát biểu.', 'vi').map((p) => p[0])).toEqual(['Lam Khê']);
  });

  it('leaves other words alone: marks that say otherwise, heads that are other words, known names', () => {
    // quân (army) and phương (direction) are no quận or phường.
    expect(places('Quân đội và quân Tây Sơn tiến về phương Nam.', 'vi')).toEqual([]);
    // Written without marks, "phuong" may be phương: not read.
    expect(places('cac nuoc phuong Tay')).toEqual([]);
    // Not syllables of a Vietnamese name, or a name the knowledge base has and a rule left out.
    expect(places('the Central Business District', 'en')).toEqual([]);
    expect(places('các khu công nghiệp Việt Nam – Singapore 1 và Sóng Thần', 'vi')).toEqual([]);
    // Swedish and other languages are not read.
    expect(places('Hon bor i Hung Dao ward.', 'sv')).toEqual([]);
  });
});

describe('local places: a list of places after a head', () => {
  it('reads every item of a list the head opens, when its last item follows "và"', () => {
    expect(
      places(
        'Doanh nghiệp tập trung ở các khu công nghiệp Bá Thiện, Bình Xuyên, Thụy Vân và Phú Hà.',
        'vi',
      ).map((m) => m[0]),
    ).toEqual(['Bá Thiện', 'Bình Xuyên', 'Thụy Vân', 'Phú Hà']);
  });

  it('reads no list without its "và", nor a one-syllable word after it', () => {
    // After an address's comma a name is as often a person's.
    expect(places('Ông ở xã Tân Lập, Nguyễn Văn Bình cho biết.', 'vi').map((m) => m[0])).toEqual(['Tân Lập']);
    expect(places('Vốn vay làm cầu Nhật Lệ và Nhà ga hành khách.', 'vi').map((m) => m[0])).toEqual([
      'Nhật Lệ',
    ]);
  });
});

describe('local places: a unit or a natural feature named after another place', () => {
  const read = (text: string) => recognize(text, { language: 'vi' }).map((m) => [m.text, m.id]);

  it('reads a landmark’s or an island’s name after the word for a unit as the unit, elsewhere the landmark', () => {
    expect(read('Quán nằm ở phường Văn Miếu, gần Văn Miếu. Tàu ra huyện Lý Sơn.')).toEqual([
      ['Văn Miếu', 'local:place:van-mieu'],
      ['Văn Miếu', 'place:temple-of-literature'],
      ['Lý Sơn', 'local:place:ly-son'],
    ]);
    // The special zones of 1 July 2025; the island itself after "đảo".
    expect(read('Ngư dân đặc khu Lý Sơn ra khơi quanh đảo Lý Sơn.')).toEqual([
      ['Lý Sơn', 'local:place:ly-son'],
      ['đảo Lý Sơn', 'place:ly-son'],
    ]);
  });

  it('reads a town’s name after the word for a bay, a cape or a peninsula as the feature, elsewhere the town', () => {
    expect(read('Tàu neo trong vịnh Nha Trang. Khách ở lại thành phố Nha Trang.')).toEqual([
      ['Nha Trang', 'local:place:nha-trang'],
      ['thành phố Nha Trang', 'city:nha-trang'],
    ]);
    expect(read('Đoàn đến mũi Cà Mau.').map((m) => m[1])).toEqual(['local:place:ca-mau']);
  });
});

describe('local places: a paragraph that lost its marks in a marked page', () => {
  it('reads an unmarked head as in a text typed without marks, on a line that writes none', () => {
    const read = (text: string) =>
      recognizeChecked(text, { language: 'vi', partialMarks: true }).map((m) => m.text);
    const text =
      'Tàu du lịch Nhật Bản cập cảng Tiên Sa sáng nay.\nChieu qua, tau da roi cang Chan May de di Nha Trang, du khach rat vui ve va hai long.';
    expect(read(text)).toContain('Chan May');
    // Not in a page with its marks, nor on a short line.
    expect(recognize(text, { language: 'vi' }).map((m) => m.text)).not.toContain('Chan May');
    expect(read('Tàu cập cảng Tiên Sa.\nDen cang Chan May')).not.toContain('Chan May');
  });
});
