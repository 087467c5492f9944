import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { type Article, ArticleSchema } from './schema.js';

/** Every span-shaped value in an article, with the path to it. */
function spans(article: Article): { path: string; text: string; start: number; end: number }[] {
  const out: { path: string; text: string; start: number; end: number }[] = [];
  const add = (path: string, s: { text: string; start: number; end: number } | null | undefined) => {
    if (s) out.push({ path, ...s });
  };
  add('title', article.title);
  add('published', article.published);
  add('outlet', article.outlet);
  for (const [i, c] of article.credits.entries()) add(`credits.${i}`, c);
  add('dateline', article.dateline);
  add('dateline.place', article.dateline?.place);
  add('dateline.outlet', article.dateline?.outlet);
  article.captions.forEach((c, i) => {
    add(`captions.${i}`, c);
    add(`captions.${i}.credit`, c.credit);
  });
  article.paragraphs.forEach((p, i) => {
    add(`paragraphs.${i}`, p);
    for (const [j, s] of p.sentences.entries()) add(`paragraphs.${i}.sentences.${j}`, s);
  });
  return out;
}

function expectWellFormed(input: string, article: Article): void {
  expect(v.safeParse(ArticleSchema, article).success).toBe(true);
  expect(article.text).toBe(input);
  // Every character of the input belongs to exactly one block, in order.
  let at = 0;
  for (const block of article.blocks) {
    expect(block.start).toBe(at);
    expect(block.end).toBeGreaterThan(block.start);
    if (block.kind === 'blank') expect(input.slice(block.start, block.end).trim()).toBe('');
    at = block.end;
  }
  expect(at).toBe(input.length);
  for (const s of spans(article)) expect(input.slice(s.start, s.end), s.path).toBe(s.text);
}

const PAGE = [
  '• Thời sự',
  '• Ha Noi',
  '• Da Nang',
  '',
  'Viet Nam and Japan agree to widen labour cooperation',
  '',
  'Thursday, 14/03/2024 10:20 (GMT+7)',
  '',
  'Minister Dao Ngoc Dung and his Japanese counterpart at the meeting in Tokyo. Photo: VNA',
  '',
  'Tokyo (VNA) - The labour ministers of the two countries signed a memorandum on skilled workers on Wednesday.',
  '',
  'Training programmes',
  '',
  'Both sides will expand vocational courses for young people who plan to work abroad in the coming years.',
  '',
  'The agreement takes effect next month./. VNA',
  '',
  'Xem thêm: Japan eases visa rules for trainees',
  'Kommentar (2)',
].join('\n');

describe('analyze', () => {
  it("reads a city in capitals opening the body as the dateline's place, not its outlet", () => {
    const a = analyze(
      'KYODO NEWS\nHome > Society > Crime\n\nVietnamese man arrested over theft of calves from Gunma farm\n\nKYODO NEWS - Feb 10, 2026 - 18:52\n\nMAEBASHI - Gunma prefectural police on Tuesday arrested a 31-year-old Vietnamese man on suspicion of stealing four calves from a farm.',
    );
    expect(a.dateline?.place?.text).toBe('MAEBASHI');
    expect(a.outlet?.text).toBe('KYODO NEWS');
    // A short one the knowledge base lacks, spoken as a word, is a place too; initials are an outlet.
    const lead = (line: string) =>
      analyze(
        `The Japan Times\nNEWS | BUSINESS | OPINION\n\nNov 21, 2025\n\nYamanashi signs farm pact with Lam Dong\n\n${line} – Yamanashi Prefecture and Lam Dong signed a memorandum of cooperation on Thursday.`,
      );
    const kofu = lead('KOFU');
    expect(kofu.dateline?.place?.text).toBe('KOFU');
    expect(kofu.outlet).toMatchObject({ text: 'The Japan Times', source: 'header' });
    expect(lead('TTXVN').outlet).toMatchObject({ text: 'TTXVN', source: 'lead' });
  });

  it('reads title, date line, dateline, caption and sign-off, and keeps every other block', () => {
    const a = analyze(PAGE);
    expectWellFormed(PAGE, a);
    expect(a.title?.text).toBe('Viet Nam and Japan agree to widen labour cooperation');
    expect(a.published).toMatchObject({
      iso: '2024-03-14T10:20+07:00',
      precision: 'minute',
      source: 'date-line',
    });
    expect(a.dateline?.place?.text).toBe('Tokyo');
    expect(a.dateline?.outlet?.text).toBe('VNA');
    expect(a.outlet).toMatchObject({ text: 'VNA', source: 'signoff' });
    expect(a.captions).toHaveLength(1);
    expect(a.captions[0]?.credit?.text).toBe('VNA');
    expect(a.captions[0]?.text).toBe(
      'Minister Dao Ngoc Dung and his Japanese counterpart at the meeting in Tokyo.',
    );
    expect(a.paragraphs.map((p) => p.text.slice(0, 12))).toEqual([
      'Tokyo (VNA) ',
      'Both sides w',
      'The agreemen',
    ]);
    // The end mark "./." belongs to the sign-off block, not to the paragraph.
    expect(a.paragraphs.at(-1)?.text).toBe('The agreement takes effect next month');
    const kinds = a.blocks.filter((b) => b.kind !== 'blank').map((b) => b.kind);
    expect(kinds).toEqual([
      'navigation',
      'title',
      'date',
      'caption',
      'paragraph',
      'heading',
      'paragraph',
      'paragraph',
      'signoff',
      'read-more',
      'comments',
    ]);
  });

  it("counts the outlet a site banner names among the article's entities", () => {
    const a = analyze(
      'Mời bạn xem bản rút gọn của Tuổi Trẻ khi đường truyền yếu. Đóng\n\nViệt Nam và Nhật Bản ký thỏa thuận mới\n\nHÀ NỘI - Hai nước đã ký thỏa thuận về lao động hôm thứ Hai tại Hà Nội.',
    );
    expect(a.blocks.find((b) => b.kind !== 'blank')?.kind).toBe('navigation');
    expect(a.outlet).toMatchObject({ entityId: 'outlet:tuoi-tre', source: 'header' });
    const outlet = a.entities.find((e) => e.id === 'outlet:tuoi-tre');
    expect(outlet).toMatchObject({ type: 'outlet', count: 1 });
    expect(outlet?.mentions[0]?.text).toBe('Tuổi Trẻ');
    // First mentioned first: the banner comes before the body's names.
    expect(a.entities[0]?.id).toBe('outlet:tuoi-tre');
  });

  it('reads a word that lost its marks as a marked name in a page whose marks are partly stripped', () => {
    const partial = analyze(
      'Huế ky ban ghi nhớ với tỉnh Nara\n\nChiều 4/6, lãnh dao thanh phố Huế va chính quyen tinh Nara đã ký bản ghi nhớ hợp tác về văn hoa, du lịch và giáo dục. Thống đốc tinh Nara cho biet hai bên sẽ trao đổi đoàn trong năm nay.',
    );
    expect(partial.language.diacritics).toBe('partial');
    expect(partial.entities.find((e) => e.id === 'subdivision:jp-29')?.count).toBe(3);
    expect(partial.entities.some((e) => e.id === 'city:nara')).toBe(false);
    // A person named without a mark is the one a reference with it names ("Binh" … "ông Bình").
    const person = analyze(
      'Huế ky ban ghi nhớ với tỉnh Nara\n\nChiều 4/6, ông Nguyễn Thanh Binh, Phó Chu tịch UBND thanh phố Huế, đã ký bản ghi nhớ hợp tác về văn hoa, du lịch và giáo dục. Ông Bình cho biet hai bên sẽ trao đổi đoàn trong năm nay.',
    );
    expect(person.language.diacritics).toBe('partial');
    expect(person.entities.find((e) => e.id === 'local:person:nguyen-thanh-binh')?.count).toBe(2);
  });

  it("reads a masthead read as navigation on the page's first lines as its outlet ('QUÂN ĐỘI NHÂN DÂN')", () => {
    const a = analyze(
      'QUÂN ĐỘI NHÂN DÂN\nCơ quan của Quân ủy Trung ương và Bộ Quốc phòng\nTrang chủ | Chính trị | Quốc phòng - An ninh\n\nTàu tuần tra Nhật Bản thăm Đà Nẵng\nThứ Hai, 19/01/2026 - 15:48\n\nSáng 19-1, tàu tuần tra của Nhật Bản đã cập cảng Tiên Sa, bắt đầu chuyến thăm.',
    );
    expect(a.outlet).toMatchObject({ text: 'QUÂN ĐỘI NHÂN DÂN', entityId: 'outlet:qdnd', source: 'header' });
  });

  it("reads a lead credit in initials as the masthead's outlet they abbreviate ('BP' for 'BIÊN PHÒNG')", () => {
    const a = analyze(
      'BIÊN PHÒNG\nTrang chủ | Thời sự | Biên giới, biển đảo | Quốc phòng - An ninh | Kinh tế\n\nTàu cá Lý Sơn bị xua đuổi gần Trường Sa\n\nThứ Ba, 09/09/2025 | 16:40\n\nBP - Ngày 8/9, Đồn Biên phòng Sa Kỳ cho biết đã tiếp nhận, xác minh vụ việc tàu cá bị áp sát khi đang khai thác hải sản.',
    );
    expect(a.outlet).toMatchObject({ text: 'BP', entityId: 'outlet:bien-phong', source: 'lead' });
    // Or its own name's, without "Báo" and "điện tử", with an O for "Online"; the masthead is no
    // headline, and the headline opening on a place and a dash is one.
    const paper = analyze(
      'BÁO ĐÀ NẴNG ĐIỆN TỬ\nThứ Sáu, 22/11/2024\nTrang chủ  Chính trị  Xã hội  Kinh tế  Quốc tế  Văn hóa - Văn nghệ  Thể thao  Pháp luật\n\nĐà Nẵng - Sakai ký biên bản ghi nhớ hợp tác giai đoạn mới\n\nĐNO - Chiều 22-11, tại Trung tâm Hành chính thành phố, UBND thành phố Đà Nẵng và chính quyền thành phố Sakai đã ký biên bản ghi nhớ hợp tác.',
    );
    expect(paper.outlet).toMatchObject({ text: 'ĐNO', entityId: 'outlet:bao-da-nang', source: 'lead' });
    expect(paper.title?.text).toBe('Đà Nẵng - Sakai ký biên bản ghi nhớ hợp tác giai đoạn mới');
    // … or with ĐT for "điện tử": "HPĐT" for "BÁO HẢI PHÒNG ĐIỆN TỬ".
    const edition = analyze(
      'BÁO HẢI PHÒNG ĐIỆN TỬ\nThời sự | Chính trị | Kinh tế\n\nKhánh thành nhà máy linh kiện điện tử\n\n(HPĐT) - Sáng 15/10, công ty tổ chức lễ khánh thành nhà máy sản xuất cảm biến cho ô tô.',
    );
    expect(edition.outlet).toMatchObject({ text: 'HPĐT', entityId: 'outlet:bao-hai-phong', source: 'lead' });
    // … or "Báo" kept and "điện tử" left out: "BHD" for "Báo Hải Dương điện tử".
    const province = analyze(
      'Báo Hải Dương điện tử\nThời sự | Chính trị | Kinh tế\n\nNam Sách giải ngân vốn vay cho lao động đi Nhật\n\n(BHD) - Từ đầu năm, phòng giao dịch của ngân hàng ở huyện đã giải ngân hơn 12 tỷ đồng cho người lao động.',
    );
    expect(province.outlet).toMatchObject({ text: 'BHD', name: 'Báo Hải Dương điện tử', source: 'lead' });
    // … and the national papers' online editions ("NLĐO"; "NLDO" in a text typed without marks).
    for (const [credit, lead] of [
      ['NLĐO', 'Sáng 9-3, công an tỉnh cho biết đã khởi tố vụ án lừa đảo.'],
      ['NLDO', 'Sang 9-3, cong an tinh cho biet da khoi to vu an lua dao.'],
    ])
      expect(analyze(`Lao dong Nhat Ban\n\n(${credit}) - ${lead}`).outlet).toMatchObject({
        text: credit,
        entityId: 'outlet:nguoi-lao-dong',
        source: 'lead',
      });
    // A portal's short name in the lead: the portal its masthead names in full.
    const portal = analyze(
      'CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ TĨNH\nTrang chủ\nGiới thiệu\nTin tức - Sự kiện\n\nĐoàn doanh nghiệp Nhật Bản khảo sát Khu kinh tế Vũng Áng\nThứ Năm, 20/06/2024 16:35\n\n(Cổng TTĐT) - Chiều 19/6, lãnh đạo tỉnh đã tiếp và làm việc với đoàn doanh nghiệp Nhật Bản.',
    );
    expect(portal.outlet).toMatchObject({
      text: 'Cổng TTĐT',
      name: 'CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ TĨNH',
      source: 'lead',
    });
    // … also with the unit's word: "(Cổng TTĐT tỉnh) - …".
    expect(
      analyze(
        'CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC NINH\nGiới thiệu\nTin tức - Sự kiện\n\nDoanh nghiệp Nhật Bản khảo sát Khu công nghiệp Yên Phong\nThứ Năm, 21/11/2024 10:05\n\n(Cổng TTĐT tỉnh) - Sáng 21/11, lãnh đạo tỉnh đã tiếp đoàn doanh nghiệp Nhật Bản.',
      ).outlet,
    ).toMatchObject({ text: 'Cổng TTĐT tỉnh', name: 'CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC NINH' });
    // A province's newspaper the knowledge base lacks: its masthead names it.
    const local = analyze(
      'BÁO LÀO CAI\nThời sự | Chính trị | Kinh tế\n\nKhánh thành điểm trường ở vùng cao\n\n(BLC) - Sáng 14/11, tại thôn Háng Chú, Ủy ban nhân dân xã tổ chức lễ khánh thành điểm trường mới.',
    );
    expect(local.outlet).toMatchObject({
      text: 'BLC',
      name: 'BÁO LÀO CAI',
      entityId: 'local:outlet:bao-lao-cai',
    });
  });

  it('reads a date line whose label lost some of its marks ("Ngay đăng: 22/03/2024")', () => {
    const body = 'Sáng 21/3, UBND tỉnh tổ chức lễ khánh thành dự án khôi phục, nâng cấp hệ thống thủy lợi.';
    const a = analyze(
      `Khánh thành dự án thủy lợi vốn vay JICA\n\nNgay đăng: 22/03/2024 | Luot xem: 1.126\n\n${body}`,
    );
    expect(a.published?.iso).toBe('2024-03-22');
  });

  it("reads a Swedish municipality's site by its name opening the page's menu as the page's outlet", () => {
    const body =
      'Kommunen har under året arbetat med två vänorter i Asien kring dagvatten och översvämningar, och nu besöker en delegation staden.';
    const a = analyze(
      `Umeå kommun\nTill startsidan\nMeny\nBo och leva\nKommun och politik\n\nVatten som förenar tre städer på två kontinenter\n\n${body}`,
    );
    expect(a.outlet).toMatchObject({ text: 'Umeå kommun', entityId: null, source: 'header' });
    // Under the skip link that opens the menu too.
    const skip = analyze(
      `Till innehållet\nUmeå kommun\nSök\nMeny\nBo och leva\nKommun och politik\n\nVatten som förenar tre städer på två kontinenter\n\n${body}`,
    );
    expect(skip.outlet?.text).toBe('Umeå kommun');
    // Not a line of the body that names one.
    const other = analyze(
      `Nyheter\n\nVatten som förenar tre städer på två kontinenter\n\n${body}\n\nUmeå kommun`,
    );
    expect(other.outlet?.text).not.toBe('Umeå kommun');
  });

  it("reads a masthead that opens with the site's domain as the page's outlet, known to the base or not", () => {
    const body = 'Hom nay ham duong bo Hai Van tron 20 nam thong xe, anh em vao chia se anh cu nhe.';
    const forum = analyze(
      `XEMIENTRUNG.VN - Dien dan xe & du lich mien Trung\n\nHam Hai Van tron 20 nam\n\n${body}`,
    );
    expect(forum.outlet).toMatchObject({ text: 'XEMIENTRUNG.VN', entityId: null, source: 'header' });
    // A forum's name before a tagline that says it is one, and the thread's title under it.
    const voz = analyze(
      `voz - Dien dan tin hoc, cong nghe va doi song\nForums | Members | Log in\n\n[Hoi] Ham Hai Van tron 20 nam\n\nThread starter ongbeo | Replies: 11\n\n#1\nongbeo\n11/1/25 21:08\n\n${body}`,
    );
    expect(voz.outlet).toMatchObject({ text: 'voz', source: 'header' });
    expect(voz.title?.text).toBe('[Hoi] Ham Hai Van tron 20 nam');
    expect(voz.published?.iso).toBe('2025-01-11T21:08');
    // A thread's stamp under its title: who made it and when ("Chu de tao boi …", "Bat dau boi …").
    for (const label of ['Chu de tao boi', 'Chủ đề tạo bởi', 'Bat dau boi'])
      expect(
        analyze(
          `Dien dan Suc khoe\n\nPhong kham Nhat o Ha Noi: ai kham roi cho xin kinh nghiem\n${label} hoa_mai | 12/03/2025, 21:14 | 3.482 luot xem\n\n${body}`,
        ).published?.iso,
      ).toBe('2025-03-12T21:14');
    // A name of a few words ("VietJapan Forum - Cong dong …"); not a menu's home entry before one.
    expect(
      analyze(`VietJapan Forum - Cong dong nguoi Viet tai Nhat\n\nHam Hai Van tron 20 nam\n\n${body}`).outlet,
    ).toMatchObject({ text: 'VietJapan Forum', source: 'header' });
    expect(
      analyze(`Tin Moi\nTrang chu | Dien dan | Tim kiem | Thanh vien\n\nHam Hai Van tron 20 nam\n\n${body}`)
        .outlet,
    ).toBeNull();
    const known = analyze(`tuoitre.vn - Tin tuc moi nhat\n\nHam Hai Van tron 20 nam\n\n${body}`);
    expect(known.outlet).toMatchObject({ text: 'tuoitre.vn', entityId: 'outlet:tuoi-tre', source: 'header' });
    // The site's name first, then its domain after a dash.
    const named = analyze(
      `DIEN DAN XE MIEN TRUNG - xemientrung.net.vn\n\nHam Hai Van tron 20 nam\n\n${body}`,
    );
    expect(named.outlet).toMatchObject({ text: 'xemientrung.net.vn', source: 'header' });
    // A blog's name before a tagline that says it is one.
    const blog = analyze(`Đi Để Thấy – Blog du lịch của Khoa\n\nHam Hai Van tron 20 nam\n\n${body}`);
    expect(blog.outlet).toMatchObject({ text: 'Đi Để Thấy', entityId: null, source: 'header' });
    expect(analyze(`Đi Để Thấy – bloggen om resor\n\nHam Hai Van tron 20 nam\n\n${body}`).outlet).toBeNull();
    // A commune's or district's portal without the units above it after dashes.
    expect(
      analyze(
        `CỔNG THÔNG TIN ĐIỆN TỬ XÃ QUÝ SƠN - HUYỆN LỤC NGẠN - TỈNH BẮC GIANG\nTrang chủ | Tin tức | Văn bản\n\nHam Hai Van tron 20 nam\n\n${body}`,
      ).outlet?.text,
    ).toBe('CỔNG THÔNG TIN ĐIỆN TỬ XÃ QUÝ SƠN');
    // An electronic portal's name, its marks kept or partly lost, is the site's too.
    const portal = analyze(
      `CỔNG THÔNG TIN ĐIỆN TU TỈNH NGHỆ AN\nTrang chủ | Tin tức | Văn bản\n\nHam Hai Van tron 20 nam\n\n${body}`,
    );
    expect(portal.outlet).toMatchObject({ text: 'CỔNG THÔNG TIN ĐIỆN TU TỈNH NGHỆ AN', source: 'header' });
    expect(portal.title?.text).toBe('Ham Hai Van tron 20 nam');
    // A domain further down the page is no masthead.
    expect(analyze(`Ham Hai Van tron 20 nam\n\n${body}\n\nxemientrung.vn - Da Nang, 2025`).outlet).toBeNull();
  });

  it("reads a masthead in capitals as its outlet's name ('VIỆT NAM NEWS', 'TUỔI TRẺ ONLINE')", () => {
    const en = 'HÀ NỘI — The labour ministry asked the visiting governor to take in more Vietnamese workers.';
    expect(
      analyze(`VIỆT NAM NEWS\nThe National English Language Daily\n\nMinistry meets governor\n\n${en}`).outlet
        ?.entityId,
    ).toBe('outlet:vns');
    const vi = 'Ba người cùng họ Phan giờ mỗi sáng lại cùng đứng bên băng chuyền cá ở thành phố Choshi.';
    expect(analyze(`TUỔI TRẺ ONLINE\n\nNgười Diễn Châu giữa cảng cá\n\n${vi}`).outlet?.entityId).toBe(
      'outlet:tuoi-tre',
    );
  });

  it("reads an outlet's name alone under the title as the page's outlet, and the body after it", () => {
    const masthead = analyze(
      'Labour talks move ahead\n\nSaigon Times Magazine\n\nHO CHI MINH CITY – Officials from Viet Nam and Japan met on Monday to talk about labour.',
    );
    expect(masthead.outlet).toMatchObject({
      text: 'Saigon Times Magazine',
      entityId: 'outlet:saigon-times',
      source: 'header',
    });
    expect(masthead.dateline?.place?.text).toBe('HO CHI MINH CITY');
    // Also on a page that has nothing after it.
    expect(analyze('Labour talks move ahead\n\nSaigon Times Magazine').outlet?.entityId).toBe(
      'outlet:saigon-times',
    );
  });

  it('reads a long line above the headline as a supertitle whose names count, a short one as navigation', () => {
    const text =
      'Thời sự\n\nNHẬT BẢN VÀ VIỆT NAM KÝ THÊM HAI THỎA THUẬN\n\nHai nước ký thỏa thuận về lao động\n\nHÀ NỘI - Bộ trưởng hai nước đã ký văn bản hôm thứ Hai tại thủ đô.';
    const article = analyze(text);
    const kinds = article.blocks.filter((b) => b.kind !== 'blank').map((b) => b.kind);
    expect(kinds.slice(0, 3)).toEqual(['navigation', 'heading', 'title']);
    expect(article.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['country:JP', 'country:VN']));
    // A menu of many words is no supertitle.
    const menu = analyze(
      `Home | World | Asia | Japan | Sweden | Business | Sport\n\n${text.split('\n\n').slice(2).join('\n\n')}`,
    );
    expect(menu.blocks.find((b) => b.kind !== 'blank')?.kind).toBe('navigation');
  });

  it("keeps the entities of the page's teasers and menus, flagged as its furniture", () => {
    const text =
      'Vietnam and Japan agree to widen labour cooperation\n\n' +
      'HANOI - Vietnam and Japan on Monday agreed to widen cooperation in training workers, officials said after a meeting in Hanoi that lasted two hours.\n\n' +
      'Related news\n- Sweden opens a trade office in Japan';
    const a = analyze(text);
    const flagged = (id: string) =>
      a.entities.find((e) => e.id === id)?.mentions.map((m) => m.flags.includes('furniture'));
    // Japan is named in the article and a teaser: one entity, its teaser mention flagged.
    expect(flagged('country:JP')).toEqual([false, false, true]);
    // Sweden only in the teaser: the entity is flagged too.
    expect(a.entities.find((e) => e.id === 'country:SE')?.flags).toEqual(['furniture']);
    expect(flagged('country:VN')).toEqual([false, false]);
  });

  it('gives the same blocks for CRLF line endings and a BOM, with offsets into the input as given', () => {
    const crlf = `\uFEFF${PAGE.replaceAll('\n', '\r\n')}`;
    const a = analyze(crlf);
    expectWellFormed(crlf, a);
    expect(a.title?.text).toBe('Viet Nam and Japan agree to widen labour cooperation');
    expect(a.blocks.filter((b) => b.kind !== 'blank')).toHaveLength(11);
  });

  it('segments body paragraphs into sentences, keeping English abbreviations whole', () => {
    const text =
      'Talks in Hanoi\n\nMr. Abe met Gen. Giang in Hanoi. They spoke for an hour.\n\nHai bên nhất trí. Cuộc gặp kết thúc.';
    const a = analyze(text);
    expectWellFormed(text, a);
    expect(a.paragraphs[0]?.sentences.map((s) => s.text)).toEqual([
      'Mr. Abe met Gen. Giang in Hanoi.',
      'They spoke for an hour.',
    ]);
    expect(a.paragraphs[1]?.sentences).toHaveLength(2);
  });

  it('splits a huge paragraph into sentences too, by a linear scan, with exact offsets', () => {
    const text = `Title of the page\n\n${'Hà Nội đón đoàn Nhật Bản. Hai bên trao đổi! '.repeat(3000)}`;
    const a = analyze(text);
    expectWellFormed(text, a);
    expect(a.paragraphs[0]?.sentences).toHaveLength(6000);
    expect(a.paragraphs[0]?.sentences[1]?.text).toBe('Hai bên trao đổi!');
  });

  it('says null for what the text does not state', () => {
    const text = 'Talks held\n\nThe two ministers held talks on Thursday about trade and investment ties.';
    const a = analyze(text);
    expect(a.published).toBeNull();
    expect(a.outlet).toBeNull();
    expect(a.dateline).toBeNull();
    expect(a.captions).toEqual([]);
  });

  it("dates the page by its body's dateline under a standfirst", () => {
    const a = analyze(
      'Thực tập sinh Việt thắng kiện ở Gifu, được bồi thường 31,6 triệu yên\n\n' +
        'Một thực tập sinh quê Nghệ An vừa được tòa án ở Nhật Bản chấp nhận yêu cầu bồi thường.\n\n' +
        'GIFU, 15.11.2025 (LĐO) — Chiều 14.11 (giờ địa phương), tòa án đã tuyên chấp nhận phần lớn yêu cầu của anh Vinh trong vụ kiện công ty.',
    );
    expect(a.published).toMatchObject({ iso: '2025-11-15', source: 'dateline' });
  });

  it("reads the outlet in brackets after a writer's signature under the body", () => {
    const body =
      'Ngày 4/11, tại TP Hải Phòng, hai bên khai giảng khóa tập huấn về thực thi pháp luật và tìm kiếm cứu nạn trên biển cho 40 cán bộ, chiến sĩ của lực lượng cảnh sát biển Việt Nam.';
    const a = analyze(`Tập huấn thực thi pháp luật trên biển tại Hải Phòng\n\n${body}\n\nMinh Khôi (QĐND)`);
    expect(a.outlet?.entityId).toBe('outlet:qdnd');
    expect(a.entities.map((e) => e.name)).toContain('Minh Khôi');
    // Not a name in brackets that is no outlet.
    expect(analyze(`Tập huấn trên biển\n\n${body}\n\nMinh Khôi (tổng hợp)`).outlet).toBeNull();
  });

  it('reads no sign-off at the end of an item of a list of related links', () => {
    const body =
      'Ngày 31/5, lễ hội Việt Nam đã khai mạc tại công viên Yoyogi ở thủ đô Tokyo với hơn 100 gian hàng ẩm thực, văn hóa và du lịch của các địa phương trong nước.';
    const a = analyze(
      `VOV.VN\n\nKhai mạc lễ hội Việt Nam tại Tokyo\n\n${body}\n\nTin liên quan\n- Đại sứ: Cộng đồng là cầu nối hữu nghị Việt – Nhật`,
    );
    expect(a.outlet?.text).toBe('VOV.VN');
  });

  it('does not take a hyphenated compound for a dateline', () => {
    const a = analyze(
      'Japan-Vietnam ties grow stronger every year, the ministers said in their joint statement.',
    );
    expect(a.dateline).toBeNull();
  });

  it('splits a date glued to a caption and reads the dash-Photo credit', () => {
    const text =
      ' date 2023-09-12 The two ministers shake hands before their talks. — VNA/VNS Photo\n\nHÀ NỘI — The talks began on Tuesday.';
    const a = analyze(text);
    expectWellFormed(text, a);
    expect(a.published?.iso).toBe('2023-09-12');
    expect(a.captions[0]?.credit?.text).toBe('VNA/VNS');
    expect(a.dateline?.place?.text).toBe('HÀ NỘI');
  });

  it('warns about an implausible year and does not turn it into a date', () => {
    const a = analyze(
      'Leaders meet\n\nThe talks took place on May 1, 22023 in the capital city of the country.',
    );
    expect(a.published).toBeNull();
    expect(a.warnings.map((w) => w.code)).toContain('implausible-year');
  });

  it("reads a short paragraph in the document's language unless it is plainly another", () => {
    const text = [
      'Vietnam och Japan fördjupar samarbetet',
      'HANOI – Vietnams premiärminister tog på tisdagen emot Japans utrikesminister i Hanoi. De två sidorna enades om att öka handeln och investeringarna mellan länderna.',
      // alone, this line reads about as well as Norwegian
      'Politisk debatt om handel.',
      '"We will keep supporting Vietnam\'s growth," the Japanese minister told reporters after the talks.',
      'Ministern sade också att Japan vill bidra till infrastruktur och utbildning i Vietnam.',
    ].join('\n\n');
    const a = analyze(text);
    expect(a.language.code).toBe('sv');
    expect(a.paragraphs.map((p) => p.language.code)).toEqual(['sv', 'sv', 'en', 'sv']);
  });

  it('reads a page longer than a megabyte window by window, with the same languages and entities as short pages', () => {
    const sv =
      'Vietnams premiärminister tog på tisdagen emot Japans utrikesminister i Hanoi, och de två sidorna enades om att öka handeln mellan länderna.';
    const en =
      'The Japanese minister told reporters after the talks that Japan would keep supporting the growth of Vietnam and its infrastructure.';
    // Over two megabytes: mostly Swedish paragraphs with an English one every tenth.
    const paragraphs = Array.from({ length: 16_000 }, (_, i) => (i % 10 === 9 ? en : sv));
    const a = analyze(paragraphs.join('\n\n'));
    expect(a.language.code).toBe('sv');
    expect(a.paragraphs).toHaveLength(paragraphs.length);
    const codes = a.paragraphs.map((p) => p.language.code);
    expect(codes).toEqual(paragraphs.map((p) => (p === en ? 'en' : 'sv')));
    expect(analyze(sv).paragraphs[0]?.language.code).toBe('sv');
    // Every window's mentions, at their place in the whole input: as many as each paragraph alone has.
    const count = (article: typeof a, id: string) => article.entities.find((e) => e.id === id)?.count ?? 0;
    const one = (p: string) => analyze(`Rubrik\n\n${p}`);
    for (const id of ['country:JP', 'country:VN']) {
      expect(count(a, id)).toBe(14_400 * count(one(sv), id) + 1_600 * count(one(en), id));
      expect(count(one(sv), id)).toBeGreaterThan(0);
    }
    for (const e of a.entities) for (const m of e.mentions) expect(a.text.slice(m.start, m.end)).toBe(m.text);
    expect(Math.max(...a.entities.flatMap((e) => e.mentions.map((m) => m.start)))).toBeGreaterThan(2_000_000);
  });

  it('returns an empty article for empty or blank input', () => {
    for (const text of ['', '   ', '\n\r\n\t']) {
      const a = analyze(text);
      expectWellFormed(text, a);
      expect(a.language.code).toBe('und');
      expect(a.paragraphs).toEqual([]);
    }
  });

  it('throws a TypeError for a non-string argument', () => {
    expect(() => analyze(42 as unknown as string)).toThrow(TypeError);
    expect(() => analyze(undefined as unknown as string)).toThrow(
      /Expected input to be a string, got undefined/,
    );
  });

  it('never throws and keeps every character in exactly one block, for any input', () => {
    const lineish = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 80 }),
      fc.constantFrom(
        '• Ha Noi',
        '|',
        './. VNA',
        '— VNS',
        'Photo: VGP',
        'Kommentar (0)',
        ' date 2021-04-28',
        '\uD800',
      ),
    );
    fc.assert(
      fc.property(
        fc.array(lineish, { maxLength: 12 }),
        fc.constantFrom('\n', '\r\n', '\r', '\n\n'),
        (lines, eol) => {
          const input = lines.join(eol);
          expectWellFormed(input, analyze(input));
        },
      ),
      { numRuns: 300 },
    );
  });
});
