/**
 * A role the corpus prints without a country ("President Joe Biden") answers for the asked
 * country only when a sentence naming the person opens in that country or its capital ("In
 * Washington, President Joe Biden …"); a country merely mentioned beside them is not theirs.
 */
import { describe, expect, it } from 'vitest';
import { createDesk } from '../../src/desk/createDesk';
import { deskFrom } from '../claims/support';

const desk = createDesk(
  deskFrom([
    {
      outlet: 'Alpha News',
      body: [
        'In Washington, President Joe Biden held a secure call with European leaders on Wednesday.',
        '“Our analysts indicate that they remain very much in a threatening position,” Biden said.',
        'Russia has massed troops near the border, President Joe Biden said on Tuesday.',
      ].join('\n\n'),
    },
  ]),
);
const speakers = (question: string) => [...new Set(desk.ask(question).answers.map((a) => a.speaker))];

describe('a role printed without a country', () => {
  it('is the asked country’s when a sentence naming the person opens there', () => {
    expect(speakers('what did the american president say')).toEqual(['Joe Biden']);
    expect(speakers('what did the us president say')).toEqual(['Joe Biden']);
  });

  it('is not another country’s, even one mentioned beside them', () => {
    expect(speakers('what did the russian president say')).toEqual([]);
    expect(speakers('what did the french president say')).toEqual([]);
  });
});

describe('a role printed without a country, its country the sentence’s subject', () => {
  const kyiv = createDesk(
    deskFrom([
      {
        outlet: 'Beta Times',
        body: [
          'Kyiv has been unnerved at times by the U.S. warnings that war may be imminent, but Defense Minister Oleksii Reznikov said he had received no reports confirming a Russian pullback.',
          'Russia has denied any invasion plans, officials said.',
        ].join('\n\n'),
      },
    ]),
  );
  const said = (question: string) => [...new Set(kyiv.ask(question).answers.map((a) => a.speaker))];

  it('is that country’s official, named in the clause joined after it', () => {
    expect(said("what did ukraine's defence minister say")).toEqual(['Oleksii Reznikov']);
    expect(said('what did the ukrainian defence chief say')).toEqual(['Oleksii Reznikov']);
  });

  it('is not another country’s', () => {
    expect(said('what did the russian defence minister say')).toEqual([]);
    expect(kyiv.ask('what did the russian defence minister say').note).toContain('It names Oleksii Reznikov for that role without a country');
  });
});
