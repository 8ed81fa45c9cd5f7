import { closeSync, fsyncSync, ftruncateSync, openSync, writeSync } from 'node:fs';

/** How long appended bytes may sit in the OS cache before being forced to disk. */
const SYNC_INTERVAL_MS = 2000;

/**
 * The growing recording.webm.part. Every chunk is written straight through an open file
 * descriptor, synchronously, so chunks can never interleave and nothing waits in memory;
 * a sync to disk at most every couple of seconds bounds what a power cut can take.
 */
export class PartFile {
  private bytes = 0;
  private lastSync = Date.now();

  private constructor(private readonly fd: number) {}

  /** Creates (or empties) the file before any chunk arrives. */
  static create(path: string): PartFile {
    return new PartFile(openSync(path, 'w'));
  }

  get size(): number {
    return this.bytes;
  }

  /** Appends a whole chunk or, if the write fails, leaves the file as it was. */
  append(data: Uint8Array): void {
    let written = 0;
    try {
      while (written < data.byteLength) {
        written += writeSync(this.fd, data, written, data.byteLength - written, this.bytes + written);
      }
    } catch (err) {
      ftruncateSync(this.fd, this.bytes);
      throw err;
    }
    this.bytes += data.byteLength;
    if (Date.now() - this.lastSync >= SYNC_INTERVAL_MS) {
      fsyncSync(this.fd);
      this.lastSync = Date.now();
    }
  }

  close(): void {
    try {
      fsyncSync(this.fd);
    } finally {
      closeSync(this.fd);
    }
  }
}
