import { describe, expect, it } from 'vitest';
import { extractStatements } from '../../src/quotes/extractQuotes';

const speakers = (text: string) => extractStatements(text).map((q) => [q.kind, q.speaker]);

describe('a surname several people of a text share', () => {
  it('a bare surname is the person the text names in full most often, not the last one introduced', () => {
    const text = 'Sen. Ted Cruz endorsed Donald Trump on Friday. Ted Cruz had refused to do so in July. ' +
      'Trump had insulted his wife, Heidi Cruz, during the primaries.\n\n' +
      '“I am not in the habit of supporting people who attack my wife,” Cruz said.\n\n' +
      'Cruz said he had areas of significant disagreement with Trump.';
    // The stances ("Ted Cruz endorsed …", "Ted Cruz had refused to do so …", "Trump had insulted …") are their
    // subjects' statements too. (The refusal was missed while the tagger's "Ted"/VERB hid the subject.)
    expect(speakers(text)).toEqual([['reported', 'Ted Cruz'], ['reported', 'Ted Cruz'], ['reported', 'Donald Trump'], ['quote', 'Ted Cruz'], ['reported', 'Ted Cruz']]);
  });

  it('bare surnames printed before a namesake is named are the first person\'s, and count for them', () => {
    const text = 'Sen. Chris Murphy spoke on the Senate floor for fifteen hours.\n\n' +
      'Murphy said the filibuster was a last resort. Murphy thanked his colleagues.\n\n' +
      'He paid tribute to a teacher’s aide, Anne Marie Murphy, who died at the school. ' +
      'Relatives of Anne Marie Murphy were in the gallery.\n\n' +
      '“It takes courage to stand between a child and a gunman,” Murphy said.';
    expect(speakers(text)).toEqual([['reported', 'Chris Murphy'], ['reported', 'Chris Murphy'], ['quote', 'Chris Murphy']]);
  });

  it('two spellings of one name ("Donald Trump", "Donald J. Trump") keep the full-name count\'s order', () => {
    const text = 'Donald Trump spoke in Ohio. Trump said the plant would stay open.\n\n' +
      'Donald J. Trump, the nominee, met workers. Donald J. Trump toured the floor.\n\n' +
      '“We will keep these jobs,” Trump said.';
    expect(speakers(text)).toEqual([['reported', 'Donald J. Trump'], ['quote', 'Donald J. Trump']]);
  });

  it('a gendered honorific keeps to that gender', () => {
    const text = 'Heidi Cruz campaigned in Iowa. Ted Cruz and Ted Cruz’s staff stayed in Texas; Ted Cruz later flew in.\n\n' +
      '“We are grateful,” Mrs. Cruz said.';
    expect(speakers(text)).toEqual([['quote', 'Heidi Cruz']]);
  });

  it('a capitalised word before a known surname is no new person (“Injecting Clinton’s troubles …”)', () => {
    const text = 'Hillary Clinton spoke in Florida on Friday.\n\n' +
      'Injecting Clinton’s marital troubles into the campaign is Trump’s latest effort.\n\n' +
      'Clinton said she was awake all night after the attacks.';
    expect(speakers(text)).toEqual([['reported', 'Hillary Clinton']]);
  });
});

describe('a name modifying the role in a speaker mention', () => {
  it('is not the speaker: the role holder named after it is', () => {
    const intro = 'Hillary Clinton spoke on Monday.\n\n';
    expect(speakers(`${intro}Clinton communication director Jennifer Palmieri said Trump is reduced to "taunts and insults" because he cannot defend his own record.`))
      .toEqual([['quote', 'Jennifer Palmieri']]);
    expect(speakers(`${intro}Hillary Clinton’s campaign manager Robby Mook said the debate went well for her.`)).toEqual([['reported', 'Robby Mook']]);
    expect(speakers(`${intro}“It went well,” said Hillary Clinton’s campaign manager Robby Mook.`)).toEqual([['quote', 'Robby Mook']]);
  });

  it('is not the speaker when the title and holder are read as one titled mention ("said Harbor Watch President Tom Ferris")', () => {
    expect(speakers('“The ruling is a major victory,” said Harbor Watch president Tom Ferris.')).toEqual([['quote', 'Tom Ferris']]);
    expect(speakers('“The email was hidden for years,” said Harbor Watch President Tom Ferris.')).toEqual([['quote', 'Tom Ferris']]);
  });

  it('an appositive still names its first person', () => {
    expect(speakers('“We are ready,” said Kenneth Baer, a former Obama administration official.')).toEqual([['quote', 'Kenneth Baer']]);
  });
});

describe('a bare surname whose own report gives its gender', () => {
  it('is the person of that gender ("Trump says he would pay …" beside Ivanka Trump, named more often)', () => {
    const text = 'Donald Trump proposed a leave plan. Ivanka Trump, his eldest daughter, spoke on Monday. Ivanka Trump said the plan was fair. ' +
      'Ivanka Trump wrote an essay about it. Trump says he would pay for it by eliminating fraud.';
    const statements = extractStatements(text);
    expect(statements.find((q) => q.text.startsWith('he would pay'))?.speaker).toBe('Donald Trump');
    expect(statements.find((q) => q.text.startsWith('the plan was fair'))?.speaker).toBe('Ivanka Trump');
  });
});
