import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { electronBinary } from '../../scripts/electron-binary';

describe('npm start where Electron cannot be fetched', () => {
  // Where the binary is installed, `npm start` opens the app instead; the smoke test covers that.
  it.skipIf(electronBinary() !== null)('says so in one line, names the web host, and exits non-zero', () => {
    const run = spawnSync('npm', ['start', '--silent'], { encoding: 'utf8', timeout: 60_000 });
    expect(run.status).not.toBe(0);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Retake: the Electron binary is not installed and could not be downloaded \(.+\)\. Run Retake in your browser instead: npm run web$/);
    expect(run.stderr + run.stdout).not.toMatch(/Electron uninstall/);
  });
});
