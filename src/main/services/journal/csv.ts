import { CHALLENGE_ACTION_LABELS, LEVER_LABELS, VERDICT_LABELS, type Challenge, type Commitment } from '../../../shared/comeback';
import { COMPETENCY_LABELS } from '../../../shared/competencies';
import { GAP_LABELS } from '../../../shared/debrief';
import { OUTCOME_LABELS, STAGE_LABELS, type Interview, type Win } from '../../../shared/journal';
import { recalledQuestions } from '../../../shared/recall';
import { toCsv } from './csv-text';
import type { JournalContents } from './markdown';
import type { ExportedPlan } from './plan';
import type { StoredWeek } from './week';

const yesNo = (value: boolean) => (value ? 'yes' : 'no');
/** A missing figure is an empty cell, never 0: a month without applications has no rate. */
const figure = (value: number | null, digits = 0) => (value === null ? '' : value.toFixed(digits));

/** One row per interview. Multi-line answers stay multi-line inside their quoted cell, as spreadsheets expect. */
function interviewRows(interviews: readonly Interview[], includeFeelings: boolean): string[][] {
  const header = [
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
    'Kinds of gap',
    'Practice next',
    'Next actions',
    'Who I will tell',
    'Plan for the next interview',
    'One good thing',
    'Reflection booked for',
    'Debriefed',
    'Thank-you note sent',
    'Feedback asked for',
    'Feedback received',
    'Practice questions',
    'Times practiced',
    ...(includeFeelings ? ['How I feel now (private)'] : []),
  ];
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
    i.gapKinds.map((k) => GAP_LABELS[k]).join('\n'),
    i.refine,
    i.nextActions,
    i.notify,
    i.nextPlan,
    i.goodThing,
    i.reflectionOn ?? '',
    yesNo(i.debriefedAt !== null),
    yesNo(i.thankYouSent),
    yesNo(i.feedbackRequested),
    i.feedback,
    i.questions.map((q) => `${q.text} (${COMPETENCY_LABELS[q.competency]})`).join('\n'),
    String(i.questions.reduce((sum, q) => sum + q.practicedCount, 0)),
    ...(includeFeelings ? [i.feeling] : []),
  ]);
  return [header, ...rows];
}

const winRows = (wins: readonly Win[]) => [['Win date', 'Win'], ...wins.map((w) => [w.date, w.text])];

const weekRows = (weeks: readonly StoredWeek[]) => [
  ['Week starting', 'Practice goal', 'Applications goal', 'Applications sent', 'Outreach goal', 'Outreach done', 'Confidence (1 to 5)'],
  ...weeks.map((w) => [
    ...[w.weekStart, w.goals.practice, w.goals.applications, w.applications, w.goals.outreach, w.outreach].map(String),
    figure(w.confidence),
  ]),
];

/** One row per month of every plan; the response rate as a fraction, so a spreadsheet can format it. */
const planRows = (plans: readonly ExportedPlan[]) => [
  [
    'Plan started',
    'Target role',
    'Plan ended',
    'Month',
    'From',
    'To',
    'Applications',
    'Interviews',
    'Offers',
    'Response rate',
    'Practice answers',
    'Average self-rating',
    'What I will change',
  ],
  ...plans.flatMap((p) =>
    p.months.map((m) => [
      p.startedOn,
      p.targetRole,
      yesNo(p.ended),
      String(m.month),
      m.from,
      m.to,
      String(m.applications),
      String(m.interviews),
      String(m.offers),
      figure(m.responseRate, 4),
      String(m.practice),
      figure(m.averageRating, 2),
      m.changeNote,
    ]),
  ),
];

const leverRows = (commitments: readonly Commitment[]) => [
  ['Lever started', 'Stage', 'Lever', 'Days', 'Target', 'Verdict due', 'Actions done', 'Actions', 'Verdict', 'Verdict note'],
  ...commitments.map((c) => [
    c.startedOn,
    STAGE_LABELS[c.stage],
    LEVER_LABELS[c.lever].title,
    String(c.days),
    c.target,
    c.dueOn,
    String(c.actions.length),
    c.actions.map((a) => `${a.date}: ${a.text}`).join('\n'),
    c.verdict ? VERDICT_LABELS[c.verdict] : '',
    c.verdictNote,
  ]),
];

const challengeRows = (challenges: readonly Challenge[]) => [
  ['Challenge started', 'Day', 'Date', 'Action', 'Done'],
  ...challenges.flatMap((c) =>
    c.days.map((d) => [
      c.startedOn,
      String(d.day),
      d.date,
      d.action === 'own' ? d.ownText : d.action ? CHALLENGE_ACTION_LABELS[d.action] : '',
      d.doneBy === 'hand' ? 'yes' : d.doneBy === 'recording' ? 'yes, by a recording' : 'no',
    ]),
  ),
];

/**
 * The journal as tables one after another with an empty row between, each with its own
 * header row: interviews, wins, weeks, plan months, levers, challenge days. The byte order
 * mark tells Excel the file is UTF-8, so names with accents survive.
 */
export function journalCsv(c: JournalContents): string {
  const tables = [
    interviewRows(c.interviews, c.includeFeelings),
    winRows(c.wins),
    weekRows(c.weeks),
    planRows(c.plans),
    leverRows(c.commitments),
    challengeRows(c.challenges),
  ];
  return '\uFEFF' + tables.map(toCsv).join('\r\n');
}
