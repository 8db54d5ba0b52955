import type { DeskData, QuoteRecord } from '../desk/deskData';
import type { Answer, AskOptions, AskResult, ConversationContext, Intent } from '../desk/types';
import { deskLookup, stemNationality } from './deskLookups';
import { copyKey } from './copyKey';
import { fingerprint, mergeCopies } from './mergeDuplicates';
import { rememberPerDesk } from './rememberPerDesk';
import { searchSentences, type SentenceHit } from './searchSentences';
import { sentenceSpeaker } from './sentenceSpeaker';
import { understandQuestion, type UnderstoodQuestion } from './understandQuestion';

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

export const DEFAULT_LIMIT = 10;
/** What-said questions return all of a person's quotations, up to this many by default. */
export const DEFAULT_QUOTE_LIMIT = 25;
const MAX_SHOWN_REMEMBERED = 100;

/** A candidate answer before merging: one sentence, or the sentences one quotation spans. */
interface Unit {
  sentences: number[];
  article: string;
  text: string;
  /** Equal for copies of one text by one speaker (`copyKey`); only those merge. */
  key: string;
  score: number;
  coverage: number;
  speaker: string | null;
}

/**
 * Answers a question from the corpus: understands it, retrieves and ranks sentences or
 * quotations, merges copies printed by several outlets, and pages the result.
 * Returns no answers, with a plain note, when nothing in the corpus is relevant.
 */
export function answerQuestion(
  data: DeskData,
  question: string,
  options: AskOptions = {},
  tuning: AnswerTuning = DEFAULT_TUNING,
): AskResult {
  const outlets = deskLookup(data, 'outlets');
  const understood = understandQuestion(question, {
    people: data.people,
    outlets,
    ...(options.context && { context: options.context }),
  });
  const outlet = options.outlet ? outlets.find((o) => o.toLowerCase() === options.outlet?.toLowerCase()) ?? options.outlet : understood.outlet;
  let { units, note, copies } = retrieve(data, understood, tuning);
  if (outlet) units = units.filter((u) => data.articleById.get(u.article)?.outlet === outlet);
  if (understood.excludeShown && options.context?.shown) {
    const shown = new Set(options.context.shown);
    units = units.filter((u) => !u.sentences.some((s) => shown.has(data.sentences[s]?.id ?? '')));
  }
  const unfiltered = copies !== undefined && units.length === copies.units;
  const groups = unfiltered ? copies.groups.map((group) => group.map((i) => units[i]!)) : mergeCopies(units, (u) => u.key);
  if (understood.intent === 'what-said') sortQuoteGroups(data, groups);
  const limit = Math.max(0, options.limit ?? (understood.intent === 'what-said' ? DEFAULT_QUOTE_LIMIT : DEFAULT_LIMIT));
  const offset = Math.max(0, options.offset ?? 0);
  // Answers (texts, sources) only for the page: a prolific speaker has thousands of groups.
  const page = groups.slice(offset, offset + limit).map((group) => toAnswer(data, group));
  if (groups.length === 0 && !note) note = noAnswerNote(understood, outlet);
  if (groups.length > 0 && outlet && !note) note = undefined;
  return {
    question,
    intent: understood.intent,
    answers: page,
    total: groups.length,
    ...(note !== undefined && { note }),
    context: nextContext(question, understood, outlet, page, options.context),
  };
}

/**
 * Which units are copies of one another (`mergeCopies`'s groups, as unit positions),
 * for the `units` units retrieved, when already known.
 */
interface KnownCopies {
  units: number;
  groups: readonly (readonly number[])[];
}

function retrieve(data: DeskData, q: UnderstoodQuestion, tuning: AnswerTuning): { units: Unit[]; note?: string; copies?: KnownCopies } {
  switch (q.intent) {
    case 'what-said':
      return retrieveQuotesOf(data, q);
    case 'who-said':
      return { units: retrieveWhoSaid(data, q, tuning) };
    default:
      return { units: retrieveSentences(data, q, tuning) };
  }
}

/** "What did X say [about Y]": every quotation by X, best matches to Y first. */
function retrieveQuotesOf(data: DeskData, q: UnderstoodQuestion): { units: Unit[]; note?: string; copies?: KnownCopies } {
  let quotes: QuoteRecord[];
  let name: string;
  let source: string;
  if (q.person) {
    name = q.person.name;
    source = `named\u0000${name}`;
    quotes = quotesBy(data, name);
  } else if (q.subject) {
    name = q.subject;
    source = `unnamed\u0000${name}`;
    quotes = quotesOfUnnamed(data, q.subject);
    const described = quotes.length === 0 ? personByDescription(data, q.subject) : null;
    if (described) {
      name = described;
      source = `named\u0000${name}`;
      quotes = quotesBy(data, described);
    }
  } else {
    return { units: [] };
  }
  if (quotes.length === 0) {
    const known = q.person !== null || searchSentences(data, q.subject ?? '', { minCoverage: 0.6 }).length > 0;
    return {
      units: [],
      note: known ? `No quotations from ${name} in the corpus.` : `${name} is not mentioned in the corpus.`,
    };
  }
  // A prolific speaker has thousands of quotations: their units and wire-copy groups are
  // worked out once per corpus; each question gets fresh units to score.
  const known = rememberPerDesk(data, `quotation units\u0000${source}`, () => {
    const units = quoteUnits(data, quotes);
    return { units, groups: mergeCopies(units.map((_, i) => i), (i) => units[i]!.key) };
  });
  const units = known.units.map(freshUnit);
  if (q.topic) {
    const members = new Set(units.flatMap((u) => u.sentences));
    const hits = new Map(searchSentences(data, q.topic, { filter: (s) => members.has(s) }).map((h) => [h.sentence, h]));
    for (const unit of units) {
      const best = unit.sentences.map((s) => hits.get(s)).filter((h): h is SentenceHit => h !== undefined);
      unit.score = Math.max(0, ...best.map((h) => h.score * h.coverage));
      unit.coverage = Math.max(0, ...best.map((h) => h.coverage));
    }
  }
  return { units, copies: { units: units.length, groups: known.groups } };
}

/** A copy of a remembered unit to score (its text still joined only when read, once). */
function freshUnit(unit: Unit): Unit {
  return {
    sentences: unit.sentences,
    article: unit.article,
    get text() {
      return unit.text;
    },
    key: unit.key,
    score: 0,
    coverage: 0,
    speaker: unit.speaker,
  };
}

/** The quotations of a named speaker, in corpus order. */
function quotesBy(data: DeskData, speaker: string): QuoteRecord[] {
  return (deskLookup(data, 'quotesBySpeaker').get(speaker) ?? []).map((i) => data.quotes[i]!);
}

/** Quotations by an unnamed source ("the senior administration official"): their mention must share the head noun. */
function quotesOfUnnamed(data: DeskData, subject: string): QuoteRecord[] {
  const wanted = fingerprint(subject).filter((w) => w.length > 2 && !/^(the|and|for)$/.test(w));
  const head = wanted[wanted.length - 1];
  if (!head) return [];
  const unnamedByWord = deskLookup(data, 'unnamedByWord');
  // Only quotations whose mention has the head noun (or its plural) can qualify.
  const candidates = [...new Set([...(unnamedByWord.get(head) ?? []), ...(unnamedByWord.get(`${head}s`) ?? [])])].sort((a, b) => a - b);
  return candidates.map((i) => data.quotes[i]!).filter((quote) => {
    const words = new Set(fingerprint(`${quote.speaker ?? ''} ${quote.mention ?? ''}`));
    if (!words.has(head) && !words.has(`${head}s`)) return false;
    const shared = wanted.filter((w) => words.has(w)).length;
    return shared / wanted.length >= 0.5;
  });
}

/**
 * A named speaker described by role rather than name ("the Russian ambassador to the EU"):
 * the one person whose roles cover the description. The description's head noun (its last
 * word before any preposition: ambassador, minister) must be in the role, and two thirds of its words;
 * an acronym counts for the capitalised words it abbreviates ("EU" = "European Union").
 * Two people fitting equally well is no answer: a quotation must not go to the wrong one.
 */
function personByDescription(data: DeskData, description: string): string | null {
  const words = fingerprint(description).filter((w) => !ROLE_FILLER.has(w));
  const acronyms = new Set((description.match(/\b\p{Lu}{2,5}\b/gu) ?? []).map((a) => a.toLowerCase()));
  // The head noun comes before any prepositional phrase: "ambassador (to the EU)".
  const beforePreposition = fingerprint(description.split(/\s(?:to|of|for|at|from|in)\s/i)[0] ?? '');
  const head = beforePreposition[beforePreposition.length - 1];
  if (!head || words.length < 2) return null;
  let best: { name: string; share: number }[] = [];
  // Only roles with the head noun can qualify; they come in registry order, as a scan would find them.
  for (const ref of deskLookup(data, 'rolesByWord').get(head) ?? []) {
    const person = data.people.people[ref.person]!;
    const role = person.roles[ref.role]!;
    const roleWords = new Set(fingerprint(role).map(stemNationality));
    const initials = new Set(acronymsOf(role));
    const covered = words.filter((w) => roleWords.has(stemNationality(w)) || (acronyms.has(w) && initials.has(w))).length;
    const share = covered / words.length;
    if (share < 2 / 3) continue;
    if (best.length === 0 || share > best[0]!.share) best = [{ name: person.name, share }];
    else if (share === best[0]!.share && !best.some((b) => b.name === person.name)) best.push({ name: person.name, share });
  }
  return best.length === 1 ? best[0]!.name : null;
}

const ROLE_FILLER = new Set(['the', 'a', 'an', 'of', 'to', 'for', 'in', 's']);

/** Initials of runs of capitalised words: "ambassador to the European Union" → ["eu"]. */
function acronymsOf(text: string): string[] {
  return (text.match(/(?:\p{Lu}\p{L}+\s+){1,4}\p{Lu}\p{L}+/gu) ?? []).map((run) =>
    run.split(/\s+/).map((w) => w[0]!.toLowerCase()).join(''),
  );
}

/** "Who said …": the quotations whose sentences contain the words, with their speakers. */
function retrieveWhoSaid(data: DeskData, q: UnderstoodQuestion, tuning: AnswerTuning): Unit[] {
  const words = q.quoted || q.topic;
  const hits = searchSentences(data, words, { filter: (s) => data.quotesBySentence.has(s), minCoverage: tuning.minQuoteCoverage }).filter(
    (h) => h.coverage >= tuning.minQuoteCoverage,
  );
  const best = Math.max(0, ...hits.map((h) => h.coverage));
  const kept = hits.filter((h) => h.coverage >= best * tuning.relativeCoverage);
  const quotes = kept.flatMap((h) => (data.quotesBySentence.get(h.sentence) ?? []).map((i) => data.quotes[i]!));
  const units = quoteUnits(data, quotes);
  const hitBySentence = new Map(kept.map((h) => [h.sentence, h]));
  for (const unit of units) {
    const unitHits = unit.sentences.map((s) => hitBySentence.get(s)).filter((h): h is SentenceHit => h !== undefined);
    unit.score = Math.max(0, ...unitHits.map((h) => h.score * h.coverage ** 2));
    unit.coverage = Math.max(0, ...unitHits.map((h) => h.coverage));
  }
  return units.sort((a, b) => b.score - a.score);
}

const PERCENT_QUESTION = /\b(?:percentage|percent|share|proportion)\b/gi;
const PERCENT_FIGURE = /\d\s?%|\bper ?cent\b/i;
const NUMBER = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|millions?|billions?|half)\b/i;
const DATE_WORD =
  /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|tonight|week|weekend|month|year|january|february|march|april|may|june|july|august|september|october|november|december|jan\.|feb\.|(?:19|20)\d\d)\b/i;
const PLACE = /\b(?:in|at|to|from|near|across) (?:the )?\p{Lu}\p{L}+/u;

/** Ranked sentences for general, how-many, when and where questions. */
function retrieveSentences(data: DeskData, q: UnderstoodQuestion, tuning: AnswerTuning): Unit[] {
  const percent = q.intent === 'how-many' && new RegExp(PERCENT_QUESTION.source, 'i').test(q.topic);
  // "What percentage of …" is answered by "55% of …": the word itself is not in the answer.
  const topic = percent ? q.topic.replace(PERCENT_QUESTION, ' ') : q.topic;
  const query = q.person ? `${topic} ${q.person.name}` : topic;
  const factual = q.intent !== 'general';
  const counted = q.intent === 'how-many' ? /\bhow (?:many|much) ([\p{L}-]+)/iu.exec(q.topic)?.[1]?.toLowerCase() : undefined;
  const nouns = counted ? countedNounForms(counted) : [];
  const hits = searchSentences(data, query, {
    emphasis: new Set(nouns.slice(0, 1)),
    alternatives: new Map(counted ? [[counted, nouns.slice(1)]] : []),
    minCoverage: factual ? tuning.minCoverageFactual : tuning.minCoverage,
  }).filter(
    (h) => h.coverage >= (factual ? tuning.minCoverageFactual : tuning.minCoverage),
  );
  const best = Math.max(0, ...hits.map((h) => h.coverage));
  // Figures differ between outlets: keep weaker matches that may carry another outlet's figure.
  const relative = q.intent === 'how-many' ? tuning.relativeCoverage * 0.7 : tuning.relativeCoverage;
  const topScore = Math.max(0, ...hits.map((h) => h.score));
  const units = hits
    .filter((h) => h.coverage >= best * relative)
    .map((h) => {
      const text = data.sentences[h.sentence]!.text;
      const boost = percent
        ? PERCENT_FIGURE.test(text) ? 4 : 0.2
        : q.intent === 'how-many' ? countBoost(text, nouns) : intentBoost(q.intent, text);
      // For figures, whether the sentence gives the figure asked for matters more than how
      // many words it shares (long wire sentences score low on BM25): damp the BM25 spread.
      const relevance = q.intent === 'how-many' ? topScore * Math.sqrt(h.score / topScore) : h.score;
      return { ...sentenceUnit(data, h.sentence), score: relevance * h.coverage ** 2 * boost, coverage: h.coverage };
    })
    .sort((a, b) => b.score - a.score);
  // A sentence scoring a fiftieth of the best matched words but not the question's form.
  const floor = (units[0]?.score ?? 0) * 0.02;
  const kept = units.filter((u) => u.score >= floor);
  return q.intent === 'how-many' ? oneOfEachOutletFirst(data, kept) : kept;
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

function sentenceUnit(data: DeskData, index: number): Unit {
  const sentence = data.sentences[index]!;
  const speaker = sentenceSpeaker(data, index);
  return {
    sentences: [index],
    article: sentence.article,
    text: sentence.text,
    key: copyKey(sentence.text, speaker),
    score: 0,
    coverage: 0,
    speaker,
  };
}

/**
 * One unit per quotation: the sentences its parts span. Quotations of one speaker that
 * share a sentence become one unit, so a sentence is never shown twice.
 */
function quoteUnits(data: DeskData, quotes: readonly QuoteRecord[]): Unit[] {
  const byGroup = new Map<string, QuoteRecord[]>();
  for (const quote of quotes) {
    const list = byGroup.get(quote.group) ?? [];
    list.push(quote);
    byGroup.set(quote.group, list);
  }
  type Span = { article: string; first: number; last: number; speaker: string | null; quotes: QuoteRecord[] };
  const spans: Span[] = [];
  // Spans by article and speaker: only those can take a group (a prolific speaker has
  // thousands of quotations; comparing each with every span was quadratic).
  const spansOf = new Map<string, Span[]>();
  for (const group of byGroup.values()) {
    const first = Math.min(...group.map((q) => q.firstSentence));
    const last = Math.max(...group.map((q) => q.lastSentence));
    const speaker = group[0]!.speaker;
    const key = `${group[0]!.article}\u0000${speaker ?? ''}\u0000${speaker === null ? 'none' : 'named'}`;
    const candidates = spansOf.get(key) ?? [];
    const overlapping = candidates.find((s) => first <= s.last && last >= s.first);
    if (overlapping) {
      overlapping.first = Math.min(overlapping.first, first);
      overlapping.last = Math.max(overlapping.last, last);
      overlapping.quotes.push(...group);
    } else {
      const span = { article: group[0]!.article, first, last, speaker, quotes: [...group] };
      spans.push(span);
      candidates.push(span);
      spansOf.set(key, candidates);
    }
  }
  return spans
    .sort((a, b) => a.first - b.first)
    .map((span) => {
      const sentences = range(span.first, span.last);
      let text: string | undefined;
      return {
        sentences,
        article: span.article,
        // Joined when read: only the answers on the page need it.
        get text() {
          return (text ??= joinSentences(data, sentences));
        },
        key: copyKey(span.quotes.sort((a, b) => a.start - b.start).map((q) => q.text).join(' '), span.speaker),
        score: 0,
        coverage: 0,
        speaker: span.speaker,
      };
    });
}

function range(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** Sentences joined as printed: a space within a paragraph, a line break between paragraphs. */
function joinSentences(data: DeskData, indexes: readonly number[]): string {
  let text = '';
  let paragraph = -1;
  for (const i of indexes) {
    const s = data.sentences[i]!;
    if (text) text += s.paragraph === paragraph ? ' ' : '\n';
    text += s.text;
    paragraph = s.paragraph;
  }
  return text;
}

function toAnswer(data: DeskData, group: readonly Unit[]): Answer {
  const lead = group[0]!;
  const sources: Answer['sources'] = [];
  for (const unit of group) {
    if (sources.some((s) => s.article === unit.article)) continue;
    const article = data.articleById.get(unit.article)!;
    sources.push({
      outlet: article.outlet,
      article: article.id,
      title: article.title,
      ...(article.url && { url: article.url }),
      sentenceId: data.sentences[unit.sentences[0]!]!.id,
    });
  }
  const outlets = [...new Set(sources.map((s) => s.outlet))];
  return {
    text: lead.text,
    outlet: sources[0]!.outlet,
    outlets,
    article: lead.article,
    articles: sources.map((s) => s.article),
    sources,
    // Copies share their speaker (it is part of their key).
    speaker: lead.speaker,
    score: answerScore(group),
    sentenceId: sources[0]!.sentenceId,
  };
}

/**
 * Best topic match first (an answer's score, as `toAnswer` rounds it); then the quotations
 * most outlets carried; then corpus order.
 */
function sortQuoteGroups(data: DeskData, groups: Unit[][]): void {
  const keys = new Map(
    groups.map((group, i) => [
      group,
      {
        score: answerScore(group),
        outlets: new Set(group.map((u) => data.articleById.get(u.article)!.outlet)).size,
        order: i,
      },
    ]),
  );
  groups.sort((a, b) => {
    const x = keys.get(a)!;
    const y = keys.get(b)!;
    return y.score - x.score || y.outlets - x.outlets || x.order - y.order;
  });
}

function answerScore(group: readonly Unit[]): number {
  return Math.round(Math.max(...group.map((u) => u.score)) * 1000) / 1000;
}

function noAnswerNote(q: UnderstoodQuestion, outlet: string | null): string {
  if (q.intent === 'what-said' && (q.person || q.subject)) {
    const name = q.person?.name ?? q.subject;
    return outlet ? `No quotations from ${name} in ${outlet}.` : `No quotations from ${name} in the corpus.`;
  }
  if (q.intent === 'who-said') return 'No quotation in the corpus matches those words.';
  if (outlet) return `Nothing in ${outlet} answers that.`;
  return 'Nothing in the corpus answers that.';
}

function nextContext(
  question: string,
  q: UnderstoodQuestion,
  outlet: string | null,
  page: readonly Answer[],
  previous: ConversationContext | undefined,
): ConversationContext {
  // Who the conversation is about now: the person asked about, else (after "who said …")
  // the speaker found, else the previous turn's person for a follow-up.
  let speaker: string | null = q.person?.name ?? q.subject ?? null;
  if (speaker === null && q.intent === 'who-said') speaker = page[0]?.speaker ?? null;
  if (speaker === null && q.followUp) speaker = previous?.speaker ?? null;
  const shown = [...(q.followUp ? previous?.shown ?? [] : []), ...page.flatMap((a) => a.sources.map((s) => s.sentenceId))];
  return {
    question,
    speaker,
    topic: q.topic,
    outlet,
    intent: q.intent === 'who-said' ? 'what-said' : q.intent,
    shown: shown.slice(-MAX_SHOWN_REMEMBERED),
  };
}
