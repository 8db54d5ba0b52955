/**
 * A reload while questions keep coming: the event loop's longest stall (monitorEventLoopDelay,
 * 1 ms resolution, and a 5 ms interval probe), measured while the holder reloads in its build process
 * and a question is asked every 20 ms.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { DeskHolder } from '../../src/model/types';
import { round } from './measureQueries';

export interface ReloadUnderLoad {
  reloadMs: number;
  /** Longest event-loop delay seen (includes the time of the questions asked meanwhile). */
  maxStallMs: number;
  stallP99Ms: number;
  /** Longest gap of a 5 ms interval probe beyond its 5 ms. */
  probeMaxMs: number;
  questionsAnswered: number;
  maxQuestionMs: number;
  /** Where the new desk came from (`build` or `cache`), and how many articles the reload added, changed and removed. */
  source?: string;
  added: number;
  changed: number;
  removed: number;
}

export async function measureReload(
  holder: DeskHolder,
  questions: readonly string[],
  onProgress?: (done: number, total: number) => void,
): Promise<ReloadUnderLoad> {
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  let last = performance.now();
  let probeMax = 0;
  const probe = setInterval(() => {
    const now = performance.now();
    probeMax = Math.max(probeMax, now - last - 5);
    last = now;
  }, 5);
  let asked = 0;
  let maxQuestion = 0;
  const asker = setInterval(() => {
    const started = performance.now();
    holder.desk.ask(questions[asked % questions.length]!);
    maxQuestion = Math.max(maxQuestion, performance.now() - started);
    asked++;
  }, 20);
  try {
    const report = await holder.reload(onProgress);
    return {
      reloadMs: report.ms,
      maxStallMs: round(delay.max / 1e6, 1),
      stallP99Ms: round(delay.percentile(99) / 1e6, 1),
      probeMaxMs: round(probeMax, 1),
      questionsAnswered: asked,
      maxQuestionMs: round(maxQuestion, 1),
      ...(report.source && { source: report.source }),
      added: report.added.length,
      changed: report.changed.length,
      removed: report.removed.length,
    };
  } finally {
    clearInterval(probe);
    clearInterval(asker);
    delay.disable();
  }
}
