import { CHALLENGE_ACTION_LABELS, LEVER_LABELS, VERDICT_LABELS, type Challenge, type Commitment } from '../../../shared/comeback';
import { formatRate, formatRating } from '../../../shared/comeback-format';
import { STAGE_LABELS } from '../../../shared/journal';
import type { JournalContents } from './markdown';
import { mdBlock, mdInline } from './markdown-text';
import type { ExportedPlan } from './plan';
import type { StoredWeek } from './week';

function planMarkdown(p: ExportedPlan): string[] {
  const table = [
    '| Month | From | To | Applications | Interviews | Offers | Response rate | Practice answers | Average self-rating |',
    '| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...p.months.map(
      (m) =>
        `| ${m.month} | ${m.from} | ${m.to} | ${m.applications} | ${m.interviews} | ${m.offers} | ${formatRate(m.responseRate)} | ${m.practice} | ${formatRating(m.averageRating)} |`,
    ),
  ];
  const notes = p.months
    .filter((m) => m.changeNote.trim() !== '')
    .flatMap((m) => [`**What I will change in month ${m.month}:** ${mdBlock(m.changeNote)}`, '']);
  return [`### ${mdInline(p.targetRole)}, from ${p.startedOn}${p.ended ? ' (ended)' : ''}`, '', ...table, '', ...notes];
}

function leverMarkdown(c: Commitment): string[] {
  const status = c.verdict ? `Verdict: ${VERDICT_LABELS[c.verdict]}.` : c.verdictDue ? 'Verdict due.' : `${c.daysLeft} days left.`;
  return [
    `### ${LEVER_LABELS[c.lever].title} after rejections at ${STAGE_LABELS[c.stage]}`,
    '',
    `- Started: ${c.startedOn}, for ${c.days} days (verdict on ${c.dueOn})`,
    `- Target: ${mdInline(c.target)}`,
    `- ${status}`,
    ...(c.verdictNote ? [`- Verdict note: ${mdInline(c.verdictNote)}`] : []),
    ...c.actions.map((a) => `- Done ${a.date}: ${mdInline(a.text)}`),
    '',
  ];
}

function challengeMarkdown(c: Challenge): string[] {
  return [
    `### From ${c.startedOn}`,
    '',
    ...c.days.map((d) => {
      const action = d.action === 'own' ? mdInline(d.ownText) : d.action ? CHALLENGE_ACTION_LABELS[d.action] : 'nothing picked';
      const done = d.doneBy === 'hand' ? 'done' : d.doneBy === 'recording' ? 'done, by a recording' : 'not done';
      return `- Day ${d.day}, ${d.date}: ${action} (${done})`;
    }),
    '',
  ];
}

/** The 90-day plans with their months, the levers committed to and the ten-day challenges; nothing for what was never started. */
export function comebackMarkdown({ plans, commitments, challenges }: JournalContents): string[] {
  return [
    ...(plans.length > 0 ? ['## 90-day plan', '', ...plans.flatMap(planMarkdown)] : []),
    ...(commitments.length > 0 ? ['## Levers', '', ...commitments.flatMap(leverMarkdown)] : []),
    ...(challenges.length > 0 ? ['## Ten-day challenge', '', ...challenges.flatMap(challengeMarkdown)] : []),
  ];
}

export function weeksMarkdown(weeks: readonly StoredWeek[]): string[] {
  if (weeks.length === 0) return [];
  return [
    '## Weeks',
    '',
    '| Week starting | Practice goal | Applications goal | Applications sent | Outreach goal | Outreach done | Confidence |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...weeks.map(
      (w) =>
        `| ${w.weekStart} | ${w.goals.practice} | ${w.goals.applications} | ${w.applications} | ${w.goals.outreach} | ${w.outreach} | ${w.confidence ?? '–'} |`,
    ),
    '',
  ];
}
