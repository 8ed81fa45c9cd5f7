import type { Database } from 'better-sqlite3';
import type { Competency } from '../../../shared/competencies';
import { RetakeError } from '../../../shared/errors';
import type { AddInterviewQuestionInput, InterviewQuestion } from '../../../shared/journal';

interface QuestionRow {
  interview_id: number;
  prompt_id: number;
  text: string;
  competency: Competency;
  archived: number;
  practiced: number;
  last_practiced_at: string | null;
}

/**
 * Practice counts only finished attempts (a failed one is not practice) made since the
 * interview was logged: practicing after the debrief is what the journal shows.
 */
const SELECT = `
  SELECT p.interview_id, p.id AS prompt_id, p.text, p.competency, p.archived,
         count(a.id) AS practiced, max(a.started_at) AS last_practiced_at
  FROM prompts p
  JOIN interviews i ON i.id = p.interview_id
  LEFT JOIN attempts a ON a.prompt_id = p.id AND a.status IN ('ready', 'recovered') AND a.started_at >= i.created_at
  WHERE (@interviewId IS NULL OR p.interview_id = @interviewId)
  GROUP BY p.id
  ORDER BY p.id`;

/** Turning a debrief's recalled questions into practice questions, and how often each was practiced. */
export function createInterviewQuestions(db: Database) {
  const select = db.prepare<{ interviewId: number | null }, QuestionRow>(SELECT);

  return {
    /** Every interview's practice questions, keyed by interview id; one id narrows it to that interview. */
    byInterview(interviewId: number | null = null): Map<number, InterviewQuestion[]> {
      const groups = new Map<number, InterviewQuestion[]>();
      for (const row of select.all({ interviewId })) {
        const question: InterviewQuestion = {
          promptId: row.prompt_id,
          text: row.text,
          competency: row.competency,
          archived: row.archived === 1,
          practicedCount: row.practiced,
          lastPracticedAt: row.last_practiced_at,
        };
        const group = groups.get(row.interview_id);
        if (group) group.push(question);
        else groups.set(row.interview_id, [question]);
      }
      return groups;
    },

    /** A new prompt from a real interview, linked to it. The same question twice is refused. */
    add(input: AddInterviewQuestionInput): number {
      return db.transaction(() => {
        if (!db.prepare('SELECT 1 FROM interviews WHERE id = ?').get(input.interviewId)) {
          throw new RetakeError('not-found', `No interview with id ${input.interviewId}.`);
        }
        const duplicate = db
          .prepare('SELECT 1 FROM prompts WHERE interview_id = ? AND lower(text) = lower(?)')
          .get(input.interviewId, input.text);
        if (duplicate) throw new RetakeError('conflict', 'That question is already a practice question from this interview.');
        const { lastInsertRowid } = db
          .prepare(`INSERT INTO prompts (text, competency, source, interview_id, created_at) VALUES (?, ?, 'interview', ?, ?)`)
          .run(input.text, input.competency, input.interviewId, new Date().toISOString());
        return Number(lastInsertRowid);
      })();
    },
  };
}

export type InterviewQuestions = ReturnType<typeof createInterviewQuestions>;
