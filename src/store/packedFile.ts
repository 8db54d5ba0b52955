import { createHash } from 'node:crypto';
import zlib from 'node:zlib';

/**
 * A file format for plain data holding typed arrays (the packed desk): every typed array is
 * an 8-byte-aligned section read back as a view on the file's buffer (no copy, no parse), and
 * everything else is one JSON section. A checksum of all sections (CRC-32, see below) guards
 * against a truncated or garbled file; the header names the format, the index version and the
 * corpus key.
 *
 * Layout: "CDESKv1\n" | header length (u32 LE) | header JSON | padding | sections.
 */

const MAGIC = Buffer.from('CDESKv1\n', 'latin1');
const ALIGN = 8;

type TypedArray = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float64Array;
const TYPES = { Uint8Array, Uint16Array, Uint32Array, Int32Array, Float64Array } as const;
type TypeName = keyof typeof TYPES;

interface Header {
  version: string;
  key: string;
  checksum: string;
  /** What the writer attached to the header (read without checking the payload). */
  meta?: unknown;
  sections: { type: TypeName | 'json'; offset: number; bytes: number }[];
}

/** The file as buffers to write one after the other (no concatenation: they can be large). */
export function encodePackedFile(value: unknown, version: string, key: string, meta?: unknown): Uint8Array[] {
  const arrays: TypedArray[] = [];
  const json = JSON.stringify(value, (_, v: unknown) => {
    if (ArrayBuffer.isView(v)) {
      arrays.push(v as TypedArray);
      return { $section: arrays.length };
    }
    return v;
  });
  const parts: Uint8Array[] = [Buffer.from(json, 'utf8'), ...arrays.map((a) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength))];
  const types: Header['sections'][number]['type'][] = ['json', ...arrays.map((a) => a.constructor.name as TypeName)];
  const hash = newChecksum()!;
  const sections: Header['sections'] = [];
  const payload: Uint8Array[] = [];
  let offset = 0;
  parts.forEach((part, i) => {
    sections.push({ type: types[i]!, offset, bytes: part.byteLength });
    const padding = new Uint8Array((ALIGN - (part.byteLength % ALIGN)) % ALIGN);
    for (const piece of [part, padding]) {
      hash.update(piece);
      payload.push(piece);
    }
    offset += part.byteLength + padding.byteLength;
  });
  const header = Buffer.from(JSON.stringify({ version, key, checksum: hash.digest(), ...(meta !== undefined && { meta }), sections } satisfies Header), 'utf8');
  const lead = MAGIC.length + 4 + header.byteLength;
  const prefix = Buffer.alloc(lead + ((ALIGN - (lead % ALIGN)) % ALIGN));
  MAGIC.copy(prefix, 0);
  prefix.writeUInt32LE(header.byteLength, MAGIC.length);
  header.copy(prefix, MAGIC.length + 4);
  return [prefix, ...payload];
}

/**
 * How many bytes from the start of a file hold its header (the `meta` included), from its
 * first 12 bytes; throws PackedFileError for a file that is not one. Lets a reader check the
 * header before reading the rest.
 */
export function packedHeaderBytes(lead: Uint8Array): number {
  const view = Buffer.from(lead.buffer, lead.byteOffset, lead.byteLength);
  if (view.byteLength < MAGIC.length + 4 || !view.subarray(0, MAGIC.length).equals(MAGIC)) throw new PackedFileError('not a desk cache file');
  return MAGIC.length + 4 + view.readUInt32LE(MAGIC.length);
}

/** The `meta` a file's header carries (undefined when none); throws PackedFileError for a file that is not one. */
export function readPackedFileMeta(file: Uint8Array): unknown {
  return readHeader(Buffer.from(file.buffer, file.byteOffset, file.byteLength)).header.meta;
}

/** The key a packed file was written under (its header's), whatever it is. */
export function readPackedFileKey(file: Uint8Array): string {
  return readHeader(Buffer.from(file.buffer, file.byteOffset, file.byteLength)).header.key;
}

function readHeader(view: Buffer): { header: Header; headerEnd: number } {
  if (view.byteLength < MAGIC.length + 4 || !view.subarray(0, MAGIC.length).equals(MAGIC)) throw new PackedFileError('not a desk cache file');
  const headerBytes = view.readUInt32LE(MAGIC.length);
  const headerEnd = MAGIC.length + 4 + headerBytes;
  if (headerEnd > view.byteLength) throw new PackedFileError('truncated header');
  try {
    return { header: JSON.parse(view.subarray(MAGIC.length + 4, headerEnd).toString('utf8')) as Header, headerEnd };
  } catch {
    throw new PackedFileError('garbled header');
  }
}

/** Why a file was not accepted (shown in the log: the corpus is rebuilt). */
export class PackedFileError extends Error {
  override name = 'PackedFileError';
}

/**
 * Decodes a file written by `encodePackedFile`, checking the format, version, key and
 * checksum (unless `verifyPackedFile` already checked it); throws PackedFileError when
 * anything does not match.
 */
export function decodePackedFile(file: Uint8Array, version: string, key: string, { checksumVerified = false } = {}): unknown {
  // Views need aligned offsets: a buffer from a pool may start anywhere.
  const bytes = file.byteOffset % ALIGN === 0 ? file : new Uint8Array(file);
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { header, headerEnd } = readHeader(view);
  if (header.version !== version) throw new PackedFileError(`index version ${header.version}, not ${version}`);
  if (header.key !== key) throw new PackedFileError('the corpus or the code changed');
  const payload = payloadOf(view, headerEnd);
  if (!checksumVerified && checksumOf(payload, header.checksum) !== header.checksum) throw new PackedFileError('checksum mismatch (truncated or garbled)');
  const sections = header.sections.map(({ type, offset, bytes: length }) => {
    if (offset + length > payload.byteLength) throw new PackedFileError('section out of bounds');
    const at = payload.byteOffset + offset;
    if (type === 'json') return payload.subarray(offset, offset + length).toString('utf8');
    const Type = TYPES[type];
    if (!Type) throw new PackedFileError(`unknown section type ${type}`);
    return new Type(payload.buffer as ArrayBuffer, at, length / Type.BYTES_PER_ELEMENT);
  });
  return JSON.parse(sections[0] as string, (_, v: unknown) => {
    if (v && typeof v === 'object' && '$section' in v) return sections[(v as { $section: number }).$section];
    return v;
  });
}

/** Bytes checksummed between pauses by `verifyPackedFile` (a few milliseconds each). */
const VERIFY_PIECE = 4 << 20;

/**
 * Checks a file's checksum piece by piece, awaiting `pause` between pieces, so a serving
 * thread keeps answering while 100 MB are checked; throws PackedFileError when the file is
 * not one or the checksum does not match.
 */
export async function verifyPackedFile(file: Uint8Array, pause: () => Promise<void> | void): Promise<void> {
  const view = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  const { header, headerEnd } = readHeader(view);
  const payload = payloadOf(view, headerEnd);
  const hash = newChecksum(algorithmOf(header.checksum));
  if (hash) {
    for (let at = 0; at < payload.byteLength; at += VERIFY_PIECE) {
      hash.update(payload.subarray(at, at + VERIFY_PIECE));
      await pause();
    }
  }
  if (hash?.digest() !== header.checksum) throw new PackedFileError('checksum mismatch (truncated or garbled)');
}

/** The sections, from the first 8-byte boundary after the header. */
function payloadOf(view: Buffer, headerEnd: number): Buffer {
  return view.subarray(headerEnd + ((ALIGN - (headerEnd % ALIGN)) % ALIGN));
}

// CRC-32 (zlib, Node 20.15+) reads a 200 MB cache three times faster than SHA-256, which
// matters at start-up; it detects truncation and garbling, all a cache needs (nothing here
// guards against a forger who can write the cache folder). Older Nodes use SHA-256.
const crc32 = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;

interface Checksum {
  update(piece: Uint8Array): void;
  /** `crc32:<hex>` or `sha256:<hex>`. */
  digest(): string;
}

/**
 * A running checksum by `algorithm` (for new files CRC-32 where zlib has it, else SHA-256);
 * undefined for one this Node cannot compute, which then never matches.
 */
function newChecksum(algorithm = crc32 ? 'crc32' : 'sha256'): Checksum | undefined {
  if (algorithm === 'crc32') {
    if (!crc32) return undefined;
    let value = 0;
    // An empty piece changes nothing: skipped, since Node 20's crc32 returns 0 (not the running
    // value) for a view of a zero-length buffer, which made every file holding an empty
    // typed array fail its own checksum and be rebuilt at each start.
    return { update: (piece) => void (piece.byteLength > 0 && (value = crc32(piece, value))), digest: () => `crc32:${value.toString(16)}` };
  }
  if (algorithm !== 'sha256') return undefined;
  const hash = createHash('sha256');
  return { update: (piece) => void hash.update(piece), digest: () => `sha256:${hash.digest('hex')}` };
}

/** The algorithm a written checksum names (`crc32:1a2b…` → `crc32`). */
const algorithmOf = (checksum: string) => checksum.slice(0, Math.max(0, checksum.indexOf(':')));

/** The payload's checksum by the algorithm `expected` names (undefined when this Node cannot compute it). */
function checksumOf(payload: Uint8Array, expected: string): string | undefined {
  const hash = newChecksum(algorithmOf(expected));
  hash?.update(payload);
  return hash?.digest();
}
