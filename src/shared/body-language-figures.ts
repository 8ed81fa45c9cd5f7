import type { BodyFace, BodySample, BodySummary } from './body-language';

/** A stretch of the answer, in ms from its start. */
export interface Stretch {
  startMs: number;
  endMs: number;
}

export type MovementLevel = 'steady' | 'moving' | 'restless';

/** What the body-language panel, compare and progress show, over a whole answer or one STAR section. */
export interface BodyFigures {
  /** Frames analysed in the range. */
  frames: number;
  /** Share of frames with a face found, 0..1. */
  faceShare: number;
  noFace: Stretch[];
  /** Mean distance of the face from the frame's centre, 0 (centred) .. 1 (at an edge); null without a face. */
  centreOffset: number | null;
  offCentre: Stretch[];
  /** Mean face height as a share of the frame's. */
  faceSize: number | null;
  tooSmall: Stretch[];
  tooLarge: Stretch[];
  /** Mean brightness of the face, 0..1. */
  light: number | null;
  tooDark: Stretch[];
  /** Share of the frames with a face in which the head faces the camera (an estimate), 0..1. */
  lookingShare: number | null;
  lookingAway: Stretch[];
  /** Share of the frames with a face that smile, 0..1. */
  smileShare: number | null;
  smiles: Stretch[];
  /** Median head movement in face heights per second. */
  movement: number | null;
  movementLevel: MovementLevel | null;
  restless: Stretch[];
}

/**
 * The limits behind the figures, for a head-and-shoulders framing. The head-turn limits are
 * loose on purpose: they come from 2D landmarks, an estimate (see docs/decisions.md).
 */
export const BODY_LIMITS = {
  /** Face centre further than this from the middle, across (share of half the width)… */
  offCentreX: 0.3,
  /** …or above/below: a head-and-shoulders face sits a little above the middle. */
  offCentreUp: 0.6,
  offCentreDown: 0.35,
  /** Face height below this share of the frame: too far away. */
  tooSmall: 0.22,
  /** …above this: too close. */
  tooLarge: 0.65,
  /** Face brightness below this: too dark to read. */
  tooDark: 0.22,
  /** Head turned further than this, in degrees, counts as looking away. */
  awayYaw: 20,
  awayPitch: 30,
  smile: 0.6,
  /** Face heights per second: below steady is still, above restless is fidgeting. */
  steady: 0.08,
  restless: 0.3,
} as const;

/** A run of frames shorter than this is a blink of the measure, not a stretch. */
const MIN_STRETCH_FRAMES = 2;

export const isOffCentre = (f: BodyFace) =>
  Math.abs(f.x) > BODY_LIMITS.offCentreX || f.y < -BODY_LIMITS.offCentreUp || f.y > BODY_LIMITS.offCentreDown;
export const isLookingAway = (f: BodyFace) => Math.abs(f.yaw) > BODY_LIMITS.awayYaw || Math.abs(f.pitch) > BODY_LIMITS.awayPitch;

/** Stretches where `flag` holds for consecutive samples; each sample stands for the time around it. */
export function stretchesOf(samples: readonly BodySample[], sampleMs: number, flag: (s: BodySample, index: number) => boolean): Stretch[] {
  const out: Stretch[] = [];
  let first = -1;
  const close = (last: number) => {
    if (first >= 0 && last - first + 1 >= MIN_STRETCH_FRAMES) {
      out.push({ startMs: Math.max(0, samples[first]!.ms - sampleMs / 2), endMs: samples[last]!.ms + sampleMs / 2 });
    }
    first = -1;
  };
  samples.forEach((sample, i) => {
    if (flag(sample, i)) {
      if (first < 0) first = i;
    } else close(i - 1);
  });
  close(samples.length - 1);
  return out;
}

const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);
const median = (values: number[]) => {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const shareOf = <T>(items: T[], test: (item: T) => boolean) => (items.length ? items.filter(test).length / items.length : null);

/**
 * Each sample's motion as the median of it and its neighbours': a shaking head slows at each
 * turn, and one slow frame should not split a restless stretch in two; one sudden move (a
 * glance, a cough) is not fidgeting either.
 */
function smoothedMotion(samples: readonly BodySample[]): (number | null)[] {
  return samples.map((_, i) => {
    const around = samples.slice(Math.max(0, i - 1), i + 2).flatMap((s) => (s.face?.motion == null ? [] : [s.face.motion]));
    return samples[i]!.face?.motion == null ? null : median(around);
  });
}

export function movementLevel(movement: number): MovementLevel {
  return movement < BODY_LIMITS.steady ? 'steady' : movement < BODY_LIMITS.restless ? 'moving' : 'restless';
}

/** The figures over the samples in [startMs, endMs) (the whole answer when no range is given). */
export function bodyFigures(allSamples: readonly BodySample[], sampleMs: number, range?: Stretch): BodyFigures {
  const samples = range ? allSamples.filter((s) => s.ms >= range.startMs && s.ms < range.endMs) : [...allSamples];
  const faces = samples.flatMap((s) => (s.face ? [s.face] : []));
  const on = (test: (f: BodyFace) => boolean) => stretchesOf(samples, sampleMs, (s) => s.face !== null && test(s.face));
  const motion = smoothedMotion(samples);
  const movement = median(motion.flatMap((m) => (m === null ? [] : [m])));
  return {
    frames: samples.length,
    faceShare: samples.length ? faces.length / samples.length : 0,
    noFace: stretchesOf(samples, sampleMs, (s) => s.face === null),
    centreOffset: mean(faces.map((f) => Math.min(1, Math.hypot(f.x, f.y)))),
    offCentre: on(isOffCentre),
    faceSize: mean(faces.map((f) => f.size)),
    tooSmall: on((f) => f.size < BODY_LIMITS.tooSmall),
    tooLarge: on((f) => f.size > BODY_LIMITS.tooLarge),
    light: mean(faces.map((f) => f.light)),
    tooDark: on((f) => f.light < BODY_LIMITS.tooDark),
    lookingShare: shareOf(faces, (f) => !isLookingAway(f)),
    lookingAway: on(isLookingAway),
    smileShare: shareOf(faces, (f) => f.smile >= BODY_LIMITS.smile),
    smiles: on((f) => f.smile >= BODY_LIMITS.smile),
    movement,
    movementLevel: movement === null ? null : movementLevel(movement),
    restless: stretchesOf(samples, sampleMs, (_, i) => (motion[i] ?? 0) >= BODY_LIMITS.restless),
  };
}

/** Centred, neither too small nor too large, and lit. */
export const isWellFramed = (f: BodyFace) =>
  !isOffCentre(f) && f.size >= BODY_LIMITS.tooSmall && f.size <= BODY_LIMITS.tooLarge && f.light >= BODY_LIMITS.tooDark;

/** The whole answer in a few numbers (see BodySummary). */
export function bodySummary(samples: readonly BodySample[], sampleMs: number): BodySummary {
  const figures = bodyFigures(samples, sampleMs);
  const faces = samples.flatMap((s) => (s.face ? [s.face] : []));
  return {
    faceShare: figures.faceShare,
    framedShare: shareOf(faces, isWellFramed),
    lookingShare: figures.lookingShare,
    smileShare: figures.smileShare,
    movement: figures.movement,
  };
}
