import { COMPETENCY_LABELS } from '../../../shared/competencies';
import { OUTCOME_LABELS, STAGE_LABELS, type Interview } from '../../../shared/journal';
import { recalledQuestions } from '../../../shared/recall';

/** RFC 4180: a field with a comma, quote or line break is quoted, and its quotes doubled. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

const HEADER = [
  'Date',
  'Company',
  'Role',
  'Stage reached',
  'Outcome',
  'Interviewer',
  'Questions asked',
  'What went well',
  'Where I struggled',
  'How I felt',
  'Practise next',
  'Thank-you note sent',
  'Feedback asked for',
  'Feedback received',
  'Practice questions',
  'Times practised',
];

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

/**
 * One row per interview. Multi-line answers stay multi-line inside their quoted cell, as
 * spreadsheets expect. The byte order mark tells Excel the file is UTF-8, so names with
 * accents survive.
 */
export function interviewsCsv(interviews: readonly Interview[]): string {
  const rows = interviews.map((i) => [
    i.date,
    i.company,
    i.role,
    STAGE_LABELS[i.stage],
    OUTCOME_LABELS[i.outcome],
    i.interviewer,
    recalledQuestions(i.recall).join('\n'),
    i.wentWell,
    i.struggled,
    i.felt,
    i.refine,
    yesNo(i.thankYouSent),
    yesNo(i.feedbackRequested),
    i.feedback,
    i.questions.map((q) => `${q.text} (${COMPETENCY_LABELS[q.competency]})`).join('\n'),
    String(i.questions.reduce((sum, q) => sum + q.practisedCount, 0)),
  ]);
  return '\uFEFF' + toCsv([HEADER, ...rows]);
}
