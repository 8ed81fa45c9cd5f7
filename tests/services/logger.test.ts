import { execFile } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createFileLogger, logFileIn } from '../../src/main/services/log/logger';
import { useTestRetake } from '../support/hooks';
import { makeTempDir, REPO_ROOT, TEST_CLIENT, type TestRetake } from '../support/services';

const dirs: string[] = [];
const tempDir = () => {
  const dir = makeTempDir('retake-log-');
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the file logger', () => {
  it('writes one prefixed entry per call, with the error and every cause below it', () => {
    const file = logFileIn(tempDir());
    const log = createFileLogger({ file });
    const cause = new Error('disk full');
    log.error('finalise', 'attempt 3 failed', new Error('could not write answer.webm', { cause }));
    log.info('main', 'started');
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z ERROR \[finalise\] attempt 3 failed\n {4}Error: could not write answer\.webm\n/);
    expect(text).toContain('    Caused by: Error: disk full');
    expect(text).toMatch(/\n\S+ INFO \[main\] started\n$/);
  });

  it('rotates before the file passes its cap, keeping a fixed number of old files', () => {
    const file = logFileIn(tempDir());
    const log = createFileLogger({ file, maxBytes: 200, keep: 2 });
    for (let i = 0; i < 20; i++) log.warn('test', `entry ${i} ${'x'.repeat(60)}`);
    for (const name of [file, file.replace(/\.log$/, '.1.log'), file.replace(/\.log$/, '.2.log')]) {
      expect(readFileSync(name).length).toBeLessThanOrEqual(200);
    }
    expect(existsSync(file.replace(/\.log$/, '.3.log'))).toBe(false);
    expect(readFileSync(file, 'utf8')).toContain('entry 19');
  });

  it('counts what an earlier run left in the file towards the cap', () => {
    const file = logFileIn(tempDir());
    createFileLogger({ file }).info('test', 'first run');
    writeFileSync(file, 'y'.repeat(190), { flag: 'a' });
    createFileLogger({ file, maxBytes: 250 }).info('test', 'second run');
    expect(readFileSync(file.replace(/\.log$/, '.1.log'), 'utf8')).toContain('first run');
    expect(readFileSync(file, 'utf8')).toContain('second run');
  });

  it('never throws when the log cannot be written', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'logs'), 'a file where the folder should be');
    const entries: string[] = [];
    const log = createFileLogger({ file: logFileIn(dir), echo: (entry) => entries.push(entry) });
    expect(() => log.error('test', 'nowhere to go', new Error('boom'))).not.toThrow();
    expect(entries.join('')).toContain('nowhere to go');
  });

  it('receives uncaught exceptions and unhandled rejections of the process', async () => {
    const dataDir = tempDir();
    const script = fileURLToPath(new URL('../support/throw-uncaught.ts', import.meta.url));
    await new Promise<void>((resolve, reject) =>
      execFile(process.execPath, ['--import', 'tsx', script, dataDir], { cwd: REPO_ROOT }, (err, _stdout, stderr) =>
        err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(),
      ),
    );
    const text = readFileSync(logFileIn(dataDir), 'utf8');
    expect(text).toMatch(/ERROR \[main\] uncaught exception\n {4}Error: thrown from a timer/);
    expect(text).toMatch(/ERROR \[main\] unhandled promise rejection\n {4}Error: rejected and forgotten/);
  });
});

describe('the diagnostics api', () => {
  let t: TestRetake;
  useTestRetake((value) => {
    t = value;
  });

  it('writes what the renderer reports to the data folder’s log, and says where that is', async () => {
    const { path } = await t.services.handlers.getLogLocation({}, TEST_CLIENT);
    expect(path).toBe(join(t.dataDir, 'logs', 'retake.log'));
    await t.services.handlers.reportError({ where: 'render', message: 'x is undefined', stack: 'TypeError: x is undefined\n    at Screen' }, TEST_CLIENT);
    expect(readFileSync(path, 'utf8')).toMatch(/ERROR \[renderer test-client\] render: x is undefined\n {4}TypeError: x is undefined\n {8}at Screen/);
  });
});
