import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PCM_OUTPUT_ARGS } from '../src/main/services/media/pcm';
import { runFfmpeg } from '../src/main/services/media/run-tool';
import { makeRecordingWebm, splitIntoChunks } from '../tests/support/media';
import { openTestRetake, startRecording, TEST_CLIENT } from '../tests/support/services';
import { fmtMs, report, timed } from './report';

const work = resolve(import.meta.dirname, '.work');
const RUNS = 3;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The ffmpeg work finalise cannot avoid: one pass that remuxes with -c copy and decodes the audio to 8 kHz mono PCM. */
async function baseline(recording: string): Promise<number> {
  const out = join(work, 'baseline.webm');
  const { ms } = await timed(() =>
    runFfmpeg(['-y', '-i', recording, '-map', '0', '-c', 'copy', out, '-map', '0:a', ...PCM_OUTPUT_ARGS, '-y', '/dev/null']),
  );
  rmSync(out, { force: true });
  return ms;
}

/** The real finalise: stream the chunks in as a recording would, then time stop → ready. */
async function finalise(recording: string, durationMs: number): Promise<number> {
  const t = openTestRetake();
  try {
    const attempt = await startRecording(t.services, splitIntoChunks(recording, durationMs));
    const { ms } = await timed(async () => {
      await t.services.handlers.stopAttempt({ attemptId: attempt.id }, TEST_CLIENT);
      await t.services.settled();
    });
    const done = await t.services.handlers.getAttempt({ attemptId: attempt.id }, TEST_CLIENT);
    if (done.status !== 'ready') throw new Error(`finalise ended ${done.status}: ${done.failureReason}`);
    return ms;
  } finally {
    await t.dispose();
  }
}

export async function benchFinalise(): Promise<void> {
  mkdirSync(work, { recursive: true });
  const name = 'ten-minutes.webm';
  const seconds = 600;
  const recording = existsSync(join(work, name))
    ? { path: join(work, name), durationMs: seconds * 1000 }
    : await makeRecordingWebm(work, { seconds, name });
  const base: number[] = [];
  const real: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    base.push(await baseline(recording.path));
    real.push(await finalise(recording.path, recording.durationMs));
  }
  const ratio = median(real) / median(base);
  report('Finalise a generated 10-minute recording (median of 3)', [
    ['baseline: remux -c copy + 8 kHz PCM decode', fmtMs(median(base))],
    ['finalise: remux, probe, peaks, poster, analysis', fmtMs(median(real))],
    ['ratio finalise / baseline', `${ratio.toFixed(2)}x (aim: within 1.5x)`],
  ]);
}
