/**
 * `npm run web [-- --data-dir <dir>] [--port <n>] [--backup-dir <dir>] [--new-library] [--restore <zip>]`:
 * the real services and the built renderer
 * over HTTP on 127.0.0.1, for running Retake in a browser where Electron cannot run. With
 * no data folder given it uses the desktop app's own, so both see one library.
 */
import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startWebHost } from './hosts/web';
import { logProcessErrors } from './process-errors';
import { openRetake } from './services/app';
import { restoreIntoNewFolder } from './services/backup';
import { checkDataFolder, missingFolderMessage, readDataFolders, rememberDataFolder } from './services/data-folders';
import { createFileLogger, logFileIn } from './services/log/logger';
import { missingTools } from './services/media/tools';
import { defaultDataDir } from './user-data-dir';
import { buildWeb, webBuildIsStale } from './web-build';

const REPO = resolve(import.meta.dirname, '../..');

function fail(message: string): never {
  console.error(`retake web: ${message}`);
  process.exit(2);
}

interface Options {
  dataDir: string;
  port: number;
  /** The desktop app's folder: it remembers which data folders have held a library. */
  configDir: string;
  backupsDir: string;
  newLibrary: boolean;
  restore?: string;
}

function readOptions(): Options {
  let values: { 'data-dir'?: string; port?: string; 'backup-dir'?: string; 'new-library'?: boolean; restore?: string };
  try {
    ({ values } = parseArgs({
      options: {
        'data-dir': { type: 'string' },
        port: { type: 'string' },
        'backup-dir': { type: 'string' },
        'new-library': { type: 'boolean' },
        restore: { type: 'string' },
      },
      allowPositionals: false,
    }));
  } catch (error) {
    fail((error as Error).message);
  }
  const home = homedir();
  const configDir = resolve(process.env.RETAKE_CONFIG_DIR || defaultDataDir(process.platform, process.env, home));
  const dataDir = values['data-dir'] || process.env.RETAKE_DATA_DIR || readDataFolders(configDir).current || configDir;
  const port = Number(values.port ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be 0..65535, got ${values.port}`);
  // Off the data folder's own disk where possible: a backup beside the library is lost with it.
  const backupsDir = resolve(values['backup-dir'] || join(home, 'Retake backups'));
  return { dataDir: resolve(dataDir), port, configDir, backupsDir, newLibrary: values['new-library'] === true, restore: values.restore };
}

async function main(): Promise<void> {
  const { dataDir, port, configDir, backupsDir, newLibrary, restore } = readOptions();
  if (restore) {
    await restoreIntoNewFolder(resolve(restore), dataDir).catch((error: Error) => fail(error.message));
    console.error(`retake web: restored ${restore} into ${dataDir}`);
  } else if (checkDataFolder(configDir, dataDir) === 'missing' && !newLibrary) {
    fail(
      `${missingFolderMessage(dataDir)} Or start with --data-dir <folder> to open another library, ` +
        `--restore <backup.zip> to restore one there, or --new-library to start an empty one there.`,
    );
  }
  mkdirSync(dataDir, { recursive: true });
  console.error(`retake web: data folder ${dataDir}`);
  const log = createFileLogger({ file: logFileIn(dataDir), echo: (entry) => process.stderr.write(entry) });
  logProcessErrors(log);
  const services = openRetake({ dataDir, resourcesDir: resolve(REPO, 'resources'), log, backupsDir });
  rememberDataFolder(configDir, dataDir);
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
