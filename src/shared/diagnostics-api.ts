import { z } from 'zod';
import { NoInput, type ContractTable } from './contract';
import { LogLocation, ReportErrorInput } from './diagnostics';

/** The app's own health: failures the renderer saw, and where the log that records them is. */
export const diagnosticsApi = {
  /** Writes a renderer failure to the log; never fails for a well-formed report. */
  reportError: { input: ReportErrorInput, output: z.void() },
  getLogLocation: { input: NoInput, output: LogLocation },
} satisfies ContractTable;
