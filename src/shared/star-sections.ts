import { ANSWER_GUIDANCE, STAR_SECTIONS, type SectionMark, type StarSection } from './review';

export type Band = 'short' | 'ok' | 'long';

export interface SectionStat {
  section: StarSection;
  startMs: number;
  /** From this mark to the next mark in time order, or to the end of the recording. */
  lengthMs: number;
  /** Share of the whole recording, 0..1. */
  share: number;
  aim: { min: number; max: number };
  band: Band;
}

export interface SectionSummary {
  /** Marked sections in time order. */
  stats: SectionStat[];
  /** Sections not marked yet, in STAR order. */
  missing: StarSection[];
  /** Time before the first mark (thinking, or a slow start); 0 when nothing is marked. */
  leadInMs: number;
  totalMs: number;
  totalBand: Band;
  /** True when the marks are not in Situation → Task → Action → Result order. */
  outOfOrder: boolean;
}

function band(value: number, aim: { min: number; max: number }): Band {
  return value < aim.min ? 'short' : value > aim.max ? 'long' : 'ok';
}

/**
 * Lengths and shares of the STAR sections. Nothing is guessed: a section exists only where
 * the user marked it, and runs until the next mark or the end of the answer.
 */
export function summariseSections(marks: readonly SectionMark[], durationMs: number): SectionSummary {
  const total = Math.max(0, durationMs);
  const latest = new Map<StarSection, number>();
  for (const mark of marks) latest.set(mark.section, Math.min(Math.max(0, mark.startMs), total));
  const ordered = [...latest.entries()]
    .map(([section, startMs]) => ({ section, startMs }))
    .sort((a, b) => a.startMs - b.startMs || STAR_SECTIONS.indexOf(a.section) - STAR_SECTIONS.indexOf(b.section));
  const stats = ordered.map((mark, i): SectionStat => {
    const end = ordered[i + 1]?.startMs ?? total;
    const lengthMs = Math.max(0, end - mark.startMs);
    const share = total > 0 ? lengthMs / total : 0;
    const aim = ANSWER_GUIDANCE.share[mark.section];
    return { section: mark.section, startMs: mark.startMs, lengthMs, share, aim, band: band(share, aim) };
  });
  const order = ordered.map((m) => STAR_SECTIONS.indexOf(m.section));
  return {
    stats,
    missing: STAR_SECTIONS.filter((s) => !latest.has(s)),
    leadInMs: ordered[0]?.startMs ?? 0,
    totalMs: total,
    totalBand: band(total, ANSWER_GUIDANCE.totalMs),
    outOfOrder: order.some((value, i) => i > 0 && value < order[i - 1]!),
  };
}
