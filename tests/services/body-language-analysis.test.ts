/**
 * The analysis against videos with a known truth: the face-api sample photographs, placed,
 * shrunk, darkened and shaken by ffmpeg (tests/support/body-language-video.ts).
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseBodyLanguage, SAMPLE_MS } from '../../src/main/services/body-language/analyse';
import type { BodySample } from '../../src/shared/body-language';
import { bodyFigures, type Stretch } from '../../src/shared/body-language-figures';
import { makeBodyLanguageVideo, type Shot, segmentTimes, STANDARD_SEGMENTS } from '../support/body-language-video';
import { makeTempDir } from '../support/services';

const TRUTH = segmentTimes(STANDARD_SEGMENTS);
const DURATION_MS = TRUTH.at(-1)!.endMs;
/** Each found stretch edge must be this close to the true one. */
const EDGE_MS = 500;

const truthOf = (shot: Shot): Stretch[] => TRUTH.filter((t) => t.shot === shot).map(({ startMs, endMs }) => ({ startMs, endMs }));

function expectStretches(found: Stretch[], truth: Stretch[]): void {
  expect(found, JSON.stringify(found)).toHaveLength(truth.length);
  found.forEach((stretch, i) => {
    expect(Math.abs(stretch.startMs - truth[i]!.startMs), `start of ${JSON.stringify(stretch)}`).toBeLessThanOrEqual(EDGE_MS);
    // A stretch that runs to the end stops at the last sample's half-interval, not beyond the file.
    expect(Math.abs(Math.min(stretch.endMs, DURATION_MS) - truth[i]!.endMs), `end of ${JSON.stringify(stretch)}`).toBeLessThanOrEqual(EDGE_MS);
  });
}

let dir: string;
let samples: BodySample[];
const progress: number[] = [];

beforeAll(async () => {
  dir = makeTempDir();
  const video = await makeBodyLanguageVideo(dir, STANDARD_SEGMENTS);
  samples = (await analyseBodyLanguage(video, { durationMs: DURATION_MS, onProgress: (p) => progress.push(p) }))!;
}, 600_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('body-language analysis of a generated video', { timeout: 120_000 }, () => {
  it('samples the whole video three times a second, reporting progress as it goes', () => {
    expect(samples.length).toBeGreaterThanOrEqual(Math.floor(DURATION_MS / SAMPLE_MS) - 1);
    expect(samples.at(-1)!.ms).toBeGreaterThan(DURATION_MS - 2 * SAMPLE_MS);
    expect(progress.length).toBeGreaterThan(10);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBeGreaterThan(0.95);
  });

  it('finds the face in frame for the share of the answer it is there, within 5 points', () => {
    const truth = 1 - truthOf('none').reduce((sum, s) => sum + s.endMs - s.startMs, 0) / DURATION_MS;
    expect(Math.abs(bodyFigures(samples, SAMPLE_MS).faceShare - truth)).toBeLessThanOrEqual(0.05);
  });

  it('finds the stretch with no face within half a second of its edges', () => {
    expectStretches(bodyFigures(samples, SAMPLE_MS).noFace, truthOf('none'));
  });

  it('finds the face near the left edge, and only there, as off-centre', () => {
    expectStretches(bodyFigures(samples, SAMPLE_MS).offCentre, truthOf('left'));
  });

  it('finds the small face as too far away', () => {
    expectStretches(bodyFigures(samples, SAMPLE_MS).tooSmall, truthOf('small'));
    expect(bodyFigures(samples, SAMPLE_MS).tooLarge).toEqual([]);
  });

  it('finds the darkened frame as too dark', () => {
    expectStretches(bodyFigures(samples, SAMPLE_MS).tooDark, truthOf('dark'));
  });

  it('orders the still face before the shaken one, and marks only the shaken one restless', () => {
    const [still, shaken] = [TRUTH[5]!, TRUTH[6]!];
    expect([still.shot, shaken.shot]).toEqual(['centred', 'shaken']);
    const stillFigures = bodyFigures(samples, SAMPLE_MS, still);
    const shakenFigures = bodyFigures(samples, SAMPLE_MS, shaken);
    expect(stillFigures.movement!).toBeLessThan(shakenFigures.movement!);
    expect(stillFigures.movementLevel).toBe('steady');
    expect(shakenFigures.movementLevel).toBe('restless');
    expectStretches(bodyFigures(samples, SAMPLE_MS).restless, truthOf('shaken'));
  });

  it('finds the smile on the smiling photo and not on the other', () => {
    const figures = bodyFigures(samples, SAMPLE_MS, TRUTH[0]);
    expect(figures.smileShare).toBeGreaterThan(0.9);
    expect(bodyFigures(samples, SAMPLE_MS, TRUTH[7]).smileShare).toBeLessThan(0.1);
  });

  it('flags the look-away photo, and not the faces looking into the lens, upright or tilted', () => {
    expectStretches(bodyFigures(samples, SAMPLE_MS).lookingAway, truthOf('away'));
    const tilted = TRUTH.find((t) => t.shot === 'tilted')!;
    expect(bodyFigures(samples, SAMPLE_MS, tilted).faceShare).toBe(1);
  });

  it('works the figures out per stretch of the answer, as for a STAR section', () => {
    const left = bodyFigures(samples, SAMPLE_MS, TRUTH[2]);
    expect(left.faceShare).toBe(1);
    expect(left.centreOffset!).toBeGreaterThan(0.6);
    expect(bodyFigures(samples, SAMPLE_MS, TRUTH[0]).centreOffset!).toBeLessThan(0.25);
    expect(bodyFigures(samples, SAMPLE_MS, TRUTH[1]).faceShare).toBe(0);
  });
});
