import type { AppendChunkInput, AppendChunkResult } from '../../../shared/attempts';
import { LIMITS } from '../../../shared/limits';

export type AppendChunk = (input: AppendChunkInput) => Promise<AppendChunkResult>;

/**
 * Hands recorded chunks to main strictly in order, one at a time: seq 0, 1, 2, …
 * Only the chunk being sent is read into memory; the rest wait as Blob handles. After
 * the first failure nothing more is sent (main would refuse the gap anyway), and the
 * error is reported once and rethrown by `drain()`.
 */
export class ChunkUploader {
  readonly #attemptId: number;
  readonly #append: AppendChunk;
  readonly #onError: (error: unknown) => void;
  #nextSeq = 0;
  #tail: Promise<void> = Promise.resolve();
  #failure: { error: unknown } | null = null;
  #bytes = 0;
  #savedUpTo: number | null = null;

  constructor(attemptId: number, append: AppendChunk, onError: (error: unknown) => void) {
    this.#attemptId = attemptId;
    this.#append = append;
    this.#onError = onError;
  }

  /** Bytes main has confirmed writing. */
  get bytesSaved(): number {
    return this.#bytes;
  }

  get failed(): boolean {
    return this.#failure !== null;
  }

  /**
   * The `recordedAt` of the latest blob main has confirmed in full, or null before the first:
   * everything recorded up to then would survive a crash now.
   */
  get savedUpTo(): number | null {
    return this.#savedUpTo;
  }

  /** `recordedAt`: when the blob's media ends (performance.now() when the recorder handed it over). */
  push(blob: Blob, recordedAt: number = performance.now()): void {
    if (blob.size === 0) return;
    // A slice is far below the limit in practice; split rather than fail if one ever is not.
    for (let start = 0; start < blob.size; start += LIMITS.chunkBytes) {
      const end = Math.min(blob.size, start + LIMITS.chunkBytes);
      const part = blob.slice(start, end);
      const seq = this.#nextSeq++;
      const upTo = end === blob.size ? recordedAt : null;
      this.#tail = this.#tail.then(() => this.#send(part, seq, upTo));
    }
  }

  async #send(part: Blob, seq: number, upTo: number | null): Promise<void> {
    if (this.#failure) return;
    try {
      const data = new Uint8Array(await part.arrayBuffer());
      const result = await this.#append({ attemptId: this.#attemptId, seq, data });
      this.#bytes = result.bytes;
      if (upTo !== null) this.#savedUpTo = upTo;
    } catch (error) {
      this.#failure = { error };
      this.#onError(error);
    }
  }

  /** Resolves once every chunk pushed so far is saved; rejects if any could not be. */
  async drain(): Promise<void> {
    await this.#tail;
    if (this.#failure) throw this.#failure.error;
  }
}
