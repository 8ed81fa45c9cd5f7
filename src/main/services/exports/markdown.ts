import type { Attempt } from '../../../shared/attempts';
import { FOCUS_VERDICT_LABELS, type CheckInItem } from '../../../shared/focus';
import { NOTE_CATEGORY_LABELS, RATING_CRITERIA, RATING_LABELS, STAR_LABELS, type Review, type StarSection } from '../../../shared/review';
import { summariseSections } from '../../../shared/star-sections';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const clock = (ms: number) => {
  const s = Math.floor(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};
const percent = (share: number) => `${Math.round(share * 100)}%`;

/** Markdown's own characters in a person's text, so a note cannot become a heading or a link. */
const escapeLine = (text: string) => text.replace(/([\\`*_{}[\]()#+\-.!|<>])/g, '\\$1');
/** One line, for a list item or a heading. */
const escape = (text: string) => escapeLine(text.replace(/\s*\r?\n\s*/g, ' '));

/** Which STAR section a moment falls in: the latest mark at or before it. */
function sectionAt(review: Review, ms: number): StarSection | null {
  let found: StarSection | null = null;
  let at = -1;
  for (const mark of review.sections) if (mark.startMs <= ms && mark.startMs > at) [found, at] = [mark.section, mark.startMs];
  return found;
}

function figures(attempt: Attempt, review: Review): string[] {
  const lines = [`- Length: ${clock(attempt.durationMs ?? 0)} (target ${clock(attempt.targetSeconds * 1000)})`];
  const m = review.metrics;
  if (m) {
    lines.push(`- Speaking: ${seconds(m.speakingMs)}`);
    lines.push(`- Pauses over 1 s: ${m.pausesOver1s}; over 2 s: ${m.pausesOver2s}; longest ${seconds(m.longestPauseMs)}`);
    if (m.timeToFirstWordMs !== null) lines.push(`- First word after ${seconds(m.timeToFirstWordMs)}`);
  }
  return lines;
}

/** One attempt as a summary to read or send: question, date, figures, STAR shares, notes by section, ratings, reflection. */
export function attemptMarkdown(review: Review, checkIns: readonly CheckInItem[] = []): string {
  const { attempt } = review;
  const out = [`# ${escape(attempt.promptText)}`, '', `Answered ${attempt.startedAt.slice(0, 10)}.`, '', '## Figures', '', ...figures(attempt, review)];

  const summary = summariseSections(review.sections, attempt.durationMs ?? 0);
  out.push('', '## STAR shares', '');
  if (summary.stats.length === 0) out.push('No sections marked.');
  for (const s of summary.stats) {
    out.push(`- ${STAR_LABELS[s.section]}: ${percent(s.share)} from ${clock(s.startMs)} (aim ${percent(s.aim.min)}–${percent(s.aim.max)})`);
  }

  out.push('', '## Notes', '');
  if (review.notes.length === 0) out.push('No notes.');
  const groups = new Map<string, string[]>();
  for (const note of review.notes) {
    const section = sectionAt(review, note.startMs);
    const heading = section ? STAR_LABELS[section] : 'Before the first mark';
    const range = note.endMs === null ? clock(note.startMs) : `${clock(note.startMs)}–${clock(note.endMs)}`;
    const who = note.mentor ? ` (from ${escape(note.mentor)})` : '';
    const list = groups.get(heading) ?? [];
    list.push(`- ${range} ${NOTE_CATEGORY_LABELS[note.category]}${who}: ${escape(note.text)}`);
    groups.set(heading, list);
  }
  for (const [heading, lines] of groups) out.push(`### ${heading}`, '', ...lines, '');

  out.push('## Ratings', '');
  const rated = RATING_CRITERIA.filter((c) => review.ratings[c] !== undefined);
  if (rated.length === 0) out.push('Not rated.');
  for (const c of rated) out.push(`- ${RATING_LABELS[c]}: ${review.ratings[c]}/5`);

  if (checkIns.length > 0) {
    out.push('', '## Focus points', '');
    for (const { point, checkIn } of checkIns) {
      out.push(`- ${escape(point.text)}: ${checkIn ? FOCUS_VERDICT_LABELS[checkIn.verdict] : 'not checked in'}`);
    }
  }

  out.push('', '## Reflection', '', review.reflection.trim() === '' ? 'None written.' : review.reflection.trim().split(/\r?\n/).map(escapeLine).join('\n'));
  return out.join('\n').replace(/\n{3,}/g, '\n\n') + '\n';
}
