import { describe, expect, it } from 'vitest';
import { createDesk } from '../../src/desk/createDesk';
import { answerTypeOf, searchWords, typeFit } from '../../src/answer/answerTypes';
import type { DeskData } from '../../src/model/deskData';
import { deskFrom } from '../claims/support';

// How a fact question's answer type ranks its answers (issue #15): small desks where the
// answer shares no more of the question's words than the sentences around it, so only the
// type's reading of the sentence can put it first.

describe('"what is it called": a sentence that gives the name', () => {
  it('"what do they call X" asks for a name, and "call" is not searched', () => {
    expect(answerTypeOf("what do ppl call trump's 757")).toEqual({ kind: 'what-called' });
    expect(answerTypeOf('what did zelensky call wednesday')).toEqual({ kind: 'what-called' });
    expect(searchWords("what do ppl call trump's 757", { kind: 'what-called' })).toBe("what do ppl trump's 757");
    // "Call" as a verb of its own is no name asked for.
    expect(answerTypeOf('did biden call putin')).toEqual({ kind: 'general' });
  });

  it('ranks the sentence naming the thing ("referred to as …") above one that only mentions names', () => {
    const desk = createDesk(
      deskFrom([
        {
          outlet: 'Alpha',
          body:
            'The president boarded his plane in Ohio with Senator John Smith on Monday.\n\n' +
            "The president's plane, often referred to as Air Force One, is a Boeing 747.\n\n" +
            'The senator spoke about the budget in Ohio.',
        },
        { outlet: 'Beta', body: 'Lawmakers met on Tuesday.\n\nThe budget was passed by the senate.' },
      ]),
    );
    expect(desk.ask("what do they call the president's plane").answers[0]?.text).toContain('Air Force One');
  });

  it('ranks a name in apposition to the thing asked for ("its parent company, Alphabet,") above one that only mentions names', () => {
    const desk = createDesk(
      deskFrom([
        {
          outlet: 'Alpha',
          body:
            'The parent company of the search giant met with Goldman Sachs bankers on Friday.\n\n' +
            'Shares rose after the parent company of the search giant, Alphabet, reported results.\n\n' +
            'The bankers said little.',
        },
        { outlet: 'Beta', body: 'Markets fell on Tuesday.\n\nInvestors sold shares.' },
      ]),
    );
    expect(desk.ask("what's the search giant's parent company called").answers[0]?.text).toContain('Alphabet');
  });
});

describe('"who is / who runs …": the sentence that introduces the person', () => {
  const desk = createDesk(
    deskFrom([
      {
        outlet: 'Alpha',
        body:
          'Acme Research says Jane Doe lost money this year, Acme Research said on Monday.\n\n' +
          '"We track the rich," said John Roe, president of Acme Research.\n\n' +
          'Jane Doe said she had not lost money.',
      },
      { outlet: 'Beta', body: 'Markets fell on Tuesday.\n\nInvestors sold shares.' },
    ]),
  );
  it('ranks "…, said John Roe, president of Acme Research" above a sentence that only mentions someone', () => {
    expect(desk.ask('who runs acme research').answers[0]?.text).toContain('John Roe, president');
  });
});

describe('"who is <name>": the sentence that introduces the asked person', () => {
  it('answers with "…," Julie Smith, the U.S. Ambassador to NATO, said", a sentence printing only her name and the role', () => {
    const desk = createDesk(
      deskFrom([
        {
          outlet: 'Alpha',
          body:
            '"We have seen this before, and the facts proved otherwise," Julie Smith, the U.S. Ambassador to NATO, said Wednesday.\n\n' +
            'The alliance met in Brussels on Wednesday.',
        },
        { outlet: 'Beta', body: 'Markets fell on Tuesday.\n\nInvestors sold shares.' },
      ]),
    );
    expect(desk.ask('who is julie smith').answers[0]?.text).toContain('Julie Smith, the U.S. Ambassador to NATO');
    expect(desk.ask("who's julie smith").answers[0]?.text).toContain('Julie Smith, the U.S. Ambassador to NATO');
  });
});

describe('"who is …": a person whose surname another person shares', () => {
  it('counts as named by the full name, though the surname alone finds no one', () => {
    // Two Grassleys: the registry finds no one by "grassley" alone, only by the full name.
    const people = new Map([['chuck grassley', { name: 'Chuck Grassley' }], ['pat grassley', { name: 'Pat Grassley' }]]);
    const data = {
      sentences: [{ text: 'The vote was led by state Rep. Pat Grassley, chairman of the farm committee.' }],
      people: { lookup: (m: string) => people.get(m.toLowerCase()) },
    } as unknown as DeskData;
    expect(typeFit(data, 0, { kind: 'who-is' }, new Set(['farm', 'committee', 'chairman']))).toBeGreaterThan(1.5);
  });
});

describe('"where": a place beside the question\'s words', () => {
  it('fits "the mayor met in Springfield with the governor" better than a sentence whose place is where something else happened', () => {
    const data = {
      sentences: [
        { text: 'After meeting the governor on Monday, the mayor said the council had agreed to send a delegation of teachers to Portland.' },
        { text: 'On Monday, the mayor met in Springfield with the governor.' },
        { text: 'The council voted on Tuesday.' },
      ],
      people: { lookup: () => undefined },
    } as unknown as DeskData;
    const asked = new Set(['where', 'did', 'the', 'mayor', 'sit', 'down', 'with', 'governor']);
    const fit = (i: number) => typeFit(data, i, { kind: 'where' }, asked);
    expect(fit(1)).toBeGreaterThan(fit(0));
    expect(fit(0)).toBeGreaterThan(fit(2));
  });
});

describe('"how many": a vague count of the thing asked for', () => {
  it('ranks "hundreds of letters" at least as high as a figure that only stands near the noun (a year)', () => {
    const desk = createDesk(
      deskFrom([
        {
          outlet: 'Alpha',
          body:
            'The mayor read letters from residents at the 2019 town meeting.\n\n' +
            'The mayor got hundreds of letters from residents.\n\n' +
            'The town meeting ended late.',
        },
        { outlet: 'Beta', body: 'Residents voted on Tuesday.\n\nThe council met.' },
      ]),
    );
    expect(desk.ask('how many letters did the mayor get from residents').answers[0]?.text).toContain('hundreds of letters');
  });
});
