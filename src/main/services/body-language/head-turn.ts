interface Point {
  x: number;
  y: number;
}

type Vector3 = [number, number, number];

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
 * A generic face in millimetres, camera-style axes (x right, y down, z away from the camera),
 * at the 68-point landmarks that sit on firm bone or cartilage: nose tip, chin, outer eye
 * corners, mouth corners. Proportions of an average adult face.
 */
export const GENERIC_FACE: readonly { landmark: number; at: Vector3 }[] = [
  { landmark: 30, at: [0, 0, 0] },
  { landmark: 8, at: [0, 330, 65] },
  { landmark: 36, at: [-225, -170, 135] },
  { landmark: 45, at: [225, -170, 135] },
  { landmark: 48, at: [-150, 150, 125] },
  { landmark: 54, at: [150, 150, 125] },
];

function solve3(m: number[][], v: Vector3): Vector3 {
  const det = (a: number[][]) =>
    a[0]![0]! * (a[1]![1]! * a[2]![2]! - a[1]![2]! * a[2]![1]!) -
    a[0]![1]! * (a[1]![0]! * a[2]![2]! - a[1]![2]! * a[2]![0]!) +
    a[0]![2]! * (a[1]![0]! * a[2]![1]! - a[1]![1]! * a[2]![0]!);
  const d = det(m) || 1;
  // Cramer's rule: a 3×3 system needs no more.
  return [0, 1, 2].map((k) => det(m.map((row, r) => row.map((cell, c) => (c === k ? v[r]! : cell)))) / d) as Vector3;
}

/**
 * Head pitch from the fit of the generic face to six landmarks under weak perspective (the face
 * is far from the lens against its depth): the least-squares linear map from the face's 3D
 * points to the image, whose second row, made unit, is the face's "down" axis as the camera
 * sees it. Its depth part is how far the face has nodded. Six points on the whole face read a
 * nod far more steadily than where the nose tip sits alone, which the landmark model moves
 * with the crop when a face looks down.
 */
export function headPitch(landmarks: readonly number[]): number {
  const n = GENERIC_FACE.length;
  const image = GENERIC_FACE.map(({ landmark }) => point(landmarks, landmark));
  const mean2 = { x: image.reduce((s, p) => s + p.x, 0) / n, y: image.reduce((s, p) => s + p.y, 0) / n };
  const mean3 = [0, 1, 2].map((k) => GENERIC_FACE.reduce((s, f) => s + f.at[k]!, 0) / n);
  const spread = [0, 1, 2].map(() => [0, 0, 0]);
  const towardsX: Vector3 = [0, 0, 0];
  const towardsY: Vector3 = [0, 0, 0];
  GENERIC_FACE.forEach(({ at }, i) => {
    const p = at.map((v, k) => v - mean3[k]!);
    const x = image[i]!.x - mean2.x;
    const y = image[i]!.y - mean2.y;
    for (let r = 0; r < 3; r++) {
      for (let c = 0; c < 3; c++) spread[r]![c]! += p[r]! * p[c]!;
      towardsX[r]! += x * p[r]!;
      towardsY[r]! += y * p[r]!;
    }
  });
  const right = solve3(spread, towardsX);
  let down = solve3(spread, towardsY);
  // Gram–Schmidt: the two rows of a rotation are at right angles; the fit's noise is not.
  const rightLength = Math.hypot(...right) || 1;
  const r = right.map((v) => v / rightLength);
  const along = down.reduce((s, v, k) => s + v * r[k]!, 0);
  down = down.map((v, k) => v - along * r[k]!) as Vector3;
  const downLength = Math.hypot(...down) || 1;
  return degrees(-down[2] / downLength);
}

/**
 * Head yaw and pitch from 2D landmarks, in degrees, yaw + to the frame's right, pitch + down.
 * Yaw: the face turned upright by the eye line (so a tilted head is not a turned one), how far
 * the nose tip swings aside of the nose bridge against the distance between the eyes (the tip
 * stands about half that in front of the bridge). Pitch: `headPitch`. A coarse estimate of
 * where the head points, not a gaze tracker: the 68 landmarks do not place the irises.
 */
export function headTurn(landmarks: readonly number[]): { yaw: number; pitch: number } {
  const leftEye = centroid(landmarks, 36, 41);
  const rightEye = centroid(landmarks, 42, 47);
  const roll = Math.atan2(rightEye.y - leftEye.y, rightEye.x - leftEye.x);
  const cos = Math.cos(-roll);
  const sin = Math.sin(-roll);
  const uprightX = (p: Point) => (p.x - leftEye.x) * cos - (p.y - leftEye.y) * sin;
  const eyeGap = Math.hypot(rightEye.x - leftEye.x, rightEye.y - leftEye.y) || 1;
  const swing = uprightX(point(landmarks, 30)) - uprightX(point(landmarks, 27));
  return { yaw: degrees((2 * swing) / eyeGap), pitch: headPitch(landmarks) };
}
