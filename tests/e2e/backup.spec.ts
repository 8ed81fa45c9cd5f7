import { copyFileSync, existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { api } from './support/api';
import { expectAccessible } from './support/axe';
import { expect, test } from './support/fixtures';
import { addNote, recordAnswer } from './support/practice';
import { snap } from './support/screens';
import { makeDataDir, startWebHost, type RunningHost } from './support/web-host';

/** The web host on `dataDir`, writing its backups into `backupsDir` (never the real home folder). */
function hostWithBackups(dataDir: string, backupsDir: string, extra: readonly string[] = []): Promise<RunningHost> {
  return startWebHost(dataDir, ['--backup-dir', backupsDir, ...extra]);
}

/** Closes the toasts still showing, so they do not cover what a screenshot is meant to show. */
async function dismissToasts(page: Page): Promise<void> {
  const close = page.getByTestId('toast').getByRole('button', { name: 'Dismiss' });
  while ((await close.count()) > 0) await close.first().click();
}

/** Logs a real interview in the journal, the way a person does. */
async function logInterview(page: Page, company: string): Promise<void> {
  await page.getByTestId('nav-journal').click();
  await page.getByTestId('log-interview').click();
  const form = page.getByTestId('interview-form');
  await form.getByTestId('interview-company').fill(company);
  await form.getByTestId('interview-role').fill('Support lead');
  await form.getByTestId('interview-date').fill('2026-11-20');
  await form.getByTestId('interview-stage').selectOption('panel');
  await form.getByTestId('interview-outcome').selectOption('rejected');
  await page.getByTestId('interview-save').click();
  await page.waitForURL(/#\/journal\/\d+$/);
}

function videoTime(page: Page): Promise<number> {
  return page.getByTestId('attempt-video').evaluate((v: HTMLVideoElement) => v.currentTime);
}

async function openPage(browser: Browser, host: RunningHost): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('[page error]', e));
  await page.goto(host.url);
  await expect(page.getByTestId('library')).toBeVisible();
  return page;
}

test('settings opens with Ctrl+comma, backs up with progress and refuses a foreign archive in words', async ({ browser }) => {
  const dataDir = makeDataDir();
  const backupsDir = `${dataDir}-backups`;
  const host = await hostWithBackups(dataDir, backupsDir);
  try {
    const page = await openPage(browser, host);
    await page.keyboard.press('Control+Comma');
    await expect(page.getByTestId('settings-screen')).toBeVisible();
    await expect(page).toHaveTitle('Settings — Retake');
    await expect(page.getByTestId('nav-settings')).toHaveAttribute('aria-current', 'page');
    await expect(page.getByTestId('last-backup')).toContainText('Never backed up');
    await expect(page.getByTestId('data-folder')).toHaveText(dataDir);
    await expect(page.getByTestId('backups-folder')).toHaveText(backupsDir);
    await expect(page.getByTestId('log-file')).toHaveText(join(dataDir, 'logs', 'retake.log'));
    await expect(page.getByTestId('restore-empty')).toBeVisible();
    await snap(page, 'settings-01-never-backed-up');
    await expectAccessible(page, 'settings');

    await page.getByTestId('back-up').click();
    await expect(page.getByTestId('backup-outcome')).toContainText(/Backed up \d+ files? /);
    await expect(page.getByTestId('last-backup')).toContainText('Last backup just now');
    await expect(page.getByTestId('backup-file')).toHaveCount(1);
    const [made] = readdirSync(backupsDir);
    expect(made).toMatch(/^retake-backup-.+\.zip$/);

    // Something that is not a Retake backup, put in the backups folder by hand.
    writeFileSync(join(backupsDir, 'holiday-photos.zip'), 'PK not really a zip');
    await page.getByTestId('restore-refresh').click();
    await expect(page.getByTestId('backup-file')).toHaveCount(2);
    await page.getByRole('button', { name: 'Restore holiday-photos.zip' }).click();
    await expect(page.getByTestId('confirm-dialog')).toContainText('kept aside until the restore has succeeded');
    await snap(page, 'settings-02-confirm-restore');
    await page.getByTestId('confirm-restore').click();
    await expect(page.getByTestId('backup-error')).toContainText('The backup was not restored');
    await expect(page.getByTestId('backup-error')).toContainText(/This backup cannot be restored: it is not a zip archive.*Nothing was changed\./);
    await page.emulateMedia({ colorScheme: 'dark' });
    await snap(page, 'settings-03-refused-dark');
    await page.emulateMedia({ colorScheme: null });
    await expectAccessible(page, 'settings with a refusal');
    expect((await api(host, 'getBackupStatus', {})).lastBackupAt).not.toBeNull();
  } finally {
    await host.stop();
  }
});

test('back up in the app, lose the data folder, restore the archive in the app and find everything', async ({ browser }) => {
  test.setTimeout(300_000);
  const dataDir = makeDataDir();
  const backupsDir = `${dataDir}-backups`;
  let host = await hostWithBackups(dataDir, backupsDir);
  try {
    let page = await openPage(browser, host);
    await expect(page.getByTestId('backup-line')).toContainText('Never backed up');
    await expect(page.getByTestId('backup-offer')).toBeHidden();

    await page.getByTestId('nav-library').click();
    const attemptId = await recordAnswer(page, host, 3.5);
    const noteId = await addNote(page, host, attemptId, 'Say the result first');
    await logInterview(page, 'Fabrikam');

    // Something worth keeping and never backed up: the library offers one.
    await page.getByTestId('nav-library').click();
    await expect(page.getByTestId('backup-offer')).toContainText('Your practice is not backed up yet');
    await dismissToasts(page);
    await snap(page, 'backup-01-library-offers-backup');
    await expectAccessible(page, 'library offering a backup');
    await page.getByTestId('backup-offer-open').click();
    await expect(page.getByTestId('settings-screen')).toBeVisible();
    await page.getByTestId('back-up').click();
    await expect(page.getByTestId('backup-outcome')).toContainText(/Backed up \d+ files? /);
    const archive = readdirSync(backupsDir).find((n) => n.endsWith('.zip'))!;
    await page.getByTestId('nav-library').click();
    await expect(page.getByTestId('backup-line')).toContainText('Last backup just now');
    await expect(page.getByTestId('backup-offer')).toBeHidden();
    await page.context().close();

    // The data folder goes away (a dead disk). The host will not quietly start an empty library there.
    await host.stop();
    rmSync(dataDir, { recursive: true, force: true });
    await expect(hostWithBackups(dataDir, backupsDir)).rejects.toThrow(/--new-library/);
    expect(existsSync(join(dataDir, 'retake.db'))).toBe(false);

    // Knowingly a new library there, as on a new computer (an empty backups folder too), then the
    // archive picked in the browser and restored from inside the app.
    host = await hostWithBackups(dataDir, `${dataDir}-backups-new`, ['--new-library']);
    page = await openPage(browser, host);
    await expect(page.getByTestId('attempts-empty')).toBeVisible();
    await page.getByTestId('backup-line-settings').click();
    await expect(page.getByTestId('settings-screen')).toBeVisible();
    await expect(page.getByTestId('restore-empty')).toBeVisible();
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('restore-pick').click();
    await (await chooser).setFiles(join(backupsDir, archive));
    await expect(page.getByTestId('confirm-dialog')).toContainText(`“${archive}” replaces your library`);
    await expect(page.getByTestId('confirm-dialog')).toContainText('kept aside until the restore has succeeded');
    await page.getByTestId('confirm-restore').click();
    await expect(page.getByText(/^Restored the backup from .+: 1 attempt\.$/)).toBeVisible({ timeout: 60_000 });
    // The copy the browser sent now sits in the new backups folder, like any other backup.
    await expect(page.getByTestId('backup-file')).toHaveCount(1);
    expect(readdirSync(`${dataDir}-backups-new`)).toEqual([archive]);
    await snap(page, 'backup-02-restored');
    await expectAccessible(page, 'settings after a restore');

    // Everything is back: the attempt plays, its note is there, and the journal entry.
    await page.getByTestId('nav-library').click();
    await expect(page.getByTestId(`attempt-${attemptId}`)).toBeVisible();
    await expect(page.getByTestId('backup-line')).toContainText('Last backup');
    await page.getByTestId(`attempt-${attemptId}`).click();
    await expect(page.getByTestId('waveform')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
    await expect(page.getByTestId(`note-text-${noteId}`)).toHaveText('Say the result first');
    await page.getByTestId('waveform-wave').click({ position: { x: 5, y: 20 } });
    await page.keyboard.press('Space');
    await expect.poll(() => videoTime(page), { timeout: 10_000 }).toBeGreaterThan(0.5);
    await page.keyboard.press('Space');
    await snap(page, 'backup-03-restored-attempt');
    await page.getByTestId('nav-journal').click();
    await expect(page.getByTestId('interview-row')).toContainText('Fabrikam');
  } finally {
    await host.stop();
  }
});

test('a recording deleted by hand: the card and the review say so, notes are kept, and it can be removed', async ({ page, host, dataDir }) => {
  test.setTimeout(180_000);
  await expect(page.getByTestId('library')).toBeVisible();
  await page.getByTestId('nav-library').click();
  const attemptId = await recordAnswer(page, host, 3);
  const noteId = await addNote(page, host, attemptId, 'Slower on the numbers');
  rmSync(join(dataDir, 'media', String(attemptId), 'answer.webm'));

  await page.getByTestId('nav-library').click();
  const card = page.getByTestId(`attempt-${attemptId}`);
  await expect(card.getByTestId('media-problem-badge')).toHaveText('File missing');
  await dismissToasts(page);
  await snap(page, 'media-missing-01-library');
  await expectAccessible(page, 'library with a missing recording');

  await card.click();
  await expect(page.getByTestId('recording-problem')).toContainText('The recording file is missing');
  await expect(page.getByTestId('recording-problem-detail')).toContainText('notes, STAR marks, ratings and reflection are kept');
  await expect(page.getByTestId('media-gone')).toBeVisible();
  await expect(page.getByTestId(`note-text-${noteId}`)).toHaveText('Slower on the numbers');
  await expect(page.getByTestId('retry-finalise')).toBeHidden();
  await snap(page, 'media-missing-02-review');
  await page.emulateMedia({ colorScheme: 'dark' });
  await snap(page, 'media-missing-03-review-dark');
  await page.emulateMedia({ colorScheme: null });
  await expectAccessible(page, 'review of a missing recording');

  await page.getByTestId('remove-recording').click();
  await expect(page.getByTestId('confirm-dialog')).toBeVisible();
  await page.getByTestId('confirm-delete').click();
  await expect(page.getByTestId('library')).toBeVisible();
  await expect(page.getByTestId('attempts-empty')).toBeVisible();
  expect(await api(host, 'listAttempts', {})).toEqual([]);
});

/** Records an answer through the api the way the page does, with bytes finalise cannot read: it fails to save. */
async function failedAttempt(host: RunningHost): Promise<number> {
  const [prompt] = await api(host, 'listPrompts', {});
  const attempt = await api(host, 'startAttempt', { promptId: prompt!.id, mode: 'video', mimeType: 'video/webm', targetSeconds: 120 });
  const garbage = Buffer.alloc(50_000, 7);
  garbage.set([0x1a, 0x45, 0xdf, 0xa3]);
  const res = await fetch(`${host.origin}/api/appendChunk`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-retake-token': host.token, 'x-retake-client': 'e2e-test' },
    body: JSON.stringify({ attemptId: attempt.id, seq: 0, data: { $bytes: garbage.toString('base64') } }),
  });
  expect(((await res.json()) as { ok: boolean }).ok).toBe(true);
  await api(host, 'stopAttempt', { attemptId: attempt.id });
  await expect.poll(async () => (await api(host, 'getAttempt', { attemptId: attempt.id })).status, { timeout: 30_000 }).toBe('failed');
  return attempt.id;
}

test('a save that failed says why, and "Try again" saves it once the original can be read', async ({ page, host, dataDir }) => {
  test.setTimeout(180_000);
  await expect(page.getByTestId('library')).toBeVisible();
  await page.getByTestId('nav-library').click();
  const good = await recordAnswer(page, host, 3);
  const failed = await failedAttempt(host);

  await page.goto(`${host.origin}/#/attempt/${failed}`);
  await expect(page.getByTestId('recording-problem')).toContainText('This recording could not be finished');
  await expect(page.getByTestId('recording-problem-detail')).toHaveText('The recording could not be read: Invalid data found when processing input. The original file was kept.');
  await dismissToasts(page);
  await snap(page, 'retry-01-failed-save');
  await expectAccessible(page, 'review of a failed save');

  // What room on the disk again looks like to finalise: the kept original, now readable.
  copyFileSync(join(dataDir, 'media', String(good), 'answer.webm'), join(dataDir, 'media', String(failed), 'recording.webm.part'));
  await page.getByTestId('retry-finalise').click();
  await expect(page.getByTestId('waveform')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
  await expect(page.getByTestId('recording-problem')).toBeHidden();
  expect(await api(host, 'getAttempt', { attemptId: failed })).toMatchObject({ status: 'ready', mediaProblem: null });
  await page.getByTestId('waveform-wave').click({ position: { x: 5, y: 20 } });
  await page.keyboard.press('Space');
  await expect.poll(() => videoTime(page), { timeout: 10_000 }).toBeGreaterThan(0.5);
});
