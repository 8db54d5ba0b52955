/**
 * One change at a time per corpus folder in this process: an add's duplicate check, id choice
 * and write, a remove or a restore, run one after another, so two moderators adding at once
 * both land (with different ids) and the same article added twice is refused the second time.
 */
import { resolve } from 'node:path';

const tails = new Map<string, Promise<unknown>>();

export function withCorpusLock<T>(corpusDir: string, task: () => Promise<T>): Promise<T> {
  const key = resolve(corpusDir);
  const previous = tails.get(key) ?? Promise.resolve();
  const run = previous.then(task, task);
  const tail = run.then(
    () => undefined,
    () => undefined,
  );
  tails.set(key, tail);
  void tail.then(() => {
    if (tails.get(key) === tail) tails.delete(key);
  });
  return run;
}
