import type { Browser, Page } from '@playwright/test';
import { api, waitFor } from '../tests/e2e/support/api';
import { launchBrowser } from '../tests/e2e/support/browser';
import { speechFile } from '../tests/e2e/support/speech';
import { makeDataDir, type RunningHost, startWebHost } from '../tests/e2e/support/web-host';
import { startCpuLoad } from './cpu-load';
import { report } from './report';

const ANSWER_MS = Number(process.env.RETAKE_BENCH_LOSS_ANSWER_MS ?? 8_000);
const TRIALS = Number(process.env.RETAKE_BENCH_LOSS_TRIALS ?? 3);
const AIM_S = 2;

type Cause = 'host killed (kill -9)' | 'page closed';

/** Starts an answer from the library; returns the wall time the recording showed as running. */
async function startAnswer(page: Page, host: RunningHost): Promise<number> {
  await page.goto(host.url);
  await page.getByTestId('practice-button').first().click();
  await page.getByTestId('skip-think').click();
  await page.getByTestId('stop-recording').waitFor();
  return Date.now();
}

async function recoveredMs(host: RunningHost): Promise<number> {
  const [attempt] = await waitFor(
    () => api(host, 'listAttempts', {}),
    (list) => list.length === 1 && list[0]!.status !== 'recording' && list[0]!.status !== 'finalizing',
    60_000,
  );
  if (attempt!.status !== 'recovered') throw new Error(`expected a recovered attempt, got ${attempt!.status}`);
  return attempt!.durationMs ?? 0;
}

/**
 * One answer cut off after ANSWER_MS: what was recorded (as the person saw it running) minus
 * what the recovered attempt kept, in seconds.
 */
async function lostSeconds(browser: Browser, cause: Cause): Promise<number> {
  const dataDir = makeDataDir();
  let host = await startWebHost(dataDir);
  const page = await browser.newPage();
  try {
    const started = await startAnswer(page, host);
    await page.waitForTimeout(ANSWER_MS);
    const recorded = Date.now() - started;
    if (cause === 'page closed') {
      await page.close();
    } else {
      await host.stop('SIGKILL');
      await page.close();
      host = await startWebHost(dataDir);
    }
    return (recorded - (await recoveredMs(host))) / 1000;
  } finally {
    if (!page.isClosed()) await page.close();
    await host.stop();
  }
}

const summary = (lost: number[]): string => {
  const worst = Math.max(...lost);
  return `${lost.map((s) => s.toFixed(2)).join(', ')} s lost; worst ${worst.toFixed(2)} s ${worst <= AIM_S ? 'ok' : 'OVER'} (aim: at most ${AIM_S} s)`;
};

/** What a crash or a closed tab loses of an answer, as the machine is and with every core kept busy. */
export async function benchRecordingLoss(): Promise<void> {
  const browser = await launchBrowser(speechFile('bench-loss', 'This is an answer that will be cut off by a crash.'));
  const rows: Array<[string, string]> = [];
  let processes = 0;
  try {
    for (const loaded of [false, true]) {
      const load = loaded ? startCpuLoad() : null;
      processes = load?.processes ?? processes;
      try {
        for (const cause of ['host killed (kill -9)', 'page closed'] as const) {
          const lost: number[] = [];
          for (let i = 0; i < TRIALS; i++) lost.push(await lostSeconds(browser, cause));
          rows.push([`${loaded ? 'loaded' : 'as is'}, ${cause}`, summary(lost)]);
        }
      } finally {
        load?.stop();
      }
    }
  } finally {
    await browser.close();
  }
  report(`Recording: what a crash loses of a ${(ANSWER_MS / 1000).toFixed(0)} s answer, as is and with ${processes} CPU-bound processes beside it`, rows);
}
