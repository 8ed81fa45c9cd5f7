import { COMPETENCY_LABELS } from '../../../shared/competencies';
import { FOCUS_LABELS, STAGE_ADVICE } from '../../../shared/journal-advice';
import { OUTCOME_LABELS, OUTCOMES, STAGE_LABELS, type Interview, type Patterns, type Win } from '../../../shared/journal';
import { GAP_LABELS } from '../../../shared/debrief';
import { recalledQuestions } from '../../../shared/recall';
import type { Challenge, Commitment } from '../../../shared/comeback';
import { comebackMarkdown, weeksMarkdown } from './comeback-markdown';
import { mdBlock, mdInline } from './markdown-text';
import type { ExportedPlan } from './plan';
import type { StoredWeek } from './week';

const yesNo = (value: boolean) => (value ? 'yes' : 'no');
const practiced = (n: number) => (n === 0 ? 'not practiced yet' : n === 1 ? 'practiced once' : `practiced ${n} times`);

function section(title: string, body: string): string[] {
  return body.trim() === '' ? [] : [`#### ${title}`, '', body, ''];
}

function interviewMarkdown(i: Interview, includeFeelings: boolean): string[] {
  const reflect = (
    [
      ['What went well', i.wentWell],
      ['Where I struggled', i.struggled],
      ['Kinds of gap', i.gapKinds.map((k) => GAP_LABELS[k]).join(', ')],
      ['How I felt', i.felt],
      ['One good thing', i.goodThing],
    ] as const
  )
    .filter(([, text]) => text.trim() !== '')
    .map(([label, text]) => `**${label}:** ${mdBlock(text)}`)
    .join('\n\n');
  return [
    `### ${mdInline(i.company)}: ${mdInline(i.role)}`,
    '',
    `- Date: ${i.date}`,
    `- Stage reached: ${STAGE_LABELS[i.stage]}`,
    `- Outcome: ${OUTCOME_LABELS[i.outcome]}`,
    ...(i.interviewer ? [`- Interviewer: ${mdInline(i.interviewer)}`] : []),
    `- Debriefed: ${yesNo(i.debriefedAt !== null)}`,
    ...(i.reflectionOn ? [`- Reflection booked for: ${i.reflectionOn}`] : []),
    ...(includeFeelings && i.feeling ? [`- How I feel now (private): ${mdInline(i.feeling)}`] : []),
    `- Thank-you note sent: ${yesNo(i.thankYouSent)}`,
    `- Feedback asked for: ${yesNo(i.feedbackRequested)}`,
    '',
    ...section('Recall: the questions they asked', recalledQuestions(i.recall).map((q) => `- ${mdInline(q)}`).join('\n')),
    ...section('Reflect', reflect),
    ...section('Refine: what to practice next', mdBlock(i.refine)),
    ...section('Next actions', mdBlock(i.nextActions)),
    ...section('Who I will tell', mdBlock(i.notify)),
    ...section('Plan for the next interview', mdBlock(i.nextPlan)),
    ...section('Feedback received', mdBlock(i.feedback)),
    ...section(
      'Practice questions made from it',
      i.questions
        .map((q) => `- ${mdInline(q.text)} (${COMPETENCY_LABELS[q.competency]}): ${practiced(q.practicedCount)}`)
        .join('\n'),
    ),
  ];
}

function patternsMarkdown(patterns: Patterns): string[] {
  const stages = patterns.byStage.filter((s) => s.total > 0);
  if (stages.length === 0) return [];
  const table = [
    `| Stage reached | ${OUTCOMES.map((o) => OUTCOME_LABELS[o]).join(' | ')} | Total |`,
    `| --- | ${OUTCOMES.map(() => '---:').join(' | ')} | ---: |`,
    ...stages.map((s) => `| ${STAGE_LABELS[s.stage]} | ${OUTCOMES.map((o) => s.outcomes[o]).join(' | ')} | ${s.total} |`),
  ];
  const cards = patterns.cards.flatMap((card) => [
    `### ${card.rejections} rejections at ${STAGE_LABELS[card.stage]}`,
    '',
    `${FOCUS_LABELS[card.focus]}. ${STAGE_ADVICE[card.stage].advice}`,
    '',
    ...card.competencies.map(
      (c) => `- ${COMPETENCY_LABELS[c.competency]}: ${c.questions.map((q) => mdInline(q.text)).join('; ')}`,
    ),
    ...(card.competencies.length > 0 ? [''] : []),
  ]);
  return ['## Patterns', '', ...table, '', ...cards];
}

export interface JournalContents {
  interviews: readonly Interview[];
  patterns: Patterns;
  wins: readonly Win[];
  weeks: readonly StoredWeek[];
  plans: readonly ExportedPlan[];
  commitments: readonly Commitment[];
  challenges: readonly Challenge[];
  /** The private feeling check-ins go in only when the person asks. */
  includeFeelings: boolean;
  /** The day of the export, yyyy-mm-dd. */
  exportedOn: string;
}

/** The whole journal as a Markdown document: interviews newest first, patterns, the plan, weeks, then wins. */
export function journalMarkdown(contents: JournalContents): string {
  const { interviews, patterns, wins, exportedOn, includeFeelings } = contents;
  const lines = [
    '# Comeback journal',
    '',
    `Exported from Retake on ${exportedOn}.`,
    '',
    '## Interviews',
    '',
    ...(interviews.length === 0 ? ['No interviews logged yet.', ''] : interviews.flatMap((i) => interviewMarkdown(i, includeFeelings))),
    ...patternsMarkdown(patterns),
    ...comebackMarkdown(contents),
    ...weeksMarkdown(contents.weeks),
    '## Wins',
    '',
    ...(wins.length === 0 ? ['No wins noted yet.'] : wins.map((w) => `- ${w.date}: ${mdInline(w.text)}`)),
  ];
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}
