import type { Database } from 'better-sqlite3';
import type { Attempt } from '../../../shared/attempts';
import { RetakeError } from '../../../shared/errors';
import type { StartMockAnswerInput } from '../../../shared/mock-interviews';
import type { Recorder } from '../recorder/attempt-recorder';
import type { MockInterviewReader } from './reader';
import type { MockSetStore } from './sets';

/**
 * The life of one run: start it, start each answer, finish it, delete it. Every check
 * comes before the first write, so a refused call changes nothing. An answer is started
 * through the one recorder, so it streams, stops, finalises and is recovered after a crash
 * exactly like any attempt; only the link to its question is written here.
 */
export function createMockRuns(deps: {
  db: Database;
  sets: MockSetStore;
  reader: MockInterviewReader;
  recorder: Recorder;
}) {
  const { db, sets, reader, recorder } = deps;
  const running = db.prepare<[], number>(`SELECT id FROM mock_interviews WHERE status = 'running'`).pluck();
  const answerIds = db.prepare<[number], number>('SELECT attempt_id FROM mock_answers WHERE interview_id = ?').pluck();

  function openRun(id: number) {
    const row = reader.row(id);
    if (row.status !== 'running') throw new RetakeError('conflict', `Mock interview ${id} is finished; start a new run to answer again.`);
    return row;
  }

  return {
    start(setId: number): number {
      const set = sets.get(setId);
      const busy = running.get();
      if (busy !== undefined) throw new RetakeError('conflict', `Mock interview ${busy} is still running; resume it or end it first.`);
      const kept = set.questions.filter((q) => !q.archived);
      if (kept.length === 0) throw new RetakeError('conflict', 'Every question of this set has been archived; restore one in Questions or make a new set.');
      return db.transaction(() => {
        const { lastInsertRowid } = db
          .prepare(`INSERT INTO mock_interviews (set_id, status, started_at) VALUES (?, 'running', ?)`)
          .run(setId, new Date().toISOString());
        const id = Number(lastInsertRowid);
        const insert = db.prepare('INSERT INTO mock_interview_questions (interview_id, position, prompt_id) VALUES (?, ?, ?)');
        kept.forEach((q, i) => insert.run(id, i + 1, q.promptId));
        return id;
      })();
    },

    /**
     * Realistic mode takes each question once, in order. Practice mode may also retake one
     * already answered: the new take counts and the one before stays an ordinary attempt.
     */
    startAnswer(input: StartMockAnswerInput, clientId: string): Attempt {
      const row = openRun(input.interviewId);
      const interview = reader.get(input.interviewId);
      const question = interview.questions.find((q) => q.position === input.position);
      if (!question) {
        throw new RetakeError('invalid-input', `Mock interview ${input.interviewId} has ${interview.questions.length} questions; there is no question ${input.position}.`);
      }
      const next = interview.nextPosition;
      if (question.answer && row.mode === 'realistic') {
        throw new RetakeError('conflict', `Question ${input.position} is already answered; a realistic interview has no retakes.`);
      }
      if (!question.answer && input.position !== next) {
        throw new RetakeError('conflict', `Question ${next} comes next; questions are answered in order.`);
      }
      const attempt = recorder.start(
        { promptId: question.promptId, mode: input.mode, mimeType: input.mimeType, targetSeconds: row.cap_seconds },
        clientId,
      );
      db.prepare('INSERT OR REPLACE INTO mock_answers (interview_id, position, attempt_id) VALUES (?, ?, ?)').run(
        input.interviewId,
        input.position,
        attempt.id,
      );
      return attempt;
    },

    finish(id: number): void {
      openRun(id);
      db.prepare(`UPDATE mock_interviews SET status = 'finished', ended_at = ? WHERE id = ?`).run(new Date().toISOString(), id);
    },

    rate(id: number, selfRating: number | null | undefined, reflection: string | undefined): void {
      reader.row(id); // not-found first
      db.prepare(
        `UPDATE mock_interviews SET self_rating = CASE WHEN @setRating THEN @selfRating ELSE self_rating END,
                                    reflection = coalesce(@reflection, reflection) WHERE id = @id`,
      ).run({ id, setRating: selfRating === undefined ? 0 : 1, selfRating: selfRating ?? null, reflection: reflection?.trim() ?? null });
    },

    /** Keeping the answers only drops their links; deleting them goes through the one attempt delete, after every check. */
    async delete(id: number, keepAnswers: boolean, deleteAttempt: (attemptId: number) => Promise<void> | void): Promise<void> {
      const interview = reader.get(id);
      const answers = interview.questions.flatMap((q) => (q.answer ? [q.answer.attempt] : []));
      if (!keepAnswers) {
        const busy = answers.find((a) => a.status === 'recording' || a.status === 'finalizing');
        if (busy) throw new RetakeError('conflict', `Answer ${busy.id} is still ${busy.status}; delete the interview once it is saved, or keep its answers.`);
      }
      const ids = answerIds.all(id);
      db.prepare('DELETE FROM mock_interviews WHERE id = ?').run(id);
      if (!keepAnswers) for (const attemptId of ids) await deleteAttempt(attemptId);
    },
  };
}
