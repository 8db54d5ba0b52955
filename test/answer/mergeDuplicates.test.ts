import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion';
import { copyKey } from '../../src/answer/copyKey';
import { mergeCopies } from '../../src/answer/mergeDuplicates';
import { deskFrom } from '../claims/support';

describe('mergeCopies', () => {
  it('groups equal keys in input order, led by the first item', () => {
    expect(mergeCopies(['a1', 'b1', 'a2', 'c1', 'b2'], (s) => s[0]!)).toEqual([['a1', 'a2'], ['b1', 'b2'], ['c1']]);
  });

  it('never merges texts without words', () => {
    expect(mergeCopies(['”', '"', '”'], (s) => copyKey(s, null))).toEqual([['”'], ['"'], ['”']]);
  });
});

describe('answers never credit an outlet or a speaker with words they did not print', () => {
  it('shows both figures when two outlets print a sentence with different numbers', () => {
    const data = deskFrom([
      { outlet: 'Alpha News', body: 'Russia has massed about 150,000 troops near the border with Ukraine, officials said.' },
      { outlet: 'Beta Times', body: 'Russia has massed about 100,000 troops near the border with Ukraine, officials said.' },
      { outlet: 'Gamma Post', body: 'Russia has massed about 150,000 troops near the border with Ukraine, officials said.' },
    ]);
    const result = answerQuestion(data, 'how many troops has Russia massed near the border');
    const byText = new Map(result.answers.map((a) => [a.text, a.outlets]));
    expect(byText.get('Russia has massed about 150,000 troops near the border with Ukraine, officials said.')).toEqual(['Alpha News', 'Gamma Post']);
    expect(byText.get('Russia has massed about 100,000 troops near the border with Ukraine, officials said.')).toEqual(['Beta Times']);
  });

  it('credits one line to each speaker the outlets attributed it to', () => {
    const line = '“We have not seen any withdrawal of Russian forces from the border so far,”';
    const data = deskFrom([
      { outlet: 'Alpha News', body: `NATO Secretary General Jens Stoltenberg spoke in Brussels.\n\n${line} Stoltenberg said.` },
      { outlet: 'Beta Times', body: `Secretary of State Antony Blinken spoke in Washington.\n\n${line} Blinken said.` },
    ]);
    const who = answerQuestion(data, 'who said we have not seen any withdrawal of Russian forces');
    expect(who.answers.map((a) => [a.speaker, a.outlets])).toEqual(
      expect.arrayContaining([
        ['Jens Stoltenberg', ['Alpha News']],
        ['Antony Blinken', ['Beta Times']],
      ]),
    );
    expect(answerQuestion(data, 'what did Blinken say').answers.map((a) => a.outlets)).toEqual([['Beta Times']]);
    expect(answerQuestion(data, 'what did Stoltenberg say').answers.map((a) => a.outlets)).toEqual([['Alpha News']]);
  });

  it('keeps a sentence and its negation apart', () => {
    const data = deskFrom([
      { outlet: 'Alpha News', body: 'The senator said the bill would pass the chamber this week.' },
      { outlet: 'Beta Times', body: 'The senator said the bill would not pass the chamber this week.' },
    ]);
    const result = answerQuestion(data, 'would the bill pass the chamber this week');
    expect(result.answers.map((a) => a.outlets)).toEqual(expect.arrayContaining([['Alpha News'], ['Beta Times']]));
  });

  it('still merges copies that differ only in punctuation, quote style and a dateline', () => {
    const data = deskFrom([
      { outlet: 'Alpha News', body: 'KYIV, Ukraine (AP) — Russian fighter jets flew training missions over Belarus on Wednesday.' },
      { outlet: 'Beta Times', body: 'Russian fighter jets flew training missions over Belarus on Wednesday!' },
    ]);
    const result = answerQuestion(data, 'fighter jets training missions over Belarus');
    expect(result.answers).toHaveLength(1);
    expect(result.answers[0]!.outlets).toEqual(['Alpha News', 'Beta Times']);
  });
});
