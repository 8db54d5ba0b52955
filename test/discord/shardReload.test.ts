/**
 * reloadOnAllShards without shard processes: a stand-in for `client.shard.broadcastEval` runs
 * the evaluated function for two shards in this process (the other shard's hook is the global
 * installReloadHook sets). The receiving shard builds; the other loads what it persisted.
 */
import type { Client } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { CorpusLoadError, type DeskHolder, type ReloadOptions, type ReloadReport } from '../../src/model/types.js';
import { createLogger } from '../../src/discord/logger.js';
import { installReloadHook, reloadOnAllShards } from '../../src/discord/shardReload.js';

const report = (articles: number, source: 'cache' | 'build'): ReloadReport => ({ added: [], removed: [], changed: [], articles, sentences: 1, quotes: 0, ms: 1, warnings: [], source });

/** A holder that records how it was asked to reload and answers with `result`. */
function recordingHolder(result: () => ReloadReport) {
  const calls: (ReloadOptions['from'] | undefined)[] = [];
  const holder = {
    desk: undefined as unknown as DeskHolder['desk'],
    corpusDir: '(test)',
    async reload(_onProgress?: unknown, options?: ReloadOptions) {
      calls.push(options?.from);
      return result();
    },
  } satisfies DeskHolder;
  return { holder, calls };
}

/** Shard 0's client; broadcastEval evaluates for shard 0 and shard 1 (whose hook is the global). */
function shardZeroClient(): { client: Client; evals: () => number } {
  let evals = 0;
  const clientOf = (id: number) => ({ shard: { ids: [id] } });
  const client = {
    shard: {
      ids: [0],
      broadcastEval: async (fn: (c: unknown, context: unknown) => unknown, options: { context: unknown }) => {
        evals++;
        return Promise.all([0, 1].map((id) => fn(clientOf(id), options.context)));
      },
    },
  } as unknown as Client;
  return { client, evals: () => evals };
}

const quiet = createLogger({ secrets: [], write: () => undefined, debug: false });

describe('reloadOnAllShards', () => {
  it('builds on the receiving shard and has the other load the persisted desk', async () => {
    const mine = recordingHolder(() => report(5, 'build'));
    const other = recordingHolder(() => report(5, 'cache'));
    installReloadHook(other.holder, quiet);
    const { client } = shardZeroClient();
    const result = await reloadOnAllShards(client, mine.holder);
    expect(result).toEqual({ report: report(5, 'build'), shards: 2 });
    expect(mine.calls).toEqual([undefined]); // one build, here
    expect(other.calls).toEqual(['persisted']); // a load there
  });

  it('asks no other shard when this shard refuses the corpus', async () => {
    const problems = [{ file: 'broken.md', reason: 'no front matter' }];
    const mine = recordingHolder(() => {
      throw new CorpusLoadError(problems);
    });
    const other = recordingHolder(() => report(5, 'cache'));
    installReloadHook(other.holder, quiet);
    const { client, evals } = shardZeroClient();
    const error = await reloadOnAllShards(client, mine.holder).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CorpusLoadError);
    expect((error as CorpusLoadError).problems).toEqual(problems);
    expect(evals()).toBe(0);
    expect(other.calls).toEqual([]);
  });

  it('names the shard that could not follow, without calling it a refused reload', async () => {
    const mine = recordingHolder(() => report(5, 'build'));
    const other = recordingHolder(() => {
      throw new CorpusLoadError([{ file: 'late.md', reason: 'no front matter' }]);
    });
    installReloadHook(other.holder, quiet);
    const { client } = shardZeroClient();
    const error = await reloadOnAllShards(client, mine.holder).catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(CorpusLoadError); // shard 0 does serve the new corpus
    expect(String((error as Error).message)).toMatch(/reloaded on shard 0, but not on shard 1: late\.md: no front matter/);
  });
});
