import { z } from 'zod';

export const DIAGNOSTICS_LIMITS = { message: 2000, stack: 16_000, where: 200 } as const;

/** A failure the renderer caught (a render error, an unhandled rejection), for main's log. */
export const ReportErrorInput = z
  .object({
    /** What failed, e.g. "render" or "unhandled rejection". */
    where: z.string().max(DIAGNOSTICS_LIMITS.where),
    message: z.string().max(DIAGNOSTICS_LIMITS.message),
    stack: z.string().max(DIAGNOSTICS_LIMITS.stack).optional(),
  })
  .strict();
export type ReportErrorInput = z.infer<typeof ReportErrorInput>;

/** Where the log file is, so a message can tell a person where to look. */
export const LogLocation = z.object({ path: z.string() });
export type LogLocation = z.infer<typeof LogLocation>;
