import type { BodyFace } from '../../../shared/body-language';

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

interface Point {
  x: number;
  y: number;
}

const point = (landmarks: readonly number[], i: number): Point => ({ x: landmarks[i * 2]!, y: landmarks[i * 2 + 1]! });
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
const degrees = (sine: number) => (Math.asin(clamp(sine, -1, 1)) * 180) / Math.PI;

function centroid(landmarks: readonly number[], from: number, to: number): Point {
  let x = 0;
  let y = 0;
  for (let i = from; i <= to; i++) {
    x += landmarks[i * 2]!;
    y += landmarks[i * 2 + 1]!;
  }
  const n = to - from + 1;
  return { x: x / n, y: y / n };
}

/**
 * Head yaw and pitch from 2D landmarks, in degrees. The face is first turned upright by the
 * eye line (so a tilted head is not a turned one). Yaw: how far the nose tip swings aside of
 * the nose bridge, against the distance between the eyes (the tip stands about half that in
 * front of the bridge, so the offset is half the sine of the turn). Pitch: where the nose tip
 * sits between the eye line and the chin, against 0.4 for a level head. A coarse estimate of
 * where the head points, not a gaze tracker: the 68 landmarks do not place the irises.
 */
export function headTurn(landmarks: readonly number[]): { yaw: number; pitch: number } {
  const leftEye = centroid(landmarks, 36, 41);
  const rightEye = centroid(landmarks, 42, 47);
  const roll = Math.atan2(rightEye.y - leftEye.y, rightEye.x - leftEye.x);
  const cos = Math.cos(-roll);
  const sin = Math.sin(-roll);
  const upright = (p: Point): Point => ({
    x: (p.x - leftEye.x) * cos - (p.y - leftEye.y) * sin,
    y: (p.x - leftEye.x) * sin + (p.y - leftEye.y) * cos,
  });
  const eyeGap = Math.hypot(rightEye.x - leftEye.x, rightEye.y - leftEye.y) || 1;
  const bridge = upright(point(landmarks, 27));
  const nose = upright(point(landmarks, 30));
  const chin = upright(point(landmarks, 8));
  const eyeLine = upright({ x: (leftEye.x + rightEye.x) / 2, y: (leftEye.y + rightEye.y) / 2 }).y;
  const down = (nose.y - eyeLine) / (chin.y - eyeLine || 1);
  return { yaw: degrees((2 * (nose.x - bridge.x)) / eyeGap), pitch: degrees((down - 0.4) / 0.3) };
}

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
