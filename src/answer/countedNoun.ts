import { getNlp } from '../text/nlp';

/** Part-of-speech tags a counted noun phrase is made of ("american soldiers", "gop senators", "more troops"). */
const PHRASE = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);
/** Chat's verbs that the tagger reads as nouns ("how many countries r in …"). */
const CHAT_VERBS = new Set(['r', 'u']);

/**
 * The noun a how-many/how-much question counts: the head (last noun) of the phrase after "how
 * many", not its first word. "How many american soldiers are advising" counts soldiers, "how
 * many gitmo prisoners" prisoners, "how many of hillary's emails" emails; taking the first word
 * stressed "american", "gitmo" or "of" as the thing counted. Undefined when no noun follows
 * ("how much did it cost"). wink-nlp tags the question (a few words: no cost that matters).
 */
export function countedNoun(question: string): string | undefined {
  const after = /\bhow (?:many|much)\s+(.*)$/iu.exec(question)?.[1];
  if (!after) return undefined;
  const nlp = getNlp();
  const tokens = nlp.readDoc(after).tokens();
  const words: string[] = tokens.out();
  const tags: string[] = tokens.out(nlp.its.pos);
  let i = 0;
  // "how many of the / of hillary's / of them": the count is of what follows the determiner or possessive.
  if (words[0]?.toLowerCase() === 'of') {
    const owner = words.findIndex((w, at) => at > 0 && (w === "'s" || w === '’s' || tags[at] === 'DET' || tags[at] === 'PRON'));
    if (owner < 0) return undefined;
    i = owner + 1;
  }
  let head: string | undefined;
  for (; i < words.length && PHRASE.has(tags[i]!) && !CHAT_VERBS.has(words[i]!.toLowerCase()); i++) {
    if (tags[i] === 'NOUN' || tags[i] === 'PROPN') head = words[i]!.toLowerCase();
  }
  return head;
}
