/**
 * Contractions as chat types them, without the apostrophe ("whats the margin of error", "wheres
 * the convention", "prisoners cant be tried"), given it back. Without it "whats" is no stop word:
 * it was searched for as "what", the rarest-looking word of the question, and it hid the form of
 * the question ("what's the percentage …" asks for a figure). "its" and "wont" are words of their
 * own and stay as typed.
 */
const WH_IS = /\b(what|where|who|how|that|there|here)s\b/gi;
const NOT = /\b(is|are|was|were|do|does|did|has|have|had|could|would|should|must|ca)nt\b/gi;

export function withChatApostrophes(question: string): string {
  return question.replace(WH_IS, "$1's").replace(NOT, "$1n't");
}
