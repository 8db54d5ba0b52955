import type { FileHandle } from 'node:fs/promises';

/**
 * Reads bytes [from, to) of the file into `bytes` at the same offsets, in as few requests as
 * the system allows (readFile reads in 512 KiB pieces, a round trip to the thread pool each:
 * a quarter of a second of idle waiting for a 100 MB desk file); returns where the file ended
 * if before `to`, else `to`.
 */
export async function readRange(handle: FileHandle, bytes: Uint8Array, from: number, to: number): Promise<number> {
  let at = from;
  while (at < to) {
    const { bytesRead } = await handle.read(bytes, at, to - at, at);
    if (bytesRead === 0) break;
    at += bytesRead;
  }
  return at;
}
