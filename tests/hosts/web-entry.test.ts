import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { raw } from './raw-http';

const READY = /^Retake web host ready: http:\/\/127\.0\.0\.1:(\d+)\/\?token=([A-Za-z0-9_-]{20,})$/;
const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');
const dirs: string[] = [];

function start(args: string[], env: Record<string, string> = {}): ChildProcessWithoutNullStreams {
  // `npm run web` is `tsx src/main/web-entry.ts`; run the same without npm in between so signals reach it.
  return spawn(process.execPath, [tsxCli, resolve('src/main/web-entry.ts'), ...args], {
    cwd: resolve('.'),
    env: { ...process.env, RETAKE_DATA_DIR: '', ...env },
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

  it('says what is missing without a data folder', async () => {
    const child = start([]);
    const out = collect(child);
    const { code } = await exited(child);
    expect(code).toBe(2);
    expect(out.stderr).toContain('--data-dir');
    expect(out.stdout).toBe('');
  });
});
