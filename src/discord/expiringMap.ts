/**
 * A bounded map with time-to-live and least-recently-used eviction, on an injected
 * clock so tests can move time. Used for thread contexts and button state.
 */
export type Clock = () => number;

export class ExpiringMap<K, V> {
  private entries = new Map<K, { value: V; touched: number }>();

  constructor(
    private readonly maxEntries: number,
    private readonly ttlMs: number,
    private readonly now: Clock = Date.now,
  ) {}

  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (this.now() - entry.touched > this.ttlMs) {
      this.entries.delete(key);
      return undefined;
    }
    // Re-insert so Map order is least-recently-used first.
    this.entries.delete(key);
    entry.touched = this.now();
    this.entries.set(key, entry);
    return entry.value;
  }

  has(key: K): boolean {
    return this.get(key) !== undefined;
  }

  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, { value, touched: this.now() });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value as K;
      this.entries.delete(oldest);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}
