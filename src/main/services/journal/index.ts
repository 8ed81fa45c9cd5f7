import type { Database } from 'better-sqlite3';
import { join } from 'node:path';
import type { comebackApi } from '../../../shared/comeback-api';
import { localDate } from '../../../shared/dates';
import type { journalApi } from '../../../shared/journal-api';
import type { HandlersOf } from '../retake';
import { createChallenges } from './challenge';
import { createCommitments } from './commitments';
import { exportJournal } from './export';
import { createInterviewStore } from './interviews';
import { computePatterns } from './patterns';
import { createPlans } from './plan';
import { createInterviewQuestions } from './questions';
import { createWeekPlanner } from './week';
import { createWinStore } from './wins';

/**
 * Wires the comeback journal's stores over the app's database, with the comeback plan that
 * extends it (the exports hold both); exports go to <dataDir>/exports.
 */
export function createJournalHandlers(db: Database, dataDir: string): HandlersOf<typeof journalApi> & HandlersOf<typeof comebackApi> {
  const questions = createInterviewQuestions(db);
  const interviews = createInterviewStore(db, questions);
  const wins = createWinStore(db);
  const week = createWeekPlanner(db, wins);
  const commitments = createCommitments(db);
  const plans = createPlans(db, commitments);
  const challenges = createChallenges(db);
  const exportsDir = join(dataDir, 'exports');

  /** Exports run on this computer, whose zone is the person's. */
  function exportContents(includeFeelings: boolean) {
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const today = localDate(new Date(), timeZone);
    return {
      interviews: interviews.list(),
      patterns: computePatterns(db),
      wins: wins.all(),
      weeks: week.all(),
      plans: plans.all(timeZone),
      commitments: commitments.list({ today, timeZone }),
      challenges: challenges.all(timeZone),
      includeFeelings,
    };
  }

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
    exportJournal: ({ format, includeFeelings }) => exportJournal(exportsDir, format, exportContents(includeFeelings === true)),
    listCommitments: (input) => commitments.list(input),
    startCommitment: (input) => commitments.start(input),
    addCommitmentAction: (input) => commitments.addAction(input),
    setCommitmentVerdict: (input) => commitments.setVerdict(input),
    getPlanReview: (input) => plans.review(input),
    startPlan: (input) => plans.start(input),
    endPlan: ({ id }) => plans.end(id),
    setMonthNote: (input) => plans.setMonthNote(input),
    getChallenge: (input) => challenges.get(input),
    startChallenge: ({ startedOn }) => challenges.start(startedOn),
    setChallengeDay: (input) => challenges.setDay(input),
  };
}
