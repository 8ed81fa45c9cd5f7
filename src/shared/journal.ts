import { z } from 'zod';
import { Competency } from './competencies';
import { IsoDate, TimeZone, WeekStart } from './dates';
import { Id } from './ids';
import { LIMITS } from './limits';
import { recalledQuestions } from './recall';
import { GapKind } from './debrief';

/** The comeback journal: real interviews, their debriefs, weekly goals and small wins. */

export const JOURNAL_LIMITS = {
  company: 120,
  role: 120,
  interviewer: 120,
  /** The Recall box: one question a line. */
  recall: 8000,
  recalledQuestions: 40,
  reflect: 3000,
  refine: 1000,
  feedback: 4000,
  win: 280,
  /** The R.E.S.P.O.N.D. steps the 3R fields do not already cover. */
  nextActions: 1000,
  notify: 200,
  nextPlan: 1000,
  goodThing: 500,
  /** A word or two, not an essay. */
  feeling: 40,
  /** Per week; anything above is a typo, not a plan. */
  weeklyGoal: 100,
  weeklyTally: 1000,
} as const;

/** How far the process got, in order. */
export const STAGES = ['application', 'screening', 'technical', 'panel', 'final', 'offer'] as const;
export const Stage = z.enum(STAGES);
export type Stage = z.infer<typeof Stage>;
export const STAGE_LABELS: Record<Stage, string> = {
  application: 'Application',
  screening: 'Screening call',
  technical: 'Technical or case',
  panel: 'Panel or onsite',
  final: 'Final round',
  offer: 'Offer',
};

export const OUTCOMES = ['waiting', 'rejected', 'offer', 'withdrew'] as const;
export const Outcome = z.enum(OUTCOMES);
export type Outcome = z.infer<typeof Outcome>;
export const OUTCOME_LABELS: Record<Outcome, string> = {
  waiting: 'Waiting to hear',
  rejected: 'Rejected',
  offer: 'Offer',
  withdrew: 'Withdrew',
};

const required = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
const optional = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);

const Recall = optional(JOURNAL_LIMITS.recall)
  .refine((text) => recalledQuestions(text).length <= JOURNAL_LIMITS.recalledQuestions, {
    message: `can hold at most ${JOURNAL_LIMITS.recalledQuestions} questions`,
  })
  .refine((text) => recalledQuestions(text).every((q) => q.length <= LIMITS.promptText), {
    message: `each question must be at most ${LIMITS.promptText} characters, so it can become a practice question`,
  });

/** What a person writes; every field but the first five may be left out when logging. */
const InterviewBasics = z.object({
  company: required(JOURNAL_LIMITS.company),
  role: required(JOURNAL_LIMITS.role),
  date: IsoDate,
  stage: Stage,
  outcome: Outcome,
});
const InterviewDetails = z.object({
  interviewer: optional(JOURNAL_LIMITS.interviewer),
  /** Recall: the questions they asked, one per line. */
  recall: Recall,
  /** Reflect, in three prompts. */
  wentWell: optional(JOURNAL_LIMITS.reflect),
  struggled: optional(JOURNAL_LIMITS.reflect),
  felt: optional(JOURNAL_LIMITS.reflect),
  /** Refine: the one or two things to practice next. */
  refine: optional(JOURNAL_LIMITS.refine),
  thankYouSent: z.boolean(),
  feedbackRequested: z.boolean(),
  feedback: optional(JOURNAL_LIMITS.feedback),
  /** Spot the gaps: which kinds the struggles were, beside the words in `struggled`. */
  gapKinds: z.array(GapKind).max(3).refine((kinds) => new Set(kinds).size === kinds.length, { message: 'lists a kind twice' }),
  /** Outline: the next actions. */
  nextActions: optional(JOURNAL_LIMITS.nextActions),
  /** Notify: the mentor or peer who will hear about it. */
  notify: optional(JOURNAL_LIMITS.notify),
  /** Decide: the plan for the next interview. */
  nextPlan: optional(JOURNAL_LIMITS.nextPlan),
  goodThing: optional(JOURNAL_LIMITS.goodThing),
  /** Private: never exported unless the person asks. */
  feeling: optional(JOURNAL_LIMITS.feeling),
  /** The day the hour of reflection is booked for. */
  reflectionOn: IsoDate.nullable(),
});

/** Marks the debrief done (or not yet); the time it was done is kept as `debriefedAt`. */
const DebriefDone = z.object({ debriefDone: z.boolean() }).partial();

export const CreateInterviewInput = InterviewBasics.extend(InterviewDetails.partial().shape).extend(DebriefDone.shape).strict();
export type CreateInterviewInput = z.infer<typeof CreateInterviewInput>;
export const UpdateInterviewInput = InterviewBasics.partial()
  .extend(InterviewDetails.partial().shape)
  .extend(DebriefDone.shape)
  .extend({ id: Id })
  .strict();
export type UpdateInterviewInput = z.infer<typeof UpdateInterviewInput>;

/** A practice question made from one of the interview's recalled questions. */
export const InterviewQuestion = z.object({
  promptId: Id,
  text: z.string(),
  competency: Competency,
  archived: z.boolean(),
  /** Finished attempts (ready or recovered) since the interview was logged. */
  practicedCount: z.number().int(),
  lastPracticedAt: z.string().nullable(),
});
export type InterviewQuestion = z.infer<typeof InterviewQuestion>;

export const Interview = InterviewBasics.extend(InterviewDetails.shape).extend({
  id: Id,
  debriefedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  questions: z.array(InterviewQuestion),
});
export type Interview = z.infer<typeof Interview>;

export const AddInterviewQuestionInput = z
  .object({ interviewId: Id, text: required(LIMITS.promptText), competency: Competency })
  .strict();
export type AddInterviewQuestionInput = z.infer<typeof AddInterviewQuestionInput>;

/** Where to put effort after repeated rejections at one stage. */
export const PatternFocus = z.enum(['skill', 'role', 'visibility']);
export type PatternFocus = z.infer<typeof PatternFocus>;

export const StageOutcomes = z.object({
  stage: Stage,
  total: z.number().int(),
  outcomes: z.record(Outcome, z.number().int()),
});
export type StageOutcomes = z.infer<typeof StageOutcomes>;

export const PatternCard = z.object({
  stage: Stage,
  rejections: z.number().int(),
  focus: PatternFocus,
  /**
   * Every question recalled from those rejected interviews, grouped by competency: a practice
   * question's own, or a guess from its wording for a line not made into practice yet (promptId null).
   */
  competencies: z.array(
    z.object({
      competency: Competency,
      questions: z.array(z.object({ interviewId: Id, promptId: Id.nullable(), text: z.string() })),
    }),
  ),
});
export type PatternCard = z.infer<typeof PatternCard>;

export const Patterns = z.object({ byStage: z.array(StageOutcomes), cards: z.array(PatternCard) });
export type Patterns = z.infer<typeof Patterns>;

export const WeekGoals = z.object({
  practice: z.number().int().min(0).max(JOURNAL_LIMITS.weeklyGoal),
  applications: z.number().int().min(0).max(JOURNAL_LIMITS.weeklyGoal),
  outreach: z.number().int().min(0).max(JOURNAL_LIMITS.weeklyGoal),
});
export type WeekGoals = z.infer<typeof WeekGoals>;
export type GoalKind = keyof WeekGoals;
export const GOAL_LABELS: Record<GoalKind, string> = {
  practice: 'Practice answers',
  applications: 'Applications',
  outreach: 'Outreach',
};

/** What the person counts by hand; practice is counted from recorded attempts. */
export const WeekTally = z.object({
  applications: z.number().int().min(0).max(JOURNAL_LIMITS.weeklyTally),
  outreach: z.number().int().min(0).max(JOURNAL_LIMITS.weeklyTally),
});

/** The weekly check-in: how confident the person feels, 1 (shaken) to 5 (ready). */
export const Confidence = z.number().int().min(1).max(5);

export const Win = z.object({ id: Id, date: IsoDate, text: z.string(), createdAt: z.string() });
export type Win = z.infer<typeof Win>;

export const JournalDay = z.object({
  date: IsoDate,
  attempts: z.number().int(),
  interviews: z.number().int(),
  wins: z.number().int(),
  active: z.boolean(),
});
export type JournalDay = z.infer<typeof JournalDay>;

export const JournalWeek = z.object({
  weekStart: IsoDate,
  goals: WeekGoals,
  done: WeekGoals.extend({ practice: z.number().int() }),
  days: z.array(JournalDay),
  /** Mock interviews done this week; their answers already count in `done.practice`. */
  mockInterviews: z.number().int(),
  /** Consecutive active days up to today; today not being active yet does not break it. */
  streak: z.object({ days: z.number().int(), activeToday: z.boolean() }),
  wins: z.array(Win),
  confidence: Confidence.nullable(),
});
export type JournalWeek = z.infer<typeof JournalWeek>;

/**
 * Days are the person's days: the renderer says which day it is and in which zone, so a
 * late-evening answer counts on the day it was given.
 */
export const GetWeekInput = z.object({ weekOf: IsoDate, today: IsoDate, timeZone: TimeZone }).strict();
export type GetWeekInput = z.infer<typeof GetWeekInput>;

export const UpdateWeekInput = z
  .object({
    weekStart: WeekStart,
    goals: WeekGoals.partial().strict().optional(),
    tally: WeekTally.partial().strict().optional(),
    /** null clears the check-in. */
    confidence: Confidence.nullable().optional(),
  })
  .strict();
export type UpdateWeekInput = z.infer<typeof UpdateWeekInput>;

export const AddWinInput = z.object({ date: IsoDate, text: required(JOURNAL_LIMITS.win) }).strict();
export type AddWinInput = z.infer<typeof AddWinInput>;

export const EXPORT_FORMATS = ['markdown', 'csv'] as const;
export const ExportFormat = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof ExportFormat>;
/** The private feeling check-ins stay out unless the person asks for them. */
export const ExportJournalInput = z.object({ format: ExportFormat, includeFeelings: z.boolean().optional() }).strict();

/** The export as written into the data folder's exports/, for the renderer to offer as a download. */
export const JournalExport = z.object({ fileName: z.string(), mimeType: z.string(), text: z.string() });
export type JournalExport = z.infer<typeof JournalExport>;
