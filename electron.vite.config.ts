import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { rendererConfig } from './vite.renderer.ts';

export default defineConfig({
  main: {
    build: {
      externalizeDeps: true,
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          // The face model's worker thread: its own file beside index.js (see body-language/model-files.ts).
          'body-language-worker': resolve(__dirname, 'src/main/services/body-language/worker.ts'),
        },
      },
    },
  },
  preload: {
    // A sandboxed preload cannot require() modules or be an ES module: one CommonJS file.
    build: {
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: rendererConfig('index.html'),
});
