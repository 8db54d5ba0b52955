import { describe, expect, it } from 'vitest';
import { createDesk } from '../../src/desk/createDesk';
import { deskFrom } from '../claims/support';
import { compoundsWith } from '../../src/answer/compoundParts';

// "When did the karabakh war stop": the corpus prints the name only as "Nagorno-Karabakh", one
// term of the index; "karabakh" alone matched nothing, weighed as the corpus's rarest word and
// left the answering sentence below the coverage floor (or, capitalised, read as a name the
// corpus lacks).
const data = deskFrom([
  {
    outlet: 'Alpha',
    title: 'An old conflict',
    body:
      'The authorities declared war on Nagorno-Karabakh, a conflict that lasted until a ceasefire agreement was signed in 1994.\n\n' +
      'Armenian forces won the war.\n\n' +
      'Israel imports oil from Azerbaijan.',
  },
  {
    outlet: 'Beta',
    title: 'Talks',
    body: 'The war in Europe worried the ministers.\n\nA Russia-backed group held the town.\n\nThe talks stopped on Monday.',
  },
]);
const desk = createDesk(data);

describe('a word the corpus prints only inside hyphenated words', () => {
  it('is read as those words', () => {
    expect(compoundsWith(data, 'karabakh')).toEqual(['nagorno-karabakh']);
    expect(compoundsWith(data, 'Karabakh')).toEqual(['nagorno-karabakh']);
  });
  it('is not read so when the corpus prints it alone', () => {
    // "war" is printed alone.
    expect(compoundsWith(data, 'war')).toEqual([]);
  });
  it('answers a question asking by that part', () => {
    expect(desk.ask('when did the karabakh war stop').answers[0]?.text).toContain('ceasefire agreement was signed in 1994');
    expect(desk.ask('when did the Karabakh war stop').answers[0]?.text).toContain('ceasefire agreement was signed in 1994');
  });
});
