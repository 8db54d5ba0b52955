import { describe, expect, it } from 'vitest';
import { decodePackedFile, encodePackedFile, PackedFileError, verifyPackedFile } from '../../src/store/packedFile';

const fileOf = (value: unknown) => new Uint8Array(Buffer.concat(encodePackedFile(value, 'v1', 'key')));

describe('packed file', () => {
  it('decodes a value holding empty typed arrays (their own zero-length buffers) with a valid checksum', () => {
    const value = { none: Uint32Array.from([]), some: Uint32Array.from([1, 2, 3]), bytes: new Uint8Array(0), text: 'x' };
    const decoded = decodePackedFile(fileOf(value), 'v1', 'key') as typeof value;
    expect(Array.from(decoded.some)).toEqual([1, 2, 3]);
    expect(decoded.none.length).toBe(0);
    expect(decoded.text).toBe('x');
  });

  it('verifies the checksum piece by piece, pausing between pieces, and rejects a garbled file', async () => {
    const big = new Uint8Array(9 << 20).map((_, i) => i % 251);
    const file = fileOf({ big, none: new Uint16Array(0) });
    let pauses = 0;
    await verifyPackedFile(file, () => void pauses++);
    expect(pauses).toBeGreaterThanOrEqual(3);
    expect((decodePackedFile(file, 'v1', 'key', { checksumVerified: true }) as { big: Uint8Array }).big[300]).toBe(300 % 251);
    file[file.length - 5]! ^= 0xff;
    await expect(verifyPackedFile(file, () => undefined)).rejects.toThrow(PackedFileError);
    expect(() => decodePackedFile(file, 'v1', 'key')).toThrow(PackedFileError);
  });
});
