/**
 * Names and titles as chat clips them (issue #14): a given name cut short ("vlad putin" is
 * Vladimir Putin), never a different given name that merely starts the same way ("Eric" is not
 * Erica), and "sec" for secretary ("the white house press sec", "sec of state").
 */
import { describe, expect, it } from 'vitest';
import { createDesk } from '../../src/desk/createDesk';
import { deskFrom } from '../claims/support';
import { speakersDesk } from './speakerDesks';

const desk = createDesk(
  deskFrom([
    {
      outlet: 'Alpha News',
      body: [
        'Russian President Vladimir Putin met the chancellor in Moscow.',
        '“We want to solve this issue now through peaceful means,” Putin said.',
        'White House press secretary Jen Psaki spoke at the daily briefing.',
        '“We remain in the window,” Psaki said.',
        'Secretary of State Antony Blinken spoke to NBC News.',
        '“We continue to see critical units moving toward the border,” Blinken said.',
        'Erica Trump, a designer, spoke at the opening of her shop.',
        '“The spring collection is my favourite,” Erica Trump said.',
      ].join('\n\n'),
    },
  ]),
);

const speakers = (q: string) => [...new Set(desk.ask(q).answers.map((a) => a.speaker))];

describe('a given name cut short', () => {
  it('is the given name it starts', () => {
    expect(speakers('what did vlad putin say')).toEqual(['Vladimir Putin']);
  });

  it('is never another given name of its own', () => {
    expect(speakers('what did eric trump say')).toEqual([]);
  });
});

describe('chat "sec" for secretary', () => {
  it('reads "press sec" and "sec of state" as the roles', () => {
    expect(speakers('whats the white house press sec been saying')).toEqual(['Jen Psaki']);
    expect(speakers('what did the sec of state say')).toEqual(['Antony Blinken']);
  });

  it('reads "sec gen" as secretary general', () => {
    const org = createDesk(speakersDesk());
    const by = (q: string) => [...new Set(org.ask(q).answers.map((a) => a.speaker))];
    expect(by('what did the nato sec gen say')).toEqual(['Jens Stoltenberg']);
    expect(by('what did the nato secgen say')).toEqual(['Jens Stoltenberg']);
  });
});

describe('chat\'s loose head for someone of an organisation', () => {
  const org = createDesk(speakersDesk());
  const by = (q: string) => [...new Set(org.ask(q).answers.map((a) => a.speaker))];

  it('is its leader ("the nato guy" is the NATO chief)', () => {
    expect(by('the nato guy quotes?')).toEqual(['Jens Stoltenberg']);
    expect(by('what did the nato guy say')).toEqual(['Jens Stoltenberg']);
  });

  it('is the organisation when nobody leads it, or several are asked for', () => {
    expect(by('what did the kremlin guys say').sort()).toEqual(['Dmitry Peskov', 'the Kremlin']);
  });

  it('is nobody when nothing is named before it', () => {
    expect(org.ask('what did the guy say').answers).toEqual([]);
  });
});

describe('chat shorthand for titles, parties and nicknames', () => {
  const chat = createDesk(
    deskFrom([
      {
        outlet: 'Delta Daily',
        body: [
          'Former Secretary of State Hillary Clinton spoke in Ohio.',
          '“We will raise wages for working families,” Clinton said.',
          'Vice President Joe Biden campaigned in Scranton.',
          '“This election is about the middle class,” Biden said.',
          'Sen. Ted Cruz held a rally in Iowa.',
          '“We will repeal every word of it,” Cruz said.',
          '“The polls are tightening,” the GOP nominee said in a statement.',
          '“We expect a long night,” the Democratic nominee said in a statement.',
        ].join('\n\n'),
      },
    ]),
  );
  const by = (q: string) => [...new Set(chat.ask(q).answers.map((a) => a.speaker))];

  it('reads "sec" before a name, "the veep" and "teddy" as what they stand for', () => {
    expect(by('what did sec clinton say')).toEqual(['Hillary Clinton']);
    expect(by('what did the veep say')).toEqual(['Joe Biden']);
    expect(by('what did teddy cruz say')).toEqual(['Ted Cruz']);
  });

  it('reads "dem" as Democratic, never as any nominee', () => {
    expect(by('what did the dem nominee say')).toEqual(['the Democratic nominee']);
  });
});

describe('a party or a shorthand role asked for', () => {
  const party = createDesk(
    deskFrom([
      {
        outlet: 'Echo Herald',
        body: [
          '“We will win this state in November,” the Democratic frontrunner wrote in an op-ed.',
          '“The convention will be open,” said a GOP front-runner aide.',
          'British Prime Minister Theresa Clarke met the Irish premier.',
          '“The border will stay open,” Clarke said.',
          '“The tube fares will be frozen,” the British capital’s new mayor said on Tuesday.',
        ].join('\n\n'),
      },
    ]),
  );
  const by = (q: string) => [...new Set(party.ask(q).answers.map((a) => a.speaker))];

  it('never answers with another party’s holder of the role', () => {
    expect(by('what did the gop frontrunner say')).not.toContain('the Democratic frontrunner');
    expect(by('what did the dem frontrunner say')).toEqual(['the Democratic frontrunner']);
  });

  it('reads "pm" as prime minister and "teh" as "the"', () => {
    expect(by('what did the british pm say')).toEqual(['Theresa Clarke']);
    expect(by('what did teh british pm say')).toEqual(['Theresa Clarke']);
  });
});
