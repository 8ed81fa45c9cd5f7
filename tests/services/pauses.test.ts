import { rmSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FRAME_MS, MIN_PAUSE_MS, NO_SPEECH, SpeechMeter } from '../../src/main/services/analysis/pauses';
import { PCM_SAMPLE_RATE } from '../../src/main/services/media/pcm';
import type { SpeechMetrics } from '../../src/shared/review';
import { makeRecordingWebm, splitIntoChunks } from '../support/media';
import { ok, readyAttempt, withDatabase } from '../support/review';
import { makeTempDir, openTestRetake, type TestRetake } from '../support/services';
import { speechWithPauses, type SpeechWithPauses, type Utterance } from '../support/speech-pauses';

/** Synthetic audio: `[kind, ms]` pieces of a voiced tone, digital silence, or steady noise. */
function measure(pieces: readonly ['tone' | 'silence' | 'noise', number][], toneLevel = 8000): SpeechMetrics {
  const meter = new SpeechMeter();
  let seed = 1;
  const noise = () => ((seed = (seed * 16807) % 2147483647) / 2147483647 - 0.5) * 200; // about -50 dBFS
  let t = 0;
  for (const [kind, ms] of pieces) {
    const samples = new Int16Array((ms / 1000) * PCM_SAMPLE_RATE);
    for (let i = 0; i < samples.length; i++, t++) {
      const tone = Math.sin((2 * Math.PI * 180 * t) / PCM_SAMPLE_RATE) * toneLevel;
      samples[i] = kind === 'tone' ? tone : kind === 'noise' ? noise() : 0;
    }
    meter.write(samples);
  }
  return meter.result();
}

describe('pause analysis of levels', () => {
  it('finds no speech in digital silence, in steady noise, or in nothing', () => {
    expect(measure([['silence', 3000]])).toEqual(NO_SPEECH);
    expect(measure([['noise', 3000]])).toEqual(NO_SPEECH);
    expect(measure([])).toEqual(NO_SPEECH);
    expect(NO_SPEECH.timeToFirstWordMs).toBeNull();
  });

  it('takes leading silence as time to the first word and ignores trailing silence', () => {
    expect(measure([['silence', 1200], ['tone', 2000], ['silence', 3000]])).toEqual({
      ...NO_SPEECH,
      speakingMs: 2000,
      timeToFirstWordMs: 1200,
    });
  });

  it('counts a silence as a pause only when it is longer than half a second', () => {
    const metrics = measure([
      ['tone', 1000],
      ['silence', MIN_PAUSE_MS], // between words: part of speaking
      ['tone', 1000],
      ['silence', MIN_PAUSE_MS + FRAME_MS],
      ['tone', 1000],
      ['silence', 1500],
      ['tone', 1000],
      ['silence', 2500],
      ['tone', 1000],
    ]);
    expect(metrics.pauses).toEqual([
      { startMs: 2500, endMs: 3020 },
      { startMs: 4020, endMs: 5520 },
      { startMs: 6520, endMs: 9020 },
    ]);
    expect(metrics).toMatchObject({ speakingMs: 5500, pausesOver1s: 2, pausesOver2s: 1, longestPauseMs: 2500, timeToFirstWordMs: 0 });
  });

  it('does not let a click split a pause, nor take one for the first word', () => {
    const metrics = measure([
      ['silence', 600],
      ['tone', 40], // a click before speaking
      ['silence', 800],
      ['tone', 1000],
      ['silence', 900],
      ['tone', 40], // a tap on the desk mid-pause
      ['silence', 900],
      ['tone', 1000],
    ]);
    expect(metrics.timeToFirstWordMs).toBe(1440);
    expect(metrics.pauses).toEqual([{ startMs: 2440, endMs: 4280 }]);
  });

  it('follows the recording’s own level: quiet speech over digital silence, and speech over room noise', () => {
    const quiet = measure([['silence', 1000], ['tone', 1000], ['silence', 1000], ['tone', 1000]], 300); // about -40 dBFS
    expect(quiet.pauses).toEqual([{ startMs: 2000, endMs: 3000 }]);
    const noisy = measure([['noise', 1000], ['tone', 1000], ['noise', 1000], ['tone', 1000], ['noise', 500]], 1500);
    expect(noisy).toMatchObject({ timeToFirstWordMs: 1000, pauses: [{ startMs: 2000, endMs: 3000 }], speakingMs: 2000 });
  });
});

/**
 * Phrases with silences of known length after each: 0.7 s, 0.3 s (a gap, not a pause),
 * 1.2 s, 2.5 s and 1 s of trailing silence, after 0.8 s of thinking.
 */
const LEAD_MS = 800;
const UTTERANCES: Utterance[] = [
  { text: 'I led the migration of our billing system', silenceAfterMs: 700 },
  { text: 'the deadline was tight', silenceAfterMs: 300 },
  { text: 'so I split the work into three phases', silenceAfterMs: 1200 },
  { text: 'we tested every step with real invoices', silenceAfterMs: 2500 },
  { text: 'and we shipped two weeks early', silenceAfterMs: 1000 },
];
const BOUNDARY_TOLERANCE_MS = 150;

/** The pauses and speaking time the generated speech really has, from its measured extents. */
function truthOf(speech: SpeechWithPauses['speech']) {
  const gaps = speech.slice(1).map((s, i) => ({ startMs: (speech[i] as { endMs: number }).endMs, endMs: s.startMs }));
  const pauses = gaps.filter((g) => g.endMs - g.startMs > MIN_PAUSE_MS);
  const first = speech[0] as { startMs: number };
  const last = speech.at(-1) as { endMs: number };
  const speakingMs = last.endMs - first.startMs - pauses.reduce((sum, p) => sum + p.endMs - p.startMs, 0);
  return { pauses, speakingMs, timeToFirstWordMs: first.startMs };
}

let sourceDir: string;
let t: TestRetake;
beforeAll(() => {
  sourceDir = makeTempDir();
});
afterAll(() => rmSync(sourceDir, { recursive: true, force: true }));
beforeEach(() => {
  t = openTestRetake();
});
afterEach(() => t.dispose());

async function recordSpeech(name: string, noiseDb?: number) {
  const speech = await speechWithPauses(sourceDir, LEAD_MS, UTTERANCES, { name, noiseDb });
  const seconds = Math.ceil(speech.durationMs / 1000);
  const webm = await makeRecordingWebm(sourceDir, { mode: 'audio', seconds, audio: speech.wav, name: `${name}.webm` });
  const attempt = await readyAttempt(t, splitIntoChunks(webm.path, webm.durationMs));
  return { attempt, truth: truthOf(speech.speech) };
}

describe('pause analysis of a real recording, in the finalise pass', () => {
  for (const [label, noiseDb] of [
    ['over digital silence (a fake or muted-between-words mic)', undefined],
    ['over room noise at -45 dBFS (a real mic)', -45],
  ] as const) {
    it(`finds every pause ${label}, each boundary within ${BOUNDARY_TOLERANCE_MS} ms`, async () => {
      const { attempt, truth } = await recordSpeech(noiseDb === undefined ? 'clean' : 'noisy', noiseDb);
      const { metrics } = await ok(t, 'getReview', { attemptId: attempt.id });
      if (!metrics) throw new Error('no metrics');

      expect(metrics.pauses).toHaveLength(truth.pauses.length);
      const errors = metrics.pauses.flatMap((p, i) => {
        const real = truth.pauses[i] as { startMs: number; endMs: number };
        return [Math.round(Math.abs(p.startMs - real.startMs)), Math.round(Math.abs(p.endMs - real.endMs))];
      });
      const speakingError = Math.abs(metrics.speakingMs - truth.speakingMs) / truth.speakingMs;
      console.info(
        `[pauses ${label}] boundary errors ms: ${errors.join(', ')}; speaking ${metrics.speakingMs} ms vs ${Math.round(truth.speakingMs)} ms ` +
          `(${(speakingError * 100).toFixed(1)}%); first word ${metrics.timeToFirstWordMs} ms vs ${truth.timeToFirstWordMs} ms`,
      );
      expect(Math.max(...errors)).toBeLessThanOrEqual(BOUNDARY_TOLERANCE_MS);
      expect(speakingError).toBeLessThanOrEqual(0.03);
      expect(Math.abs((metrics.timeToFirstWordMs ?? -1e9) - truth.timeToFirstWordMs)).toBeLessThanOrEqual(BOUNDARY_TOLERANCE_MS);
      // 0.7 s, 1.2 s and 2.5 s pauses.
      expect(metrics).toMatchObject({ pausesOver1s: 2, pausesOver2s: 1 });
      expect(Math.abs(metrics.longestPauseMs - 2500)).toBeLessThanOrEqual(2 * BOUNDARY_TOLERANCE_MS);
    });
  }

  it('measures an attempt finalised before the analysis existed the first time its review opens, and keeps the result', async () => {
    const { attempt } = await recordSpeech('lazy');
    const measured = (await ok(t, 'getReview', { attemptId: attempt.id })).metrics;
    expect(measured?.pauses.length).toBeGreaterThan(0);
    withDatabase(t, (db) => db.prepare('DELETE FROM metrics WHERE attempt_id = ?').run(attempt.id));
    // A second connection changed the file; start afresh so nothing cached could answer.
    await t.reopen();

    const opened = await Promise.all([1, 2].map(() => ok(t, 'getReview', { attemptId: attempt.id })));
    expect(opened.map((r) => r.metrics)).toEqual([measured, measured]);
    const stored = withDatabase(t, (db) => db.prepare('SELECT count(*) FROM metrics WHERE attempt_id = ?').pluck().get(attempt.id));
    expect(stored).toBe(1);
  });
});
