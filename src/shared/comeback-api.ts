import { z } from 'zod';
import {
  AddCommitmentActionInput,
  Challenge,
  Commitment,
  PlanReview,
  SetChallengeDayInput,
  SetMonthNoteInput,
  SetVerdictInput,
  StartChallengeInput,
  StartCommitmentInput,
  StartPlanInput,
  Today,
} from './comeback';
import type { ContractTable } from './contract';
import { ById } from './ids';

/** The comeback plan around the journal: levers on patterns, the 90-day plan and its reviews, the ten-day challenge. */
export const comebackApi = {
  /** Every lever committed to, open ones first, counted from the person's today. */
  listCommitments: { input: Today, output: z.array(Commitment) },
  /** Refused while the stage already has an open commitment. */
  startCommitment: { input: StartCommitmentInput, output: z.void() },
  addCommitmentAction: { input: AddCommitmentActionInput, output: z.void() },
  /** Closes the commitment; the stage's card offers the levers again. */
  setCommitmentVerdict: { input: SetVerdictInput, output: z.void() },
  /** The current 90-day plan with its three monthly reviews; plan null when none is running. */
  getPlanReview: { input: Today, output: PlanReview },
  /** Refused while another plan is current. */
  startPlan: { input: StartPlanInput, output: z.void() },
  /** Ends the plan; its months stay in the exports. */
  endPlan: { input: ById, output: z.void() },
  setMonthNote: { input: SetMonthNoteInput, output: z.void() },
  /** The latest ten-day challenge, or null before the first. */
  getChallenge: { input: Today, output: Challenge.nullable() },
  startChallenge: { input: StartChallengeInput, output: z.void() },
  setChallengeDay: { input: SetChallengeDayInput, output: z.void() },
} satisfies ContractTable;
