/**
 * The browser's recording devices, for a DOM without them: a stream of no real tracks and a
 * MediaRecorder that hands out the chunks of a real recording, one a timeslice. What reaches
 * main is a real WebM file, so finalising runs for real.
 */

export class FakeMediaStream {
  constructor(readonly tracks: unknown[] = []) {}
  getTracks() {
    return this.tracks;
  }
  getAudioTracks() {
    return this.tracks;
  }
  getVideoTracks() {
    return [];
  }
}

/** `everyMs`: how often a chunk comes; by default far faster than real time, so tests run quickly. */
export function fakeMediaRecorder(chunks: readonly Uint8Array<ArrayBuffer>[], options: { everyMs?: number } = {}) {
  return class FakeMediaRecorder extends EventTarget {
    static isTypeSupported = (type: string) => type.startsWith('audio/webm') || type.startsWith('video/webm');
    state: 'inactive' | 'recording' = 'inactive';
    #timer: ReturnType<typeof setInterval> | undefined;
    #next = 0;

    start(timeslice: number) {
      this.state = 'recording';
      this.#timer = setInterval(() => this.#emit(), options.everyMs ?? Math.min(timeslice, 50));
    }

    #emit() {
      const chunk = chunks[this.#next++];
      if (chunk === undefined) return;
      this.dispatchEvent(Object.assign(new Event('dataavailable'), { data: new Blob([chunk]) }));
    }

    stop() {
      clearInterval(this.#timer);
      // A real recorder flushes what it holds: here, the rest of the file.
      while (this.#next < chunks.length) this.#emit();
      this.state = 'inactive';
      this.dispatchEvent(new Event('stop'));
    }
  };
}
