import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../src/main/user-data-dir';
import { webBuildIsStale } from '../../src/main/web-build';
import { raw } from './raw-http';

const READY = /^Retake web host ready: http:\/\/127\.0\.0\.1:(\d+)\/\?token=([A-Za-z0-9_-]{20,})$/;
const dirs: string[] = [];

function start(args: string[], env: Record<string, string> = {}): ChildProcessWithoutNullStreams {
  // `npm run web` is `node --import tsx src/main/web-entry.ts`; run the same without npm in between so
  // signals reach it. One process: tsx's CLI would relay them to a child, and under load its 30 ms wait
  // for the child's acknowledgement runs out and it exits 130 itself.
  return spawn(process.execPath, ['--import', 'tsx', resolve('src/main/web-entry.ts'), ...args], {
    cwd: resolve('.'),
    // The folders it remembers go to a throwaway config folder unless a test says otherwise.
    env: { ...process.env, RETAKE_DATA_DIR: '', RETAKE_CONFIG_DIR: tempDir(), ...env },
  });
}

function exited(child: ChildProcessWithoutNullStreams): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((r) => child.once('exit', (code, signal) => r({ code, signal })));
}

function collect(child: ChildProcessWithoutNullStreams) {
  const out = { stdout: '', stderr: '' };
  child.stdout.setEncoding('utf8').on('data', (s: string) => (out.stdout += s));
  child.stderr.setEncoding('utf8').on('data', (s: string) => (out.stderr += s));
  return out;
}

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'retake-web-entry-'));
  dirs.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('npm run web', () => {
  it('prints one ready line, serves the api, and exits 0 on SIGTERM', async () => {
    const child = start(['--data-dir', join(tempDir(), 'data')]);
    const out = collect(child);
    const done = exited(child);
    try {
      const line = await new Promise<string>((resolveLine, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ready line; stderr: ${out.stderr}`)), 30_000);
        child.stdout.on('data', () => {
          const first = out.stdout.split('\n')[0];
          if (out.stdout.includes('\n') && first !== undefined) {
            clearTimeout(timer);
            resolveLine(first);
          }
        });
        void done.then(() => reject(new Error(`exited before ready; stderr: ${out.stderr}`)));
      });
      const match = READY.exec(line);
      expect(match, line).not.toBeNull();
      const port = Number(match![1]);
      const token = match![2]!;

      expect((await raw(port, '/api/getSettings', { method: 'POST', body: '{}' })).status).toBe(401);
      const reply = await raw(port, `/api/getSettings?token=${token}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Retake-Token': token, 'X-Retake-Client': 'entrytest0001' },
        body: '{}',
      });
      expect(reply.status).toBe(200);
      expect(JSON.parse(reply.body.toString())).toMatchObject({ ok: true });

      child.kill('SIGTERM');
      expect(await done).toEqual({ code: 0, signal: null });
      expect(out.stdout.trim().split('\n')).toEqual([line]);
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  });

  it('takes the data folder from RETAKE_DATA_DIR, and exits 0 on SIGINT', async () => {
    const child = start([], { RETAKE_DATA_DIR: join(tempDir(), 'data') });
    const out = collect(child);
    const done = exited(child);
    try {
      await new Promise<void>((resolveReady, reject) => {
        child.stdout.on('data', () => READY.test(out.stdout.trim()) && resolveReady());
        void done.then(() => reject(new Error(`exited before ready; stderr: ${out.stderr}`)));
      });
      child.kill('SIGINT');
      expect(await done).toEqual({ code: 0, signal: null });
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  });

  it('uses the desktop app’s data folder when none is given, on an empty home folder', async () => {
    const home = tempDir();
    const child = start([], { HOME: home, XDG_CONFIG_HOME: '', RETAKE_CONFIG_DIR: '' });
    const out = collect(child);
    const done = exited(child);
    try {
      await new Promise<void>((resolveReady, reject) => {
        child.stdout.on('data', () => READY.test(out.stdout.trim()) && resolveReady());
        void done.then(() => reject(new Error(`exited before ready; stderr: ${out.stderr}`)));
      });
      expect(existsSync(join(home, '.config', 'Retake', 'retake.db'))).toBe(true);
      expect(out.stderr).toContain(join(home, '.config', 'Retake'));
      child.kill('SIGTERM');
      expect(await done).toEqual({ code: 0, signal: null });
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  });
});

describe('the web host’s defaults', () => {
  it('shares the desktop app’s per-user folder on each platform', () => {
    expect(defaultDataDir('linux', {}, '/home/ana')).toBe('/home/ana/.config/Retake');
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/ana')).toBe('/cfg/Retake');
    expect(defaultDataDir('darwin', {}, '/Users/ana')).toBe('/Users/ana/Library/Application Support/Retake');
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, 'C:\\Users\\ana')).toMatch(/Roaming[\\/]Retake$/);
  });

  it('rebuilds the web renderer when it is missing or older than a source', () => {
    const repo = tempDir();
    mkdirSync(join(repo, 'src', 'renderer', 'lib'), { recursive: true });
    const source = join(repo, 'src', 'renderer', 'lib', 'app.ts');
    const page = join(repo, 'out', 'web.html');
    writeFileSync(source, 'x');
    expect(webBuildIsStale(repo, page)).toBe(true);
    mkdirSync(join(repo, 'out'));
    writeFileSync(page, '<!doctype html>');
    const now = Date.now() / 1000;
    utimesSync(source, now - 60, now - 60);
    utimesSync(join(repo, 'src', 'renderer', 'lib'), now - 60, now - 60);
    utimesSync(join(repo, 'src', 'renderer'), now - 60, now - 60);
    utimesSync(join(repo, 'src'), now - 60, now - 60);
    expect(webBuildIsStale(repo, page)).toBe(false);
    utimesSync(source, now + 5, now + 5);
    expect(webBuildIsStale(repo, page)).toBe(true);
  });
});
