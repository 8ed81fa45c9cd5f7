import { resolve } from 'node:path';
import { defineConfig, mergeConfig } from 'vite';
import { rendererConfig } from './vite.renderer.ts';

/** The same renderer, built for the web host: web.html installs the HTTP client first. */
export default defineConfig(
  mergeConfig(rendererConfig('web.html'), {
    base: '/',
    build: { outDir: resolve(import.meta.dirname, 'out/web'), emptyOutDir: true },
  }),
);
