import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/services/**/*.test.ts', 'tests/scripts/**/*.test.ts', 'tests/hosts/**/*.test.ts', 'tests/renderer/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // ffmpeg work is CPU-bound; two cores are shared by every fork.
    maxWorkers: 2,
  },
});
