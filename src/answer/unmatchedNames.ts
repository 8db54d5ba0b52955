import type { DeskData } from '../model/deskData';
import { processQueryTerm, tokenize } from '../search/analyzeText';
import { headlineCover } from './articleContext';
import { documentFrequency } from './searchSentences';
import { formQuality, textTerms } from './sentenceTerms';
import { isNationToken } from './roleWords';
import { surnameOfGivenName } from './givenNameAlone';

/**
 * Names the question gives (capitalised words after its first word, as typed) that the corpus
 * has but that none of `sentences` mentions, in its text or its article's headline. A name is
 * the most distinctive thing a question asks about: "how much did the Shangri-La hotel room
 * cost" is not answered by "the $130 million hotel" of another story because "hotel" and
 * "cost" match. A word typed in lower case is a name when the corpus prints it capitalised
 * ("how much profit did exxon make": Exxon's, not Disney's quarter). Names the corpus lacks
 * altogether are `absentNames`' (searchSentences.ts).
 */
export function unmatchedNames(data: DeskData, question: string, sentences: readonly number[]): string[] {
  const words = tokenize(question);
  const unmatched: string[] = [];
  // Each sentence's terms, read once and only as far as the names need (usually the first sentence has them).
  const read: Set<string>[] = [];
  const termsAt = (i: number) => (read[i] ??= textTerms(data.sentences[sentences[i]!]!.normalized));
  let among: Set<number> | undefined;
  for (const { i, raw, typedAsName, forms } of nameCandidates(data, words)) {
    if (sentences.some((s) => mentionsName(data.sentences[s]!.normalized, forms))) continue;
    // A name typed in lower case ("exxon"): the corpus prints it capitalised. Not the given
    // name of a matched surname ("billie jean king": "King"), nor a name the sentence before
    // gives (a match saying "he" or "the judge"), nor a country, its people or its capital,
    // which stand for one another ("moscow" is answered by "the Kremlin" or "Russia").
    if (!typedAsName) {
      if (isNationToken(raw) || !printedAsName(data, raw, forms)) continue;
      const matchedName = (w: string | undefined) => {
        const f = w !== undefined && /^\p{Ll}{3,}$/u.test(w) ? processQueryTerm(w) : undefined;
        return !!f && f.length > 0 && sentences.some((_, at) => formQuality(termsAt(at), f) > 0) && printedAsName(data, w!, f);
      };
      if (matchedName(words[i - 1]) || matchedName(words[i + 1])) continue;
      const before = (s: number) => s > 0 && data.sentences[s - 1]!.article === data.sentences[s]!.article;
      if (sentences.some((s) => before(s) && formQuality(textTerms(data.sentences[s - 1]!.normalized), forms) > 0)) continue;
    }
    const word = [{ forms, weight: 1 }];
    // Not in the text: in the people a sentence names or quotes (its index field: "Ali" is
    // Muhammad Ali), read from the name's postings only now, as the texts usually have it.
    among ??= new Set(sentences);
    const kept = among;
    if (data.index.search(word, { filter: (s) => kept.has(s), fields: ['people'] }).length > 0) continue;
    if (sentences.some((s) => headlineCover(data, word, s) > 0)) continue;
    unmatched.push(raw);
  }
  return unmatched;
}

/**
 * The names a question gives, each as its processed forms: capitalised words after its first
 * word, as typed, and words typed in lower case that the corpus prints capitalised ("exxon"),
 * not countries, their people or capitals (which stand for one another). Only names the corpus
 * has (the others are `absentNames`'), in at most `maxDocumentFrequency` sentences.
 */
export function questionNames(data: DeskData, question: string, maxDocumentFrequency = Infinity): (readonly string[])[] {
  const names: (readonly string[])[] = [];
  for (const { raw, typedAsName, forms } of nameCandidates(data, tokenize(question))) {
    // Checked first: reading how the corpus prints a common word costs a search of its postings.
    if (documentFrequency(data, forms) > maxDocumentFrequency) continue;
    if (!typedAsName && (isNationToken(raw) || !printedAsName(data, raw, forms))) continue;
    names.push(forms);
  }
  return names;
}

/**
 * The question's words after its first that may be names the corpus has: capitalised as typed,
 * or lower case (the callers check those against how the corpus prints them), three letters or
 * more, with their processed forms, in the corpus at least once.
 */
function* nameCandidates(data: DeskData, words: readonly string[]): Generator<{ i: number; raw: string; typedAsName: boolean; forms: readonly string[] }> {
  for (let i = 1; i < words.length; i++) {
    const raw = words[i]!;
    const typedAsName = /^\p{Lu}\p{Ll}/u.test(raw);
    if ((!typedAsName && !/^\p{Ll}+$/u.test(raw)) || raw.length < 3) continue;
    const own = processQueryTerm(raw);
    if (!own || own.length === 0 || documentFrequency(data, own) === 0) continue;
    // "jeb" alone is mentioned by "Bush" too, as news names him once introduced (`givenNameAlone.ts`).
    const surname = surnameOfGivenName(data, words, i, (w) => typedAsName || printedAsName(data, w, own));
    const forms = surname ? [...new Set([...(processQueryTerm(surname) ?? []), ...own])] : own;
    yield { i, raw, typedAsName, forms };
  }
}

/** How many of a word's sentences are read to tell whether the corpus prints it as a name (bounded work per word). */
const READ_FOR_CASE = 20;
/** The share of a word's occurrences inside a sentence that must be capitalised for it to be a name ("Afghan", not "act"). */
const NAME_SHARE = 0.8;
/** Occurrences needed to judge: three sentences opening a quotation say little ("people"). */
const MIN_SEEN = 5;

/**
 * Whether the corpus prints `word` capitalised inside its sentences (the first word of a
 * sentence or of a quotation says nothing): most of its occurrences among its first
 * READ_FOR_CASE sentences.
 */
function printedAsName(data: DeskData, word: string, forms: readonly string[]): boolean {
  const hits = data.index.search([{ forms, weight: 1 }], { limit: READ_FOR_CASE, fields: ['text'] });
  const pattern = new RegExp(String.raw`(?<![\p{L}\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\p{L}\p{N}])`, 'giu');
  let capitalised = 0;
  let seen = 0;
  for (const hit of hits) {
    const text = data.sentences[hit.sentence]?.text ?? '';
    for (const m of text.matchAll(pattern)) {
      const before = text.slice(0, m.index).trimEnd();
      if (before === '' || /[.!?:"“‘'(\[]$/u.test(before)) continue;
      seen++;
      if (/^\p{Lu}/u.test(m[0])) capitalised++;
    }
  }
  return seen >= MIN_SEEN && capitalised >= NAME_SHARE * seen;
}

/**
 * Whether a text mentions a name the question gives (`forms`, as `processQueryTerm` makes
 * them: its stems and, longest and last, the word as typed): a word equal to one of its forms, or
 * beginning with the word as typed ("zelensky" in "Zelenskyy"). Not a longer word that only its
 * stem begins, as the search's prefix matching would take: "Brooks" is not "Brooklyn", nor
 * "apple" "applause"; a question about Susan Brooks was answered from a story about a town
 * hall in Brooklyn.
 */
export function mentionsName(text: string, forms: readonly string[]): boolean {
  const key = forms.join('|');
  let pattern = namePatterns.get(key);
  if (!pattern) {
    const typed = forms.reduce((a, b) => (b.length >= a.length ? b : a), '');
    const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    pattern = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${escape(typed)}[\p{L}]*|${forms.map(escape).join('|')})(?:['’]s)?(?![\p{L}\p{N}])`, 'iu');
    // Bounded: a long run asks many names.
    if (namePatterns.size >= 500) namePatterns.clear();
    namePatterns.set(key, pattern);
  }
  return pattern.test(text);
}

/** `mentionsName`'s patterns, made once per name rather than per sentence read. */
const namePatterns = new Map<string, RegExp>();
