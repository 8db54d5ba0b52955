/**
 * Questions the desk cannot take: nothing but whitespace, punctuation, emoji or mentions.
 * They get a short, friendly reply instead of an empty search.
 */
import { cleanQuestion } from '../answer/understandQuestion.js';

export const NO_WORDS_REPLY = 'Ask me a question in words, e.g. “what did Blinken say?” or “how many troops are near the border?”';
export const NO_SPEAKER_REPLY = 'Name a speaker, e.g. “Blinken” (the names autocomplete).';

/** Whether the text has a letter or digit left once mentions, zero-width and Markdown characters are removed. */
export function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(cleanQuestion(text));
}
