import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const dir = resolve(import.meta.dirname, '../../.work/speech');

/**
 * A spoken answer as a WAV file for Chromium's fake microphone, made by espeak-ng and
 * padded with silence by sox so the recording has both speech and pauses.
 */
export function speechFile(name: string, text: string, trailingSilenceSeconds = 30): string {
  mkdirSync(dir, { recursive: true });
  const raw = join(dir, `${name}.raw.wav`);
  const out = join(dir, `${name}.wav`);
  if (!existsSync(out)) {
    execFileSync('espeak-ng', ['-s', '150', '-w', raw, text]);
    // 48 kHz stereo is what Chromium's fake capture expects; trailing silence keeps the track alive.
    execFileSync('sox', [raw, '-r', '48000', '-c', '2', out, 'pad', '0', String(trailingSilenceSeconds)]);
  }
  return out;
}
