import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/people/tokens';
import { readPeopleText } from '../../src/people/readPeopleText';

describe('wink-nlp reads a text the same whatever it read before', () => {
  it('a possessive before a full stop elsewhere does not glue later possessives ("Clinton’s ascendency")', () => {
    const text = 'Republican threats against Hillary Clinton’s ascendency to the presidency are a blind faith.';
    const fresh = tokenize(text).map((t) => t.text);
    tokenize('Sanders wants a donor list on the order of Clinton’s. But so far nobody has one.');
    tokenize("Nobody's list is as long as Obama's. Not even close.");
    expect(tokenize(text).map((t) => t.text)).toEqual(fresh);
    expect(fresh).toContain('Clinton');
    expect(tokenize("Threats against Hillary Obama's plan.").map((t) => t.text)).toContain('Obama');
  });

  it('finds the same people in an article before and after others', () => {
    const article = 'Republican threats against Hillary Clinton’s ascendency to the presidency, said Carly Fiorina, are nothing new.';
    const names = () => readPeopleText(article).people.people.map((p) => p.name);
    const before = names();
    readPeopleText('Canova wants a donor list on the order of Clinton’s. But so far he has none.');
    expect(names()).toEqual(before);
    expect(before).toContain('Hillary Clinton');
  });
});
