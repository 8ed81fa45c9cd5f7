import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { bodyFigures } from '../../src/shared/body-language-figures';
import { makeBodyLanguageVideo } from '../support/body-language-video';
import { api } from './support/api';
import { expectAccessible } from './support/axe';
import { launchBrowser } from './support/browser';
import { ANSWER_ONE, expect, test } from './support/fixtures';
import { snap } from './support/screens';
import { speechFile } from './support/speech';

const videoDir = resolve(import.meta.dirname, '../.work/body-language');

/**
 * What the fake camera plays, on a loop: the smiling face centred, the background alone, then
 * the other sample face looking down. Any 14 s of it holds a whole no-face stretch. Made afresh
 * each run (a second or two): a copy kept from an earlier run could show other photos.
 */
async function faceVideo(): Promise<string> {
  mkdirSync(videoDir, { recursive: true });
  return makeBodyLanguageVideo(
    videoDir,
    [
      { shot: 'centred', seconds: 4 },
      { shot: 'none', seconds: 3 },
      { shot: 'away', seconds: 3 },
    ],
    'mjpeg',
    'fake-camera',
  );
}

async function record(page: Page, seconds: number): Promise<number> {
  await expect(page.getByTestId('library')).toBeVisible();
  await page.getByTestId('practice-button').first().click();
  return recordHere(page, seconds);
}

/** Records an answer from the practice screen already open; resolves once its review has drawn. */
async function recordHere(page: Page, seconds: number): Promise<number> {
  const from = page.url();
  // Think time begins once the camera and microphone are ready.
  await expect(page.getByTestId('think-countdown')).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('skip-think').click();
  await expect(page.getByTestId('stop-recording')).toBeVisible();
  await page.waitForTimeout(seconds * 1000);
  await page.getByTestId('stop-recording').click();
  await page.waitForURL((url) => /#\/attempt\/\d+/.test(url.hash) && url.href !== from, { timeout: 60_000 });
  await expect(page.getByTestId('waveform')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
  return Number(/#\/attempt\/(\d+)/.exec(page.url())![1]);
}

const videoAt = (page: Page) => page.getByTestId('attempt-video').evaluate((v: HTMLVideoElement) => v.currentTime * 1000);

/** Clicks `target` and waits until the video stands within 400 ms of `ms`. */
async function expectSeek(page: Page, target: ReturnType<Page['getByTestId']>, ms: number): Promise<void> {
  await page.getByTestId('attempt-video').evaluate((v: HTMLVideoElement) => (v.currentTime = v.duration - 0.1));
  await target.click();
  await expect.poll(async () => Math.abs((await videoAt(page)) - ms), { timeout: 10_000 }).toBeLessThan(400);
}

test.describe('with Chromium’s own fake camera (no face in it)', () => {
  test('the panel shows the analysis running, cancels it, starts it again and finds no face', async ({ page }) => {
    test.setTimeout(240_000);
    // No-face frames are the slow ones (each is looked at twice), so 12 s of them take a while.
    await record(page, 12);
    const panel = page.getByTestId('body-panel');
    await expect(panel.getByTestId('body-analysing')).toBeVisible({ timeout: 30_000 });
    await expect(panel.getByTestId('body-progress')).toBeVisible();
    await panel.getByTestId('body-cancel').click();
    await expect(panel.getByTestId('body-cancelled')).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId('body-lane')).toHaveCount(0);
    await snap(page, 'body-language-cancelled');

    await panel.getByTestId('body-again').click();
    await expect(panel.getByTestId('body-analysing')).toBeVisible();
    await expect(panel.getByTestId('body-no-face')).toBeVisible({ timeout: 180_000 });
    await expect(panel).toHaveAttribute('aria-busy', 'false');
    await snap(page, 'body-language-no-face');
    await expectAccessible(page, 'review, no face found');
  });

  test('an audio-only answer says there is nothing to measure', async ({ page, host }) => {
    test.setTimeout(120_000);
    await api(host, 'updateSettings', { audioOnly: true });
    await record(page, 3);
    await expect(page.getByTestId('body-no-video')).toHaveText(/no video, nothing to measure/);
    await expect(page.getByTestId('body-lane')).toHaveCount(0);
  });
});

test.describe('with a face on the fake camera', () => {
  let video: string;
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    video = await faceVideo();
  });
  const faced = test.extend({
    browser: async ({}, use: (browser: Browser) => Promise<void>) => {
      const browser = await launchBrowser(speechFile('answer-one', ANSWER_ONE), video);
      await use(browser);
      await browser.close();
    },
  });

  faced('the figures, the lane and every stretch seek the video to its moments', async ({ page, host }) => {
    faced.setTimeout(300_000);
    const attemptId = await record(page, 14);
    const panel = page.getByTestId('body-panel');
    await expect(panel).toHaveAttribute('data-view', 'done', { timeout: 180_000 });

    const body = await api(host, 'getBodyLanguage', { attemptId });
    const found = body.samples.filter((s) => s.face !== null).length / body.samples.length;
    // 3 s of every 10 have no face; the face looking down is still found.
    expect(found).toBeGreaterThan(0.4);
    expect(found).toBeLessThan(0.95);
    await expect(panel.getByTestId('body-face')).toContainText(`${Math.round(found * 100)}%`);
    await expect(panel.getByTestId('body-eye-line')).toContainText('estimate');
    await expect(panel.getByTestId('body-legend')).toContainText('irises');
    await expect(panel.getByTestId('body-movement')).toContainText(/Steady|Moving|Restless/);

    // The lane marks the stretch without a face; it and the panel's chip jump there.
    const noFace = page.getByTestId('body-lane-no-face').first();
    await expect(noFace).toBeVisible();
    const figures = bodyFigures(body.samples, body.sampleMs!);
    const first = figures.noFace[0]!;
    await expectSeek(page, panel.getByTestId('body-moment-no-face').first(), first.startMs);
    await expectSeek(page, noFace, first.startMs);
    // The camera loops centred, none, looking down: the lane marks each look down, and its chip seeks.
    expect(figures.noFace.length).toBeGreaterThanOrEqual(1);
    expect(figures.lookingAway.length).toBeGreaterThanOrEqual(1);
    await expect(page.getByTestId('body-lane-away')).toHaveCount(figures.lookingAway.length);
    await expectSeek(page, page.getByTestId('body-lane-away').first(), figures.lookingAway[0]!.startMs);

    // A STAR mark gives the sections their own row of figures.
    await page.keyboard.press('Home');
    await page.keyboard.press('s');
    await expect(panel.getByTestId('body-section-situation')).toBeVisible();

    await page.getByTestId('body-lane').scrollIntoViewIfNeeded();
    await snap(page, 'body-language-done');
    await expectAccessible(page, 'review with body language');

    // A second answer to the same question, compared while it is still being measured: its
    // body-language rows fill in when the analysis-done event arrives, without a reload.
    const { promptId } = await api(host, 'getAttempt', { attemptId });
    await page.evaluate((id) => (location.hash = `#/practice/${id}`), promptId);
    const secondId = await recordHere(page, 8);
    await page.evaluate(([a, b]) => (location.hash = `#/compare/${a}/${b}`), [attemptId, secondId]);
    const faceRow = page.getByTestId('change-row-body-face');
    await expect(faceRow).toBeVisible({ timeout: 30_000 });
    await expect(faceRow).not.toHaveAttribute('data-verdict', 'unknown', { timeout: 180_000 });
    await expect(faceRow.getByTestId('change-before')).toHaveText(`${Math.round(found * 100)}%`);
    await expect(page.getByTestId('change-row-body-movement')).toBeVisible();
    await page.getByTestId('change-row-body-face').scrollIntoViewIfNeeded();
    await snap(page, 'body-language-compare');

    // The progress view charts both answers' body language.
    await page.evaluate((id) => (location.hash = `#/progress/${id}`), promptId);
    await expect(page.getByTestId('chart-body')).toBeVisible();
    await expect(page.getByTestId('chart-body')).toContainText('Face in frame');
    await snap(page, 'body-language-progress');
  });
});
