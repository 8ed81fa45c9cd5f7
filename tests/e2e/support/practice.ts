/** Practising and noting the way a person does, for the specs that need an answer to work on. */
import type { Page } from '@playwright/test';
import { api } from './api';
import { expect } from './fixtures';
import type { RunningHost } from './web-host';

/** Practices the first question (or, from a review, the same one again) for about `seconds`, and waits for its review. */
export async function recordAnswer(page: Page, host: RunningHost, seconds: number, start: 'library' | 'again' = 'library'): Promise<number> {
  if (start === 'library') await page.getByTestId('practice-button').first().click();
  else await page.getByTestId('practice-again').click();
  await expect(page.getByTestId('think-countdown')).toBeVisible();
  await page.getByTestId('skip-think').click();
  await expect(page.getByTestId('stop-recording')).toBeVisible();
  await page.waitForTimeout(seconds * 1000);
  await page.getByTestId('stop-recording').click();
  await page.waitForURL(/#\/attempt\/\d+/, { timeout: 60_000 });
  await expect(page.getByTestId('waveform')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  const [attempt] = await api(host, 'listAttempts', {});
  expect(attempt?.status).toBe('ready');
  return attempt!.id;
}

/** A note at the playhead, typed from the keyboard; returns its id. */
export async function addNote(page: Page, host: RunningHost, attemptId: number, text: string): Promise<number> {
  await page.getByTestId('waveform-wave').click({ position: { x: 40, y: 20 } });
  await page.keyboard.press('n');
  await expect(page.getByTestId('note-text')).toBeFocused();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('note-editor')).toBeHidden();
  const { notes } = await api(host, 'getReview', { attemptId });
  return notes.find((n) => n.text === text)!.id;
}
