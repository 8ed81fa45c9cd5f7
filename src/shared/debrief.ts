import { z } from 'zod';
import { addDays, localDate } from './dates';

/** Spot the gaps: the three kinds a struggle usually is. */
export const GAP_KINDS = ['technical', 'behavioural', 'communication'] as const;
export const GapKind = z.enum(GAP_KINDS);
export type GapKind = z.infer<typeof GapKind>;
export const GAP_LABELS: Record<GapKind, string> = {
  technical: 'Technical',
  behavioural: 'Behavioural',
  communication: 'Communication',
};

/** How long a debrief stays "due" before it is "overdue": the method books reflection within two days. */
export const DEBRIEF_DAYS = 2;

export type DebriefStatus = 'done' | 'due' | 'overdue';

/**
 * An interview's debrief is due from the later of its day and the day it was logged (an
 * interview logged weeks late is not overdue on arrival), for DEBRIEF_DAYS days; overdue after.
 */
export function debriefStatus(
  interview: { date: string; createdAt: string; debriefedAt: string | null },
  today: string,
  timeZone: string,
): DebriefStatus {
  if (interview.debriefedAt !== null) return 'done';
  const logged = localDate(interview.createdAt, timeZone);
  const from = logged > interview.date ? logged : interview.date;
  return today > addDays(from, DEBRIEF_DAYS) ? 'overdue' : 'due';
}
