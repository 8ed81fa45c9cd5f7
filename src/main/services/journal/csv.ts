import { COMPETENCY_LABELS } from '../../../shared/competencies';
import { OUTCOME_LABELS, STAGE_LABELS, type Interview, type Win } from '../../../shared/journal';
import { recalledQuestions } from '../../../shared/recall';
import type { JournalContents } from './markdown';
import type { StoredWeek } from './week';

/**
 * Spreadsheets run a cell that starts with one of these as a formula (CSV injection);
 * a leading apostrophe makes it text, and shows as nothing in the cell.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** RFC 4180: a field with a comma, quote or line break is quoted, and its quotes doubled. */
function csvField(raw: string): string {
  const value = FORMULA_START.test(raw) ? `'${raw}` : raw;
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
  'Practice next',
  'Thank-you note sent',
  'Feedback asked for',
  'Feedback received',
  'Practice questions',
  'Times practiced',
];

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

/** One row per interview. Multi-line answers stay multi-line inside their quoted cell, as spreadsheets expect. */
function interviewRows(interviews: readonly Interview[]): string[][] {
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
    String(i.questions.reduce((sum, q) => sum + q.practicedCount, 0)),
  ]);
  return [HEADER, ...rows];
}

const winRows = (wins: readonly Win[]) => [['Win date', 'Win'], ...wins.map((w) => [w.date, w.text])];

const weekRows = (weeks: readonly StoredWeek[]) => [
  ['Week starting', 'Practice goal', 'Applications goal', 'Applications sent', 'Outreach goal', 'Outreach done'],
  ...weeks.map((w) => [w.weekStart, w.goals.practice, w.goals.applications, w.applications, w.goals.outreach, w.outreach].map(String)),
];

/**
 * The journal as three tables, one after another with an empty row between, each with its
 * own header row: interviews, then wins, then weekly goals. The byte order mark tells Excel
 * the file is UTF-8, so names with accents survive.
 */
export function journalCsv({ interviews, wins, weeks }: JournalContents): string {
  const tables = [interviewRows(interviews), winRows(wins), weekRows(weeks)];
  return '\uFEFF' + tables.map(toCsv).join('\r\n');
}
