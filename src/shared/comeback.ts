import { z } from 'zod';
import { IsoDate, TimeZone } from './dates';
import { Id } from './ids';
import { PatternFocus, Stage } from './journal';

/**
 * The comeback plan around the journal: a lever committed to on a pattern, the 90-day plan
 * with its monthly review, and the ten-day challenge. Dates are the person's calendar dates.
 */

export const COMEBACK_LIMITS = {
  target: 200,
  action: 280,
  verdictNote: 1000,
  targetRole: 120,
  changeNote: 2000,
  ownAction: 120,
} as const;

const required = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
const optional = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);

/** Where the person looks from: their day and their zone, as the week view has it. */
export const Today = z.object({ today: IsoDate, timeZone: TimeZone }).strict();
export type Today = z.infer<typeof Today>;

// ── The lever on a pattern ────────────────────────────────────────────────────────────

/** The three levers are the pattern card's three focuses. */
export const Lever = PatternFocus;
export type Lever = PatternFocus;
export const LEVER_LABELS: Record<Lever, { title: string; how: string }> = {
  skill: { title: 'Improve the skill', how: 'Training or a project that closes the gap.' },
  role: { title: 'Shift focus', how: 'Adjacent roles or industries where your experience counts for more.' },
  visibility: { title: 'Increase visibility', how: 'Networking, referrals and endorsements.' },
};

/** Long enough to judge on evidence rather than on one bad week. */
export const COMMITMENT_DAYS = [60, 90] as const;
export const CommitmentDays = z.union([z.literal(60), z.literal(90)]);

export const VERDICTS = ['helped', 'partly', 'not-yet'] as const;
export const Verdict = z.enum(VERDICTS);
export type Verdict = z.infer<typeof Verdict>;
export const VERDICT_LABELS: Record<Verdict, string> = {
  helped: 'It helped',
  partly: 'It helped a little',
  'not-yet': 'Not yet: time to try another lever',
};

export const CommitmentAction = z.object({ id: Id, date: IsoDate, text: z.string() });
export type CommitmentAction = z.infer<typeof CommitmentAction>;

export const Commitment = z.object({
  id: Id,
  stage: Stage,
  lever: Lever,
  days: CommitmentDays,
  target: z.string(),
  startedOn: IsoDate,
  /** The day the verdict is asked for: startedOn + days. */
  dueOn: IsoDate,
  /** Whole days until dueOn, never below 0. */
  daysLeft: z.number().int(),
  /** Day 1 is the day it started. */
  dayNumber: z.number().int(),
  actions: z.array(CommitmentAction),
  /** Finished practice answers since it started, in the person's days. */
  practiceSince: z.number().int(),
  verdict: Verdict.nullable(),
  verdictNote: z.string(),
  /** Open and past its day: the card asks for a verdict. */
  verdictDue: z.boolean(),
});
export type Commitment = z.infer<typeof Commitment>;

export const StartCommitmentInput = z
  .object({ stage: Stage, lever: Lever, days: CommitmentDays, target: required(COMEBACK_LIMITS.target), startedOn: IsoDate })
  .strict();
export type StartCommitmentInput = z.infer<typeof StartCommitmentInput>;

export const AddCommitmentActionInput = z
  .object({ commitmentId: Id, date: IsoDate, text: required(COMEBACK_LIMITS.action) })
  .strict();
export type AddCommitmentActionInput = z.infer<typeof AddCommitmentActionInput>;

export const SetVerdictInput = z
  .object({ commitmentId: Id, verdict: Verdict, note: optional(COMEBACK_LIMITS.verdictNote).optional() })
  .strict();
export type SetVerdictInput = z.infer<typeof SetVerdictInput>;

// ── The 90-day plan ──────────────────────────────────────────────────────────────────

/** Thirteen weeks, Monday to Sunday like the week view, reviewed in three months. */
export const PLAN_WEEKS = 13;
export const PLAN_MONTHS = 3;
export const PlanMonth = z.number().int().min(1).max(PLAN_MONTHS);

export const Plan = z.object({
  id: Id,
  startedOn: IsoDate,
  targetRole: z.string(),
  /** The Monday of the week it started in: plan week 1. */
  firstWeek: IsoDate,
  /** The Sunday of week 13. */
  lastDay: IsoDate,
  /** Which plan week today falls in: 0 before it starts, 14 once it is over. */
  weekNumber: z.number().int(),
  /** The month the review opens on: the one today is in, or the last. */
  currentMonth: PlanMonth,
});
export type Plan = z.infer<typeof Plan>;

export const StartPlanInput = z.object({ startedOn: IsoDate, targetRole: required(COMEBACK_LIMITS.targetRole) }).strict();
export type StartPlanInput = z.infer<typeof StartPlanInput>;

export const PlanWeekFigures = z.object({
  weekStart: IsoDate,
  /** The weekly 1 to 5 check-in; null for a week without one. */
  confidence: z.number().int().min(1).max(5).nullable(),
  applications: z.number().int(),
  practice: z.number().int(),
});
export type PlanWeekFigures = z.infer<typeof PlanWeekFigures>;

export const MonthReview = z.object({
  month: PlanMonth,
  from: IsoDate,
  to: IsoDate,
  /** Counted by hand in the weeks of the month. */
  applications: z.number().int(),
  /** Interviews that got past the application, by the interview's day. */
  interviews: z.number().int(),
  offers: z.number().int(),
  /** interviews / applications; null for a month without applications, which has no rate. */
  responseRate: z.number().nullable(),
  weeks: z.array(PlanWeekFigures),
  /** Finished practice answers in the month. */
  practice: z.number().int(),
  /** Mean of the self-ratings given to those answers, 1 to 5; null when none were rated. */
  averageRating: z.number().nullable(),
  changeNote: z.string(),
});
export type MonthReview = z.infer<typeof MonthReview>;

export const PlanReview = z.object({ plan: Plan.nullable(), months: z.array(MonthReview), commitments: z.array(Commitment) });
export type PlanReview = z.infer<typeof PlanReview>;

export const SetMonthNoteInput = z.object({ planId: Id, month: PlanMonth, note: optional(COMEBACK_LIMITS.changeNote) }).strict();
export type SetMonthNoteInput = z.infer<typeof SetMonthNoteInput>;

// ── The ten-day challenge ────────────────────────────────────────────────────────────

export const CHALLENGE_DAYS = 10;
export const CHALLENGE_ACTIONS = ['mock-interview', 'resume', 'course', 'share-progress', 'mentor', 'own'] as const;
export const ChallengeAction = z.enum(CHALLENGE_ACTIONS);
export type ChallengeAction = z.infer<typeof ChallengeAction>;
export const CHALLENGE_ACTION_LABELS: Record<ChallengeAction, string> = {
  'mock-interview': 'Record and review a mock interview',
  resume: 'Update your résumé',
  course: 'Take a short course',
  'share-progress': 'Share your progress',
  mentor: 'Reach out to a mentor',
  own: 'Something of my own',
};

export const ChallengeDay = z.object({
  day: z.number().int().min(1).max(CHALLENGE_DAYS),
  date: IsoDate,
  action: ChallengeAction.nullable(),
  ownText: z.string(),
  /** 'hand' when ticked off, 'recording' when a finished answer that day did it. */
  doneBy: z.enum(['hand', 'recording']).nullable(),
});
export type ChallengeDay = z.infer<typeof ChallengeDay>;

export const Challenge = z.object({ id: Id, startedOn: IsoDate, days: z.array(ChallengeDay) });
export type Challenge = z.infer<typeof Challenge>;

export const StartChallengeInput = z.object({ startedOn: IsoDate }).strict();

export const SetChallengeDayInput = z
  .object({
    challengeId: Id,
    day: z.number().int().min(1).max(CHALLENGE_DAYS),
    action: ChallengeAction.nullable().optional(),
    ownText: optional(COMEBACK_LIMITS.ownAction).optional(),
    done: z.boolean().optional(),
  })
  .strict();
export type SetChallengeDayInput = z.infer<typeof SetChallengeDayInput>;
