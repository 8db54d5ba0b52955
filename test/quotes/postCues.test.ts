import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/quotes/extractQuotes';

const find = (text: string, needle: string) => {
  const q = extractQuotes(text).find((x) => x.text.includes(needle));
  if (!q) throw new Error(`no quote containing ${needle}`);
  return q;
};

describe('the cue after a quotation', () => {
  it('reads a role phrase with "of" and then the name in apposition before the verb', () => {
    const text = 'The vote is set for Tuesday.\n“We will win this one,” Ohio Rep. Dana Miller’s chief of staff, Joe Kasper, told reporters before the vote.';
    const q = find(text, 'win this');
    expect(q.speaker).toBe('Joe Kasper');
    expect(q.cue).toBe('told');
  });

  it('reads a reporting verb the tagger took for the last noun of the phrase after an open quotation', () => {
    const text = 'The paper was shared with lawmakers.\n"Today, the kingdom is a leading partner in fighting terrorism," the Saudis state in the white paper.';
    const q = find(text, 'kingdom');
    expect(q.mention).toBe('the Saudis');
    expect(q.cue).toBe('state');
  });
});

describe('the cue after a quotation, past closing marks and long appositives', () => {
  it('reads a name and verb after a question that closes a quotation nested inside the quotation', () => {
    const text = 'Alvarez runs the field office.\n“When she heard about it, her response was, ‘What can we do to help?’” Alvarez told reporters during a call on Tuesday.';
    const q = find(text, 'When she heard');
    expect(q.speaker).toBe('Alvarez');
    expect(q.cue).toBe('told');
  });

  it('reads "X said:" after a quotation left open by a comma, though the colon introduces more', () => {
    const text = 'Both men promised to be tougher.\n"This is the myth his whole campaign rests on," Moreno said: That his rival is purer than everyone else.';
    const q = find(text, 'myth his whole');
    expect(q.speaker).toBe('Moreno');
    expect(q.cue).toBe('said');
  });

  it('reads a name whose appositive runs into the verb without a closing comma', () => {
    const text = 'The race has tightened.\n“The senator needs a plan for these voters,” Nate Hollis, the analyst who founded the polling site tweeted on Wednesday.';
    const q = find(text, 'needs a plan');
    expect(q.speaker).toBe('Nate Hollis');
    expect(q.cue).toBe('tweeted');
    const text2 = 'The ad aired Friday.\n"He says different things to different crowds,"Katie Brandt, who is chairman of the Better Future group said in a statement.';
    const q2 = find(text2, 'different crowds');
    expect(q2.speaker).toBe('Katie Brandt');
    expect(q2.cue).toBe('said');
  });

  it('does not take the verb of a relative clause in the appositive as the report', () => {
    const text = 'The meeting ran late.\n“We are done here,” Maria Lopez, a teacher who said she had quit in May.';
    const q = find(text, 'done here');
    expect(q.cue).not.toBe('said');
  });
});

describe('a colon after the cue', () => {
  it('keeps "X said:" for what follows when the quotation ends a clause that opened the sentence', () => {
    const text = 'After Scalia said that some students might do better at "less advanced schools," Trump said: "I don\'t like what he said."';
    const q = find(text, 'less advanced');
    expect(q.speaker).not.toBe('Trump');
  });
});

describe('a name before a colon that introduces a quotation', () => {
  it('is not the speaker when it is the object of a preposition', () => {
    const text = 'Ortiz contrasted the Republican candidate, whom he described as "volatile," with Clinton: "What I have seen working with her is a steady hand."';
    const q = find(text, 'steady hand');
    expect(q.speaker).not.toBe('Clinton');
  });

  it('still is when the preposition belongs to a title', () => {
    const text = 'The hearing went on for hours.\n\nFormer secretary of state Jane Whitfield:"We learned that from the department and its analysis."';
    const q = find(text, 'We learned');
    expect(q.speaker).toBe('Jane Whitfield');
  });
});
