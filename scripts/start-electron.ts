/**
 * `npm start` / `npm run dev`: fetch the Electron binary when it is missing (since Electron 42
 * it is not downloaded at install), then hand over to electron-vite. Where it cannot be
 * fetched, say so in one line and name the web host, instead of electron-vite's
 * "Electron uninstall".
 */
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { electronBinary, electronInstaller } from './electron-binary';

const command = process.argv[2];
if (command !== 'preview' && command !== 'dev') {
  console.error('usage: tsx scripts/start-electron.ts preview|dev');
  process.exit(2);
}

if (electronBinary() === null) {
  // On a terminal, a progress line that is wiped again; elsewhere a failure is one line alone.
  const progress = process.stderr.isTTY;
  if (progress) process.stderr.write('Retake: fetching the Electron binary (first start only)…');
  // Its output is a stack trace on failure; the one line below says what matters.
  const install = spawnSync(process.execPath, [electronInstaller()], { encoding: 'utf8', timeout: 10 * 60_000 });
  if (progress) process.stderr.write('\r\x1b[K');
  if (electronBinary() === null) {
    const reason = `${install.stderr ?? ''}\n${install.stdout ?? ''}`.match(/^\w*Error: .*$/m)?.[0] ?? 'no binary after the download';
    console.error(
      `Retake: the Electron binary is not installed and could not be downloaded (${reason}). Run Retake in your browser instead: npm run web`,
    );
    process.exit(1);
  }
}

const cli = createRequire(import.meta.url).resolve('electron-vite/bin/electron-vite.js');
const child = spawn(process.execPath, [cli, command, ...process.argv.slice(3)], { stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
