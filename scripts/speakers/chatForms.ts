/**
 * The "chat forms" of the PolNeAR speaker questions: each generated question asked again the
 * way people type in a chat (issue #14's independent check asks them so), with the same gold.
 * The template family asks mostly "what did <full name> say"; a desk tuned on it can miss
 * "comey quotes?", "anything from hilary?" or "did sanders say anything about wall street".
 *
 * Deterministic: every choice (the form, how the name is shortened, where a typo goes) is a
 * hash of the template question, so two runs ask the same questions and nothing is random.
 *
 *  - Lowercase always; punctuation mostly dropped ("?" sometimes kept, as chat types it).
 *  - The name (what-said, topic and absent questions): the full name, the surname alone or the
 *    first name alone when the split's texts make it unambiguous (`NameRegistry`), or the
 *    surname with one letter slipped (six letters or more; never the first letter, never a
 *    word the texts print).
 *  - Forms: "X quotes?", "anything from X?", "whats X been saying", "what did X tell reporters",
 *    "what did X tweet", "what has X said", plain "what did x say"; topic questions as "X on T?",
 *    "did X say anything about T", "whats X been saying about T", "anything from X on T";
 *    role questions in the same forms with the role ("the fbi director quotes?"); who-said
 *    questions lowercase without quotation marks.
 */
import { fullNamesIn, hash as hashOf, type PolnearQuestion } from './polnearGold';
const pick = <T>(key: string, xs: readonly T[]): T => xs[hashOf(key) % xs.length]!;

/**
 * How the split's texts name people: full names ("first last", lower-case) with their counts,
 * and how often each word is printed in lower case (a surname that is also a common word,
 * "price", is no name on its own).
 */
export interface NameRegistry {
  fullNames: ReadonlyMap<string, number>;
  lowerWords: ReadonlyMap<string, number>;
  /** Every word the texts print, lower-cased: a typo must not make one of them. */
  words: ReadonlySet<string>;
}

/** Counts full names (as the gold reads them, titles dropped: `fullNamesIn`) and lowercase words in texts. */
export function nameRegistryOf(texts: Iterable<string>): NameRegistry {
  const fullNames = new Map<string, number>();
  const lowerWords = new Map<string, number>();
  const words = new Set<string>();
  for (const text of texts) {
    for (const names of fullNamesIn(text).values()) {
      for (const [name, n] of names) {
        const key = name.toLowerCase().replace(/’/g, "'");
        fullNames.set(key, (fullNames.get(key) ?? 0) + n);
      }
    }
    for (const m of text.matchAll(/\p{L}[\p{L}’'-]*/gu)) {
      const w = m[0];
      words.add(w.toLowerCase());
      if (/^\p{Ll}/u.test(w)) lowerWords.set(w, (lowerWords.get(w) ?? 0) + 1);
    }
  }
  return { fullNames, lowerWords, words };
}

/** A person's full names in the texts that share a word in position `at` (0: first name, 1: surname). */
const namesSharing = (registry: NameRegistry, word: string, at: 0 | 1) => [...registry.fullNames].filter(([k]) => k.split(' ')[at] === word);

/**
 * Whether one name word alone (the first name or the surname) names the person in the split:
 * the person's full name is printed at least 3 times and ten times as often as every other full
 * name with that word together, and the word is rarely printed in lower case.
 */
export function uniqueBy(registry: NameRegistry, fullName: string, at: 0 | 1): boolean {
  const key = fullName.toLowerCase().replace(/’/g, "'");
  const word = key.split(' ')[at];
  if (!word || word.length < 3) return false;
  const own = registry.fullNames.get(key) ?? 0;
  const others = namesSharing(registry, word, at).filter(([k]) => k !== key).reduce((n, [, c]) => n + c, 0);
  const lower = registry.lowerWords.get(word) ?? 0;
  return own >= 3 && own >= 10 * others && lower * 20 <= own;
}

/**
 * One slipped letter in a word of six letters or more, never the first: a dropped letter, a
 * doubled one, two neighbours swapped or a vowel for another. Null when every slip the hash
 * tries makes a word the texts print.
 */
export function typoOf(word: string, key: string, printed: ReadonlySet<string>): string | null {
  if (word.length < 6 || !/^[a-z]+$/.test(word)) return null;
  const h = hashOf(`${key}|typo`);
  for (let k = 0; k < 8; k++) {
    const at = 1 + ((h + k * 7) % (word.length - 2));
    const kind = (h + k) % 4;
    let out: string;
    if (kind === 0) out = word.slice(0, at) + word.slice(at + 1);
    else if (kind === 1) out = word.slice(0, at) + word[at] + word.slice(at);
    else if (kind === 2) out = word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
    else {
      const vowels = 'aeiou';
      const v = [...word].findIndex((c, i) => i >= at && vowels.includes(c));
      if (v < 1) continue;
      const repl = vowels[(vowels.indexOf(word[v]!) + 1 + (h % 4)) % 5]!;
      out = word.slice(0, v) + repl + word.slice(v + 1);
    }
    if (out !== word && !printed.has(out)) return out;
  }
  return null;
}

/** The name as a chat user types it: full, surname, first name or a slipped surname (see the module doc). */
export function chatName(name: string, key: string, registry: NameRegistry, absent = false): string {
  const full = name.toLowerCase().replace(/[’]/g, "'");
  const words = full.split(' ');
  if (words.length < 2) return full;
  const [first, last] = [words[0]!, words[words.length - 1]!];
  const choice = hashOf(`${key}|name`) % 10;
  // Absent people: their surname is printed nowhere in PolNeAR, so it alone is as clear as in the news.
  const bySurname = absent || uniqueBy(registry, `${first} ${last}`, 1);
  if (choice < 4) return full;
  if (choice < 6) return bySurname ? last : full;
  if (choice < 8) return !absent && uniqueBy(registry, `${first} ${last}`, 0) ? first : bySurname ? last : full;
  const slipped = typoOf(last, key, registry.words);
  if (!slipped) return full;
  return choice === 8 || !bySurname ? [...words.slice(0, -1), slipped].join(' ') : slipped;
}

const SAID_FORMS = [
  (x: string) => `${x} quotes?`,
  (x: string) => `anything from ${x}?`,
  (x: string) => `whats ${x} been saying`,
  (x: string) => `what did ${x} tell reporters`,
  (x: string) => `what did ${x} tweet`,
  (x: string) => `what has ${x} said`,
  (x: string) => `what did ${x} say`,
];
const ABOUT_FORMS = [
  (x: string, t: string) => `${x} on ${t}?`,
  (x: string, t: string) => `did ${x} say anything about ${t}`,
  (x: string, t: string) => `whats ${x} been saying about ${t}`,
  (x: string, t: string) => `anything from ${x} on ${t}`,
  (x: string, t: string) => `${x} on ${t}`,
  (x: string, t: string) => `what did ${x} say about ${t}`,
];

/** The question's chat form (same form, person and gold; `chat` set). */
export function chatFormOf(q: PolnearQuestion, registry: NameRegistry): PolnearQuestion {
  const key = q.q;
  let text: string;
  if (q.form === 'who-said') {
    const words = q.q.replace(/^who said /, '').replace(/["“”]/g, '').toLowerCase().replace(/[,;:.!?]+/g, '');
    text = pick(`${key}|who`, [`who said ${words}`, `who said ${words}?`, `who said that ${words}`]);
  } else if (q.form === 'role') {
    const role = q.role!.toLowerCase();
    const who = hashOf(`${key}|the`) % 3 === 0 ? role.replace(/^the /, '') : role;
    text = pick(key, SAID_FORMS)(who);
  } else {
    const who = chatName(q.name, key, registry, q.form === 'absent');
    text = q.form === 'what-said-about' ? pick(key, ABOUT_FORMS)(who, q.topic!) : pick(key, SAID_FORMS)(who);
  }
  return { ...q, q: text, chat: true };
}

/** Every question's chat form, in the same order. */
export function chatForms(questions: readonly PolnearQuestion[], registry: NameRegistry): PolnearQuestion[] {
  return questions.map((q) => chatFormOf(q, registry));
}
