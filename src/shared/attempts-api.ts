import { z } from 'zod';
import { AppendChunkInput, AppendChunkResult, Attempt, AttemptIdInput, ListAttemptsInput, Peaks, StartAttemptInput } from './attempts';
import type { ContractTable } from './contract';

/** Recording an attempt chunk by chunk, and the attempts themselves. */
export const attemptsApi = {
  listAttempts: { input: ListAttemptsInput, output: z.array(Attempt) },
  getAttempt: { input: AttemptIdInput, output: Attempt },
  startAttempt: { input: StartAttemptInput, output: Attempt },
  appendChunk: { input: AppendChunkInput, output: AppendChunkResult },
  /** Finalising runs in the background; an attempt-updated event says when it is ready. */
  stopAttempt: { input: AttemptIdInput, output: Attempt },
  /** "Try again" for an attempt that failed to save (a full disk): finalises it again from the kept original. */
  retryFinalise: { input: AttemptIdInput, output: Attempt },
  getPeaks: { input: AttemptIdInput, output: Peaks },
  /** Marks a recovered attempt's notice as seen. */
  acknowledgeRecovery: { input: AttemptIdInput, output: Attempt },
  /** Deletes the attempt's rows and its media folder together. */
  deleteAttempt: { input: AttemptIdInput, output: z.void() },
} satisfies ContractTable;
