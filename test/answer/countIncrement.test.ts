/**
 * "How many troops are near Ukraine" asks how many there are: a sentence giving only how many
 * were added ("another 7,000 troops", "by as many as 7,000 troops") answers another question.
 */
import { describe, expect, it } from 'vitest';
import { createDesk } from '../../src/desk/createDesk';
import { deskFrom } from '../claims/support';

const desk = createDesk(
  deskFrom([
    { outlet: 'Wire One', body: 'A senior U.S. official said late Wednesday that Russia has sent another 7,000 troops to areas near Ukraine.' },
    { outlet: 'Wire Two', body: 'Russia has massed about 150,000 troops east, north and south of Ukraine, sparking Western concerns near the border.' },
  ]),
);

describe('a how-many question about how many there are', () => {
  it('ranks the total before a figure of how many were added', () => {
    expect(desk.ask('how many russian troops are near ukraine').answers[0]?.text).toContain('150,000 troops');
  });

  it('but a question about what was added still takes the increment', () => {
    expect(desk.ask('how many more troops has russia sent near ukraine').answers[0]?.text).toContain('another 7,000 troops');
  });
});
