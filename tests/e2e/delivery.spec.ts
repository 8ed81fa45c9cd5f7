import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from '@playwright/test';
import { api } from './support/api';
import { expectAccessible } from './support/axe';
import { launchBrowser } from './support/browser';
import { expect, test as base } from './support/fixtures';
import { snap } from './support/screens';

const speechDir = resolve(import.meta.dirname, '../.work/speech');

/**
 * A monotone answer (espeak-ng with SSML range x-low) of about 20 s, so the delivery lane
 * has a flat stretch to show and to jump to. 48 kHz stereo, as Chromium's fake mic expects.
 */
function monotoneSpeech(): string {
  const out = join(speechDir, 'delivery-monotone.wav');
  if (existsSync(out)) return out;
  mkdirSync(speechDir, { recursive: true });
  const raw = join(speechDir, 'delivery-monotone.raw.wav');
  const text =
    'I took over a project that was late and over budget. First I met with each person on the team to find out what was blocking them. ' +
    'Then we cut two features, moved the launch date by a week, and shipped on time. The client signed a second contract the next month.';
  execFileSync('espeak-ng', ['-m', '-s', '150', '-w', raw, `<speak><prosody range="x-low">${text}</prosody></speak>`]);
  execFileSync('sox', ['-V1', raw, '-r', '48000', '-c', '2', out, 'pad', '1', '30']);
  return out;
}

const test = base.extend({
  browser: async ({}, use: (browser: Browser) => Promise<void>) => {
    const browser = await launchBrowser(monotoneSpeech());
    await use(browser);
    await browser.close();
  },
});

test('a monotone answer shows its delivery, and its flat stretch jumps the video there', async ({ page, host }) => {
  test.setTimeout(180_000);
  await expect(page.getByTestId('library')).toBeVisible();
  await page.getByTestId('practice-button').first().click();
  await page.getByTestId('skip-think').click();
  await expect(page.getByTestId('stop-recording')).toBeVisible();
  await page.waitForTimeout(24_000);
  await page.getByTestId('stop-recording').click();
  await page.waitForURL(/#\/attempt\/\d+/, { timeout: 60_000 });
  const attemptId = Number(/#\/attempt\/(\d+)/.exec(page.url())![1]);
  await expect(page.getByTestId('waveform')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });

  const delivery = await api(host, 'getDelivery', { attemptId });
  const flat = delivery?.whole.flatStretches[0];
  expect(flat, 'the monotone answer has a flat stretch').toBeDefined();

  const panel = page.getByTestId('delivery-panel');
  await expect(panel.getByTestId('delivery-pace')).toContainText('wpm');
  await expect(panel.getByTestId('delivery-pitch')).toContainText('semitone');
  await expect(panel.getByTestId('delivery-moment-flat').first()).toBeVisible();
  await expect(page.getByTestId('delivery-lane')).toBeVisible();

  // The lane's flat stretch seeks the video to where it starts.
  await page.getByTestId('lane-flat').first().click();
  await expect
    .poll(() => page.getByTestId('attempt-video').evaluate((v: HTMLVideoElement) => Math.round(v.currentTime * 1000)))
    .toBeGreaterThanOrEqual(flat!.startMs - 300);
  const at = await page.getByTestId('attempt-video').evaluate((v: HTMLVideoElement) => v.currentTime * 1000);
  expect(Math.abs(at - flat!.startMs)).toBeLessThan(300);

  // Marking a section gives it its own row of figures.
  await page.keyboard.press('Home');
  await page.keyboard.press('s');
  await expect(panel.getByTestId('delivery-section-situation')).toBeVisible();

  await snap(page, 'review-delivery');
  await expectAccessible(page, 'review with delivery');

  // The progress view charts pace and pitch range.
  const { promptId } = await api(host, 'getAttempt', { attemptId });
  await page.evaluate((id) => (location.hash = `#/progress/${id}`), promptId);
  await expect(page.getByTestId('chart-pace')).toBeVisible();
  await expect(page.getByTestId('chart-pitch')).toBeVisible();
  await snap(page, 'progress-delivery');
});
