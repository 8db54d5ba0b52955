import { describe, expect, it } from 'vitest';
import { answerTypeOf } from '../../src/answer/answerTypes';

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
