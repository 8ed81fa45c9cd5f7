import type { Page } from '@playwright/test';
import { api, waitFor } from './support/api';
import { expect, test } from './support/fixtures';
import { snap } from './support/screens';
import { startWebHost } from './support/web-host';

/** From the library, open the first built-in question's practice screen and skip think time. */
async function startAnswer(page: Page, screenshots = false): Promise<number> {
  await expect(page.getByTestId('library')).toBeVisible();
  if (screenshots) await snap(page, '01-library');
  await page.getByTestId('practice-button').first().click();
  await expect(page.getByTestId('think-countdown')).toBeVisible();
  await expect(page.getByTestId('level-meter')).toBeVisible();
  if (screenshots) await snap(page, '02-think-time');
  await page.getByTestId('skip-think').click();
  await expect(page.getByTestId('stop-recording')).toBeVisible();
  return Date.now();
}

async function onlyAttempt(host: Parameters<typeof api>[0]) {
  const attempts = await api(host, 'listAttempts', {});
  expect(attempts).toHaveLength(1);
  return attempts[0]!;
}

test('answer a question on camera: stored, ready, seekable', async ({ page, host }) => {
  const started = await startAnswer(page, true);
  await page.waitForTimeout(2_500);
  await expect(page.getByTestId('answer-timer')).toBeVisible();
  await snap(page, '03-recording');
  await page.waitForTimeout(2_500);
  await page.getByTestId('stop-recording').click();
  const recordedMs = Date.now() - started;

  await page.waitForURL(/#\/attempt\/\d+/, { timeout: 60_000 });
  const attempt = await onlyAttempt(host);
  expect(attempt.status).toBe('ready');
  expect(attempt.durationMs).not.toBeNull();
  expect(Math.abs(attempt.durationMs! - recordedMs)).toBeLessThanOrEqual(500);

  const video = page.getByTestId('attempt-video');
  await expect(video).toBeVisible();
  const duration = await video.evaluate(
    (v: HTMLVideoElement) =>
      new Promise<number>((done) => {
        if (v.readyState >= 1) done(v.duration);
        else v.addEventListener('loadedmetadata', () => done(v.duration), { once: true });
      }),
  );
  expect(Number.isFinite(duration)).toBe(true);
  expect(Math.abs(duration * 1000 - attempt.durationMs!)).toBeLessThan(300);
  const landed = await video.evaluate(
    (v: HTMLVideoElement, to: number) =>
      new Promise<number>((done) => {
        v.addEventListener('seeked', () => done(v.currentTime), { once: true });
        v.currentTime = to;
      }),
    duration / 2,
  );
  expect(Math.abs(landed - duration / 2)).toBeLessThan(0.5);
  await snap(page, '04-finished');
});

test('the web host is killed mid-answer: the attempt is recovered on restart', async ({ page, host, dataDir }) => {
  const started = await startAnswer(page);
  await page.waitForTimeout(6_000);
  const recordedMs = Date.now() - started;
  await host.stop('SIGKILL');

  const again = await startWebHost(dataDir);
  try {
    const attempt = await waitFor(
      () => onlyAttempt(again),
      (a) => a.status !== 'recording' && a.status !== 'finalizing',
    );
    expect(attempt.status).toBe('recovered');
    expect(attempt.recoveryUnseen).toBe(true);
    expect(attempt.durationMs!).toBeGreaterThanOrEqual(recordedMs - 2_000);

    expect(attempt.recoveryCause).toBe('app-stopped');

    await page.goto(again.url);
    const banner = page.getByTestId('recovered-banner');
    await expect(banner).toBeVisible();
    await expect(banner).toContainText('Retake stopped');
    await expect(banner).toContainText(`kept ${clock(attempt.durationMs!)}`);
    await snap(page, '05-recovered-banner');
  } finally {
    await again.stop();
  }
});

test('the page is closed mid-answer: the attempt is recovered without a restart', async ({ page, host }) => {
  const context = page.context();
  const started = await startAnswer(page);
  await page.waitForTimeout(6_000);
  // What was recorded up to the moment the page went away; closing itself can take a while.
  const recordedMs = Date.now() - started;
  await page.close();

  const attempt = await waitFor(
    () => onlyAttempt(host),
    (a) => a.status !== 'recording' && a.status !== 'finalizing',
  );
  expect(attempt.status).toBe('recovered');
  expect(attempt.recoveryCause).toBe('window-closed');
  expect(attempt.durationMs!).toBeGreaterThanOrEqual(recordedMs - 2_000);

  // The notice says the tab closed (Retake kept running) and how much of the answer it kept.
  const again = await context.newPage();
  await again.goto(host.url);
  const banner = again.getByTestId('recovered-banner');
  await expect(banner).toContainText('window or tab you were recording in closed');
  await expect(banner).not.toContainText('Retake stopped');
  await expect(banner).toContainText(`kept ${clock(attempt.durationMs!)}`);
  await snap(again, '06-recovered-after-tab-closed');
  await banner.getByRole('link').click();
  await expect(again.getByTestId('recovered-note')).toContainText(`Kept the first ${clock(attempt.durationMs!)}`);
  await snap(again, '07-recovered-review-note');
});

/** m:ss, floored as the app shows durations. */
function clock(ms: number): string {
  const s = Math.floor(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
