import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../src/quotes/findQuoteSpans';
import { extractQuotes, extractStatements } from '../../src/quotes/extractQuotes';

/**
 * Some archives print quotation marks as two apostrophes, ''like this,'' or open them with two
 * backticks, ``like this.'' (PolNeAR's New York Times texts): they are quotations like “…”.
 */
describe('typewriter quotation marks', () => {
  it("finds ''…'' and ``…'' spans, marks included, and leaves single apostrophes alone", () => {
    const text = "Jens Stoltenberg spoke. ''We see no withdrawal,'' he said. Others said ``it is too early.'' Rock 'n' roll's fans didn't care.";
    const spans = findQuoteSpans(text).map((s) => text.slice(s.start, s.end));
    expect(spans).toEqual(["''We see no withdrawal,''", "``it is too early.''"]);
  });

  it("attributes a ''…'' quotation as a curly one", () => {
    const text = "NATO Secretary General Jens Stoltenberg met the ministers. ''So far, we have not seen any de-escalation on the ground,'' Mr. Stoltenberg said. He called the buildup ''the biggest since the Cold War.''";
    const quotes = extractQuotes(text);
    expect(quotes.map((q) => q.text)).toEqual(["''So far, we have not seen any de-escalation on the ground,''", "''the biggest since the Cold War.''"]);
    for (const q of quotes) {
      expect(q.speaker).toBe('Jens Stoltenberg');
      expect(text.slice(q.start, q.end)).toBe(q.text);
    }
    // A sentence holding a quotation is not also a reported statement.
    expect(extractStatements(text).filter((q) => q.kind === 'reported')).toHaveLength(0);
  });
});

/**
 * The sentence index splits before a capital or a curly or straight mark, not before '' (and after
 * a closing '' only when a capital follows its stop). A report next to a typewriter quotation was
 * read as part of the quotation's sentence and dropped (PolNeAR train: "Mr. Trump said …" after
 * "… his book ''The Art of the Deal.''", or before "''I think …'' he said").
 */
describe("reported statements next to a ''…'' quotation", () => {
  it("reads a report that follows a sentence ending in ''…''", () => {
    const text = "Donald Trump flew in. He paid $8 million for the plane, according to his book ''The Art of the Deal.'' Mr. Trump said a smaller jet would have cost more than twice as much.";
    const reported = extractStatements(text).filter((q) => q.kind === 'reported');
    expect(reported.map((q) => [q.speaker, q.text])).toContainEqual(['Donald Trump', 'a smaller jet would have cost more than twice as much']);
  });

  it("reads a report followed by a sentence that opens with ''…''", () => {
    const text = "Donald Trump spoke on Sunday. Mr. Trump said that he would not change his position. ''I think that my words represent toughness,'' he said.";
    const statements = extractStatements(text);
    expect(statements.map((q) => [q.kind, q.speaker, q.text])).toEqual([
      ['reported', 'Donald Trump', 'that he would not change his position'],
      ['quote', 'Donald Trump', "''I think that my words represent toughness,''"],
    ]);
  });
});
