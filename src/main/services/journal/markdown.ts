import { COMPETENCY_LABELS } from '../../../shared/competencies';
import { FOCUS_LABELS, STAGE_ADVICE } from '../../../shared/journal-advice';
import { OUTCOME_LABELS, OUTCOMES, STAGE_LABELS, type Interview, type Patterns, type Win } from '../../../shared/journal';
import { recalledQuestions } from '../../../shared/recall';
import type { StoredWeek } from './week';

/** Characters that start emphasis, code, links, HTML or table cells anywhere in a line. */
const INLINE_MARKUP = /[\\`*_[\]<>|]/g;

/**
 * One trimmed line of the person's own words as literal text: markup characters are
 * escaped, and a line that would open a heading, list, rule or fence is escaped at its
 * start, so nothing typed in a debrief can change the document's structure.
 */
function mdLine(text: string): string {
  return text
    .replace(INLINE_MARKUP, '\\$&')
    .replace(/^([#+=~-])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Multi-line text as one paragraph that keeps its line breaks (a trailing backslash is a hard break). */
function mdBlock(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map(mdLine)
    .join('\\\n');
}

/** For headings, list items and table cells, which are one line. */
const mdInline = (text: string) => mdLine(text.replace(/\s+/g, ' ').trim());

const yesNo = (value: boolean) => (value ? 'yes' : 'no');
const practiced = (n: number) => (n === 0 ? 'not practiced yet' : n === 1 ? 'practiced once' : `practiced ${n} times`);

function section(title: string, body: string): string[] {
  return body.trim() === '' ? [] : [`#### ${title}`, '', body, ''];
}

function interviewMarkdown(i: Interview): string[] {
  const reflect = (
    [
      ['What went well', i.wentWell],
      ['Where I struggled', i.struggled],
      ['How I felt', i.felt],
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
    `- Thank-you note sent: ${yesNo(i.thankYouSent)}`,
    `- Feedback asked for: ${yesNo(i.feedbackRequested)}`,
    '',
    ...section('Recall: the questions they asked', recalledQuestions(i.recall).map((q) => `- ${mdInline(q)}`).join('\n')),
    ...section('Reflect', reflect),
    ...section('Refine: what to practice next', mdBlock(i.refine)),
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
  /** The day of the export, yyyy-mm-dd. */
  exportedOn: string;
}

/** The whole journal as a Markdown document: interviews newest first, then patterns, then wins. */
export function journalMarkdown({ interviews, patterns, wins, exportedOn }: JournalContents): string {
  const lines = [
    '# Comeback journal',
    '',
    `Exported from Retake on ${exportedOn}.`,
    '',
    '## Interviews',
    '',
    ...(interviews.length === 0 ? ['No interviews logged yet.', ''] : interviews.flatMap(interviewMarkdown)),
    ...patternsMarkdown(patterns),
    '## Wins',
    '',
    ...(wins.length === 0 ? ['No wins noted yet.'] : wins.map((w) => `- ${w.date}: ${mdInline(w.text)}`)),
  ];
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}
