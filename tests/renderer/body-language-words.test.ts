import { describe, expect, it } from 'vitest';
import type { BodySample, BodySummary } from '../../src/shared/body-language';
import { bodyFigures } from '../../src/shared/body-language-figures';
import { bodyFlags, bodyLine, framingIssues, framingWord, laneStretches, momentGroups, sectionRanges } from '../../src/renderer/lib/review/body-language';

const face = (over: Partial<NonNullable<BodySample['face']>> = {}) => ({ x: 0, y: -0.1, size: 0.35, light: 0.5, yaw: 0, pitch: 0, smile: 0, motion: 0.02, ...over });
/** One sample every 333 ms, from a list of faces (null: none found). */
const samples = (faces: (ReturnType<typeof face> | null)[]): BodySample[] => faces.map((f, i) => ({ ms: i * 333, face: f }));

describe('body-language wording', () => {
  it('names the framing fault seen longest first, and "Good" when there is none', () => {
    const figures = bodyFigures(samples([face(), face({ x: 0.8 }), face({ x: 0.8 }), face({ x: 0.8 }), face({ light: 0.1 }), face({ light: 0.1 })]), 333);
    expect(framingIssues(figures).map((i) => i.issue)).toEqual(['off-centre', 'too-dark']);
    expect(framingWord(figures)).toBe('Off-centre');
    expect(framingWord(bodyFigures(samples([face(), face(), face()]), 333))).toBe('Good');
  });

  it('puts looking away and no face on the lane in time order, and groups every stretch by kind', () => {
    const figures = bodyFigures(samples([face({ yaw: 40 }), face({ yaw: 40 }), face(), null, null, face({ smile: 0.9 }), face({ smile: 0.9 })]), 333);
    expect(laneStretches(figures).map((m) => m.kind)).toEqual(['away', 'no-face']);
    expect(momentGroups(figures).map((g) => g.kind)).toEqual(['no-face', 'away', 'smile']);
  });

  it('turns STAR marks into ranges up to the next mark or the end', () => {
    expect(sectionRanges([{ section: 'action', startMs: 4000 }, { section: 'situation', startMs: 0 }], 10_000)).toEqual([
      { section: 'situation', startMs: 0, endMs: 4000 },
      { section: 'action', startMs: 4000, endMs: 10_000 },
    ]);
  });

  it('writes an answer’s summary on one line and flags what is worth a look', () => {
    const summary: BodySummary = { faceShare: 0.92, framedShare: 0.5, lookingShare: 0.64, smileShare: 0.1, movement: 0.4 };
    expect(bodyLine(summary)).toBe('92% in frame · 64% facing the camera (estimate) · restless');
    expect(bodyFlags(summary)).toEqual(['Framing', 'Looking away', 'Restless']);
    expect(bodyFlags({ ...summary, faceShare: 0, framedShare: null, lookingShare: null, movement: null })).toEqual(['No face found']);
    expect(bodyFlags({ faceShare: 1, framedShare: 1, lookingShare: 1, smileShare: 0, movement: 0.01 })).toEqual([]);
  });
});
