import type { DeskData } from '../model/deskData';
import { extractClaims } from '../claims/extractClaims';
import type { Claim } from '../claims/types';

/**
 * What kind of answer a fact question wants, read from its form, and how well a sentence
 * gives that kind of answer. "How long/tall/far/big/old …" want a sentence with a measure of
 * that kind (feet, miles, years …, read by src/claims), "how many/much" a figure, "when" a
 * date or time, "where" a place, "who is <role>" the sentence naming a person, "what is X
 * called" a name.
 */
export type AnswerType =
  | { kind: 'measure'; dimension: Dimension }
  | { kind: 'count' }
  | { kind: 'when' }
  | { kind: 'where' }
  | { kind: 'who-is' }
  | { kind: 'what-called' }
  | { kind: 'general' };

/**
 * What a measure question measures. "How long" is a length or a time ("how long is the border",
 * "how long is the plan"), so either fits; "how far / close / tall / high / wide / deep" is a
 * distance only: "for years" does not say how far a town is from the city.
 */
type Dimension = 'length' | 'distance' | 'duration' | 'age' | 'size' | 'speed';

const MEASURE = /\bhow (long|tall|high|far|close|near|wide|deep|big|large|old|fast|quickly)\b/i;
const LEAD = /\bhow far (?:ahead|behind|up|down|back)\b/i;
// "How rich / wealthy is X" asks what X is worth: a sum of money, like "how much is X worth" (COUNT).
const WEALTH_FORM = /\bhow (?:rich|wealthy)\b/gi;
const COUNT = /\bhow (?:many|much|rich|wealthy)\b|\bnumber of\b|\bwhat(?:'s| is)? (?:the )?(?:percentage|percent|share|proportion|figure|number)\b/i;
const WHEN = /^(?:and |so )?(?:when|till when|until when|since when|by when|what (?:day|date|time|year|month)|on what (?:day|date))\b/i;
const WHERE = /^(?:and |so )?(?:where|in what (?:city|country|place|region|state)|in which (?:city|country|place|region|state)|which (?:city|country|place|region|state))\b/i;
const WHO_IS = /^(?:and |so )?who(?:'s|’s|s| is| was| are| were| heads| runs| leads| won| chairs| is in charge of)\b/i;
// "What do people / they call X", "what did zelensky call wednesday": a name asked for with "call".
const CALL_FORM = /^(?:and |so )?what (?:do|does|did|would|will|should|is|are|was|were) (?:[\p{L}’'-]+ ){1,3}?call\b/iu;
const CALLED = /\bcalled\b|\bnick ?names?\b|\bnicknamed\b|\bdubbed\b|\bthe name of\b|\bwhat(?:'s| is| was)? (?:it|its|their|his|her) name\b|^(?:and |so )?which \p{L}+ (?:is|was|are|were|did|does|do)\b/iu;

/** "in charge of/in/at": a who-is question's way of asking for a role's holder. */
const IN_CHARGE = /\bin charge(?: of| in| at)?\b/gi;

/** An opening asking what happened or is going on ("what happened in X", "whats going on with X", "any news on X"). */
const EVENT_FORM = /^(?:(?:and|so|ok|okay),? )?(?:what(?:'s|’s|s| is| was| has| had)? (?:(?:been |just )?(?:happened|happening|happen|going on|went on)|new|the latest|the news)|any (?:news|updates?))\b/i;

/** Question words that only say which kind of answer is wanted: not searched for. */
const FORM_WORDS = /\b(?:how (?:long|tall|high|far|close|near|wide|deep|big|large|old|fast|quickly|many|much)|what(?:'s|’s)? (?:the )?name of|called|name|nick ?names?|nicknamed|dubbed|till|until|since when|what (?:day|date|time|year|month))\b/gi;

/** who-is fit: a sentence naming a known person not in the question, a name-like run, neither (tuned on dev: 2/1.4/0.6 lost PolNeAR hits). */
const WHO = [1.5, 1.2, 0.8] as const;
/** who-is fit of a sentence that introduces a person not in the question (`introduces`). */
const WHO_INTRODUCED = 2;
/** "…, president of Wealth-X", "…, a radio host in …", "…, 22, who helped found …", "…, the U.S. ambassador": an appositive after a name. */
const APPOSITIVE = /^,\s+(?:(?:a|an|the|who|whose)\s|\d{1,3},|[\p{Ll}-]+\s+(?:of|at|for|to|in|with|on)\s)/u;
/** "analyst Mark Galeotti", "spokeswoman Maria Zakharova", "Defense Secretary Lloyd Austin": a title or role word before a name. */
const TITLE_BEFORE = /(?:^|[\s(])(\p{Lu}[\p{L}.-]+|\p{Ll}{4,})\s+$/u;
/** Lowercase words before a name that are no role: speech verbs, prepositions, conjunctions. */
const NOT_A_ROLE = /^(?:said|says|told|tells|asked|with|from|about|than|that|when|where|while|whom|like|into|onto|upon|after|before|against|among|between|during|under|over|without|within|because|whether|although|though|including|both|either|neither|also|only|even|then|thus|where|which|what|their|them|they|this|these|those|here|there|have|were|been|will|would|could|should|must|might|does|done|made|make|says|wrote|writes|noted|added)$|(?:ed|ing|ly)$/;

/**
 * Whether a name (at [start, end) in `text`) is introduced, as news introduces the person who
 * holds a role: a title or role word right before it, or an appositive right after it. "Who
 * runs Wealth-X" is answered by "…, said David Friedman, president of Wealth-X", not by a
 * sentence that only mentions someone; most sentences naming a person do not say who they are.
 */
function introduces(text: string, start: number, end: number): boolean {
  if (APPOSITIVE.test(text.slice(end, end + 40))) return true;
  const before = TITLE_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
  if (!before) return false;
  const word = before[1]!;
  // A capitalised word right before a name opening the sentence is no title ("While Hurun …").
  return /^\p{Lu}/u.test(word) ? start - word.length - 1 > 0 && word !== 'Mr.' && word !== 'Ms.' && word !== 'Mrs.' : !NOT_A_ROLE.test(word);
}

export function answerTypeOf(question: string): AnswerType {
  // "How far ahead / behind is X": a lead in points or percent, a figure, not a distance.
  if (LEAD.test(question)) return { kind: 'count' };
  const measure = MEASURE.exec(question);
  if (measure) {
    const word = measure[1]!.toLowerCase();
    if (word === 'old') return { kind: 'measure', dimension: 'age' };
    if (word === 'fast' || word === 'quickly') return { kind: 'measure', dimension: 'speed' };
    if (word === 'big' || word === 'large') return { kind: 'measure', dimension: 'size' };
    if (word === 'long' && /\b(?:since|been|go(?:es)? on|last(?:s|ed)?|take|took|for|term|until|till|ago)\b/i.test(question)) return { kind: 'measure', dimension: 'duration' };
    return { kind: 'measure', dimension: word === 'long' ? 'length' : 'distance' };
  }
  if (COUNT.test(question)) return { kind: 'count' };
  if (WHEN.test(question)) return { kind: 'when' };
  if (WHERE.test(question)) return { kind: 'where' };
  if (CALLED.test(question) || CALL_FORM.test(question)) return { kind: 'what-called' };
  if (WHO_IS.test(question)) return { kind: 'who-is' };
  return { kind: 'general' };
}

/** The question without the words that only give its form ("how long", "what's the name of", "called"). */
export function searchWords(question: string, type: AnswerType): string {
  // "What happened in Luhansk": the opening asks for events, and the article need not print "happened".
  if (type.kind === 'general') return question.replace(EVENT_FORM, ' ').replace(/\s+/g, ' ').trim() || question;
  // "How rich is X": the form word is not the article's ("Trump's wealth at $6.5 billion").
  if (type.kind === 'count') return question.replace(WEALTH_FORM, ' ').replace(/\s+/g, ' ').trim();
  // "What do ppl call trump's 757": "call" gives the form, as "called" does.
  // "Who's in charge of the pentagon": "in charge" asks who holds a role, as "who heads" does;
  // no article says it of the holder ("Defense Secretary Lloyd Austin").
  const form = type.kind === 'what-called' ? question.replace(/\bcall\b/gi, ' ') : type.kind === 'who-is' ? question.replace(IN_CHARGE, ' ') : question;
  return form.replace(FORM_WORDS, ' ').replace(/\s+/g, ' ').trim();
}

const LENGTH_UNITS = new Set(['foot', 'feet', 'meter', 'metre', 'mile', 'kilometer', 'kilometre', 'km', 'inch', 'yard', 'centimeter', 'mm', 'cm', 'm']);
const AREA_UNITS = new Set(['acre', 'hectare', 'square', 'sq']);
const TIME_UNITS = new Set(['year', 'month', 'week', 'day', 'hour', 'minute', 'decade', 'century', 'second']);
// "for a month", "for an hour", "for the past two years": one unit ("a month") is a duration as much as several.
const DURATION = /\b(?:since (?:19|20)\d\d|for (?:the (?:last|past) )?(?:\w+ )?(?:years|months|weeks|days|decades)|for (?:a|an|one|another|about a|nearly a|almost a|more than a) (?:year|month|week|day|hour|decade|season)\b|through (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:years|months|weeks|decades)-long|\d+-(?:year|month|week|day)\b)/i;
const AGE = /\b\d{1,3}-year-old\b|\b(?:aged?|age of) \d{1,3}\b|\b(?:was|is|turned) \d{1,2}\b|\b\d{1,3} years? old\b|\p{Lu}\p{L}+, \d{2},/iu;
const SPEED = /\b\d[\d.,]*\s?(?:percent|%|mph|km\/h|miles per hour)\b/i;
const DATE_WORD =
  /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|tonight|weekend|january|february|march|april|may|june|july|august|september|october|november|december|jan\.|feb\.|aug\.|sept?\.|oct\.|nov\.|dec\.|(?:19|20)\d\d|next (?:week|month|year)|this (?:week|month|year))\b/i;
const PLACE = /\b(?:in|at|to|from|near|across|inside|outside|on) (?:the )?(?:\p{Lu}\p{L}+[’']s )?\p{Lu}\p{L}+/u;
/** Every place phrase of a sentence, the place's name in group 1. */
const PLACES = /\b(?:[Ii]n|[Aa]t|[Tt]o|[Ff]rom|[Nn]ear|[Aa]cross|[Ii]nside|[Oo]utside|[Oo]n) (?:the )?((?:\p{Lu}\p{L}+[’']s )?\p{Lu}\p{L}+)/gu;
/** where fit: a place beside the question's words, a place elsewhere in the sentence, none. */
const WHERE_FIT = [2, 1.3, 0.7] as const;
/** How many words either side of a place its event's words may be ("Scholz met in Moscow with Putin"). */
const PLACE_REACH = 5;
/** Question words that say nothing about the event ("where", "did", "the"). */
const WHERE_FORM = new Set(['where', 'which', 'what', 'did', 'does', 'do', 'was', 'were', 'is', 'are', 'the', 'has', 'have', 'had', 'will', 'would', 'they', 'their', 'there', 'that', 'this', 'with', 'from', 'into', 'going', 'happen', 'happened', 'located', 'place', 'city', 'state', 'country']);

/**
 * How well a sentence answers "where": a place ("in Moscow", "at Kyiv's Olimpiyskiy Stadium")
 * within a few words of the question's own words says where that happened ("On Tuesday, Scholz
 * met in Moscow with Putin"); a place elsewhere in a long sentence is often where something
 * else happened ("… a ban on missile deployment to Europe"). Names the question gives are no
 * answer to it.
 */
function whereFit(text: string, questionWords: ReadonlySet<string>): number {
  const stems = askedStems(questionWords);
  let fit: number = WHERE_FIT[2];
  for (const m of text.matchAll(PLACES)) {
    // "on Monday", "in March" say when, not where.
    if (questionWords.has(m[1]!.toLowerCase().replace(/[’']s$/, '')) || DATE_WORD.test(m[1]!)) continue;
    fit = WHERE_FIT[1];
    const before = text.slice(0, m.index).split(/\s+/).slice(-PLACE_REACH);
    const after = text.slice(m.index + m[0].length).split(/\s+/).slice(0, PLACE_REACH);
    if (namesAsked([...before, ...after], stems)) return WHERE_FIT[0];
  }
  return fit;
}
const NAME = /\b\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{L}’'-]+/gu;
const PROPER = /(?<!^)(?<![.!?]\s)\b\p{Lu}[\p{L}’'-]+|[“"][^“”"]{3,60}[”"]/gu;
/** what-called fit: a quoted title or a name of several words, one capitalised word (tuned on train + dev). */
const WHAT_CALLED = [1.5, 1.2] as const;
/**
 * A sentence that gives something its name: a name or a quoted title right after "called",
 * "named", "known as", "referred to as", "dubbed", "entitled" … ("his Boeing 757, often
 * referred to as Trump Force One"). Most news sentences hold a name of several words, so that
 * alone hardly tells the answer to "what is it called" from the sentences around it; the
 * naming words do.
 */
const NAMING = /\b(?:called|named|nicknamed|dubbed|known as|referred to as|entitled|titled|labell?ed|branded|billed as)\s+(?:the\s+)?(?:[“"]|''|\p{Lu})/u;
/** what-called fit of a sentence that names something (`NAMING`). */
const NAMED = 2.5;
/**
 * A name in apposition to a description, as news introduces what it names: "Google's parent
 * company, Alphabet, …" (a lowercase word, a comma, the name, a comma or the end) or
 * "Alphabet, the parent company of Google" (the name, a comma, an article).
 */
const APPOSED_NAME = /(?<=\p{Ll}, )(\p{Lu}[\p{L}’'&.-]*(?: \p{Lu}[\p{L}’'&.-]*){0,4})(?=,|\.$|$)|(?<![.!?] |^)\b(\p{Lu}[\p{L}’'&.-]*(?: \p{Lu}[\p{L}’'&.-]*){0,4}), (?:a|an|the) \p{Ll}/gu;
/** what-called fit of a sentence giving a name in apposition (`APPOSED_NAME`). */
const APPOSED = 2;

/**
 * How well a sentence gives the kind of answer asked for: above 1 when it does, below 1
 * when it does not; `question` (lowercase words) keeps names the question itself gives from
 * counting as the answer.
 */
export function typeFit(data: DeskData, sentence: number, type: AnswerType, questionWords: ReadonlySet<string>): number {
  const text = data.sentences[sentence]!.text;
  switch (type.kind) {
    case 'measure':
      return measureFit(data, sentence, text, type.dimension, questionWords);
    case 'when': {
      if (claimsOf(data, sentence).some((c) => c.kind === 'date' || c.kind === 'time')) return 1.6;
      return DATE_WORD.test(text) ? 1.4 : 0.6;
    }
    case 'where':
      return whereFit(text, questionWords);
    case 'who-is': {
      let named = false;
      for (const m of text.matchAll(NAME)) {
        const words = m[0].split(/\s+/).map((w) => w.toLowerCase().replace(/[’']s$/, ''));
        // "Who is Julie Smith": the asked person, introduced with a role ("Julie Smith, the U.S. Ambassador to NATO,"); a
        // person, not a name of the question's words ("the Wisconsin Supreme Court").
        if (!words.some((w) => !questionWords.has(w))) {
          if (words.length >= 2 && data.people.lookup(m[0]) !== undefined && introduces(text, m.index, m.index + m[0].length)) return WHO_INTRODUCED;
          continue;
        }
        // A surname two people share ("Grassley") finds no one alone; the full name does.
        if (!words.some((w) => w.length > 2 && data.people.lookup(w) !== undefined) && data.people.lookup(m[0]) === undefined) continue;
        if (introduces(text, m.index, m.index + m[0].length)) return WHO_INTRODUCED;
        named = true;
      }
      if (named) return WHO[0];
      for (const m of text.matchAll(NAME)) {
        const words = m[0].split(/\s+/).map((w) => w.toLowerCase());
        if (words.every((w) => !questionWords.has(w))) return WHO[1];
      }
      return WHO[2];
    }
    case 'what-called': {
      if (NAMING.test(text)) return NAMED;
      // "Google's parent company, Alphabet," / "Alphabet, the parent company of Google": a name in apposition to what it is.
      for (const m of text.matchAll(APPOSED_NAME)) {
        const name = (m[1] ?? m[2])!;
        if (name.split(/\s+/).some((w) => !questionWords.has(w.toLowerCase().replace(/[’']s$/, '')))) return APPOSED;
      }
      // A name of several words or a quoted title ("Those Guys Have All the Fun", "Crimea
      // Platform") fits better than one capitalised word, which most sentences have.
      let fit = 0.7;
      for (const m of text.matchAll(PROPER)) {
        const w = m[0].toLowerCase().replace(/[“”"]/g, '').replace(/[’']s$/, '');
        if (questionWords.has(w)) continue;
        if (/^[“"]/.test(m[0])) return WHAT_CALLED[0];
        fit = WHAT_CALLED[1];
      }
      for (const m of text.matchAll(NAME)) {
        if (m[0].split(/\s+/).some((w) => !questionWords.has(w.toLowerCase().replace(/[’']s$/, '')))) return WHAT_CALLED[0];
      }
      return fit;
    }
    default:
      return 1;
  }
}

/** The size fit of a sum of money or a percentage (`measureFit`); the least fit a size question's answer needs (`measureKindFit`). */
const SIZE_IN_MONEY = 2;

/** The least type fit that gives a measure question's kind: a measure of its dimension, or for a size a sum or a share. */
export function measureKindFit(type: AnswerType): number {
  return type.kind === 'measure' && type.dimension === 'size' ? SIZE_IN_MONEY : 3;
}

/** How many words before a sum or a share the thing it sizes may be ("bill in excess of $80,000"). */
const SIZED_REACH = 4;

/** Whether one of the last `SIZED_REACH` words of `before` is a content word of the question (`namesAsked`). */
function sizesAskedThing(before: string, stems: readonly string[]): boolean {
  return namesAsked(before.split(/\s+/).slice(-SIZED_REACH), stems);
}

/** The question's content words by their first five letters, as `namesAsked` compares them. */
function askedStems(questionWords: ReadonlySet<string>): string[] {
  return [...questionWords].filter((w) => w.length >= 4 && !WHERE_FORM.has(w)).map((w) => w.slice(0, 5));
}

/** Whether one of the printed words (punctuation dropped) begins with one of the question's stems (`askedStems`). */
function namesAsked(printed: readonly string[], stems: readonly string[]): boolean {
  return printed.some((raw) => {
    const w = raw.toLowerCase().replace(/[^\p{L}]/gu, '');
    return w.length >= 4 && stems.some((s) => w.startsWith(s));
  });
}

/** Whether a measure question's sentence gives a figure of the asked dimension (3), for a size a sum or a share (2), another figure (1) or none (0.3). */
function measureFit(data: DeskData, sentence: number, text: string, dimension: Dimension, questionWords: ReadonlySet<string>): number {
  const claims = claimsOf(data, sentence);
  const unitIs = (units: ReadonlySet<string>) => claims.some((c) => c.unit !== null && units.has(c.unit));
  const fits = {
    length: () => unitIs(LENGTH_UNITS) || unitIs(TIME_UNITS) || DURATION.test(text),
    distance: () => unitIs(LENGTH_UNITS),
    duration: () => unitIs(TIME_UNITS) || DURATION.test(text) || /\bfrom \p{Lu}\p{L}+ (?:through|to|until) \p{Lu}/u.test(text),
    age: () => AGE.test(text),
    size: () => unitIs(AREA_UNITS) || unitIs(LENGTH_UNITS) || claims.some((c) => c.kind === 'measure' || (c.kind === 'count' && c.value >= 2 && c.unit !== 'date')),
    speed: () => SPEED.test(text) || claims.some((c) => c.kind === 'percent'),
  }[dimension];
  if (fits()) return 3;
  // "How big is his bill / a tariff": a sum of money or a share gives the size of some things,
  // below an area or a length, which give the size of anything.
  // Only a figure that sizes one of the question's things, right after it ("a concessions bill in
  // excess of $80,000"): "a mortgage worth more than $50 million" does not say how big a resort is.
  if (dimension === 'size') {
    const sums = claims.filter((c) => c.kind === 'money' || c.kind === 'percent');
    const stems = sums.length ? askedStems(questionWords) : [];
    if (sums.some((c) => sizesAskedThing(text.slice(0, c.start), stems))) return SIZE_IN_MONEY;
  }
  return claims.some((c) => c.kind !== 'date' && c.kind !== 'time') ? 1 : 0.3;
}

function claimsOf(data: DeskData, sentence: number): Claim[] {
  return extractClaims(data, [sentence]);
}
