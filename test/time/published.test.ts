import { describe, expect, it } from 'vitest';
import { createDesk } from '../../src/desk/createDesk';
import { articleDates } from '../../src/time/articleDates';
import { formatAnswerText } from '../../src/console/formatAnswerText';
import { deskFrom } from '../claims/support';

/** One wire sentence printed on two days, and a sentence only one outlet printed. */
function datedDesk() {
  return deskFrom([
    { outlet: 'Alpha News', published: '2022-02-14', body: '“The pipeline will stay closed for now,” Scholz said.\n\nThe chancellor spoke in Berlin.' },
    { outlet: 'Beta Times', published: '2022-02-18', body: '“The pipeline will stay closed for now,” Scholz said.\n\nTalks on the pipeline resumed in Geneva.' },
  ]);
}

describe('publication dates on answers', () => {
  it('takes "now" as the newest publication date in the corpus, not the clock', () => {
    const dates = articleDates(datedDesk());
    expect(dates.newest).toBe('2022-02-18');
    expect(dates.oldest).toBe('2022-02-14');
  });

  it('gives every answer the date of its best-ranked copy, and each source its own', () => {
    const result = createDesk(datedDesk()).ask('pipeline');
    expect(result.answers.length).toBeGreaterThan(0);
    for (const answer of result.answers) {
      expect(answer.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(answer.published).toBe(answer.sources[0]!.published);
    }
    const wire = result.answers.find((a) => a.outlets.length === 2)!;
    expect(wire.sources.map((s) => [s.outlet, s.published])).toEqual(
      wire.outlets.map((o) => [o, o === 'Alpha News' ? '2022-02-14' : '2022-02-18']),
    );
    const geneva = result.answers.find((a) => a.text.includes('Geneva'))!;
    expect(geneva.published).toBe('2022-02-18');
  });

  it('shows the date next to each outlet in the console', () => {
    const text = formatAnswerText(createDesk(datedDesk()).ask('talks in Geneva'));
    expect(text).toContain('Beta Times (2022-02-18), "Article 1"');
  });
});
