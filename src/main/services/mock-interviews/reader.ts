import type { Database } from 'better-sqlite3';
import { RetakeError } from '../../../shared/errors';
import {
  MOCK_LIMITS,
  type MockAnswer,
  type MockInterview,
  type MockInterviewQuestion,
  type MockInterviewStatus,
  type MockInterviewSummary,
  type MockMode,
  type MockTotals,
} from '../../../shared/mock-interviews';
import type { DeliveryStore } from '../analysis/delivery-store';
import type { MetricsStore } from '../analysis/metrics-store';
import type { AttemptStore } from '../attempts/store';
import { createBodyLanguageStore } from '../body-language/store';
import type { RatingStore } from '../review/ratings';
import type { SectionStore } from '../review/section-store';
import type { QuestionReader } from './questions';
import type { MockSetStore } from './sets';

interface InterviewRow {
  id: number;
  set_id: number;
  set_name: string | null;
  think_seconds: number;
  cap_seconds: number;
  mode: MockMode;
  status: MockInterviewStatus;
  started_at: string;
  ended_at: string | null;
  self_rating: number | null;
  reflection: string;
  question_count: number;
  answered_count: number;
  finished_count: number;
}

/** An answer still recording, finalising or failed is not a finished one. */
const FINISHED = `('ready', 'recovered')`;

const SELECT = `
  SELECT i.*, s.name AS set_name, s.think_seconds, s.cap_seconds, s.mode,
         (SELECT count(*) FROM mock_interview_questions q WHERE q.interview_id = i.id) AS question_count,
         (SELECT count(*) FROM mock_answers m WHERE m.interview_id = i.id) AS answered_count,
         (SELECT count(*) FROM mock_answers m JOIN attempts a ON a.id = m.attempt_id
           WHERE m.interview_id = i.id AND a.status IN ${FINISHED}) AS finished_count
  FROM mock_interviews i JOIN mock_sets s ON s.id = i.set_id`;

const summary = (row: InterviewRow): MockInterviewSummary => ({
  id: row.id,
  setId: row.set_id,
  setName: row.set_name,
  thinkSeconds: row.think_seconds,
  capSeconds: row.cap_seconds,
  mode: row.mode,
  status: row.status,
  done: row.status === 'finished' && row.finished_count > 0,
  startedAt: row.started_at,
  endedAt: row.ended_at,
  questionCount: row.question_count,
  answeredCount: row.answered_count,
  selfRating: row.self_rating,
});

/** Reading runs: the list, and one run with every answer's review figures and the totals. */
export function createMockInterviewReader(deps: {
  db: Database;
  sets: MockSetStore;
  questions: QuestionReader;
  attempts: AttemptStore;
  metrics: MetricsStore;
  delivery: DeliveryStore;
  sections: SectionStore;
  ratings: RatingStore;
}) {
  const { db, sets, questions, attempts, metrics, delivery, sections, ratings } = deps;
  const body = createBodyLanguageStore(db);
  const one = db.prepare<[number], InterviewRow>(`${SELECT} WHERE i.id = ?`);
  const recent = db.prepare<[number], InterviewRow>(`${SELECT} ORDER BY i.started_at DESC, i.id DESC LIMIT ?`);
  const asked = db.prepare<[number], { position: number; prompt_id: number; attempt_id: number | null }>(
    `SELECT q.position, q.prompt_id, m.attempt_id FROM mock_interview_questions q
     LEFT JOIN mock_answers m ON m.interview_id = q.interview_id AND m.position = q.position
     WHERE q.interview_id = ? ORDER BY q.position`,
  );
  const earlier = db.prepare<[number, number, string], { id: number; started_at: string }>(
    `SELECT id, started_at FROM mock_interviews WHERE set_id = ? AND id != ? AND status = 'finished' AND started_at <= ?
     ORDER BY started_at DESC, id DESC`,
  );

  function answerOf(attemptId: number, capSeconds: number): MockAnswer {
    const attempt = attempts.get(attemptId);
    return {
      attempt,
      metrics: metrics.get(attemptId),
      delivery: delivery.whole(attemptId),
      body: body.summary(attemptId),
      sections: sections.list(attemptId),
      ratings: ratings.get(attemptId),
      cutAtCap: attempt.durationMs !== null && attempt.durationMs >= capSeconds * 1000 - MOCK_LIMITS.capToleranceMs,
    };
  }

  function totalsOf(list: readonly MockInterviewQuestion[]): MockTotals {
    const finished = list.flatMap((q) => (q.answer && (q.answer.attempt.status === 'ready' || q.answer.attempt.status === 'recovered') ? [q.answer] : []));
    return {
      answered: finished.length,
      spokenMs: finished.reduce((sum, a) => sum + (a.metrics?.speakingMs ?? 0), 0),
      cutAtCap: finished.filter((a) => a.cutAtCap).length,
      withoutResult: finished.filter((a) => !a.sections.some((s) => s.section === 'result')).length,
    };
  }

  function row(id: number): InterviewRow {
    const r = one.get(id);
    if (!r) throw new RetakeError('not-found', `No mock interview with id ${id}.`);
    return r;
  }

  return {
    row,
    list: (limit: number): MockInterviewSummary[] => recent.all(limit).map(summary),

    get(id: number): MockInterview {
      const r = row(id);
      const rows = asked.all(id);
      const texts = questions.byId(rows.map((q) => q.prompt_id));
      const list: MockInterviewQuestion[] = rows.map((q) => ({
        ...texts.get(q.prompt_id)!,
        position: q.position,
        answer: q.attempt_id === null ? null : answerOf(q.attempt_id, r.cap_seconds),
      }));
      const askedIds = new Set(rows.map((q) => q.prompt_id));
      const next = list.find((q) => q.answer === null);
      return {
        ...summary(r),
        questions: list,
        missing: sets.get(r.set_id).questions.filter((q) => !askedIds.has(q.promptId)),
        nextPosition: r.status === 'running' && next ? next.position : null,
        totals: totalsOf(list),
        reflection: r.reflection,
        earlierRuns: earlier.all(r.set_id, id, r.started_at).map((e) => ({ id: e.id, startedAt: e.started_at })),
      };
    },
  };
}

export type MockInterviewReader = ReturnType<typeof createMockInterviewReader>;
