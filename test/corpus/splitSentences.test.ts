import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/corpus/cleanArticle';
import { sentenceTextHash } from '../../src/text/sentenceIds';
import { splitParagraph, splitSentences } from '../../src/text/splitSentences';
import { seedArticles } from '../support/seedCorpus';

describe('splitSentences', () => {
  it('gives every seed sentence offsets whose text equals the sentence, and an id of its own anchored on its text', async () => {
    let count = 0;
    for (const article of await seedArticles()) {
      const sentences = splitSentences(article, cleanArticle(article).paragraphs);
      const ids = new Set<string>();
      for (const s of sentences) {
        expect(article.body.slice(s.start, s.end)).toBe(s.text);
        expect(s.text).toBe(s.text.trim());
        expect(s.id.startsWith(`${article.id}:${sentenceTextHash(s.text).toString(16).padStart(8, '0')}`)).toBe(true);
        expect(ids.has(s.id)).toBe(false);
        ids.add(s.id);
        count++;
      }
    }
    expect(count).toBeGreaterThan(150);
  });

  it('does not split at abbreviations or inside a quotation followed by its attribution', () => {
    const text =
      'She had been asked about the fact that it appeared Feb. 16 would close without an attack. The West “is shouting: ‘When will the troops be withdrawn?’” the longtime Belarusian leader said this week.';
    const spans = splitParagraph(text).map((s) => text.slice(s.start, s.end));
    expect(spans).toEqual([
      'She had been asked about the fact that it appeared Feb. 16 would close without an attack.',
      'The West “is shouting: ‘When will the troops be withdrawn?’” the longtime Belarusian leader said this week.',
    ]);
  });

  it('normalises text for search without touching the verbatim text', () => {
    const article = { id: 'a', outlet: 'O', body: 'NATO Secretary General JensStoltenberg said so.' };
    const [s] = splitSentences(article, [{ index: 0, start: 0, end: article.body.length, text: article.body }], (t) =>
      t.replace('JensStoltenberg', 'Jens Stoltenberg'),
    );
    expect(s!.text).toBe(article.body);
    expect(s!.normalized).toBe('NATO Secretary General Jens Stoltenberg said so.');
  });
});
