import { describe, expect, it } from 'vitest';
import { createDesk } from '../../src/desk/createDesk';
import { mentionsName } from '../../src/answer/unmatchedNames';
import { processQueryTerm } from '../../src/search/analyzeText';
import { deskFrom } from '../claims/support';

// "how many votes did susan brooks get in her last house race" was answered from a story about a
// town hall in Brooklyn: the search matches "Brooks" by its stem "brook" as a prefix of
// "Brooklyn", so that story seemed to name her. A name is mentioned by its own word.
const story = (brooksLine: string) =>
  createDesk(
    deskFrom([
      {
        outlet: 'Alpha',
        title: 'Brooks eyes the governorship',
        body: `${brooksLine}\n\nThe filing deadline is in July.`,
      },
      {
        outlet: 'Beta',
        title: 'Town hall',
        body: 'At a town hall in Brooklyn, Clinton won 12,000 votes in the race, her campaign said.\n\nSanders drew a smaller crowd.',
      },
    ]),
  );

describe('a name the question gives is mentioned by its own word', () => {
  it('is not mentioned by a longer word its stem begins', () => {
    expect(mentionsName('At a town hall in Brooklyn, Clinton spoke.', processQueryTerm('Brooks')!)).toBe(false);
    expect(mentionsName('The crowd applauded.', processQueryTerm('apple')!)).toBe(false);
  });
  it('is mentioned as typed, possessive or with a longer spelling of the typed word', () => {
    expect(mentionsName("Rep. Susan Brooks's campaign said so.", processQueryTerm('brooks')!)).toBe(true);
    expect(mentionsName('President Volodymyr Zelenskyy spoke.', processQueryTerm('zelensky')!)).toBe(true);
  });
  it('gets no answers from a story that only a longer word seems to name', () => {
    const desk = story('Rep. Susan Brooks is planning to leave her House race to run for governor of Indiana.');
    expect(desk.ask('how many votes did Brooks get in the race').answers).toEqual([]);
  });
  it('answers from the story that names the person', () => {
    const desk = story('Rep. Susan Brooks won 52,000 votes in her House race, and now plans to run for governor of Indiana.');
    expect(desk.ask('how many votes did Brooks get in the race').answers[0]?.text).toContain('52,000 votes');
  });
});
