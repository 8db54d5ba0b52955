/**
 * A reload built in a child process while questions keep coming: every question is answered,
 * each entirely from the old corpus or entirely from the new one, never a mix.
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDeskHolder } from '../../src/desk/deskHolder';
import { CorpusLoadError } from '../../src/model/types';
import { CORPUS_DIR } from '../support/seedCorpus';

const NEW_SENTENCE = 'Jens Stoltenberg said the zeppelin fleet of 44 airships stays grounded.';
const NEW_ARTICLE = `---\noutlet: Zeppelin Gazette\ntitle: Airships grounded\npublished: 2022-02-17\n---\n${NEW_SENTENCE}\n\nThe quartermaster counted the airships twice.\n`;

function tempCorpus(): { corpus: string; cache: string } {
  const corpus = mkdtempSync(join(tmpdir(), 'reload-corpus-'));
  cpSync(CORPUS_DIR, corpus, { recursive: true });
  return { corpus, cache: mkdtempSync(join(tmpdir(), 'reload-cache-')) };
}

describe('reload in a build process', () => {
  it('keeps answering during the reload, each answer from one corpus version', async () => {
    const { corpus, cache } = tempCorpus();
    const holder = await createDeskHolder(corpus, { cacheDir: cache });
    const before = holder.desk.sources().articles.length;
    writeFileSync(join(corpus, 'zeppelin.md'), NEW_ARTICLE);

    const progress: [number, number][] = [];
    let finished = false;
    const reload = holder.reload((done, total) => progress.push([done, total])).finally(() => {
      finished = true;
    });
    const seen = { old: 0, new: 0 };
    while (!finished) {
      // One desk per question, read once: the question must be answered wholly by it.
      const desk = holder.desk;
      const articles = desk.sources().articles.length;
      const zeppelin = desk.ask('zeppelin airships grounded');
      const quotes = desk.ask('what did Stoltenberg say').answers.map((a) => a.text);
      if (articles === before) {
        seen.old++;
        expect(zeppelin.answers).toEqual([]);
        expect(quotes).not.toContain(NEW_SENTENCE);
      } else {
        seen.new++;
        expect(articles).toBe(before + 1);
        expect(zeppelin.answers[0]?.text).toBe(NEW_SENTENCE);
        expect(quotes).toContain(NEW_SENTENCE);
      }
      // A short gap, as between real questions: every question stops the build process
      // (RunningBuild.hold), so asking back to back would starve it for minutes on a busy machine.
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    const report = await reload;
    expect(report.added).toEqual(['zeppelin']);
    // Questions were answered while the build process built the new desk.
    expect(seen.old).toBeGreaterThan(0);
    expect(holder.loaded.source).toBe('build');
    expect(holder.desk.ask('zeppelin airships grounded').answers[0]?.text).toBe(NEW_SENTENCE);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress[progress.length - 1]![0]).toBe(progress[progress.length - 1]![1]);

    // Nothing changed since: the build process finds the cache it wrote.
    await holder.reload();
    expect(holder.loaded.source).toBe('cache');
  });

  it('refuses a reload with a broken file and keeps serving the old corpus', async () => {
    const { corpus, cache } = tempCorpus();
    const holder = await createDeskHolder(corpus, { cacheDir: cache });
    const desk = holder.desk;
    writeFileSync(join(corpus, 'broken.md'), 'no front matter here');
    const error = await holder.reload().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CorpusLoadError);
    expect((error as CorpusLoadError).problems.map((p) => p.file)).toEqual(['broken.md']);
    expect(holder.desk).toBe(desk);
  });
});
