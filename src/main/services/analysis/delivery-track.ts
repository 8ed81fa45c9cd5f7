import type { DeliveryFrames } from './delivery-meter';
import { syllableNuclei } from './syllable-nuclei';

/**
 * What is kept of an answer's delivery: per 20 ms frame its level and pitch, and the
 * moments of its syllables and of clipping. Every figure (for the whole answer or any STAR
 * section, whenever the marks move) is worked out from this; the audio is not decoded again.
 */
export interface DeliveryTrack {
  /** Level of each frame in dBFS (SILENCE_DBFS for digital silence). */
  levelDb: Float32Array;
  /** Fundamental of each frame in Hz; 0 where it is not voiced. */
  pitchHz: Float32Array;
  /** Times of the syllable nuclei. */
  nucleiMs: Uint32Array;
  /** Frames that hit full scale. */
  clippedFrames: Uint32Array;
}

/** The level given to digital silence, where the logarithm has no value. */
export const SILENCE_DBFS = -100;
/** A frame is clipped with this many samples at full scale: one is a loud plosive, a run is clipping. */
const CLIPPED_SAMPLES = 3;

/** A recording without sound has an empty track. */
export const EMPTY_TRACK: DeliveryTrack = {
  levelDb: new Float32Array(0),
  pitchHz: new Float32Array(0),
  nucleiMs: new Uint32Array(0),
  clippedFrames: new Uint32Array(0),
};

export function deliveryTrack(frames: DeliveryFrames): DeliveryTrack {
  const { blockPower, pitchHz, clipped } = frames;
  const levelDb = new Float32Array(pitchHz.length);
  for (let f = 0; f < levelDb.length; f++) {
    const a = blockPower[2 * f] ?? 0;
    const b = blockPower[2 * f + 1] ?? a;
    const power = (a + b) / 2;
    // Rounded as the store keeps it (hundredths of a dB, tenths of a Hz), so a figure worked out
    // now is the one worked out from the stored track later.
    levelDb[f] = power > 0 ? Math.round(Math.max(SILENCE_DBFS, 10 * Math.log10(power)) * 100) / 100 : SILENCE_DBFS;
    pitchHz[f] = Math.round(pitchHz[f]! * 10) / 10;
  }
  const clippedFrames: number[] = [];
  clipped.forEach((count, f) => {
    if (count >= CLIPPED_SAMPLES) clippedFrames.push(f);
  });
  return {
    levelDb,
    pitchHz,
    nucleiMs: Uint32Array.from(syllableNuclei(blockPower, pitchHz)),
    clippedFrames: Uint32Array.from(clippedFrames),
  };
}
