import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from './index.js';

describe('detectLanguage: en, sv, vi', () => {
  it('recognises English, Swedish and Vietnamese with marks', () => {
    expect(
      detectLanguage('The committee will publish its annual report on the economy next week.').language,
    ).toBe('en');
    expect(
      detectLanguage(
        'Regeringen vill att fler ungdomar ska få ett sommarjobb i år, säger ministern till tidningen.',
      ).language,
    ).toBe('sv');
    const vi = detectLanguage('Chính phủ sẽ công bố báo cáo kinh tế hằng năm vào tuần tới.');
    expect(vi.language).toBe('vi');
    expect(vi.diacritics).toBe('full');
  });

  it('recognises ASCII Vietnamese headlines, with diacritics none', () => {
    for (const headline of [
      'Gia xang dau tang manh trong tuan nay',
      'Nguoi dan mien Trung khan truong chong bao',
      'Hoc sinh tro lai truong sau ky nghi he',
      'Xuat khau gao dat muc ky luc',
    ]) {
      const r = detectLanguage(headline);
      expect(r.language, headline).toBe('vi');
      expect(r.diacritics, headline).toBe('none');
    }
  });

  it('tells full, partial and no diacritics apart', () => {
    expect(detectLanguage('Thời tiết hôm nay rất đẹp, trời nắng và gió nhẹ.').diacritics).toBe('full');
    expect(detectLanguage('Thời tiết hom nay rat dep, trời nắng va gio nhe.').diacritics).toBe('partial');
    expect(detectLanguage('Thoi tiet hom nay rat dep, troi nang va gio nhe.').diacritics).toBe('none');
    expect(detectLanguage('The weather is fine today.').diacritics).toBeNull();
  });

  it('accepts NFD Vietnamese', () => {
    const r = detectLanguage('Thời tiết hôm nay rất đẹp, trời nắng và gió nhẹ.'.normalize('NFD'));
    expect(r.language).toBe('vi');
    expect(r.diacritics).toBe('full');
  });
});

describe('detectLanguage: Swedish against Norwegian and Danish', () => {
  const cases: Array<[string, string]> = [
    ['Jag tycker att vi borde åka till stugan i helgen, om vädret blir bra.', 'sv'],
    ['Barnen leker på gården medan föräldrarna lagar middag.', 'sv'],
    ['Jeg synes at vi burde dra på hytta i helgen, hvis været blir fint.', 'nb'],
    ['Barna leker i hagen mens foreldrene lager middag.', 'nb'],
    ['Jeg synes, at vi skulle tage i sommerhuset i weekenden, hvis vejret bliver godt.', 'da'],
    ['Børnene leger i haven, mens forældrene laver aftensmad.', 'da'],
  ];
  for (const [text, expected] of cases) {
    it(`${expected}: ${text.slice(0, 30)}…`, () => {
      const r = detectLanguage(text);
      if (expected === 'sv') expect(r.language).toBe('sv');
      else expect(['nb', 'nn', 'da']).toContain(r.language);
    });
  }
});

describe('detectLanguage: expect (what the caller knows of the source)', () => {
  it('reads short text that fits the expected language and a neighbour as the expected one', () => {
    // Both are valid Norwegian and Danish as well as Swedish: alone, they are a close call.
    for (const text of ['politisk debatt', 'undervisning']) {
      const r = detectLanguage(text, { expect: 'sv' });
      expect(r.language, text).toBe('sv');
      expect(r.confidence).toBeGreaterThan(detectLanguage(text).scores.sv ?? 0);
    }
  });

  it('still tells text plainly in another language apart', () => {
    expect(detectLanguage('sosial trygghet', { expect: 'sv' }).language).toBe('nb');
    expect(
      detectLanguage('The minister said the talks had gone well.', { expect: ['sv', 'vi'] }).language,
    ).toBe('en');
    expect(detectLanguage('Thu tuong tiep Dai su Nhat Ban tai Ha Noi', { expect: 'sv' }).language).toBe('vi');
  });

  it('changes nothing for a code the detector does not model', () => {
    const text = 'politisk debatt';
    expect(detectLanguage(text, { expect: 'ja' })).toEqual(detectLanguage(text));
    expect(detectLanguage(text, { expect: [] })).toEqual(detectLanguage(text));
  });

  it('throws an invalid-option VietnormError for anything but language codes', () => {
    for (const bad of ['Swedish', 'SV', 'und', '', 42, ['sv', null], { sv: 1 }]) {
      expect(() => detectLanguage('politisk debatt', { expect: bad as never }), String(bad)).toThrow(
        expect.objectContaining({ name: 'VietnormError', code: 'invalid-option' }),
      );
    }
  });
});

describe('detectLanguage: other languages never come back as en, sv or vi', () => {
  const others = [
    'Die Regierung will die Steuern im nächsten Jahr deutlich senken.',
    'Le gouvernement veut réduire les impôts de manière significative.',
    'El gobierno quiere reducir los impuestos el próximo año.',
    'Il governo vuole ridurre le tasse in modo significativo.',
    'O governo quer reduzir os impostos no próximo ano.',
    'De regering wil de belastingen volgend jaar flink verlagen.',
    'Pemerintah ingin menurunkan pajak secara signifikan tahun depan.',
    'Kerajaan mahu mengurangkan cukai dengan ketara pada tahun hadapan.',
    'Nais ng pamahalaan na bawasan ang buwis sa susunod na taon.',
  ];
  for (const text of others) {
    it(text.slice(0, 30), () => {
      expect(['en', 'sv', 'vi']).not.toContain(detectLanguage(text).language);
    });
  }

  // Languages vietnorm does not model: 'und' (background model or out-of-model check), or at worst the
  // nearest modelled relative (Faroese is close to Icelandic), never en, sv or vi.
  const unmodelled: Array<[string, string[]]> = [
    ['Mae’r llywodraeth eisiau gostwng trethi yn sylweddol y flwyddyn nesaf.', ['und']], // Welsh
    ['D’Regierung wëll d’Steieren d’nächst Joer däitlech erofsetzen.', ['und']], // Luxembourgish
    ['Stjórnin vil lækka skattirnar munandi komandi ár.', ['und', 'is']], // Faroese
    ['orsakað av politiskari stýring', ['und', 'is']], // Faroese, short
  ];
  for (const [text, allowed] of unmodelled) {
    it(`unmodelled: ${text.slice(0, 30)}`, () => {
      expect(allowed).toContain(detectLanguage(text).language);
    });
  }

  // Everyday words a word table lacks are still the language's when their n-grams fit it well; a
  // language vietnorm does not model, whose words no table knows either, fits worse.
  it('short prose of words its word table lacks: read by how well it fits', () => {
    expect(detectLanguage('deepest condolences').language).toBe('en');
    expect(detectLanguage('asserted colonial').language).toBe('en');
    expect(detectLanguage('personoliaeth, trwy').language).toBe('und'); // Welsh
  });

  // A language without a modelled relative may still land nearer one model than the background
  // ('id' for this Basque line), but never as en, sv or vi, and never with confidence.
  it('unmodelled without a relative: und, or a code given without confidence', () => {
    const r = detectLanguage('Gobernuak zergak nabarmen jaitsi nahi ditu datorren urtean.'); // Basque
    expect(['en', 'sv', 'vi']).not.toContain(r.language);
    if (r.language !== 'und') expect(r.confidence).toBeLessThan(0.9);
  });

  // A language's prose words hold only letters it writes: short lines of a close unmodelled
  // language with letters of its own are not taken for English or Swedish…
  it('answers und when prose words hold letters the best language does not write', () => {
    expect(detectLanguage('Fräiheet a Rou fir all Mënsch an dësem Land').language).toBe('und'); // Luxembourgish
    expect(detectLanguage('Mir sinn all gläich an dësem Land').language).toBe('und'); // Luxembourgish
  });

  // …and a letter rules out the languages that do not write it, not the text: the best language that
  // writes the prose's letters answers ("någon annan" is not Tagalog; "ø" is not Swedish).
  it('answers with the best language that writes the letters of the prose', () => {
    expect(detectLanguage('någon annan').language).toBe('sv');
    expect(['da', 'nb', 'nn']).toContain(detectLanguage('brød og smør').language);
  });

  // …but Vietnamese words keep their marks in every language here, and do not count against it.
  // Only Vietnamese words do: a mark of Vietnam's alphabet on a word that is no Vietnamese syllable
  // ("géint") is a letter like any other.
  it('keeps English and Swedish prose with Vietnamese terms', () => {
    expect(detectLanguage('a bowl of phở at the market').language).toBe('en');
    expect(detectLanguage('they wore áo dài to the ceremony').language).toBe('en');
    expect(detectLanguage('Schoul géint e Bus').language).not.toBe('en'); // Luxembourgish
    expect(detectLanguage('The đồng fell against the dollar on Monday').language).toBe('en');
    expect(detectLanguage('He ate phở and bánh mì before the meeting in Huế').language).toBe('en');
    expect(detectLanguage('Kursen för đồng föll mot dollarn under måndagen').language).toBe('sv');
  });

  it('decides non-Latin scripts by script', () => {
    expect(detectLanguage('東京で両国の首相が会談し、協力の強化で一致した。').language).toBe('ja');
    expect(detectLanguage('两国总理在北京举行会谈，同意加强合作。').language).toBe('zh');
    expect(detectLanguage('양국 총리는 서울에서 회담을 가졌다.').language).toBe('ko');
    expect(detectLanguage('นายกรัฐมนตรีทั้งสองประเทศได้หารือกัน').language).toBe('th');
    // within a shared script, n-gram tables from the UDHR choose the language
    expect(detectLanguage('اجتمع رئيسا وزراء البلدين في القاهرة لبحث التعاون.').language).toBe('ar');
    expect(detectLanguage('दोनों देशों के प्रधानमंत्रियों ने दिल्ली में बातचीत की।').language).toBe('hi');
    expect(detectLanguage('שני ראשי הממשלה נפגשו בירושלים.').language).toBe('he');
    expect(detectLanguage('Міністри двох країн провели переговори у Києві.').language).toBe('uk');
    expect(['ru', 'uk', 'bg', 'sr', 'mk', 'be']).toContain(
      detectLanguage('Премьер-министры двух стран провели переговоры в Москве.').language,
    );
  });
});

describe('detectLanguage: proper names carry little weight', () => {
  it('keeps English prose full of Vietnamese and Japanese names English', () => {
    const text =
      'Prime Minister Pham Minh Chinh and his counterpart Kishida Fumio met in Ha Noi, where Nguyen Thi Thanh Ha ' +
      'and Tran Duc Long joined the talks on Thursday with Suzuki Taro.';
    expect(detectLanguage(text).language).toBe('en');
  });

  it('keeps Swedish prose full of Vietnamese names Swedish', () => {
    const text =
      'Premiärminister Pham Minh Chinh träffade Nguyen Van Binh och Tran Thi Mai i Ho Chi Minh-staden på tisdagen.';
    expect(detectLanguage(text).language).toBe('sv');
  });

  it('does not take a bullet list of ASCII province names as Vietnamese evidence', () => {
    const list = [
      'Binh Duong',
      'Quang Nam',
      'Thai Binh',
      'Vinh Phuc',
      'Hai Duong',
      'Lao Cai',
      'Bac Ninh',
      'Ca Mau',
    ]
      .map((n) => `• ${n}`)
      .join('\n');
    expect(detectLanguage('• Binh Duong').language).toBe('und');
    const page = `${list}\n\nThe two governments agreed to expand trade and investment over the coming years.`;
    expect(detectLanguage(page).language).toBe('en');
  });
});

describe('detectLanguage: short and bad input', () => {
  it("answers 'und' below the minimum length", () => {
    expect(detectLanguage('ok').language).toBe('und');
    expect(detectLanguage('Hi there', { minLength: 20 }).language).toBe('und');
  });

  it.each([
    '',
    '   \n\t ',
    '1234567890 987654',
    '!!! ??? ... ---',
    '🙂🎉🙂🎉🙂🎉🙂🎉🙂🎉',
    '\ud800\udfff\ud800',
  ])('answers und for %j', (input) => {
    const r = detectLanguage(input);
    expect(r.language).toBe('und');
    expect(r.confidence).toBe(0);
  });

  it('never throws on arbitrary strings, and keeps confidence in 0..1', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.subarray(['en', 'sv', 'vi', 'nb']),
        (s, expected) => {
          for (const r of [detectLanguage(s), detectLanguage(s, { expect: expected })]) {
            expect(r.confidence).toBeGreaterThanOrEqual(0);
            expect(r.confidence).toBeLessThanOrEqual(1);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('answers a 5 MB string quickly', () => {
    const big = 'The ministers agreed to deepen cooperation in trade and energy. '.repeat(80_000);
    const t0 = performance.now();
    expect(detectLanguage(big).language).toBe('en');
    expect(performance.now() - t0).toBeLessThan(500);
  });

  it('throws a TypeError with a clear message on non-strings', () => {
    expect(() => detectLanguage(42 as unknown as string)).toThrow(
      new TypeError('Expected a string, got number'),
    );
    expect(() => detectLanguage(null as unknown as string)).toThrow('Expected a string, got null');
    expect(() => detectLanguage(undefined as unknown as string)).toThrow('Expected a string, got undefined');
  });
});

describe('detectLanguage: scores and confidence', () => {
  it('gives scores best first that sum to at most 1', () => {
    const r = detectLanguage('The committee will publish its annual report next week.');
    const values = Object.values(r.scores);
    expect(Object.keys(r.scores)[0]).toBe('en');
    expect(values.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(1.001);
    expect(r.confidence).toBeGreaterThan(0.9);
  });
});

// The seed pages are read at run time, never copied into the repository.
const seedDir = join(process.cwd(), '..', 'shared', 'seeds');
describe.skipIf(!existsSync(seedDir))('detectLanguage: seed pages', () => {
  const files = existsSync(seedDir) ? readdirSync(seedDir).filter((f) => f.endsWith('.txt')) : [];
  for (const file of files) {
    it(file, () => {
      const text = readFileSync(join(seedDir, file), 'utf8');
      const gold = file.startsWith('001') ? 'sv' : 'en';
      expect(detectLanguage(text).language).toBe(gold);
      for (const line of text.split('\n')) {
        const got = detectLanguage(line).language;
        const letters = (line.match(/\p{L}/gu) ?? []).length;
        // a paragraph with enough letters is its page's language; a short line is never another target
        if (letters >= 25) expect(got, line).toBe(gold);
        else
          expect(
            ['en', 'sv', 'vi'].filter((c) => c !== gold),
            line,
          ).not.toContain(got);
      }
    });
  }
});
