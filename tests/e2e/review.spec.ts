import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Locator, Page } from '@playwright/test';
import { api, waitFor } from './support/api';
import { launchBrowser } from './support/browser';
import { expect, test as base } from './support/fixtures';
import { snap } from './support/screens';
import { recordAnswer } from './support/practice';

const speechDir = resolve(import.meta.dirname, '../.work/speech');

/**
 * A short spoken answer with two clear pauses in it (about 1.2 s and 2.2 s), so the review
 * page has pauses to shade and count. Made once with espeak-ng and sox, 48 kHz stereo as
 * Chromium's fake microphone expects, with trailing silence to keep the track alive.
 */
function pausedSpeech(): string {
  const out = join(speechDir, 'review-pauses.wav');
  if (existsSync(out)) return out;
  mkdirSync(speechDir, { recursive: true });
  const parts = [
    { text: 'Our releases kept slipping.', after: 1.2 },
    { text: 'I automated the slow checks.', after: 2.2 },
    { text: 'We shipped on time, every sprint.', after: 30 },
  ];
  const padded = parts.map((part, i) => {
    const raw = join(speechDir, `review-pauses-${i}.raw.wav`);
    const piece = join(speechDir, `review-pauses-${i}.wav`);
    execFileSync('espeak-ng', ['-s', '150', '-w', raw, part.text]);
    execFileSync('sox', ['-V1', raw, '-r', '48000', '-c', '2', piece, 'pad', i === 0 ? '1.5' : '0', String(part.after)]);
    return piece;
  });
  execFileSync('sox', ['-V1', ...padded, out]);
  return out;
}

const test = base.extend({
  browser: async ({}, use: (browser: Browser) => Promise<void>) => {
    const browser = await launchBrowser(pausedSpeech());
    await use(browser);
    await browser.close();
  },
});

async function waveformReady(page: Page): Promise<void> {
  await expect(page.getByTestId('review-screen')).toBeVisible();
  await expect(page.getByTestId('waveform')).toHaveAttribute('data-ready', 'true', { timeout: 20_000 });
}

const screenshots = resolve(import.meta.dirname, '../../test-results/screenshots');

/**
 * A kept screenshot, from the top of the page (a full-page shot taken scrolled down draws
 * the sticky top bar mid-page); `viewport` keeps just what is on screen, e.g. a dropdown.
 * REVIEW_SHOTS names a second folder for a copy, since test-results is shared by every run.
 */
async function shot(page: Page, name: string, options: { viewport?: boolean } = {}): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  if (options.viewport) {
    mkdirSync(screenshots, { recursive: true });
    await page.screenshot({ path: join(screenshots, `${name}.png`) });
  } else {
    await snap(page, name);
  }
  const copy = process.env.REVIEW_SHOTS;
  if (copy) await page.screenshot({ path: join(copy, `${name}.png`), fullPage: !options.viewport });
}

/** Where the playhead is, as the <video> element itself reports it. */
function videoTime(page: Page): Promise<number> {
  return page.getByTestId('attempt-video').evaluate((v: HTMLVideoElement) => v.currentTime);
}

async function startOf(marker: Locator): Promise<number> {
  return Number(await marker.getAttribute('data-start-ms'));
}

test('review an answer: notes, STAR marks, rating and reflection survive a reload; search lands on a note; delete asks first', async ({
  page,
  host,
}) => {
  const attemptId = await recordAnswer(page, host, 8.5);
  await waveformReady(page);
  const attempt = await api(host, 'getAttempt', { attemptId });
  const durationMs = attempt.durationMs!;

  // The first look: an invitation to note strengths too, STAR sections all missing, pauses measured.
  await expect(page.getByTestId('notes-empty')).toContainText('well');
  await expect(page.getByTestId('section-missing-result')).toHaveText('No Result marked yet — press R where your result begins');
  // The hint runs across the row, not squeezed into a narrow column (at most two lines).
  expect((await page.getByTestId('section-missing-result').boundingBox())!.height).toBeLessThan(45);
  await expect(page.getByTestId('pause-stats')).toBeVisible();
  const review = await api(host, 'getReview', { attemptId });
  const pauseCount = review.metrics?.pauses.length ?? 0;
  await expect(page.locator('[data-testid="pause-region"]')).toHaveCount(pauseCount);
  await shot(page, 'review-01-first-look');

  // The waveform's text alternative: a slider a screen reader can read and move.
  const slider = page.getByRole('slider', { name: 'Position in the recording' });
  await slider.focus();
  await page.keyboard.press('End');
  const whole = `${Math.floor(durationMs / 60_000)}:${String(Math.floor(durationMs / 1000) % 60).padStart(2, '0')}`;
  await expect(slider).toHaveAttribute('aria-valuetext', `${whole} of ${whole}`);
  await page.keyboard.press('Home');
  await expect(slider).toHaveAttribute('aria-valuetext', `0:00 of ${whole}`);
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuenow', '5');
  await slider.blur();

  // A point note with the keyboard: go to 2 s, N, pick Delivery with 3, type, Enter.
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('n');
  const editor = page.getByTestId('note-editor');
  await expect(editor).toBeVisible();
  await expect(page.getByTestId('note-text')).toBeFocused();
  await expect(editor).toContainText('New note at 0:02');
  await page.keyboard.press('3');
  await expect(page.getByTestId('note-category-delivery')).toBeChecked();
  await page.keyboard.type('Too fast here, like a metronome on double time');
  await page.keyboard.press('Enter');
  await expect(editor).toBeHidden();
  const items = page.locator('[data-testid="note-list"] > li');
  await expect(items).toHaveCount(1);

  // A range note by dragging across the waveform.
  const wave = page.getByTestId('waveform-wave');
  const box = (await wave.boundingBox())!;
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.45, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.6, y, { steps: 6 });
  await page.mouse.move(box.x + box.width * 0.72, y, { steps: 6 });
  await page.mouse.up();
  await expect(editor).toBeVisible();
  await expect(editor).toContainText('New note for');
  await expect(page.getByTestId('note-text')).toBeFocused();
  await page.keyboard.press('1');
  await expect(page.getByTestId('note-category-strength')).toBeChecked();
  await page.keyboard.type('Clear result with a number in it');
  await page.getByTestId('note-save').click();
  await expect(editor).toBeHidden();
  await expect(items).toHaveCount(2);

  const notes = (await api(host, 'getReview', { attemptId })).notes;
  expect(notes).toHaveLength(2);
  const point = notes.find((n) => n.endMs === null)!;
  const range = notes.find((n) => n.endMs !== null)!;
  expect(point.category).toBe('delivery');
  expect(Math.abs(point.startMs - 2000)).toBeLessThanOrEqual(100);
  expect(range.category).toBe('strength');
  expect(range.startMs).toBeGreaterThan(durationMs * 0.4);
  expect(range.endMs!).toBeLessThan(durationMs * 0.78);
  await expect(page.getByTestId(`note-marker-${point.id}`)).toHaveCount(1);
  await expect(page.getByTestId(`note-region-${range.id}`)).toHaveCount(1);

  // STAR marks at 0, 1, 3 and 6 s, seeking between them with the keyboard.
  await page.keyboard.press('Home');
  await page.keyboard.press('s');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('t');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('a');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('r');
  const expected = { situation: 0, task: 1000, action: 3000, result: 6000 } as const;
  for (const [section, ms] of Object.entries(expected)) {
    const marker = page.getByTestId(`section-marker-${section}`);
    await expect(marker).toBeVisible();
    expect(Math.abs((await startOf(marker)) - ms)).toBeLessThanOrEqual(150);
  }
  await expect(page.getByTestId('section-row-action')).toContainText('Action');
  await expect(page.getByTestId('section-row-action')).toContainText('(aim 40–60%)');
  // A marked section's length, share and aim read as one line of words.
  expect((await page.getByTestId('section-row-action').boundingBox())!.height).toBeLessThan(45);

  // Drag the Result marker a little later: the mark moves and is saved.
  const result = page.getByTestId('section-marker-result');
  await result.evaluate((e) => e.scrollIntoView({ block: 'center' }));
  const handle = (await result.boundingBox())!;
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  await page.mouse.move(handle.x + handle.width / 2 + 30, handle.y + handle.height / 2, { steps: 5 });
  await page.mouse.up();
  const moved = await waitFor(
    () => api(host, 'getReview', { attemptId }),
    (r) => (r.sections.find((s) => s.section === 'result')?.startMs ?? 0) > 6200,
  );
  const resultMs = moved.sections.find((s) => s.section === 'result')!.startMs;

  // Rate two criteria and write a reflection; it saves on blur.
  await page.getByTestId('rating-structure-4').check();
  await page.getByTestId('rating-clarity-3').check();
  await page.getByTestId('reflection').fill('Slow the first sentence down and lead with the result.');
  await page.getByTestId('reflection').blur();
  await expect(page.getByTestId('reflection-status')).toHaveText('Saved');
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+ArrowLeft');
  await shot(page, 'review-02-notes-sections-pauses');

  // Reload: everything is still there, and drawn on the waveform.
  await page.reload();
  await waveformReady(page);
  await expect(items).toHaveCount(2);
  await expect(page.locator('[data-testid^="note-marker-"]')).toHaveCount(1);
  await expect(page.locator('[data-testid^="note-region-"]')).toHaveCount(1);
  await expect(page.locator('[data-testid="pause-region"]')).toHaveCount(pauseCount);
  await expect(page.locator('[data-testid^="section-marker-"]')).toHaveCount(4);
  expect(Math.abs((await startOf(page.getByTestId('section-marker-result'))) - resultMs)).toBeLessThanOrEqual(1);
  await expect(page.getByTestId('rating-structure-4')).toBeChecked();
  await expect(page.getByTestId('rating-clarity-3')).toBeChecked();
  await expect(page.getByTestId('reflection')).toHaveValue('Slow the first sentence down and lead with the result.');
  await expect(page.getByTestId(`note-item-${point.id}`)).toContainText('metronome');

  // Edit a note in place.
  await page.getByTestId(`note-edit-${point.id}`).click();
  await expect(page.getByTestId('note-text')).toBeFocused();
  await page.keyboard.type(' (breathe first)');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId(`note-text-${point.id}`)).toHaveText('Too fast here, like a metronome on double time (breathe first)');

  // Clicking a note in the list seeks there.
  await page.getByTestId(`note-time-${range.id}`).click();
  await expect.poll(() => videoTime(page)).toBeCloseTo(range.startMs / 1000, 0);
  await expect(page.getByTestId(`note-item-${range.id}`)).toHaveAttribute('aria-current', 'true');

  // Delete a note, then undo: it comes back (as a new note) on the list and the waveform.
  await page.getByTestId(`note-delete-${range.id}`).click();
  await expect(items).toHaveCount(1);
  await expect(page.locator('[data-testid^="note-region-"]')).toHaveCount(0);
  await page.getByTestId('toast').filter({ hasText: 'Note deleted' }).getByTestId('toast-action').click();
  await expect(items).toHaveCount(2);
  await expect(page.locator('[data-testid^="note-region-"]')).toHaveCount(1);
  const restored = (await api(host, 'getReview', { attemptId })).notes.find((n) => n.endMs !== null)!;
  expect(restored).toMatchObject({ startMs: range.startMs, endMs: range.endMs, category: range.category, text: range.text });

  // The shortcuts help, then the same page in the dark theme.
  await page.keyboard.press('?');
  await expect(page.getByTestId('shortcuts-help')).toBeVisible();
  await shot(page, 'review-03-shortcuts');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('shortcuts-help')).toBeHidden();
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.getByTestId(`note-time-${point.id}`).click();
  await shot(page, 'review-04-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  // Search from the library for a word in the point note, and land at its time.
  await page.getByRole('link', { name: 'Library' }).first().click();
  await expect(page.getByTestId('library')).toBeVisible();
  await page.keyboard.press('/');
  await expect(page.getByTestId('library-search')).toBeFocused();
  await page.keyboard.type('metronome');
  const hit = page.getByTestId('search-hit');
  await expect(hit).toHaveCount(1);
  await expect(hit.locator('mark')).toHaveText(/metronome/i);
  await expect(hit).toContainText(attempt.promptText);
  await shot(page, 'review-05-search', { viewport: true });
  await page.keyboard.press('ArrowDown');
  await expect(hit).toBeFocused();
  await page.keyboard.press('Enter');
  await page.waitForURL(new RegExp(`#/attempt/${attemptId}\\?t=${point.startMs}$`));
  await waveformReady(page);
  await expect.poll(() => videoTime(page), { timeout: 10_000 }).toBeGreaterThan(0);
  expect(Math.abs((await videoTime(page)) - point.startMs / 1000)).toBeLessThan(0.3);
  await expect(page.getByTestId(`note-item-${point.id}`)).toHaveAttribute('aria-current', 'true');

  // A range note with the keyboard only: Shift+N at 3 s, seek to 6 s, Shift+N, type, Enter.
  await page.keyboard.press('Home');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+N');
  const pending = page.getByTestId('pending-range');
  await expect(pending).toContainText('Range from 0:03');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowRight');
  await shot(page, 'review-08-keyboard-range');
  await page.keyboard.press('Shift+N');
  await expect(pending).toBeHidden();
  await expect(editor).toContainText('New note for 0:03–0:06');
  await expect(page.getByTestId('note-text')).toBeFocused();
  await page.keyboard.type('Keyboard-made stretch');
  await page.keyboard.press('Enter');
  await expect(editor).toBeHidden();
  const keyed = await waitFor(
    () => api(host, 'getReview', { attemptId }),
    (r) => r.notes.some((n) => n.text === 'Keyboard-made stretch'),
  ).then((r) => r.notes.find((n) => n.text === 'Keyboard-made stretch')!);
  expect(Math.abs(keyed.startMs - 3000)).toBeLessThanOrEqual(150);
  expect(Math.abs(keyed.endMs! - 6000)).toBeLessThanOrEqual(150);
  await expect(page.getByTestId(`note-item-${keyed.id}`)).toContainText('0:03–0:06');
  await expect(page.getByTestId(`note-region-${keyed.id}`)).toHaveCount(1);
  // Esc drops a pending range.
  await page.keyboard.press('Shift+N');
  await expect(pending).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(pending).toBeHidden();

  // Delete asks first, naming the question, then goes back to the library.
  await page.getByTestId('delete-attempt').click();
  const dialog = page.getByTestId('confirm-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(attempt.promptText);
  await shot(page, 'review-06-delete');
  await page.getByTestId('confirm-delete').click();
  await expect(page.getByTestId('library')).toBeVisible();
  await expect(page.getByTestId('attempts-empty')).toBeVisible();
  expect(await api(host, 'listAttempts', {})).toHaveLength(0);
});

test('an audio-only answer: waveform and a placeholder instead of the picture; the keyboard plays it', async ({ page, host }) => {
  await api(host, 'updateSettings', { audioOnly: true });
  const attemptId = await recordAnswer(page, host, 4);
  await waveformReady(page);
  expect((await api(host, 'getAttempt', { attemptId })).mode).toBe('audio');
  await expect(page.getByTestId('audio-placeholder')).toBeVisible();

  // Space plays, Space pauses; the playhead moves; > makes it faster.
  await page.keyboard.press('Space');
  await expect(page.getByTestId('play-toggle')).toHaveAttribute('data-playing', 'true');
  await expect.poll(() => videoTime(page), { timeout: 5_000 }).toBeGreaterThan(0.5);
  await page.keyboard.press('Space');
  await expect(page.getByTestId('play-toggle')).toHaveAttribute('data-playing', 'false');
  await page.keyboard.press('>');
  await expect(page.getByTestId('rate-1.25')).toHaveAttribute('aria-pressed', 'true');
  expect(await page.getByTestId('attempt-video').evaluate((v: HTMLVideoElement) => v.playbackRate)).toBe(1.25);

  // Clicking the waveform seeks there.
  const wave = (await page.getByTestId('waveform-wave').boundingBox())!;
  await page.mouse.click(wave.x + wave.width * 0.75, wave.y + wave.height / 2);
  const duration = (await api(host, 'getAttempt', { attemptId })).durationMs! / 1000;
  await expect.poll(() => videoTime(page)).toBeGreaterThan(duration * 0.7);
  expect(await videoTime(page)).toBeLessThan(duration * 0.8);
  await shot(page, 'review-07-audio-only');
});

test('many long notes scroll inside the notes panel and never cover the transport bar', async ({ page, host }) => {
  await api(host, 'updateSettings', { audioOnly: true });
  const attemptId = await recordAnswer(page, host, 3);
  const text = 'I rushed the result and never said what changed for the team afterwards. '.repeat(4);
  for (let i = 0; i < 10; i++) await api(host, 'createNote', { attemptId, startMs: i * 200, category: 'content', text });
  await page.reload();
  await expect(page.getByTestId('note-list').locator('li')).toHaveCount(10);
  await expect(page.getByTestId('waveform')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });

  const panel = (await page.locator('section.panel', { has: page.getByTestId('note-list') }).boundingBox())!;
  const transport = (await page.getByTestId('play-toggle').boundingBox())!;
  expect(panel.y + panel.height).toBeLessThanOrEqual(transport.y);
  const list = page.getByTestId('note-list');
  expect(await list.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
  await shot(page, 'review-09-many-notes');
});
