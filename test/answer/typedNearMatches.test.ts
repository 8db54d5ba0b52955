import { describe, expect, it } from 'vitest';
import { createDesk } from '../../src/desk/createDesk';
import { deskFrom } from '../claims/support';

// "what yr was the peace deal that recognizing the rebel areas would wreck": the answering
// sentence ("… would shatter a peace deal signed in 2015") holds "peace deal" and the year asked
// for, but the user's other words are not the article's ("recognise", "regions", "shatter"), so it
// covers less of the question than the floor asks and the question got no answer.
const desk = createDesk(
  deskFrom([
    {
      outlet: 'Alpha',
      title: 'Lawmakers press Putin',
      body:
        'Russian lawmakers urged Putin to recognise the rebel regions, a move that would shatter a peace deal signed in 2015.\n\n' +
        'Putin signalled that he was not inclined to back the motion.\n\n' +
        'The rebels have held the regions since the fighting began.',
    },
    {
      outlet: 'Beta',
      title: 'Talks in Brussels',
      body: 'Diplomats met in Brussels to discuss the crisis.\n\nThe talks ended without a deal.\n\nPeace in Europe depends on the talks, one minister said.',
    },
  ]),
);

describe('a near match that gives the kind of answer asked', () => {
  it('answers a when question below the coverage floor with the sentence giving the date', () => {
    expect(desk.ask('what year was the peace deal that the motion would wreck').answers[0]?.text).toContain('signed in 2015');
  });
  it('gives nothing when the words the corpus lacks outweigh what the near match holds', () => {
    // "separatists" and "wreck" are in no sentence: they weigh more than "peace deal".
    expect(desk.ask('what year was the peace deal that the separatists would wreck').answers).toEqual([]);
  });
  it('gives nothing when the near matches give no date', () => {
    expect(desk.ask('when will the diplomats in brussels meet the rebel leaders').answers).toEqual([]);
  });
});
