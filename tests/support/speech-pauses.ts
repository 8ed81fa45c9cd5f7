/**
 * Speech with silences of known length at known places, and the truth to check a pause
 * analysis against. Plain Node: no test-runner imports.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { speechWav } from './media';

const run = promisify(execFile);

/** espeak-ng writes 22.05 kHz mono; every piece is made at that rate so sox can join them. */
const RATE = 22050;

export interface Utterance {
  text: string;
  /** Silence after this utterance: a pause, or trailing silence after the last one. */
  silenceAfterMs: number;
}

export interface SpeechWithPauses {
  wav: string;
  durationMs: number;
  /** Where each utterance's sound begins and ends, from its own trimmed samples. */
  speech: { startMs: number; endMs: number }[];
}

const samplesOf = async (file: string) => Number((await run('soxi', ['-s', file])).stdout.trim());
const sox = (...args: string[]) => run('sox', ['-V1', ...args]);

/**
 * Utterances spoken one after another with exact silences between them. Each utterance
 * is trimmed of espeak-ng's own leading and trailing silence first (anything under
 * -60 dBFS), so the silences are exactly the ones asked for and the speech extents are
 * measured, not guessed. With `noiseDb`, pink noise of about that RMS level runs under
 * everything, as a real microphone's room noise does.
 */
export async function speechWithPauses(
  dir: string,
  leadMs: number,
  utterances: readonly Utterance[],
  options: { noiseDb?: number; name?: string } = {},
): Promise<SpeechWithPauses> {
  const name = options.name ?? 'pauses';
  const toSamples = (ms: number) => Math.round((ms / 1000) * RATE);
  const pieces: string[] = [];
  const speech: SpeechWithPauses['speech'] = [];
  let at = toSamples(leadMs);
  for (const [i, u] of utterances.entries()) {
    const raw = await speechWav(dir, u.text, `${name}-${i}.raw.wav`);
    const trimmed = join(dir, `${name}-${i}.wav`);
    await sox(raw, trimmed, 'silence', '1', '0.01', '0.1%', 'reverse', 'silence', '1', '0.01', '0.1%', 'reverse');
    const length = await samplesOf(trimmed);
    const padded = join(dir, `${name}-${i}.padded.wav`);
    await sox(trimmed, padded, 'pad', `${i === 0 ? toSamples(leadMs) : 0}s`, `${toSamples(u.silenceAfterMs)}s`);
    pieces.push(padded);
    speech.push({ startMs: (at / RATE) * 1000, endMs: ((at + length) / RATE) * 1000 });
    at += length + toSamples(u.silenceAfterMs);
  }

  const clean = join(dir, `${name}.clean.wav`);
  await sox(...pieces, clean);
  const durationMs = ((await samplesOf(clean)) / RATE) * 1000;
  if (options.noiseDb === undefined) return { wav: clean, durationMs, speech };

  // Pink noise at unit gain has an RMS of about -13 dBFS at this rate (measured with `sox -n stat`); scale from there.
  const gain = 10 ** ((options.noiseDb + 13) / 20);
  const noise = join(dir, `${name}.noise.wav`);
  // -R: the same noise every run, so a result can be reproduced.
  await sox('-R', '-r', String(RATE), '-n', '-r', String(RATE), '-c', '1', '-b', '16', noise, 'synth', `${at}s`, 'pinknoise', 'vol', String(gain));
  const noisy = join(dir, `${name}.noisy.wav`);
  await sox('-m', '-v', '1', clean, '-v', '1', noise, noisy);
  return { wav: noisy, durationMs, speech };
}
