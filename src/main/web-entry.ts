/**
 * `npm run web [-- --data-dir <dir>] [--port <n>]`: the real services and the built renderer
 * over HTTP on 127.0.0.1, for running Retake in a browser where Electron cannot run. With
 * no data folder given it uses the desktop app's own, so both see one library.
 */
import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startWebHost } from './hosts/web';
import { logProcessErrors } from './process-errors';
import { openRetake } from './services/app';
import { createFileLogger, logFileIn } from './services/log/logger';
import { missingTools } from './services/media/tools';
import { defaultDataDir } from './user-data-dir';
import { buildWeb, webBuildIsStale } from './web-build';

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
  const dataDir = values['data-dir'] || process.env.RETAKE_DATA_DIR || defaultDataDir(process.platform, process.env, homedir());
  const port = Number(values.port ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be 0..65535, got ${values.port}`);
  return { dataDir: resolve(dataDir), port };
}

async function main(): Promise<void> {
  const { dataDir, port } = readOptions();
  mkdirSync(dataDir, { recursive: true });
  console.error(`retake web: data folder ${dataDir}`);
  const log = createFileLogger({ file: logFileIn(dataDir), echo: (entry) => process.stderr.write(entry) });
  logProcessErrors(log);
  const services = openRetake({ dataDir, resourcesDir: resolve(REPO, 'resources'), log });
  const staticDir = resolve(REPO, 'out/web');
  if (webBuildIsStale(REPO, resolve(staticDir, 'web.html'))) {
    console.error('retake web: building the web renderer first (out/web is missing or older than the sources)');
    if (!buildWeb(REPO)) fail('building the web renderer failed; the messages above say why');
  }
  const host = await startWebHost({ services, dataDir, staticDir, port });
  for (const problem of missingTools()) console.error(`retake web: ${problem}`);

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
          log.error('web host', 'shutdown failed', error);
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
