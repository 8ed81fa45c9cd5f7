import type { Page } from '@playwright/test';
import { api } from '../tests/e2e/support/api';
import { launchBrowser } from '../tests/e2e/support/browser';
import { speechFile } from '../tests/e2e/support/speech';
import { makeDataDir, startWebHost } from '../tests/e2e/support/web-host';
import { fmtMs, report } from './report';

/** Answers per side; a mock interview holds at most 8 questions, so 3 to 8. */
const ROUNDS = Number(process.env.RETAKE_BENCH_MOCK_ROUNDS ?? 5);
const ANSWER_MS = 2000;

/**
 * Installs, in the page, a timer from the next Space (the stop key) to the frame after
 * `doneSelector` is in the document. With `breakSelector`, the break screen between is
 * passed at once by an Enter sent from the page itself, and only the app's own time counts:
 * stop to break on screen, plus Enter to the next think time on screen. Measured inside the
 * page, so the test driver's round trips are not in the figure. Code as text: no bundler helpers.
 */
async function arm(page: Page, doneSelector: string, breakSelector: string | null): Promise<() => Promise<number>> {
  // Installed and awaited before the key is pressed, so the press can never come first.
  await page.evaluate(`void (window.__retakeStopTimer = new Promise((resolve) => {
    let stop, brk, enter;
    const onKey = (e) => { if (e.key === ' ' && stop === undefined) stop = performance.now(); };
    addEventListener('keydown', onKey, { capture: true });
    const finish = (ms) => { observer.disconnect(); removeEventListener('keydown', onKey, { capture: true }); resolve(ms); };
    const observer = new MutationObserver(() => {
      if (stop === undefined) return;
      const breakSel = ${JSON.stringify(breakSelector)};
      if (breakSel && brk === undefined) {
        if (!document.querySelector(breakSel)) return;
        brk = performance.now();
        requestAnimationFrame(() => {
          brk = performance.now();
          enter = performance.now();
          dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
        });
        return;
      }
      if (breakSel && enter === undefined) return;
      if (!document.querySelector(${JSON.stringify(doneSelector)})) return;
      requestAnimationFrame(() => {
        const now = performance.now();
        finish(breakSel ? (brk - stop) + (now - enter) : now - stop);
      });
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true });
  }))`);
  return () => page.evaluate('window.__retakeStopTimer') as Promise<number>;
}

const median = (values: number[]) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Outside a mock interview: Space stops a practice answer; done once the screen says it is finalising. */
async function singleStops(page: Page, origin: string, promptId: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    await page.goto(`${origin}/#/practice/${promptId}`);
    await page.getByTestId('skip-think').click();
    await page.getByTestId('stop-recording').waitFor();
    await page.waitForTimeout(ANSWER_MS);
    const measured = await arm(page, '[data-testid="practice"]:is([data-phase="finalizing"], [data-phase="done"])', null);
    await page.keyboard.press(' ');
    times.push(await measured());
    await page.waitForURL(/#\/attempt\/\d+/, { timeout: 60_000 });
  }
  return times;
}

/** In a mock interview: Space stops answer n; done once question n+1's think time is on screen. */
async function mockStops(page: Page, origin: string, interviewId: number): Promise<number[]> {
  await page.goto(`${origin}/#/mock/${interviewId}/run`);
  await page.getByTestId('mock-start').click();
  const times: number[] = [];
  for (let n = 1; n <= ROUNDS; n++) {
    await page.locator(`[data-testid="mock-think"][data-position="${n}"]`).waitFor();
    await page.keyboard.press('Enter');
    await page.getByTestId('mock-stop').waitFor();
    await page.waitForTimeout(ANSWER_MS);
    if (n === ROUNDS) break;
    const measured = await arm(page, `[data-testid="mock-think"][data-position="${n + 1}"]`, '[data-testid="mock-break"]');
    await page.keyboard.press(' ');
    times.push(await measured());
  }
  return times;
}

export async function benchMockStop(): Promise<void> {
  const host = await startWebHost(makeDataDir());
  const browser = await launchBrowser(speechFile('bench-mock', 'This is an answer in a mock interview benchmark.', 240));
  try {
    const page = await browser.newPage();
    await page.goto(host.url);
    const prompts = await api(host, 'listPrompts', {});
    const baseline = await singleStops(page, host.origin, prompts[0]!.id);
    const set = await api(host, 'createMockSet', {
      promptIds: prompts.slice(1, 1 + ROUNDS).map((p) => p.id),
      thinkSeconds: 30,
      capSeconds: 120,
      mode: 'practice',
    });
    const run = await api(host, 'startMockInterview', { setId: set.id });
    const mock = await mockStops(page, host.origin, run.id);
    const [b, m] = [median(baseline), median(mock)];
    report('Stop an answer: to the next question’s think time (mock interview) vs to finalising (single practice)', [
      ['single answer: stop to finalising on screen (median)', `${fmtMs(b)}  (all: ${baseline.map(fmtMs).join(', ')})`],
      ['mock interview: stop to next think time on screen, break skipped (median)', `${fmtMs(m)}  (all: ${mock.map(fmtMs).join(', ')})`],
      ['ratio mock / single', `${(m / b).toFixed(2)}x (aim: at most 1x, and under 300 ms)`],
    ]);
  } finally {
    await browser.close();
    await host.stop();
  }
}
