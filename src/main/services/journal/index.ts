import type { Database } from 'better-sqlite3';
import { join } from 'node:path';
import type { journalApi } from '../../../shared/journal-api';
import type { HandlersOf } from '../retake';
import { exportJournal } from './export';
import { createInterviewStore } from './interviews';
import { computePatterns } from './patterns';
import { createInterviewQuestions } from './questions';
import { createWeekPlanner } from './week';
import { createWinStore } from './wins';

/** Wires the comeback journal's stores over the app's database; exports go to <dataDir>/exports. */
export function createJournalHandlers(db: Database, dataDir: string): HandlersOf<typeof journalApi> {
  const questions = createInterviewQuestions(db);
  const interviews = createInterviewStore(db, questions);
  const wins = createWinStore(db);
  const week = createWeekPlanner(db, wins);
  const exportsDir = join(dataDir, 'exports');

  return {
    listInterviews: () => interviews.list(),
    getInterview: ({ id }) => interviews.get(id),
    createInterview: (input) => interviews.create(input),
    updateInterview: (input) => interviews.update(input),
    deleteInterview: ({ id }) => interviews.delete(id),
    addInterviewQuestion: (input) => {
      questions.add(input);
      return interviews.get(input.interviewId);
    },
    getPatterns: () => computePatterns(db),
    getWeek: (input) => week.get(input),
    updateWeek: (input) => week.update(input),
    addWin: (input) => wins.add(input),
    deleteWin: ({ id }) => wins.delete(id),
    exportJournal: ({ format }) =>
      exportJournal(exportsDir, format, { interviews: interviews.list(), patterns: computePatterns(db), wins: wins.all(), weeks: week.all() }),
  };
}
