import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Desks loaded by tests persist their index outside the repo (tests pass `cacheDir` to test the cache itself).
    env: { CACHE_DIR: join(tmpdir(), 'crisis-desk-test-cache') },
  },
});
