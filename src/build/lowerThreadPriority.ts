import { readdirSync, readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/**
 * Lowers the calling thread's scheduling priority (nice 10), so a build running beside a
 * serving thread takes the cores the serving thread leaves idle instead of competing with it:
 * on two cores, two build threads at normal priority slowed questions answered during a reload
 * threefold. Linux only (a thread is a task with its own nice value there); elsewhere, or if
 * refused, nothing changes.
 */
export function lowerThreadPriority(): void {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0) setPriority(tid, 10);
  } catch {
    // Not Linux, or not allowed: the build runs at the usual priority.
  }
}

/**
 * Lowers every thread of the calling process to nice 10 (threads it starts later inherit
 * it): a build process's garbage-collector and compiler threads then yield to the serving
 * process too, not only its JavaScript threads. Linux only; elsewhere nothing changes.
 */
export function lowerProcessPriority(): void {
  try {
    for (const task of readdirSync('/proc/self/task')) setPriority(Number(task), 10);
  } catch {
    // Not Linux, or not allowed: the build runs at the usual priority.
  }
}
