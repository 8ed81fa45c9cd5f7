import { mkdirSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { launchBrowser } from '../tests/e2e/support/browser';
import { speechFile } from '../tests/e2e/support/speech';
import { makeDataDir } from '../tests/e2e/support/web-host';
import { readyAttempt, shortRecording } from '../tests/support/review';
import { openTestRetake } from '../tests/support/services';
import { report } from './report';
import { type Call, timeCalls } from './scale/calls';
import { libraryFirstPaint } from './scale/first-paint';
import { progressChartScript, type ScriptTimes } from './scale/progress-chart';
import { SCALE, seedLibrary } from './scale/seed';

const work = resolve(import.meta.dirname, '.work');
const AIM_MS = 10;
/** One frame at 60 fps: the script an interaction with the progress chart may cost. */
const FRAME_MS = 16;

/** What the library, search, review, compare and progress screens ask for; `earlierId` is another attempt of the question, for compare. */
function screenCalls(promptId: number, attemptId: number, earlierId: number): Call[] {
  return [
    { label: 'listPrompts (library)', method: 'listPrompts', input: {} },
    { label: 'listAttempts, first page (library)', method: 'listAttempts', input: { limit: 13 } },
    { label: 'listAttempts, failed only, deep page (library)', method: 'listAttempts', input: { status: 'failed', limit: 13, after: { startedAt: '2024-06-01T00:00:00.000Z', id: 1 } } },
    { label: 'listAttempts of a question, 50 (review)', method: 'listAttempts', input: { promptId, limit: 50 } },
    { label: 'getReview (review)', method: 'getReview', input: { attemptId } },
    { label: 'getAttempt (review, compare)', method: 'getAttempt', input: { attemptId } },
    { label: 'getPeaks (review, compare)', method: 'getPeaks', input: { attemptId } },
    { label: 'getDelivery (review, compare)', method: 'getDelivery', input: { attemptId } },
    { label: 'getBodyLanguage (review, compare)', method: 'getBodyLanguage', input: { attemptId } },
    { label: 'getFocusCheckIn (review)', method: 'getFocusCheckIn', input: { attemptId } },
    { label: 'getFocusPair (compare)', method: 'getFocusPair', input: { beforeAttemptId: earlierId, afterAttemptId: attemptId } },
    { label: 'getFocusHistory (progress)', method: 'getFocusHistory', input: { promptId } },
    { label: 'listMockInterviews (library)', method: 'listMockInterviews', input: { limit: 3 } },
    { label: 'getBackupStatus (library)', method: 'getBackupStatus', input: {} },
    { label: 'searchNotes, common word', method: 'searchNotes', input: { query: 'answer' } },
    { label: 'searchNotes, two common words', method: 'searchNotes', input: { query: 'team result' } },
    { label: 'searchNotes, prefix "st"', method: 'searchNotes', input: { query: 'st' } },
    { label: 'searchNotes, rare word', method: 'searchNotes', input: { query: 'zeppelin' } },
    { label: `getProgress, ${SCALE.busiestQuestion} attempts (progress, compare)`, method: 'getProgress', input: { promptId } },
  ];
}

/** The library's first paint on the seeded folder and on an empty one, in the same browser; then the progress chart's script per interaction. */
async function inChromium(dataDir: string, promptId: number): Promise<{ full: number; empty: number; chart: ScriptTimes[] }> {
  const browser = await launchBrowser(speechFile('bench-scale', 'Benchmark.'));
  const emptyDir = makeDataDir();
  try {
    const empty = await libraryFirstPaint(browser, emptyDir);
    const full = await libraryFirstPaint(browser, dataDir);
    const chart = await progressChartScript(browser, dataDir, promptId);
    return { full, empty, chart };
  } finally {
    await browser.close();
    rmSync(emptyDir, { recursive: true, force: true });
  }
}

/**
 * Every screen's calls at `SCALE.attempts` attempts and ten notes each, against the same
 * calls on the same data folder while it held one attempt (the baseline, same run).
 */
export async function benchScale(): Promise<void> {
  mkdirSync(work, { recursive: true });
  const chunks = await shortRecording(work);
  // Output checks off: they are the tests' contract check, not what the app runs.
  const t = openTestRetake(makeDataDir(), { checkOutputs: false });
  try {
    const [, second] = await t.services.handlers.listPrompts({}, { clientId: 'bench' });
    const template = await readyAttempt(t, chunks, second!.id);
    const empty = await timeCalls(t, screenCalls(second!.id, template.id, template.id));

    await t.services.close();
    const seeded = seedLibrary(t.dataDir, template.id);
    await t.reopen();
    const full = await timeCalls(t, screenCalls(seeded.busiestPromptId, seeded.sampleAttemptId, template.id));
    await t.services.close();
    const paint = await inChromium(t.dataDir, seeded.busiestPromptId);
    await t.reopen(); // for dispose

    const rows: Array<[string, string]> = [];
    for (const [label, at] of full) {
      const base = empty.get(label)!;
      const mark = at.p95 <= AIM_MS ? 'ok' : 'OVER';
      rows.push([
        label,
        `p50 ${at.p50.toFixed(2)} ms, p95 ${at.p95.toFixed(2)} ms ${mark}, cpu p95 ${at.cpuP95.toFixed(2)} ms` +
          ` (one attempt: p95 ${base.p95.toFixed(2)} ms; ${(at.p95 / base.p95).toFixed(1)}x)`,
      ]);
    }
    rows.push(['load while measuring', `${loadavg()[0]!.toFixed(1)} (1-min load average, ${availableParallelism()} cores)`]);
    rows.push([
      'library first paint (Chromium, median)',
      `${paint.full.toFixed(0)} ms; empty library ${paint.empty.toFixed(0)} ms; ${paint.full - paint.empty >= 0 ? "+" : ""}${(paint.full - paint.empty).toFixed(0)} ms (aim: at most +100 ms)`,
    ]);
    const driver = paint.chart.find((c) => c.label.startsWith('a click that does nothing'))!;
    report(
      `Scale: the progress chart of ${SCALE.busiestQuestion} attempts in Chromium, script CPU time per interaction (median, worst of 7); aim under ${FRAME_MS} ms`,
      paint.chart.map((c) => [
        c.label,
        (c.runs === 1 ? `${c.maxMs.toFixed(1)} ms once` : `${c.medianMs.toFixed(1)} ms, worst ${c.maxMs.toFixed(1)} ms`) +
          ` ${c.maxMs < FRAME_MS ? 'ok' : 'OVER'}` +
          (c === driver ? '' : ` (${(c.medianMs / Math.max(0.1, driver.medianMs)).toFixed(1)}x the do-nothing click)`) +
          `; style and layout ${c.layoutMs.toFixed(1)} ms`,
      ]),
    );
    report(`Scale: ${SCALE.attempts} attempts, ${SCALE.attempts * SCALE.notesPerAttempt} notes; aim p95 <= ${AIM_MS} ms per call`, rows);
  } finally {
    await t.dispose();
  }
}
