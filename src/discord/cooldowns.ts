/**
 * Per-user rate limit on questions: a burst bucket (by default 5 questions per 30 s), so a
 * quick follow-up right after /ask is answered while a flood is held back. A number is the
 * old fixed gap (one question per that many ms).
 */
import type { Clock } from './expiringMap.js';

export interface RateLimit {
  /** Questions allowed within any `windowMs`. */
  burst: number;
  windowMs: number;
}

export const DEFAULT_RATE_LIMIT: RateLimit = { burst: 5, windowMs: 30_000 };

/** What to do with a limited message: one short reply per limited stretch, then only a reaction. */
export type LimitNotice = 'reply' | 'react';

export class Cooldowns {
  private readonly limit: RateLimit;
  /** Times of each user's recent questions, oldest first (at most `burst`). */
  private taken = new Map<string, number[]>();
  /** Until when a user has been told when to ask again. */
  private told = new Map<string, number>();

  constructor(
    limit: RateLimit | number,
    private readonly now: Clock = Date.now,
  ) {
    this.limit = typeof limit === 'number' ? { burst: 1, windowMs: limit } : limit;
  }

  /** 0 when `key` may go now (and counts it), else milliseconds until it may. */
  take(key: string): number {
    const { burst, windowMs } = this.limit;
    if (burst <= 0 || windowMs <= 0) return 0;
    const t = this.now();
    const times = (this.taken.get(key) ?? []).filter((at) => t - at < windowMs);
    if (times.length >= burst) {
      this.taken.set(key, times);
      return times[0]! + windowMs - t;
    }
    times.push(t);
    this.taken.set(key, times);
    if (this.taken.size > 10_000) this.prune(t);
    return 0;
  }

  /** For a message limited for `waitMs`: reply the first time in this stretch, react after that. */
  notice(key: string, waitMs: number): LimitNotice {
    const t = this.now();
    if ((this.told.get(key) ?? -Infinity) > t) return 'react';
    this.told.set(key, t + waitMs);
    return 'reply';
  }

  private prune(t: number): void {
    for (const [k, times] of this.taken) if (times.every((at) => t - at >= this.limit.windowMs)) this.taken.delete(k);
    for (const [k, until] of this.told) if (until <= t) this.told.delete(k);
  }
}
