/**
 * `npm run web -- --data-dir <dir> [--port <n>]`: the real services and the built renderer
 * over HTTP on 127.0.0.1, for driving Retake in a browser where Electron cannot run.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startWebHost } from './hosts/web';
import { openRetake } from './services/app';

const REPO = resolve(import.meta.dirname, '../..');

function fail(message: string): never {
  console.error(`retake web: ${message}`);
  process.exit(2);
}

function readOptions(): { dataDir: string; port: number } {
  let values: { 'data-dir'?: string; port?: string };
  try {
    ({ values } = parseArgs({
      options: { 'data-dir': { type: 'string' }, port: { type: 'string' } },
      allowPositionals: false,
    }));
  } catch (error) {
    fail((error as Error).message);
  }
  const dataDir = values['data-dir'] ?? process.env.RETAKE_DATA_DIR;
  if (!dataDir) fail('give the data folder with --data-dir <dir> or RETAKE_DATA_DIR');
  const port = Number(values.port ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be 0..65535, got ${values.port}`);
  return { dataDir: resolve(dataDir), port };
}

async function main(): Promise<void> {
  const { dataDir, port } = readOptions();
  mkdirSync(dataDir, { recursive: true });
  const services = openRetake({ dataDir, resourcesDir: resolve(REPO, 'resources') });
  const staticDir = resolve(REPO, 'out/web');
  if (!existsSync(resolve(staticDir, 'web.html'))) console.error('retake web: out/web/web.html is missing; run `npm run build:web` first (the api still works)');
  const host = await startWebHost({ services, dataDir, staticDir, port });

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.error(`retake web: ${signal}, shutting down`);
    host
      .close()
      .then(() => services.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          console.error('retake web: shutdown failed', error);
          process.exit(1);
        },
      );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  // Tests wait for exactly this line; keep its shape.
  console.log(`Retake web host ready: ${host.url}`);
}

main().catch((error: unknown) => {
  console.error('retake web: failed to start', error);
  process.exit(1);
});
