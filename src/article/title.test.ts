import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';

const body =
  'The two sides agreed on Monday to expand cooperation in training, infrastructure and energy, ' +
  'officials said after the meeting, which lasted two hours and ended with a joint statement.';
const viBody =
  'Ngày 28/4, hai bên thống nhất mở rộng hợp tác về đào tạo nguồn nhân lực, hạ tầng chiến lược và ' +
  'năng lượng sạch, đồng thời giao các bộ, ngành xây dựng kế hoạch cụ thể trong năm nay.';

describe('title: the headline among the lines before the body', () => {
  it('does not take a breadcrumb for the headline, whatever its arrows and the length of its parts', () => {
    const a = analyze(
      `Trang chủ › Thời sự › Đối ngoại\nViệt Nam – Nhật Bản thúc đẩy hợp tác đào tạo nhân lực\nThứ Hai, 28/4/2025 14:20 (GMT+7)\n\n${viBody}`,
    );
    expect(a.title?.text).toBe('Việt Nam – Nhật Bản thúc đẩy hợp tác đào tạo nhân lực');
    const forum = analyze(
      `Diễn đàn Người Việt tại Nhật » Lao động - Việc làm » Thực tập sinh\nCập nhật: 03-09-2025 21:14 | Người gửi: minh_88\n\n${viBody}`,
    );
    expect(forum.title).toBeNull();
  });

  it("does not take a breadcrumb that opens on an entry of the head's menu, nor a language picker", () => {
    const head = 'Việt Nam - Nhật Bản thúc đẩy hợp tác khắc phục hậu quả bom mìn';
    const a = analyze(
      `Trang chủ | Chính trị | Quốc phòng - An ninh | Kinh tế | Xã hội | Quốc tế\nQuốc phòng - An ninh > Đối ngoại quốc phòng\n\nThứ Năm, 20/11/2025, 18:25 (GMT+7)\n\n${head}\n\n${viBody}`,
    );
    expect(a.title?.text).toBe(head);
    const sv = analyze(
      `Hem | Politik | Ekonomi\nSpråk: Svenska ▾   Sök\n\nJapan lovar fortsatt stöd till tunnelbanan i staden\n\n${body}`,
    );
    expect(sv.title?.text).toBe('Japan lovar fortsatt stöd till tunnelbanan i staden');
    // A breadcrumb of double arrows on an old site ("Tin tuc - Su kien >> Hoat dong doanh nghiep").
    const old = analyze(
      `Trang chu | Gioi thieu | Tin tuc - Su kien | Xuc tien dau tu | Van ban | Lien he\nTin tuc - Su kien >> Hoat dong doanh nghiep\n${head}\nNgày đăng: 10/06/2024 15:32\n\n${viBody}`,
    );
    expect(old.title?.text).toBe(head);
  });

  it('does not take the last entries of a menu of one entry a line, over a breadcrumb, for the headline', () => {
    const head = 'Khu công nghiệp đón đoàn nhà đầu tư tỉnh Hyogo và thành phố Kobe';
    const menu =
      'BÁO TỈNH NHÀ\nTrang chủ\nThời sự\nChính trị\nKinh tế\nXã hội\nĐất và người miền Đông\nHợp tác quốc tế';
    expect(
      analyze(`${menu}\nKinh tế > Đầu tư\n\nThứ Năm, 24/10/2024 - 16:05\n${head}\n${viBody}`).title?.text,
    ).toBe(head);
  });

  it("takes a long Vietnamese headline without a stop, over the state's name and a Swedish by-line name", () => {
    const long =
      'Thủ tướng Phạm Minh Chính tiếp đoàn Liên đoàn Kinh tế Nhật Bản: Mở rộng hợp tác sang đường sắt tốc độ cao, bán dẫn và tài chính xanh';
    expect(
      analyze(
        `BÁO ĐIỆN TỬ CHÍNH PHỦ\nNƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTrang chủ > Thời sự\n\n${long}\n\nThứ Tư, 26/11/2025 18:05 (GMT+7)\n\n${viBody}`,
      ).title?.text,
    ).toBe(long);
    const svBody =
      'Handelsministern reste med ett tjugotal bolag till Vietnam och Japan för att stärka exporten, och flera avtal skrevs under under veckan.';
    expect(
      analyze(
        `Näringsliv › Asien\n\nDousa tog med sig svenska bolag till Hanoi och Tokyo\n\nElin Sandström\nTokyo\nPublicerad 20 november 2025 kl 06.00\n\n${svBody}`,
      ).title?.text,
    ).toBe('Dousa tog med sig svenska bolag till Hanoi och Tokyo');
  });

  it('takes the headline over its key points and by-line, not the last key point, nor a line opening in lower case', () => {
    const a = analyze(
      `Business\n\nJapan Agrees to Lend Vietnam $1.4 Billion for First LNG Plant\n\n- JICA yen loan and JBIC-led financing for the Quang Trach II project\n- Vietnam needs gas power as electricity demand grows 10% a year\n\nBy Tran Bao Ngoc and Ryo Kimura\nMarch 10, 2026 at 2:47 PM GMT+7\n\n${body}`,
    );
    expect(a.title?.text).toBe('Japan Agrees to Lend Vietnam $1.4 Billion for First LNG Plant');
    const broken = analyze(
      `TIN VIỆT NAM\n\nHàng nghìn công nhân xuống đường phản đối, đốt phá\n nhà xưởng của nhiều công ty nước ngoài ở Bình Dương\n\n  • Công nhân biểu tình phản đối\nCập nhật: 10:13 GMT - thứ ba, 13 tháng 5, 2014\n\n${viBody}`,
    );
    expect(broken.title?.text).not.toBe('nhà xưởng của nhiều công ty nước ngoài ở Bình Dương');
  });

  it("takes no group's name or line of members for a post's headline", () => {
    const a = analyze(
      `Zalo\n< Tro lai\nBTC TET VIET KANSAI 2026\nNhom · 37 thanh vien\nTin nhan | Anh/Video | File | Link\n\n${viBody}`,
    );
    expect(a.title).toBeNull();
  });

  it("takes a forum thread's tagged title that ends on a particle of speech", () => {
    const a = analyze(
      `Dien dan > Lam cha me > Ha Noi\n\n[Tham khao] Mam non Nhat hay mam non Viet cho be 3 tuoi? Cac me giup em voi\n\nChu de boi MeBoong | 14/03/2025 22:17 | 5.902 luot xem | 41 binh luan\n\n${viBody}`,
    );
    expect(a.title?.text).toBe('[Tham khao] Mam non Nhat hay mam non Viet cho be 3 tuoi? Cac me giup em voi');
    expect(a.published?.iso).toBe('2025-03-14T22:17');
  });

  it('does not take a by-line of reporters joined by a dash for the headline', () => {
    expect(
      analyze(
        `Trang chủ › Xã hội\n\nHoài Thu - Trọng Kiên\nThứ Năm, 16/10/2025 - 07:35\n\n186 thanh niên sẵn sàng sang Nhật Bản làm việc\n\n${viBody}`,
      ).title?.text,
    ).toBe('186 thanh niên sẵn sàng sang Nhật Bản làm việc');
  });

  it("takes a headline that ends on a verb's particle, but not a sentence broken after one", () => {
    const svBody =
      'Japanska energibolag satsar på vindkraft till havs utanför Vietnams kust, men regler och tyfoner gör ' +
      'det osäkert när de första turbinerna snurrar, säger svenska experter.';
    expect(
      analyze(
        `Utrikes\n\nJapanska miljarder ska ge Vietnam havsvind – svenska företag vill vara med\n\n${svBody}`,
      ).title?.text,
    ).toBe('Japanska miljarder ska ge Vietnam havsvind – svenska företag vill vara med');
    expect(
      analyze(
        `Vietnamesiska fiskare greps av kinesisk kustbevakning och fördes till\nen hamn på Hainan i går.\n\n${svBody}`,
      ).title,
    ).toBeNull();
  });

  it("does not take a section's name that is an entry of the page's menu, or a greeting ending on a comma", () => {
    const a = analyze(
      `Trang chủ | Thời sự | Biên giới, biển đảo | Quốc phòng - An ninh | Kinh tế | Quốc tế\nBiên giới, biển đảo\n\nThứ Ba, 09/09/2025 | 16:40\n\nTàu cá Lý Sơn bị tàu lạ xua đuổi gần quần đảo Trường Sa\n\n${viBody}`,
    );
    expect(a.title?.text).toBe('Tàu cá Lý Sơn bị tàu lạ xua đuổi gần quần đảo Trường Sa');
    // Nor a breadcrumb opening on an entry of a menu of one entry a line.
    const lines = analyze(
      `Báo Quân đội\nThời sự\nQuốc phòng - An ninh\nChính trị\nKinh tế\nXã hội\nVăn hóa\n\nQuốc phòng - An ninh > Đối ngoại quốc phòng\n\nTàu huấn luyện Nhật Bản thăm thành phố Đà Nẵng\n\nThứ Ba, 10/06/2025 - 16:42\n\n${viBody}`,
    );
    expect(lines.title?.text).toBe('Tàu huấn luyện Nhật Bản thăm thành phố Đà Nẵng');
    // Nor an audio player's label with the reading's length.
    const audio = analyze(
      `Lyssna på artikeln 7 min\n\nFilippinerna i skottlinjen när Japan och Vietnam väljer olika vägar\n\n${viBody}`,
    );
    expect(audio.title?.text).toBe('Filippinerna i skottlinjen när Japan och Vietnam väljer olika vägar');
    const thread = analyze(
      `Dien dan Song Han - Cong dong nguoi Da Nang\nTrang chu > Dien dan > Hoc tap > Ngoai ngu\n\n[Hoi] Hoc tieng Nhat o Da Nang: trung tam nao tot?\n\nThread starter meocon | Ngay bat dau 12/09/2025 | Tra loi: 6\n\n12/09/2025 21:37\nChao ca nha moi nguoi,\nMinh 24 tuoi, dang lam o KCN Hoa Khanh va muon hoc tieng Nhat de thi N3 vao thang 7 nam sau, roi xin visa ky su sang Nhat lam viec o Nagoya hoac Osaka.`,
    );
    expect(thread.title?.text).toBe('[Hoi] Hoc tieng Nhat o Da Nang: trung tam nao tot?');
    // A starter's line with the day under the title dates it, not the poster's rank over a post.
    const starter = analyze(
      `OtoViet - Dien dan xe
Dien dan
Thanh vien
Dang nhap

Xe nhap cu qua cang Hai Phong: nen mua loai nao?
Thread starter tuan_hp - 03-11-2024

#1
tuan_hp
Thanh vien moi
03-11-2024, 20:15

Chao cac bac, em dang tinh mua mot chiec xe cu nhap khau qua cang Hai Phong, mong cac bac cho loi khuyen ve thu tuc va gia ca.`,
    );
    expect(starter.title?.text).toBe('Xe nhap cu qua cang Hai Phong: nen mua loai nao?');
  });

  it('takes a headline in capitals over its deck, and one over an author with academic titles', () => {
    const a = analyze(
      `BÁO TỈNH ĐIỆN TỬ\nKINH TẾ / Đầu tư\n\nTỈNH MỜI GỌI NHÀ ĐẦU TƯ VÙNG KANSAI\nKhu kinh tế, hạ tầng cao tốc và nhân lực trẻ được giới thiệu tại Osaka\n\n${viBody}`,
    );
    expect(a.title?.text).toBe('TỈNH MỜI GỌI NHÀ ĐẦU TƯ VÙNG KANSAI');
    const essay = analyze(
      `Quan hệ Việt Nam - Nhật Bản từ năm 1973 đến nay: thành tựu và triển vọng\nTS. PHAN THỊ MINH NGUYỆT\nViện Nghiên cứu Đông Bắc Á, Viện Hàn lâm Khoa học xã hội Việt Nam\n10:25, ngày 20-05-2025\n\n${viBody}`,
    );
    expect(essay.title?.text).toBe(
      'Quan hệ Việt Nam - Nhật Bản từ năm 1973 đến nay: thành tựu và triển vọng',
    );
    expect(essay.blocks.find((b) => b.kind === 'byline')?.start).toBe(essay.text.indexOf('TS.'));
  });

  it("takes a forum thread's title by its tag in brackets, not the poster's name over the date", () => {
    const post =
      'Em chao cac anh chi a. Em ten Trang, 24 tuoi, tot nghiep nganh co khi nam 2023, hien dang lam o KCN Hoa Khanh duoc hon 1 nam va muon sang Nhat lam ky su.';
    const a = analyze(
      `Hoi Ky Su Viet Nam tai Nhat Ban\n\nMeo Mup Nagoya\n8 thang 3, 2025 luc 21:14 · Cong khai\n\n[HOI] Visa ky su di qua trung tam co dang tien khong?\n\n${post}\n\nMeo Mup Nagoya\nCam on anh nhieu a.`,
    );
    expect(a.title?.text).toBe('[HOI] Visa ky su di qua trung tam co dang tien khong?');
    // However many short words it has (25 make a paragraph of the body elsewhere).
    const long = analyze(
      `OTOFUN - Cong dong nguoi choi oto\nDien dan > Khu vuc Mua ban > Tu van mua xe\n\n[Hoi] Xe Nhat lap rap trong nuoc hay cho nguoi nha o Nhat gui xe, do dien tu ve? Cac cu tu van giup em\n\nhoangvinh_nghean\n08/10/2024 21:14\n\n${post}`,
    );
    expect(long.title?.text).toMatch(/^\[Hoi\] Xe Nhat/u);
  });

  it("takes a thread's tagged title below a group's pinned post, not the group's figures", () => {
    const pinned =
      'NOI QUY NHOM (ghim): Cam dang tuyen dung khong ghi ro dia chi cong ty. Cam quang cao lam giay to, mua ban the ngoai kieu. Moi thac mac xin nhan tin cho admin.';
    const post =
      'Chao ca nha, em moi sang hoc truong tieng Nhat o Takadanobaba duoc mot thang va dang lam hai cho baito o Tokyo, mot cho ban ngay mot cho ca dem.';
    const a = analyze(
      `Cong dong Du hoc sinh Viet Nam tai Nhat Ban\nNhom Rieng tu · 52,4K thanh vien\n\n${pinned}\n\nDuc Anh Nghe An\n19 thang 5, 2025 luc 22:14 · Tokyo\n\n[HOI] Lam 2 cho baito thi 28 tieng tinh gop hay tinh rieng?\n\n${post}`,
    );
    expect(a.title?.text).toBe('[HOI] Lam 2 cho baito thi 28 tieng tinh gop hay tinh rieng?');
    // A news teaser's tag below the body is none ("[Video] …").
    const news = analyze(`Tàu Nhật thăm Đà Nẵng\n\n${viBody}\n\n[Video] Tàu Nhật cập cảng Tiên Sa sáng nay`);
    expect(news.title?.text).toBe('Tàu Nhật thăm Đà Nẵng');
  });

  it("takes a long question over a thread's stamp for the headline, not a poster's rank and figure", () => {
    const q =
      'Con gai em sap tot nghiep lop 12, muon di du hoc tieng Nhat: nen chon truong o Tokyo, Osaka hay Fukuoka? Trung tam nao lam ho so tu te?';
    const a = analyze(
      `Webtretho - Cong dong phu nu\nTrang chu > Dien dan > Du hoc\n\n${q}\n\nChu de trong 'Du hoc' bat dau boi me_Bong, 19/10/2025\n\n#1\nme_Bong\nThanh vien tich cuc · Bai viet: 212\n19/10/2025 21:48\n\nChao cac me, em o Cau Giay, Ha Noi. Be nha em dang hoc lop 12, tu hoc tieng Nhat tren app duoc hon mot nam roi.`,
    );
    expect(a.title?.text).toBe(q);
  });

  it("does not take a section's longer subsection after its arrow for the headline", () => {
    const a = analyze(
      `LAO ĐỘNG\nThời sự | Công đoàn | Xã hội | Kinh tế | Bạn đọc | Pháp luật\nCông đoàn › Người lao động đi làm việc ở nước ngoài\nNgã giàn giáo ở Saitama, lao động Việt bị công ty phái cử bỏ rơi\nNhóm PV | 06:30 | 14/10/2025 (GMT+7)\n\n${viBody}`,
    );
    expect(a.title?.text).toBe('Ngã giàn giáo ở Saitama, lao động Việt bị công ty phái cử bỏ rơi');
    // The same after ">", which compares figures only ("GDP > 5%").
    const b = analyze(
      `Thời sự > Hoạt động của lãnh đạo Chính phủ\n\nPhó Thủ tướng tiếp đoàn doanh nghiệp Nhật Bản tại Hà Nội\n\n${viBody}`,
    );
    expect(b.title?.text).toBe('Phó Thủ tướng tiếp đoàn doanh nghiệp Nhật Bản tại Hà Nội');
  });

  it("reads past a masthead's motto in capitals and a menu with one long entry to the headline", () => {
    const a = analyze(
      `QĐND Online\nBÁO QUÂN ĐỘI NHÂN DÂN - CƠ QUAN CỦA QUÂN ỦY TRUNG ƯƠNG VÀ BỘ QUỐC PHÒNG, TIẾNG NÓI CỦA LỰC LƯỢNG VŨ TRANG VÀ NHÂN DÂN VIỆT NAM\n` +
        `Thời sự | Quốc phòng an ninh | Bảo vệ nền tảng tư tưởng của Đảng | Quốc tế | Kinh tế | Xã hội | Văn hóa | Thể thao\n\n` +
        `Sĩ quan trẻ hai nước giao lưu tại Cam Ranh\n\nCập nhật: 18:10, 20-11-2025\n\n${viBody}`,
    );
    expect(a.title?.text).toBe('Sĩ quan trẻ hai nước giao lưu tại Cam Ranh');
  });

  it('reads a breadcrumb whose section name holds a figure as a breadcrumb ("Người Việt 5 châu")', () => {
    const a = analyze(
      `Thế giới > Người Việt 5 châu\n\nBảy năm làm kỹ sư ở Nagoya của chàng trai xứ Nghệ\n\nChủ nhật, 17/11/2024\n\n${viBody}`,
    );
    expect(a.title?.text).toBe('Bảy năm làm kỹ sư ở Nagoya của chàng trai xứ Nghệ');
  });

  it("reads a wiki mirror's heading, not its menu of dotted entries or the encyclopedia's tagline", () => {
    const a = analyze(
      'WikiSpegeln.se\nStartsida · Slumpartikel · Sök\n\nSverige och Vietnamkriget\n\nFrån Wikipedia, den fria encyklopedin\n\n' +
        'Sverige och Vietnamkriget avser den svenska regeringens och opinionens hållning till kriget i Vietnam under 1960- och 1970-talen, då relationerna till USA försämrades kraftigt.',
    );
    expect(a.title?.text).toBe('Sverige och Vietnamkriget');
    // Nor its skip links on one line.
    const skip = analyze(
      'WikiSpegeln.se\nStartsida · Slumpartikel · Sök\n\nJapanska bron (Hội An)\nFrån Wikipedia, den fria encyklopedin\nHoppa till navigering Hoppa till sök\n\n' +
        'Japanska bron är en täckt bro i Hội An som enligt traditionen byggdes av japanska köpmän på 1590-talet och som i dag är stadens kändaste byggnad.',
    );
    expect(skip.title?.text).toBe('Japanska bron (Hội An)');
  });

  it('reads a headline that opens with two places and a long dash as a headline, not a dateline', () => {
    const a = analyze(`Japan – Vietnam ties enter a new stage of trust\n\n${body}`);
    expect(a.title?.text).toBe('Japan – Vietnam ties enter a new stage of trust');
    expect(a.dateline).toBeNull();
  });

  it('prefers the headline under the date to a section label over it', () => {
    const a = analyze(
      `Culture - Travel\nSaturday, 16 August 2025 - 10:24\n\nHoi An and Japan mark four centuries of trade ties\n\n${body}`,
    );
    expect(a.title?.text).toBe('Hoi An and Japan mark four centuries of trade ties');
  });

  it('reads a line closed by "(Photo by …)" as a caption with its credit, not as the headline', () => {
    const text = `Japanese parts makers trail big brands into the north\n\nWorkers check wire harnesses at a plant in Bac Giang province. (Photo by Yuki Matsuda)\n\nYUKI MATSUDA, staff writer\nSeptember 12, 2023 05:00 JST\n\n${body}`;
    const a = analyze(text);
    expect(a.title?.text).toBe('Japanese parts makers trail big brands into the north');
    expect(a.captions.map((c) => c.credit?.text)).toEqual(['Yuki Matsuda']);
  });

  it('reads a "Photo courtesy of" line as a caption with its credit, not as the headline', () => {
    const text = `Update: August 05, 2025 - 09:12\n\nInterns in Japan eye a new skills path\n\nA welder checks joints at a parts factory in Aichi. Photo courtesy of Nguyen Van Duc\n\n${body}`;
    const a = analyze(text);
    expect(a.title?.text).toBe('Interns in Japan eye a new skills path');
    expect(a.captions.map((c) => c.credit?.text)).toEqual(['Nguyen Van Duc']);
  });

  it('does not take a menu line for the headline, its entries apart by bars or runs of spaces', () => {
    const menu = analyze(
      `VnExpress\nMới nhất  Thời sự  Góc nhìn  Thế giới  Kinh doanh  Pháp luật\nThời sự › Giao thông\nThứ Sáu, 22/8/2025, 16:05 (GMT+7)\n\nMetro số 1 chở 14 triệu lượt khách sau tám tháng vận hành\n\n${viBody}`,
    );
    expect(menu.title?.text).toBe('Metro số 1 chở 14 triệu lượt khách sau tám tháng vận hành');
    const bars = analyze(
      `Chính trị | Kinh tế | Xã hội | Thế giới | Văn bản chính sách | Video\n\nThứ Tư, 08/10/2025 17:45\n\nSớm hoàn tất tái cơ cấu nhà máy lọc dầu\n\n${viBody}`,
    );
    expect(bars.title?.text).toBe('Sớm hoàn tất tái cơ cấu nhà máy lọc dầu');
  });

  it('does not take a section and its subsection for the headline, apart by one arrow', () => {
    const section = analyze(
      `VnExpress\nThế giới › Người Việt 5 châu\n\nThứ năm, 21/11/2024, 17:05 (GMT+7)\n\nDoanh nghiệp Việt mở xưởng ở Osaka\n\n${viBody}`,
    );
    expect(section.title?.text).toBe('Doanh nghiệp Việt mở xưởng ở Osaka');
    const greater = analyze(`Giáo dục > Dạy và học\n\nLớp tiếng Nhật mở cửa cho mọi người\n\n${viBody}`);
    expect(greater.title?.text).toBe('Lớp tiếng Nhật mở cửa cho mọi người');
  });

  it('does not take a section and its subsection for the headline, apart by a wide arrow or one slash', () => {
    const wide = analyze(
      `Thế giới  >  Bình luận quốc tế\n\nNhìn lại nửa thế kỷ quan hệ hai nước\n\n${viBody}`,
    );
    expect(wide.title?.text).toBe('Nhìn lại nửa thế kỷ quan hệ hai nước');
    const slash = analyze(`Chính trị / Đối ngoại\n\nHuế và Nara mở rộng hợp tác văn hóa\n\n${viBody}`);
    expect(slash.title?.text).toBe('Huế và Nara mở rộng hợp tác văn hóa');
    // A headline may hold a slash between longer parts.
    const headline = analyze(`Xuất khẩu / nhập khẩu với Nhật Bản tăng mạnh trong quý I\n\n${viBody}`);
    expect(headline.title?.text).toBe('Xuất khẩu / nhập khẩu với Nhật Bản tăng mạnh trong quý I');
  });

  it('takes a headline that opens with "Från" for the headline, and a name alone after it for the source', () => {
    const sv =
      'Kocken lärde sig hantverket i Osaka och driver nu en restaurang i Örebro med lång lunchkö varje dag.';
    const a = analyze(
      `Från Osaka till Oxhagen – kocken lagar pho med japansk precision\n\n${sv}\n\nFrån Rilpedia`,
    );
    expect(a.title?.text).toBe('Från Osaka till Oxhagen – kocken lagar pho med japansk precision');
    expect(a.outlet).toMatchObject({ text: 'Rilpedia', source: 'source-line' });
  });

  it('takes the source line after a signature for the outlet, under a body that ends on a short sentence', () => {
    const sv =
      'Kustbevakningarna från Vietnam och Japan övade räddning till sjöss utanför Da Nang under tre dagar i juni, med två fartyg och en helikopter.';
    const a = analyze(
      `VIETNAM.VN

Kustbevakningar övar utanför Da Nang

${sv}

Fartyget lämnar Da Nang i morgon.

Thanh Son

Källa: Folkets armétidning`,
    );
    expect(a.outlet).toMatchObject({
      text: 'Folkets armétidning',
      entityId: 'outlet:qdnd',
      source: 'source-line',
    });
  });

  it('reads the masthead and the wire of the header: a tagline after it, a wire under the headline', () => {
    const en =
      'Shortly after sunset on Saturday, about 300 paper lanterns drifted down a quiet stretch of the river, each one carrying a handwritten name.';
    // A masthead of many words on the first line.
    expect(
      analyze(
        `THE JAPAN NEWS by The Yomiuri Shimbun\nTop | Politics | Society | Business | World | Sports\nSociety > Features\n\nVietnamese temple in Gunma lights lanterns with its neighbors\n\nBy Yuki Matsuda\n15:20 JST, September 8, 2025\n\n${en}\n\n${en}`,
      ).outlet,
    ).toMatchObject({ entityId: 'outlet:yomiuri', source: 'header' });
    // A masthead with its tagline, over a menu and a notice, all above the headline.
    expect(
      analyze(
        `NHAN DAN ONLINE – Kommunistiska partiet i Vietnams centralkommittés organ\nHem | Politik | Ekonomi | Samhälle | Världen | Kultur\nSidan har översatts automatiskt.\n\nLyktor på floden\n\n${en}`,
      ).outlet,
    ).toMatchObject({ entityId: 'outlet:ndo', source: 'header' });
    // A wire's name between the headline and the body is the copy's source, not the site's.
    expect(
      analyze(
        `The Japan Times\nNEWS  BUSINESS  OPINION\n\nLanterns on the river\n\nKYODO\nNov 18, 2025\n\n${en}`,
      ).outlet,
    ).toMatchObject({ entityId: 'outlet:kyodo', source: 'header' });
    // A group's name that lists its topics in parentheses names no outlet.
    expect(
      analyze(
        `facebook\nHoi Kaigo Viet Nam tai Nhat Ban (EPA - TTS - Tokutei)\n\nLanterns on the river\n\n${en}`,
      ).outlet,
    ).toBeNull();
  });

  it('reads a word in capitals before its region as the dateline’s place, not an outlet', () => {
    const a = analyze(
      'Lanterns light the river\n\nOTA, Gunma — Shortly after sunset on Saturday, about 300 paper lanterns drifted down the river, each one carrying a name.\n\nMore text follows about the temple.',
    );
    expect(a.dateline).toMatchObject({ place: { text: 'OTA' }, outlet: null });
    expect(a.outlet).toBeNull();
  });

  it('takes no line of sign-in links parted by bars for the headline', () => {
    const en =
      'Seventeen Vietnamese-run shops now line a once-shuttered arcade near Momodani, and customers come from all over the city.';
    const a = analyze(
      `The Japan Times\nNEWS | BUSINESS | OPINION\nCOMMUNITY / Our Lives\n\nSubscribe | Sign in\n\nMar 14, 2026\n\nOn a back street in Osaka, a little Vietnam finds its feet\n\n${en}\n\n${en}`,
    );
    expect(a.title?.text).toBe('On a back street in Osaka, a little Vietnam finds its feet');
  });

  it('takes a masthead of many words above the headline for the outlet, not for a supertitle', () => {
    const a = analyze(`BAO NONG NGHIEP VA MOI TRUONG
Thoi su | Kinh te | Thi truong

Xuat khau thanh long sang Nhat tang manh

${viBody}`);
    expect(a.outlet).toMatchObject({ entityId: 'outlet:nong-nghiep', source: 'header' });
  });

  it('does not take a poster’s rank or a field of a profile for the thread’s headline', () => {
    const profile =
      'hoangsa_dn\nThanh vien tich cuc\nTham gia: 11/2014\nBai viet: 3.412\nDen tu: Lien Chieu, Da Nang\n\n#1  05/06/2025 07:12';
    const a = analyze(
      `Ham Hai Van tron 20 nam thong xe\n\n${profile}\n\n${viBody}\n\n${profile}\n\n${viBody}`,
    );
    expect(a.title?.text).toBe('Ham Hai Van tron 20 nam thong xe');
  });

  it('does not take a line of a profile’s figures for the headline ("Bài viết: 812 | Tham gia: 03/2019")', () => {
    const a = analyze(
      `Thanh vien tich cuc | Bai viet: 812 | Tham gia: 03/2019\nXuong o Anjo tuyen them lao dong, luong tu 1.250 yen/gio\n\n${viBody}`,
    );
    expect(a.title?.text).toBe('Xuong o Anjo tuyen them lao dong, luong tu 1.250 yen/gio');
  });

  it('takes a headline with a colon under the date line, no field of a profile', () => {
    const head = 'Mekong lever med saltet: japanska slussar, svensk forskning och böndernas lösningar';
    const sv =
      'Bönderna i deltat söker nya sätt att leva när saltvattnet tränger allt längre upp i floderna varje torrsäsong, med stöd från Japan och forskare från Sverige.';
    const a = analyze(
      `VOV.VN  |  Röst av Vietnam\nHem  Politik  Ekonomi  Samhälle  Miljö\n\nMiljö > Klimat\n\nPublicerad: 2025-09-14 07:30\n\n${head}\n\nVOV.VN – ${sv}\n\n${sv}`,
    );
    expect(a.title?.text).toBe(head);
  });

  it('does not take a by-line with its authors’ role for the headline', () => {
    const a = analyze(
      `MAI NGUYEN and KENJI TAKAHASHI, Nikkei staff writers\nJapanese lenders weigh larger stakes in Vietnamese banks\n\n${body}`,
    );
    expect(a.title?.text).toBe('Japanese lenders weigh larger stakes in Vietnamese banks');
    // Each author with a role of their own, between commas.
    const two = analyze(
      `Business  >  Retail\n\nJapanese retailers double down on Vietnam's two biggest cities\nAeon, Takashimaya and Uniqlo bet on rising incomes despite tariffs and a redrawn map\n\nYUSUKE KAWABATA, Nikkei staff writer, and THANH HUYEN, Contributing writer\nNovember 20, 2025 06:00 JST\n\n${body}`,
    );
    expect(two.title?.text).toBe("Japanese retailers double down on Vietnam's two biggest cities");
    // a headline that ends on a role after a comma, with words in lower case before it, stays one
    const b = analyze(`Vietnam honours its war reporters, photographers\n\n${body}`);
    expect(b.title?.text).toBe('Vietnam honours its war reporters, photographers');
  });

  it('reads a long menu line as the head’s, not the body, so the headline under it is found', () => {
    const menu =
      'Mới nhất  Thời sự  Góc nhìn  Thế giới  Kinh doanh  Khoa học  Giải trí  Thể thao  Pháp luật  Giáo dục  Sức khỏe  Đời sống  Du lịch  Số hóa';
    const a = analyze(
      `VnExpress\n${menu}\nGiáo dục  ›  Du học\nThứ bảy, 22/3/2025, 10:05 (GMT+7)\nSinh viên Việt nhận học bổng của doanh nghiệp Nhật\n\n${viBody}`,
    );
    expect(a.title?.text).toBe('Sinh viên Việt nhận học bổng của doanh nghiệp Nhật');
  });

  it('does not take a post’s author and group, apart by a small triangle, for the headline', () => {
    const a = analyze(
      `Facebook\nMinh Anh Ha Noi ▸ Hoi Nguoi Viet o Tokyo - Viec lam, Nha o\n14 thang 9, 2025 luc 21:47\n\nQuan pho cua vo chong tre o Shin-Okubo len song truyen hinh\n\n${viBody}`,
    );
    expect(a.title?.text).toBe('Quan pho cua vo chong tre o Shin-Okubo len song truyen hinh');
  });

  it('does not take a breadcrumb from the home page for the headline, however long its parts', () => {
    const a = analyze(
      `VOV.VN\nTrang chu / Người Việt bốn phuong / Cong đồng\n\nKhai mạc Lễ hội Việt Nam tại Tokyo\n\nThứ Bảy, 19:35, 31/05/2025\n\n${viBody}`,
    );
    expect(a.title?.text).toBe('Khai mạc Lễ hội Việt Nam tại Tokyo');
  });

  it('takes the headline over its standfirst and by-line, and no role for the outlet', () => {
    const a = analyze(
      `The Daily Planet\nJapan recasts Mekong aid as climate insurance\nSaltwater and sinking land have made the delta a test of Tokyo's development diplomacy\nBy Kenji Moriyama, Staff writer\nJun 10, 2025\n\n${body}`,
    );
    expect(a.title?.text).toBe('Japan recasts Mekong aid as climate insurance');
    expect(a.outlet?.text).not.toBe('Staff writer');
    // A co-author after "and" is no outlet either.
    const two = analyze(
      `The Daily Planet\nJapan recasts Mekong aid as climate insurance\n\nBy KENJI MORI, Planet staff writer, and LE THU HA, contributing writer\nJun 10, 2025\n\n${body}`,
    );
    expect(two.outlet?.text ?? '').not.toContain('LE THU HA');
  });

  it('takes a headline with a name in camel case over its deck and a by-line without "By"', () => {
    const a = analyze(
      `The Mekong Ledger\nHome | Latest | Business | Markets | Tech\nBusiness > Retail\n\nCoffeeHouse opens its first roasting plant in Binh Duong\n\nThe chain wants to cut import costs and sell roasted beans to Japanese buyers in the south\n\nMIKA TANAKA, Mekong Ledger staff writer\nMarch 4, 2025 09:00 JST\n\n${body}`,
    );
    expect(a.title?.text).toBe('CoffeeHouse opens its first roasting plant in Binh Duong');
    expect(a.blocks.find((b) => b.kind === 'byline')?.start).toBe(a.text.indexOf('MIKA TANAKA'));
  });

  it("still reads menu entries glued together as the head's, not as a headline", () => {
    const a = analyze(
      `Thời sựThế giớiKinh doanhGiải tríThể thao\n\nDoanh nghiệp Nhật mở rộng đầu tư tại Bắc Ninh\n\nThứ hai, 3/3/2025 08:00\n\n${viBody}`,
    );
    expect(a.title?.text).toBe('Doanh nghiệp Nhật mở rộng đầu tư tại Bắc Ninh');
  });

  it('reads a blog post line dated with a month in words, whose counter is no outlet', () => {
    const a = analyze(
      `Nhật ký một hướng dẫn viên\nTrang chủ | Hành trình | Liên hệ\n\nBa ngày cùng đoàn khách Nhật ở Hà Giang\n\nĐăng ngày 20 Tháng Mười, 2024 bởi Tùng | 3 bình luận\n\n${viBody}`,
    );
    expect(a.title?.text).toBe('Ba ngày cùng đoàn khách Nhật ở Hà Giang');
    expect(a.published?.iso).toBe('2024-10-20');
    expect(a.outlet).toBeNull();
  });

  it('takes the lead credit over a domain standing as the masthead above the headline', () => {
    const sv =
      'Festivalen samlade tusentals besökare i den gamla staden, med japansk trumkonst, teceremonier och en utställning om handeln mellan hamnarna.';
    const a = analyze(
      `Vietnam.vn\nHem | Nyheter | Kultur\n\nKulturfestival i Hoi An\n\n(VietnamPlus) – ${sv}\n\n${sv}`,
    );
    expect(a.outlet).toMatchObject({ entityId: 'outlet:vietnamplus', source: 'lead' });
    // (At the foot of the page the domain is the closing credit.)
    expect(analyze(`Kulturfestival i Hoi An\n\n${sv}\n\n${sv}\n\nVietnam.vn`).outlet).toMatchObject({
      text: 'Vietnam.vn',
      source: 'domain',
    });
  });

  it("does not take a post's author and its group's name after an arrow for the headline", () => {
    const a = analyze(
      `Facebook\nTrang chu   Video   Nhom\n\nHoi Nguoi Viet o Gifu (TTS, Ky su)\nNhom Rieng tu - 12,4K thanh vien\n\nLe Van Tam > Hoi Nguoi Viet o Gifu (TTS, Ky su)\n3 thang 8, 2025 luc 21:10\n\n${viBody}`,
    );
    expect(a.title).toBeNull();
    // A post tagged as an urgent question under them is the thread's title.
    const tagged = analyze(
      `Facebook\n\nHoi Nguoi Viet o Gifu (TTS, Ky su)\nNhom Rieng tu - 12,4K thanh vien\n\nQuy tac nhom: khong dang tin tuyen dung, khong moi chao vay tien, khong chia se so dien thoai cua nguoi khac.\n\nLe Van Tam\n3 thang 8, 2025 luc 21:10\n\n[HOI GAP] Cong ty giu ho chieu cua em, ae nao biet cach lay lai khong a\n\n${viBody}`,
    );
    expect(tagged.title?.text).toBe(
      '[HOI GAP] Cong ty giu ho chieu cua em, ae nao biet cach lay lai khong a',
    );
  });

  it("takes a post's tagged title under its author's name and date, not the name", () => {
    const a = analyze(
      `Facebook\nTrang chu | Video | Nhom\n\nNguoi Viet tai Chiba | Viec lam - Nha o\nNhom Cong khai · 9,1K thanh vien\n\nTuan Beo Funabashi\n18 thang 3, 2026 · Funabashi-shi · 🌏\nDa chinh sua\n\n[CAN GIUP GAP] Ban em bi ngat trong xuong, cong ty khong cho di vien\n\n${viBody}`,
    );
    expect(a.title?.text).toBe('[CAN GIUP GAP] Ban em bi ngat trong xuong, cong ty khong cho di vien');
  });

  it("reads a caption's credit in capitals after a bar as a caption, and an essay's headline with stops over its by-line", () => {
    const a = analyze(
      `The Japan Times\nNEWS  BUSINESS  OPINION  LIFE\nOPINION / COMMENTARY\n\nJapan wants its new workers to stay. Its rules still push them out.\n\nBY LE THI THU HA\nJan 14, 2026\n\nTrainees attend a language class at a care home in Kawaguchi, Saitama Prefecture. | KYODO\n\n${body}`,
    );
    expect(a.title?.text).toBe('Japan wants its new workers to stay. Its rules still push them out.');
    expect(a.captions.map((c) => c.credit?.text)).toEqual(['KYODO']);
    // A quotation over a by-line is no headline.
    const sv =
      'Familjen fick vänta i två dygn innan räddningstjänsten kunde ta sig fram till byn i bergen, berättar hon.';
    const quote = analyze(
      `Svensk familj fast i översvämningen i Hoi An\n\n– Jag har aldrig varit så rädd, säger Anna till tidningen.\n\nAv Karin Holm\n12 oktober 2025\n\n${sv}`,
    );
    expect(quote.title?.text).toBe('Svensk familj fast i översvämningen i Hoi An');
  });

  it("takes a headline that closes on a quotation, whatever the quotation's last word", () => {
    const head = 'Hamnen på studieresa i Vietnam: ”De bygger i en takt vi bara kan drömma om”';
    const sv =
      'Delegationen besökte under veckan hamnen i Hai Phong och träffade de japanska operatörerna som driver terminalen sedan flera år.';
    const a = analyze(`Ekonomi › Sjöfart\n\n${head}\n\nElin Berg\nPublicerad 12 mars 2026 kl 06.00\n\n${sv}`);
    expect(a.title?.text).toBe(head);
  });

  it("takes a blog post's headline over its poster's line, not the blog's tagline over its menu", () => {
    const head = 'Mùa hoa anh đào ở Hokkaido: chín ngày đi muộn mà không tiếc';
    const a = analyze(
      `BLOG CỦA LAN\nNhật ký xê dịch của một cô gái văn phòng ở Hà Nội\n\nTrang chủ | Nhật Bản | Hàn Quốc | Đông Nam Á | Kinh nghiệm visa | Về Lan\n\nThứ Tư, 14 tháng 5, 2025\n\n${head}\n\nĐăng bởi Đào Ngọc Lan lúc 21:40 | Nhãn: Nhật Bản, Hokkaido | 23 bình luận\n\n${viBody}`,
    );
    expect(a.title?.text).toBe(head);
    // The poster is no outlet, nor are the post's labels.
    expect(a.outlet).toBeNull();
  });

  it("takes no post author's name over the post's date on a social network's page for the headline", () => {
    const a = analyze(
      `Facebook\nTrang chủ   Video   Nhóm\n\nHồng Nhung Võ\n3 tháng 2, 2026 lúc 22:14 · Kurayoshi, Tottori · 🌏\n\n${viBody}`,
    );
    expect(a.title).toBeNull();
    const zalo = analyze(
      `Zalo\nCong dong: DU HOC NHAT BAN - HOI DAP\nCong dong · 6.204 thanh vien\n\nBai dang tren bang tin cong dong\nHai Nam 2k7 Nam Dinh\n22:47 12/03/2026\n\n${viBody}`,
    );
    expect(zalo.title).toBeNull();
  });

  it('takes a headline glued in front of its date line, and leaves other words before a date alone', () => {
    const head = 'Thu tuong gap lanh dao Keidanren, de nghi doanh nghiep Nhat mo rong dau tu';
    const a = analyze(
      `Tin tuc 24h - Tong hop tin nhanh\nThoi su | The gioi | Kinh doanh | Doi song\n${head} Cap nhat: 10:15 | 22/09/2025\n\n${viBody}`,
    );
    expect(a.title?.text).toBe(head);
    expect(a.published?.iso).toBe('2025-09-22T10:15');
    const thread = analyze(
      `Chu de trong 'Rao vat Kanto' bat dau boi NgocHa_Warabi, Ngay dang: 12/05/2025\n\n${viBody}`,
    );
    expect(thread.title).toBeNull();
  });

  it("takes a forum thread's title over its starter's line, a list of examples in brackets closing it", () => {
    const head = 'Gui tien ve Nghe An, Thanh Hoa cach nao re va nhanh nhat? (SBI, DCOM, Kyodai, Yucho...)';
    const a = analyze(
      `VNJPForum - Dien dan nguoi Viet tai Nhat\nDang nhap | Dang ky\nTrang chu\nDien dan\nViec lam - Visa\nTai chinh - Ngan hang\nCho troi\nHoi dap\nDien dan > Cuoc song tai Nhat > Tai chinh - Ngan hang\n${head}\nBat dau boi tts_dienchau93, 15-01-2025, 21:14\n\n${viBody}`,
    );
    expect(a.title?.text).toBe(head);
  });

  it("does not take a reporters' group's by-line for the headline", () => {
    const head = '14 thực tập sinh ở Aichi bị quỵt tiền làm thêm giờ: Đại sứ quán vào cuộc';
    const a = analyze(
      `Lao động / Xuất khẩu lao động\n${head}\n08/10/2024 10:22\nNhóm phóng viên Lao động\n\n(NLĐO) - ${viBody}`,
    );
    expect(a.title?.text).toBe(head);
  });

  it("takes the post under a page's name, its fields and a post's stamp with its audience's icon", () => {
    const head = 'TẾT BÍNH NGỌ 2026 - ĂN TẾT NHƯ Ở NHÀ GIỮA NAMBA';
    const a = analyze(
      `Quán Sông Hồng - Ẩm thực Việt Namba\nTrang · Nhà hàng Việt Nam · Naniwa-ku, Osaka\n2 tháng 2, 2026 lúc 20:15 · 🌏\n${head}\n\n${viBody}`,
    );
    expect(a.title?.text).toBe(head);
  });

  it('does not take a breadcrumb of a slash that opens on an entry of the menu above it', () => {
    const head = 'Học viên sĩ quan Nhật Bản thăm trường sĩ quan hải quân';
    const a = analyze(
      `Báo Quân khu\nTrang chủ\nThời sự\nQuốc phòng - An ninh\nKinh tế\nXã hội\nVăn hóa\nQuốc phòng - An ninh / Đối ngoại quốc phòng\n${head}\nThứ Tư, 19/03/2025 - 17:25\n\n${viBody}`,
    );
    expect(a.title?.text).toBe(head);
  });

  it("takes neither a post's stamp of how long ago, its author nor the group's button for the headline", () => {
    const a = analyze(
      `Facebook\nTrang chu\nVideo\nNhom\n\nHoi Nguoi Viet tai Fukuoka - Viec lam, Nha o\n\nNhom Cong khai - 24,8K thanh vien\nTham gia nhom\nPham Minh Hai\n3 gio - Cong khai\n[TIM VIEC] Chao ca nha a. Em la Hai, du hoc sinh nam 2 o Fukuoka, em dang tim viec lam them ca toi hoac cuoi tuan.\n\n${viBody}`,
    );
    expect(a.title).toBeNull();
    // A headline is still read over a stamp of its own kind of words.
    expect(analyze(`Ba gio chieu o Hakata\n\n${viBody}`).title?.text).toBe('Ba gio chieu o Hakata');
  });

  it("takes no chat message's sender line for the headline, nor a breadcrumb of spaced menu entries", () => {
    const chat = analyze(
      `Zalo\nNhom: GUI HANG TU NHAT VE VIET NAM\n1.248 thanh vien\n\nThu Ha Osaka (20:14)\nCho em hoi moi nguoi voi a, em muon gui khoang 15kg do ve Nghe An.\n\nTuan Kansai (20:17)\nRe nhat la gom hang roi gui qua ben ship nguoi Viet o Osaka.\n\n${viBody}`,
    );
    expect(chat.title).toBeNull();
    // Nor a group's pinned post, nor a message opening on its time in brackets.
    const pinned = analyze(
      'Zalo PC - Xuat lich su tro chuyen\nAE TTS Gifu - Ogaki\nNhom - 146 thanh vien\nGhim: Noi quy nhom: khong quang cao, khong ban hang. - Admin Tran Van Hung\n\n--- 12/08/2024 ---\n[20:47] Pham Thi Ha: Moi nguoi oi, co ai o cong ty Kiso Press o Ogaki khong? Em nghe noi chieu nay co TTS bi thuong.',
    );
    expect(pinned.title).toBeNull();
    const head = 'Học tiếng Nhật qua phim hoạt hình, người trẻ tự mở lối';
    const crumb = analyze(
      `Báo Mới\nThời sự\nGóc nhìn\nThế giới\nKinh doanh\nGiáo dục\nSức khỏe\n\nGiáo dục  Tin tức\n\n${head}\n\nThứ Bảy, 15/3/2025, 08:00 (GMT+7)\n\n${viBody}`,
    );
    expect(crumb.title?.text).toBe(head);
  });

  it("takes the post under a page's name over its stamp whose audience icon the scraper dropped", () => {
    const head = '🧧 TIỆC TẤT NIÊN & ĐÓN TẾT 2025 tại quán 🧧';
    const a = analyze(
      `Phở Hà Nội Sakae - Quán Việt ở Nagoya\nNhà hàng Việt Nam · Naka-ku, Nagoya\nTrang chủ\nGiới thiệu\nẢnh\nPhở Hà Nội Sakae\n12 tháng 1, 2025 · Nagoya ·\n${head}\n${viBody}`,
    );
    expect(a.title?.text).toBe(head);
  });

  it("takes the post under a group's name over its stamp whose audience is written out", () => {
    const head = 'THÔNG BÁO: TẾT VIỆT NAGOYA 2025 – XUÂN ẤM ÁP TÌNH QUÊ';
    const a = analyze(
      `Facebook\nTrang chủ\nNhóm\nHội Người Việt Nam tại Nagoya\n18 tháng 1, 2025 lúc 20:15 · Công khai\n\n${head}\n\n${viBody}`,
    );
    expect(a.title?.text).toBe(head);
  });

  it('takes a headline that ends on a marked word spelt like an English function word', () => {
    // "thể" folds to "the", "ăn" to "an": Vietnamese words, not a sentence broken across lines.
    const head = 'Tàu Hải quân thăm cảng Maizuru, Nhật Bản tổ chức lễ đón trọng thể';
    const a = analyze(
      `Trang chủ | Thời sự | Quốc phòng - An ninh | Kinh tế | Xã hội | Văn hóa\nQuốc phòng - An ninh > Quan hệ quốc tế\nThứ Ba, 15/10/2024 - 19:42\n${head}\n${viBody}`,
    );
    expect(a.title?.text).toBe(head);
    // A line that does end on a function word is still no headline.
    const broken = analyze(`Quốc phòng - An ninh\nHai bên thống nhất mở rộng hợp tác với\n${viBody}`);
    expect(broken.title).toBeNull();
  });

  it('takes a long headline of many syllables right under the date line', () => {
    const head =
      'Doi thoai Chien luoc Viet Nam - Nhat Ban: hai ben nhat tri tang cuong hop tac tren bien, ung ho giai quyet tranh chap o Bien Dong bang bien phap hoa binh';
    const lead =
      'Tokyo (TTXVN) - Ngay 26/2, tai Tokyo, hai Thu truong Ngoai giao da dong chu tri Doi thoai lan thu 12, co che doi thoai cap thu truong dau tien giua hai nuoc.';
    const a = analyze(`The gioi > Ngoai giao\nThu Tu, 26/02/2025 - 18:05\n${head}\n${lead}`);
    expect(head.length).toBeGreaterThan(150);
    expect(a.title?.text).toBe(head);
    // Elsewhere such a line is a lead that lost its stop: the headline stays the line above it.
    const sapo = analyze(`Hai nuoc can giu hoa binh tren bien\n${head}\n${lead}`);
    expect(sapo.title?.text).toBe('Hai nuoc can giu hoa binh tren bien');
  });

  it('splits a headline from the date and time glued after it', () => {
    const head = 'Japan och Vietnam fördjupar samarbetet mellan kustbevakningarna';
    const a = analyze(
      `Världen\nAsien\n\n${head} 20 juni 2024 14:32\nDenna artikel har översatts maskinellt.\n\n${body}`,
    );
    expect(a.title?.text).toBe(head);
    expect(a.published?.iso).toBe('2024-06-20T14:32');
  });

  it("takes neither a site's offer to follow it nor a chat's message cut from its stamp for the headline", () => {
    const head = 'Japan-backed expansion to ease overload at a Saigon hospital';
    const a = analyze(
      `Society > Health\n\n${head}\n\nThursday, November 21, 2024 16:45\n\nFollow VietnamPlus on Google News\n\n${body}`,
    );
    expect(a.title?.text).toBe(head);
    // A chat's export: the app's banner and its messages are no headline.
    const chat = analyze(
      'Zalo - Xuất lịch sử trò chuyện\nNhóm: Người Việt Osaka\n\n[08/08/2024 16:58] Hùng Osaka: Mọi người ơi vừa động đất ở Miyazaki, nhà em rung nhẹ thôi, có ai bị sao không?\n\n[08/08/2024 17:02] Ngọc Hân: Ở Ikuno em không thấy rung gì, mọi người kiểm tra ứng dụng cảnh báo nhé.',
    );
    expect(chat.title).toBeNull();
  });
});
