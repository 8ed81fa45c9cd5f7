import { describe, expect, it } from 'vitest';
import type { AppendChunkInput } from '../../src/shared/attempts';
import { ChunkUploader } from '../../src/renderer/lib/media/chunk-uploader';

const blob = (text: string) => new Blob([text]);

describe('ChunkUploader', () => {
  it('sends chunks strictly in order with rising seq, one at a time, skipping empty ones', async () => {
    const seen: Array<{ seq: number; text: string }> = [];
    let inFlight = 0;
    let maxInFlight = 0;
    const append = async (input: AppendChunkInput) => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      // Later chunks answer faster; order must still hold.
      await new Promise((r) => setTimeout(r, 20 - input.seq * 5));
      seen.push({ seq: input.seq, text: new TextDecoder().decode(input.data) });
      inFlight--;
      return { bytes: seen.length };
    };
    const errors: unknown[] = [];
    const uploader = new ChunkUploader(5, append, (e) => errors.push(e));
    uploader.push(blob('a'));
    uploader.push(new Blob([]));
    uploader.push(blob('b'));
    uploader.push(blob('c'));
    await uploader.drain();
    expect(seen).toEqual([
      { seq: 0, text: 'a' },
      { seq: 1, text: 'b' },
      { seq: 2, text: 'c' },
    ]);
    expect(maxInFlight).toBe(1);
    expect(errors).toEqual([]);
    expect(uploader.bytesSaved).toBe(3);
  });

  it('stops after the first failure, reports it once and rethrows it from drain', async () => {
    const sent: number[] = [];
    const append = async (input: AppendChunkInput) => {
      if (input.seq === 1) throw new Error('disk full');
      sent.push(input.seq);
      return { bytes: 1 };
    };
    const errors: unknown[] = [];
    const uploader = new ChunkUploader(1, append, (e) => errors.push(e));
    for (const t of ['a', 'b', 'c', 'd']) uploader.push(blob(t));
    await expect(uploader.drain()).rejects.toThrow('disk full');
    expect(sent).toEqual([0]);
    expect(errors).toHaveLength(1);
    expect(uploader.failed).toBe(true);
  });

  it('knows up to when the recording is saved: the latest blob main confirmed in full', async () => {
    const gates: Array<() => void> = [];
    const append = (input: AppendChunkInput) =>
      new Promise<{ bytes: number }>((done) => gates.push(() => done({ bytes: input.seq + 1 })));
    const uploader = new ChunkUploader(1, append, () => undefined);
    expect(uploader.savedUpTo).toBeNull();
    uploader.push(blob('a'), 1_000);
    uploader.push(blob('b'), 2_000);
    await expect.poll(() => gates.length).toBe(1);
    expect(uploader.savedUpTo).toBeNull();
    gates[0]!();
    await expect.poll(() => uploader.savedUpTo).toBe(1_000);
    await expect.poll(() => gates.length).toBe(2);
    gates[1]!();
    await uploader.drain();
    expect(uploader.savedUpTo).toBe(2_000);
  });
});
