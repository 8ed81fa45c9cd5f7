/** The head-turn estimate against landmarks drawn from the generic face at a known pose. */
import { describe, expect, it } from 'vitest';
import { GENERIC_FACE, headPitch, headTurn } from '../../src/main/services/body-language/head-turn';

/**
 * 68 landmarks of the generic face nodded `pitch` degrees (down +) and rolled `roll` degrees in
 * the image, seen under weak perspective: the six fitted points where the face puts them, the
 * eye points on their corners and the nose bridge above the tip (a frontal face).
 */
function landmarksAt(pitch: number, roll = 0, scale = 0.4, at = { x: 240, y: 130 }): number[] {
  const p = (pitch * Math.PI) / 180;
  const r = (roll * Math.PI) / 180;
  const project = ([x, y, z]: readonly number[]) => {
    const down = y! * Math.cos(p) - z! * Math.sin(p);
    return [at.x + scale * (x! * Math.cos(r) - down * Math.sin(r)), at.y + scale * (x! * Math.sin(r) + down * Math.cos(r))] as const;
  };
  const landmarks = new Array<number>(136).fill(0);
  const put = (i: number, xy: readonly [number, number]) => ([landmarks[i * 2], landmarks[i * 2 + 1]] = xy);
  for (const { landmark, at: point } of GENERIC_FACE) put(landmark, project(point));
  for (let i = 36; i <= 41; i++) put(i, project(GENERIC_FACE[2]!.at));
  for (let i = 42; i <= 47; i++) put(i, project(GENERIC_FACE[3]!.at));
  put(27, project([0, -170, 60]));
  return landmarks;
}

describe('head turn from landmarks', () => {
  it.each([-30, -10, 0, 15, 35, 50])('reads a nod of %i° within a degree', (pitch) => {
    expect(Math.abs(headPitch(landmarksAt(pitch)) - pitch)).toBeLessThan(1);
  });

  it('reads the nod whatever the face size and place in the frame', () => {
    expect(headPitch(landmarksAt(35, 0, 0.15, { x: 40, y: 200 }))).toBeCloseTo(35, 0);
  });

  it('does not take a tilted head for a turned or nodding one', () => {
    const { yaw, pitch } = headTurn(landmarksAt(0, 25));
    expect(Math.abs(yaw)).toBeLessThan(1);
    expect(Math.abs(pitch)).toBeLessThan(1);
  });
});
