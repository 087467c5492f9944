/** How much of Vietnamese tone and vowel marking a text keeps. */
export type Diacritics = 'full' | 'partial' | 'none';

/** Options for {@link detectLanguage}. */
export interface DetectOptions {
  /**
   * Below this many letters the answer is `'und'` rather than a guess.
   * @default 6
   */
  minLength?: number;
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
