import type { DeskData } from '../desk/deskData';
import { fingerprint } from './mergeDuplicates';

/**
 * Per-corpus tables that let a question go straight to the quotations and roles it is about
 * instead of scanning every quotation and person of the corpus (300,000 sentences and
 * 100,000 quotations at 10,000 articles).
 */
export interface DeskLookups {
  /** Quotation indexes by named speaker, in corpus order. */
  quotesBySpeaker: Map<string, number[]>;
  /** Unnamed-source quotations ("the official said") by each word of their speaker and mention. */
  unnamedByWord: Map<string, number[]>;
  /** Role words ("ambassador", "russi" for Russian), each with the people and roles that have it, in registry order. */
  rolesByWord: Map<string, RoleRef[]>;
}

/** One role of one person: indexes into `people` and that person's `roles`. */
export interface RoleRef {
  person: number;
  role: number;
}

/** "Russia's" and "Russian" describe the same ambassador. */
export function stemNationality(word: string): string {
  return word.replace(/(?:ian|an|n|s)$/, '');
}

const built = new WeakMap<DeskData, DeskLookups>();

/** The data's lookups: those `prepareDeskLookups` made, else built now (a corpus's first question pays for it). */
export function deskLookups(data: DeskData): DeskLookups {
  let lookups = built.get(data);
  if (!lookups) {
    const steps = buildLookups(data);
    let step = steps.next();
    while (!step.done) step = steps.next();
    lookups = step.value;
    built.set(data, lookups);
  }
  return lookups;
}

/**
 * Builds the data's lookups ahead of its first question, calling `pause` between slices of
 * work, so a serving process swapping in a reloaded corpus keeps answering meanwhile.
 */
export async function prepareDeskLookups(data: DeskData, pause: () => Promise<void> | void): Promise<void> {
  if (built.has(data)) return;
  const steps = buildLookups(data);
  let step = steps.next();
  while (!step.done) {
    await pause();
    step = steps.next();
  }
  built.set(data, step.value);
}

/** Items between yields: a slice is a few milliseconds at most. */
const SLICE = 2_000;

function* buildLookups(data: DeskData): Generator<void, DeskLookups> {
  const quotesBySpeaker = new Map<string, number[]>();
  const unnamedByWord = new Map<string, number[]>();
  for (let i = 0; i < data.quotes.length; i++) {
    const quote = data.quotes[i]!;
    if (quote.named && quote.speaker) push(quotesBySpeaker, quote.speaker, i);
    else if (!quote.named) for (const word of new Set(fingerprint(`${quote.speaker ?? ''} ${quote.mention ?? ''}`))) push(unnamedByWord, word, i);
    if (i % SLICE === SLICE - 1) yield;
  }
  const rolesByWord = new Map<string, RoleRef[]>();
  const people = data.people.people;
  for (let p = 0; p < people.length; p++) {
    people[p]!.roles.forEach((role, r) => {
      for (const word of new Set(fingerprint(role).map(stemNationality))) push(rolesByWord, word, { person: p, role: r });
    });
    if (p % SLICE === SLICE - 1) yield;
  }
  return { quotesBySpeaker, unnamedByWord, rolesByWord };
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
