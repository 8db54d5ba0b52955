/**
 * A value memoised per object (a corpus's lookup tables, per DeskData), kept in a hidden
 * property of that object, so it lives and dies with it like a WeakMap entry would.
 *
 * Not a WeakMap: V8 marks a WeakMap's values as ephemerons, and the large ones these memos
 * hold (tables over every name or sentence of a corpus) were marked in the stop-the-world
 * pause that ends a full collection: 33 ms of a 76 ms pause while a reload unpacked a
 * 4,000-article corpus. A plain property is marked concurrently, like the rest of the heap.
 */
export class MemoSlot<V> {
  private readonly key: symbol;
  /** For objects that cannot take a property (frozen or sealed). */
  private readonly fallback = new WeakMap<object, V>();

  /** `name` labels the hidden property in heap snapshots. */
  constructor(name: string) {
    this.key = Symbol(name);
  }

  get(owner: object): V | undefined {
    return Object.prototype.hasOwnProperty.call(owner, this.key) ? (owner as Record<symbol, V>)[this.key] : this.fallback.get(owner);
  }

  has(owner: object): boolean {
    return Object.prototype.hasOwnProperty.call(owner, this.key) || this.fallback.has(owner);
  }

  set(owner: object, value: V): void {
    if (!Object.isExtensible(owner) && !Object.prototype.hasOwnProperty.call(owner, this.key)) {
      this.fallback.set(owner, value);
      return;
    }
    // Not enumerable: copies, JSON and deep-equality checks of the owner do not see it.
    Object.defineProperty(owner, this.key, { value, writable: true, configurable: true, enumerable: false });
  }

  delete(owner: object): void {
    delete (owner as Record<symbol, V>)[this.key];
    this.fallback.delete(owner);
  }
}
