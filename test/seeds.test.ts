// The five real scraped pages in ../shared/seeds, read at run time (never copied into the repo),
// against the facts we wrote down in seeds.expected.json. Skipped where ../shared is absent.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { ArticleSchema, analyze } from '../src/index.js';
import expected from './seeds.expected.json';

const dir = join(import.meta.dirname, '../../shared/seeds');
const seeds = Object.entries(expected).filter(([name]) => !name.startsWith('$')) as [string, SeedFacts][];

interface SeedFacts {
  language: string;
  title: string | null;
  published: { iso: string; precision: string; source: string } | null;
  outlet: { text: string; source: string } | null;
  credits: string[];
  dateline: { place: string | null; outlet: string | null } | null;
  captionCredits: string[];
  navigationBlocks: number;
  keyEntities: string[];
  entityFlags: Record<string, string[]>;
  datelinePlaceEntity: string | null;
  outletEntity: string | null;
}

describe.skipIf(!existsSync(dir))('seed pages', () => {
  for (const [name, facts] of seeds) {
    it(`${name}: ${facts.language}, title, date, outlet, dateline and captions as a reader sees them`, () => {
      const text = readFileSync(join(dir, name), 'utf8');
      const a = analyze(text);
      expect(v.safeParse(ArticleSchema, a).success).toBe(true);
      expect(a.language.code).toBe(facts.language);
      expect(a.title?.text ?? null).toBe(facts.title);
      expect(
        a.published && { iso: a.published.iso, precision: a.published.precision, source: a.published.source },
      ).toEqual(facts.published);
      expect(a.outlet && { text: a.outlet.text, source: a.outlet.source }).toEqual(facts.outlet);
      expect(a.credits.map((c) => c.text)).toEqual(facts.credits);
      expect(
        a.dateline && { place: a.dateline.place?.text ?? null, outlet: a.dateline.outlet?.text ?? null },
      ).toEqual(facts.dateline);
      expect(a.captions.map((c) => c.credit?.text ?? null)).toEqual(facts.captionCredits);
      expect(a.blocks.filter((b) => b.kind === 'navigation')).toHaveLength(facts.navigationBlocks);
      const ids = a.entities.map((e) => e.id);
      for (const id of facts.keyEntities) expect(ids, id).toContain(id);
      for (const [id, flags] of Object.entries(facts.entityFlags)) {
        expect(a.entities.find((e) => e.id === id)?.flags, id).toEqual(expect.arrayContaining(flags));
      }
      expect(a.dateline?.placeEntityId ?? null).toBe(facts.datelinePlaceEntity);
      expect(a.outlet?.entityId ?? null).toBe(facts.outletEntity);
      // Navigation lists are the site's, not the article's: the mentions in seed 000's province menu
      // are flagged as the page's furniture.
      const nav = a.blocks.filter((b) => b.kind === 'navigation');
      for (const e of a.entities)
        for (const m of e.mentions)
          if (nav.some((b) => m.start >= b.start && m.end <= b.end)) expect(m.flags).toContain('furniture');
      // No caption, credit, sign-off or navigation text leaks into the body.
      for (const p of a.paragraphs)
        expect(p.text).not.toMatch(/Photo:|Foto:|Video :|^•|\.\/\.|Kommentar \(/u);
    });
  }
});
