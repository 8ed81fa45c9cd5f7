import { z } from 'zod';
import { AttemptIdInput } from './attempts';
import type { ContractTable } from './contract';
import {
  CheckInFocusInput,
  CheckInItem,
  CreateFocusPointInput,
  FocusHistory,
  FocusHistoryInput,
  FocusPairInput,
  FocusPairRow,
  FocusPoint,
  ListFocusPointsInput,
} from './focus';
import { ById } from './ids';

/** Focus points: critique from one attempt carried into the next. */
export const focusApi = {
  /** "Work on this next time", from a note or from the reflection. */
  createFocusPoint: { input: CreateFocusPointInput, output: FocusPoint },
  /** A question's points and the "always" ones, newest first. */
  listFocusPoints: { input: ListFocusPointsInput, output: z.array(FocusPoint) },
  /** The points this attempt's review asks about, with what was already said on it. */
  getFocusCheckIn: { input: AttemptIdInput, output: z.array(CheckInItem) },
  /** Records a verdict; a point fixed in two check-ins in a row closes by itself. Returns the point as it now is. */
  checkInFocusPoint: { input: CheckInFocusInput, output: FocusPoint },
  reopenFocusPoint: { input: ById, output: FocusPoint },
  /** Removes the point with its check-ins; returns it as it was. */
  deleteFocusPoint: { input: ById, output: FocusPoint },
  getFocusPair: { input: FocusPairInput, output: z.array(FocusPairRow) },
  getFocusHistory: { input: FocusHistoryInput, output: FocusHistory },
} satisfies ContractTable;
