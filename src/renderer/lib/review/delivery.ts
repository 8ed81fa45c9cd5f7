import { DELIVERY_GUIDANCE, type DeliveryFigures, type DeliveryLane } from '../../../shared/delivery';

/** How the review and compare pages word delivery figures, and where the lane draws them. */

export type PaceJudgement = 'slow' | 'in-band' | 'fast';

/** Words per minute against the conversational band: faster is not better, and neither is slower. */
export function judgePace(estimate: number): { judgement: PaceJudgement; words: string } {
  const { min, max } = DELIVERY_GUIDANCE.wordsPerMinute;
  // Judged as shown: "~140 wpm" must not read as slow.
  const wordsPerMinute = Math.round(estimate);
  if (wordsPerMinute < min) return { judgement: 'slow', words: `Slower than the ${min}–${max} band` };
  if (wordsPerMinute > max) return { judgement: 'fast', words: `Faster than the ${min}–${max} band` };
  return { judgement: 'in-band', words: `Inside the ${min}–${max} band` };
}

/** "12 semitones", "1 semitone", "2.5 semitones". */
export const formatSemitones = (st: number): string => `${formatNumber(st)} semitone${st === 1 ? '' : 's'}`;

/** "−23 dBFS": a real minus sign, as elsewhere in the app. */
export const formatDbfs = (db: number): string => `${db < 0 ? '−' : ''}${Math.round(Math.abs(db))} dBFS`;

/** "148", "96.5" → "97": rates are shown whole. */
export const formatRate = (perMinute: number): string => String(Math.round(perMinute));

const formatNumber = (x: number): string => (Number.isInteger(x) ? String(x) : x.toFixed(1));

/** Anything worth a look, in words; empty when there is nothing to flag. */
export function deliveryFlags(figures: DeliveryFigures): string[] {
  const flags: string[] = [];
  if (figures.wordsPerMinute !== null && judgePace(figures.wordsPerMinute).judgement !== 'in-band') {
    flags.push(judgePace(figures.wordsPerMinute).words);
  }
  if (figures.flatStretches.length > 0) flags.push('Flat stretches');
  if (figures.trailingOff.length > 0) flags.push('Trailing off');
  if (figures.tooQuiet) flags.push('Too quiet');
  if (figures.clipping.length > 0) flags.push('Clipping');
  return flags;
}

/** The lane's drawing box: x runs 0–1000 across the answer, y 0–100 down. */
export const LANE_BOX = { width: 1000, height: 100 } as const;
/** Pitch is drawn ±this many semitones around the answer's median. */
const PITCH_SPAN_ST = 12;
/** Level is drawn from this up to 0 dBFS. */
const LEVEL_FLOOR_DB = -60;

/**
 * SVG path data for the lane: the pitch as a line broken where the voice is not voiced, the
 * level as a filled shape along the bottom.
 */
export function lanePaths(lane: DeliveryLane): { pitch: string; level: string } {
  const n = lane.levelDbfs.length;
  if (n === 0) return { pitch: '', level: '' };
  const x = (i: number) => round(((i + 0.5) / n) * LANE_BOX.width);
  const pitchY = (st: number) => round(LANE_BOX.height / 2 - (Math.max(-PITCH_SPAN_ST, Math.min(PITCH_SPAN_ST, st)) / PITCH_SPAN_ST) * (LANE_BOX.height / 2 - 4));
  const levelY = (db: number) => round(LANE_BOX.height - (Math.max(0, Math.min(1, (db - LEVEL_FLOOR_DB) / -LEVEL_FLOOR_DB)) * LANE_BOX.height) / 2);

  let pitch = '';
  let drawing = false;
  lane.pitchSemitones.forEach((st, i) => {
    if (st === null) {
      drawing = false;
      return;
    }
    pitch += `${drawing ? 'L' : 'M'}${x(i)} ${pitchY(st)}`;
    drawing = true;
  });
  let level = `M0 ${LANE_BOX.height}`;
  lane.levelDbfs.forEach((db, i) => (level += `L${x(i)} ${levelY(db)}`));
  level += `L${LANE_BOX.width} ${LANE_BOX.height}Z`;
  return { pitch, level };
}

const round = (v: number) => Math.round(v * 10) / 10;
