/**
 * Conversation memory per thread the bot opened: the last few turns' contexts, so a
 * follow-up ("what else did he say") is asked with the previous turn's context.
 * Bounded in turns, age and number of threads, so memory cannot grow without limit.
 */
import type { ConversationContext } from '../model/types.js';
import { ExpiringMap, type Clock } from './expiringMap.js';

export interface ThreadContextOptions {
  maxTurns?: number;
  ttlMs?: number;
  maxThreads?: number;
  now?: Clock;
}

export class ThreadContexts {
  private readonly threads: ExpiringMap<string, ConversationContext[]>;
  private readonly maxTurns: number;

  constructor(options: ThreadContextOptions = {}) {
    this.maxTurns = options.maxTurns ?? 5;
    this.threads = new ExpiringMap(options.maxThreads ?? 1000, options.ttlMs ?? 30 * 60_000, options.now);
  }

  /** Whether the bot opened this thread and its conversation has not expired. */
  has(threadId: string): boolean {
    return this.threads.has(threadId);
  }

  /** The previous turn, to pass as AskOptions.context. */
  latest(threadId: string): ConversationContext | undefined {
    return this.threads.get(threadId)?.at(-1);
  }

  record(threadId: string, context: ConversationContext): void {
    const turns = [...(this.threads.get(threadId) ?? []), context].slice(-this.maxTurns);
    this.threads.set(threadId, turns);
  }

  turns(threadId: string): ConversationContext[] {
    return this.threads.get(threadId) ?? [];
  }
}
