import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Benchmarks that measure in a real browser (`npm run bench`); never part of `npm test`.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  resolve: { alias: { '@shared': fileURLToPath(new URL('../../shared', import.meta.url)) } },
  test: {
    env: { NODE_ENV: 'development' },
    include: ['test/bench/**/*.measure.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
