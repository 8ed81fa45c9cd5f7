import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ModelFiles } from './protocol';

const load = createRequire(import.meta.url);

/** The packaging config unpacks these folders beside the asar; read them there, as real files. */
const unpacked = (path: string) => path.replace(/\bapp\.asar\b/, 'app.asar.unpacked');

/** The model weights and WebAssembly binaries, from the npm packages that carry them. */
export function modelFiles(): ModelFiles {
  return {
    modelDir: unpacked(join(dirname(load.resolve('@vladmandic/face-api/package.json')), 'model')),
    wasmDir: unpacked(join(dirname(load.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist')),
  };
}

/**
 * The worker's script. Built, it is `body-language-worker.js` beside the main bundle (a second
 * entry in electron.vite.config.ts, sharing no module with it so no chunk moves it elsewhere);
 * run from source (the web host under tsx, the tests), it is the TypeScript file, loaded through tsx.
 */
export function workerScript(): { url: URL; execArgv: string[] } {
  const here = import.meta.url;
  return here.endsWith('.ts')
    ? { url: new URL('./worker.ts', here), execArgv: ['--import', 'tsx'] }
    : { url: new URL('./body-language-worker.js', here), execArgv: [] };
}
