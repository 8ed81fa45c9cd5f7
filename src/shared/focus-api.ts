import { z } from 'zod';
import type { CheckInItem, FocusHistory, FocusPairRow, FocusPoint } from './focus';
import { CheckInFocusInput, CreateFocusPointInput, FocusHistoryInput, FocusPairInput, ListFocusPointsInput } from './focus';
import { AttemptIdInput } from './attempts';
import { ById } from './ids';

/** Focus points' part of RetakeApi: critique from one attempt carried into the next. */
export interface FocusApi {
  /** "Work on this next time", from a note or from the reflection. */
  createFocusPoint(input: z.input<typeof CreateFocusPointInput>): Promise<FocusPoint>;
  /** A question's points and the "always" ones, newest first. */
  listFocusPoints(input: z.input<typeof ListFocusPointsInput>): Promise<FocusPoint[]>;
  /** The points this attempt's review asks about, with what was already said on it. */
  getFocusCheckIn(input: z.input<typeof AttemptIdInput>): Promise<CheckInItem[]>;
  /** Records a verdict; a point fixed in two check-ins in a row closes by itself. Returns the point as it now is. */
  checkInFocusPoint(input: z.input<typeof CheckInFocusInput>): Promise<FocusPoint>;
  reopenFocusPoint(input: z.input<typeof ById>): Promise<FocusPoint>;
  /** Removes the point with its check-ins; returns it as it was. */
  deleteFocusPoint(input: z.input<typeof ById>): Promise<FocusPoint>;
  getFocusPair(input: z.input<typeof FocusPairInput>): Promise<FocusPairRow[]>;
  getFocusHistory(input: z.input<typeof FocusHistoryInput>): Promise<FocusHistory>;
}

export const focusApiInputs = {
  createFocusPoint: CreateFocusPointInput,
  listFocusPoints: ListFocusPointsInput,
  getFocusCheckIn: AttemptIdInput,
  checkInFocusPoint: CheckInFocusInput,
  reopenFocusPoint: ById,
  deleteFocusPoint: ById,
  getFocusPair: FocusPairInput,
  getFocusHistory: FocusHistoryInput,
} satisfies { [M in keyof FocusApi]: z.ZodType<unknown, Parameters<FocusApi[M]>[0]> };
