import { dispatch } from '../../src/main/dispatch';
import type { ApiMethod } from '../../src/shared/api';
import { TEST_CLIENT, type TestRetake } from '../../tests/support/services';

export interface Call {
  label: string;
  method: ApiMethod;
  input: unknown;
}

export interface CallTimes {
  p50: number;
  p95: number;
  /** Process CPU time of the call at p95: what the call costs, whatever else the machine is running. */
  cpuP95: number;
}

const RUNS = Number(process.env.RETAKE_BENCH_CALL_RUNS ?? 200);

const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const quantile = (sorted: number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

/** Times each call through the dispatch both hosts use (validation included), after a warm-up. */
export async function timeCalls(t: TestRetake, calls: readonly Call[]): Promise<Map<string, CallTimes>> {
  const times = new Map<string, CallTimes>();
  for (const call of calls) {
    const wall: number[] = [];
    const cpu: number[] = [];
    const once = async () => {
      const [started, cpuStarted] = [performance.now(), cpuMs()];
      const reply = await dispatch(t.services, call.method, call.input, TEST_CLIENT);
      if (!reply.ok) throw new Error(`${call.label}: ${reply.error.message}`);
      wall.push(performance.now() - started);
      cpu.push(cpuMs() - cpuStarted);
    };
    for (let i = 0; i < 10; i++) await once();
    wall.length = cpu.length = 0;
    for (let i = 0; i < RUNS; i++) await once();
    wall.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    times.set(call.label, { p50: quantile(wall, 0.5), p95: quantile(wall, 0.95), cpuP95: quantile(cpu, 0.95) });
  }
  return times;
}
