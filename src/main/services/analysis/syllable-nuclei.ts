import { BLOCK_MS, TRACK_FRAME_MS } from './delivery-meter';

/**
 * Syllable nuclei without a transcript (de Jong and Wempe 2009, Behavior Research Methods
 * 41(2)): each syllable has a loudness peak at its vowel. Peaks count when they stand clear
 * of the quiet parts, have a dip on each side (so the two halves of one vowel are not two
 * syllables), and fall where the voice is voiced (so a burst of noise is not a syllable).
 */

/** Peaks this far below the loud parts (the 99th percentile) are background, as in the paper. */
const BELOW_LOUD_DB = 25;
/** The dip a peak needs on each side; the paper's 2 dB. */
const MIN_DIP_DB = 2;
/**
 * The loudness is smoothed over this many blocks (triangular weights) first, close to the
 * paper's Praat intensity for a 50 Hz minimum pitch; finer, a vowel's ripple makes peaks.
 */
const SMOOTH_BLOCKS = [1, 2, 3, 2, 1] as const;
/** A nucleus is voiced when a frame this close to it has a pitch. */
const VOICED_WITHIN_FRAMES = 1;

/** The times (ms) of the syllable nuclei in the recording. */
export function syllableNuclei(blockPower: Float32Array, pitchHz: Float32Array): number[] {
  const db = smoothedDb(blockPower);
  if (db.length === 0) return [];
  const threshold = quantile(db, 0.99) - BELOW_LOUD_DB;

  const peaks: number[] = [];
  for (let i = 1; i < db.length - 1; i++) {
    if (db[i]! > threshold && db[i]! > db[i - 1]! && db[i]! >= db[i + 1]!) peaks.push(i);
  }
  const nuclei: number[] = [];
  for (let p = 0; p < peaks.length; p++) {
    const at = peaks[p]!;
    const before = minBetween(db, p > 0 ? peaks[p - 1]! : 0, at);
    const after = minBetween(db, at, p + 1 < peaks.length ? peaks[p + 1]! : db.length - 1);
    if (db[at]! - before <= MIN_DIP_DB || db[at]! - after <= MIN_DIP_DB) continue;
    if (!voicedNear(pitchHz, Math.floor((at * BLOCK_MS) / TRACK_FRAME_MS))) continue;
    nuclei.push(at * BLOCK_MS + BLOCK_MS / 2);
  }
  return nuclei;
}

function smoothedDb(power: Float32Array): Float32Array {
  const out = new Float32Array(power.length);
  const half = (SMOOTH_BLOCKS.length - 1) / 2;
  for (let i = 0; i < power.length; i++) {
    let sum = 0;
    let weight = 0;
    for (let k = 0; k < SMOOTH_BLOCKS.length; k++) {
      const j = i + k - half;
      if (j < 0 || j >= power.length) continue;
      sum += power[j]! * SMOOTH_BLOCKS[k]!;
      weight += SMOOTH_BLOCKS[k]!;
    }
    out[i] = sum > 0 ? 10 * Math.log10(sum / weight) : -100;
  }
  return out;
}

function minBetween(db: Float32Array, from: number, to: number): number {
  let min = Infinity;
  for (let i = from; i <= to; i++) if (db[i]! < min) min = db[i]!;
  return min;
}

function voicedNear(pitchHz: Float32Array, frame: number): boolean {
  for (let f = frame - VOICED_WITHIN_FRAMES; f <= frame + VOICED_WITHIN_FRAMES; f++) if ((pitchHz[f] ?? 0) > 0) return true;
  return false;
}

export function quantile(values: Float32Array, q: number): number {
  const sorted = Float32Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}
