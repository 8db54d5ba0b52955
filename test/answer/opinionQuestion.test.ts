import { describe, expect, it } from 'vitest';
import { createDesk } from '../../src/desk/createDesk';
import { asOpinionQuestion } from '../../src/answer/opinionQuestion';
import { deskFrom } from '../claims/support';

describe('asOpinionQuestion', () => {
  it.each([
    ['what do people think about sending troops', 'what percent of people sending troops'],
    ['how many ppl think there will be a war?', 'what percent of people think there will be a war'],
    ['do americans support the decision', 'what percent of americans support the decision'],
    ['what does the public think of the wall', 'what percent of public the wall'],
    // Who was asked may follow the group.
    ['how many people in the poll think russia will invade', 'what percent of people think russia will invade'],
    ['how many americans polled think there will be war', 'what percent of americans think there will be war'],
    ['what do voters surveyed think about sending troops', 'what percent of voters sending troops'],
    // A poll is no speaker: what it "said" about a topic is its shares.
    ['what did the poll say about sending troops', 'what percent of people sending troops'],
    ['what are the latest polls saying on the wall', 'what percent of people the wall'],
  ])('%s → a share question', (q, rewritten) => {
    expect(asOpinionQuestion(q)).toBe(rewritten);
  });
  it.each(['what do the russians say about nato', 'what did the germans say', 'what do officials think', 'what did Biden say about troops', 'how many troops are there', 'what did the residents say', 'what did people say about the flag'])(
    '%s is not about public opinion',
    (q) => {
      expect(asOpinionQuestion(q)).toBeNull();
    },
  );
});

describe('opinion questions answered by a poll', () => {
  // The poll shares fewer words with the question than the sentences about people thinking.
  const desk = createDesk(
    deskFrom([
      {
        outlet: 'Alpha',
        body:
          'People in Kyiv think the troops sent to eastern Europe will not stop an attack, residents said.\n\n' +
          'However, 54% of Americans support Biden’s decision to deploy thousands of troops to eastern Europe, a poll found.\n\n' +
          'Biden is sending soldiers to Poland, people familiar with the plan said.',
      },
    ]),
  );
  it('"what do people think about X" ranks the poll figure first, not statements by "people"', () => {
    const result = desk.ask('what do people think about biden sending soldiers to eastern europe');
    expect(result.intent).toBe('how-many');
    expect(result.answers[0]?.text).toContain('54% of Americans support');
  });
});

describe('a poll asked as if it spoke', () => {
  const desk = createDesk(
    deskFrom([
      {
        outlet: 'Alpha',
        body:
          'If war does break out, 57% said the U.S. should not send troops into Ukraine, while 32% supported such a move.\n\n' +
          'Some 55% of Americans believe tensions will lead to war, according to a national poll released Wednesday by Quinnipiac University.\n\n' +
          'Washington and its allies have ruled out sending troops to Ukraine, officials said.',
      },
    ]),
  );
  it('"what did the poll say about X" is answered by the poll’s shares, not "No statements by the poll"', () => {
    expect(desk.ask('what did the poll say about sending troops').answers[0]?.text).toContain('57% said');
  });
  it('"what did the quinnipiac poll say" is a search for that poll', () => {
    const result = desk.ask('what did the quinnipiac poll say');
    expect(result.intent).not.toBe('what-said');
    expect(result.answers[0]?.text).toContain('Quinnipiac');
  });
});
