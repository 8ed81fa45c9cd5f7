import { STAR_LABELS, type StarSection } from '../../../shared/review';

export { summariseSections, type Band, type SectionStat, type SectionSummary } from '../../../shared/star-sections';

const SECTION_KEYS: Record<StarSection, string> = { situation: 'S', task: 'T', action: 'A', result: 'R' };

export function sectionKey(section: StarSection): string {
  return SECTION_KEYS[section];
}

/** "No Result marked yet — press R where your result begins" */
export function missingHint(section: StarSection): string {
  const label = STAR_LABELS[section];
  return `No ${label} marked yet — press ${SECTION_KEYS[section]} where your ${label.toLowerCase()} begins`;
}

/** "40–60%" */
export function formatAim(aim: { min: number; max: number }): string {
  return `${Math.round(aim.min * 100)}–${Math.round(aim.max * 100)}%`;
}

export function formatShare(share: number): string {
  return `${Math.round(share * 100)}%`;
}
