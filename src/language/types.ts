/** How much of Vietnamese tone and vowel marking a text keeps. */
export type Diacritics = 'full' | 'partial' | 'none';

/** A stretch of a text: offsets in UTF-16 code units, `end` excluded. */
export interface TextRange {
  start: number;
  end: number;
}

/** Options for {@link detectLanguage}. */
export interface DetectOptions {
  /**
   * Below this many letters the answer is `'und'` rather than a guess.
   * @default 6
   */
  minLength?: number;
  /**
   * The language or languages the caller expects, as ISO 639-1 codes: what it knows of the source (the
   * outlet writes Swedish) or of the surrounding text (the paragraph is inside an English article). Each
   * gets a fixed extra prior (6 nats on the detector's log-scores), which decides text that fits it and a
   * neighbour about as well (short Swedish that is also valid Norwegian) but not text plainly in another
   * language.
   * Codes the detector does not model change nothing; a value that is not a code throws a
   * `VietnormError` ('invalid-option'). `confidence` then includes this prior.
   * @default undefined (nothing expected)
   */
  expect?: string | readonly string[];
  /**
   * Spans of the text that are not evidence of its language, such as the names a recognizer found
   * (`recognize(text).map((m) => ({ start: m.start, end: m.end }))`): every word overlapping one is left
   * out. Offsets in UTF-16 code units of `text`; a span outside it throws a `VietnormError`
   * ('invalid-option').
   * @default undefined (nothing ignored)
   */
  ignore?: readonly TextRange[];
  /**
   * When the text is names alone (the answer is `'und'`), also give the languages the names are
   * written in, as far as their shape tells (`nameLanguages` of the result: 'vi' for "Pham Minh Chinh",
   * 'ja' for "Kishida Fumio").
   * @default false
   */
  nameLanguages?: boolean;
}

/** Options for {@link detectLanguages}. */
export interface DetectRangesOptions extends DetectOptions {
  /**
   * Read each range expecting the language of the whole (as {@link DetectOptions.expect}): a short
   * paragraph that reads as well in a close neighbour keeps the page's language, one plainly in another
   * language does not.
   * @default true
   */
  expectWhole?: boolean;
}

/** The answer of {@link detectLanguage}. */
export interface LanguageResult {
  /** `'en' | 'sv' | 'vi'`, another ISO 639-1 code, or `'und'` when the text does not tell. */
  language: string;
  /**
   * 0..1, calibrated on real news (see README): answers given with ≥ 0.9 were in the right class (en,
   * sv, vi or another language) ≥ 99.5% of the time. A language vietnorm does not model may still be
   * given, with high confidence, as its modelled relative (Galician as 'es').
   */
  confidence: number;
  /** For Vietnamese: whether tone marks are all there, partly stripped, or absent. Otherwise null. */
  diacritics: Diacritics | null;
  /** Score per candidate language (0..1, higher is better), best first. */
  scores: Record<string, number>;
  /**
   * Only with {@link DetectOptions.nameLanguages} and an `'und'` answer: the languages the names of
   * the text are written in, by their shape, most names first ('vi', 'ja'); empty when none tells.
   */
  nameLanguages?: string[];
}

/** The answer of {@link detectLanguages}: the whole, and one result per range in the order given. */
export interface RangesResult {
  whole: LanguageResult;
  ranges: LanguageResult[];
}
