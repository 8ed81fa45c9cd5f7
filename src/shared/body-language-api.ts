import { AttemptIdInput } from './attempts';
import { BodyLanguage } from './body-language';
import type { ContractTable } from './contract';

/** Body language measured from an attempt's video, on this machine, in the background. */
export const bodyLanguageApi = {
  /** Where the analysis stands and, once done, its samples. Queues an attempt finalised before it existed. */
  getBodyLanguage: { input: AttemptIdInput, output: BodyLanguage },
  /** Queues the analysis again (after a failure or a cancel). */
  analyseBodyLanguage: { input: AttemptIdInput, output: BodyLanguage },
  /** Stops a queued or running analysis; the attempt itself is untouched. */
  cancelBodyLanguage: { input: AttemptIdInput, output: BodyLanguage },
} satisfies ContractTable;
