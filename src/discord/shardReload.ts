/**
 * /reload with several shards: each shard process has its own DeskHolder, so the shard
 * that received the command asks every shard (broadcastEval) to reload its holder.
 * Failures come back as values, since thrown errors lose their `problems` crossing processes.
 */
import type { Client } from 'discord.js';
import { CorpusLoadError, type CorpusProblem, type DeskHolder, type ReloadReport } from '../desk/types.js';

type ShardReloadOutcome = { ok: true; report: ReloadReport } | { ok: false; problems: CorpusProblem[] | null; message: string };

const HOOK = 'crisisDeskReload';

/** Expose this process's holder to broadcastEval (which can only reach globals). */
export function installReloadHook(holder: DeskHolder): void {
  (globalThis as Record<string, unknown>)[HOOK] = async (): Promise<ShardReloadOutcome> => {
    try {
      return { ok: true, report: await holder.reload() };
    } catch (error) {
      const problems = error instanceof CorpusLoadError ? error.problems : null;
      return { ok: false, problems, message: String((error as Error)?.message ?? error) };
    }
  };
}

export async function reloadOnAllShards(client: Client): Promise<{ report: ReloadReport; shards: number }> {
  if (!client.shard) throw new Error('reloadOnAllShards needs a sharded client');
  const outcomes = (await client.shard.broadcastEval(() =>
    (globalThis as unknown as Record<string, () => Promise<unknown>>)['crisisDeskReload']!(),
  )) as ShardReloadOutcome[];
  const failed = outcomes.find((o): o is Extract<ShardReloadOutcome, { ok: false }> => !o.ok);
  if (failed) {
    if (failed.problems) throw new CorpusLoadError(failed.problems);
    throw new Error(`a shard failed to reload: ${failed.message}`);
  }
  const mine = outcomes[client.shard.ids[0] ?? 0] ?? outcomes[0];
  if (!mine || !mine.ok) throw new Error('no shard reported a reload');
  return { report: mine.report, shards: outcomes.length };
}
