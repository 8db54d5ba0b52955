import type { DeskData } from '../model/deskData';
import type { Intent } from '../model/types';
import { absentNames, searchSentences } from './searchSentences';
import { answerTypeOf, searchWords, typeFit } from './answerTypes';
import { tokenize } from '../search/analyzeText';
import type { AnswerTuning } from './tuning';
import type { UnderstoodQuestion } from './understandQuestion';
import { sentenceUnit, type Unit } from './units';

const PERCENT_QUESTION = /\b(?:percentage|percent|share|proportion)\b/gi;
const PERCENT_FIGURE = /\d\s?%|\bper ?cent\b/i;
const NUMBER = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|millions?|billions?|half)\b/i;
const DATE_WORD =
  /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|tonight|week|weekend|month|year|january|february|march|april|may|june|july|august|september|october|november|december|jan\.|feb\.|(?:19|20)\d\d)\b/i;
const PLACE = /\b(?:in|at|to|from|near|across) (?:the )?\p{Lu}\p{L}+/u;

/** How many of the best matches have their answer type checked (it reads their figures: bounded work per question). */
const TYPE_CHECKED = 15;

/** Ranked sentences for general, how-many, when and where questions. */
/** `within`: only sentences it keeps (a time frame), applied in the search itself. */
export function retrieveSentences(data: DeskData, q: UnderstoodQuestion, tuning: AnswerTuning, within?: (sentence: number) => boolean): Unit[] {
  // A name the corpus never mentions: nothing in it answers the question.
  if (absentNames(data, q.topic).length > 0) return [];
  const type = answerTypeOf(q.topic);
  const percent = q.intent === 'how-many' && new RegExp(PERCENT_QUESTION.source, 'i').test(q.topic);
  // "What percentage of …" is answered by "55% of …": the word itself is not in the answer.
  const topic = searchWords(percent ? q.topic.replace(PERCENT_QUESTION, ' ') : q.topic, type);
  const query = q.person ? `${topic} ${q.person.name}` : topic;
  const factual = q.intent !== 'general';
  const counting = type.kind === 'count';
  const counted = counting ? /\bhow (?:many|much) ([\p{L}-]+)/iu.exec(q.topic)?.[1]?.toLowerCase() : undefined;
  const nouns = counted ? countedNounForms(counted) : [];
  const minCoverage = factual ? tuning.minCoverageFactual : tuning.minCoverage;
  const hits = searchSentences(data, query, {
    emphasis: new Set(nouns.slice(0, 1)),
    alternatives: new Map(counted ? [[counted, nouns.slice(1)]] : []),
    minCoverage,
    ...(within && { filter: within }),
  }).filter((h) => h.coverage >= minCoverage);
  const best = Math.max(0, ...hits.map((h) => h.coverage));
  // Figures differ between outlets: keep weaker matches that may carry another outlet's figure.
  const relative = counting || type.kind === 'measure' || type.kind === 'who-is' ? tuning.relativeCoverage * 0.7 : tuning.relativeCoverage;
  const topScore = Math.max(0, ...hits.map((h) => h.score));
  const questionWords = new Set(tokenize(q.topic).map((w) => w.toLowerCase().replace(/[’']s$/, '')));
  const candidates = hits.filter((h) => h.coverage >= best * relative).sort((a, b) => b.score * b.coverage ** 2 - a.score * a.coverage ** 2);
  const units = candidates
    .map((h, rank) => {
      const text = data.sentences[h.sentence]!.text;
      const checked = rank < TYPE_CHECKED;
      const boost = percent
        ? PERCENT_FIGURE.test(text) ? 4 : 0.2
        : counting ? countBoost(text, nouns)
        : type.kind !== 'general' ? (checked ? typeFit(data, h.sentence, type, questionWords) : 0.5)
        : intentBoost(q.intent, text);
      // For figures, whether the sentence gives the figure asked for matters more than how
      // many words it shares (long wire sentences score low on BM25): damp the BM25 spread.
      const relevance = counting || type.kind === 'measure' ? topScore * Math.sqrt(h.score / topScore) : h.score;
      return { ...sentenceUnit(data, h.sentence), score: relevance * h.coverage ** 2 * boost, coverage: h.coverage, boost };
    })
    .sort((a, b) => b.score - a.score);
  // A measure question wants a measure of its kind: with none among the matches, the corpus does not answer it.
  if (type.kind === 'measure' && !units.some((u) => u.boost >= 3)) return [];
  // A sentence scoring a fiftieth of the best matched words but not the question's form.
  const floor = (units[0]?.score ?? 0) * 0.02;
  const kept: Unit[] = units.filter((u) => u.score >= floor).map(({ boost: _boost, ...u }) => u);
  return counting ? oneOfEachOutletFirst(data, kept) : kept;
}


// Nouns news reports use for the same counted thing; "how many troops" is answered by
// "140,000 … forces" too.
const COUNTED_SYNONYMS: readonly (readonly string[])[] = [
  ['troops', 'forces', 'soldiers', 'servicemen'],
  ['people', 'civilians', 'residents', 'persons'],
  ['dead', 'killed', 'died', 'deaths'],
  ['tanks', 'vehicles'],
];

function countedNounForms(noun: string): string[] {
  const group = COUNTED_SYNONYMS.find((g) => g.includes(noun));
  return group ? [noun, ...group.filter((w) => w !== noun)] : [noun];
}

const FIGURE = String.raw`\d[\d,.]*(?:-\p{L}+)?`;
const VAGUE_FIGURE = String.raw`(?:dozens|hundreds|thousands|millions)`;

/**
 * How-many answers carry a figure that counts the thing asked about: "150,000 troops" scores
 * highest, a figure near the noun next, a figure elsewhere in the sentence (a year, a
 * percentage) least.
 */
function countBoost(text: string, nouns: readonly string[]): number {
  if (!NUMBER.test(text)) return 0.2;
  if (nouns.length === 0) return 2;
  const { counts, vaguelyCounts, near } = countPatterns(nouns);
  if (counts.test(text)) return 4;
  if (near.test(text)) return 2.5;
  // "thousands of troops" counts them, but gives no figure.
  return vaguelyCounts.test(text) ? 1.5 : 0.8;
}

// The patterns of one question's counted nouns, made once per question rather than per sentence.
const countPatternCache = new Map<string, { counts: RegExp; vaguelyCounts: RegExp; near: RegExp }>();

function countPatterns(nouns: readonly string[]): { counts: RegExp; vaguelyCounts: RegExp; near: RegExp } {
  const alternatives = nouns.map((n) => n.replace(/s$/, '')).join('|');
  let patterns = countPatternCache.get(alternatives);
  if (!patterns) {
    const counts = (figure: string) => new RegExp(String.raw`${figure}\s+(?:[\p{L}-]+\s+){0,3}?(?:${alternatives})`, 'iu');
    patterns = {
      counts: counts(FIGURE),
      vaguelyCounts: counts(VAGUE_FIGURE),
      near: new RegExp(String.raw`(?:${alternatives})\w*\W+(?:[\p{L}’'-]+\W+){0,12}?${FIGURE}`, 'iu'),
    };
    // Bounded: questions' nouns are many over a long run.
    if (countPatternCache.size >= 500) countPatternCache.clear();
    countPatternCache.set(alternatives, patterns);
  }
  return patterns;
}

function intentBoost(intent: Intent, text: string): number {
  if (intent === 'when') return DATE_WORD.test(text) ? 1.5 : 0.7;
  if (intent === 'where') return PLACE.test(text) ? 1.3 : 0.8;
  return 1;
}

/**
 * For figures, outlets often disagree: put each outlet's best sentence first so every
 * figure shows, then the rest by score.
 */
function oneOfEachOutletFirst(data: DeskData, units: Unit[]): Unit[] {
  const seen = new Set<string>();
  const first: Unit[] = [];
  const rest: Unit[] = [];
  const top = units[0]?.score ?? 0;
  for (const unit of units) {
    const outlet = data.articleById.get(unit.article)?.outlet ?? unit.article;
    if (!seen.has(outlet) && unit.score >= top * 0.2 && NUMBER.test(unit.text)) {
      seen.add(outlet);
      first.push(unit);
    } else {
      rest.push(unit);
    }
  }
  return [...first, ...rest];
}

