import type { CDPSession, Page } from '@playwright/test';
import { launchBrowser } from '../tests/e2e/support/browser';
import { speechFile } from '../tests/e2e/support/speech';
import { makeDataDir, startWebHost } from '../tests/e2e/support/web-host';
import { fmtMb, report } from './report';

const RECORD_MS = Number(process.env.RETAKE_BENCH_RECORD_MS ?? 180_000);

async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

async function startRecording(page: Page): Promise<void> {
  await page.getByTestId('practice-button').first().click();
  await page.getByTestId('skip-think').click();
  await page.getByTestId('stop-recording').waitFor();
}

/** Renderer JS heap across a long fake recording: chunks must stream to main, not pile up in the page. */
export async function benchRecordingHeap(): Promise<void> {
  const host = await startWebHost(makeDataDir());
  const browser = await launchBrowser(speechFile('bench-heap', 'This is a long practice answer for the memory benchmark.'));
  try {
    const page = await browser.newPage();
    await page.goto(host.url);
    const cdp = await page.context().newCDPSession(page);
    await startRecording(page);
    await page.waitForTimeout(5_000);
    const before = await heapAfterGc(cdp);
    await page.waitForTimeout(RECORD_MS);
    const after = await heapAfterGc(cdp);
    await page.getByTestId('stop-recording').click();
    await page.waitForURL(/#\/attempt\/\d+/, { timeout: 120_000 });
    report(`Renderer JS heap across a ${(RECORD_MS / 60_000).toFixed(1)}-minute fake recording`, [
      ['heap after 5 s (baseline)', fmtMb(before)],
      ['heap at the end', fmtMb(after)],
      ['growth', `${fmtMb(after - before)} (aim: under 20 MB)`],
      ['ratio end / baseline', `${(after / before).toFixed(2)}x`],
    ]);
  } finally {
    await browser.close();
    await host.stop();
  }
}
