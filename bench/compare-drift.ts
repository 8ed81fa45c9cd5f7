import { mkdirSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';
import type { Browser } from '@playwright/test';
import { launchBrowser } from '../tests/e2e/support/browser';
import { speechFile } from '../tests/e2e/support/speech';
import { makeDataDir, startWebHost, type RunningHost } from '../tests/e2e/support/web-host';
import { makeRecordingWebm, splitIntoChunks } from '../tests/support/media';
import { openTestRetake, recordAttempt } from '../tests/support/services';
import { startCpuLoad } from './cpu-load';
import { report } from './report';

const work = resolve(import.meta.dirname, '.work');
const PLAY_MS = Number(process.env.RETAKE_BENCH_DRIFT_MS ?? 120_000);
const SAMPLE_EVERY_MS = 50;

/** Two finalised attempts of one question, a little longer than the playback measured. */
async function twoAttempts(): Promise<{ dataDir: string; before: number; after: number }> {
  mkdirSync(work, { recursive: true });
  const seconds = Math.ceil(PLAY_MS / 1000) + 15;
  const t = openTestRetake(makeDataDir());
  const ids: number[] = [];
  for (const [i, speech] of ['First telling of the story, slow and winding.', 'Second telling, tighter and clearer.'].entries()) {
    const file = await makeRecordingWebm(work, { seconds, speech, name: `drift-${i}-${seconds}s.webm` });
    const attempt = await recordAttempt(t.services, splitIntoChunks(file.path, file.durationMs), { promptId: 1 });
    if (attempt.status !== 'ready') throw new Error(`attempt did not finalise: ${attempt.failureReason}`);
    ids.push(attempt.id);
  }
  await t.services.close();
  return { dataDir: t.dataDir, before: ids[0]!, after: ids[1]! };
}

interface DriftRun {
  samples: number;
  maxMs: number;
  meanMs: number;
  p99Ms: number;
  /** What each side went through: the clock's seeks and rate changes, and stalls (`waiting`). */
  events: Record<'before' | 'after', { seeking: number; ratechange: number; waiting: number }>;
  /** The machine's 1-minute load average at the run's start and end. */
  load: string;
}

/**
 * Plays compare for PLAY_MS and samples the two real video elements from inside the page
 * (no round trip between the two readings), counting what each side went through.
 */
async function measureDrift(browser: Browser, host: RunningHost, before: number, after: number): Promise<Omit<DriftRun, 'load'>> {
  const page = await browser.newPage();
  try {
    await page.goto(host.url);
    await page.getByTestId('library').waitFor();
    await page.evaluate(([b, a]) => (location.hash = `#/compare/${b}/${a}`), [before, after]);
    for (const side of ['before', 'after']) await page.getByTestId(`compare-video-${side}`).waitFor();
    await page.evaluate(() => {
      const probe = { counts: {} as Record<string, Record<string, number>> };
      for (const side of ['before', 'after']) {
        const video = document.querySelector<HTMLVideoElement>(`[data-testid="compare-video-${side}"]`)!;
        const counts: Record<string, number> = { seeking: 0, ratechange: 0, waiting: 0 };
        probe.counts[side] = counts;
        for (const type of Object.keys(counts)) video.addEventListener(type, () => counts[type]!++);
      }
      (window as unknown as { driftProbe: typeof probe }).driftProbe = probe;
    });
    await page.keyboard.press('Space');
    await page.waitForTimeout(1_000); // settle: the first second includes start-up seeks
    return await page.evaluate(
      ([playMs, everyMs]) =>
        new Promise<Omit<DriftRun, 'load'>>((done) => {
          const probe = (window as unknown as { driftProbe: { counts: Record<string, Record<string, number>> } }).driftProbe;
          const zero = JSON.parse(JSON.stringify(probe.counts)) as typeof probe.counts;
          const [b, a] = ['before', 'after'].map((side) => document.querySelector<HTMLVideoElement>(`[data-testid="compare-video-${side}"]`)!);
          const drifts: number[] = [];
          const timer = setInterval(() => drifts.push(Math.abs(b!.currentTime - a!.currentTime) * 1000), everyMs);
          setTimeout(() => {
            clearInterval(timer);
            const sorted = [...drifts].sort((x, y) => x - y);
            // No named functions in here: the bundler would wrap them in a helper the page lacks.
            const [eventsBefore, eventsAfter] = ['before', 'after'].map((side) => ({
              seeking: probe.counts[side]!.seeking! - zero[side]!.seeking!,
              ratechange: probe.counts[side]!.ratechange! - zero[side]!.ratechange!,
              waiting: probe.counts[side]!.waiting! - zero[side]!.waiting!,
            }));
            done({
              samples: drifts.length,
              maxMs: sorted.at(-1) ?? 0,
              meanMs: drifts.reduce((s, d) => s + d, 0) / Math.max(1, drifts.length),
              p99Ms: sorted[Math.floor(sorted.length * 0.99)] ?? 0,
              events: { before: eventsBefore!, after: eventsAfter! },
            });
          }, playMs);
        }),
      [PLAY_MS, SAMPLE_EVERY_MS] as const,
    );
  } finally {
    await page.close();
  }
}

const describe = (run: DriftRun): string =>
  `max ${run.maxMs.toFixed(1)} ms, p99 ${run.p99Ms.toFixed(1)} ms, mean ${run.meanMs.toFixed(1)} ms (${run.samples} samples, load ${run.load})`;
const describeEvents = (run: DriftRun): string =>
  (['before', 'after'] as const)
    .map((side) => `${side}: ${run.events[side].seeking} seeks, ${run.events[side].ratechange} rate changes, ${run.events[side].waiting} stalls`)
    .join('; ');

/** The 1-minute load average over the run: at its start and its end (other work shares the machine). */
async function withLoad(measure: () => Promise<Omit<DriftRun, 'load'>>): Promise<DriftRun> {
  const start = loadavg()[0]!;
  const run = await measure();
  return { ...run, load: `${start.toFixed(1)}→${loadavg()[0]!.toFixed(1)}` };
}

/**
 * Drift between the two sides of compare during synced playback: on this machine as it is,
 * with one CPU-bound process beside it (the aim's condition), and with one per core (harsher).
 */
export async function benchCompareDrift(): Promise<void> {
  const { dataDir, before, after } = await twoAttempts();
  const host = await startWebHost(dataDir);
  const browser = await launchBrowser(speechFile('bench-drift', 'Benchmark.'));
  const cores = availableParallelism();
  try {
    const measure = (): Promise<Omit<DriftRun, 'load'>> => measureDrift(browser, host, before, after);
    const loadedBy = async (processes: number): Promise<DriftRun> => {
      const load = startCpuLoad(processes);
      try {
        return await withLoad(measure);
      } finally {
        load.stop();
      }
    };
    const quiet = await withLoad(measure);
    const one = await loadedBy(1);
    const all = await loadedBy(cores);
    report(`Compare: drift over ${(PLAY_MS / 60_000).toFixed(1)} min of synced playback (${cores} cores; load is the 1-minute average at start→end)`, [
      ['as is', describe(quiet)],
      ['  what the sides did', describeEvents(quiet)],
      ['1 CPU-bound process', `${describe(one)} (aim: max under 40 ms)`],
      ['  what the sides did', describeEvents(one)],
      [`${cores} CPU-bound processes`, describe(all)],
      ['  what the sides did', describeEvents(all)],
      ['1 process: max / aim', `${(one.maxMs / 40).toFixed(2)}x`],
      [`${cores} processes: max / aim`, `${(all.maxMs / 40).toFixed(2)}x`],
    ]);
  } finally {
    await browser.close();
    await host.stop();
  }
}
