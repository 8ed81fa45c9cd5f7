import { readFileSync, writeFileSync } from 'node:fs';
import { PCM_SAMPLE_RATE, type PcmConsumer } from './pcm';

/** Waveform buckets per second of audio. */
export const PEAKS_PER_SECOND = 50;

const SAMPLES_PER_BUCKET = PCM_SAMPLE_RATE / PEAKS_PER_SECOND;

/**
 * File format: "RPK1", rate as uint16 LE, then one byte per bucket (max |amplitude|
 * scaled to 0..255). A byte is finer than a waveform can show, and an hour is 180 kB.
 */
const MAGIC = 'RPK1';
const HEADER_BYTES = 6;

/** Builds the waveform from the decoded audio: the loudest sample in each bucket. */
export class PeakMeter implements PcmConsumer {
  private readonly buckets: number[] = [];
  private max = 0;
  private filled = 0;

  write(samples: Int16Array): void {
    for (let i = 0; i < samples.length; i++) {
      const sample = samples[i]!;
      const magnitude = sample < 0 ? -sample : sample;
      if (magnitude > this.max) this.max = magnitude;
      if (++this.filled === SAMPLES_PER_BUCKET) this.flush();
    }
  }

  /** The buckets so far, including a final partial one. */
  result(): Uint8Array {
    if (this.filled > 0) this.flush();
    return Uint8Array.from(this.buckets);
  }

  private flush(): void {
    this.buckets.push(Math.round((Math.min(this.max, 32767) / 32767) * 255));
    this.max = 0;
    this.filled = 0;
  }
}

export function writePeaks(file: string, peaks: Uint8Array): void {
  const header = Buffer.alloc(HEADER_BYTES);
  header.write(MAGIC, 0, 'latin1');
  header.writeUInt16LE(PEAKS_PER_SECOND, 4);
  writeFileSync(file, Buffer.concat([header, peaks]));
}

/** Reads a peaks file back as 0..1 values rounded to what a byte holds, so JSON stays small. */
export function readPeaks(file: string): { rate: number; peaks: number[] } {
  const bytes = readFileSync(file);
  if (bytes.length < HEADER_BYTES || bytes.toString('latin1', 0, 4) !== MAGIC) {
    throw new Error(`${file} is not a peaks file.`);
  }
  const peaks = Array.from(bytes.subarray(HEADER_BYTES), (b) => Math.round((b / 255) * 1000) / 1000);
  return { rate: bytes.readUInt16LE(4), peaks };
}
