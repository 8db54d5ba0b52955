import { describe, expect, it } from 'vitest';
import { compareFigures, judgeAgreement } from '../../src/claims/judgeAgreement';
import type { Qualifier } from '../../src/claims/types';

const f = (value: number, qualifier: Qualifier = 'exact', high = value) => ({ value, low: value, high, qualifier });

describe('compareFigures', () => {
  it('same figure whatever the qualifiers', () => {
    expect(compareFigures(f(7000, 'upper-bound'), f(7000))).toBe('same');
    expect(compareFigures(f(150_000, 'approximate'), f(150_000))).toBe('same');
  });

  it('exact figures that are not equal differ, however close', () => {
    expect(compareFigures(f(650), f(656))).toBe('differ');
  });

  it('approximate figures agree within 5 % and differ beyond', () => {
    expect(compareFigures(f(148_000, 'approximate'), f(150_000))).toBe('compatible');
    expect(compareFigures(f(140_000, 'approximate'), f(150_000, 'approximate'))).toBe('differ');
  });

  it('a point inside a bound is compatible, outside differs', () => {
    expect(compareFigures(f(100_000, 'lower-bound'), f(150_000, 'approximate'))).toBe('compatible');
    expect(compareFigures(f(200_000, 'lower-bound'), f(150_000))).toBe('differ');
    expect(compareFigures(f(7000, 'upper-bound'), f(5000))).toBe('compatible');
    expect(compareFigures(f(7000, 'upper-bound'), f(9000))).toBe('differ');
  });

  it('ranges and vague spans take points inside them', () => {
    expect(compareFigures(f(3, 'range', 4), f(4))).toBe('compatible');
    expect(compareFigures(f(3, 'range', 4), f(6))).toBe('differ');
    expect(compareFigures(f(2000, 'vague', 9999), f(7000))).toBe('compatible');
  });

  it('bounds in the same direction always fit; opposite ones when they leave room', () => {
    expect(compareFigures(f(100_000, 'lower-bound'), f(140_000, 'lower-bound'))).toBe('compatible');
    expect(compareFigures(f(100_000, 'lower-bound'), f(90_000, 'upper-bound'))).toBe('differ');
  });
});

describe('judgeAgreement', () => {
  it('takes the worst pair and names it', () => {
    const verdict = judgeAgreement([f(150_000, 'approximate'), f(100_000, 'lower-bound'), f(140_000, 'approximate')], (x) => String(x.value));
    expect(verdict.agreement).toBe('differ');
    expect(verdict.note).toBe('150000 contradicts 140000');
    expect(judgeAgreement([f(150_000, 'approximate'), f(100_000, 'lower-bound')], (x) => String(x.value)).agreement).toBe('compatible');
    expect(judgeAgreement([f(7000, 'upper-bound'), f(7000)], (x) => String(x.value)).agreement).toBe('same');
  });
});
