import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchBrowser } from '../tests/e2e/support/browser';
import { speechFile } from '../tests/e2e/support/speech';
import { makeDataDir, startWebHost } from '../tests/e2e/support/web-host';
import { makeRecordingWebm, splitIntoChunks } from '../tests/support/media';
import { openTestRetake, recordAttempt } from '../tests/support/services';
import { report } from './report';

const work = resolve(import.meta.dirname, '.work');
const PLAY_MS = Number(process.env.RETAKE_BENCH_DRIFT_MS ?? 120_000);
const SAMPLE_EVERY_MS = 100;

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

/** Drift between the two sides of compare during synced playback, sampled from the real video elements. */
export async function benchCompareDrift(): Promise<void> {
  const { dataDir, before, after } = await twoAttempts();
  const host = await startWebHost(dataDir);
  const browser = await launchBrowser(speechFile('bench-drift', 'Benchmark.'));
  try {
    const page = await browser.newPage();
    await page.goto(host.url);
    await page.getByTestId('library').waitFor();
    await page.evaluate(([b, a]) => (location.hash = `#/compare/${b}/${a}`), [before, after]);
    const videos = [page.getByTestId('compare-video-before'), page.getByTestId('compare-video-after')];
    for (const v of videos) await v.waitFor();
    await page.keyboard.press('Space');
    await page.waitForTimeout(1_000); // settle: the first second includes start-up seeks
    const drifts: number[] = [];
    const until = Date.now() + PLAY_MS;
    while (Date.now() < until) {
      const [b, a] = await page.evaluate(() =>
        ['before', 'after'].map((side) => {
          const v = document.querySelector<HTMLVideoElement>(`[data-testid="compare-video-${side}"]`)!;
          return v.currentTime * 1000;
        }),
      );
      drifts.push(Math.abs(b! - a!));
      await page.waitForTimeout(SAMPLE_EVERY_MS);
    }
    const max = Math.max(...drifts);
    const mean = drifts.reduce((s, d) => s + d, 0) / drifts.length;
    report(`Compare: drift over ${(PLAY_MS / 60_000).toFixed(1)} min of synced playback (${drifts.length} samples)`, [
      ['maximum drift', `${max.toFixed(1)} ms (aim: under 40 ms)`],
      ['mean drift', `${mean.toFixed(1)} ms`],
      ['maximum / one frame at 25 fps', `${(max / 40).toFixed(2)}x`],
    ]);
  } finally {
    await browser.close();
    await host.stop();
  }
}
