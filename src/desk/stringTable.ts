/**
 * Many strings (article bodies, names, quotations) as one UTF-16 buffer plus offsets: typed
 * arrays a worker can transfer and a cache file can hold without per-string encoding.
 * Strings are grouped into chunks of about `CHUNK_UNITS` code units (a string never spans two),
 * so decoding can pause between chunks and each string is a slice of its chunk's string.
 */

/** The packed form: `units` holds string i at offsets[i] … offsets[i+1]-1; chunks start at `chunks[c]`. */
export interface PackedStrings {
  units: Uint16Array;
  offsets: Uint32Array;
  /** Code-unit offsets where chunks start, plus the end. */
  chunks: Uint32Array;
}

/** "No string" (an absent optional field). */
export const NO_STRING = 0xffffffff;

const CHUNK_UNITS = 1 << 20;

/** Collects strings (each distinct string stored once) and packs them. */
export class StringTableBuilder {
  private readonly refs = new Map<string, number>();
  private readonly strings: string[] = [];

  /** Reference to `text` (NO_STRING for undefined/null). */
  add(text: string | null | undefined): number {
    if (text === undefined || text === null) return NO_STRING;
    let ref = this.refs.get(text);
    if (ref === undefined) {
      ref = this.strings.length;
      this.refs.set(text, ref);
      this.strings.push(text);
    }
    return ref;
  }

  pack(): PackedStrings {
    const total = this.strings.reduce((sum, s) => sum + s.length, 0);
    const units = new Uint16Array(total);
    const offsets = new Uint32Array(this.strings.length + 1);
    const chunks = [0];
    let at = 0;
    this.strings.forEach((s, i) => {
      if (at - chunks[chunks.length - 1]! >= CHUNK_UNITS) chunks.push(at);
      offsets[i] = at;
      for (let j = 0; j < s.length; j++) units[at + j] = s.charCodeAt(j);
      at += s.length;
    });
    offsets[this.strings.length] = at;
    chunks.push(at);
    return { units, offsets, chunks: Uint32Array.from(chunks) };
  }
}

/** Random access to packed strings, once their chunks are decoded. */
export class StringTable {
  private constructor(
    private readonly packed: PackedStrings,
    private readonly decoded: string[],
  ) {}

  /** Decodes chunk by chunk, calling `pause` between chunks (it may yield to the event loop). */
  static async decode(packed: PackedStrings, pause: () => Promise<void> | void): Promise<StringTable> {
    const decoder = new TextDecoder('utf-16le');
    const decoded: string[] = [];
    for (let c = 0; c + 1 < packed.chunks.length; c++) {
      const part = packed.units.subarray(packed.chunks[c], packed.chunks[c + 1]);
      decoded.push(decoder.decode(part));
      await pause();
    }
    return new StringTable(packed, decoded);
  }

  get(ref: number): string {
    const start = this.packed.offsets[ref];
    if (start === undefined) throw new RangeError(`no string ${ref}`);
    const end = this.packed.offsets[ref + 1]!;
    const chunk = this.chunkOf(start);
    const base = this.packed.chunks[chunk]!;
    return this.decoded[chunk]!.slice(start - base, end - base);
  }

  optional(ref: number): string | undefined {
    return ref === NO_STRING ? undefined : this.get(ref);
  }

  private chunkOf(unit: number): number {
    // Last chunk starting at or before `unit` (empty strings at a boundary belong to either).
    let a = 0;
    let b = this.packed.chunks.length - 2;
    while (a < b) {
      const mid = (a + b + 1) >>> 1;
      if (this.packed.chunks[mid]! <= unit) a = mid;
      else b = mid - 1;
    }
    return a;
  }
}
