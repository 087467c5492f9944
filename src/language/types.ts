/** How much of Vietnamese tone and vowel marking a text keeps. */
export type Diacritics = 'full' | 'partial' | 'none';

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
   */
  expect?: string | readonly string[];
}

/** The answer of {@link detectLanguage}. */
export interface LanguageResult {
  /** `'en' | 'sv' | 'vi'`, another ISO 639-1 code, or `'und'` when the text does not tell. */
  language: string;
  /**
   * 0..1; on the benchmark, answers given with ≥ 0.9 were in the right class (en, sv, vi or another
   * language) ≥ 99% of the time. A language vietnorm does not model may still be given, with high
   * confidence, as its modelled relative (Galician as 'es').
   */
  confidence: number;
  /** For Vietnamese: whether tone marks are all there, partly stripped, or absent. Otherwise null. */
  diacritics: Diacritics | null;
  /** Score per candidate language (0..1, higher is better), best first. */
  scores: Record<string, number>;
}
