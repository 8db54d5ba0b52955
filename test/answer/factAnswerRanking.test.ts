import { describe, expect, it } from 'vitest';
import { createDesk } from '../../src/desk/createDesk';
import { answerTypeOf, searchWords } from '../../src/answer/answerTypes';
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
});
