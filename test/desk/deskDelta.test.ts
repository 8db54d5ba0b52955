/**
 * A reload's delta: the build process diffs the desk it built from against the new one
 * (`diffDeskData`), the serving process applies it to the desk it holds (`applyDeskDelta`,
 * unpacked from the packed desk as a reload gives it), and the result is the desk a full build
 * of the same articles gives — same sentences, quotations, people, index and answers — sharing
 * the unchanged objects of the desk it came from; several deltas in a row too.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { buildDeskData } from '../../src/build/buildDeskData';
import { buildDeskDataIncrementally } from '../../src/build/buildDeskDataIncrementally';
import { newBuildTimings } from '../../src/build/buildTimings';
import { fingerprintArticles } from '../../src/build/fingerprintArticles';
import { readArticle } from '../../src/build/readArticle';
import type { Article } from '../../src/corpus/types';
import { readCorpusDir } from '../../src/corpus/readCorpusDir';
import { createDesk } from '../../src/desk/createDesk';
import type { DeskData } from '../../src/model/deskData';
import { loadDeskDelta, loadPackedDesk } from '../../src/desk/loadDesk';
import { applyDeskDelta } from '../../src/store/applyDeskDelta';
import { decodeDeskDelta, diffDeskData, encodeDeskDelta, FRESH_PART_SENTENCES } from '../../src/store/deskDelta';
import { deserialize } from 'node:v8';
import { packDeskData, unpackDeskData } from '../../src/store/packDeskData';
import { CORPUS_DIR } from '../support/seedCorpus';
import { byFile, CHANGE_QUESTIONS, deskSnapshot, seedChanges } from '../support/deskChanges';

const AT = new Date(0);
/** The build process's side: its desk in memory, built incrementally from the one before, and the delta between them (through its file form). */
async function nextBuild(before: { data: DeskData; fingerprints: Map<string, string> }, articles: Article[], generations: { base: string; generation: string }) {
  const fingerprints = fingerprintArticles(articles);
  const built = buildDeskDataIncrementally({ ...before, index: before.data.index.packed }, articles, fingerprints, articles.map((a) => readArticle(a)), AT, newBuildTimings());
  if (!built) throw new Error('no incremental build');
  const delta = diffDeskData(before, { data: built.data, fingerprints, warnings: [] }, built.patch, generations);
  if (!delta) throw new Error('no delta');
  return { after: { data: built.data, fingerprints }, delta: await decodeDeskDelta(encodeDeskDelta(delta), () => undefined) };
}

describe('desk deltas', async () => {
  const { articles: seed } = await readCorpusDir(CORPUS_DIR);
  const { voi, npr, added, namesake, changedNpr } = seedChanges(seed);
  const steps: [string, Article[]][] = [
    ['one article added', byFile([...seed, added])],
    ['one article changed', byFile([...seed, added].map((a) => (a.id === npr.id ? changedNpr : a)))],
    ['one article removed', byFile([...seed, added].map((a) => (a.id === npr.id ? changedNpr : a)).filter((a) => !a.id.startsWith('usatoday')))],
    ['an article that makes a surname shared', byFile([...seed, added, namesake].map((a) => (a.id === npr.id ? changedNpr : a)).filter((a) => !a.id.startsWith('usatoday')))],
    ['the namesake removed again', byFile([...seed, added].map((a) => (a.id === npr.id ? changedNpr : a)).filter((a) => !a.id.startsWith('usatoday')))],
  ];

  it('applied one after another to the desk a serving process holds, each gives the desk a full build gives, sharing what did not change', async () => {
    // The build process's desk, and the serving process's (the same desk, handed over packed).
    let build = { data: buildDeskData(seed, AT), fingerprints: fingerprintArticles(seed) };
    let serving = await unpackDeskData(structuredClone(packDeskData(build.data, build.fingerprints, [])), () => undefined);
    let generation = 'g0';
    for (const [name, articles] of steps) {
      const next = `${generation}+`;
      const { after, delta } = await nextBuild(build, articles, { base: generation, generation: next });
      const before = serving;
      const applied = await applyDeskDelta(before, delta, () => undefined);
      expect(deskSnapshot(applied.data), name).toStrictEqual(deskSnapshot(buildDeskData(articles, AT)));
      expect(applied.fingerprints, name).toStrictEqual(fingerprintArticles(articles));
      // The old desk is not changed, and its unchanged objects are shared.
      const voiAt = (data: DeskData) => data.sentences.findIndex((s) => s.article === voi.id);
      expect(applied.data.sentences[voiAt(applied.data)], name).toBe(before.data.sentences[voiAt(before.data)]);
      expect(applied.data.articleById.get(voi.id), name).toBe(before.data.articleById.get(voi.id));
      if (!delta.people) expect(applied.data.people).toBe(before.data.people);
      build = after;
      serving = { ...serving, ...applied };
      generation = next;
    }
  });

  it('carries only the new or changed articles, and the registry only when it changed', async () => {
    const build = { data: buildDeskData(seed, AT), fingerprints: fingerprintArticles(seed) };
    const changed = seed.map((a) => (a.id === npr.id ? changedNpr : a));
    const { delta } = await nextBuild(build, changed, { base: 'a', generation: 'b' });
    expect(delta.fresh.map((f) => f.article.id)).toStrictEqual([npr.id]);
    expect(delta.people).toBeUndefined();
    const { delta: withNamesake } = await nextBuild(build, byFile([...seed, namesake]), { base: 'a', generation: 'b' });
    expect(withNamesake.fresh.map((f) => f.article.id)).toStrictEqual(['zzz-namesake']);
    expect(withNamesake.people).toBeDefined();
  });

  it('cuts its new articles into parts of a few sentences, each read back in one short slice', async () => {
    const build = { data: buildDeskData(seed, AT), fingerprints: fingerprintArticles(seed) };
    // Ten articles added at once, as a moderator adds them.
    const ten = Array.from({ length: 10 }, (_, k): Article => ({ ...added, id: `aab-added-${k}`, file: `aab-added-${k}.md`, body: `${added.body}\nThe depot held ${k + 2} zeppelins.` }));
    const articles = byFile([...seed, ...ten]);
    const fingerprints = fingerprintArticles(articles);
    const built = buildDeskDataIncrementally({ ...build, index: build.data.index.packed }, articles, fingerprints, articles.map((a) => readArticle(a)), AT, newBuildTimings())!;
    const delta = diffDeskData(build, { data: built.data, fingerprints, warnings: [] }, built.patch, { base: 'a', generation: 'b' })!;
    expect(delta.fresh).toHaveLength(10);
    const bytes = encodeDeskDelta(delta);
    // The file is a run of parts (4-byte length, serialised value): every part of new articles holds one article or a few sentences.
    const freshParts: { articles: number; sentences: number }[] = [];
    for (let at = 0; at < bytes.length; ) {
      const length = bytes.readUInt32LE(at);
      const part = deserialize(bytes.subarray(at + 4, at + 4 + length)) as unknown;
      if (Array.isArray(part) && part.length > 0 && typeof part[0] === 'object' && part[0] !== null && 'sentences' in part[0]) {
        freshParts.push({ articles: part.length, sentences: part.reduce((n: number, f: { sentences: unknown[] }) => n + f.sentences.length, 0) });
      }
      at += 4 + length;
    }
    expect(freshParts.reduce((n, p) => n + p.articles, 0)).toBe(10);
    for (const part of freshParts) expect(part.articles === 1 || part.sentences <= FRESH_PART_SENTENCES, JSON.stringify(part)).toBe(true);
    expect(freshParts.length).toBeGreaterThan(1);
    expect((await decodeDeskDelta(bytes, () => undefined)).fresh).toStrictEqual(delta.fresh);
  });

  it('refuses a delta made for another desk', async () => {
    const build = { data: buildDeskData(seed, AT), fingerprints: fingerprintArticles(seed) };
    const { delta } = await nextBuild(build, byFile([...seed, added]), { base: 'a', generation: 'b' });
    const other = await unpackDeskData(packDeskData(buildDeskData(seed.slice(1), AT), fingerprintArticles(seed.slice(1)), []), () => undefined);
    await expect(applyDeskDelta(other, delta, () => undefined)).rejects.toThrow('another desk');
  });

  it('a truncated delta file is refused, never half applied', async () => {
    const build = { data: buildDeskData(seed, AT), fingerprints: fingerprintArticles(seed) };
    const fingerprints = fingerprintArticles(byFile([...seed, added]));
    const built = buildDeskDataIncrementally({ ...build, index: build.data.index.packed }, byFile([...seed, added]), fingerprints, byFile([...seed, added]).map((a) => readArticle(a)), AT, newBuildTimings())!;
    const bytes = encodeDeskDelta(diffDeskData(build, { data: built.data, fingerprints, warnings: [] }, built.patch, { base: 'a', generation: 'b' })!);
    await expect(decodeDeskDelta(bytes.subarray(0, bytes.length - 10), () => undefined)).rejects.toThrow('truncated');
  });

  it('a reload by delta readies the lookups reading only the new articles\' headlines, with the answers of a full build', async () => {
    const build = { data: buildDeskData(seed, AT), fingerprints: fingerprintArticles(seed) };
    // The serving desk as a whole-desk reload readies it (its lookups prepared).
    const old = await loadPackedDesk(structuredClone(packDeskData(build.data, build.fingerprints, [])), 'build', { yieldMs: 1_000, generation: 'g0', now: () => AT });
    let titlesRead = 0;
    for (const article of old.data.articles) {
      const title = article.title;
      Object.defineProperty(article, 'title', { get: () => (titlesRead++, title), enumerable: true });
    }
    const articles = byFile([...seed, added]);
    const { delta } = await nextBuild(build, articles, { base: 'g0', generation: 'g1' });
    const next = await loadDeskDelta(old, delta, { yieldMs: 1_000, now: () => AT });
    expect(titlesRead).toBe(0);
    expect(next.generation).toBe('g1');
    const full = createDesk(buildDeskData(articles, AT));
    for (const q of [...CHANGE_QUESTIONS, 'zeppelin gazette quartermaster']) expect(next.desk.ask(q, { limit: 25 }), q).toStrictEqual(full.ask(q, { limit: 25 }));
  });

  it('the desk made by a delta does not keep the old desk\'s index alive', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const build = { data: buildDeskData(seed, AT), fingerprints: fingerprintArticles(seed) };
    const { delta } = await nextBuild(build, byFile([...seed, added]), { base: 'g0', generation: 'g1' });
    const made = async () => {
      const old = await loadPackedDesk(structuredClone(packDeskData(build.data, build.fingerprints, [])), 'build', { yieldMs: 1_000, generation: 'g0', now: () => AT });
      const next = await loadDeskDelta(old, delta, { yieldMs: 1_000, now: () => AT });
      return { next, oldIndex: new WeakRef(old.data.index) };
    };
    const { next, oldIndex } = await made();
    for (let i = 0; i < 5 && oldIndex.deref(); i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      gc();
    }
    expect(oldIndex.deref()).toBeUndefined();
    // The new desk still reads the sentences and quotations it shares with the old one.
    expect(Array.from(next.data.sentences).length).toBe(next.data.index.docCount);
    expect(next.desk.ask('zeppelins quartermaster').answers[0]?.text).toBe('The quartermaster counted eleven zeppelins.');
  });
});
