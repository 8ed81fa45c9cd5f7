import type { Page } from '@playwright/test';
import { api } from './support/api';
import { launchBrowser } from './support/browser';
import { expect, test } from './support/fixtures';
import { snap as snapPage } from './support/screens';
import { speechFile } from './support/speech';
import type { RunningHost } from './support/web-host';

const ANSWER_TWO =
  'Our releases were late. I owned the fix. I cut the manual checks, automated the build, ' +
  'and set one clear owner per step. Two months later every sprint shipped on time.';

/** A screenshot after any theme transition has finished. */
async function snap(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(250);
  await snapPage(page, name);
}

/** From the library, answer the first question for about `seconds`; returns the new attempt's id. */
async function recordAnswer(page: Page, seconds: number): Promise<number> {
  await expect(page.getByTestId('library')).toBeVisible();
  await page.getByTestId('practice-button').first().click();
  await page.getByTestId('skip-think').click();
  const stop = page.getByTestId('stop-recording');
  await expect(stop).toBeVisible();
  await page.waitForTimeout(seconds * 1000);
  await stop.click();
  await page.waitForURL(/#\/attempt\/\d+/, { timeout: 60_000 });
  return Number(/#\/attempt\/(\d+)/.exec(page.url())![1]);
}

/** Both videos' positions and offsets, read in one task so they describe the same instant. */
function sample(page: Page) {
  return page.evaluate(() => {
    const read = (key: string) => {
      const video = document.querySelector<HTMLVideoElement>(`[data-testid="compare-video-${key}"]`)!;
      return { ms: video.currentTime * 1000, offsetMs: Number(video.dataset.offsetMs), state: video.dataset.state, paused: video.paused };
    };
    return { before: read('before'), after: read('after') };
  });
}

type Sample = Awaited<ReturnType<typeof sample>>;

/** How far apart the two sides are once their offsets are taken out (0 = perfectly together). */
const drift = (s: Sample): number => s.before.ms - s.before.offsetMs - (s.after.ms - s.after.offsetMs);

/** Plays for `ms`, sampling every ~100 ms; returns the samples taken while both sides were playing. */
async function playAndSample(page: Page, ms: number): Promise<Sample[]> {
  await page.getByTestId('compare-play').click();
  await expect(page.getByTestId('compare-play')).toHaveAttribute('data-playing', 'true');
  const samples: Sample[] = [];
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const s = await sample(page);
    if (s.before.state === 'playing' && s.after.state === 'playing' && !s.before.paused && !s.after.paused) samples.push(s);
    await page.waitForTimeout(100);
  }
  await page.getByTestId('compare-play').click();
  await expect(page.getByTestId('compare-play')).toHaveAttribute('data-playing', 'false');
  return samples;
}

/** A length as the app writes every length ("8.3 s", then "1:05.2"); written out here so the table is checked against the API, not itself. */
function clockOf(ms: number): string {
  const tenths = Math.round(ms / 100);
  if (tenths < 600) return `${(tenths / 10).toFixed(1)} s`;
  const seconds = Math.floor(tenths / 10);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}.${tenths % 10}`;
}

async function waitForVideos(page: Page): Promise<void> {
  await expect(page.getByTestId('compare-play')).toBeVisible();
  for (const key of ['before', 'after']) {
    await expect.poll(() => page.getByTestId(`compare-video-${key}`).evaluate((v: HTMLVideoElement) => v.readyState), { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
  }
  await expect(page.getByTestId('waveform')).toHaveCount(2);
  await expect(page.locator('[data-testid="waveform"][data-ready="true"]')).toHaveCount(2);
}

async function open(page: Page, host: RunningHost, hash: string): Promise<void> {
  await page.goto(`${host.url}${hash}`);
}

test('two attempts side by side: one clock, section jumps, what changed, progress', async ({ page, host }) => {
  test.setTimeout(300_000);

  // Two attempts at the same question, spoken differently, the second well shorter (a fresh
  // browser's camera can add a second or more to it on a busy machine).
  const beforeId = await recordAnswer(page, 10);
  const second = await launchBrowser(speechFile('compare-two', ANSWER_TWO));
  let afterId: number;
  try {
    const other = await second.newPage({ viewport: { width: 1280, height: 800 } });
    await other.goto(host.url);
    afterId = await recordAnswer(other, 6.5);
  } finally {
    await second.close();
  }
  const [before, after] = [await api(host, 'getAttempt', { attemptId: beforeId }), await api(host, 'getAttempt', { attemptId: afterId })];
  expect(after.promptId).toBe(before.promptId);
  expect(before.status).toBe('ready');
  expect(after.status).toBe('ready');

  // Different section marks on each side; Before has no Result mark.
  const marks = {
    before: { situation: 500, task: 2000, action: 3500 },
    after: { situation: 1000, task: 2400, action: 3900, result: 5200 },
  };
  for (const [section, startMs] of Object.entries(marks.before)) {
    await api(host, 'setSection', { attemptId: beforeId, section: section as 'situation', startMs });
  }
  for (const [section, startMs] of Object.entries(marks.after)) {
    await api(host, 'setSection', { attemptId: afterId, section: section as 'situation', startMs });
  }
  await api(host, 'createNote', { attemptId: beforeId, startMs: 1000, category: 'delivery', text: 'Rambled in the Situation' });
  await api(host, 'createNote', { attemptId: beforeId, startMs: 200, category: 'content', text: 'Slow start' });
  await api(host, 'createNote', { attemptId: afterId, startMs: 1500, category: 'strength', text: 'Situation in one sentence' });
  await api(host, 'createNote', { attemptId: afterId, startMs: 4200, endMs: 5000, category: 'content', text: 'Said “I”, not “we”' });
  await api(host, 'setRating', { attemptId: beforeId, criterion: 'clarity', score: 2 });
  await api(host, 'setRating', { attemptId: afterId, criterion: 'clarity', score: 4 });
  await api(host, 'setRating', { attemptId: beforeId, criterion: 'structure', score: 3 });
  await api(host, 'setRating', { attemptId: afterId, criterion: 'structure', score: 2 });

  // From the later attempt's review: compare with the earlier one.
  await open(page, host, `#/attempt/${afterId}`);
  await page.getByTestId('compare-earlier').click();
  await page.waitForURL(new RegExp(`#/compare/${beforeId}/${afterId}$`));
  await waitForVideos(page);
  await expect(page.getByTestId('compare-title')).toHaveText(before.promptText);

  // One clock: both advance together, within 100 ms of each other after offsets.
  const start = await sample(page);
  const samples = await playAndSample(page, 5000);
  const end = await sample(page);
  expect(end.before.ms - start.before.ms).toBeGreaterThan(4000);
  expect(end.after.ms - start.after.ms).toBeGreaterThan(4000);
  const drifts = samples.map(drift);
  const worst = Math.max(...drifts.map(Math.abs));
  const mean = drifts.reduce((a, b) => a + Math.abs(b), 0) / drifts.length;
  console.log(`[compare] drift over ${samples.length} samples in 5 s: worst ${worst.toFixed(1)} ms, mean ${mean.toFixed(1)} ms`);
  console.log(`[compare] drifts: ${drifts.map((d) => d.toFixed(0)).join(' ')}`);
  // A round trip to the page takes 100–250 ms on a loaded machine; ten samples still span the whole run.
  expect(samples.length).toBeGreaterThanOrEqual(10);
  expect(worst).toBeLessThan(100);
  await snap(page, 'compare-playing');

  // Jump to Action: each side lands on its own Action mark; the offsets become the difference.
  await page.getByTestId('jump-action').click();
  await expect.poll(async () => {
    const s = await sample(page);
    return Math.max(Math.abs(s.before.ms - marks.before.action), Math.abs(s.after.ms - marks.after.action));
  }).toBeLessThan(100);
  const jumped = await sample(page);
  expect(jumped.after.offsetMs - jumped.before.offsetMs).toBe(marks.after.action - marks.before.action);
  await expect(page.getByTestId('offset-after')).toHaveText('+0.4 s');
  await snap(page, 'compare-jump-action');

  // Played from there, the two tellings of the Action stay together.
  const actionSamples = await playAndSample(page, 1500);
  const actionWorst = Math.max(...actionSamples.map((s) => Math.abs(drift(s))));
  console.log(`[compare] drift after the Action jump: worst ${actionWorst.toFixed(1)} ms over ${actionSamples.length} samples`);
  expect(actionWorst).toBeLessThan(100);

  // The keyboard jumps too (R = Result); Before has no Result mark and says so, with a way to mark it.
  await page.keyboard.press('r');
  await expect(page.getByTestId('missing-section-before')).toContainText('No Result marked in Before');
  await expect(page.getByTestId('missing-section-before').getByRole('link')).toHaveAttribute('href', `#/attempt/${beforeId}`);
  await expect(page.getByTestId('missing-section-after')).toHaveCount(0);
  await expect.poll(async () => Math.abs((await sample(page)).after.ms - marks.after.result)).toBeLessThan(100);

  // The table of changes: durations as the API has them, verdicts in words.
  await expect(page.getByTestId('change-row-duration').getByTestId('change-before')).toHaveText(clockOf(before.durationMs!));
  await expect(page.getByTestId('change-row-duration').getByTestId('change-after')).toHaveText(clockOf(after.durationMs!));
  await expect(page.getByTestId('change-row-rating-clarity')).toHaveAttribute('data-verdict', 'better');
  await expect(page.getByTestId('change-row-rating-clarity').getByTestId('verdict')).toHaveText('Better');
  await expect(page.getByTestId('change-row-rating-structure')).toHaveAttribute('data-verdict', 'worse');
  await expect(page.getByTestId('change-row-section-result')).toContainText('No Result mark in Before');
  // Notes side by side by section.
  await expect(page.getByTestId('notes-situation-before')).toContainText('Rambled in the Situation');
  await expect(page.getByTestId('notes-situation-after')).toContainText('Situation in one sentence');
  await expect(page.getByTestId('notes-lead-in-before')).toContainText('Slow start');
  await expect(page.getByTestId('notes-action-after')).toContainText('not “we”');

  // Sound from one side at a time: M switches.
  await expect(page.getByTestId('compare-video-before')).toHaveJSProperty('muted', false);
  await expect(page.getByTestId('compare-video-after')).toHaveJSProperty('muted', true);
  await page.keyboard.press('m');
  await expect(page.getByTestId('compare-video-before')).toHaveJSProperty('muted', true);
  await expect(page.getByTestId('compare-video-after')).toHaveJSProperty('muted', false);
  await expect(page.getByTestId('hear-after')).toHaveAttribute('aria-pressed', 'true');

  // Past the end of the shorter attempt: it is parked as ended while the longer one plays on.
  await page.getByTestId('reset-offsets').click();
  await page.keyboard.press('Home');
  const ruler = page.getByTestId('compare-track-before').getByTestId('waveform-ruler');
  const box = (await ruler.boundingBox())!;
  expect(Math.round(before.durationMs! * 0.85)).toBeGreaterThan(after.durationMs! + 100);
  await ruler.click({ position: { x: box.width * 0.85, y: box.height / 2 } });
  await expect(page.getByTestId('compare-video-after')).toHaveAttribute('data-state', 'ended');
  await expect(page.getByTestId('side-state-after')).toHaveText('Ended');
  await page.getByTestId('compare-play').click();
  await page.waitForTimeout(300);
  const parked = await sample(page);
  expect(parked.after.paused).toBe(true);
  expect(parked.after.ms).toBeGreaterThan(after.durationMs! - 100);
  expect(parked.before.state).toBe('playing');
  expect(parked.before.paused).toBe(false);
  await snap(page, 'compare-shorter-ended');
  await expect(page.getByTestId('compare-play')).toHaveAttribute('data-playing', 'false', { timeout: 5000 });

  // Dark theme.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.getByTestId('jump-situation').click();
  await page.waitForTimeout(300);
  await snap(page, 'compare-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  // The progress view lists the attempts in order and opens a pair.
  await open(page, host, `#/progress/${before.promptId}`);
  const rows = page.getByTestId('progress-attempts').locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toHaveAttribute('data-testid', `progress-row-${beforeId}`);
  await expect(rows.nth(1)).toHaveAttribute('data-testid', `progress-row-${afterId}`);
  // Each chart is one link that the arrow keys move from attempt to attempt, starting at the latest.
  const point = page.getByTestId('chart-length-point');
  await expect(point).toHaveAttribute('href', `#/attempt/${afterId}`);
  await point.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(point).toHaveAttribute('href', `#/attempt/${beforeId}`);
  await expect(point).toHaveAccessibleName(/left and right arrows/);
  await page.keyboard.press('End');
  await expect(point).toHaveAttribute('href', `#/attempt/${afterId}`);
  // The pointer moves it too: over the first column, it opens the first attempt.
  const plot = (await page.getByTestId('chart-length').locator('svg').first().boundingBox())!;
  await page.mouse.move(plot.x + 60, plot.y + 80);
  await expect(point).toHaveAttribute('href', `#/attempt/${beforeId}`);
  await page.mouse.move(0, 0);
  await page.getByTestId(`choose-${afterId}`).check();
  await page.getByTestId(`choose-${beforeId}`).check();
  await snap(page, 'compare-progress');
  await page.emulateMedia({ colorScheme: 'dark' });
  await snap(page, 'compare-progress-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByTestId('compare-chosen').click();
  await page.waitForURL(new RegExp(`#/compare/${beforeId}/${afterId}$`));
  await waitForVideos(page);

  // The library's Compare mode picks two cards in any order; older is Before.
  await open(page, host, '#/library');
  await page.getByTestId('compare-mode').click();
  await page.getByTestId(`attempt-${afterId}`).click();
  await page.getByTestId(`attempt-${beforeId}`).click();
  await snap(page, 'compare-library-choose');
  await page.getByTestId('compare-selected').click();
  await page.waitForURL(new RegExp(`#/compare/${beforeId}/${afterId}$`));

  // The question's default pair is its first and latest attempt.
  await open(page, host, `#/compare/prompt/${before.promptId}`);
  await waitForVideos(page);
  await expect(page.getByTestId('compare-video-before')).toHaveAttribute('src', new RegExp(`/${beforeId}/`));

  // Pairs that cannot be compared say why instead of breaking.
  await open(page, host, `#/compare/${afterId}/${afterId}`);
  await expect(page.getByTestId('compare-problem')).toContainText('same attempt twice');
  await snap(page, 'compare-problem-same');
  await open(page, host, `#/compare/${beforeId}/999999`);
  await expect(page.getByTestId('compare-problem')).toContainText('After no longer exists');
  const unfinished = await api(host, 'startAttempt', { promptId: before.promptId, mode: 'video', mimeType: 'video/webm', targetSeconds: 60 });
  await open(page, host, `#/compare/${beforeId}/${unfinished.id}`);
  await expect(page.getByTestId('compare-problem')).toContainText("After can't be played yet");
  await expect(page.getByTestId('compare-problem')).toContainText('still being recorded');
});
