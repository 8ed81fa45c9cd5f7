import type { Readable } from 'node:stream';

/** The decoded audio every analysis reads: mono, signed 16-bit, at this rate. */
export const PCM_SAMPLE_RATE = 8000;

/** ffmpeg output options that produce that audio. */
export const PCM_OUTPUT_ARGS = ['-ac', '1', '-ar', String(PCM_SAMPLE_RATE), '-f', 's16le'] as const;

/**
 * Something that reads the decoded audio as it streams past, in order, once. The waveform
 * is one; each further analysis of the same recording is another, fed by the same decode.
 */
export interface PcmConsumer {
  /** The samples are only valid during the call: keep what is needed, not the array. */
  write(samples: Int16Array): void;
}

/** Drains a little-endian s16 stream into every consumer; resolves with the sample count. */
export async function streamPcm(stream: Readable, consumers: readonly PcmConsumer[]): Promise<number> {
  let carry: Buffer | null = null; // An odd byte split across two reads.
  let total = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    const bytes: Buffer = carry ? Buffer.concat([carry, chunk]) : chunk;
    const count = bytes.length >> 1;
    carry = bytes.length & 1 ? bytes.subarray(bytes.length - 1) : null;
    // A view, not a copy, where the bytes sit on a 2-byte boundary. Every platform Retake
    // ships for is little-endian, as the stream is.
    const start = bytes.byteOffset;
    const samples =
      start % 2 === 0 ? new Int16Array(bytes.buffer, start, count) : new Int16Array(bytes.buffer.slice(start, start + count * 2));
    for (const consumer of consumers) consumer.write(samples);
    total += count;
  }
  return total;
}
