import { describe, expect, it } from 'vitest';
import { processQueryTerm, processTerm, tokenize } from '../../src/search/analyzeText';

describe('text analysis', () => {
  it('keeps numbers and dotted acronyms whole and drops possessives', () => {
    expect(tokenize('Russia’s 150,000 troops, U.S. officials and Zelenskyy\'s 2-to-1 margin')).toEqual([
      'Russia’s', '150,000', 'troops', 'U.S', 'officials', 'and', "Zelenskyy's", '2-to-1', 'margin',
    ]);
    expect(processTerm('150,000')).toEqual(['150000']);
    expect(processTerm('U.S')).toEqual(['u.s']);
    expect(processTerm("Zelenskyy's")).toEqual(['zelenskyy']);
  });

  it('drops stop words, including inflections of a stop-word lemma', () => {
    for (const word of ['the', 'what', 'did', 'How', 'many', 'said', 'about']) expect(processTerm(word)).toBeNull();
  });

  it('maps inflections to one stem', () => {
    expect(processTerm('troops')).toEqual(processTerm('troop'));
    expect(processTerm('withdrawing')).toEqual(processTerm('withdraw'));
  });

  it('keeps the written form of a capitalised word next to its stem', () => {
    expect(processTerm('Officials')).toEqual(['offici', 'officials']);
    expect(processQueryTerm('zelensky')).toContain('zelensky');
  });
});
