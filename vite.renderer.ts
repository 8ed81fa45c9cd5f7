import { resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { UserConfig } from 'vite';

/**
 * The renderer's build, shared by the Electron bundle (electron.vite.config.ts) and the web
 * one (vite.web.config.ts): the same plugins, the same minifying, and svelte.config.js found
 * from the repo root although the root of the build is src/renderer.
 */
export function rendererConfig(page: 'index.html' | 'web.html'): UserConfig {
  return {
    root: resolve(import.meta.dirname, 'src/renderer'),
    plugins: [svelte({ configFile: resolve(import.meta.dirname, 'svelte.config.js') })],
    build: {
      minify: true,
      // One bundle read from disk, not fetched over a network: Vite's 500 kB warning is for the web.
      chunkSizeWarningLimit: 1024,
      rollupOptions: { input: resolve(import.meta.dirname, 'src/renderer', page) },
    },
  };
}
