/** Query latency over a fixed question set: one warm-up pass, then `passes` timed passes. */
import type { Desk } from '../../src/model/types';

export interface Latency {
  questions: number;
  samples: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Questions that got at least one answer. */
  answered: number;
}

/**
 * `beforeEach` runs before each timed question, untimed (the bench forgets what the desk
 * remembered, to time questions as if asked for the first time).
 */
export function measureQueries(
  ask: (question: string) => number,
  questions: readonly string[],
  passes = 3,
  beforeEach?: () => void,
): Latency {
  let answered = 0;
  for (const q of questions) if (ask(q) > 0) answered++;
  const samples: number[] = [];
  for (let pass = 0; pass < passes; pass++) {
    for (const q of questions) {
      beforeEach?.();
      const started = performance.now();
      ask(q);
      samples.push(performance.now() - started);
    }
  }
  return { questions: questions.length, samples: samples.length, ...percentiles(samples), answered };
}

export function percentiles(samples: readonly number[]): { p50: number; p95: number; p99: number; max: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0);
  return { p50: at(50), p95: at(95), p99: at(99), max: round(sorted[sorted.length - 1] ?? 0) };
}

export const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Our desk: what users get (answers up to the default limit). */
export const askDesk = (desk: Desk) => (question: string) => desk.ask(question).answers.length;
