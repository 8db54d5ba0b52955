/** Per-user cooldown so one person cannot flood the bot with questions. */
import type { Clock } from './expiringMap.js';

export class Cooldowns {
  private last = new Map<string, number>();

  constructor(
    private readonly ms: number,
    private readonly now: Clock = Date.now,
  ) {}

  /** 0 when `key` may go now (and starts its cooldown), else milliseconds left. */
  take(key: string): number {
    if (this.ms <= 0) return 0;
    const t = this.now();
    const previous = this.last.get(key);
    if (previous !== undefined && t - previous < this.ms) return this.ms - (t - previous);
    this.last.set(key, t);
    if (this.last.size > 10_000) {
      for (const [k, at] of this.last) if (t - at >= this.ms) this.last.delete(k);
    }
    return 0;
  }
}
