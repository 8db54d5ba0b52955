import { describe, expect, it } from 'vitest';
import { createDesk } from '../../src/desk/createDesk';
import { deskFrom } from '../claims/support';

// "How big is christie's bill for snacks" asks for a sum: a size question wanted an area, a length
// or a count, and a sentence giving "a concessions bill in excess of $80,000" was no answer.
const desk = createDesk(
  deskFrom([
    {
      outlet: 'Alpha',
      title: 'Governor at the stadium',
      body: [
        'The governor has attended many football games since taking office, racking up a concessions bill in excess of $80,000, a watchdog report said.',
        'The governor is better known as a fan of the visiting team.',
      ].join('\n\n'),
    },
    {
      outlet: 'Beta',
      title: 'The resort',
      body: 'The owner listed the seaside resort in his disclosure with a mortgage worth more than $50 million.\n\nThe resort has hosted a golf event since 1962.',
    },
  ]),
);

describe('a sum or a share sizes the thing it follows', () => {
  it('answers how big a bill is with the sum right after it', () => {
    expect(desk.ask("how big is the governor's bill at football games").answers[0]?.text).toContain('in excess of $80,000');
  });
  it('does not size a resort by a mortgage on it', () => {
    expect(desk.ask('how big is the seaside resort').answers).toEqual([]);
  });
});
