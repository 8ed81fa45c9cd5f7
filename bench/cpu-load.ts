import { type ChildProcess, spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

export interface CpuLoad {
  processes: number;
  stop(): void;
}

/**
 * Spins until its parent is gone: a bench killed by a timeout or Ctrl+C never runs `stop`, and
 * busy loops left behind skewed every later measurement on the machine.
 */
const SPIN = 'const parent = process.ppid; for (;;) { for (let i = 0; i < 1e6; i++) Math.sqrt(Math.random()); if (process.ppid !== parent) process.exit(); }';

/**
 * One busy-looping process per core, at normal priority: the "a browser tab spins" of a
 * user's machine, beside whatever the benchmark drives. Stopped by pid.
 */
export function startCpuLoad(processes = availableParallelism()): CpuLoad {
  const children: ChildProcess[] = Array.from({ length: processes }, () => spawn(process.execPath, ['-e', SPIN], { stdio: 'ignore' }));
  return {
    processes,
    stop() {
      for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}
