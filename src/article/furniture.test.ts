// Page furniture of real scraped pages, in pages we wrote in their layouts: headlines among chrome,
// dates in the forms sites print them, and the outlet credits a page gives itself.
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';

const BODY =
  'The two foreign ministers met in the capital on Tuesday and agreed to expand cooperation in trade, investment, labour and maritime security over the coming years.';
const VI_BODY =
  'Hai bên nhất trí tăng cường hợp tác trong các lĩnh vực thương mại, đầu tư, lao động và an ninh hàng hải trong thời gian tới, đồng thời thúc đẩy giao lưu nhân dân.';

const page = (...lines: string[]) => lines.join('\n\n');

describe('headline', () => {
  it('is never a skip-link, a widget, a menu or a site banner', () => {
    expect(
      analyze(page('Accessibility links', 'Breaking News', 'Japan and Vietnam widen their labour pact', BODY))
        .title?.text,
    ).toBe('Japan and Vietnam widen their labour pact');
    expect(
      analyze(page('Connect with us', 'Japan and Vietnam widen their labour pact', BODY)).title?.text,
    ).toBe('Japan and Vietnam widen their labour pact');
    expect(
      analyze(
        page(
          'Hà Nội: 21°C Hà Nội',
          'Đà Nẵng: 26°C Đà Nẵng',
          'Nhật Bản và Việt Nam mở rộng hợp tác lao động',
          VI_BODY,
        ),
      ).title?.text,
    ).toBe('Nhật Bản và Việt Nam mở rộng hợp tác lao động');
    expect(
      analyze(page('Vào nội dung chính', 'Nhật Bản và Việt Nam mở rộng hợp tác lao động', VI_BODY)).title
        ?.text,
    ).toBe('Nhật Bản và Việt Nam mở rộng hợp tác lao động');
  });

  it('is the line under which the date or by-line stands, past a kicker and a tag line', () => {
    const text = page('Ministers meet in Hanoi to discuss trade', 'World, Asia', 'By Staff Reporter', BODY);
    expect(analyze(text).title?.text).toBe('Ministers meet in Hanoi to discuss trade');
    expect(
      analyze(
        page('NHẬT BẢN - VIỆT NAM - QUỐC PHÒNG', 'Nhật Bản trao thêm tàu tuần tra cho Việt Nam', VI_BODY),
      ).title?.text,
    ).toBe('Nhật Bản trao thêm tàu tuần tra cho Việt Nam');
  });

  it("is the line between the date and a body that opens on its dateline, past a section's name and a label", () => {
    const text = page(
      'Nguoi Viet o nuoc ngoai',
      'Ban doc',
      'Thu Sau, 17/01/2025 - 09:40',
      'Lao dong Nghe An bi thuong nang tai cong truong o Saitama',
      `Tokyo (TTXVN) - ${VI_BODY}`,
    );
    expect(analyze(text).title?.text).toBe('Lao dong Nghe An bi thuong nang tai cong truong o Saitama');
    // A credit's label there is no headline.
    const credited = page(
      'Lao động ở Nhật dồn tiền gửi về quê ăn Tết',
      '15/01/2025 08:00',
      'Bài và ảnh: Hải Hà',
      `Nghệ An (NLĐO) - ${VI_BODY}`,
    );
    expect(analyze(credited).title?.text).toBe('Lao động ở Nhật dồn tiền gửi về quê ăn Tết');
    // Past a photo's caption under it; a headline may open on a label.
    const captioned = page(
      'Vietnamesiska i utlandet',
      'Hem > Politik > Utrikes',
      'Torsdag, 14/11/2024 16:32',
      'Talesperson Pham Thu Hang: Vietnam gratulerar Japans premiärminister till omvalet',
      'Talespersonen vid den ordinarie presskonferensen. Foto: VNA',
      `Hanoi (VNA) – ${BODY}`,
    );
    expect(analyze(captioned).title?.text).toBe(
      'Talesperson Pham Thu Hang: Vietnam gratulerar Japans premiärminister till omvalet',
    );
    // Not a writer's name there.
    const signed = page(
      'Tiếng Nhật trong trường phổ thông: từ lớp học thí điểm đến môn được yêu thích',
      '14/11/2024 06:30',
      'Lê Minh Phong',
      `GD&TĐ - ${VI_BODY}`,
    );
    expect(analyze(signed).title?.text).toBe(
      'Tiếng Nhật trong trường phổ thông: từ lớp học thí điểm đến môn được yêu thích',
    );
  });

  it("is no photo's caption between the date and the dateline, and no poster's rank over their figures", () => {
    const captioned = page(
      'Emperor and Empress pay homage in Hue to a thinker tied to Japan',
      'KYODO NEWS - Mar 4, 2017 - 21:07 | World',
      'The Emperor and Empress walk past the gate of the citadel in Hue, on March 4, 2017. (Kyodo)',
      `HUE, Vietnam (Kyodo) — ${BODY}`,
    );
    expect(analyze(captioned).title?.text).toBe(
      'Emperor and Empress pay homage in Hue to a thinker tied to Japan',
    );
    const thread = page(
      'Dien dan > Du lich nuoc ngoai > Nhat Ban',
      'Bay Ha Noi di Tokyo, Osaka: chon hang nao, san bay nao?',
      'hoangtuan_hn',
      'Thanh vien tich cuc',
      'Bai viet: 1.212',
      '15-01-2025, 21:03',
      VI_BODY,
    );
    expect(analyze(thread).title?.text).toBe('Bay Ha Noi di Tokyo, Osaka: chon hang nao, san bay nao?');
  });

  it("is no section's name repeated from a menu of one entry a line", () => {
    const menu = ['Thời sự', 'Thế giới', 'Kinh tế', 'Người Việt bốn phương', 'Văn hóa', 'Thể thao'].join(
      '\n',
    );
    const text = [
      'Báo Tin tức - TTXVN',
      menu,
      'Người Việt bốn phương',
      'Chủ nhật, 26/01/2025 - 10:45',
      'Ấm áp Tết Cộng đồng của người Việt Nam tại Nhật Bản',
      `Tokyo (TTXVN) - ${VI_BODY}`,
    ].join('\n');
    expect(analyze(text).title?.text).toBe('Ấm áp Tết Cộng đồng của người Việt Nam tại Nhật Bản');
  });

  it("is a post's first line under its stamp, not the page's name over it, a greeting, a mark of an edit or a chat's member", () => {
    const post = (...lines: string[]) =>
      analyze(
        [
          'Facebook',
          'Trang chủ',
          'Chùa Biển Xanh - Gunma',
          'Tổ chức tôn giáo · Ota, Gunma',
          'Bài viết',
          'Chùa Biển Xanh - Gunma',
          '28 tháng 8, 2025 lúc 21:05 · 🌏',
          ...lines,
          VI_BODY,
        ].join('\n'),
      ).title?.text;
    expect(post('THÔNG BÁO LỄ VU LAN BÁO HIẾU NĂM 2025', 'Nam mô A Di Đà Phật!')).toBe(
      'THÔNG BÁO LỄ VU LAN BÁO HIẾU NĂM 2025',
    );
    // (The audience after a bar: "… lúc 21:05 | Công khai".)
    expect(
      analyze(
        [
          'Facebook',
          'Trung tam Nhat ngu Bien Xanh',
          '1.204 nguoi theo doi',
          'Trung tam Nhat ngu Bien Xanh',
          '27 thang 1, 2025 luc 20:15 | Cong khai',
          'CHUC MUNG CAC BAN DO JLPT THANG 12!',
          VI_BODY,
        ].join('\n'),
      ).title?.text,
    ).toBe('CHUC MUNG CAC BAN DO JLPT THANG 12!');
    expect(post('Đã chỉnh sửa', '[THÔNG BÁO] Lịch lễ Vu Lan tại chùa năm nay')).toBe(
      '[THÔNG BÁO] Lịch lễ Vu Lan tại chùa năm nay',
    );
    // A chat has no headline: not its pinned messages' heading, nor a member's name and role.
    const chat = [
      'Zalo',
      'NHOM KY SU BIEN XANH',
      '1.204 thanh vien',
      'Tin nhan da ghim',
      'Tran Van Nam (Truong nhom) - 21:05 14/06/2025',
      '[GHIM] Moi nguoi doc ky noi quy truoc khi dang bai nhe, cam quang cao.',
      'Hom qua',
      'Le Thi Hoa 21:03',
      'Cho em hoi thu tuc gia han visa ky su o Shizuoka mat bao lau a?',
    ].join('\n');
    expect(analyze(chat).title).toBeNull();
  });

  it("is no forum poster's rank, though it stands under each of their posts", () => {
    const post = (n: number) => [
      'hoanganh_thanhhoa',
      'Thành viên mới',
      `18/05/2025 lúc 2${n}:14 #${n}`,
      VI_BODY,
    ];
    const text = page(
      'Diễn đàn > Lao động > Hỏi đáp thi kỹ năng',
      'Hỏi lịch thi kỹ năng nông nghiệp tháng 6, thi ở đâu, đăng ký thế nào?',
      "Chủ đề trong 'Hỏi đáp thi kỹ năng' bắt đầu bởi hoanganh_thanhhoa, 18/05/2025.",
      ...post(1),
      ...post(3),
    );
    expect(analyze(text).title?.text).toBe(
      'Hỏi lịch thi kỹ năng nông nghiệp tháng 6, thi ở đâu, đăng ký thế nào?',
    );
  });

  it('matches the page slug and is not the slug itself', () => {
    const text = page(
      'ministers-meet-in-hanoi-to-discuss-trade',
      'Asia Pacific desk',
      'Ministers meet in Hanoi to discuss trade',
      BODY,
    );
    expect(analyze(text).title?.text).toBe('Ministers meet in Hanoi to discuss trade');
  });

  it('is null for a sentence broken across lines and for a list of teasers', () => {
    expect(analyze('I Östkinesiska havet i\nnorr växer spänningen mellan grannarna.').title).toBeNull();
    const list = page(
      'Ministers meet in Hanoi',
      'The two ministers met in the capital on Tuesday and agreed to expand…',
      'New rail line opens in the north',
      'A new line between the two cities opened to passengers this weekend after…',
    );
    expect(analyze(list).title).toBeNull();
  });

  it('is split off a body it is glued to, before the lead credit', () => {
    const a = analyze(`Việt Nam và Nhật Bản diễn tập cứu nạn trên biển (Tin Biển) - ${VI_BODY}`);
    expect(a.title?.text).toBe('Việt Nam và Nhật Bản diễn tập cứu nạn trên biển');
    expect(a.outlet?.text).toBe('Tin Biển');
  });
});

describe('published date', () => {
  it("is null where the page's only date line states no year, as a social post's stamp", () => {
    const a = analyze(
      page('Nhà hàng Phố Hội Hiroshima', '22 tháng 9 lúc 20:14 · 🌏', 'ĐÊM HỘI TRĂNG RẰM', VI_BODY),
    );
    expect(a.published).toBeNull();
    const b = analyze(
      page('Nhà hàng Phố Hội Hiroshima', '22 tháng 9, 2025 lúc 20:14 · 🌏', 'ĐÊM HỘI TRĂNG RẰM', VI_BODY),
    );
    expect(b.published?.iso).toBe('2025-09-22T20:14');
  });

  it("is the date line over the headline, not a related article's date after the body", () => {
    const a = analyze(
      page(
        'NEWS RELEASE',
        'February 18, 2026',
        'Harukaze opens a research centre in Da Nang',
        BODY,
        BODY,
        'Related releases',
        '- January 29, 2026: Harukaze to buy an integrator in Thailand',
      ),
    );
    expect(a.published?.iso).toBe('2026-02-18');
  });

  it('is the date line under the headline, not the site clock above it', () => {
    const text = page(
      'Thứ Sáu, 12/01/2024 07:15',
      'Hai nước ký thỏa thuận hợp tác lao động mới',
      'PV - 14:05, 23/08/2022',
      VI_BODY,
    );
    expect(analyze(text).published).toMatchObject({ iso: '2022-08-23T14:05', source: 'date-line' });
  });

  it('is read from labelled, glued and by-line forms', () => {
    expect(
      analyze(page('Ministers meet in Hanoi to talk trade', 'Uppdaterad 18.01.2022 08:33.', BODY)).published
        ?.iso,
    ).toBe('2022-01-18T08:33');
    expect(
      analyze(page('Ministers meet in Hanoi to talk trade', 'editor05/03/2021 16:23', BODY)).published?.iso,
    ).toBe('2021-03-05T16:23');
    expect(
      analyze(
        page(
          'Ministers meet in Hanoi to talk trade',
          'By Desk Writer   March 1, 2017 | 03:07 pm GMT+7',
          BODY,
        ),
      ).published?.iso,
    ).toBe('2017-03-01T15:07+07:00');
    // A blog's by-line with its author, time and day, and the comments' stamps below.
    expect(
      analyze(
        page(
          'Mùa đông ở Asahikawa và ca đêm ở viện dưỡng lão',
          'Đăng bởi Minh Thư lúc 21:30 ngày 14/01/2025 | Chuyên mục: Cuộc sống',
          VI_BODY,
          'Lan Anh 15/01/2025 08:02',
        ),
      ).published?.iso,
    ).toBe('2025-01-14T21:30');
    expect(analyze(` date 2023-11 ${VI_BODY}`).published).toMatchObject({
      iso: '2023-11',
      precision: 'month',
    });
  });

  it('is read from a dated dateline, but never from prose or a caption', () => {
    expect(analyze(`TOKYO, Nov 24, 2021 (Kyodo) - ${BODY}`).published).toMatchObject({
      iso: '2021-11-24',
      source: 'dateline',
    });
    expect(analyze(`HANOI, October 21 (Kyodo) - ${BODY}`).published).toBeNull();
    expect(
      analyze(page('Ministers meet', `${BODY} They will meet again on May 5, 2024.`)).published,
    ).toBeNull();
    expect(
      analyze(
        page('Ministers meet in Hanoi to talk trade', 'FILE - The ministers in Hanoi, Nov. 27, 2023.', BODY),
      ).published,
    ).toBeNull();
  });
});

describe('outlet', () => {
  it("is the agency's sign-off closing the story, though captions and other headlines follow it", () => {
    const a = analyze(
      page(
        'Japanese grant opens a hospital wing in Huế',
        `${BODY} The ceremony ended at noon. — VNS`,
        'The new wing of the hospital on Monday. — VNA/VNS Photo Minh Anh',
        'Read more:',
        'Japan grants aid for cancer screening in Quảng Bình',
        'Japanese doctors hold an eye surgery camp in Đà Nẵng',
      ),
    );
    expect(a.outlet).toMatchObject({ text: 'VNS', source: 'signoff' });
  });

  it('is the name after "Theo" on a source line that has a label before it ("Nguồn: Theo …")', () => {
    const a = analyze(page('Nhat Ban mo nha may may o Thai Binh', VI_BODY, 'Nguon: Theo Bao Thai Binh'));
    expect(a.outlet?.text).toBe('Bao Thai Binh');
  });

  it("is a broadcaster's programme named under its masthead, above the headline", () => {
    const sv =
      'Utrikesministrarna möttes i huvudstaden på tisdagen och kom överens om att bygga ut samarbetet om handel, arbetskraft och säkerhet till sjöss.';
    const a = analyze(
      page('Sveriges Radio\nNyheter\nEkot\nP1', 'Vietnam och Japan fördjupar samarbetet', sv),
    );
    expect(a.outlet).toMatchObject({ name: 'Ekot', source: 'header' });
    // The broadcaster alone where no programme of its is named above the headline.
    const b = analyze(page('Sveriges Radio\nNyheter\nP1', 'Vietnam och Japan fördjupar samarbetet', sv));
    expect(b.outlet).toMatchObject({ name: 'Sveriges Radio', source: 'header' });
  });

  it("is a province's newspaper merged with its broadcaster, named in the masthead", () => {
    const a = analyze(
      page('BÁO VÀ PHÁT THANH, TRUYỀN HÌNH THANH HÓA', 'Hai tỉnh ký kết hợp tác hữu nghị', VI_BODY),
    );
    expect(a.outlet).toMatchObject({ text: 'BÁO VÀ PHÁT THANH, TRUYỀN HÌNH THANH HÓA', source: 'header' });
    expect(
      analyze(page('Báo và Phát thanh, Truyền hình', 'Hai tỉnh ký kết hợp tác hữu nghị', VI_BODY)).outlet,
    ).toBeNull();
    // Its lead credit in the province's initials is it.
    const lead = analyze(
      page(
        'BÁO VÀ PHÁT THANH, TRUYỀN HÌNH ĐÀ NẴNG',
        'Hai thành phố ký kết hợp tác hữu nghị',
        `ĐN - ${VI_BODY}`,
      ),
    );
    expect(lead.outlet).toMatchObject({ text: 'ĐN', name: 'BÁO VÀ PHÁT THANH, TRUYỀN HÌNH ĐÀ NẴNG' });
  });

  it('is a site named "… Online" in the masthead, and its initials in the lead credit', () => {
    const a = analyze(
      page('VĨNH PHÚC ONLINE - Tin tức địa phương', 'Hai tỉnh ký kết hợp tác hữu nghị', VI_BODY),
    );
    expect(a.outlet).toMatchObject({ text: 'VĨNH PHÚC ONLINE', source: 'header' });
    const lead = analyze(page('Hòa Bình Online', 'Hai tỉnh ký kết hợp tác hữu nghị', `(HBO) - ${VI_BODY}`));
    expect(lead.outlet).toMatchObject({ text: 'HBO', name: 'Hòa Bình Online' });
    // A sentence that ends on the word is no masthead.
    expect(analyze(page('Đọc báo Online', 'Hai tỉnh ký kết hợp tác hữu nghị', VI_BODY)).outlet).toBeNull();
  });

  it("is the masthead's outlet for a lead credit of its name run together as its domain writes it", () => {
    const a = analyze(page('BÁO LÀO CAI', 'Hai tỉnh ký kết hợp tác hữu nghị', `(Baolaocai) - ${VI_BODY}`));
    expect(a.outlet).toMatchObject({ text: 'Baolaocai', name: 'BÁO LÀO CAI', source: 'lead' });
  });

  it("is the masthead's outlet for a lead credit of its initials written without the stroke of Đ", () => {
    const a = analyze(page('LAO ĐỘNG', 'Hai tỉnh ký kết hợp tác hữu nghị', `LD - ${VI_BODY}`));
    expect(a.outlet).toMatchObject({ text: 'LD', entityId: 'outlet:lao-dong' });
    // "&" gives no initial: "SỨC KHỎE & ĐỜI SỐNG" is SKĐS.
    const b = analyze(page('SỨC KHỎE & ĐỜI SỐNG', 'Hai bệnh viện ký kết hợp tác', `SKĐS - ${VI_BODY}`));
    expect(b.outlet).toMatchObject({ text: 'SKĐS', entityId: 'outlet:suc-khoe-doi-song' });
  });
  it('is read from the lead credit in its many forms', () => {
    // Initials joined by "&" ("Giáo dục & Thời đại").
    expect(analyze(`GD&TD - ${VI_BODY}`).outlet).toMatchObject({
      text: 'GD&TD',
      entityId: 'outlet:giao-duc-thoi-dai',
    });
    expect(analyze(`(VOVworld) ${BODY}`).outlet?.text).toBe('VOVworld');
    expect(analyze(`HANOI, Oct. 19 (Jiji Press)--${BODY}`).outlet?.text).toBe('Jiji Press');
    expect(analyze(`HANOI, October 21. /TASS/. ${BODY}`).outlet?.text).toBe('TASS');
    expect(analyze(`ABCNews - ${BODY}`).outlet?.text).toBe('ABCNews');
    // A domain in capitals under the masthead ("TTH.VN - …"), not the masthead's name above it.
    expect(
      analyze(page('Báo Biển Xanh điện tử', 'Hai tỉnh ký kết hợp tác', `TTH.VN - ${VI_BODY}`)).outlet,
    ).toMatchObject({
      text: 'TTH.VN',
      source: 'lead',
    });
  });

  it('is read from by-lines and source lines', () => {
    expect(
      analyze(page('Ministers meet in Hanoi to talk trade', 'By Le Minh - Hanoi Daily -', BODY)).outlet?.text,
    ).toBe('Hanoi Daily');
    expect(analyze(page(VI_BODY, 'Nguồn tin: Báo Biển Xanh')).outlet?.text).toBe('Báo Biển Xanh');
    expect(analyze(page(VI_BODY, 'Theo dõi Biendong.vn trên')).outlet?.text).toBe('Biendong.vn');
    // "According to the decree, the file holds:" opens a list in the body; the lead credits the page.
    const decree = analyze(
      page('(PLBX) - Bạn đọc hỏi về thủ tục kết hôn.', 'Theo Nghị định 123/2015/NĐ-CP, hồ sơ gồm:'),
    );
    expect(decree.outlet?.text).toBe('PLBX');
  });

  it("is the source a writer's signature names after a label, not a place or a list of sources", () => {
    const signed = (line: string) => analyze(page('Hai bệnh viện ký kết hợp tác', VI_BODY, line)).outlet;
    // Any name after the label, known or not, as on a source line of its own.
    expect(signed('Minh Khoa (Theo Sài Gòn Giải Phóng)')?.text).toBe('Sài Gòn Giải Phóng');
    expect(signed('Huỳnh Lâm (Theo Báo Biển Xanh)')?.text).toBe('Báo Biển Xanh');
    // (Under a short last paragraph too: the label says it.)
    expect(
      analyze(
        page(
          'Hai bệnh viện ký kết hợp tác',
          VI_BODY,
          'Dự kiến khởi công vào quý IV.',
          'Minh Khoa (Theo Báo Biển Xanh)',
        ),
      ).outlet?.text,
    ).toBe('Báo Biển Xanh');
    // Where the writer reports from, and a piece compiled from several sources, name no outlet.
    const SV_BODY =
      'Vice premiärministern bad också utrikesministern att framföra hälsningar till statsministern och bjöd in henne att besöka Vietnam vid en lämplig tidpunkt under nästa år.';
    expect(
      analyze(page('Samtal om handel och utbildning', SV_BODY, 'Thu Trang (från Kuala Lumpur)')).outlet,
    ).toBeNull();
    expect(signed('Phương Anh (theo Kyodo, Asahi Shimbun)')).toBeNull();
  });

  it('is the name after a label in brackets, and no body that a source line names', () => {
    expect(analyze(page('Hai bệnh viện ký kết hợp tác', VI_BODY, '(Theo Báo Biển Xanh)')).outlet?.text).toBe(
      'Báo Biển Xanh',
    );
    // The embassy is where the facts come from; the masthead's paper published them.
    const embassy = analyze(
      page('BÁO QUỐC TẾ', 'Hai bên ký kết hợp tác', VI_BODY, '(Theo ĐSQ Việt Nam tại Nhật Bản)'),
    );
    expect(embassy.outlet).toMatchObject({ text: 'BÁO QUỐC TẾ', entityId: 'outlet:bao-quoc-te' });
  });

  it("is the site's name on its first line when its copyright line names it too", () => {
    const footer = (first: string, copyright: string) =>
      analyze(page(first, 'Atlas Copco levererar tryckluft till fabrik i Dong Nai', BODY, copyright)).outlet
        ?.text ?? null;
    expect(footer('NordVerkstad', '© NordVerkstad 2025')).toBe('NordVerkstad');
    expect(footer('OTOFUN\nDiễn đàn\nMua bán\nTin tức', '© 2025 OTOFUN. All rights reserved')).toBe('OTOFUN');
    // Without the copyright line a word over the headline is no outlet.
    expect(footer('NordVerkstad', 'Prenumerera')).toBeNull();
    // In other capitals, and with the owner's name before its mark.
    expect(footer('NORDVERKSTAD', '© NordVerkstad 2025')).toBe('NORDVERKSTAD');
    expect(footer('Verkstadsforum', 'Verkstadsforum (c) 2015-2025. Inläggen är medlemmarnas egna.')).toBe(
      'Verkstadsforum',
    );
    // ("Bản quyền" says "copyright": no name.)
    expect(footer('Bản quyền', 'Bản quyền © 2025')).toBeNull();
  });

  it('is the copyright owner that a masthead in initials abbreviates', () => {
    const outlet = (first: string, copyright: string) =>
      analyze(page(first, 'Räkor från Mekongdeltat når hamnen via Tokyo', BODY, copyright)).outlet;
    expect(outlet('HD\nNyheter\nEkonomi\nSport', '© Helsingborgs Dagblad 2025')).toMatchObject({
      text: 'HD',
      name: 'Helsingborgs Dagblad',
      entityId: 'outlet:hd',
    });
    expect(outlet('ÖK', '© Östra Kuriren 2025')).toMatchObject({
      text: 'ÖK',
      name: 'Östra Kuriren',
    });
    // Initials of another name are not the owner.
    expect(outlet('HD', '© Östra Kuriren 2025')).toBeNull();
  });

  it("is the known outlet that the site's copyright line names, when nothing else credits the page", () => {
    const under = (copyright: string) =>
      analyze(page('Hai bệnh viện ký kết hợp tác', VI_BODY, 'Bình luận (0)', copyright)).outlet;
    expect(under('© Báo Thanh Niên')).toMatchObject({ entityId: 'outlet:thanh-nien', source: 'footer' });
    expect(under('Bản quyền © 2025 Báo Thanh Niên')).toMatchObject({ entityId: 'outlet:thanh-nien' });
    // A photo's copyright inside its caption, and an owner the knowledge base lacks, credit no page.
    expect(under('Bác sĩ hai nước tại buổi lễ. Ảnh: © Thanh Niên')).toBeNull();
    expect(under('© Nhà Sách Biển Xanh')).toBeNull();
    // The footer's line that names the site as its owner's organ.
    expect(under('Báo Thanh Niên - Cơ quan của Trung ương Hội Liên hiệp Thanh niên Việt Nam')).toMatchObject({
      entityId: 'outlet:thanh-nien',
      source: 'footer',
    });
    // A credit of the page itself comes first.
    expect(
      analyze(page('Hai bệnh viện ký kết hợp tác', `(VNA) - ${VI_BODY}`, '© Báo Thanh Niên')).outlet
        ?.entityId,
    ).toBe('outlet:vna');
  });

  it("is never an author's e-mail address in a by-line", () => {
    const a = analyze(
      `Räkor från Mekongdeltat når hamnen via Tokyo\nPublicerad 2025-04-08 07:30\nAv Johan Ekdahl, johan.ekdahl@example.se\n\n${BODY}`,
    );
    expect(a.outlet).toBeNull();
    expect(
      analyze(`Räkor från Mekongdeltat når hamnen via Tokyo\nAv Johan Ekdahl, TT\n\n${BODY}`).outlet?.text,
    ).toBe('TT');
  });

  it('is a lead credit with a digit in it ("BD24G - …")', () => {
    expect(analyze(`BD24G - ${VI_BODY}`).outlet?.text).toBe('BD24G');
  });

  it('is read from a dateline of two places, and from one under a photo caption and a summary', () => {
    const reuters = analyze(`TOKYO/HANOI, March 10 (Reuters) - ${BODY}`);
    expect(reuters.outlet?.text).toBe('Reuters');
    expect(reuters.dateline).toMatchObject({ place: { text: 'TOKYO/HANOI' }, placeEntityId: 'city:tokyo' });
    const summary = page(
      'Japan to give Vietnam patrol boats',
      'Coast guard officers stand on the deck of a patrol ship during a drill. REUTERS/Staff/File Photo',
      'Summary',
      '- Package worth about 2.4 bln yen',
      `HANOI, March 10 (Reuters) - ${BODY}`,
    );
    expect(analyze(summary).dateline?.outlet?.text).toBe('Reuters');
    // A dateline under a paragraph of prose opens another story (a blog's next post): not this page's.
    const posts = page('Ministers meet in Hanoi to talk trade', BODY, 'Older post', `HANOI (AFP) — ${BODY}`);
    expect(analyze(posts).dateline).toBeNull();
  });

  it("is no by-line's co-author, the place it is written from or the day of its date", () => {
    const by = (line: string) => analyze(page('Ministers meet in Hanoi to talk trade', line, BODY)).outlet;
    expect(by('By Le Minh, Quang Huy   Sunday, December 21, 2025')).toBeNull();
    expect(by('By Le Minh, Tokyo')).toBeNull();
    expect(by('By Le Minh, Hanoi Daily')?.text).toBe('Hanoi Daily');
  });

  it('is read from a Swedish "Källa:" line under the body when it names an outlet, not under a fact box', () => {
    const SV_BODY =
      'Vice premiärministern bad också utrikesministern att framföra hälsningar till statsministern och bjöd in henne att besöka Vietnam vid en lämplig tidpunkt under nästa år.';
    expect(
      analyze(page('Samtal om handel och utbildning', SV_BODY, 'Källa: VNA / Vietnam.vn')).outlet?.text,
    ).toBe('VNA');
    expect(analyze(page('Samtal om handel och utbildning', SV_BODY, 'Källa: Nato')).outlet).toBeNull();
    // After the writer's name signed under the body, too.
    const signed = analyze(
      page('Samtal om handel och utbildning', SV_BODY, 'Quỳnh Anh\nKälla: Báo Nông nghiệp Việt Nam'),
    );
    expect(signed.outlet).toMatchObject({ text: 'Báo Nông nghiệp Việt Nam', entityId: 'outlet:nong-nghiep' });
  });

  it("is a wire service's name standing alone on a line of the body", () => {
    const a = analyze(page('Gas leaks under investigation', BODY, 'Finwire', BODY));
    expect(a.outlet).toMatchObject({ text: 'Finwire', entityId: 'outlet:finwire', source: 'signoff' });
    // A name inside a sentence is no credit.
    expect(
      analyze(page('Gas leaks under investigation', `${BODY} Finwire follows markets.`)).outlet,
    ).toBeNull();
  });

  it("is the page's own subscription offer when nothing else credits it", () => {
    const SV_BODY =
      'Utrikesministrarna möttes i Hanoi på tisdagen och enades om att bygga ut samarbetet inom handel, arbetskraft och sjösäkerhet under de kommande åren.';
    const a = analyze(
      page(
        'Ministrar möts i Hanoi',
        SV_BODY,
        'Annons',
        'Barometern Digital 1 mån',
        'Läs för 0 kr i en månad',
      ),
    );
    expect(a.outlet).toMatchObject({ entityId: 'outlet:barometern', source: 'self-reference' });
    // Another outlet named in the prose is no offer.
    expect(analyze(page('Ministrar möts i Hanoi', `${SV_BODY} Det skriver Barometern.`)).outlet).toBeNull();
  });

  it('is null when the text credits no outlet', () => {
    expect(analyze(page('Ministers meet in Hanoi to talk trade', BODY)).outlet).toBeNull();
    expect(analyze(page(BODY, 'Theo ông Nam, hai bên sẽ gặp lại vào tháng tới.')).outlet).toBeNull();
  });

  it('survives a credit label inside running prose: the paragraph is not a caption', () => {
    const a = analyze(
      page(
        'Ministers meet in Hanoi to talk trade',
        'HANOI (VNA) — The ministers watched the Video: a short film on the partnership, then talked about trade for two hours.',
        'Later the pair toured the old quarter. Photo: the delegation then left for the airport in the evening.',
      ),
    );
    expect(a.captions).toEqual([]);
    expect(a.dateline?.outlet?.text).toBe('VNA');
    expect(a.outlet?.text).toBe('VNA');
  });
});
