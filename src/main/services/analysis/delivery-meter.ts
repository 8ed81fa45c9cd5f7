import { PCM_SAMPLE_RATE, type PcmConsumer } from '../media/pcm';
import { GrowableFloat32 } from './growable';
import { PITCH_RATE, PITCH_SPAN, yinPitch } from './pitch';

/** Delivery's frames are the pause meter's: 20 ms, 50 a second. */
export const TRACK_FRAME_MS = 20;
/** Loudness is kept per 10 ms block, finer than a frame, so syllable peaks and dips show. */
export const BLOCK_MS = 10;
const BLOCK_SAMPLES = (PCM_SAMPLE_RATE * BLOCK_MS) / 1000;
const FRAME_STEP = (PITCH_RATE * TRACK_FRAME_MS) / 1000;
const DECIMATION = PCM_SAMPLE_RATE / PITCH_RATE;
/** A sample this close to full scale is taken as clipped (the decode to 8 kHz rounds the tops off). */
const CLIP_LEVEL = 32112; // 98% of full scale
/** The 4 kHz history kept for the pitch windows still to come. */
const HISTORY = 4096;

/** What the meter measured, frame by frame, for the figures to be worked out from. */
export interface DeliveryFrames {
  /** Mean square of each 10 ms block, full scale 1. */
  blockPower: Float32Array;
  /** The fundamental of each 20 ms frame in Hz, 0 where the frame is not voiced. */
  pitchHz: Float32Array;
  /** The number of clipped samples in each 20 ms frame. */
  clipped: Float32Array;
}

/**
 * Reads the decoded audio once, as it streams past, for everything delivery needs: block
 * loudness (for syllable nuclei and the level), clipped samples, and a pitch estimate per
 * frame on the audio halved to 4 kHz. One loop over the samples, typed arrays throughout,
 * and the samples themselves are not kept beyond a short history for the pitch windows.
 */
export class DeliveryMeter implements PcmConsumer {
  private readonly power = new GrowableFloat32();
  private readonly pitch = new GrowableFloat32();
  private readonly clips = new GrowableFloat32();
  private blockSum = 0;
  private blockFill = 0;
  private frameClips = 0;
  private frameFill = 0;
  // The half-band filter's last inputs, newest first, and the input count for the 2:1 decimation.
  private x1 = 0;
  private x2 = 0;
  private x3 = 0;
  private x4 = 0;
  private x5 = 0;
  private x6 = 0;
  private inputs = 0;
  // The 4 kHz signal: history[0] is sample `base` of the whole stream.
  private readonly history = new Float32Array(HISTORY);
  private base = 0;
  private count = 0;

  write(samples: Int16Array): void {
    let { blockSum, blockFill, frameClips, frameFill, x1, x2, x3, x4, x5, x6, inputs } = this;
    for (let i = 0; i < samples.length; i++) {
      const s = samples[i]!;
      blockSum += s * s;
      if (s >= CLIP_LEVEL || s <= -CLIP_LEVEL) frameClips++;
      if (++blockFill === BLOCK_SAMPLES) {
        this.power.push(blockSum / blockFill / (32768 * 32768));
        blockSum = 0;
        blockFill = 0;
      }
      if (++frameFill === BLOCK_SAMPLES * 2) {
        this.clips.push(frameClips);
        frameClips = 0;
        frameFill = 0;
      }
      // Half-band low-pass (taps -1 0 9 16 9 0 -1, /32) before keeping every second sample.
      if (++inputs % DECIMATION === 0) this.keep((9 * (x2 + x4) + 16 * x3 - (s + x6)) / (32 * 32768));
      x6 = x5;
      x5 = x4;
      x4 = x3;
      x3 = x2;
      x2 = x1;
      x1 = s;
    }
    Object.assign(this, { blockSum, blockFill, frameClips, frameFill, x1, x2, x3, x4, x5, x6, inputs });
  }

  /** The frames measured; a final partial block or frame counts. */
  result(): DeliveryFrames {
    if (this.blockFill > 0) this.power.push(this.blockSum / this.blockFill / (32768 * 32768));
    if (this.frameFill > 0) this.clips.push(this.frameClips);
    this.blockFill = this.frameFill = 0;
    const frames = this.clips.length;
    while (this.pitch.length < frames) this.pitch.push(0); // too near the end for a whole window
    return { blockPower: this.power.values(), pitchHz: this.pitch.values().subarray(0, frames), clipped: this.clips.values() };
  }

  /** Appends a 4 kHz sample and measures every frame whose window is now complete. */
  private keep(value: number): void {
    if (this.count - this.base === HISTORY) {
      // Keep only what the next windows still read.
      const from = this.windowStart(this.pitch.length) - this.base;
      this.history.copyWithin(0, from);
      this.base += from;
    }
    this.history[this.count++ - this.base] = value;
    for (;;) {
      const start = this.windowStart(this.pitch.length);
      if (start + PITCH_SPAN > this.count) return;
      // A window centred on the frame's middle; the first frames reach before the recording.
      this.pitch.push(start < 0 ? 0 : yinPitch(this.history, start - this.base));
    }
  }

  private windowStart(frame: number): number {
    return frame * FRAME_STEP + FRAME_STEP / 2 - Math.floor(PITCH_SPAN / 2);
  }
}
