import { describe, expect, it } from 'vitest';
import { createDesk } from '../../src/desk/createDesk';
import { deskFrom } from '../claims/support';

/** Statements in '' … '' marks, which the quotation reader does not read: only their cues attribute them. */
const desk = createDesk(deskFrom([
  {
    outlet: 'Alpha News',
    body: [
      'Leonard E. Burman, a tax economist, has studied the proposal for years.',
      "However laudable the goal, using the capital gains tax ''is a misguided approach,'' said Mr. Burman.",
      "''There's no empirical evidence whatsoever this would have any effect on management,'' Mr. Burman said.",
      'Talk show host Larry King has a new show on a cable network.',
      "''They pay us a lot of money, and we need money to pay our producers,'' Mr. King said.",
    ].join('\n\n'),
  },
]));

describe('what did X say: statements only a cue attributes', () => {
  it('answers with the sentences whose own cue names the person', () => {
    const answers = desk.ask('what did Leonard Burman say').answers;
    expect(answers.map((a) => a.speaker)).toEqual(['Leonard E. Burman', 'Leonard E. Burman']);
    expect(answers.map((a) => a.kind)).toEqual(['quote', 'quote']);
    expect(answers[1]?.text).toContain('no empirical evidence');
  });

  it('takes a full name the article prints though the registry lacks it, by topic too', () => {
    const answers = desk.ask('what did Larry King say about money').answers;
    expect(answers[0]?.speaker).toBe('Larry King');
    expect(answers[0]?.text).toContain('pay us a lot of money');
  });

  it('never answers for someone else of the surname', () => {
    expect(desk.ask('what did Boris King say').answers).toEqual([]);
    expect(desk.ask('what did Jeremy Burman say').answers).toEqual([]);
  });
});

describe('what did X say: cued statements beside the extracted ones', () => {
  const both = createDesk(deskFrom([
    {
      outlet: 'Beta Times',
      body: [
        'Senator Lindsey Graham spoke in Columbia on Monday.',
        '“We need a strong defense,” Graham said.',
        "''If anybody was looking for an off-ramp, this was it,'' Mr. Graham said.",
      ].join('\n\n'),
    },
  ]));

  it('adds the sentences whose own cue names a speaker to the statements the reader found', () => {
    const answers = both.ask('what did Lindsey Graham say').answers;
    expect(answers.map((a) => a.speaker)).toEqual(['Lindsey Graham', 'Lindsey Graham']);
    expect(answers.some((a) => a.text.includes('off-ramp'))).toBe(true);
  });
});

describe('what did X say: a cue with nothing said is no statement', () => {
  const bare = createDesk(deskFrom([
    {
      outlet: 'Gamma Post',
      body: [
        'Senator Lindsey Graham spoke in Columbia on Monday.',
        '“Is that all there is?”',
        'Graham asked.',
        'Graham laughed, heartily.',
        'Graham said in response.',
        "''If anybody was looking for an off-ramp, this was it,'' Mr. Graham said.",
        'Graham said the vote would come next week.',
      ].join('\n\n'),
    },
  ]));

  it('leaves out sentences that are only the name and the cue ("Graham asked.", "Graham said in response.")', () => {
    const texts = bare.ask('what did Lindsey Graham say').answers.map((a) => a.text);
    expect(texts.some((t) => t.includes('off-ramp'))).toBe(true);
    expect(texts.some((t) => t.includes('vote would come next week'))).toBe(true);
    expect(texts.filter((t) => /^Graham (?:asked|laughed|said in response)\b/.test(t))).toEqual([]);
  });
});

describe('what did X say: a name after its verb is the speaker only in an inverted attribution', () => {
  const told = createDesk(deskFrom([
    {
      outlet: 'Delta Daily',
      body: [
        'Former Attorney General Eric Holder spoke in Washington on Tuesday.',
        'Pretty soon she would have to tell Holder, who would have to tell the president.',
        'And the senator slammed Holder over the new guidance for prosecutors.',
        "''There is no case here for the department to pursue,'' said Mr. Holder.",
      ].join('\n\n'),
    },
  ]));

  it('takes "…,\'\' said Mr. Holder" as his, not "tell Holder" or "slammed Holder", whose Holder is spoken to or about', () => {
    const texts = told.ask('what did Eric Holder say').answers.map((a) => a.text);
    expect(texts.some((t) => t.includes('no case here'))).toBe(true);
    expect(texts.filter((t) => /tell Holder|slammed Holder/.test(t))).toEqual([]);
  });
});
