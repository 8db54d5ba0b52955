import { describe, expect, it } from 'vitest';
import { createDesk } from '../../src/desk/createDesk';
import { deskFrom } from '../claims/support';

/** Sentences the quotation reader gives no statement ('' … '' marks), whose cue names a surname alone. */
const desk = createDesk(deskFrom([
  {
    outlet: 'Alpha News',
    body: [
      'Former President George W. Bush opened the museum on Saturday.',
      "''This museum tells the truth that a country founded on liberty held thousands in chains,'' Mr. Bush declared.",
    ].join('\n\n'),
  },
  {
    outlet: 'Beta Times',
    body: [
      'Former Florida Governor Jeb Bush spoke in Miami about the primaries.',
      '“We will keep fighting in every state,” Jeb Bush said.',
      'Talk show host Larry King has a new show on a cable network.',
      "''They pay us a lot of money, and we need money to pay our producers,'' Mr. King said.",
    ].join('\n\n'),
  },
  {
    outlet: 'Gamma Post',
    body: [
      'Strategist David Axelrod on Wednesday called on the former governor to apologize to the nominee for his remarks.',
      'Voter Bryan Anderson spoke to reporters after the rally in Miami.',
      'Anderson largely agreed with the others and seemed to think the outreach to young voters was somewhat phony.',
      'Democratic nominee Hillary Clinton spoke in Ohio on Monday.',
      'Investigators found no evidence that the hacker ever reached Clinton’s email server at any point.',
    ].join('\n\n'),
  },
]));

describe('who said: the cue of a sentence with no statement', () => {
  it('is any of the quotation reader\'s reporting verbs, after a weekday or an adverb', () => {
    expect(desk.ask('who said "to apologize to the nominee for his remarks"').answers[0]?.speaker).toBe('David Axelrod');
    expect(desk.ask('who said "the outreach to young voters was somewhat phony"').answers[0]?.speaker).toBe('Bryan Anderson');
  });
});

describe('who said: no cue', () => {
  it('is a possessive followed by a word that is also a reporting verb', () => {
    const answers = desk.ask('who said "no evidence that the hacker ever reached"').answers;
    expect(answers[0]?.text).toContain('no evidence');
    expect(answers[0]?.speaker).toBeNull();
  });
});

describe('who said: a cue giving a surname alone', () => {
  it('is the person the article names in full with that surname, though the corpus has several', () => {
    const answers = desk.ask('who said "This museum tells the truth that a country founded on liberty"').answers;
    expect(answers[0]?.speaker).toBe('George W. Bush');
  });

  it('is the full name the article prints with a common first name, though the registry lacks it', () => {
    const answers = desk.ask('who said "They pay us a lot of money, and we need money"').answers;
    expect(answers[0]?.speaker).toBe('Larry King');
  });
});

describe('a cue naming someone the people registry lacks', () => {
  // "Bloomberg" is also an outlet's name here, so the registry holds no person of it.
  const unlisted = createDesk(deskFrom([
    {
      outlet: 'Delta Daily',
      body: [
        'Bloomberg News reported the numbers on Monday.',
        'It was less than three years ago that Michael Bloomberg, who is thinking about running for president, said it was "impossible" for an independent to win the White House.',
      ].join('\n\n'),
    },
  ]));

  it('is the full name as printed, when it opens with a common first name', () => {
    expect(unlisted.ask('who said "for an independent to win the White House"').answers[0]?.speaker).toBe('Michael Bloomberg');
    const said = unlisted.ask('what did Michael Bloomberg say');
    expect(said.answers.map((a) => a.speaker)).toEqual(['Michael Bloomberg']);
    expect(said.answers[0]?.text).toContain('impossible');
  });

  it('is found for the name typed in lowercase, as chat types it', () => {
    for (const question of ['michael bloomberg quotes?', 'whats michael bloomberg been saying']) {
      expect(unlisted.ask(question).answers.map((a) => a.speaker), question).toEqual(['Michael Bloomberg']);
    }
    expect(unlisted.ask('what did emmanuel bloomberg say').answers).toEqual([]);
  });
});

describe('who said: a quotation the reader gave no speaker', () => {
  const introduced = createDesk(deskFrom([
    {
      outlet: 'Delta Daily',
      body: 'The timing of Sanders’ surge doesn’t surprise Republican pollster Daron Shaw: “Historically, lesser-known candidates beating establishment candidates in early states is common.”',
    },
  ]));

  it('is the full name introducing it with a colon', () => {
    const answers = introduced.ask('who said "lesser-known candidates beating establishment candidates in early states"').answers;
    expect(answers[0]?.speaker).toBe('Daron Shaw');
  });
});

describe('a reporting verb in its base form after a name', () => {
  const complement = createDesk(deskFrom([
    {
      outlet: 'Delta Daily',
      body: [
        'Russian President Vladimir Putin met the delegation in Moscow on Monday.',
        'State television has exerted increasing control over news coverage, in ways that help Mr. Putin maintain the image of a strong leader.',
      ].join('\n\n'),
    },
  ]));

  it('is another verb\'s complement, no report of theirs: nothing credited to Putin', () => {
    const who = complement.ask('who said "maintain the image of a strong leader"').answers;
    expect(who[0]?.text).toContain('maintain the image');
    expect(who[0]?.speaker).toBeNull();
    expect(complement.ask('what did the russian president say').answers).toEqual([]);
    expect(complement.ask('what did putin say').answers).toEqual([]);
  });

  it('after a plural subject it is a report: "critics like Huffman say …"', () => {
    const plural = createDesk(deskFrom([{
      outlet: 'Delta Daily',
      body: 'Representative Jared Huffman spoke on Monday.\n\nIf the senator loses the primary, critics like Huffman say it would help the family keep its influence over the seat.',
    }]));
    expect(plural.ask('who said "help the family keep its influence over the seat"').answers[0]?.speaker).toBe('Jared Huffman');
  });
});

describe('a reporting verb whose everyday sense is something else', () => {
  const senses = createDesk(deskFrom([
    {
      outlet: 'Delta Daily',
      body: [
        'Political consultant Paul Manafort advised the party for a decade.',
        'Mr. Manafort began working in Ukraine after the popular uprising of that winter.',
        "Strategist David Axelrod continued: ''The race is far from over, and the numbers will move again.''",
        'Campaign manager Corey Lewandowski spoke to reporters in Manchester.',
        'Even after the complaint was filed, Lewandowski continued to say he had never touched the reporter.',
      ].join('\n\n'),
    },
  ]));

  it('is no report when no words follow it ("began working in Ukraine")', () => {
    const who = senses.ask('who said "working in Ukraine after the popular uprising"').answers;
    expect(who[0]?.text).toContain('began working');
    expect(who[0]?.speaker).toBeNull();
    expect(senses.ask('what did manafort say').answers).toEqual([]);
  });

  it('is one when words or another reporting verb follow it ("continued: …", "continued to say")', () => {
    expect(senses.ask('who said "the race is far from over"').answers[0]?.speaker).toBe('David Axelrod');
    expect(senses.ask('who said "he had never touched the reporter"').answers[0]?.speaker).toBe('Corey Lewandowski');
  });
});
