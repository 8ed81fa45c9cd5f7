import { describe, expect, it } from 'vitest';
import type { BodyLanguage, BodySummary } from '../../src/shared/body-language';
import type { DeliveryFigures } from '../../src/shared/delivery';
import { withBody } from '../../src/renderer/lib/compare/body';
import { deliveryFlags, judgePace, lanePaths } from '../../src/renderer/lib/review/delivery';
import type { SpeechMetrics } from '../../src/shared/review';
import { compareFigures, judgeBand, tally, type AttemptFigures, type ChangeRow } from '../../src/renderer/lib/compare/changes';
import { formatDiff, formatOffset, formatValue } from '../../src/renderer/lib/compare/format';

const metrics = (over: Partial<SpeechMetrics> = {}): SpeechMetrics => ({
  speakingMs: 60_000,
  pausesOver1s: 4,
  pausesOver2s: 2,
  longestPauseMs: 3200,
  timeToFirstWordMs: 1800,
  pauses: [],
  ...over,
});

const figures = (over: Partial<AttemptFigures> = {}): AttemptFigures => ({
  durationMs: 100_000,
  metrics: metrics(),
  sections: [],
  ratings: {},
  delivery: null,
  body: null,
  ...over,
});

const delivery = (over: Partial<DeliveryFigures> = {}): DeliveryFigures => ({
  syllables: 300,
  speakingMs: 90_000,
  spanMs: 100_000,
  syllablesPerMinute: 225,
  articulationPerMinute: 250,
  wordsPerMinute: 150,
  pitch: { medianHz: 120, rangeSemitones: 6, variationSemitones: 2.3 },
  flatStretches: [],
  level: { speechDbfs: -22, spreadDb: 4 },
  tooQuiet: false,
  trailingOff: [],
  clipping: [],
  ...over,
});

const find = (rows: ChangeRow[], id: string): ChangeRow => {
  const row = rows.find((r) => r.id === id);
  if (!row) throw new Error(`no row ${id}`);
  return row;
};

describe('judging against a guidance band', () => {
  const band = { min: 90_000, max: 120_000 };
  it('calls moving into the band better and out of it worse, whichever way', () => {
    expect(judgeBand(60_000, 100_000, band, 500, 'x').verdict).toBe('better');
    expect(judgeBand(150_000, 110_000, band, 500, 'x').verdict).toBe('better');
    expect(judgeBand(100_000, 80_000, band, 500, 'x').verdict).toBe('worse');
    expect(judgeBand(100_000, 130_000, band, 500, 'x').verdict).toBe('worse');
  });

  it('calls moving closer better and further worse, even when shorter', () => {
    expect(judgeBand(60_000, 80_000, band, 500, 'x')).toEqual({ verdict: 'better', reason: 'Closer to the x aim' });
    expect(judgeBand(80_000, 60_000, band, 500, 'x')).toEqual({ verdict: 'worse', reason: 'Further short of the x aim' });
    expect(judgeBand(130_000, 150_000, band, 500, 'x')).toEqual({ verdict: 'worse', reason: 'Further over the x aim' });
    // Overshooting from far short to a little over is still closer.
    expect(judgeBand(30_000, 125_000, band, 500, 'x').verdict).toBe('better');
  });

  it('treats moves within the band, or within the tolerance, as the same', () => {
    expect(judgeBand(95_000, 118_000, band, 500, 'x').verdict).toBe('same');
    expect(judgeBand(60_000, 60_300, band, 500, 'x').verdict).toBe('same');
  });
});

describe('the table of changes', () => {
  it('judges duration against 90–120 s, not by shortness', () => {
    const rows = compareFigures(figures({ durationMs: 150_000 }), figures({ durationMs: 110_000 }));
    const duration = find(rows, 'duration');
    expect(duration).toMatchObject({ before: 150_000, after: 110_000, diff: -40_000, verdict: 'better' });
    expect(duration.reason).toBe('Now inside the 1:30–2:00 aim');
    const shorter = find(compareFigures(figures({ durationMs: 95_000 }), figures({ durationMs: 70_000 })), 'duration');
    expect(shorter.verdict).toBe('worse');
  });

  it('shows speaking time with its share but does not judge it', () => {
    const row = find(compareFigures(figures(), figures({ metrics: metrics({ speakingMs: 80_000 }) })), 'speaking');
    expect(row).toMatchObject({ verdict: 'info', diff: 20_000, beforeNote: '60% of the answer', afterNote: '80% of the answer' });
  });

  it('calls fewer and shorter long pauses and a quicker first word better', () => {
    const rows = compareFigures(
      figures(),
      figures({ metrics: metrics({ pausesOver1s: 1, pausesOver2s: 3, longestPauseMs: 1200, timeToFirstWordMs: 1850 }) }),
    );
    expect(find(rows, 'pauses-1s')).toMatchObject({ diff: -3, verdict: 'better', reason: '3 pauses fewer' });
    expect(find(rows, 'pauses-2s')).toMatchObject({ diff: 1, verdict: 'worse', reason: '1 pause more' });
    expect(find(rows, 'longest-pause')).toMatchObject({ verdict: 'better', reason: 'Shorter' });
    // 50 ms is noise.
    expect(find(rows, 'first-word')).toMatchObject({ verdict: 'same' });
    const later = compareFigures(figures(), figures({ metrics: metrics({ timeToFirstWordMs: 4000 }) }));
    expect(find(later, 'first-word')).toMatchObject({ verdict: 'worse', reason: 'Started later' });
  });

  it('says which side lacks speech figures instead of guessing', () => {
    const rows = compareFigures(figures({ metrics: null }), figures());
    expect(find(rows, 'pauses-1s')).toMatchObject({ verdict: 'unknown', diff: null, reason: 'No speech figures in Before' });
    const silent = compareFigures(figures(), figures({ metrics: metrics({ timeToFirstWordMs: null }) }));
    expect(find(silent, 'first-word').reason).toBe('No speech detected in After');
  });

  it('judges each section by its share moving toward its aim', () => {
    // Before: Action is 20% of 100 s; after: 45% of 100 s.
    const before = figures({
      sections: [
        { section: 'situation', startMs: 0 },
        { section: 'task', startMs: 30_000 },
        { section: 'action', startMs: 50_000 },
        { section: 'result', startMs: 70_000 },
      ],
    });
    const after = figures({
      sections: [
        { section: 'situation', startMs: 0 },
        { section: 'action', startMs: 25_000 },
        { section: 'result', startMs: 70_000 },
      ],
    });
    const rows = compareFigures(before, after);
    expect(find(rows, 'section-action')).toMatchObject({
      before: 20_000,
      after: 45_000,
      beforeNote: '20% of the answer',
      afterNote: '45% of the answer',
      verdict: 'better',
      reason: 'Now inside the 40–60% share aim',
    });
    expect(find(rows, 'section-situation')).toMatchObject({ verdict: 'better', reason: 'Closer to the 10–20% share aim' });
    expect(find(rows, 'section-task')).toMatchObject({ verdict: 'unknown', reason: 'No Task mark in After' });
    expect(find(rows, 'section-result')).toMatchObject({ verdict: 'same' });
  });

  it('calls a higher rating better and says which side is unrated', () => {
    const rows = compareFigures(figures({ ratings: { clarity: 2, impact: 4 } }), figures({ ratings: { clarity: 4, impact: 3, delivery: 3 } }));
    expect(find(rows, 'rating-clarity')).toMatchObject({ diff: 2, verdict: 'better' });
    expect(find(rows, 'rating-impact')).toMatchObject({ diff: -1, verdict: 'worse' });
    expect(find(rows, 'rating-delivery')).toMatchObject({ verdict: 'unknown', reason: 'No rating in Before' });
    expect(find(rows, 'rating-structure').reason).toBe('No rating on either');
    expect(tally(rows).better).toBeGreaterThan(0);
  });
});

describe('delivery rows', () => {
  it('judge pace against the band: faster is not better', () => {
    const rows = compareFigures(figures({ delivery: delivery({ wordsPerMinute: 150 }) }), figures({ delivery: delivery({ wordsPerMinute: 190 }) }));
    expect(find(rows, 'pace')).toMatchObject({ verdict: 'worse', reason: 'Moved outside the 140–160 wpm aim', diff: 40 });
    const slower = compareFigures(figures({ delivery: delivery({ wordsPerMinute: 190 }) }), figures({ delivery: delivery({ wordsPerMinute: 155 }) }));
    expect(find(slower, 'pace').verdict).toBe('better');
  });

  it('judge pitch range against the flat threshold only, and count flat stretches and trailing off', () => {
    const flat = delivery({ pitch: { medianHz: 110, rangeSemitones: 1.5, variationSemitones: 0.5 }, flatStretches: [{ startMs: 0, endMs: 12_000 }] });
    const lively = delivery({ pitch: { medianHz: 110, rangeSemitones: 9, variationSemitones: 3 }, trailingOff: [{ startMs: 5000, endMs: 6000, dropDb: 8 }] });
    const rows = compareFigures(figures({ delivery: flat }), figures({ delivery: lively }));
    expect(find(rows, 'pitch-range').verdict).toBe('better');
    expect(find(rows, 'flat')).toMatchObject({ verdict: 'better', reason: '1 fewer flat stretches' });
    expect(find(rows, 'trailing').verdict).toBe('worse');
    const livelier = compareFigures(figures({ delivery: lively }), figures({ delivery: delivery({ pitch: { medianHz: 110, rangeSemitones: 12, variationSemitones: 4 } }) }));
    expect(find(livelier, 'pitch-range').verdict).toBe('same');
  });

  it('say when an attempt has no delivery figures yet', () => {
    const rows = compareFigures(figures(), figures({ delivery: delivery() }));
    expect(find(rows, 'pace')).toMatchObject({ verdict: 'unknown', reason: 'No pace in Before' });
    expect(formatValue('wpm', 148.6)).toBe('~149');
    expect(formatValue('dbfs', -22.4)).toBe('−22 dBFS');
    expect(formatDiff('semitones', -1.25)).toBe('−1.3 st');
  });
});

describe('review delivery helpers', () => {
  it('word the pace against the band and draw the lane with gaps where the voice is unvoiced', () => {
    expect(judgePace(120).judgement).toBe('slow');
    expect(judgePace(139.6).judgement).toBe('in-band');
    expect(judgePace(150)).toEqual({ judgement: 'in-band', words: 'Inside the 140–160 band' });
    expect(judgePace(200).judgement).toBe('fast');
    const paths = lanePaths({ frameMs: 100, pitchSemitones: [0, 1, null, -1], levelDbfs: [-20, -30, -100, -25] });
    expect(paths.pitch.match(/M/g)).toHaveLength(2);
    expect(paths.level.startsWith('M0 100')).toBe(true);
    expect(deliveryFlags(delivery({ wordsPerMinute: 190, tooQuiet: true }))).toEqual(['Faster than the 140–160 band', 'Too quiet']);
  });
});

describe('compare formatting', () => {
  it('writes values, signed differences and offsets', () => {
    // Lengths read the same whatever the row: no "0:08.4" beside "2.3 s".
    expect(formatValue('clock', 8_430)).toBe('8.4 s');
    expect(formatValue('span', 8_430)).toBe('8.4 s');
    expect(formatValue('score', 4)).toBe('4 / 5');
    expect(formatValue('span', null)).toBe('—');
    expect(formatDiff('span', -1200)).toBe('−1.2 s');
    expect(formatDiff('clock', 12_000)).toBe('+12.0 s');
    expect(formatDiff('count', 2)).toBe('+2');
    expect(formatDiff('count', 0)).toBe('±0');
    expect(formatOffset(-1000)).toBe('−1.0 s');
    expect(formatOffset(250)).toBe('+0.3 s');
    expect(formatOffset(-20)).toBe('0.0 s');
  });
});

describe('body-language rows', () => {
  const body = (over: Partial<BodySummary> = {}): BodySummary => ({
    faceShare: 0.9,
    framedShare: 0.8,
    lookingShare: 0.7,
    smileShare: 0.2,
    movement: 0.05,
    ...over,
  });
  const bodyRow = (rows: ChangeRow[], id: string) => rows.find((r) => r.group === 'body' && r.id === id)!;

  it('leaves the group out when neither answer was measured, and says which one was not', () => {
    expect(compareFigures(figures(), figures()).filter((r) => r.group === 'body')).toEqual([]);
    const one = compareFigures(figures({ body: body() }), figures());
    expect(bodyRow(one, 'body-face')).toMatchObject({ verdict: 'unknown', reason: 'No body-language figures in After' });
  });

  it('judges more in frame, better framed and facing the camera as better, within 3 points as the same', () => {
    const rows = compareFigures(figures({ body: body() }), figures({ body: body({ faceShare: 1, framedShare: 0.6, lookingShare: 0.72 }) }));
    expect(bodyRow(rows, 'body-face')).toMatchObject({ verdict: 'better', before: 0.9, after: 1 });
    expect(bodyRow(rows, 'body-framed').verdict).toBe('worse');
    expect(bodyRow(rows, 'body-looking').verdict).toBe('same');
    // Smiling is shown, never judged.
    expect(bodyRow(rows, 'body-smile').verdict).toBe('info');
  });

  it('judges head movement by its level, not by hundredths', () => {
    const calmer = compareFigures(figures({ body: body({ movement: 0.4 }) }), figures({ body: body({ movement: 0.1 }) }));
    expect(bodyRow(calmer, 'body-movement')).toMatchObject({ verdict: 'better', reason: 'Restless → moving' });
    const same = compareFigures(figures({ body: body({ movement: 0.02 }) }), figures({ body: body({ movement: 0.07 }) }));
    expect(bodyRow(same, 'body-movement')).toMatchObject({ verdict: 'same', reason: 'Both steady' });
  });

  it('writes shares as percentages and their change in points', () => {
    expect(formatValue('percent', 0.874)).toBe('87%');
    expect(formatDiff('percent', -0.05)).toBe('−5 pts');
    expect(formatValue('movement', 0.05)).toBe('Steady (0.05/s)');
    expect(formatDiff('movement', -0.001)).toBe('±0.00/s');
    expect(formatDiff('movement', 0.12)).toBe('+0.12/s');
  });

  it('takes a finished analysis into the side it is about, and ignores one about neither', () => {
    const done: BodyLanguage = {
      attemptId: 7,
      status: 'done',
      progress: 1,
      error: null,
      sampleMs: 333,
      samples: [0, 333, 667].map((ms) => ({ ms, face: { x: 0, y: 0, size: 0.35, light: 0.5, yaw: 0, pitch: 0, smile: 0, motion: 0.01 } })),
    };
    const bodies = withBody([null, null], [3, 7], done);
    expect(bodies[0]).toBeNull();
    expect(bodies[1]).toMatchObject({ faceShare: 1, framedShare: 1, lookingShare: 1, smileShare: 0 });
    const unchanged: readonly [null, null] = [null, null];
    expect(withBody(unchanged, [3, 4], done)).toBe(unchanged);
  });
});
