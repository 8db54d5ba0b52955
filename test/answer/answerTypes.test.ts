import { describe, expect, it } from 'vitest';
import { answerTypeOf, searchWords } from '../../src/answer/answerTypes';

describe('answerTypeOf: measures', () => {
  it('"how long" is a length or a time; "how far / tall / deep" a distance only', () => {
    expect(answerTypeOf('how long is the border')).toEqual({ kind: 'measure', dimension: 'length' });
    expect(answerTypeOf('how long did the talks last')).toEqual({ kind: 'measure', dimension: 'duration' });
    expect(answerTypeOf('how far is clarkston from atlanta')).toEqual({ kind: 'measure', dimension: 'distance' });
    expect(answerTypeOf('how tall is the fence')).toEqual({ kind: 'measure', dimension: 'distance' });
  });
  it('"how far ahead / behind" asks for a lead, a figure', () => {
    expect(answerTypeOf('how far ahead is trump in the latest poll')).toEqual({ kind: 'count' });
    expect(answerTypeOf('how far behind is clinton')).toEqual({ kind: 'count' });
  });
});

describe('answerTypeOf: wealth', () => {
  it('"how rich / wealthy is X" asks for a figure (a sum of money), and the form words are not searched', () => {
    expect(answerTypeOf('how rich is trump')).toEqual({ kind: 'count' });
    expect(answerTypeOf('how wealthy are the kochs')).toEqual({ kind: 'count' });
    expect(searchWords('how rich is trump according to forbes', { kind: 'count' })).toBe('is trump according to forbes');
  });
});

describe('answerTypeOf: names', () => {
  it('"what nicknames / what is X dubbed" asks for a name, and the form word is not searched', () => {
    expect(answerTypeOf('what nicknames do dead golf courses get')).toEqual({ kind: 'what-called' });
    expect(answerTypeOf("what's the plane's nickname")).toEqual({ kind: 'what-called' });
    expect(answerTypeOf('what was the storm dubbed')).toEqual({ kind: 'what-called' });
    expect(searchWords('what nicknames do dead golf courses get', { kind: 'what-called' })).toBe('what do dead golf courses get');
  });
});

describe('answerTypeOf: who holds a role', () => {
  it('"who\'s in charge of / in X" asks for a person, and "in charge" is not searched: no article says it of the holder', () => {
    expect(answerTypeOf("who's in charge in belarus")).toEqual({ kind: 'who-is' });
    expect(searchWords("who's in charge in belarus", { kind: 'who-is' })).toBe("who's belarus");
    expect(searchWords("who's the guy in charge of the pentagon", { kind: 'who-is' })).toBe("who's the guy the pentagon");
    // Not for other kinds: "the general in charge of the drills" describes whose name is asked.
    expect(searchWords("what's the name of the general in charge of the drills", { kind: 'what-called' })).toBe("the general in charge of the drills");
  });
});
