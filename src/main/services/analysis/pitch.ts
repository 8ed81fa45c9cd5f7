/**
 * Voice pitch by YIN (de Cheveigné and Kawahara 2002, JASA 111(4)): the lag at which a
 * stretch of signal best matches itself, found on the cumulative-mean-normalised
 * difference function. Run on the audio halved to 4 kHz: a voice's fundamental lies
 * between 60 and 400 Hz, and half the samples make each estimate four times cheaper.
 */

/** The rate of the signal pitch is measured on. */
export const PITCH_RATE = 4000;
/** Lowest and highest fundamental sought: a deep voice to a high one, in speech (not song). */
const MIN_F0_HZ = 60;
const MAX_F0_HZ = 400;
const TAU_MIN = Math.floor(PITCH_RATE / MAX_F0_HZ);
const TAU_MAX = Math.ceil(PITCH_RATE / MIN_F0_HZ);
/** The stretch compared with itself: 25 ms, at least one period of the deepest voice and a bit. */
const WINDOW = 100;
/** Samples one estimate reads. */
export const PITCH_SPAN = WINDOW + TAU_MAX + 1;
/** The first dip of the normalised difference below this is the period (YIN's absolute threshold, as in the paper). */
const CLEAR_DIP = 0.15;
/**
 * Without such a dip the deepest one is the period if it is below this, else the frame is
 * not voiced (noise, a fricative, silence). Tuned on generated speech decoded from Opus:
 * at 0.15 alone a third of the voiced frames were lost, and with them syllables.
 */
const VOICED_DIP = 0.3;
/** Frames quieter than this (mean square of full scale, about -50 dBFS) are not measured. */
const QUIETEST = 1e-5;

const diff = new Float64Array(TAU_MAX + 1);

/**
 * The fundamental in Hz of `x[start, start + PITCH_SPAN)` (full scale ±1), or 0 when that
 * stretch is not voiced.
 */
export function yinPitch(x: Float32Array, start: number): number {
  let power = 0;
  for (let j = start; j < start + WINDOW; j++) power += x[j]! * x[j]!;
  if (power / WINDOW < QUIETEST) return 0;

  for (let tau = 1; tau <= TAU_MAX; tau++) {
    let d = 0;
    for (let j = start, end = start + WINDOW; j < end; j++) {
      const delta = x[j]! - x[j + tau]!;
      d += delta * delta;
    }
    diff[tau] = d;
  }
  // Normalise in place: d'(tau) = d(tau) * tau / sum(d(1..tau)).
  let running = 0;
  for (let tau = 1; tau <= TAU_MAX; tau++) {
    running += diff[tau]!;
    diff[tau] = running > 0 ? (diff[tau]! * tau) / running : 1;
  }
  let tau = TAU_MIN;
  while (tau <= TAU_MAX && diff[tau]! >= CLEAR_DIP) tau++;
  if (tau <= TAU_MAX) {
    while (tau < TAU_MAX && diff[tau + 1]! < diff[tau]!) tau++;
  } else {
    tau = TAU_MIN;
    for (let t = TAU_MIN + 1; t <= TAU_MAX; t++) if (diff[t]! < diff[tau]!) tau = t;
    if (diff[tau]! >= VOICED_DIP) return 0;
  }
  // A parabola through the dip and its neighbours places the period between samples.
  let period = tau;
  if (tau > 1 && tau < TAU_MAX) {
    const a = diff[tau - 1]!;
    const b = diff[tau]!;
    const c = diff[tau + 1]!;
    const curve = a - 2 * b + c;
    if (curve > 0) period += (a - c) / (2 * curve);
  }
  return PITCH_RATE / period;
}
