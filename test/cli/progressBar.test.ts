import { describe, expect, it } from 'vitest';
import { progressBar } from '../../src/cli/progressBar';

describe('progressBar', () => {
  it('draws a progress bar', () => {
    expect(progressBar(1, 4, 8)).toBe('[##------]  25%  1/4');
    expect(progressBar(4, 4, 8)).toBe('[########] 100%  4/4');
  });
});
