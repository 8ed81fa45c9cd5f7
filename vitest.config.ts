import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

const shared = {
  testTimeout: 60_000,
  hookTimeout: 60_000,
};

export default defineConfig({
  test: {
    // ffmpeg work is CPU-bound; two cores are shared by every fork.
    maxWorkers: 2,
    projects: [
      {
        test: {
          ...shared,
          name: 'node',
          environment: 'node',
          include: ['tests/services/**/*.test.ts', 'tests/scripts/**/*.test.ts', 'tests/hosts/**/*.test.ts'],
        },
      },
      {
        // The renderer's code as the browser runs it: Svelte compiled for the client, a DOM.
        plugins: [svelte()],
        resolve: { conditions: ['browser'] },
        test: {
          ...shared,
          name: 'renderer',
          environment: 'jsdom',
          include: ['tests/renderer/**/*.test.ts'],
        },
      },
    ],
  },
});
