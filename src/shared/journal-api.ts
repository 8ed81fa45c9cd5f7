import { z } from 'zod';
import { ById } from './ids';
import type { Interview, JournalExport, JournalWeek, Patterns, Win } from './journal';
import {
  AddInterviewQuestionInput,
  AddWinInput,
  CreateInterviewInput,
  ExportJournalInput,
  GetWeekInput,
  UpdateInterviewInput,
  UpdateWeekInput,
} from './journal';

/** The comeback journal's part of RetakeApi, kept here so the journal is one import away. */
export interface JournalApi {
  listInterviews(input: Record<string, never>): Promise<Interview[]>;
  getInterview(input: z.input<typeof ById>): Promise<Interview>;
  createInterview(input: z.input<typeof CreateInterviewInput>): Promise<Interview>;
  updateInterview(input: z.input<typeof UpdateInterviewInput>): Promise<Interview>;
  /** The practice questions made from it are kept. */
  deleteInterview(input: z.input<typeof ById>): Promise<void>;
  /** Makes one recalled question a practice question; returns the interview with it listed. */
  addInterviewQuestion(input: z.input<typeof AddInterviewQuestionInput>): Promise<Interview>;
  getPatterns(input: Record<string, never>): Promise<Patterns>;
  getWeek(input: z.input<typeof GetWeekInput>): Promise<JournalWeek>;
  updateWeek(input: z.input<typeof UpdateWeekInput>): Promise<void>;
  addWin(input: z.input<typeof AddWinInput>): Promise<Win>;
  deleteWin(input: z.input<typeof ById>): Promise<void>;
  /** Writes the journal into the data folder's exports/ and returns the same text to offer as a download. */
  exportJournal(input: z.input<typeof ExportJournalInput>): Promise<JournalExport>;
}

const NoInput = z.object({}).strict();

export const journalApiInputs = {
  listInterviews: NoInput,
  getInterview: ById,
  createInterview: CreateInterviewInput,
  updateInterview: UpdateInterviewInput,
  deleteInterview: ById,
  addInterviewQuestion: AddInterviewQuestionInput,
  getPatterns: NoInput,
  getWeek: GetWeekInput,
  updateWeek: UpdateWeekInput,
  addWin: AddWinInput,
  deleteWin: ById,
  exportJournal: ExportJournalInput,
} satisfies { [M in keyof JournalApi]: z.ZodType<unknown, Parameters<JournalApi[M]>[0]> };
