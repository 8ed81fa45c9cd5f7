import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '../../..');

export interface RunningHost {
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  process: ChildProcess;
  /** Ends the host the given way and waits for it to exit. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export function makeDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'retake-e2e-'));
}

/**
 * Starts `npm run web` exactly as a user would, on the given data folder, and waits for its ready line.
 * The folders it remembers go beside the data folder, never into the real per-user config.
 */
export function startWebHost(dataDir: string, args: readonly string[] = []): Promise<RunningHost> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(repo, 'src/main/web-entry.ts'), '--data-dir', dataDir, ...args], {
    cwd: repo,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, RETAKE_CONFIG_DIR: `${dataDir}-config` },
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
    process.stderr.write(`[web-host] ${d}`);
  });
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  return new Promise((done, fail) => {
    let out = '';
    const onData = (d: Buffer): void => {
      out += d.toString();
      const m = /Retake web host ready: (http:\/\/127\.0\.0\.1:\d+\/\?token=([A-Za-z0-9_-]+))/.exec(out);
      if (!m) return;
      child.stdout.off('data', onData);
      const url = m[1]!;
      done({
        url,
        origin: new URL(url).origin,
        token: m[2]!,
        dataDir,
        process: child,
        stop: async (signal = 'SIGTERM') => {
          if (child.exitCode === null && child.signalCode === null) child.kill(signal);
          return exited;
        },
      });
    };
    child.stdout.on('data', onData);
    void exited.then((code) => fail(new Error(`web host exited (${code}) before it was ready:\n${stderr}`)));
  });
}
