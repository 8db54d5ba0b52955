/**
 * Every buffer of the typed arrays in a packed form (a packed desk, or a packed index), for a
 * worker's transfer list: they move to the receiving thread instead of being copied.
 */
export function packedBuffers(packed: object): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  const visit = (value: unknown): void => {
    if (ArrayBuffer.isView(value)) buffers.add(value.buffer as ArrayBuffer);
    else if (value && typeof value === 'object') for (const v of Object.values(value)) visit(v);
  };
  visit(packed);
  return [...buffers];
}
