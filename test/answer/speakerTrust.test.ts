/**
 * Speaker questions a user typed that were answered with someone else's words (tenth session's
 * spot checks on PolNeAR and the seeds): a shared surname, a role one person held years ago,
 * a person's supporters, a nationality typed with a slip, a source counted by a figure.
 */
import { describe, expect, it } from 'vitest';
import { createDesk } from '../../src/desk/createDesk';
import { deskFrom } from '../claims/support';
import { speakersDesk } from './speakerDesks';

const speakersOf = (desk: ReturnType<typeof createDesk>, question: string) => desk.ask(question).answers.map((a) => a.speaker);

describe('a surname several people carry', () => {
  const cruzes = (tedQuoted: number) =>
    createDesk(
      deskFrom([
        ...Array.from({ length: tedQuoted }, (_, i) => ({
          outlet: `Outlet ${i}`,
          body: [`Sen. Ted Cruz spoke in Iowa on day ${i + 1}.`, `“We will win this state on day ${i + 1},” Cruz said.`].join('\n\n'),
        })),
        {
          outlet: 'Voices',
          body: ['Veronica Cruz, a student, watched the debate.', '“He is nowhere near qualified for the job,” Veronica Cruz said.'].join('\n\n'),
        },
      ]),
    );

  it('is the one the corpus quotes three times as often as the next', () => {
    const speakers = speakersOf(cruzes(3), 'what did cruz say');
    expect(speakers.length).toBe(3);
    expect(new Set(speakers)).toEqual(new Set(['Ted Cruz']));
  });

  it('without such a lead, lists them and answers for neither', () => {
    const result = cruzes(1).ask('what did cruz say');
    expect(result.answers).toEqual([]);
    expect(result.note).toMatch(/^Several people in the corpus fit “cruz”: (Ted Cruz, Veronica Cruz|Veronica Cruz, Ted Cruz)\./);
  });
});

describe('a role the corpus gives two people', () => {
  it('is the one it gives the role far more often, not the one whose title matches word for word', () => {
    const desk = createDesk(
      deskFrom([
        {
          outlet: 'History Weekly',
          body: ['Speaker of the House Newt Gingrich wrote the contract in 1994.', '“We kept our promises,” Gingrich said.'].join('\n\n'),
        },
        ...[1, 2, 3].map((i) => ({
          outlet: `Capitol ${i}`,
          body: [`House Speaker Paul Ryan met donors on day ${i}.`, `“The House will vote on the budget on day ${i},” Ryan said.`].join('\n\n'),
        })),
      ]),
    );
    const speakers = speakersOf(desk, 'what did the speaker of the house say');
    expect(speakers.length).toBeGreaterThan(0);
    expect(new Set(speakers)).toEqual(new Set(['Paul Ryan']));
  });
});

describe('a person’s supporters', () => {
  it('are those the corpus calls that person’s, not anyone’s supporters', () => {
    const desk = createDesk(
      deskFrom([
        {
          outlet: 'Echo Herald',
          body: [
            'Sen. Bernie Sanders held a rally in Vermont.',
            '“We need a political revolution,” Sanders said.',
            '“The ruling will galvanize our efforts,” supporters of abortion rights said.',
            '“We are not done yet,” Sanders supporters said outside the hall.',
          ].join('\n\n'),
        },
      ]),
    );
    const answers = desk.ask('what did sanders supporters say').answers;
    expect(answers.map((a) => a.text)).toEqual(['“We are not done yet,” Sanders supporters said outside the hall.']);
    // Nor are their words Sanders’s own.
    expect(desk.ask('what did bernie sanders say').answers.map((a) => a.text)).toEqual(['“We need a political revolution,” Sanders said.']);
  });
});

describe('a nationality typed with a slip', () => {
  const desk = createDesk(speakersDesk());
  it('is still that country', () => {
    expect(new Set(speakersOf(desk, 'what did the ukranian president say'))).toEqual(new Set(['Volodymyr Zelenskyy']));
    expect(new Set(speakersOf(desk, 'what did the britsh defence secretary say'))).toEqual(new Set(['Ben Wallace']));
  });
});

describe('a source counted by a figure', () => {
  it('is no one ("a combined 30 exclamation points:")', () => {
    const data = deskFrom([
      {
        outlet: 'Opinion Post',
        body: 'Over the weekend, the candidate fired off tweets with a combined 30 exclamation points: “Voter fraud! Rigged!”',
      },
    ]);
    expect(data.quotes.map((q) => q.speaker)).toEqual([null]);
    expect(createDesk(data).ask('who said voter fraud rigged').answers.map((a) => a.speaker ?? null)).not.toContain('30 exclamation');
  });
});

describe('what someone said at an occasion', () => {
  const desk = createDesk(speakersDesk());
  it('is their statements, ranked by the occasion, not a search for the whole question', () => {
    for (const question of ['what did stoltenberg say in brussels', 'what did zelenskyy say during the address', 'did peskov say anything at the briefing']) {
      const result = desk.ask(question);
      expect(result.intent, question).toBe('what-said');
      expect(new Set(result.answers.map((a) => a.speaker)).size, question).toBe(1);
    }
    expect(new Set(speakersOf(desk, 'what did stoltenberg say in brussels'))).toEqual(new Set(['Jens Stoltenberg']));
  });
});

describe('what someone said a clause', () => {
  const desk = createDesk(speakersDesk());
  it('is their statements ranked by the clause ("what did russia say it was doing with its troops")', () => {
    const result = desk.ask('what did russia say it was doing with the troops');
    expect(result.intent).toBe('what-said');
    expect(result.answers.length).toBeGreaterThan(0);
    expect(new Set(result.answers.map((a) => a.speaker))).toEqual(new Set(['the Kremlin', 'Dmitry Peskov']));
    expect(result.answers[0]!.text).toContain('troops');
  });
});

describe('a generational suffix', () => {
  it('keeps the son apart from his father', () => {
    const desk = createDesk(
      deskFrom([
        {
          outlet: 'Campaign Wire',
          body: ['Donald Trump spoke at a rally in Ohio.', '“We are going to win big,” Trump said.', '“Our movement is growing,” Donald Trump said.'].join('\n\n'),
        },
      ]),
    );
    for (const question of ['what did trump jr say', 'what did donald trump jr say']) {
      const result = desk.ask(question);
      expect(result.answers, question).toEqual([]);
      expect(result.note, question).toMatch(/^No statements by .*jr in the corpus\./i);
    }
    expect(new Set(desk.ask('what did trump say').answers.map((a) => a.speaker))).toEqual(new Set(['Donald Trump']));
  });
});

describe('"the" and one word', () => {
  it('is a title or a thing, never a surname ("the pope" is not Amy Pope)', () => {
    const desk = createDesk(
      deskFrom([
        {
          outlet: 'World Report',
          body: [
            'Amy Pope, a deputy homeland security adviser, spoke on Tuesday.',
            '“Our efforts to date have been insufficient,” Pope said.',
            'Pope Francis spoke to reporters on his flight home.',
            '“A person who thinks only about building walls is not Christian,” Pope Francis said.',
          ].join('\n\n'),
        },
      ]),
    );
    const speakers = desk.ask('what did the pope say').answers.map((a) => a.speaker);
    expect(speakers).not.toContain('Amy Pope');
    expect(desk.ask('what did pope say').answers.map((a) => a.speaker)).toContain('Amy Pope');
  });
});

describe('a title as news style abbreviates it, and a place after a preposition', () => {
  const desk = createDesk(
    deskFrom([
      {
        outlet: 'Capitol Daily',
        body: [
          'Vermont Sen. Bernie Sanders spoke in Burlington.',
          '“We need a political revolution,” Sanders said.',
          'New Jersey Gov. Chris Christie spoke in Trenton.',
          '“The state budget is balanced,” Christie said.',
          'A Senator from Texas says he cannot allow the bill to pass.',
        ].join('\n\n'),
      },
    ]),
  );
  it('reads "Sen." and "Gov." as the titles they abbreviate', () => {
    expect(speakersOf(desk, 'what did the vermont senator say')).toEqual(['Bernie Sanders']);
    expect(speakersOf(desk, 'what did the senator from vermont say')).toEqual(['Bernie Sanders']);
    expect(speakersOf(desk, 'what did the governor of new jersey say')).toEqual(['Chris Christie']);
  });
  it('never answers for the place asked with a source from another', () => {
    expect(speakersOf(desk, 'what did the senator from vermont say')).not.toContain('A Senator from Texas');
  });
});
