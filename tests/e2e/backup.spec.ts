import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { api } from './support/api';
import { expectAccessible } from './support/axe';
import { expect, test } from './support/fixtures';
import { snap as snapPage } from './support/screens';
import { makeDataDir, startWebHost, type RunningHost } from './support/web-host';

/** A kept screenshot from the top of the page. */
async function snap(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await snapPage(page, name);
}

/** The web host on `dataDir`, writing its backups into `backupsDir` (never the real home folder). */
function hostWithBackups(dataDir: string, backupsDir: string, extra: readonly string[] = []): Promise<RunningHost> {
  return startWebHost(dataDir, ['--backup-dir', backupsDir, ...extra]);
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
