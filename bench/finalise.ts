import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { DeliveryMeter } from '../src/main/services/analysis/delivery-meter';
import { describeDelivery } from '../src/main/services/analysis/delivery-figures';
import { deliveryTrack } from '../src/main/services/analysis/delivery-track';
import { SpeechMeter } from '../src/main/services/analysis/pauses';
import { PCM_OUTPUT_ARGS, PCM_SAMPLE_RATE, streamPcm } from '../src/main/services/media/pcm';
import { PeakMeter } from '../src/main/services/media/peak-meter';
import { recordingInputArgs } from '../src/main/services/media/recording-input';
import { runFfmpeg } from '../src/main/services/media/run-tool';
import { makeRecordingWebm, speechWav, splitIntoChunks } from '../tests/support/media';
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

/** Ten minutes of talking: the model answer over and over with a pause after each, so every analysis has speech to chew on. */
async function tenMinutesOfSpeech(seconds: number): Promise<{ path: string; durationMs: number }> {
  const name = 'ten-minutes-of-speech.webm';
  if (existsSync(join(work, name))) return { path: join(work, name), durationMs: seconds * 1000 };
  const once = await speechWav(work, undefined, 'answer-once.wav');
  const looped = join(work, 'ten-minutes-of-speech.wav');
  await promisify(execFile)('sox', [once, looped, 'pad', '0', '1.2', 'repeat', String(Math.ceil(seconds / 12))]);
  return makeRecordingWebm(work, { seconds, name, audio: looped });
}

/** The JavaScript side alone: every consumer of the decoded audio, and delivery's figures, per minute of audio. */
async function analysisPerMinute(recording: string): Promise<{ all: number; delivery: number }> {
  const chunks: Int16Array[] = [];
  await runFfmpeg([...recordingInputArgs(recording), '-map', '0:a:0', '-t', '60', ...PCM_OUTPUT_ARGS, 'pipe:3'], {
    pipes: [async (pcm) => void (await streamPcm(pcm, [{ write: (s) => chunks.push(s.slice()) }]))],
  });
  const minutes = chunks.reduce((n, c) => n + c.length, 0) / PCM_SAMPLE_RATE / 60;
  const run = (withOthers: boolean) => {
    const start = performance.now();
    const meter = new DeliveryMeter();
    const speech = new SpeechMeter();
    const others = withOthers ? [new PeakMeter(), speech] : [speech];
    for (const chunk of chunks) {
      meter.write(chunk);
      for (const other of others) other.write(chunk);
    }
    describeDelivery(deliveryTrack(meter.result()), speech.result(), [], minutes * 60_000);
    return (performance.now() - start) / minutes;
  };
  const all: number[] = [];
  const delivery: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    all.push(run(true));
    delivery.push(run(false));
  }
  return { all: median(all), delivery: median(delivery) };
}

export async function benchFinalise(): Promise<void> {
  mkdirSync(work, { recursive: true });
  const seconds = 600;
  const recording = await tenMinutesOfSpeech(seconds);
  const base: number[] = [];
  const real: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    base.push(await baseline(recording.path));
    real.push(await finalise(recording.path, recording.durationMs));
  }
  const ratio = median(real) / median(base);
  const perMinute = await analysisPerMinute(recording.path);
  report('Finalise a generated 10-minute recording of speech (median of 3)', [
    ['baseline: remux -c copy + 8 kHz PCM decode', fmtMs(median(base))],
    ['finalise: remux, poster, peaks, pauses, delivery', fmtMs(median(real))],
    ['ratio finalise / baseline', `${ratio.toFixed(2)}x (aim: within 1.5x)`],
    ['analysis per minute of audio: delivery (with pauses)', fmtMs(perMinute.delivery)],
    ['analysis per minute of audio: every consumer', fmtMs(perMinute.all)],
  ]);
}
