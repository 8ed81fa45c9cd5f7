import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, CDPSession, Page } from '@playwright/test';
import { launchBrowser } from '../tests/e2e/support/browser';
import { speechFile } from '../tests/e2e/support/speech';
import { makeDataDir, startWebHost, type RunningHost } from '../tests/e2e/support/web-host';
import { makeRecordingWebm, splitIntoChunks } from '../tests/support/media';
import { openTestRetake, recordAttempt } from '../tests/support/services';
import { fmtMb, fmtMs, report } from './report';

const work = resolve(import.meta.dirname, '.work');
const repo = resolve(import.meta.dirname, '..');
const MINUTES = Number(process.env.RETAKE_BENCH_REVIEW_MINUTES ?? 60);
const DECODE_TIMEOUT_MS = 10 * 60_000;

async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/** A data folder holding one finalised attempt of the generated recording. */
async function dataDirWithLongAttempt(): Promise<{ dataDir: string; attemptId: number }> {
  mkdirSync(work, { recursive: true });
  const name = `long-${MINUTES}min.webm`;
  const seconds = MINUTES * 60;
  const file = existsSync(join(work, name)) ? join(work, name) : (await makeRecordingWebm(work, { seconds, name })).path;
  const t = openTestRetake(makeDataDir());
  const attempt = await recordAttempt(t.services, splitIntoChunks(file, seconds * 1000));
  await t.services.close();
  if (attempt.status !== 'ready') throw new Error(`the long recording did not finalise: ${attempt.failureReason}`);
  return { dataDir: t.dataDir, attemptId: attempt.id };
}

/** Retake's review page: peaks computed at finalise, no audio decoded in the page. */
async function openReview(browser: Browser, host: RunningHost, attemptId: number): Promise<{ ms: number; heap: number }> {
  const page = await browser.newPage();
  await page.goto(host.url);
  await page.getByTestId('library').waitFor();
  const cdp = await page.context().newCDPSession(page);
  const start = Date.now();
  await page.evaluate((id) => (location.hash = `#/attempt/${id}`), attemptId);
  await page.locator('[data-testid="waveform"][data-ready="true"]').waitFor({ timeout: DECODE_TIMEOUT_MS });
  const ms = Date.now() - start;
  const heap = await heapAfterGc(cdp);
  await page.close();
  return { ms, heap };
}

/**
 * The baseline: wavesurfer given only the media URL, so it fetches and decodes the whole
 * audio in the page. Served from the host's origin by request interception, with the
 * run's token in the media URL as the web client sends it; nothing of it ships in the app.
 */
async function openDecoding(browser: Browser, host: RunningHost, attemptId: number): Promise<{ ms: number; heap: number } | string> {
  const page: Page = await browser.newPage();
  await page.goto(host.url);
  const lib = readFileSync(join(repo, 'node_modules/wavesurfer.js/dist/wavesurfer.esm.js'));
  await page.route(`${host.origin}/bench/wavesurfer.js`, (route) => route.fulfill({ body: lib, contentType: 'text/javascript' }));
  await page.route(`${host.origin}/bench/decode.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><div id="w"></div><script type="module">
        import WaveSurfer from '/bench/wavesurfer.js';
        const ws = WaveSurfer.create({ container: '#w', url: '/media/${attemptId}/video?token=${host.token}' });
        ws.on('redrawcomplete', () => { document.body.dataset.ready = 'true'; });
        ws.on('error', (e) => { document.body.dataset.error = String(e); });
      </script>`,
    }),
  );
  const cdp = await page.context().newCDPSession(page);
  const start = Date.now();
  await page.goto(`${host.origin}/bench/decode.html`);
  try {
    await page.waitForFunction(() => document.body.dataset.ready === 'true' || document.body.dataset.error, null, {
      timeout: DECODE_TIMEOUT_MS,
      polling: 250,
    });
  } catch (err) {
    return `did not finish within ${DECODE_TIMEOUT_MS / 60_000} min (${String(err).split('\n')[0]})`;
  }
  const error = await page.evaluate(() => document.body.dataset.error);
  if (error) return `failed after ${fmtMs(Date.now() - start)}: ${error}`;
  const ms = Date.now() - start;
  const heap = await heapAfterGc(cdp).catch(() => Number.NaN);
  await page.close();
  return { ms, heap };
}

export async function benchReviewOpen(): Promise<void> {
  const { dataDir, attemptId } = await dataDirWithLongAttempt();
  const host = await startWebHost(dataDir);
  const browser = await launchBrowser(speechFile('bench-review', 'Benchmark.'));
  try {
    const ours = await openReview(browser, host, attemptId);
    const base = await openDecoding(browser, host, attemptId);
    const rows: Array<[string, string]> = [['review page (precomputed peaks): time to drawn waveform', fmtMs(ours.ms)]];
    rows.push(['review page: JS heap after GC', `${fmtMb(ours.heap)} (aim: under 100 MB)`]);
    if (typeof base === 'string') rows.push(['baseline wavesurfer decoding in the page', base]);
    else {
      rows.push(['baseline (wavesurfer decodes in the page): time to drawn waveform', fmtMs(base.ms)]);
      rows.push(['baseline: JS heap after GC', fmtMb(base.heap)]);
      rows.push(['speed-up (baseline / review page)', `${(base.ms / ours.ms).toFixed(1)}x (aim: at least 20x)`]);
    }
    report(`Open the review of a generated ${MINUTES}-minute recording`, rows);
  } finally {
    await browser.close();
    await host.stop();
  }
}
