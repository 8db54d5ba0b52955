import { describe, expect, it } from 'vitest';
import { extractQuotes, extractStatements } from '../../src/quotes/extractQuotes';

/**
 * A he/she whose name is out of reach continues the speaker of the same pronoun in the paragraph
 * before: "“…,” she said. ¶ “…,” she said." are one speaker's words.
 */
describe('a pronoun continuing the same pronoun’s speaker', () => {
  const text = 'Jen Psaki leads the press office at the White House.\n\n' +
    'Black turnout fell sharply in 2014, and organisers worry.\n\n' +
    '“The campaign is in panic mode,” she said.\n\n' +
    '“They have a big problem,” she said.';

  it('takes the speaker of the previous paragraph’s "she"', () => {
    expect(extractQuotes(text).map((q) => q.speaker)).toEqual(['Jen Psaki', 'Jen Psaki']);
  });

  it('not from further back than the paragraph before, nor across genders', () => {
    const far = text.replace('“They have', 'Turnout in Miami fell too.\n\n“They have');
    expect(extractQuotes(far).map((q) => q.speaker)).toEqual(['Jen Psaki', null]);
    const he = text.replace('big problem,” she said', 'big problem,” he said');
    expect(extractQuotes(he).map((q) => q.speaker)).toEqual(['Jen Psaki', null]);
  });
});

describe('a pronoun after an unnamed person became the subject', () => {
  it('is not the named person further back ("the questioner quickly cut her off. “…,” he exclaimed")', () => {
    const text = [
      'In the coverage, President Vladimir V. Putin is depicted as a modernizing leader.',
      'Most analysts toe the line, and any who do not are rebuked.',
      'When one analyst recently said on the air that the annexation remained an issue, the questioner quickly cut her off. "Crimea is off the table," he exclaimed.',
    ].join('\n\n');
    const q = extractQuotes(text).find((x) => x.text.includes('Crimea'))!;
    expect(q.speaker).not.toBe('Vladimir V. Putin');
  });
});

describe('a pronoun of the other gender than the text gave a person', () => {
  it('is not that person, though the name gives no gender ("… she said" then "He also wants …")', () => {
    const text = 'Conservative economist Aparna Mathur, who studies tax policy at a think tank, said the statement did not clarify the matter. ' +
      '"I do not see details about who is left out," she said after reading the outline. ' +
      'The team has said single people would qualify for the tax breaks under the broader plan. ' +
      'The candidate proposes allowing parents to deduct the cost of care from their taxes. ' +
      'He also wants to extend six weeks of paid leave to new birth mothers.';
    const statements = extractStatements(text);
    expect(statements.filter((q) => q.speaker === 'Aparna Mathur').map((q) => q.cue)).toEqual(['said', 'said']);
    expect(statements.some((q) => q.text.includes('paid leave') && q.speaker === 'Aparna Mathur')).toBe(false);
  });
});

describe('an indefinite title as a sentence subject between a name and a pronoun', () => {
  it('takes the pronoun: "A president who authorized the raid …" (not a possessive named before)', () => {
    const text = "Mr. Obama has in the last year secured a landmark nuclear deal with Iran. But each of those agreements has its critics. " +
      "The resurgence of Vladimir V. Putin's Russia and the rise of the Islamic State have unsettled many Americans. " +
      'A president who authorized the raid that killed Osama bin Laden will instead hand his successor an unresolved war. ' +
      "Where he used to boast that he had decimated ''core Al Qaeda,'' on Tuesday night he said it still posed ''a direct threat'' to Americans.";
    expect(extractQuotes(text).map((q) => q.speaker)).toEqual([null, null]);
  });

  it('not when the title is an object: "He met a minister who …"', () => {
    const text = 'Jens Stoltenberg spoke in Brussels on Monday. He met a minister who arrived late. “We are ready,” he said.';
    expect(extractQuotes(text).map((q) => q.speaker)).toEqual(['Jens Stoltenberg']);
  });
});

describe('someone who speaks for a named person', () => {
  it('is the speaker, unnamed, not the person spoken for ("a representative for Mr. Pinchuk said …")', () => {
    const text = 'Victor Pinchuk, a steel magnate, gave money to the foundation. A representative for Mr. Pinchuk said the investigation had nothing to do with the State Department. ' +
      'He added that at least 100 other people had attended the dinner party at the house.';
    const statements = extractStatements(text);
    expect(statements.some((q) => q.speaker === 'Victor Pinchuk')).toBe(false);
    expect(statements.find((q) => q.text.startsWith('the investigation'))?.speaker).toBe('A representative for Mr. Pinchuk');
  });

  it('plural agents with no determiner speak for them too ("Spokesmen for Bill Clinton and Chelsea Clinton … declined")', () => {
    const speakers = (text: string) => extractStatements(text).map((q) => q.speaker);
    expect(speakers('The foundation grew. Spokesmen for Bill Clinton and Chelsea Clinton and the foundation declined to comment.')).not.toContain('Bill Clinton');
    expect(speakers('The report was out. Aides to Bill Clinton said the report was wrong.')).toEqual(['Aides to Bill Clinton']);
    // A capitalised singular before a name is a title: "Assistant to the President Ben Rhodes" is Ben Rhodes.
    expect(speakers('Assistant to the President Ben Rhodes said the deal was good.')).toEqual(['Ben Rhodes']);
  });

  it('a spokeswoman for Trump is not Trump; a named spokeswoman is herself', () => {
    expect(extractQuotes('Donald Trump spoke in Ohio. “We will not comment on rumors,” a spokeswoman for Trump said.').map((q) => q.speaker)).toEqual(['a spokeswoman for Trump']);
    expect(extractQuotes('Donald Trump spoke in Ohio. Hope Hicks, a spokeswoman for Trump, spoke later. “He is busy,” she said.').map((q) => q.speaker)).toEqual(['Hope Hicks']);
  });
});

describe('a pronoun after a sentence opening with a subordinate clause', () => {
  it('is the person the main clause brings in, not the clause’s subject ("While Obama had …, … concerns Henry Crespo")', () => {
    const text = [
      'President Barack Obama spoke at a rally in Miami on Monday.',
      'While Obama had a wide array of black artists writing songs about him, that has not been happening for Clinton, which is something that concerns Henry Crespo, president of a caucus in Miami.',
      '“No one is writing songs for Hillary. Obama had will.i.am,” he said.',
    ].join('\n\n');
    expect(extractQuotes(text).find((q) => q.text.includes('songs'))!.speaker).toBe('Henry Crespo');
  });

  it('keeps the clause’s subject when the main clause names no one ("When Kasich …, he …")', () => {
    const text = [
      'When Mr. Kasich was asked about the budget, the answer came quickly.',
      '“We balanced it,” he said.',
    ].join('\n\n');
    expect(extractQuotes(text).map((q) => q.speaker)).toEqual(['Kasich']);
  });
});
