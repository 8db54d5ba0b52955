import type { ConversationContext, Intent } from '../model/types';
import type { PeopleLookup, PersonEntry } from '../model/deskData';
import { runSteps, runStepsPausing, type Steps } from '../model/steps';
import { lowerBound, nearWords } from '../text/nearWords';
import { MemoSlot } from '../shared/memoSlot';
import { asOpinionQuestion } from './opinionQuestion';
import { agreementAsked, jointQuestion, splitSpeakers } from './twoSpeakers';
import { COMMON_AUDIENCES, listenerAsked, mediumAsked, type StatementMedium } from './statementMedium';
import { governmentWords, nameSuffixOf, roleTokens, sameRoleToken, chatTitles } from './roleWords';
import { typoDistance } from '../text/editDistance';
import { FIRST_NAME_GENDER, NON_PERSON_WORDS, PERSON_TITLES, TITLE_WORDS } from '../people/lexicon';

/** A question taken apart: what it asks for, about whom, on what topic, from which outlet. */
export interface UnderstoodQuestion {
  intent: Intent;
  /** Person the question is about, resolved against the corpus's people. */
  person: PersonEntry | null;
  /**
   * Who the question names when that is not a known person: an unknown name ("Xi Jinping"),
   * or an unnamed source ("the senior administration official").
   */
  subject: string | null;
  /** Words to search for (without question words, the person or the outlet). */
  topic: string;
  /** For who-said: the words the quotation should contain. */
  quoted: string | null;
  /** Canonical outlet name when the question limits to one ("what did NPR report"). */
  outlet: string | null;
  /** "what else …": skip answers shown in the previous turn. */
  excludeShown: boolean;
  /** True when the conversation context supplied part of the meaning. */
  followUp: boolean;
  /** What-said: the medium the question's verb asks for ("what did Trump tweet": posts), ranked first. */
  medium?: StatementMedium;
  /** What-said: whom the question asks the speaker told ("what did Blinken tell nbc": nbc), ranked first. */
  listener?: string;
  /** What-said about several speakers at once ("what did biden and scholz say"): the others' questions (`twoSpeakers.ts`). */
  together?: UnderstoodQuestion[];
  /** "How do the outlets differ on X": the topic whose figures `/compare` sets side by side. */
  compareTopic?: string;
  /** "Who is he?" in a thread about a speaker: an aside, after which the thread goes on about them as before. */
  aside?: boolean;
}

export interface UnderstandOptions {
  people: PeopleLookup;
  /** Outlet names in the corpus. */
  outlets: readonly string[];
  context?: ConversationContext;
  /**
   * Whether a person has statements in the corpus. A question that is only a name is taken as
   * asking for that person's statements only when they have some: the people registry also
   * holds capitalised phrases ("St. Pete Polls") whose last word is a common one ("polls").
   * Default: no one (such questions stay topic searches).
   */
  speaks?: (name: string) => boolean;
  /**
   * The speaker one word gives as a first name printed so ("bernie", "phyllis"; `byFirstName`,
   * no slips: "clakre" is a misspelt Clarke before it is a misspelt Claire), when the corpus
   * makes that clear, else null. Such a word is a name in chat forms ("bernie quotes?"),
   * and never read as a misspelt surname ("phyllis" is not Kevin Phillips). Default: none.
   */
  firstName?: (word: string) => string | null;
  /**
   * Whether the corpus prints a word (any case): a surname typed as the corpus prints it is no
   * misspelling of another ("ferrera", a name the people registry lacks, is not Eric Ferrero).
   * Default: no word.
   */
  printed?: (word: string) => boolean;
  /**
   * The speaker "the <word>" names when the corpus uses it as a nickname ("the donald";
   * `theNickname`), else null. Default: none (one word after "the" is a title or a thing).
   */
  nickname?: (word: string) => string | null;
}

const SAY_VERBS =
  'say|said|says|saying|tell|told|telling|claim|claimed|claims|think|thinks|thought|announce|announced|state|stated|' +
  'report|reported|reports|reporting|write|wrote|declare|declared|warn|warned|argue|argued|add|added|mean|meant|' +
  'comment|commented|respond|responded|reply|replied|predict|predicted|quip|quipped|insist|insisted|' +
  'tweet|tweeted|tweets|post|posted|posts|written|writes|talk|talked|speak|spoke|spoken';
/**
 * Anyone told, after "tell"/"told" ("what did Blinken tell nbc", "… told the times"): one word,
 * with "news" after it, never a word that opens a topic or a clause.
 */
const LISTENER = String.raw`(?<=\b(?:tell|told))\s+(?:the\s+)?(?!(?:about|on|of|regarding|concerning|re|in|at|during|that|else|anything|something|them|him|her|it)\b)[a-z][\w.&'’-]*(?:\s+news)?`;
/** Whom or where something was said, after the verb: "what did Wallace tell reporters", "… say on Twitter". */
const AUDIENCE =
  String.raw`(?:\s+(?:to\s+)?(?:${COMMON_AUDIENCES.join('|')})|${LISTENER})?` +
  String.raw`(?:\s+(?:on|in|at)\s+(?:twitter|x|facebook|instagram|social media|telegram|(?:an|the|a|his|her|their) (?:interview|press conference|briefing|statement|speech|post|tweet)))?`;
/**
 * What a statement was about, or the occasion it was made at ("about sanctions", "in the
 * debate", "at the convention", "during the hearing"): either way, the words its statements are
 * ranked by.
 */
const TOPIC_OR_OCCASION = String.raw`(?:\s+(?:about|on|of|regarding|concerning|re|in|at|during|after|before|following)\s+(.+))?`;
const WHAT_SAID = new RegExp(
  String.raw`^(?:and |so |ok,? |then )?(?:what|wha|wat) (?:else )?(?:did|does|do|has|have|had|is|was|were|will|would) (.+?) (?:else )?(?:been |have |had )?(?:${SAY_VERBS})\b${AUDIENCE}(?: else)?${TOPIC_OR_OCCASION}$`,
  'i',
);
/**
 * "What did Russia say it was doing with its troops", "what did Psaki say the US would do":
 * the speaker's statements, ranked by the clause reported. The clause must open as one does (a
 * pronoun, "that", an article) so a name is never split at a verb inside it.
 */
const WHAT_SAID_CLAUSE = new RegExp(
  String.raw`^(?:and |so )?(?:what|wha|wat) (?:did|does|do|has|have|had) (.+?) (?:say|said|claim|claimed|tell \w+|told \w+|announce|announced|report|reported|think|thought) (?:that )?((?:it|they|he|she|we|its|their|his|her|the|a|an|there|this|those|these)\b.+)$`,
  'i',
);
const WHAT_X_SAID = new RegExp(String.raw`^what (.+?) (?:${SAY_VERBS})(?:\s+(?:about|on|regarding)\s+(.+))?$`, 'i');
const QUOTES_FROM = /^(?:(?:show|give|list|find)(?: me)? )?(?:all )?(?:the )?(?:quotes|quotations|statements|remarks|comments) (?:from|by|of) (.+?)(?:\s+(?:about|on|regarding)\s+(.+))?$/i;
/** "what's Psaki been saying" (also "whats", as typed in chat), "what has Blinken been saying about sanctions". */
const WHATS_SAYING = new RegExp(
  String.raw`^(?:and |so )?what(?:['’]?s| is| has| have) (.+?) (?:else )?(?:been )?(?:saying|tweeting|posting|writing|talking about|telling \w+)${AUDIENCE}(?:\s+(?:about|on|regarding|concerning)\s+(.+))?$`,
  'i',
);
/** "did Stoltenberg say anything about de-escalation", "has Biden commented on diplomacy". */
const DID_SAY = new RegExp(
  String.raw`^(?:and |so )?(?:did|has|have|had|does|do) (.+?) (?:ever |also |even )?(?:say|said|tweet|tweeted|post|posted|write|written|wrote|comment|commented|talk|talked|speak|spoken|spoke|mention|mentioned)(?: (?:anything|something|much|a word))?${AUDIENCE}${TOPIC_OR_OCCASION}$`,
  'i',
);
/**
 * "did Blinken mention the invasion", "has Psaki discussed sanctions", "did the nato chief bring
 * up satellites": verbs whose object is the topic itself, no preposition between (not "raise",
 * which is as often an act: "did Trump raise taxes").
 */
const DID_MENTION = /^(?:and |so )?(?:did|has|have|had|does|do) (.+?) (?:ever |also |even )?(?:mention|mentioned|discuss|discussed|bring up|brought up|touch on|touched on|address|addressed) (?!anything\b|something\b)(.+)$/i;
/**
 * "did Reznikov say how many troops there are", "did Psaki say whether talks would go on": the
 * speaker's statements, ranked by the asked clause (read as a figure question, it searched every
 * sentence and the speaker's words were one answer among others').
 */
const DID_SAY_WH = /^(?:and |so )?(?:did|has|have|had|does|do) (.+?) (?:ever |also )?(?:say|said|tell \w+|told \w+|explain|explained) ((?:how|when|where|why|whether|if|who|what)\b.+)$/i;
/** "what's Putin's take on NATO", "Scholz's view of the pullback", "russia's response to the sanctions". */
const TAKE_ON = /^(?:(?:and |so )?what(?:['’]?s| is| was| are| were) )?(.+?)['’]s? (?:take|view|views|position|stance|thoughts|opinion|response|reaction|answer) (?:on|of|about|regarding|concerning|to)\s+(.+)$/i;
/**
 * The same as chat types it, without the apostrophe or the topic ("matviyenkos take on
 * washington", "stoltenbergs take?"): read only when the owner is a speaker (`takeOnTyped`).
 */
const TAKE_TYPED = /^(?:(?:and |so )?what(?:['’]?s| is| was| are| were) )?(.+?)(?:['’]s?|s) (?:take|view|views|position|stance|thoughts|opinion|reaction)(?:\s+(?:on|of|about|regarding|concerning|to)\s+(.+))?$/i;
/** "anything from Zelenskyy?", "anything new from the Kremlin on troops". */
const ANYTHING_FROM = /^(?:(?:is|was) there |got |any )?(?:anything|something|statements?|quotes?|word|news) (?:new |else )?(?:from|by) (.+?)(?:\s+(?:about|on|regarding|concerning)\s+(.+))?$/i;
/** "Stoltenburg quotes?", "Zakharova's remarks about NATO". */
const X_QUOTES = /^(.+?)(?:['’]s?)? (?:quotes|quotations|statements|remarks|comments|words)(?:\s+(?:about|on|regarding|concerning)\s+(.+))?$/i;
/** "Blinken on the resolution?": a name (or organisation), "on", a topic. */
const X_ON = /^(.+?) on (.+)$/i;
const WHO_SAID = new RegExp(
  String.raw`^(?:who|which (?:official|person|leader|politician|minister)) (?:(?:had |has |have )?(?:${SAY_VERBS}|called|calls|described|mocked|dismissed|compared|accused|promised|vowed|urged|opined|noted|retorted)|was (?:quoted|saying)(?: as saying)?)\b(.*)$`,
  'i',
);
/** Verbs whose "on" gives a topic ("who commented on the flag"); after "said" it may be a time or a medium. */
const ON_TOPIC = /\b(?:comment(?:ed|s)?|spoke|speaks?|talk(?:ed|s)?|weigh(?:ed|s)? in|remark(?:ed|s)?)\s+on\s/i;
const HOW_MANY =
  /\bhow (?:many|much|big|large|long|far|tall|wide|high|old)\b|\bnumber of\b|\bwhat (?:percentage|percent|share|proportion|size|figure)\b|\bhow many\b/i;
const WHEN = /^(?:and |so )?(?:when|what (?:day|date|time|year|month)|on what (?:day|date)|by when|since when)\b/i;
const WHERE = /^(?:and |so )?(?:where|in what (?:city|country|place|region)|in which (?:city|country|place|region))\b/i;
/**
 * "how do the outlets differ on the troops", "do the papers agree about the flag", "where does the
 * coverage disagree on casualties": a question about the outlets' differences, not about its words.
 */
const OUTLETS_DIFFER =
  /^(?:how|where|in what way|do|does|did)\b.*?\b(?:outlets?|media|papers|newspapers|reports|coverage|sources|news)\b.*?\b(?:differ|disagree|agree|compare|vary|diverge)\s+(?:on|about|over|in|regarding|when it comes to)\s+(.+?)\s*\??$/i;
const WHAT_ABOUT = /^(?:and |so |ok,? )?(?:what|how) about (.+)$/i;
/** "and about the border?", "anything about nato?", "and on sanctions?": the thread's speaker on another topic, never another speaker. */
const TOPIC_ONLY = /^(?:(?:and|so|ok,?)\s+)?(?:(?:and\s+)?(?:about|regarding)|and on|anything (?:about|on)|(?:did|has) (?:he|she|they) (?:say|said) anything (?:about|on))\s+(.+?)\s*\??$/i;
const AND_OUTLET = /^(?:and |so )?(?:what|how) (?:did|does|do|has|have) (.+?) (?:report|reported|say|said|write|wrote|print|printed|cover|covered)(?: about (?:it|this|that))?$/i;
const PRONOUN = /^(?:he|she|they|him|her|them|his|hers|that person|this person)$/i;

/** Whether a speaker was asked by a pronoun alone ("what did he say"): no one, unless the conversation says who. */
export function isPronounSpeaker(subject: string): boolean {
  return PRONOUN.test(subject.trim());
}
/** A topic that points back at the thread's ("… report about it"). */
const PRONOUN_TOPIC = /^(?:it|this|that|them|these|those|this story|that story)$/i;
const ELSE = /\belse\b|\bmore\b|\bagain\b|\balso\b/i;
/** A follow-up asking for more of the same speaker's statements, in chat's short forms. */
const MORE_FROM_THEM = /^(?:and|so|ok|okay)?\s*(?:(?:anything|what|something|any\s?thing) else|(?:any|some|tell me|show me|give me)?\s*more|and|go on|keep going|continue|next)(?:\s+please)?$/i;
/** "Who is he?", "who's she", "who was that" after a speaker question. */
const WHO_IS_PRONOUN = /^(?:who(?:'s|’s|\s+is|\s+was|s)|who\s+are)\s+(?:he|she|they|him|her|that|this person|that person)$/i;

/**
 * Understands a question, using the previous turn for follow-ups ("what else did he say",
 * "what about Blinken?", "and what did NPR report?"). Pure: no search happens here.
 */
export function understandQuestion(raw: string, options: UnderstandOptions): UnderstoodQuestion {
  const question = cleanQuestion(raw);
  const { context } = options;
  const base: UnderstoodQuestion = {
    intent: 'general',
    person: null,
    subject: null,
    topic: question,
    quoted: null,
    outlet: findOutlet(question, options.outlets),
    excludeShown: false,
    followUp: false,
  };
  if (question === '') return base;

  // Chat's short follow-ups about the speaker just asked about: "anything else?", "who is he?".
  if (context?.speaker) {
    if (context.intent === 'what-said' && MORE_FROM_THEM.test(question)) return understandQuestion('what else did they say', options);
    const who = WHO_IS_PRONOUN.exec(question);
    if (who) return { ...understandQuestion(`who is ${context.speaker}`, { ...options, context: undefined }), followUp: true, aside: true };
  }

  // "What do people think about X" asks for a poll's figures, not for statements by "people".
  const opinion = asOpinionQuestion(question);
  if (opinion) return { ...base, intent: 'how-many', topic: opinion };

  // "how do the outlets differ on the troops": the sentences on the topic, and the pointer to /compare.
  const compared = OUTLETS_DIFFER.exec(question);
  if (compared?.[1]) {
    const topic = stripArticles(stripPunctuation(compared[1]));
    return { ...base, topic, compareTopic: topic };
  }

  // "did blinken and stoltenberg agree on the pullback": each one's statements on it.
  const agreement = agreementAsked(question);
  const jointly = agreement && jointQuestion(agreement.speakers, agreement.topic, (one) => understandQuestion(one, { ...options, context: undefined }));
  if (jointly) return jointly;

  const said = chatSaid(question);
  const saidMatch =
    WHAT_SAID.exec(said) ??
    WHAT_SAID_CLAUSE.exec(said) ??
    QUOTES_FROM.exec(said) ??
    whatXSaid(said, options) ??
    WHATS_SAYING.exec(said) ??
    DID_SAY.exec(said) ??
    DID_MENTION.exec(said) ??
    DID_SAY_WH.exec(said) ??
    TAKE_ON.exec(said) ??
    takeOnTyped(said, options) ??
    ANYTHING_FROM.exec(said) ??
    speakerQuotes(said, options) ??
    speakerOn(said, options) ??
    speakerAlone(said, options);
  if (saidMatch) {
    // Chat's shorthand for a title ("sec clinton", "the veep") read as the title, for names and roles alike.
    const who = stripArticles(chatTitles(saidMatch[1] ?? ''));
    const topic = saidMatch[2] ? stripPunctuation(saidMatch[2]) : '';
    const outlet = matchOutlet(who, options.outlets);
    if (outlet) {
      // "what did NPR report about the flag" names its own topic: the outlet's coverage of it, whoever the
      // thread was about (after "who reported 7000 troops" it looked for the official's statements in NPR).
      if (topic && !PRONOUN_TOPIC.test(topic)) return { ...base, outlet, topic };
      // "what did NPR report", "what did the post report about it": the outlet is a filter, the rest comes from context.
      return {
        ...base,
        ...fromContext(context, options.people),
        outlet,
        topic: context?.topic || '',
        followUp: context !== undefined,
      };
    }
    // "what did biden and scholz say": each one's statements, unless the phrase is one name.
    const whole = options.people.lookup(who);
    const speakers = whole && fits(whole, who.split(/\s+/)) ? null : splitSpeakers(who);
    const joint = speakers && jointQuestion(speakers, topic, (one) => understandQuestion(one, { ...options, context: undefined }));
    if (joint) return joint;
    // "what did the quinnipiac poll say about trump", "what do the polls say": a poll is no speaker (an unnamed
    // one with a topic asks for shares: `asOpinionQuestion`); its words and the topic are searched.
    if (/\b(?:polls?|surveys?|polling)$/i.test(who)) return { ...base, topic: stripArticles(`${who} ${topic}`.trim()) };
    if (PRONOUN.test(who) && context?.speaker) {
      const person = options.people.lookup(context.speaker) ?? null;
      return {
        ...base,
        intent: 'what-said',
        person,
        subject: person ? null : context.speaker,
        topic: topic || (ELSE.test(question) ? '' : context.topic ?? ''),
        excludeShown: ELSE.test(question),
        followUp: true,
        outlet: base.outlet ?? context.outlet ?? null,
      };
    }
    // "The pope", "the polls": nobody is called "the" and a surname, so one word after "the" is
    // a title or a thing (Amy Pope is not the pope), resolved as a role or organisation.
    const described = /^the\s+\p{L}+$/iu.test((saidMatch[1] ?? '').trim());
    // …unless the corpus calls someone so ("the Donald"): then that speaker.
    const nicknamed = described ? options.nickname?.(who) ?? null : null;
    if (nicknamed) {
      const person = options.people.lookup(nicknamed) ?? null;
      return { ...base, intent: 'what-said', person, subject: person ? null : nicknamed, topic: saidMatch[2] ? stripPunctuation(saidMatch[2]) : '' };
    }
    const person = described || byFirstNameFirst(who, options) ? null : findPerson(who, options.people, false, options.printed);
    // The verb's words only: not the speaker's ("Emily Post") nor the topic's ("the post office").
    const verb = [saidMatch[1], saidMatch[2]].reduce((rest, part) => (part ? rest.replace(part, ' ') : rest), said);
    const medium = mediumAsked(verb);
    const listener = listenerAsked(verb);
    return {
      ...base,
      intent: 'what-said',
      person,
      subject: person ? null : described ? (saidMatch[1] ?? '').trim() : who,
      topic,
      excludeShown: false,
      ...(medium && { medium }),
      ...(listener && { listener }),
    };
  }

  const who = WHO_SAID.exec(question);
  if (who) {
    const quoted = stripPunctuation((who[1] ?? '').replace(/^\s*(?:that|this|it|the words?)\s+/i, ''));
    // "who warned about a brokered convention" asks who spoke on a topic, not who printed the
    // words "about a brokered convention": only statements on it answer, none printed as asked.
    const about = /^(?:about|regarding|concerning)\s+(.+)$/i.exec(quoted) ?? (ON_TOPIC.test(question) ? /^on\s+(.+)$/i.exec(quoted) : null);
    if (about) return { ...base, intent: 'who-said', quoted: null, topic: about[1]! };
    return { ...base, intent: 'who-said', quoted, topic: quoted };
  }

  const topicOnly = TOPIC_ONLY.exec(question);
  if (topicOnly && context?.intent === 'what-said' && context.speaker) {
    const speaker = options.people.lookup(context.speaker) ?? null;
    return {
      ...base,
      intent: 'what-said',
      person: speaker,
      subject: speaker ? null : context.speaker,
      topic: stripArticles(stripPunctuation(topicOnly[1] ?? '')),
      followUp: true,
      outlet: base.outlet ?? context.outlet ?? null,
    };
  }

  const about = WHAT_ABOUT.exec(question);
  if (about && context) {
    const target = stripArticles(stripPunctuation(about[1] ?? ''));
    const outlet = matchOutlet(target, options.outlets);
    if (outlet) return { ...base, ...fromContext(context, options.people), outlet, topic: context.topic ?? '', followUp: true };
    const person = findPerson(target, options.people, false, options.printed);
    // "what about the Kremlin?" after a what-said question: the office's statements ("what
    // about Russia?" stays a topic: the same speaker on Russia).
    if (!person && context.intent === 'what-said' && isOffice(target)) {
      return { ...base, intent: 'what-said', subject: target, topic: context.topic ?? '', followUp: true, outlet: base.outlet };
    }
    if (person || context.intent === 'what-said') {
      // "what about Blinken?" after a what-said question: the same question about another person.
      if (person) {
        return { ...base, intent: 'what-said', person, topic: context.intent === 'what-said' ? context.topic ?? '' : '', followUp: true, outlet: base.outlet };
      }
      // "what about sanctions?" after "what did Blinken say": the same person on a new topic.
      const speaker = context.speaker ? options.people.lookup(context.speaker) ?? null : null;
      return {
        ...base,
        intent: 'what-said',
        person: speaker,
        subject: speaker ? null : context.speaker ?? null,
        topic: target,
        followUp: true,
        outlet: base.outlet ?? context.outlet ?? null,
      };
    }
    return { ...base, intent: context.intent ?? 'general', topic: target, followUp: true };
  }

  const outletAsk = AND_OUTLET.exec(question);
  if (outletAsk && context) {
    const outlet = matchOutlet(stripArticles(outletAsk[1] ?? ''), options.outlets);
    if (outlet) return { ...base, ...fromContext(context, options.people), outlet, topic: context.topic ?? '', followUp: true };
  }

  const intent: Intent = HOW_MANY.test(question) ? 'how-many' : WHEN.test(question) ? 'when' : WHERE.test(question) ? 'where' : 'general';
  return { ...base, intent, person: findPerson(question, options.people, true) };
}

/** The previous turn's intent and person, for a follow-up that changes only the outlet. */
function fromContext(context: ConversationContext | undefined, people: PeopleLookup): Partial<UnderstoodQuestion> {
  if (!context) return {};
  const person = context.speaker ? people.lookup(context.speaker) ?? null : null;
  return { intent: context.intent ?? 'general', person, subject: person ? null : context.speaker ?? null };
}

/** Strips mentions, markup, zero-width and control characters; folds whitespace and quotes. */
export function cleanQuestion(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/<(?:@[!&]?|#)\d+>/g, ' ') // Discord mentions
    .replace(/[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\p{Cc}\p{Cs}]/gu, ' ') // incl. lone surrogates
    .replace(/[`*_~|>]+/g, ' ')
    .replace(/\s+/g, ' ')
    .slice(0, 500)
    .replace(/[\ud800-\udbff]$/, '') // the cut must not leave half a surrogate pair
    .trim()
    .replace(/[?!.\s]+$/, '');
}

/**
 * A what-said question as chat shortens it, in the long form the patterns read: "abt" and
 * "bout" are "about", "wut" / "wht" / "waht" / "wot" are "what" ("wut did blinken say bout
 * the troops"), and "show me / tell me what X said" is "what X said".
 */
function chatSaid(question: string): string {
  return question
    .replace(/\b(?:abt|bout)\b/gi, 'about')
    .replace(/^(?:wut|wht|waht|wot)(?= )/i, 'what')
    .replace(/^(?:(?:can you |pls |please )?(?:show|tell|give) me )(?=what )/i, '');
}

function whatXSaid(question: string, options: UnderstandOptions): RegExpExecArray | null {
  const match = WHAT_X_SAID.exec(question);
  // "what Blinken said about X" (or "what paul ryan said", only a name); but not "what the
  // outlets reported" style general questions.
  return match && (/^\p{Lu}/u.test(match[1] ?? '') || isOnlyName(match[1]!, options)) ? match : null;
}

/**
 * "X's take (on T)" typed without the apostrophe or the topic: the owner with and without the
 * final "s" ("sanders", "matviyenko"), the first that is a speaker, an organisation or a role;
 * else null ("the polls take on …" stays a search).
 */
function takeOnTyped(question: string, options: UnderstandOptions): readonly [string, string, string] | null {
  const match = TAKE_TYPED.exec(question);
  if (!match) return null;
  const owner = match[1]!;
  const end = question.indexOf(owner) + owner.length;
  const apostrophe = /['’]s?\s/.test(question.slice(end, end + 3));
  for (const who of apostrophe ? [owner] : [`${owner}s`, owner]) {
    if (who.split(/\s+/).length > 5) continue;
    if (isOnlyName(who, options) || isOrganisation(who) || isRolePhrase(who)) return [match[0], who, match[2] ?? ''];
  }
  return null;
}

/**
 * A role typed without its article or capitals, as chat does ("fbi director quotes?", "white
 * house press secretary on russia"): two to five words, the last a title.
 */
function isRolePhrase(phrase: string): boolean {
  const words = stripPunctuation(phrase).split(/\s+/).map(normaliseName);
  return words.length >= 2 && words.length <= 5 && isTitle(words[words.length - 1]!);
}

/**
 * "X quotes": X must look like a speaker (capitalised, a pronoun, "the …", or typed in lowercase
 * as chat does but the name of someone with statements, an organisation or a role: "zelensky
 * quotes?", "kremlin quotes", "fbi director quotes"), not "famous quotes".
 */
function speakerQuotes(question: string, options: UnderstandOptions): RegExpExecArray | null {
  const match = X_QUOTES.exec(question);
  const who = match?.[1] ?? '';
  if (!match || who.split(/\s+/).length > 5) return null;
  return /^(?:\p{Lu}|the |his$|her$|their$)/u.test(who) || isOnlyName(who, options) || isOrganisation(who) || isRolePhrase(who) || looksLikeName(who) ? match : null;
}

/**
 * A person's name typed in lowercase that the corpus may not have ("george will", "kevin
 * costner"): two or three words, the first a common first name. "X quotes?" then asks for X's
 * statements (and says when there are none) rather than searching for the words, which found
 * other people's sentences with the first name or the word "quote" in them.
 */
function looksLikeName(phrase: string): boolean {
  const words = stripPunctuation(phrase).split(/\s+/).map(normaliseName);
  return words.length >= 2 && words.length <= 3 && words.every((w) => /^\p{L}[\p{L}'-]+$/u.test(w)) && FIRST_NAME_GENDER.has(words[0]!);
}

/**
 * "X on T": only when X is someone the corpus has (a person by name or role, capitalised), an
 * organisation named with a capital ("the Kremlin on NATO") or a role ending in a title ("fbi
 * director on clinton"): "sanctions on Russia" is a topic.
 */
function speakerOn(question: string, options: UnderstandOptions): RegExpExecArray | null {
  const match = X_ON.exec(question);
  const who = stripArticles(match?.[1] ?? '');
  if (!match || !who || who.split(/\s+/).length > 5 || /\b(?:said|says|say|did|does|is|are|was|were|has|have|what|who|how|when|where|why)\b/i.test(who)) return null;
  const role = isRolePhrase(who);
  if (!/^\p{Lu}/u.test(who) && !/^the /i.test(match[1]!) && !isOnlyName(who, options) && !isOrganisation(who) && !role) return null;
  return findPerson(who, options.people, false, options.printed) || isOrganisation(who) || byFirstNameFirst(who, options) || role ? match : null;
}

/**
 * Whether one word is a speaker's first name that no registry name gives as it is typed:
 * "phyllis" is Phyllis Schlafly (found by `resolveSpeakerPhrase`), not a misspelt "Phillips".
 */
function byFirstNameFirst(phrase: string, options: UnderstandOptions): boolean {
  const word = stripPunctuation(phrase);
  if (!options.firstName || !/^\p{L}+$/u.test(word)) return false;
  const exact = options.people.lookup(word);
  return (!exact || !fits(exact, [word])) && options.firstName(word) !== null;
}

/** An organisation as a speaker: "the Kremlin", "Russia's defense ministry", a country or its capital alone ("Moscow"). */
function isOrganisation(phrase: string): boolean {
  const words = roleTokens(phrase);
  return (words.length === 1 && governmentWords(words[0]!) !== undefined) || isOffice(phrase);
}

/** An office that speaks ("the Kremlin", "the defense ministry"), unlike a country, which may also be a topic. */
function isOffice(phrase: string): boolean {
  return /^(?:kremlin|pentagon|white house|state department|[\p{L}' ]*(?:ministry|department|office|government|administration|campaign|embassy|spokes\w+))$/iu.test(stripArticles(phrase));
}

/**
 * A question that is only a person's name ("trump?", "huma abedin", "from bernie", "ok and
 * blinken?", once its
 * time words are read as a frame): that person's statements, as "anything from X" asks.
 */
function speakerAlone(question: string, options: UnderstandOptions): readonly [string, string, string] | null {
  const who = stripPunctuation(question.replace(/^(?:(?:ok|okay),? )?(?:and |so )?(?:(?:anything |something |news |latest |more )?(?:from|by) )?/i, ''));
  if (!who || !isOnlyName(who, options)) return null;
  // Shaped as the patterns' matches are read: [1] who, [2] the topic (none).
  return [question, who, ''];
}

/**
 * Whether every word of the phrase (at most three) is a word of the name of the person it
 * finds, or a near spelling of one, and that person has statements (`speaks`).
 */
function isOnlyName(phrase: string, options: UnderstandOptions): boolean {
  const words = stripPunctuation(phrase).split(/\s+/).map(normaliseName);
  // A short given name counts beside a surname ("al gore", "ed rendell"), not alone.
  if (words.length === 0 || words.length > 3 || words.some((w) => w.length < 2) || (words.length === 1 && words[0]!.length < 3)) return false;
  if (byFirstNameFirst(phrase, options)) return true;
  const person = findPerson(phrase, options.people, false, options.printed);
  if (!person || !options.speaks?.(person.name)) return false;
  const nameWords = normaliseName(person.name).split(' ');
  // A slip as `surnameTypo` allows it: two edits in a name of eight letters or more ("zelenksy" for Zelenskyy).
  return words.every((w) => nameWords.some((n) => n === w || (w.length >= 5 && typoDistance(n, w, slipsIn(n)) <= slipsIn(n))));
}

function stripArticles(text: string): string {
  return text.replace(/^(?:the|a|an)\s+/i, '').trim();
}

function stripPunctuation(text: string): string {
  return text.replace(/^[\s"“”'‘’«»]+|[\s"“”'‘’«»?!.,;:]+$/g, '').trim();
}

function normaliseName(text: string): string {
  return text.toLowerCase().replace(/[’]/g, "'").replace(/'s$/, '').replace(/[^\p{L}\p{N}' -]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

function matchOutlet(text: string, outlets: readonly string[]): string | null {
  const wanted = normaliseName(stripArticles(text));
  if (!wanted) return null;
  for (const outlet of outlets) {
    const name = normaliseName(outlet);
    if (name === wanted || name.replace(/^the /, '') === wanted || initialsOf(outlet) === wanted) return outlet;
  }
  return null;
}

/**
 * An outlet's initials as chat writes them ("nyt" for The New York Times), from three words on:
 * two letters ("wt", "mt") would be read in too many other words.
 */
function initialsOf(outlet: string): string | null {
  const words = normaliseName(outlet).replace(/^the /, '').split(/[\s-]+/).filter(Boolean);
  return words.length >= 3 ? words.map((w) => w[0]).join('') : null;
}

/** An outlet named anywhere in the question as a filter: "… according to NPR", "… in USA Today". */
function findOutlet(question: string, outlets: readonly string[]): string | null {
  const text = ` ${normaliseName(question)} `;
  for (const outlet of outlets) {
    for (const name of [normaliseName(outlet).replace(/^the /, ''), initialsOf(outlet)]) {
      if (name && name.length >= 3 && new RegExp(`\\b(?:in|from|by|according to|on) (?:the )?${escape(name)} `).test(text)) return outlet;
    }
  }
  return null;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Finds the person a phrase names: the whole phrase first ("the NATO secretary general"),
 * then its word runs, longest first; then the one person whose first name and surname the
 * phrase gives (middle names and initials aside: "Loretta Lynch" = "Loretta E. Lynch"); then a
 * typo-tolerant match on surnames ("Stoltenburg"). A person found must agree with every name
 * word of the phrase: "Emmanuel Macron" is never Rahm Emanuel, "Michelle Obama" never Barack.
 * With `within`, only capitalised runs are tried, so "how many troops" finds nobody.
 */
export function findPerson(phrase: string, people: PeopleLookup, within = false, printed?: (word: string) => boolean): PersonEntry | null {
  const text = stripPunctuation(phrase);
  if (!text) return null;
  const words = text.split(/\s+/);
  // "the Clinton spokesman", "Trump's campaign manager": a role of someone else, not that person.
  const lastWord = normaliseName(words[words.length - 1] ?? '');
  const describes = !within && words.length > 1 && isTitle(lastWord);
  if (!within) {
    const whole = people.lookup(text) ?? people.lookup(stripArticles(text));
    if (whole && fits(whole, words)) return whole;
  }
  for (let size = Math.min(5, words.length); size >= 1; size--) {
    for (let i = 0; i + size <= words.length; i++) {
      const run = words.slice(i, i + size);
      if (within && !run.every((w) => /^\p{Lu}/u.test(w))) continue;
      if (describes && i + size < words.length) continue;
      const candidate = stripPunctuation(run.join(' '));
      if (candidate.length < 3 || (size === 1 && /^(?:he|she|they|it|we|you|i|who|the)$/i.test(candidate))) continue;
      const person = people.lookup(candidate);
      if (!person || (describes && !carries(person, words.slice(0, i)))) continue;
      if (fits(person, within ? capitalisedRunAround(words, i, i + size) : describes ? run : words)) return person;
    }
  }
  if (within) {
    // Only capitalised runs name someone inside a longer question.
    for (let i = 0; i < words.length; i++) {
      if (!/^\p{Lu}/u.test(words[i]!)) continue;
      let e = i;
      while (e < words.length && /^\p{Lu}/u.test(words[e]!)) e++;
      const found = byFirstAndLast(nameWords(words.slice(i, e)), people) ?? fuzzyPerson(nameWords(words.slice(i, e)), people, printed);
      if (found) return found;
      i = e;
    }
    return null;
  }
  if (describes) return null;
  const names = nameWords(words);
  const found = byFirstAndLast(names, people) ?? fuzzyPerson(names, people, printed);
  // The name words leave a suffix out: the person found must carry the one asked.
  const suffix = nameSuffixOf(text);
  return found && suffix && nameSuffixOf(found.name) !== suffix ? null : found;
}

/**
 * Whether the person a lookup found fits the words asked: their name words agree (`agrees`),
 * and a generational suffix asked is theirs. Words that are only a role ("the German
 * chancellor") fit nobody here: the role is resolved when the question is answered
 * (`resolveSpeakerPhrase`), which weighs every holder of it.
 */
function fits(person: PersonEntry, words: readonly string[]): boolean {
  // A son is not his father: "trump jr" is not Donald Trump.
  const suffix = nameSuffixOf(words.join(' '));
  if (suffix && nameSuffixOf(person.name) !== suffix) return false;
  const names = nameWords(words);
  if (names.length === 1 && isNickname(person)) return false;
  return names.length > 0 && agrees(person, names);
}

/**
 * Whether the person carries the words that qualify a role before it ("Ukraine's", "Russian" in
 * "Ukraine's foreign minister"): each is one of the words of their roles or printed names. An
 * outlet calling the US Secretary of State "Foreign Minister Blinken" does not make him
 * Ukraine's foreign minister.
 */
function carries(person: PersonEntry, qualifiers: readonly string[]): boolean {
  const asked = roleTokens(qualifiers.join(' '));
  if (asked.length === 0) return true;
  const theirs = [...person.roles, ...person.aliases].flatMap((r) => roleTokens(r));
  return asked.every((a) => theirs.some((t) => sameRoleToken(a, t)));
}

/**
 * A registry "person" made of an epithet and a first name ("Crooked Hillary", a nickname in a
 * quoted tweet) is not who one word asks for: "hillary" (or "hilary") means Hillary Clinton,
 * found by first name.
 */
function isNickname(person: PersonEntry): boolean {
  const words = normaliseName(person.name).split(' ');
  return words.length === 2 && FIRST_NAME_GENDER.has(words[1]!) && !FIRST_NAME_GENDER.has(words[0]!);
}

/** Words of a phrase that can be part of a name: not articles, titles, role words or "'s". */
function nameWords(words: readonly string[]): string[] {
  return words
    .map((w) => normaliseName(w.replace(/[’']s$/i, '')))
    .filter((w) => w && !NOT_NAME.has(w) && !TITLE_WORDS.has(w) && !TITLE_WORDS.has(`${w}.`) && !PERSON_TITLES.has(w) && !PERSON_TITLES.has(`${w}.`));
}

function isTitle(word: string): boolean {
  return TITLE_WORDS.has(word) || PERSON_TITLES.has(word) || TITLE_WORDS.has(`${word}.`);
}

const NOT_NAME = new Set(['the', 'a', 'an', 'of', 'and', 'jr', 'sr', 'ii', 'iii']);

/** The capitalised words around words[i, e) (the run they belong to). */
function capitalisedRunAround(words: readonly string[], i: number, e: number): string[] {
  let s = i;
  while (s > 0 && /^\p{Lu}/u.test(words[s - 1]!)) s--;
  let end = e;
  while (end < words.length && /^\p{Lu}/u.test(words[end]!)) end++;
  return words.slice(s, end);
}

/** A person's name parts: the words of their name (last one the surname) and of their aliases. */
function nameParts(person: PersonEntry): { given: Set<string>; surname: string; all: Set<string> } {
  const own = normaliseName(person.name).split(' ').filter((w) => w.replace(/\./g, '').length > 1);
  const surname = own[own.length - 1] ?? '';
  const all = new Set(own);
  for (const alias of person.aliases) for (const w of normaliseName(alias).split(' ')) all.add(w);
  return { given: new Set(own.slice(0, -1)), surname, all };
}

/**
 * Whether a person can be the one these name words give. One word: one of the person's name
 * words (or a typo of the surname). Several: the last must be the surname (or a typo of it) and
 * the others given names of the person, as written (an initial matches a given name's first letter).
 */
function agrees(person: PersonEntry, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const { given, surname, all } = nameParts(person);
  const last = words[words.length - 1]!;
  if (words.length === 1) return all.has(last) || surnameTypo(last, surname);
  if (last !== surname && !all.has(last) && !surnameTypo(last, surname)) return false;
  return words.slice(0, -1).every((w) => given.has(w) || all.has(w) || (/^\p{L}\.?$/u.test(w) && [...given].some((g) => g[0] === w[0])));
}

/**
 * One edit for surnames under 8 letters, two from 8 (two swapped letters are one edit: "Trupm");
 * or the surname's start (a name typed short). A slip keeps the first letter: "Marin" is not Garin.
 */
function surnameTypo(word: string, surname: string): boolean {
  if (word.length < 5 || surname.length < 5 || word[0] !== surname[0]) return false;
  const limit = slipsIn(surname);
  return typoDistance(word, surname, limit) <= limit || (surname.startsWith(word) && surname.length - word.length <= 1);
}

/** Typing slips a name word tolerates: one under eight letters, two from eight. */
function slipsIn(name: string): number {
  return name.length >= 8 ? 2 : 1;
}

/** "Loretta Lynch" for "Loretta E. Lynch": the one person with that surname whose given names agree. */
function byFirstAndLast(words: readonly string[], people: PeopleLookup): PersonEntry | null {
  if (words.length < 2) return null;
  const { surnames, people: peopleOf } = surnameIndexOf(people.people);
  const at = lowerBound(surnames, words[words.length - 1]!);
  if (surnames[at] !== words[words.length - 1]) return null;
  const fits = [...new Set(peopleOf[at]!)].map((i) => people.people[i]!).filter((p) => agrees(p, words));
  return fits.length === 1 ? fits[0]! : null;
}

/** A corpus's surnames (normalised, 5 letters or more), sorted, with the people (in registry order) of each. */
export interface SurnameIndex {
  surnames: string[];
  people: number[][];
}

// Built once per corpus: a question must not re-normalise, or compare itself with, every name of a large corpus.
const surnameIndexes = new MemoSlot<SurnameIndex>('surname index');

export function surnameIndexOf(people: readonly PersonEntry[]): SurnameIndex {
  let index = surnameIndexes.get(people);
  if (!index) {
    index = runSteps(surnameSteps(people));
    surnameIndexes.set(people, index);
  }
  return index;
}

/** Builds the surname index ahead of the first question, calling `pause` between slices. */
export async function prepareSurnameIndex(people: readonly PersonEntry[], pause: () => Promise<void> | void): Promise<void> {
  if (!surnameIndexes.has(people)) surnameIndexes.set(people, await runStepsPausing(surnameSteps(people), pause));
}

function* surnameSteps(people: readonly PersonEntry[]): Steps<SurnameIndex> {
  const bySurname = new Map<string, number[]>();
  for (let i = 0; i < people.length; i++) {
    const name = people[i]!.name;
    // Most surnames are plain letters, which normalise to their lower case (a tenth of the cost).
    const last = name.slice(name.lastIndexOf(' ') + 1);
    const surname = /^[A-Za-z]+$/.test(last) ? last.toLowerCase() : (normaliseName(name).split(' ').pop() ?? '');
    if (surname.length >= 5) {
      const list = bySurname.get(surname);
      if (list) list.push(i);
      else bySurname.set(surname, [i]);
    }
    if (i % 125 === 124) yield;
  }
  const surnames = [...bySurname.keys()].sort();
  return { surnames, people: surnames.map((surname) => bySurname.get(surname)!) };
}

/**
 * The person whose surname the phrase's surname misspells ("Stoltenburg") or begins
 * ("Zelensky" for "Zelenskyy", one edit): one edit allowed for surnames under 8 letters, two
 * from 8, the first letter kept. Only the last name word is a surname; a known first name alone is never one
 * ("Emmanuel" is not "Emanuel"), nor is a word the corpus prints that is no one's surname; the other words must agree with the person found. The closest
 * match wins; on a tie, the earlier person.
 */
function fuzzyPerson(words: readonly string[], people: PeopleLookup, printed?: (word: string) => boolean): PersonEntry | null {
  const w = words[words.length - 1];
  if (!w || w.length < 5 || (words.length === 1 && FIRST_NAME_GENDER.has(w)) || NON_PERSON_WORDS.has(w)) return null;
  // A word the corpus prints is a name of its own, when the registry lacks it ("Ferrera" is not Ferrero).
  const { surnames, people: peopleOf } = surnameIndexOf(people.people);
  if (printed?.(w) && surnames[lowerBound(surnames, w)] !== w) return null;
  const distances = nearWords(surnames, w, 2);
  for (let s = lowerBound(surnames, w); s < surnames.length && surnames[s]!.startsWith(w); s++) {
    distances.set(s, Math.min(distances.get(s) ?? Infinity, 1));
  }
  let best: { person: number; distance: number } | null = null;
  for (const [s, edits] of distances) {
    // A slip keeps the first letter ("Marin", an absent Sanna Marin, is not Geoff Garin).
    if (surnames[s]![0] !== w[0]) continue;
    const limit = surnames[s]!.length >= 8 ? 2 : 1;
    // Two swapped letters are two edits to the trie walk, one typing slip ("trupm").
    const distance = edits > limit ? typoDistance(w, surnames[s]!, limit) : edits;
    if (distance > limit) continue;
    for (const person of peopleOf[s]!) {
      if (!agrees(people.people[person]!, words) || (words.length === 1 && isNickname(people.people[person]!))) continue;
      if (!best || distance < best.distance || (distance === best.distance && person < best.person)) best = { person, distance };
    }
  }
  return best ? people.people[best.person]! : null;
}
