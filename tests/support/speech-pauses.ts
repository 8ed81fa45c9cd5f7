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
  /** espeak-ng options for this utterance (`-s 120`, `-m` for SSML). */
  espeak?: readonly string[];
  /** Turns the utterance's last second down by this many dB, as a voice trailing off does. */
  lastSecondDb?: number;
}

export interface SpeechWithPauses {
  wav: string;
  durationMs: number;
  /** Where each utterance's sound begins and ends, from its own trimmed samples. */
  speech: { startMs: number; endMs: number }[];
}

const samplesOf = async (file: string) => Number((await run('soxi', ['-s', file])).stdout.trim());
// -R: sox dithers with fresh random noise on every run unless told not to; inputs must repeat exactly.
const sox = (...args: string[]) => run('sox', ['-V1', '-R', ...args]);

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
  options: { noiseDb?: number; secondVoiceDb?: number; name?: string } = {},
): Promise<SpeechWithPauses> {
  const name = options.name ?? 'pauses';
  const toSamples = (ms: number) => Math.round((ms / 1000) * RATE);
  const pieces: string[] = [];
  const speech: SpeechWithPauses['speech'] = [];
  let at = toSamples(leadMs);
  for (const [i, u] of utterances.entries()) {
    const raw = await speechWav(dir, u.text, `${name}-${i}.raw.wav`, u.espeak);
    let trimmed = join(dir, `${name}-${i}.wav`);
    await sox(raw, trimmed, 'silence', '1', '0.01', '0.1%', 'reverse', 'silence', '1', '0.01', '0.1%', 'reverse');
    const length = await samplesOf(trimmed);
    if (u.lastSecondDb !== undefined) trimmed = await quieterEnd(trimmed, length, u.lastSecondDb);
    const padded = join(dir, `${name}-${i}.padded.wav`);
    await sox(trimmed, padded, 'pad', `${i === 0 ? toSamples(leadMs) : 0}s`, `${toSamples(u.silenceAfterMs)}s`);
    pieces.push(padded);
    speech.push({ startMs: (at / RATE) * 1000, endMs: ((at + length) / RATE) * 1000 });
    at += length + toSamples(u.silenceAfterMs);
  }

  let clean = join(dir, `${name}.clean.wav`);
  await sox(...pieces, clean);
  const durationMs = ((await samplesOf(clean)) / RATE) * 1000;
  if (options.secondVoiceDb !== undefined) clean = await withSecondVoice(dir, name, clean, options.secondVoiceDb);
  if (options.noiseDb === undefined) return { wav: clean, durationMs, speech };

  // Pink noise at unit gain has an RMS of about -13 dBFS at this rate (measured with `sox -n stat`); scale from there.
  const gain = 10 ** ((options.noiseDb + 13) / 20);
  const noise = join(dir, `${name}.noise.wav`);
  await sox('-r', String(RATE), '-n', '-r', String(RATE), '-c', '1', '-b', '16', noise, 'synth', `${at}s`, 'pinknoise', 'vol', String(gain));
  const noisy = join(dir, `${name}.noisy.wav`);
  await sox('-m', '-v', '1', clean, '-v', '1', noise, noisy);
  return { wav: noisy, durationMs, speech };
}

/** The file with its last second `db` quieter (sox applies the gain to that second alone). */
async function quieterEnd(file: string, length: number, db: number): Promise<string> {
  const head = file.replace(/\.wav$/, '.head.wav');
  const tail = file.replace(/\.wav$/, '.tail.wav');
  const out = file.replace(/\.wav$/, '.trailing.wav');
  await sox(file, head, 'trim', '0', `${length - RATE}s`);
  await sox(file, tail, 'trim', `${length - RATE}s`, 'vol', `${db}dB`);
  await sox(head, tail, out);
  return out;
}

/** Another person talking under the speech all the way through (a colleague, a television), `db` below it. */
async function withSecondVoice(dir: string, name: string, clean: string, db: number): Promise<string> {
  const chatter = 'Did you see the match last night? The traffic on the bridge was terrible again, and the coffee machine is broken. ';
  const voice = await speechWav(dir, chatter.repeat(6), `${name}.voice.wav`, ['-v', 'en+f3', '-s', '170']);
  const mixed = join(dir, `${name}.two-voices.wav`);
  // -m pads the shorter input with silence; trim keeps the speech's own length.
  await sox('-m', '-v', '1', clean, '-v', String(10 ** (db / 20)), voice, mixed, 'trim', '0', `${await samplesOf(clean)}s`);
  return mixed;
}
