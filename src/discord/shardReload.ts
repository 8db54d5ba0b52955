/**
 * /reload with several shards: each shard process has its own DeskHolder, but the corpus is
 * built once. The shard that received the command builds (which persists the packed desk);
 * then it asks every other shard (broadcastEval) to load that persisted desk, a read of the
 * file rather than a build (a shard whose folder changed in between builds for itself).
 * Failures come back as values, since thrown errors lose their `problems` crossing processes.
 */
import type { Client } from 'discord.js';
import { CorpusLoadError, type CorpusProblem, type DeskHolder, type ReloadReport } from '../model/types.js';
import type { Logger } from './logger.js';

type ShardReloadOutcome = { ok: true; report: ReloadReport } | { ok: false; problems: CorpusProblem[] | null; message: string };

const HOOK = 'crisisDeskLoadPersisted';

/** Expose this process's holder to broadcastEval (which can only reach globals). */
export function installReloadHook(holder: DeskHolder, logger: Logger): void {
  (globalThis as Record<string, unknown>)[HOOK] = async (): Promise<ShardReloadOutcome> => {
    try {
      const report = await holder.reload(undefined, { from: 'persisted' });
      const how = report.source === 'cache' ? 'loaded the desk another shard built' : 'built it (the folder changed since)';
      logger.info(`reload for another shard: ${how}: ${report.articles} articles in ${report.ms} ms`);
      return { ok: true, report };
    } catch (error) {
      const problems = error instanceof CorpusLoadError ? error.problems : null;
      return { ok: false, problems, message: String((error as Error)?.message ?? error) };
    }
  };
}

/**
 * Builds the corpus in this shard, then has every other shard load the desk it persisted.
 * Resolves with this shard's report; rejects with CorpusLoadError when this shard's build
 * refuses the corpus (no other shard is asked: all keep serving the old corpus), or with an
 * Error naming the shards that failed to follow.
 */
export async function reloadOnAllShards(
  client: Client,
  holder: DeskHolder,
  onProgress?: (done: number, total: number) => void,
): Promise<{ report: ReloadReport; shards: number }> {
  if (!client.shard) throw new Error('reloadOnAllShards needs a sharded client');
  const report = await holder.reload(onProgress);
  const from = client.shard.ids[0] ?? 0;
  const outcomes = (await client.shard.broadcastEval(
    (c, context) =>
      c.shard?.ids.includes(context.from)
        ? null
        : (globalThis as unknown as Record<string, () => Promise<unknown>>)['crisisDeskLoadPersisted']!(),
    { context: { from } },
  )) as (ShardReloadOutcome | null)[];
  const failed = outcomes.flatMap((o, shard) => (o && !o.ok ? [`shard ${shard}: ${o.problems ? o.problems.map((p) => `${p.file}: ${p.reason}`).join('; ') : o.message}`] : []));
  // This shard already serves the new corpus, so this is not "the reload failed".
  if (failed.length > 0) throw new Error(`reloaded on shard ${from}, but not on ${failed.join(' | ')}`);
  return { report, shards: outcomes.length };
}
