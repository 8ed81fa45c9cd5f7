import { z } from 'zod';
import { NoInput, type ContractTable } from './contract';
import { ById } from './ids';
import {
  AddInterviewQuestionInput,
  AddWinInput,
  CreateInterviewInput,
  ExportJournalInput,
  GetWeekInput,
  Interview,
  JournalExport,
  JournalWeek,
  Patterns,
  UpdateInterviewInput,
  UpdateWeekInput,
  Win,
} from './journal';

/** The comeback journal: interviews and what was asked, the week's goals and wins, patterns, export. */
export const journalApi = {
  listInterviews: { input: NoInput, output: z.array(Interview) },
  getInterview: { input: ById, output: Interview },
  createInterview: { input: CreateInterviewInput, output: Interview },
  updateInterview: { input: UpdateInterviewInput, output: Interview },
  /** The practice questions made from it are kept. */
  deleteInterview: { input: ById, output: z.void() },
  /** Makes one recalled question a practice question; returns the interview with it listed. */
  addInterviewQuestion: { input: AddInterviewQuestionInput, output: Interview },
  getPatterns: { input: NoInput, output: Patterns },
  getWeek: { input: GetWeekInput, output: JournalWeek },
  updateWeek: { input: UpdateWeekInput, output: z.void() },
  addWin: { input: AddWinInput, output: Win },
  deleteWin: { input: ById, output: z.void() },
  /** Writes the journal into the data folder's exports/ and returns the same text to offer as a download. */
  exportJournal: { input: ExportJournalInput, output: JournalExport },
} satisfies ContractTable;
