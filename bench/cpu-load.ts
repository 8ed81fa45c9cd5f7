import { type ChildProcess, spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

export interface CpuLoad {
  processes: number;
  stop(): void;
}

/**
 * One busy-looping process per core, at normal priority: the "a browser tab spins" of a
 * user's machine, beside whatever the benchmark drives. Stopped by pid.
 */
export function startCpuLoad(processes = availableParallelism()): CpuLoad {
  const children: ChildProcess[] = Array.from({ length: processes }, () =>
    spawn(process.execPath, ['-e', 'for (;;) Math.sqrt(Math.random());'], { stdio: 'ignore' }),
  );
  return {
    processes,
    stop() {
      for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}
