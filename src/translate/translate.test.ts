import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { isVietnormError } from '../errors.js';
import { createNormalizer, type Normalizer } from '../kb/kb.js';
import type { Entity } from '../kb/types.js';
import { exportGlossary } from './glossary.js';
import { protectTerms } from './protect.js';
import { translateTerms } from './terms.js';

describe('translateTerms', () => {
  it('writes names and offices in the target language, in en, sv and vi', () => {
    const en = 'Japanese Prime Minister Kishida Fumio arrived in Hanoi.';
    expect(translateTerms(en, { to: 'vi' }).text).toBe('Thủ tướng Nhật Bản Kishida Fumio arrived in Hà Nội.');
    expect(translateTerms(en, { to: 'sv' }).text).toBe(
      'Japans premiärminister Kishida Fumio arrived in Hanoi.',
    );
    const vi = 'Thủ tướng Phạm Minh Chính tiếp Bộ trưởng Ngoại giao Nhật Bản về Biển Đông.';
    expect(translateTerms(vi, { to: 'en' }).text).toBe(
      'Prime Minister Phạm Minh Chính tiếp Minister for Foreign Affairs of Japan về South China Sea.',
    );
    expect(translateTerms(vi, { to: 'en', sea: 'vietnamese' }).text).toContain('về East Sea.');
    const sv = 'Vietnam och Japan oroas över läget i Östersjön enligt FN:s havsrättskonvention.';
    expect(translateTerms(sv, { to: 'vi' }).text).toBe(
      'Việt Nam och Nhật Bản oroas över läget i Biển Đông enligt Công ước Liên Hợp Quốc về Luật Biển năm 1982.',
    );
  });

  it('keeps short references and ordinary words as written (the title in front is translated)', () => {
    const r = translateTerms('PM Pham Minh Chinh met the press. PM Chinh said the son of a minister spoke.', {
      to: 'vi',
    });
    expect(r.text).toBe(
      'Thủ tướng Phạm Minh Chính met the press. Thủ tướng Chinh said the son of a minister spoke.',
    );
  });

  it('follows normalize’s rules: heads, abbreviations, capitals and correct Vietnamese stay', () => {
    const vi = 'Đoàn của tỉnh Quảng Ninh đến TPHCM và TP.HCM, gặp đại diện Mỹ và Nhật.';
    expect(translateTerms(vi, { to: 'vi' }).replacements).toEqual([]);
    expect(translateTerms('Bộ Lao động - Thương binh và Xã hội họp.', { to: 'en' }).text).not.toMatch(
      /Laos/u,
    );
    expect(translateTerms('Đến Thành phố Hồ Chí Minh', { to: 'en' }).text).toBe('Đến Ho Chi Minh City');
    expect(translateTerms('TIN TỪ HÀ NỘI', { to: 'en' }).text).toBe('TIN TỪ HANOI');
    expect(translateTerms('Tin tu Ha Noi', { to: 'vi' }).text).toBe('Tin tu Hà Nội');
  });

  it('translates a former name into that name of its period, and the current name into the current one', () => {
    // Thừa Thiên Huế (the province until 2024) and Huế (the city since 2025) are one unit of the KB.
    for (const date of [null, '2024-05-01', '2025-09-01']) {
      const r = translateTerms('Tỉnh Thừa Thiên Huế có nhiều di tích.', { to: 'en', date });
      expect(r.text).toBe('Tỉnh Thừa Thiên–Huế có nhiều di tích.');
      expect(r.replacements.map((x) => x.id)).toEqual(['vn-province-2008:46']);
    }
    expect(translateTerms('Thua Thien Hue province lies north of Da Nang.', { to: 'vi' }).text).toBe(
      'Thừa Thiên Huế province lies north of Đà Nẵng.',
    );
    expect(translateTerms('Tỉnh Thừa Thiên - Huế', { to: 'sv' }).text).toBe('Tỉnh Thừa Thiên Huế');
    expect(translateTerms('Thành phố Huế là cố đô.', { to: 'en' }).replacements).toEqual([]);
    expect(translateTerms('Hue is the old capital.', { to: 'vi' }).text).toBe('Huế is the old capital.');
  });

  it('keeps a generic tail the text writes after a name, as it keeps a head', () => {
    expect(translateTerms('Ha Giang province borders China.', { to: 'vi' }).text).toBe(
      'Hà Giang province borders Trung Quốc.',
    );
    expect(translateTerms('Quang Ninh-provinsen', { to: 'en' }).text).toBe('Quảng Ninh-provinsen');
    // A target name with its own generic word replaces the text's: Ho Chi Minh City, not "… City City".
    expect(translateTerms('Thành phố Hồ Chí Minh', { to: 'en' }).text).toBe('Ho Chi Minh City');
  });

  it('reports every replacement with offsets on both sides', () => {
    const input = 'Foreign Minister Bui Thanh Son visited Tokyo.';
    const r = translateTerms(input, { to: 'vi' });
    expect(r.replacements.map((x) => [x.from, x.to])).toEqual([
      ['Foreign Minister', 'Bộ trưởng Ngoại giao'],
      ['Bui Thanh Son', 'Bùi Thanh Sơn'],
    ]);
    for (const x of r.replacements) {
      expect(input.slice(x.start, x.end)).toBe(x.from);
      expect(r.text.slice(x.outputStart, x.outputEnd)).toBe(x.to);
    }
  });

  it('rejects an unknown language with a typed error', () => {
    expect(() => translateTerms('x', { to: 'fr' as never })).toThrow(/'to' must be 'en', 'sv' or 'vi'/u);
    try {
      translateTerms('x', { to: 'vi', from: 'de' as never });
    } catch (error) {
      expect(isVietnormError(error) && error.code).toBe('invalid-option');
    }
  });

  it('changes nothing but recognized names, for any input', () => {
    const piece = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('Ha Noi', 'Japan', 'Prime Minister Pham Minh Chinh'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), fc.constantFrom('en', 'sv', 'vi'), (parts, to) => {
        const input = parts.join(' ');
        const r = translateTerms(input, { to: to as 'vi' });
        let rebuilt = '';
        let at = 0;
        for (const x of r.replacements) {
          rebuilt += input.slice(at, x.start) + x.to;
          at = x.end;
        }
        expect(rebuilt + input.slice(at)).toBe(r.text);
      }),
      { numRuns: 150 },
    );
  });
});

/** A stand-in for a machine-translation engine: translates the words around placeholders by a table. */
function engine(text: string, table: Record<string, string>): string {
  let out = text;
  for (const [from, to] of Object.entries(table)) out = out.replaceAll(from, to);
  return out;
}

describe('protectTerms and restore', () => {
  const source = 'Bộ trưởng Bùi Thanh Sơn điện đàm với Ngoại trưởng Nhật Bản về Biển Đông.';

  it('replaces each name by an XML placeholder and puts the target-language name back', () => {
    const p = protectTerms(source, { from: 'vi' });
    expect(p.text).toBe('Bộ trưởng <x id="t1"/> điện đàm với Ngoại trưởng <x id="t2"/> về <x id="t3"/>.');
    const translated = engine(p.text, {
      'Bộ trưởng': 'Minister',
      'điện đàm với Ngoại trưởng': 'spoke by phone with the foreign minister of',
      về: 'about',
    });
    const r = p.restore(translated, { to: 'en', sea: 'vietnamese' });
    expect(r).toEqual({
      text: 'Minister Bùi Thanh Sơn spoke by phone with the foreign minister of Japan about East Sea.',
      missing: [],
      duplicated: [],
      unknown: [],
      reordered: false,
    });
    expect(p.restore(translated, { to: 'sv' }).text).toContain('Japan about Sydkinesiska havet.');
  });

  it('reports placeholders the engine dropped, duplicated, invented or moved', () => {
    const p = protectTerms(source);
    // The engine moved t3 before t2, dropped t1, repeated t2, changed quoting and made up t7.
    const translated = 'Om <x id=\'t3\' /> talade ministern med <x id="t2"/> (<x id = "t2"/>) <x id="t7"/>.';
    const r = p.restore(translated, { to: 'sv' });
    expect(r.text).toBe('Om Sydkinesiska havet talade ministern med Japan (Japan) <x id="t7"/>.');
    expect(r.missing.map((t) => [t.id, t.text])).toEqual([['t1', 'Bùi Thanh Sơn']]);
    expect(r.duplicated.map((t) => t.id)).toEqual(['t2']);
    expect(r.unknown).toEqual(['<x id="t7"/>']);
    expect(r.reordered).toBe(true);
  });

  it('round-trips any text: restoring the untouched protected text gives back every name', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('Hà Nội', 'và', 'Tokyo', 'Biển Đông', 'ASEAN', 'x'), { maxLength: 10 }),
        (words) => {
          const text = words.join(' ');
          const p = protectTerms(text);
          const r = p.restore(p.text, { to: 'vi' });
          expect(r.missing).toEqual([]);
          expect(r.duplicated).toEqual([]);
          expect(r.reordered).toBe(false);
          expect(r.text.includes('<x ')).toBe(false);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('escapes a literal placeholder and XML specials of the source, so restore gives them back as text', () => {
    const source = 'Tag <x id="t1"/> & <x id="t2"></x> in Hà Nội, R&D <b>bold</b>, a &amp; b,\r\nend';
    const p = protectTerms(source, { from: 'vi' });
    expect(p.terms.map((t) => t.text)).toEqual(['Hà Nội']);
    expect(p.text).toBe(
      'Tag &lt;x id="t1"/&gt; &amp; &lt;x id="t2"&gt;&lt;/x&gt; in <x id="t1"/>, R&amp;D &lt;b&gt;bold&lt;/b&gt;, a &amp;amp; b,&#13;\nend',
    );
    // The only tag in the protected text is the placeholder: an XML parser sees one element.
    expect(XMLValidator.validate(`<s>${p.text}</s>`)).toBe(true);
    const r = p.restore(p.text, { to: 'vi' });
    expect(r).toEqual({ text: source, missing: [], duplicated: [], unknown: [], reordered: false });
    // In English the name is written in English; every other character is the source's.
    expect(p.restore(p.text, { to: 'en' }).text).toBe(source.replace('Hà Nội', 'Hanoi'));
  });

  it('holds the README example of escaping and round trip', () => {
    const p = protectTerms('R&D <b> in Hà Nội');
    expect(p.text).toBe('R&amp;D &lt;b&gt; in <x id="t1"/>');
    expect(p.restore(p.text, { to: 'vi' }).text).toBe('R&D <b> in Hà Nội');
    expect(p.restore(p.text, { to: 'en' }).text).toBe('R&D <b> in Hanoi');
  });

  it('turns the references an engine writes back into characters, and leaves others as they are', () => {
    const p = protectTerms('Hà Nội');
    const translated =
      'It&#39;s &quot;<x id="t1"/>&quot; &#x1F600; &lt;3 &nbsp; &#x110000; &#99999999; &amp;lt;';
    expect(p.restore(translated, { to: 'vi' }).text).toBe(
      'It\'s "Hà Nội" \u{1F600} <3 &nbsp; &#x110000; &#99999999; &lt;',
    );
  });

  it('restores the exact source when its names are already in the target form (any text around them)', () => {
    // The property, precisely: restore(protect(s).text, { to }) is s with each protected span
    // replaced by the name restore writes for it in `to`; so it is s itself exactly when every
    // protected name is already written in its canonical `to` form.
    const filler = fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.constantFrom(
        '<x id="t1"/>',
        "<x id = 't2' />",
        '</x>',
        '&',
        '&amp;',
        '&lt;',
        '&#13;',
        '\r\n',
        '<',
        '>',
      ),
    );
    const name = fc.constantFrom('Hà Nội', 'Nhật Bản', 'Biển Đông', 'Phạm Minh Chính', 'Tokyo', 'Việt Nam');
    let exact = 0;
    fc.assert(
      fc.property(fc.array(fc.oneof(filler, name), { maxLength: 10 }), (parts) => {
        const s = parts.join(' ');
        const p = protectTerms(s);
        const r = p.restore(p.text, { to: 'vi' });
        expect(r.missing).toEqual([]);
        expect(r.unknown).toEqual([]);
        let expected = '';
        let at = 0;
        let canonical = true;
        for (const t of p.terms) {
          const written = p.restore(`<x id="${t.id}"/>`, { to: 'vi' }).text;
          canonical &&= written === t.text;
          expected += s.slice(at, t.start) + written;
          at = t.end;
        }
        expect(r.text).toBe(expected + s.slice(at));
        if (canonical) {
          expect(r.text).toBe(s);
          if (p.terms.length > 0) exact++;
        }
      }),
      { numRuns: 300 },
    );
    expect(exact).toBeGreaterThan(50);
  });
});

describe('exportGlossary', () => {
  it('writes CSV and TSV source→target pairs for any language pair', () => {
    const csv = exportGlossary({ languages: ['en', 'sv'], format: 'csv', types: ['sea'] });
    expect(csv.split('\n')).toContain('South China Sea,Sydkinesiska havet');
    const tsv = exportGlossary({ languages: ['vi', 'sv'], format: 'tsv', types: ['country'] });
    expect(tsv.split('\n')).toContain('Nhật Bản\tJapan');
    // A name with a comma is quoted (RFC 4180).
    expect(exportGlossary({ languages: ['en', 'vi'], format: 'csv' }).split('\n')).toContain(
      '"Washington, D.C.",Washington D.C.',
    );
  });

  it('writes well-formed TBX with one concept per entity and a term per language', () => {
    const tbx = exportGlossary({ languages: ['en', 'sv', 'vi'], format: 'tbx' });
    expect(XMLValidator.validate(tbx)).toBe(true);
    const doc = new XMLParser({
      ignoreAttributes: false,
      isArray: (name) => ['conceptEntry', 'langSec'].includes(name),
    }).parse(tbx);
    expect(doc.tbx['@_type']).toBe('TBX-Basic');
    expect(doc.tbx['@_xmlns']).toBe('urn:iso:std:iso:30042:ed-2');
    const concepts = doc.tbx.text.body.conceptEntry as {
      '@_id': string;
      langSec: { '@_xml:lang': string; termSec: { term: string } }[];
    }[];
    expect(concepts.length).toBeGreaterThan(400);
    expect(new Set(concepts.map((c) => c['@_id'])).size).toBe(concepts.length);
    for (const c of concepts) {
      expect(c['@_id']).toMatch(/^[A-Za-z_][\w.-]*$/u);
      expect(c.langSec.map((l) => l['@_xml:lang'])).toEqual(['en', 'sv', 'vi']);
      for (const l of c.langSec) expect(String(l.termSec.term).length).toBeGreaterThan(0);
    }
    const japan = concepts.find((c) => c['@_id'] === 'country.JP');
    expect(japan?.langSec.map((l) => l.termSec.term)).toEqual(['Japan', 'Japan', 'Nhật Bản']);
  });

  it('writes JSON and refuses bad options with typed errors', () => {
    const json = JSON.parse(exportGlossary({ languages: ['en', 'vi'], format: 'json', types: ['outlet'] }));
    expect(json).toContainEqual({
      id: 'outlet:vna',
      type: 'outlet',
      en: expect.any(String),
      vi: expect.any(String),
    });
    for (const bad of [
      { languages: ['en'], format: 'csv' },
      { languages: ['en', 'en'], format: 'csv' },
      { languages: ['en', 'sv', 'vi'], format: 'csv' },
      { languages: ['en', 'de'], format: 'tbx' },
      { languages: ['en', 'sv'], format: 'xlsx' },
    ]) {
      expect(() => exportGlossary(bad as never), JSON.stringify(bad)).toThrow(
        expect.objectContaining({ code: 'invalid-option' }),
      );
    }
  });

  /** A knowledge base holding one person named by the test, as a tool could hand over (duck-typed). */
  function kbWithName(en: string): Normalizer {
    const base = createNormalizer();
    const person = {
      ...(base.getEntity('person:pham-minh-chinh') as Entity),
      id: 'person:test',
      names: { en, sv: 'Test', vi: 'Test' },
    };
    return Object.create(base, { listEntities: { value: () => [person] } }) as Normalizer;
  }

  it('neutralises spreadsheet formulas in CSV and TSV cells unless told to keep them', () => {
    const cases: [name: string, csvCell: string][] = [
      ['=HYPERLINK("http://example.org","x")', '"\'=HYPERLINK(""http://example.org"",""x"")"'],
      ['+1', "'+1"],
      ['-2+3', "'-2+3"],
      ['@SUM(A1)', "'@SUM(A1)"],
      ['  =1', "'  =1"],
      ['\t=1', "'\t=1"],
    ];
    for (const [name, csvCell] of cases) {
      const kb = kbWithName(name);
      expect(exportGlossary({ languages: ['en', 'sv'], format: 'csv', kb })).toBe(`${csvCell},Test\n`);
      expect(exportGlossary({ languages: ['en', 'sv'], format: 'tsv', kb })).toBe(
        `'${name.replace('\t', ' ')}\tTest\n`,
      );
      expect(exportGlossary({ languages: ['en', 'sv'], format: 'tsv', kb, formulas: 'keep' })).toBe(
        `${name.replace('\t', ' ')}\tTest\n`,
      );
    }
    expect(
      exportGlossary({ languages: ['en', 'sv'], format: 'csv', kb: kbWithName('+1'), formulas: 'keep' }),
    ).toBe('+1,Test\n');
    // Ordinary names, a dash inside a name included, are untouched.
    expect(exportGlossary({ languages: ['en', 'sv'], format: 'csv', kb: kbWithName('Nguyen-Van A') })).toBe(
      'Nguyen-Van A,Test\n',
    );
    expect(exportGlossary({ languages: ['en', 'vi'], format: 'csv' })).not.toMatch(/^'/mu);
  });

  it('refuses names TBX cannot carry, and createNormalizer refuses control characters in the first place', () => {
    for (const bad of ['Nguyễn\u0000Văn A', 'Nguyễn\u0007', 'A\u001bB', 'x\uD800y', 'A\u0085B']) {
      expect(() =>
        createNormalizer({
          entities: [{ id: 'person:bad', type: 'person', names: { en: bad, sv: 'Test', vi: 'Test' } }],
        }),
      ).toThrow(expect.objectContaining({ code: 'invalid-entity' }));
      expect(() => createNormalizer({ locales: { en: { 'country:VN': bad } } })).toThrow(
        expect.objectContaining({ code: 'invalid-entity' }),
      );
    }
    expect(() =>
      exportGlossary({ languages: ['en', 'sv'], format: 'tbx', kb: kbWithName('A\u0001B') }),
    ).toThrow(
      expect.objectContaining({ code: 'invalid-entity', message: expect.stringContaining('U+0001') }),
    );
    expect(() =>
      exportGlossary({ languages: ['en', 'sv'], format: 'tbx', kb: kbWithName('A\uDC00') }),
    ).toThrow(expect.objectContaining({ code: 'invalid-entity' }));
  });

  it('writes well-formed TBX for names with markup characters, a carriage return or an astral character', () => {
    const name = 'R&D <Corp> "Ltd" \'x\'\r\n\u{1F600}';
    const tbx = exportGlossary({ languages: ['en', 'sv'], format: 'tbx', kb: kbWithName(name) });
    expect(XMLValidator.validate(tbx)).toBe(true);
    const doc = new XMLParser({ isArray: (n) => n === 'langSec', htmlEntities: true }).parse(tbx);
    const term = doc.tbx.text.body.conceptEntry.langSec[0].termSec.term;
    expect(term).toBe(name);
  });
});

describe('translateTerms: Swedish genitives', () => {
  it('gives a genitive read in the source back in the target language', () => {
    const text = 'Japans och Kinas relationer. Vietnams huvudstad.';
    expect(translateTerms(text, { to: 'vi', from: 'sv' }).text).toBe(
      'Nhật Bản och Trung Quốc relationer. Việt Nam huvudstad.',
    );
    expect(translateTerms(text, { to: 'en', from: 'sv' }).text).toBe(
      "Japan's och China's relationer. Vietnam's huvudstad.",
    );
    // Swedish to Swedish keeps the s: never "Japan" for "Japans".
    expect(translateTerms(text, { to: 'sv', from: 'sv' }).text).toBe(text);
  });
});

describe('translateTerms: an office read as its holder', () => {
  it('translates the words as the office, not as the person', () => {
    expect(translateTerms('the Japanese Prime Minister said', { to: 'vi', date: '2022-05-01' }).text).toBe(
      'the Thủ tướng Nhật Bản said',
    );
    expect(translateTerms('Ngoại trưởng Nhật cho biết', { to: 'en', date: '2017-08-22' }).text).toBe(
      'Foreign Minister Japan cho biết',
    );
  });
});
