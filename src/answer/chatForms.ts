/**
 * Contractions as chat types them, without the apostrophe ("whats the margin of error", "wheres
 * the convention", "prisoners cant be tried"), given it back. Without it "whats" is no stop word:
 * it was searched for as "what", the rarest-looking word of the question, and it hid the form of
 * the question ("what's the percentage …" asks for a figure). "its" and "wont" are words of their
 * own and stay as typed.
 */
const WH_IS = /\b(what|where|when|who|how|that|there|here)s\b/gi;
const NOT = /\b(is|are|was|were|do|does|did|has|have|had|could|would|should|must|ca)nt\b/gi;

export function withChatApostrophes(question: string): string {
  return question.replace(WH_IS, "$1's").replace(NOT, "$1n't");
}

/**
 * Chat shorthand for common words ("how many ppl live in …", "10 yrs ago", "the govt", "which mag"), read
 * as the word. Left as typed, a shorthand the corpus prints once (a tweet's "ppl") weighs as one
 * of its rarest words, and the sentence holding it outranks every sentence about the question;
 * one the corpus lacks weighs little but still finds nothing. Lowercase whole words only (and
 * "VP", no name), never inside "u.s." or a name; "ex" alone, not "ex-wife".
 */
const CHAT_WORDS: Readonly<Record<string, string>> = {
  ppl: 'people', ppls: 'people', govt: 'government', "gov't": 'government', dept: 'department',
  yrs: 'years', yr: 'year', hrs: 'hours', hr: 'hour', mins: 'minutes', wks: 'weeks', mos: 'months',
  rn: 'now', bc: 'because', cuz: 'because', abt: 'about', thru: 'through', tho: 'though',
  u: 'you', ur: 'your', r: 'are', pls: 'please', bday: 'birthday',
  b4: 'before', ex: 'former', intel: 'intelligence', vp: 'vice president', VP: 'vice president',
  // Clipped nouns: "which mag ran the q&a", "the avg debt", "the biden admin".
  mag: 'magazine', mags: 'magazines', avg: 'average', admin: 'administration', natl: 'national', intl: 'international', approx: 'approximately', convo: 'conversation',
};
const CHAT_WORD = new RegExp(`(?<![\\p{L}\\d.'’/-])(${Object.keys(CHAT_WORDS).join('|')})(?![\\p{L}\\d.'’/-])`, 'gu');

export function withChatWords(question: string): string {
  return question.replace(CHAT_WORD, (word) => CHAT_WORDS[word] ?? word);
}
