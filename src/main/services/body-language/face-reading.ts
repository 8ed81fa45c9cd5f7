import type { BodyFace } from '../../../shared/body-language';
import { headTurn } from './head-turn';

/** What the face model saw in one frame, in that frame's pixels. */
export interface FaceReading {
  box: { x: number; y: number; width: number; height: number };
  /** The 68 landmarks as x0, y0, x1, y1 … */
  landmarks: number[];
  /** Probability of "happy" from the expression model. */
  smile: number;
  /** Mean brightness inside the box, 0..1. */
  light: number;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** Mean landmark travel between two frames, in face heights per second. */
export function landmarkMotion(previous: readonly number[], current: readonly number[], faceHeight: number, seconds: number): number {
  let travel = 0;
  const points = current.length / 2;
  for (let i = 0; i < points; i++) {
    travel += Math.hypot(current[i * 2]! - previous[i * 2]!, current[i * 2 + 1]! - previous[i * 2 + 1]!);
  }
  return travel / points / (faceHeight || 1) / seconds;
}

/** One frame's reading as the figures use it, relative to the frame; `previous` is the last frame's, if it had a face. */
export function toBodyFace(
  reading: FaceReading,
  frame: { width: number; height: number },
  previous: FaceReading | null,
  secondsSincePrevious: number,
): BodyFace {
  const { box } = reading;
  const { yaw, pitch } = headTurn(reading.landmarks);
  return {
    x: clamp(((box.x + box.width / 2) / frame.width) * 2 - 1, -1, 1),
    y: clamp(((box.y + box.height / 2) / frame.height) * 2 - 1, -1, 1),
    size: clamp(box.height / frame.height, 0, 2),
    light: clamp(reading.light, 0, 1),
    yaw,
    pitch,
    smile: clamp(reading.smile, 0, 1),
    motion: previous ? landmarkMotion(previous.landmarks, reading.landmarks, box.height, secondsSincePrevious) : null,
  };
}
