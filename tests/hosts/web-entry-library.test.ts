import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { ok } from '../support/journal';
import { openTestRetake } from '../support/services';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'retake-web-library-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Runs `npm run web` until its ready line (then stops it) or until it exits by itself. */
function run(args: string[], configDir: string): Promise<{ ready: boolean; code: number | null; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', resolve('src/main/web-entry.ts'), ...args], {
    cwd: resolve('.'),
    env: { ...process.env, RETAKE_DATA_DIR: '', RETAKE_CONFIG_DIR: configDir },
  });
  let stderr = '';
  let ready = false;
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  child.stdout.setEncoding('utf8').on('data', (s: string) => {
    if (!ready && s.includes('Retake web host ready')) {
      ready = true;
      child.kill('SIGTERM');
    }
  });
  return new Promise((done) => child.once('exit', (code) => done({ ready, code, stderr })));
}

describe('npm run web and a library that went away', () => {
  it('refuses to replace a missing library with an empty one, names the folder, and starts a new one only when asked', async () => {
    const config = tempDir();
    const dataDir = join(tempDir(), 'on-a-usb-drive');
    expect(await run(['--data-dir', dataDir], config)).toMatchObject({ ready: true, code: 0 });
    rmSync(dataDir, { recursive: true }); // unplugged

    const refused = await run(['--data-dir', dataDir], config);
    expect(refused).toMatchObject({ ready: false, code: 2 });
    expect(refused.stderr).toContain(`Retake expected its library in ${dataDir}, but it is not there`);
    expect(refused.stderr).toMatch(/--new-library/);
    expect(existsSync(dataDir)).toBe(false);

    expect(await run(['--data-dir', dataDir, '--new-library'], config)).toMatchObject({ ready: true, code: 0 });
    expect(existsSync(join(dataDir, 'retake.db'))).toBe(true);
  });

  it('opens the folder it used last when none is given', async () => {
    const config = tempDir();
    const dataDir = join(tempDir(), 'moved');
    expect(await run(['--data-dir', dataDir], config)).toMatchObject({ ready: true });
    const again = await run([], config);
    expect(again).toMatchObject({ ready: true });
    expect(again.stderr).toContain(`data folder ${dataDir}`);
  });

  it('restores a backup into a new folder with --restore', async () => {
    const t = openTestRetake();
    await ok(t, 'createPrompt', { text: 'Tell me about a hard call', competency: 'leadership' });
    const backup = await ok(t, 'createBackup', {});
    const archive = join(t.dataDir, 'backups', backup!.fileName);
    const dataDir = join(tempDir(), 'new-computer');
    try {
      expect(await run(['--data-dir', dataDir, '--restore', archive], tempDir())).toMatchObject({ ready: true, code: 0 });
    } finally {
      await t.services.close();
    }
    const db = new Sqlite(join(dataDir, 'retake.db'), { readonly: true });
    const texts = db.prepare<[], string>('SELECT text FROM prompts').pluck().all();
    db.close();
    expect(texts).toContain('Tell me about a hard call');
    rmSync(t.dataDir, { recursive: true, force: true });
  });
});
