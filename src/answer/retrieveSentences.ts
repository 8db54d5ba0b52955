import type { DeskData } from '../model/deskData';
import type { Intent } from '../model/types';
import { absentNames, queryTokens, searchSentences, type SentenceHit } from './searchSentences';
import { plainCoverage } from './plainCoverage';
import { mentionsName, questionNames, unmatchedNames } from './unmatchedNames';
import { answerTypeOf, measureKindFit, searchWords, typeFit } from './answerTypes';
import { tokenize } from '../search/analyzeText';
import { holderNaming, roleHolder } from './roleHolder';
import { headlineCover, questionWords as weightedWords } from './articleContext';
import type { AnswerTuning } from './tuning';
import type { UnderstoodQuestion } from './understandQuestion';
import { sentenceUnit, type Unit } from './units';
import { withChatApostrophes, withChatWords } from './chatForms';
import { recordFactGate, type FactGate } from './factGates';
import { countedNoun } from './countedNoun';
import { followingSentences } from './sentenceContext';
import { askedOffice, fitsOffice } from './askedOffice';
import { MONEY_QUESTION, namesMoney } from './moneyQuestion';
import { holdsWordsTogether } from './wordsTogether';
import { absentWordStems } from './absentWordStems';
import { articleCoverage } from './articleSupport';
import { typedNearMatches } from './typedNearMatches';

const PERCENT_QUESTION = /\b(?:percentage|percent|share|proportion)\b/gi;
const PERCENT_FIGURE = /\d\s?%|\bper ?cent\b/i;
const NUMBER = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|millions?|billions?|trillions?|half)\b/i;
const DATE_WORD =
  /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|tonight|week|weekend|month|year|january|february|march|april|may|june|july|august|september|october|november|december|jan\.|feb\.|(?:19|20)\d\d)\b/i;
const PLACE = /\b(?:in|at|to|from|near|across) (?:the )?\p{Lu}\p{L}+/u;

/**
 * An answer page holds at least this many sentences when the search found them: a question in
 * the user's own words may match its answer less fully than another sentence, and a reader
 * scans a few candidates (plain search's top hits reach the answer by the third far more
 * often than by the first). Only questions already answered are padded, so abstention holds.
 */
const SHOWN_AT_LEAST = 3;

/** A sum of money that answers a money question (`moneyQuestion.ts`). */
const MONEY_FIGURE = /[$€£¥]\s?\d|\b\d[\d,.]*\s?(?:million|billion|trillion|bn|m)?\s?(?:dollars|euros|pounds|yuan|rubles|roubles|hryvnias?)\b|\b(?:millions|billions|trillions) of (?:dollars|euros|pounds)\b/i;
/** "How much is/are/was/were X": what X costs. */
const PRICE_QUESTION = /\bhow much (?:is|are|was|were|'s)\b/i;
/** Words after "how many/much" that are no counted noun ("how much did …"). */
const AUXILIARY = new Set(['do', 'does', 'did', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'of', 'the', 'a', 'more', 'longer']);

/** How much a question word counts when the sentence's headline, not the sentence, has it. */
const HEADLINE_SHARE = 0.5;

/** How many of the best matches are read for the question's words together (`wordsTogether.ts`). */
const TOGETHER_CHECKED = 20;

/** The what-called fit of a sentence naming nothing but what the question names (`typeFit`). */
const NO_NAME = 0.7;

/** How many of the best matches have their answer type checked (it reads their figures: bounded work per question). */
const TYPE_CHECKED = 15;
/**
 * An age question's matches with a figure in them are checked this far down: many sentences
 * can cover a question fully (every sentence naming "Garland" covers "how old is merrick
 * garland"), and the one giving the age ranks low by BM25. An age is read by a pattern, not
 * by the claims reader the other measures need, so reading further costs little; sentences
 * without a figure are not read.
 */
const AGE_CHECKED = 60;

/** Ranked sentences for general, how-many, when and where questions. */
/** `within`: only sentences it keeps (a time frame), applied in the search itself. */
export function retrieveSentences(data: DeskData, asked: UnderstoodQuestion, tuning: AnswerTuning, within?: (sentence: number) => boolean): Unit[] {
  // "whats the margin of error": the apostrophe chat leaves out, given back before the form is
  // read; "how many ppl": chat shorthand read as its word.
  const q = { ...asked, topic: withChatWords(withChatApostrophes(asked.topic)) };
  // A name the corpus never mentions: nothing in it answers the question.
  recordFactGate(null);
  if (absentNames(data, q.topic).length > 0) return gate('absent-name');
  const type = answerTypeOf(q.topic);
  const percent = q.intent === 'how-many' && new RegExp(PERCENT_QUESTION.source, 'i').test(q.topic);
  // "What percentage of …" is answered by "55% of …": the word itself is not in the answer.
  const topic = searchWords(percent ? q.topic.replace(PERCENT_QUESTION, ' ') : q.topic, type);
  // "Who's the NATO chief": the corpus's own introductions say who holds the role; search for them too.
  const holder = type.kind === 'who-is' ? roleHolder(data, q.topic) : null;
  const naming = holder ? holderNaming(holder) : null;
  const query = q.person ? `${topic} ${q.person.name}` : holder ? `${topic} ${holder.name}` : topic;
  const factual = q.intent !== 'general';
  const counting = type.kind === 'count';
  const word = counting ? countedNoun(q.topic) : undefined;
  // "How much did it cost": no noun is counted, any figure may answer. "How much cash": the
  // sum of money answers (below), whether or not the sentence says "cash".
  const counted = word && !AUXILIARY.has(word) && !MONEY_QUESTION.test(word) ? word : undefined;
  const nouns = counted ? countedNounForms(counted) : [];
  // "How many more troops were sent": an increment answers; "how many troops are there" it does not.
  const asksIncrement = INCREMENT_QUESTION.test(q.topic);
  // "How much did it cost", "how much cash": a sum of money answers, not any figure.
  // "How much were the tickets", "how much is a tesla": a price, though no word says so.
  const money = counting && !percent && (namesMoney(q.topic) || (!counted && PRICE_QUESTION.test(q.topic)));
  const minCoverage = factual ? tuning.minCoverageFactual : tuning.minCoverage;
  const weighed = weightedWords(data, query);
  const emphasis = new Set(nouns.slice(0, 1));
  // "spokesperson" is read as the corpus's "spokes…" words (`absentWordStems.ts`).
  const alternatives = new Map([...absentWordStems(data, q.topic), ...(counted ? ([[counted, nouns.slice(1)]] as const) : [])]);
  const searched = searchSentences(data, query, { emphasis, alternatives, minCoverage, fullNames: true, ...(within && { filter: within }) });
  // The sentence after a match may answer with what the match named ("… Wealth-X. The company now has 170 researchers").
  const after = followingSentences(data, searched, queryTokens(data, query, emphasis, alternatives, true), minCoverage).filter((h) => !within || within(h.sentence));
  const lent = new Map(after.map((h) => [h.sentence, h]));
  const searchedAt = new Set(searched.map((h) => h.sentence));
  const found = [...searched.map((h) => lent.get(h.sentence) ?? h), ...after.filter((h) => !searchedAt.has(h.sentence))];
  const headline = found.map((h) => HEADLINE_SHARE * headlineCover(data, weighed, h.sentence));
  // Whether a sentence covers the question without the counted noun's emphasis (`plainCoverage`).
  const plain = plainCoverage(data, query, emphasis, alternatives, true);
  const foundAt = new Map(found.map((h, i) => [h.sentence, i]));
  const onItsOwn = (sentence: number): boolean => {
    const i = foundAt.get(sentence);
    return i !== undefined && plain(sentence, found[i]!.coverage) + headline[i]! >= minCoverage;
  };
  const questionWords = new Set(tokenize(q.topic).map((w) => w.toLowerCase().replace(/[’']s$/, '')));
  const atFloor = found.map((h, i) => ({ ...h, coverage: Math.min(1, h.coverage + headline[i]!) })).filter((h) => h.coverage >= minCoverage);
  // Nothing at the floor: a sentence just below it, in an article that holds the question well, is about the story asked of.
  // Who-is questions only: their answers must name a person (the kind check below), which a
  // looser match of words needs; a what-called or general question has no check as strong
  // ("whats the name of the russian general running the drills" found NATO's Secretary General).
  const supported = atFloor.length > 0 || type.kind !== 'who-is' || minCoverage <= ARTICLE_FLOOR ? atFloor : articleSupported(data, query, emphasis, alternatives, within);
  // Still nothing: a near match that gives the kind of answer asked plainly (`typedNearMatches.ts`).
  const hits = supported.length > 0 ? supported : typedNearMatches(data, type, q.topic, query, questionWords, alternatives, within);
  const best = Math.max(0, ...hits.map((h) => h.coverage));
  // Figures differ between outlets: keep weaker matches that may carry another outlet's figure.
  const relative = counting || type.kind === 'measure' || type.kind === 'who-is' ? tuning.relativeCoverage * 0.7 : tuning.relativeCoverage;
  const topScore = Math.max(0, ...hits.map((h) => h.score));
  const byMatch = (x: SentenceHit, y: SentenceHit) => y.score * y.coverage ** 2 - x.score * x.coverage ** 2;
  const candidates = hits.filter((h) => h.coverage >= best * relative).sort(byMatch);
  const rank = (matches: readonly SentenceHit[]) =>
    matches
      .map((h, rank) => {
        const text = data.sentences[h.sentence]!.text;
        const checked = rank < TYPE_CHECKED || (type.kind === 'measure' && type.dimension === 'age' && rank < AGE_CHECKED && NUMBER.test(text));
        const named = naming?.(text);
        const boost = percent
          ? PERCENT_FIGURE.test(text) ? 4 : 0.2
          : money ? MONEY_FIGURE.test(text) ? 4 : 0.2
          : counting ? countBoost(text, nouns, asksIncrement)
          : named ? (named === 'full' ? 4 : 2.5)
          : type.kind !== 'general' ? (checked ? typeFit(data, h.sentence, type, questionWords) : 0.5)
          : intentBoost(q.intent, text);
        // For figures, whether the sentence gives the figure asked for matters more than how
        // many words it shares (long wire sentences score low on BM25): damp the BM25 spread.
        const relevance = counting || type.kind === 'measure' ? topScore * Math.sqrt(h.score / topScore) : h.score;
        return { ...sentenceUnit(data, h.sentence), score: relevance * h.coverage ** 2 * boost, coverage: h.coverage, boost };
      })
      .sort((x, y) => y.score - x.score);
  if (candidates.length === 0) return gate('coverage');
  // Whether the matches give the kind of answer asked; the gate that drops them when not.
  const kindMissing = (units: readonly (Unit & { boost: number })[]): FactGate | null => {
    // A measure question wants a measure of its kind: with none among the matches, the corpus does not answer it.
    if (type.kind === 'measure' && !units.some((u) => u.boost >= measureKindFit(type))) return 'measure-kind';
    // A how-many question wants a figure of the thing counted: with none among the matches, neither.
    // The figure must be in a sentence that matches the question without the counted noun's
    // emphasis: "14,000 people have died" does not answer "how many people were playing at the
    // stadium" because another sentence has "people" and "play"; once one does, the emphasis
    // lets the other outlets' figures join it.
    if (counting && !percent && (money || nouns.length > 0) && !units.some((u) => u.boost >= 1.5 && u.sentences.some(onItsOwn))) return 'count-kind';
    // So does a when or who-is question, or one asking for a share: with no date, no person named
    // or no percentage among the matches, they share the question's words but not what it asks
    // ("when did the cubs last win the world series": "Boston went on to win … the World Series").
    if ((type.kind === 'when' || type.kind === 'who-is' || percent) && !units.some((u) => u.boost >= 1)) return 'kind-asked';
    // A what-called question wants a name: with no name among the matches but the question's own
    // ("whats the brujas instagram account called": "… on their Instagram account"), neither.
    if (type.kind === 'what-called' && !units.some((u) => u.boost > NO_NAME)) return 'kind-asked';
    return null;
  };
  let units = inTheStory(data, q.topic, rank(candidates));
  let missing = kindMissing(units);
  // The best-covering matches may share the question's words without giving what it asks, while
  // a match at the floor that covers less gives it ("what day did biden phone scholz": "Biden has
  // spoken by phone with … Scholz" covers every word, "Biden held a secure call Wednesday with …
  // Scholz" gives the day): the share of the best's coverage then yields to the kind asked.
  // Such a match must cover as much of the question as a general question's answer must (the
  // factual floor is lower because the kind is checked; here the kind is what let it in), hold
  // two of its words together and mention every name it gives ("when did the cubs last win the
  // world series" is not answered by a "series of primary wins" on a Tuesday).
  if (missing && candidates.length < hits.length) {
    const tokens = queryTokens(data, query, new Set(), alternatives, true);
    const taken = new Set(candidates.map((h) => h.sentence));
    const below = hits
      .filter((h) => !taken.has(h.sentence) && h.coverage >= tuning.minCoverage)
      .sort(byMatch)
      .slice(0, WIDER_CHECKED)
      .filter((h) => holdsWordsTogether(data, tokens, [h.sentence]) && unmatchedNames(data, q.topic, [h.sentence]).length === 0);
    // They answer first; the best-covering matches follow as the page's weaker matches (`nextBest`).
    const wider = inTheStory(data, q.topic, rank(below));
    if (below.length > 0 && !kindMissing(wider)) [units, missing] = [wider, null];
  }
  // Still missing: a near match below the floor that gives the kind asked plainly answers
  // (`typedNearMatches`, otherwise read only when nothing reaches the floor). For "when did the
  // jnf honour trump" the matches at the floor give no date, and the one that does ("… gave Trump
  // its Tree of Life award in the early 1980s") lacks the user's "honour" and covers too little to
  // reach the floor. Only when, who-is and measure questions have a plain enough kind (`PLAIN_FIT`); reading the best ten near matches
  // instead of five answered "when did the cubs last win the world series" (PolNeAR train).
  if ((missing === 'measure-kind' || missing === 'kind-asked') && !percent) {
    const taken = new Set(candidates.map((h) => h.sentence));
    const near = typedNearMatches(data, type, q.topic, query, questionWords, alternatives, within).filter((h) => !taken.has(h.sentence));
    const typed = inTheStory(data, q.topic, rank(near));
    if (near.length > 0 && !kindMissing(typed)) [units, missing] = [typed, null];
  }
  if (missing) return gate(missing);
  // "Who is the greek prime minister / the mayor of nogales": an office the corpus names no
  // holder of (no match prints the title, of that country) is not answered by another office's.
  const office = type.kind === 'who-is' && !holder ? askedOffice(q.topic) : null;
  if (office && !units.some((u) => fitsOffice(data, office, u))) return gate('office-absent');
  // A name the question gives that no match (nor its headline) mentions: they answer another question.
  if (unmatchedNames(data, q.topic, units.flatMap((u) => u.sentences)).length > 0) return gate('unmatched-name');
  // One of the question's words alone is no answer: some match must hold two of them together.
  // Not for who-is and what-called questions, whose role or kind of name users paraphrase
  // ("the aclu boss", "the book about espn": the co-author of a title naming ESPN).
  const words = queryTokens(data, query, new Set(), alternatives, true);
  if (type.kind !== 'who-is' && type.kind !== 'what-called' && !units.slice(0, TOGETHER_CHECKED).some((u) => holdsWordsTogether(data, words, u.sentences))) return gate('apart');
  // A sentence scoring a fiftieth of the best matched words but not the question's form.
  const floor = (units[0]?.score ?? 0) * 0.02;
  const kept: Unit[] = units.filter((u) => u.score >= floor).map(({ boost: _boost, ...u }) => u);
  const ordered = counting ? oneOfEachOutletFirst(data, kept) : kept;
  return ordered.length > 0 ? [...ordered, ...nextBest(data, hits, ordered, SHOWN_AT_LEAST)] : ordered;
}


/**
 * The matches from articles that mention every name the question gives, when some do: the
 * names pick the story, and the kind of answer asked must be found in it ("how much profit did
 * exxon make in the quarter" is not answered by Disney's quarter because another match names
 * Exxon). All matches when none is from such an article (`unmatchedNames` then judges them).
 */
function inTheStory<U extends Unit>(data: DeskData, question: string, units: U[]): U[] {
  // A name in more than `STORY_NAME_SHARE` of the sentences is in nearly every story (Trump, Clinton): it picks none,
  // and reading its postings costs most at scale.
  const most = Math.max(STORY_NAME_MIN, data.sentences.length * STORY_NAME_SHARE);
  const names = questionNames(data, question, most);
  if (names.length === 0 || units.length === 0) return units;
  // Which of the matches' articles mention each name: its postings read once, hits made only in those articles.
  const among = new Set(units.flatMap((u) => u.sentences.map((s) => data.sentences[s]!.article)));
  const inMatches = (s: number) => among.has(data.sentences[s]!.article);
  // An article mentions the name in the people its sentences name or quote, or by its own word
  // in a text (`mentionsName`), not by a longer word its stem begins ("Brooklyn"); one text per article is enough.
  const mentioning = (forms: readonly string[]) => {
    const word = [{ forms, weight: 1 }];
    const articles = new Set(data.index.search(word, { filter: inMatches, fields: ['people'] }).map((h) => data.sentences[h.sentence]!.article));
    for (const h of data.index.search(word, { filter: inMatches, fields: ['text'] })) {
      const sentence = data.sentences[h.sentence]!;
      if (!articles.has(sentence.article) && mentionsName(sentence.normalized, forms)) articles.add(sentence.article);
    }
    return articles;
  };
  const articles = names.map(mentioning);
  const story = units.filter((u) => u.sentences.some((s) => articles.every((a) => a.has(data.sentences[s]!.article))));
  return story.length > 0 ? story : units;
}

/** The largest share of the corpus's sentences a name may be in and still pick the story (`inTheStory`); any name in a small corpus. */
const STORY_NAME_SHARE = 0.01;
const STORY_NAME_MIN = 200;

/** How many matches below the best's share of coverage are read for the kind asked (bounded work). */
const WIDER_CHECKED = 20;

/** The least coverage of a sentence its article may lift to an answer (`articleSupported`). */
const ARTICLE_FLOOR = 0.4;
/** The least share of the question its article must hold (`articleCoverage`). */
const ARTICLE_SUPPORT = 0.7;
/** How many of the near matches have their article read (bounded work: a few articles' terms). */
const ARTICLE_CHECKED = 20;

/**
 * Matches below the coverage floor but at `ARTICLE_FLOOR`, kept when their article holds at
 * least `ARTICLE_SUPPORT` of the question (`articleSupport.ts`): the user's words are not the
 * sentence's, but the story's. Read only when nothing reached the floor.
 */
function articleSupported(data: DeskData, query: string, emphasis: ReadonlySet<string>, alternatives: ReadonlyMap<string, readonly string[]>, within?: (sentence: number) => boolean): SentenceHit[] {
  const near = searchSentences(data, query, { emphasis, alternatives, minCoverage: ARTICLE_FLOOR, fullNames: true, limit: ARTICLE_CHECKED, ...(within && { filter: within }) });
  const tokens = queryTokens(data, query, emphasis, alternatives, true);
  return near.filter((h) => articleCoverage(data, tokens, h.sentence) >= ARTICLE_SUPPORT);
}

/** No answers, and why (for the eval's log). */
function gate(name: FactGate): Unit[] {
  recordFactGate(name);
  return [];
}

// Nouns news reports use for the same counted thing; "how many troops" is answered by
// "140,000 … forces" too. Refugees and migrants are counted as people ("how many refugees is
// costa rica willing to take": "… agreed to temporarily host up to 200 people from El Salvador …").
const COUNTED_SYNONYMS: readonly (readonly string[])[] = [
  ['troops', 'forces', 'soldiers', 'servicemen'],
  ['people', 'civilians', 'residents', 'persons', 'refugees', 'migrants', 'immigrants'],
  ['dead', 'killed', 'died', 'deaths'],
  ['tanks', 'vehicles'],
];

function countedNounForms(noun: string): string[] {
  const group = COUNTED_SYNONYMS.find((g) => g.includes(noun));
  return group ? [noun, ...group.filter((w) => w !== noun)] : [noun];
}

const FIGURE = String.raw`\d[\d,.]*(?:-\p{L}+)?`;
const VAGUE_FIGURE = String.raw`(?:dozens|hundreds|thousands|millions|billions|trillions)`;

/** Question words asking how many were added rather than how many there are. */
const INCREMENT_QUESTION = /\b(?:more|additional|added|add|adding|extra|another|increase[ds]?|new|sent|send|sending|deploy(?:ed|ing)?|reinforcements?)\b/i;

/**
 * How-many answers carry a figure that counts the thing asked about: "150,000 troops" scores
 * highest, a figure near the noun next, a figure elsewhere in the sentence (a year, a
 * percentage) least.
 */
function countBoost(text: string, nouns: readonly string[], asksIncrement = false): number {
  if (!NUMBER.test(text)) return 0.2;
  if (nouns.length === 0) return 2;
  const { counts, vaguelyCounts, near, increment, increments } = countPatterns(nouns);
  // "Russia has sent another 7,000 troops" is how many were added, not how many there are.
  if (counts.test(text)) return !asksIncrement && increment.test(text) && !counts.test(text.replace(increments, ' ')) ? 2.5 : 4;
  if (near.test(text)) return 2.5;
  // "Hundreds of emails" counts them without a figure: as much an answer as a figure near the
  // noun (often a year, "email in 2014"), which at 1.5 it ranked below (PolNeAR train MRR 0.536 → 0.539).
  return vaguelyCounts.test(text) ? 2.5 : 0.8;
}

/** `increment` tests for an increment of the counted thing; `increments` (global) finds every one, to take them out. */
type CountPatterns = { counts: RegExp; vaguelyCounts: RegExp; near: RegExp; increment: RegExp; increments: RegExp };

// The patterns of one question's counted nouns, made once per question rather than per sentence.
const countPatternCache = new Map<string, CountPatterns>();

function countPatterns(nouns: readonly string[]): CountPatterns {
  const alternatives = nouns.map((n) => n.replace(/s$/, '')).join('|');
  let patterns = countPatternCache.get(alternatives);
  if (!patterns) {
    const counts = (figure: string) => new RegExp(String.raw`${figure}\s+(?:[\p{L}-]+\s+){0,3}?(?:${alternatives})`, 'iu');
    // "another 7,000 troops", "an additional 3,000 troops", "(increased …) by as many as 7,000 troops".
    const increment = String.raw`\b(?:another|an? (?:additional|extra|further)|additional|extra|further|by(?:\s+(?:as many as|up to|about|some|nearly|almost|roughly))?)\s+${FIGURE}\s+(?:[\p{L}-]+\s+){0,3}?(?:${alternatives})\w*`;
    patterns = {
      counts: counts(FIGURE),
      vaguelyCounts: counts(VAGUE_FIGURE),
      near: new RegExp(String.raw`(?:${alternatives})\w*\W+(?:[\p{L}’'-]+\W+){0,12}?${FIGURE}`, 'iu'),
      increment: new RegExp(increment, 'iu'),
      increments: new RegExp(increment, 'giu'),
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
 * How close to the best answer an outlet's best sentence must score to come forward. At a
 * fifth, another outlet's figure in a sentence that shared a word or two ("more than 4 in 10
 * said billionaire Donald Trump …") pushed the first outlet's other answers out of the first
 * three (train + dev: PolNeAR train hit@3 0.513 → 0.521, seeds train 0.733 → 0.800, dev held;
 * 0.4 to 0.6 measure the same, 0.8 lost a train answer).
 */
const OUTLET_FORWARD = 0.5;

/**
 * For figures, outlets often disagree: put each outlet's best sentence first so every
 * figure shows (when it matches about as well as the best), then the rest by score.
 */
function oneOfEachOutletFirst(data: DeskData, units: Unit[]): Unit[] {
  const seen = new Set<string>();
  const first: Unit[] = [];
  const rest: Unit[] = [];
  const top = units[0]?.score ?? 0;
  for (const unit of units) {
    const outlet = data.articleById.get(unit.article)?.outlet ?? unit.article;
    if (!seen.has(outlet) && unit.score >= top * OUTLET_FORWARD && NUMBER.test(unit.text)) {
      seen.add(outlet);
      first.push(unit);
    } else {
      rest.push(unit);
    }
  }
  return [...first, ...rest];
}


/**
 * The best of the search's remaining hits (by score × coverage², as the search ranks them),
 * enough to bring `shown` up to `atLeast`, each scored just below the last shown so that later
 * ordering keeps them after it.
 */
function nextBest(data: DeskData, hits: readonly SentenceHit[], shown: readonly Unit[], atLeast: number): Unit[] {
  if (shown.length >= atLeast) return [];
  const taken = new Set(shown.flatMap((u) => u.sentences));
  const last = Math.min(...shown.map((u) => u.score));
  return hits
    .filter((h) => !taken.has(h.sentence))
    .sort((a, b) => b.score * b.coverage ** 2 - a.score * a.coverage ** 2)
    .slice(0, atLeast - shown.length)
    .map((h, i) => ({ ...sentenceUnit(data, h.sentence), score: last * (0.9 - 0.1 * i), coverage: h.coverage }));
}
