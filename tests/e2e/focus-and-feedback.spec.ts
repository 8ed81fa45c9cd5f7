import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { readZip } from '../support/zip';
import { api } from './support/api';
import { expectAccessible } from './support/axe';
import { expect, test } from './support/fixtures';
import { addNote, recordAnswer } from './support/practice';
import { snap } from './support/screens';


test('a note flagged "work on this" shows while thinking and answering the next time, and is checked in on the new review', async ({ page, host }) => {
  await expect(page.getByTestId('library')).toBeVisible();
  const first = await recordAnswer(page, host, 3.5);
  const noteId = await addNote(page, host, first, 'Lead with the result, not the backstory');

  await page.getByTestId(`note-item-${noteId}`).hover();
  await page.getByTestId(`work-on-this-${noteId}`).click();
  await expect(page.getByTestId('focus-dialog')).toBeVisible();
  await expect(page.getByTestId('focus-text')).toHaveValue('Lead with the result, not the backstory');
  await snap(page, 'focus-01-work-on-this');
  await page.getByTestId('focus-save').click();
  await expect(page.getByTestId('focus-dialog')).toBeHidden();
  await expect(page.getByText('Focus point added')).toBeVisible();

  // The next attempt: the point shows above the story while thinking, and quietly while answering.
  await page.getByTestId('practice-again').click();
  await expect(page.getByTestId('think-countdown')).toBeVisible();
  await expect(page.getByTestId('focus-reminder')).toContainText('Lead with the result, not the backstory');
  await snap(page, 'focus-02-think-time');
  await page.getByTestId('skip-think').click();
  await expect(page.getByTestId('stop-recording')).toBeVisible();
  await expect(page.getByTestId('focus-reminder-quiet')).toContainText('Lead with the result');
  await snap(page, 'focus-03-recording');
  await page.waitForTimeout(3000);
  await page.getByTestId('stop-recording').click();
  await page.waitForURL(new RegExp(`#/attempt/(?!${first}\\b)\\d+`), { timeout: 60_000 });
  await expect(page.getByTestId('waveform')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  const second = (await api(host, 'listAttempts', {}))[0]!.id;

  // The new review asks about it: a verdict, the moment, a note.
  const [point] = await api(host, 'listFocusPoints', { promptId: (await api(host, 'getAttempt', { attemptId: second })).promptId });
  const checkIn = page.getByTestId('focus-check-in');
  await expect(checkIn).toContainText('Lead with the result, not the backstory');
  await page.getByTestId(`verdict-${point!.id}-partly`).click();
  await expect(page.getByTestId(`verdict-${point!.id}-partly`)).toHaveAttribute('aria-pressed', 'true');
  await page.getByTestId('waveform-wave').click({ position: { x: 120, y: 20 } });
  await page.getByTestId(`check-in-moment-${point!.id}`).click();
  await expect(page.getByTestId(`check-in-jump-${point!.id}`)).toBeVisible();
  await page.getByTestId(`check-in-note-${point!.id}`).fill('Better, still a long set-up');
  await page.getByTestId(`check-in-note-${point!.id}`).press('Tab');
  await expect
    .poll(async () => (await api(host, 'getFocusCheckIn', { attemptId: second }))[0]?.checkIn)
    .toMatchObject({ verdict: 'partly', note: 'Better, still a long set-up', atMs: expect.any(Number) });
  await snap(page, 'focus-04-check-in');
  await expectAccessible(page, 'review with a focus check-in');

  // Compare shows the pair's verdicts; progress shows the point opened.
  await page.goto(`${host.origin}/#/compare/${first}/${second}`);
  await expect(page.getByTestId(`focus-pair-${point!.id}`)).toContainText('Partly');
  await snap(page, 'focus-05-compare');
  await page.getByTestId('progress-link').click();
  await expect(page.getByTestId('focus-history')).toContainText('Lead with the result');
  await snap(page, 'focus-06-progress');
  await expectAccessible(page, 'progress with focus points');
});

/** Unzips a pack the way a careful unzip tool would: every entry must land inside `dest`. */
async function unzipInto(zipFile: string, dest: string): Promise<void> {
  const zip = await readZip(zipFile);
  for (const name of zip.names) {
    const target = resolve(dest, name);
    expect(target.startsWith(dest + sep), `${name} stays inside the folder`).toBe(true);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, zip.read(name));
  }
}

test('a review pack opens from file:// offline, takes a mentor’s comments, and they import back as notes on the waveform', async ({ page, host, browser }) => {
  await expect(page.getByTestId('library')).toBeVisible();
  const attemptId = await recordAnswer(page, host, 4);
  await addNote(page, host, attemptId, 'Shared with the mentor');
  await addNote(page, host, attemptId, 'Kept to myself');
  const { notes } = await api(host, 'getReview', { attemptId });
  const kept = notes.find((n) => n.text === 'Kept to myself')!;

  // Share for feedback: untick one note, make the pack, and the browser downloads the zip.
  await page.getByTestId('share-feedback').click();
  await page.getByTestId(`share-note-${kept.id}`).uncheck();
  await snap(page, 'pack-01-share-dialog');
  await expectAccessible(page, 'share for feedback dialog');
  const download = page.waitForEvent('download');
  await page.getByTestId('make-pack').click();
  const zipDownload = await download;
  expect(zipDownload.suggestedFilename()).toMatch(/^retake-review-\d+-.*\.zip$/);
  const work = mkdtempSync(join(tmpdir(), 'retake-pack-'));
  const zipFile = join(work, zipDownload.suggestedFilename());
  await zipDownload.saveAs(zipFile);
  await unzipInto(zipFile, work);
  const folder = join(work, zipDownload.suggestedFilename().replace(/\.zip$/, ''));

  // The mentor's side: the page from file://, every network request blocked and recorded.
  const mentor = await browser.newContext({ acceptDownloads: true, offline: true });
  const requests: string[] = [];
  mentor.on('request', (request) => requests.push(request.url()));
  await mentor.route(/^(?!file:)/, (route) => route.abort());
  const pagePack = await mentor.newPage();
  const errors: string[] = [];
  pagePack.on('pageerror', (e) => errors.push(String(e)));
  pagePack.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await pagePack.goto(`file://${join(folder, 'index.html')}`);
  const { promptText } = await api(host, 'getAttempt', { attemptId });
  await expect(pagePack.getByRole('heading', { level: 1 })).toHaveText(promptText);
  await expect(pagePack.getByText('Shared with the mentor')).toBeVisible();
  await expect(pagePack.getByText('Kept to myself')).toHaveCount(0);
  await expect.poll(() => pagePack.locator('video').evaluate((v: HTMLVideoElement) => v.readyState)).toBeGreaterThanOrEqual(1);

  // Two comments: one at a moment, one over a stretch.
  const video = pagePack.locator('video');
  await video.evaluate((v: HTMLVideoElement) => (v.currentTime = 0.8));
  await pagePack.getByRole('button', { name: 'Start at playhead' }).click();
  await pagePack.getByLabel('Category').selectOption('delivery');
  await pagePack.getByRole('textbox', { name: 'Comment' }).fill('Good pace here');
  await pagePack.getByRole('button', { name: 'Add comment' }).click();
  await video.evaluate((v: HTMLVideoElement) => (v.currentTime = 1.5));
  await pagePack.getByRole('button', { name: 'Start at playhead' }).click();
  await pagePack.getByRole('checkbox', { name: /A stretch/ }).check();
  await video.evaluate((v: HTMLVideoElement) => (v.currentTime = 3));
  await pagePack.getByRole('button', { name: 'End at playhead' }).click();
  await pagePack.getByLabel('Category').selectOption('content');
  await pagePack.getByRole('textbox', { name: 'Comment' }).fill('Say what the result was');
  await pagePack.getByRole('button', { name: 'Add comment' }).click();
  await expect(pagePack.locator('#comments li')).toHaveCount(2);
  await pagePack.getByLabel('Your name').fill('Dana Mentor');
  await snap(pagePack, 'pack-02-mentor-page');
  await expectAccessible(pagePack, 'review pack page');
  const saved = pagePack.waitForEvent('download');
  await pagePack.getByRole('button', { name: 'Save feedback' }).click();
  const feedbackDownload = await saved;
  const feedbackFile = join(work, feedbackDownload.suggestedFilename());
  await feedbackDownload.saveAs(feedbackFile);
  expect(errors).toEqual([]);
  // Only the page and its video were ever asked for, both from the pack's folder.
  expect(requests.every((url) => url.startsWith(`file://${folder}/`)), requests.join('\n')).toBe(true);
  await mentor.close();

  const feedback = JSON.parse(readFileSync(feedbackFile, 'utf8'));
  expect(feedback).toMatchObject({ format: 'retake-feedback', mentor: 'Dana Mentor', comments: [{ endMs: null }, { endMs: 3000 }] });

  // Back in Retake: import it; the mentor's notes show on the waveform and in the list, and filter.
  await page.getByTestId('import-feedback-file').setInputFiles(feedbackFile);
  await expect(page.getByText('Added 2 comments from Dana Mentor')).toBeVisible();
  const mentorNotes = (await api(host, 'getReview', { attemptId })).notes.filter((n) => n.mentor === 'Dana Mentor');
  expect(mentorNotes.map((n) => n.text)).toEqual(['Good pace here', 'Say what the result was']);
  for (const note of mentorNotes) {
    await expect(page.getByTestId(`note-mentor-${note.id}`)).toHaveText('from Dana Mentor');
    await expect(page.locator(`[data-note="${note.id}"][data-mentor]`)).toHaveCount(1);
  }
  await page.getByTestId('note-filter-mentor').click();
  await expect(page.locator('[data-testid="note-list"] > li')).toHaveCount(2);
  await snap(page, 'pack-03-imported');
  await expectAccessible(page, 'review with a mentor’s notes');

  // The same file again adds nothing.
  await page.getByTestId('import-feedback-file').setInputFiles(feedbackFile);
  await expect(page.getByText('Nothing new from Dana Mentor')).toBeVisible();
  expect((await api(host, 'getReview', { attemptId })).notes).toHaveLength(4);
});
