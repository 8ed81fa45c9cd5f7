import type { BodySummary } from '../../../shared/body-language';
import { movementLevel, type BodyFigures, type MovementLevel, type Stretch } from '../../../shared/body-language-figures';
import type { SectionMark, StarSection } from '../../../shared/review';
import { summariseSections } from '../../../shared/star-sections';
import { formatNoteTime } from './time';

/** How the review page words body-language figures, and what the lane under the waveform marks. */

export type FramingIssue = 'off-centre' | 'too-small' | 'too-large' | 'too-dark';

export const FRAMING_WORDS: Record<FramingIssue, { label: string; advice: string }> = {
  'off-centre': { label: 'Off-centre', advice: 'Move the camera or your seat so your face sits in the middle.' },
  'too-small': { label: 'Too small', advice: 'Sit closer: frame your head and shoulders.' },
  'too-large': { label: 'Too large', advice: 'Sit back a little: your whole head should fit with room above it.' },
  'too-dark': { label: 'Too dark', advice: 'Face a window or a lamp; light behind you darkens your face.' },
};

export const MOVEMENT_WORDS: Record<MovementLevel, string> = {
  steady: 'Steady',
  moving: 'Moving',
  restless: 'Restless',
};

/** Each framing fault with the stretches it was seen in, worst (longest) first; empty when framed well. */
export function framingIssues(figures: BodyFigures): { issue: FramingIssue; stretches: Stretch[]; totalMs: number }[] {
  const all: [FramingIssue, Stretch[]][] = [
    ['off-centre', figures.offCentre],
    ['too-small', figures.tooSmall],
    ['too-large', figures.tooLarge],
    ['too-dark', figures.tooDark],
  ];
  return all
    .filter(([, stretches]) => stretches.length > 0)
    .map(([issue, stretches]) => ({ issue, stretches, totalMs: totalOf(stretches) }))
    .sort((a, b) => b.totalMs - a.totalMs);
}

export const totalOf = (stretches: readonly Stretch[]): number => stretches.reduce((sum, s) => sum + (s.endMs - s.startMs), 0);

/** "0:12–0:18" for a stretch, as a note's time reads. */
export const formatStretch = (s: Stretch): string => formatNoteTime(s.startMs, s.endMs);

/** "62%"; a dash when there is nothing to measure it on. */
export const formatPercent = (share: number | null): string => (share === null ? '—' : `${Math.round(share * 100)}%`);

/** The marked STAR sections as ranges of the answer, in time order. */
export function sectionRanges(sections: readonly SectionMark[], durationMs: number): { section: StarSection; startMs: number; endMs: number }[] {
  return summariseSections(sections, durationMs)
    .stats.filter((s) => s.lengthMs > 0)
    .map((s) => ({ section: s.section, startMs: s.startMs, endMs: s.startMs + s.lengthMs }));
}

export type LaneKind = 'away' | 'no-face';

/** What the lane under the waveform marks: looking away and no face, in time order. */
export function laneStretches(figures: BodyFigures): { kind: LaneKind; stretch: Stretch }[] {
  return [
    ...figures.lookingAway.map((stretch) => ({ kind: 'away' as const, stretch })),
    ...figures.noFace.map((stretch) => ({ kind: 'no-face' as const, stretch })),
  ].sort((a, b) => a.stretch.startMs - b.stretch.startMs);
}

export type MomentKind = 'no-face' | FramingIssue | 'away' | 'smile' | 'restless';

export const MOMENT_LABELS: Record<MomentKind, string> = {
  'no-face': 'No face',
  'off-centre': 'Off-centre',
  'too-small': 'Too small',
  'too-large': 'Too large',
  'too-dark': 'Too dark',
  away: 'Looking away',
  smile: 'Smiling',
  restless: 'Restless',
};

/** The stretches behind each figure, in the panel's order; kinds with none are left out. */
export function momentGroups(figures: BodyFigures): { kind: MomentKind; stretches: Stretch[] }[] {
  const all: [MomentKind, Stretch[]][] = [
    ['no-face', figures.noFace],
    ['off-centre', figures.offCentre],
    ['too-small', figures.tooSmall],
    ['too-large', figures.tooLarge],
    ['too-dark', figures.tooDark],
    ['away', figures.lookingAway],
    ['smile', figures.smiles],
    ['restless', figures.restless],
  ];
  return all.filter(([, stretches]) => stretches.length > 0).map(([kind, stretches]) => ({ kind, stretches }));
}

/** The framing in a word: "Good", or the fault seen for longest. */
export function framingWord(figures: BodyFigures): string {
  const worst = framingIssues(figures)[0];
  return worst ? FRAMING_WORDS[worst.issue].label : 'Good';
}

/** An answer's body language on one line: "92% in frame · 80% facing the camera (estimate) · steady". */
export function bodyLine(body: BodySummary): string {
  const parts = [`${formatPercent(body.faceShare)} in frame`];
  if (body.lookingShare !== null) parts.push(`${formatPercent(body.lookingShare)} facing the camera (estimate)`);
  if (body.movement !== null) parts.push(MOVEMENT_WORDS[movementLevel(body.movement)].toLowerCase());
  return parts.join(' · ');
}

/** Below these shares an answer's summary flags it. */
const SUMMARY_FLAGS = { inFrame: 0.9, framed: 0.8, facing: 0.7 } as const;

/** What is worth a look in an answer's summary, in words; empty when nothing is. */
export function bodyFlags(body: BodySummary): string[] {
  const flags: string[] = [];
  if (body.faceShare === 0) return ['No face found'];
  if (body.faceShare < SUMMARY_FLAGS.inFrame) flags.push('Out of frame at times');
  if (body.framedShare !== null && body.framedShare < SUMMARY_FLAGS.framed) flags.push('Framing');
  if (body.lookingShare !== null && body.lookingShare < SUMMARY_FLAGS.facing) flags.push('Looking away');
  if (body.movement !== null && movementLevel(body.movement) === 'restless') flags.push('Restless');
  return flags;
}
