// Scores vietnorm on the real pages of ../shared/devset/docs.jsonl against their gold, as the set's
// README defines it. Shared by bench/devset.mjs (which writes bench/DEVSET.md) and by
// test/devset.test.ts (which guards the figures). The library is passed in, so the same scorer
// runs against `dist` (benchmark) and `src` (tests). No text of the set is ever written to the repo
// by this module: it returns figures and misses, and the caller prints what it needs.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the dev set lives beside the project. */
export const DEVSET = join(import.meta.dirname, '../../shared/devset/docs.jsonl');

/** The dev-set records, or null when ../shared is absent. */
export function loadDevset(path = DEVSET) {
  if (!existsSync(path)) return null;
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l));
}

/** Characters that anti-scraping pages put inside words; they never change what a name is. */
const INVISIBLE = new Set([0xad, 0x34f, 0x61c, 0x115f, 0x1160, 0x17b4, 0x17b5, 0x180e, 0xfeff]);
const invisible = (c) =>
  INVISIBLE.has(c) ||
  (c >= 0x200b && c <= 0x200f) ||
  (c >= 0x202a && c <= 0x202e) ||
  (c >= 0x2060 && c <= 0x206f);
const dropInvisible = (s) => [...s].filter((ch) => !invisible(ch.codePointAt(0))).join('');

/** The gold's types and the knowledge-base types that fall under each. */
export const GOLD_TYPES = {
  person: ['person'],
  place: ['country', 'province', 'city', 'sea', 'region', 'island-group', 'place', 'subdivision'],
  org: ['organisation', 'outlet'],
  term: ['agreement', 'programme', 'event'],
};

/** The language group of a code: en, sv, vi, or other. */
const group = (code) => (code === 'en' || code === 'sv' || code === 'vi' ? code : 'other');

/**
 * Scores every record. `api` is the library: `{ analyze, normalize, getEntity, normalizeToneMarks }`.
 * Returns per-record results and the misses; figures are made by {@link summarize}.
 */
export function scoreDevset(docs, api) {
  const norm = (s) =>
    api
      .normalizeToneMarks(dropInvisible(String(s).normalize('NFC')), 'new')
      .replace(/\s+/gu, ' ')
      .trim()
      .toLowerCase();
  const namesCache = new Map();
  /** Every name the answer's entity goes by: its display names, aliases and exact forms. */
  const namesOf = (id, fallback) => {
    let names = namesCache.get(id);
    if (!names) {
      const e = api.getEntity(id);
      names = new Set(
        e ? [...Object.values(e.names), ...(e.aliases ?? []), ...(e.caseSensitive ?? [])].map(norm) : [],
      );
      namesCache.set(id, names);
    }
    if (fallback === undefined) return names;
    return new Set([...names, norm(fallback)]);
  };
  const anyIn = (names, accept) => accept.some((a) => names.has(norm(a)));

  const results = [];
  let chars = 0;
  let ms = 0;
  for (const d of docs) {
    const t0 = performance.now();
    const a = api.analyze(d.text);
    ms += performance.now() - t0;
    chars += d.text.length;
    const gold = group(d.lang.replace(/^other:/u, 'other-'));
    const r = { id: d.id, lang: gold, kind: d.kind, misses: [] };

    // Language: for other:* pages any answer but en, sv and vi is right.
    const got = a.language.code;
    r.language = gold === 'other' ? group(got) === 'other' : got === d.lang;
    if (!r.language) r.misses.push({ field: 'language', want: d.lang, got });
    if (gold === 'vi' && d.vi_diacritics) {
      r.diacritics = a.language.diacritics === d.vi_diacritics;
      if (!r.diacritics)
        r.misses.push({ field: 'diacritics', want: d.vi_diacritics, got: a.language.diacritics });
    }
    results.push(r);
    if (gold === 'other') continue;

    // Title: the headline as written (or one of title_accept); null when the text has none.
    const title = a.title?.text ?? null;
    const titles = d.title === null ? [] : [d.title, ...(d.title_accept ?? [])].map(norm);
    r.title = d.title === null ? title === null : title !== null && titles.includes(norm(title));
    if (!r.title) r.misses.push({ field: 'title', want: d.title, got: title });

    // Published: the date the text states for the page, at the gold's precision.
    const iso = a.published?.iso ?? null;
    r.published = d.published === null ? iso === null : iso !== null && iso.startsWith(d.published);
    if (!r.published) r.misses.push({ field: 'published', want: d.published, got: iso });

    // Outlet: the credited outlet; when only a photo credit or citation shows it, null is also right.
    const o = a.outlet;
    const outletNames = o ? namesOf(o.entityId ?? '', o.text) : new Set();
    if (o) outletNames.add(norm(o.name));
    const accepts = d.outlet === null ? [] : [d.outlet, ...(d.outlet_accept ?? [])];
    r.outlet =
      d.outlet === null
        ? o === null
        : (o !== null && anyIn(outletNames, accepts)) || (o === null && d.outlet_stated === false);
    if (!r.outlet)
      r.misses.push({ field: 'outlet', want: d.outlet, stated: d.outlet_stated, got: o?.text ?? null });

    // Entities: a gold entity is found when some answer's entity goes by one of its accepted names.
    const found = a.entities.map((e) => namesOf(e.id, e.name));
    r.entities = d.entities.map((g) => {
      const ok = found.some((names) => anyIn(names, g.accept));
      if (!ok)
        r.misses.push({
          field: 'entity',
          scope: g.scope,
          type: g.type,
          want: g.accept[0],
          surface: g.surface,
        });
      return { scope: g.scope, ok };
    });

    // Mentions with their spans, for short references and must-not readings.
    const mentions = a.entities.flatMap((e) =>
      e.mentions.map((m) => ({ ...m, id: e.id, type: e.type, name: e.name })),
    );
    const overlapping = (s, e) => mentions.filter((m) => m.start < e && s < m.end);

    r.shortRefs = d.short_refs.map((ref) => {
      const at = d.text.indexOf(ref.near);
      const inside = at < 0 ? -1 : ref.near.indexOf(ref.surface);
      if (at < 0 || inside < 0) {
        r.misses.push({
          field: 'short-ref',
          want: ref.accept[0],
          surface: ref.surface,
          got: 'gold: near not in text',
        });
        return false;
      }
      const s = at + inside;
      const hits = overlapping(s, s + ref.surface.length);
      const ok = hits.some((m) => anyIn(namesOf(m.id, m.name), ref.accept));
      if (!ok)
        r.misses.push({
          field: 'short-ref',
          want: ref.accept[0],
          surface: ref.surface,
          got: hits.map((m) => m.id).join(', ') || null,
        });
      return ok;
    });

    r.mustNot = d.must_not.map((mn) => {
      const types = mn.not_type ? (GOLD_TYPES[mn.not_type] ?? [mn.not_type]) : [];
      const banned = mn.not_names ?? [];
      let bad = null;
      for (let at = d.text.indexOf(mn.surface); at >= 0 && !bad; at = d.text.indexOf(mn.surface, at + 1)) {
        bad =
          overlapping(at, at + mn.surface.length).find(
            (m) => types.includes(m.type) || (banned.length > 0 && anyIn(namesOf(m.id, m.name), banned)),
          ) ?? null;
      }
      if (bad)
        r.misses.push({
          field: 'must-not',
          surface: mn.surface,
          got: `${bad.id} (${bad.type})`,
          why: mn.why,
        });
      return bad === null;
    });
  }

  // Normalize on correct Vietnamese: every change on the fully marked pages, classed.
  const damage = { words: 0, changes: [] };
  for (const d of docs) {
    if (d.lang !== 'vi' || d.vi_diacritics !== 'full') continue;
    damage.words += d.text.split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length;
    const { changes } = api.normalize(d.text, { to: 'vi' });
    for (const c of changes) damage.changes.push({ doc: d.id, ...c, class: classify(c, api, d.text) });
  }
  return { results, damage, throughput: { chars, ms } };
}

const stripMarks = (s) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/đ/gu, 'd')
    .replace(/Đ/gu, 'D')
    .normalize('NFC');

/** The class of each kind of change that normalize reports. */
const CLASSES = {
  diacritics: 'diacritics restored',
  tone: 'tone placement',
  spelling: 'misspelling',
  style: 'style choice',
  mistranslation: 'mistranslation',
  'official-form': 'official form',
};

/**
 * What kind of change normalize made: the class of the `kind` it reports, checked against the
 * change itself (restored diacritics only add marks to the same letters, in the same case; a tone
 * placement only moves a mark). A change whose kind does not hold, or without a kind, is "other".
 */
export function classify(c, api, text) {
  void text;
  const from = c.from.normalize('NFC');
  const to = c.to.normalize('NFC');
  const marks = (s) => s.normalize('NFD').match(/\p{Mn}|[đĐ]/gu)?.length ?? 0;
  switch (c.kind) {
    case 'diacritics':
      return stripMarks(from) === stripMarks(to) && marks(from) < marks(to) ? CLASSES.diacritics : 'other';
    case 'tone':
      return from !== to && api.normalizeToneMarks(from, 'new') === api.normalizeToneMarks(to, 'new')
        ? CLASSES.tone
        : 'other';
    case 'spelling':
    case 'style':
    case 'mistranslation':
    case 'official-form':
      return CLASSES[c.kind];
    default:
      return 'other';
  }
}

const pct = (ok, n) => (n === 0 ? null : (100 * ok) / n);

/** Figures overall and per language group from {@link scoreDevset}'s results. */
export function summarize(scored) {
  const groups = ['all', 'en', 'sv', 'vi', 'other'];
  const out = {};
  for (const g of groups) {
    const rs = scored.results.filter((r) => g === 'all' || r.lang === g);
    const scoredRs = rs.filter((r) => r.title !== undefined);
    const count = (f) => [scoredRs.filter((r) => r[f]).length, scoredRs.length];
    const ents = scoredRs.flatMap((r) => r.entities);
    const core = ents.filter((e) => e.scope === 'core');
    const refs = scoredRs.flatMap((r) => r.shortRefs);
    const mn = scoredRs.flatMap((r) => r.mustNot);
    const vi = rs.filter((r) => r.diacritics !== undefined);
    out[g] = {
      docs: rs.length,
      language: [rs.filter((r) => r.language).length, rs.length],
      diacritics: [vi.filter((r) => r.diacritics).length, vi.length],
      title: count('title'),
      published: count('published'),
      outlet: count('outlet'),
      coreEntities: [core.filter((e) => e.ok).length, core.length],
      allEntities: [ents.filter((e) => e.ok).length, ents.length],
      shortRefs: [refs.filter(Boolean).length, refs.length],
      mustNot: [mn.filter(Boolean).length, mn.length],
    };
  }
  const classes = {};
  for (const c of scored.damage.changes) classes[c.class] = (classes[c.class] ?? 0) + 1;
  return {
    groups: out,
    damage: {
      words: scored.damage.words,
      changes: scored.damage.changes.length,
      perThousand: (1000 * scored.damage.changes.length) / Math.max(1, scored.damage.words),
      classes,
    },
    pct,
  };
}

/** A figure as a percentage string, "—" when there is nothing to score. */
export function percent([ok, n]) {
  const p = pct(ok, n);
  return p === null ? '—' : `${p.toFixed(1)}%`;
}
