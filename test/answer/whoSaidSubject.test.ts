/**
 * "Who said …" when the sentence printing the words has no statement and no reporting verb
 * (issue #14): the person it opens with as its subject ("Chairman Jason Chaffetz on Tuesday
 * requested …"), unless the words name that person, the opening word is no verb ("Vance
 * supporters want …"), or the words lie in another clause.
 */
import { describe, expect, it } from 'vitest';
import { createDesk } from '../../src/desk/createDesk';
import { deskFrom } from '../claims/support';

const desk = createDesk(
  deskFrom([
    {
      outlet: 'Alpha News',
      published: '2022-02-10',
      body: [
        'House Oversight Committee Chairman Jason Chaffetz on Tuesday requested another inquiry into the missing museum funds.',
        'Mayor Rita Vance is eager to reopen the riverside boardwalk before the summer.',
        'Vance supporters want the harbor ferry back in service by June.',
        'Tom Ochoa baked the apple pies for the fair and Rita Vance brought a lemon cake with blueberry frosting.',
        'Rita Vance toured the flooded library on Monday.',
        'Councilman Omar Diaz hopes to rebuild the old granary as a public market.',
        'With his usual bluntness, Governor Alan Pike held forth on a long list of county grievances.',
        'When Vance brought up the closing of the cannery, Diaz scheduled a hearing.',
        'Diaz voters expect the tram line to reach the stadium.',
        'To Ms. Vance, the harbor festival represents a rebirth of the waterfront.',
        'But Diaz’s most pointed claim is that the county auditor ignored the flood reports.',
        'To the surprise of Rita Vance, the ferry schedule doubled in April.',
      ].join('\n\n'),
    },
  ]),
);

const speakerOf = (q: string) => desk.ask(q).answers[0]?.speaker ?? null;

describe('who said, from a sentence with no statement', () => {
  it('is the person the sentence opens with as its subject', () => {
    expect(speakerOf('who said another inquiry into the missing museum funds')).toBe('Jason Chaffetz');
    expect(speakerOf('who said reopen the riverside boardwalk before the summer')).toBe('Rita Vance');
  });

  it('is no one when the subject is a group named after the person', () => {
    expect(speakerOf('who said the harbor ferry back in service by June')).toBeNull();
  });

  it('is no one when the words lie in another clause', () => {
    expect(speakerOf('who said a lemon cake with blueberry frosting')).toBeNull();
  });

  it('reads a present-tense verb before "to" or "that", an irregular past, and an opening clause', () => {
    expect(speakerOf('who said rebuild the old granary as a public market')).toBe('Omar Diaz');
    expect(speakerOf('who said a long list of county grievances')).toBe('Alan Pike');
  });

  it('is no one when the words lie in the opening clause, or the -s word is a plural noun', () => {
    expect(speakerOf('who said the closing of the cannery')).not.toBe('Omar Diaz');
    expect(speakerOf('who said the tram line to reach the stadium')).toBeNull();
  });

  it('is the person whose view the sentence gives: "To X, …", "X’s claim is that …"', () => {
    expect(speakerOf('who said the harbor festival represents a rebirth of the waterfront')).toBe('Rita Vance');
    expect(speakerOf('who said the county auditor ignored the flood reports')).toBe('Omar Diaz');
    expect(speakerOf('who said the ferry schedule doubled in April')).toBeNull();
  });

  it('is no one when the words name the person', () => {
    expect(speakerOf('who said rita vance toured the flooded library')).toBeNull();
  });
});
