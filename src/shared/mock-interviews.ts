import { z } from 'zod';
import { MimeType, RecordingMode } from './attempts';
import { Competency } from './competencies';
import { Id } from './ids';
import { LIMITS } from './limits';
import { ProgressPoint } from './progress';

/** Mock interviews: a set of questions answered in one sitting, each answer an ordinary attempt. */

export const MOCK_LIMITS = {
  questionsMin: 3,
  questionsMax: 8,
  thinkSecondsMax: 180,
  capSecondsMin: 30,
  capSecondsMax: 300,
  capSecondsDefault: 120,
  setName: 120,
  reflection: 4000,
  /** Drawing leaves out questions practiced this many days back, unless told otherwise. */
  recentDaysDefault: 3,
  recentDaysMax: 60,
  /** Realistic mode: the pause between one answer and the next question's think time. */
  breakSeconds: 5,
  /** An answer this close to the cap (or past it) counts as cut at the cap. */
  capToleranceMs: 1000,
} as const;

export const DEFAULT_OPENING = 'Tell me about yourself.';

/** Realistic: no retakes, no pausing, the next question comes by itself. Practice: a retake replaces the take that counts. */
export const MockMode = z.enum(['realistic', 'practice']);
export type MockMode = z.infer<typeof MockMode>;
export const MOCK_MODE_LABELS: Record<MockMode, string> = { realistic: 'Realistic', practice: 'Practice' };

const name = z.string().trim().min(1, 'must not be empty').max(MOCK_LIMITS.setName, `must be at most ${MOCK_LIMITS.setName} characters`);

export const MockSettings = z.object({
  thinkSeconds: z.number().int().min(0, 'must be 0 or more').max(MOCK_LIMITS.thinkSecondsMax, 'must be at most 3 minutes'),
  capSeconds: z
    .number()
    .int()
    .min(MOCK_LIMITS.capSecondsMin, 'must be at least 30 seconds')
    .max(MOCK_LIMITS.capSecondsMax, 'must be at most 5 minutes'),
  mode: MockMode,
});
export type MockSettings = z.infer<typeof MockSettings>;

export const CreateMockSetInput = MockSettings.extend({
  /** A name saves the set so it can be run again from the list; null leaves it unnamed. */
  name: name.nullable().optional(),
  /** Asked first; the prompt with this wording is used, or made as a custom question. */
  openingText: z.string().trim().min(1, 'must not be empty').max(LIMITS.promptText).nullable().optional(),
  promptIds: z.array(Id).min(1, 'pick at least one question').max(MOCK_LIMITS.questionsMax, `can hold at most ${MOCK_LIMITS.questionsMax} questions`),
})
  .strict()
  .refine((s) => new Set(s.promptIds).size === s.promptIds.length, { message: 'the same question is in the set twice', path: ['promptIds'] })
  .refine(
    (s) => {
      const total = s.promptIds.length + (s.openingText ? 1 : 0);
      return total >= MOCK_LIMITS.questionsMin && total <= MOCK_LIMITS.questionsMax;
    },
    { message: `an interview has ${MOCK_LIMITS.questionsMin} to ${MOCK_LIMITS.questionsMax} questions, the opening included`, path: ['promptIds'] },
  );
export type CreateMockSetInput = z.infer<typeof CreateMockSetInput>;

export const RenameMockSetInput = z.object({ id: Id, name }).strict();

export const DrawMockQuestionsInput = z
  .object({
    competencies: z.array(Competency).min(1, 'choose at least one competency').max(20),
    count: z.number().int().min(1).max(MOCK_LIMITS.questionsMax),
    /** Questions with a finished attempt this many days back are drawn only when nothing else is left; 0 draws from all. */
    avoidRecentDays: z.number().int().min(0).max(MOCK_LIMITS.recentDaysMax).optional(),
  })
  .strict();
export type DrawMockQuestionsInput = z.infer<typeof DrawMockQuestionsInput>;

export const MockQuestion = z.object({
  promptId: Id,
  text: z.string(),
  competency: Competency,
  archived: z.boolean(),
});
export type MockQuestion = z.infer<typeof MockQuestion>;

export const DrawnQuestions = z.object({
  questions: z.array(MockQuestion),
  /** How many of them were practiced recently (drawn because too few others were left). */
  recentCount: z.number().int(),
});
export type DrawnQuestions = z.infer<typeof DrawnQuestions>;

export const MockSet = MockSettings.extend({
  id: Id,
  name: z.string().nullable(),
  questions: z.array(MockQuestion),
  createdAt: z.string(),
  /** Interviews run from it. */
  runs: z.number().int(),
});
export type MockSet = z.infer<typeof MockSet>;

export const MockInterviewStatus = z.enum(['running', 'finished']);
export type MockInterviewStatus = z.infer<typeof MockInterviewStatus>;

/** The take that counts for one question, with what its review shows. */
export const MockAnswer = ProgressPoint.extend({
  /** Stopped at the cap, or ran past it. */
  cutAtCap: z.boolean(),
});
export type MockAnswer = z.infer<typeof MockAnswer>;

export const MockInterviewQuestion = MockQuestion.extend({
  position: z.number().int().min(1),
  answer: MockAnswer.nullable(),
});
export type MockInterviewQuestion = z.infer<typeof MockInterviewQuestion>;

export const MockTotals = z.object({
  answered: z.number().int(),
  spokenMs: z.number().int(),
  cutAtCap: z.number().int(),
  /** Finished answers with no Result mark. */
  withoutResult: z.number().int(),
});
export type MockTotals = z.infer<typeof MockTotals>;

export const MockInterviewSummary = MockSettings.extend({
  id: Id,
  setId: Id,
  setName: z.string().nullable(),
  status: MockInterviewStatus,
  /** Finished with at least one finished answer. */
  done: z.boolean(),
  startedAt: z.string(),
  endedAt: z.string().nullable(),
  questionCount: z.number().int(),
  answeredCount: z.number().int(),
  selfRating: z.number().int().nullable(),
});
export type MockInterviewSummary = z.infer<typeof MockInterviewSummary>;

export const MockInterview = MockInterviewSummary.extend({
  questions: z.array(MockInterviewQuestion),
  /** Questions of the set left out because they were archived before this run. */
  missing: z.array(MockQuestion),
  /** The first question without an answer while running; null once every one has one or it is finished. */
  nextPosition: z.number().int().nullable(),
  totals: MockTotals,
  reflection: z.string(),
  /** Earlier finished runs of the same set, newest first, to compare with. */
  earlierRuns: z.array(z.object({ id: Id, startedAt: z.string() })),
});
export type MockInterview = z.infer<typeof MockInterview>;

export const StartMockInterviewInput = z.object({ setId: Id }).strict();

export const StartMockAnswerInput = z
  .object({ interviewId: Id, position: z.number().int().min(1).max(MOCK_LIMITS.questionsMax), mode: RecordingMode, mimeType: MimeType })
  .strict();
export type StartMockAnswerInput = z.infer<typeof StartMockAnswerInput>;

export const ListMockInterviewsInput = z.object({ limit: z.number().int().min(1).max(500).optional() }).strict();

export const RateMockInterviewInput = z
  .object({
    id: Id,
    selfRating: z.number().int().min(1).max(5).nullable().optional(),
    reflection: z.string().max(MOCK_LIMITS.reflection, `must be at most ${MOCK_LIMITS.reflection} characters`).optional(),
  })
  .strict();

export const DeleteMockInterviewInput = z.object({ id: Id, keepAnswers: z.boolean() }).strict();
