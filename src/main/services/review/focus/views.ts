import type { Database } from 'better-sqlite3';
import type { FocusHistory, FocusPairRow } from '../../../../shared/focus';
import type { AttemptStore } from '../../attempts/store';
import type { FocusCheckIns } from './check-ins';
import { type FocusPointRow, toFocusPoint } from './rows';

/** What compare and the progress view show of focus points: reads only. */
export function createFocusViews(db: Database, attempts: AttemptStore, checkIns: FocusCheckIns) {
  // Checked in on either side, or made from the earlier attempt of the pair.
  const ofPair = db.prepare<{ before: number; after: number }, FocusPointRow>(
    `SELECT p.* FROM focus_points p
     WHERE p.source_attempt_id = @before
        OR EXISTS (SELECT 1 FROM focus_check_ins c WHERE c.focus_point_id = p.id AND c.attempt_id IN (@before, @after))
     ORDER BY p.created_at DESC, p.id DESC`,
  );
  const ofPrompt = db.prepare<[number], FocusPointRow>(
    'SELECT * FROM focus_points WHERE prompt_id = ? OR prompt_id IS NULL ORDER BY created_at, id',
  );
  const eventsOfPrompt = db.prepare<[number], { focus_point_id: number; kind: 'opened' | 'closed' | 'reopened'; at: string }>(
    `SELECT e.focus_point_id, e.kind, e.at FROM focus_events e JOIN focus_points p ON p.id = e.focus_point_id
     WHERE p.prompt_id = ? OR p.prompt_id IS NULL ORDER BY e.at, e.id`,
  );

  return {
    pair(beforeAttemptId: number, afterAttemptId: number): FocusPairRow[] {
      attempts.get(beforeAttemptId); // not-found for an unknown id
      attempts.get(afterAttemptId);
      return ofPair.all({ before: beforeAttemptId, after: afterAttemptId }).map((row) => ({
        point: toFocusPoint(row),
        before: checkIns.checkInOf(row.id, beforeAttemptId),
        after: checkIns.checkInOf(row.id, afterAttemptId),
      }));
    },

    history(promptId: number): FocusHistory {
      return {
        points: ofPrompt.all(promptId).map(toFocusPoint),
        events: eventsOfPrompt.all(promptId).map((e) => ({ focusPointId: e.focus_point_id, kind: e.kind, at: e.at })),
      };
    },
  };
}
