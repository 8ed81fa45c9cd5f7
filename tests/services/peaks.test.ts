import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PCM_SAMPLE_RATE, type PcmConsumer, streamPcm } from '../../src/main/services/media/pcm';
import { PeakMeter, PEAKS_PER_SECOND, readPeaks, writePeaks } from '../../src/main/services/media/peak-meter';
import { makeTempDir } from '../support/services';

const bucket = PCM_SAMPLE_RATE / PEAKS_PER_SECOND;

describe('decoded audio', () => {
  it('reaches every consumer whole, even when reads split a sample', async () => {
    const samples = Int16Array.from({ length: 1001 }, (_, i) => (i % 2 ? -i : i) * 30);
    const bytes = Buffer.from(samples.buffer);
    const reads = [bytes.subarray(0, 3), bytes.subarray(3, 4), bytes.subarray(4, 1001), bytes.subarray(1001)];
    const seen: number[][] = [[], []];
    const consumers: PcmConsumer[] = seen.map((into) => ({ write: (s) => into.push(...s) }));
    expect(await streamPcm(Readable.from(reads), consumers)).toBe(1001);
    expect(seen).toEqual([Array.from(samples), Array.from(samples)]);
  });
});

describe('waveform peaks', () => {
  it('keep the loudest sample of each bucket, including a final partial one', () => {
    const meter = new PeakMeter();
    const samples = new Int16Array(bucket * 2 + 10);
    samples[5] = -32768; // full scale, negative
    samples[bucket + 7] = 16384; // half scale
    samples[bucket * 2 + 3] = 100;
    meter.write(samples.subarray(0, 50));
    meter.write(samples.subarray(50));
    expect(Array.from(meter.result())).toEqual([255, 128, 1]);
  });

  describe('file', () => {
    let dir: string;
    beforeEach(() => {
      dir = makeTempDir();
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('round-trips as 0..1 values at the stored rate', () => {
      const file = join(dir, 'peaks');
      writePeaks(file, Uint8Array.from([0, 255, 51]));
      expect(readPeaks(file)).toEqual({ rate: PEAKS_PER_SECOND, peaks: [0, 1, 0.2] });
    });

    it('refuses a file that is not one', () => {
      const file = join(dir, 'peaks');
      writeFileSync(file, 'hello world');
      expect(() => readPeaks(file)).toThrow(/is not a peaks file/);
    });
  });
});
