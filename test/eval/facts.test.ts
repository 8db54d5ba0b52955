import { describe, expect, it } from 'vitest';
import {
  ANSWER_TYPES,
  assignSets,
  findSnippet,
  readFactFile,
  readSeedFiles,
  sharesWithAnswers,
  type FactQuestion,
} from '../../scripts/facts/factSet';

// The fact-question sets of issue #15 (test/eval/facts.dev.json, facts.holdout.json), as
// `npm run eval` reads them. PolNeAR texts are not in the repo: their refs are checked only
// where ../shared/eval/polnear is.
const files = { dev: readFactFile('dev'), holdout: readFactFile('holdout') };
const all: FactQuestion[] = [...files.dev.questions, ...files.holdout.questions];
// Written blind in the eighth session (`npm run eval -- --blind`): same format, seeds only, no split.
const blind = readFactFile('blind');
// Written in the ninth session over PolNeAR train articles, to tune on beside dev: no split; the tenth
// session appended questions over PolNeAR train articles and the seeds (t71 on).
const train = readFactFile('train');
const answerable = all.filter((q) => q.type !== 'unanswerable');

describe('fact questions: format', () => {
  it('has well-formed questions with unique ids, known types and the answers their corpus needs', () => {
    const every = [...all, ...blind.questions, ...train.questions];
    expect(new Set(every.map((q) => q.id)).size).toBe(every.length);
    expect(new Set(every.map((q) => q.q.trim().toLowerCase())).size).toBe(every.length);
    for (const [set, file] of Object.entries({ ...files, blind, train })) {
      expect(file.set).toBe(set);
      for (const q of file.questions) expect(q.set, q.id).toBe(set);
    }
    for (const q of every) {
      expect(q.id, q.q).toMatch(q.set === 'blind' ? /^b\d+$/ : q.set === 'train' ? /^t\d+$/ : q.corpus === 'seeds' ? /^s\d+$/ : /^p\d+$/);
      expect(q.q.trim(), q.id).not.toBe('');
      expect(ANSWER_TYPES, q.id).toContain(q.type);
      expect(['seeds', 'polnear'], q.id).toContain(q.corpus);
      expect(Number.isInteger(q.shares) && q.shares >= 0, q.id).toBe(true);
      const answers = q.corpus === 'seeds' ? q.expect : q.expectRefs;
      expect(q.corpus === 'seeds' ? q.expectRefs : q.expect, `${q.id}: the other corpus's field`).toBeUndefined();
      expect(Array.isArray(answers), q.id).toBe(true);
      expect(answers!.length === 0, `${q.id}: unanswerable ⇔ no answers`).toBe(q.type === 'unanswerable');
      for (const r of q.expectRefs ?? []) {
        expect(r.article, q.id).toMatch(/^[a-z-]+_\d{4}-\d{2}-\d{2}_/);
        expect(Number.isInteger(r.start) && Number.isInteger(r.end) && r.start >= 0 && r.end > r.start, q.id).toBe(true);
        expect(r.hash, q.id).toMatch(/^[0-9a-f]{8}$/);
      }
    }
  });

  it('meets the counts of issue #15', () => {
    expect(all.length).toBeGreaterThanOrEqual(120);
    const unanswerable = all.filter((q) => q.type === 'unanswerable');
    expect(unanswerable.length).toBeGreaterThanOrEqual(30);
    for (const corpus of ['seeds', 'polnear']) expect(unanswerable.filter((q) => q.corpus === corpus).length, corpus).toBeGreaterThanOrEqual(15);
    // At least half of the answerable questions share at most two content words with their answer.
    expect(answerable.filter((q) => q.shares <= 2).length * 2).toBeGreaterThanOrEqual(answerable.length);
    for (const type of ANSWER_TYPES) expect(all.some((q) => q.type === type), type).toBe(true);
  });

  it('has at least 100 train questions, the first 70 PolNeAR only, 25 or more unanswerable, half the answerable sharing ≤ 2 content words', () => {
    const qs = train.questions;
    expect(qs.length).toBeGreaterThanOrEqual(100);
    for (const q of qs) if (Number(q.id.slice(1)) <= 70) expect(q.corpus, q.id).toBe('polnear');
    expect(qs.filter((q) => q.type === 'unanswerable').length).toBeGreaterThanOrEqual(25);
    const answerableTrain = qs.filter((q) => q.type !== 'unanswerable');
    expect(answerableTrain.filter((q) => q.shares <= 2).length * 2).toBeGreaterThanOrEqual(answerableTrain.length);
  });

  it('splits dev and holdout by the recorded rule: half of every (corpus, type) group is holdout', () => {
    const sets = assignSets(all);
    for (const q of all) expect(q.set, q.id).toBe(sets.get(q.id));
    const groups = new Map<string, FactQuestion[]>();
    for (const q of all) groups.set(`${q.corpus}/${q.type}`, [...(groups.get(`${q.corpus}/${q.type}`) ?? []), q]);
    for (const [group, qs] of groups) expect(qs.filter((q) => q.set === 'holdout').length, group).toBe(Math.floor(qs.length / 2));
  });
});

describe('fact questions: seed answers', () => {
  const seeds = readSeedFiles();
  it('every expected snippet occurs verbatim in corpus/ (quotes normalised), and shares is its count', () => {
    for (const q of [...all, ...blind.questions, ...train.questions].filter((x) => x.corpus === 'seeds')) {
      const sentences = (q.expect ?? []).flatMap((snippet) => {
        const found = findSnippet(snippet, seeds);
        expect(found.length, `${q.id}: ${snippet}`).toBeGreaterThan(0);
        return found.map((f) => f.sentence);
      });
      expect(q.shares, `${q.id} shares`).toBe(sharesWithAnswers(q.q, sentences));
    }
  });
});
