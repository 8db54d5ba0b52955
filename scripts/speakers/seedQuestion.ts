/** One seed speaker question (test/eval/speakers.dev.json, speakers.holdout.json). */
export interface SeedQuestion {
  q: string;
  form: 'what-said' | 'what-said-about' | 'who-said' | 'absent';
  speaker: string;
  style?: string;
  /** Verbatim snippets of every statement that answers it, across outlets. */
  expect: string[];
  expectSpeaker?: string;
  /** Other speakers the question asks about with `speaker` ("did blinken and stoltenberg agree on …"): their statements are theirs too, and never a wrong name. */
  together?: string[];
}
