import type { FocusCheckIn, FocusPoint, FocusStatus, FocusVerdict } from '../../../../shared/focus';

export interface FocusPointRow {
  id: number;
  prompt_id: number | null;
  text: string;
  status: FocusStatus;
  source_attempt_id: number | null;
  source_note_id: number | null;
  created_at: string;
  opened_at: string;
  closed_at: string | null;
}

export interface CheckInRow {
  focus_point_id: number;
  attempt_id: number;
  verdict: FocusVerdict;
  at_ms: number | null;
  note: string;
  updated_at: string;
}

export const toFocusPoint = (row: FocusPointRow): FocusPoint => ({
  id: row.id,
  promptId: row.prompt_id,
  text: row.text,
  status: row.status,
  sourceAttemptId: row.source_attempt_id,
  sourceNoteId: row.source_note_id,
  createdAt: row.created_at,
  closedAt: row.closed_at,
});

export const toCheckIn = (row: CheckInRow): FocusCheckIn => ({
  focusPointId: row.focus_point_id,
  attemptId: row.attempt_id,
  verdict: row.verdict,
  atMs: row.at_ms,
  note: row.note,
  updatedAt: row.updated_at,
});
