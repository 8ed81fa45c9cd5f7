import type { Database } from 'better-sqlite3';
import { COMPETENCIES, type Competency } from '../../../shared/competencies';
import { PATTERN_THRESHOLD, STAGE_ADVICE } from '../../../shared/journal-advice';
import { OUTCOMES, STAGES, type Outcome, type PatternCard, type Patterns, type Stage } from '../../../shared/journal';
import { guessCompetency, recallRows } from '../../../shared/recall';

interface CountRow {
  stage: Stage;
  outcome: Outcome;
  n: number;
}

interface RejectedRow {
  id: number;
  stage: Stage;
  recall: string;
}

interface PromptRow {
  interview_id: number;
  prompt_id: number;
  text: string;
  competency: Competency;
}

interface AskedQuestion {
  interviewId: number;
  promptId: number | null;
  text: string;
  competency: Competency;
}

/**
 * Outcomes counted by the stage reached, and a card for every stage where rejections
 * keep happening. Only rejections at that same stage count towards its card: three
 * rejections spread over three stages are three different problems.
 */
export function computePatterns(db: Database): Patterns {
  const counts = db.prepare<[], CountRow>('SELECT stage, outcome, count(*) AS n FROM interviews GROUP BY stage, outcome').all();
  const count = (stage: Stage, outcome: Outcome) => counts.find((c) => c.stage === stage && c.outcome === outcome)?.n ?? 0;

  const byStage = STAGES.map((stage) => {
    const outcomes = Object.fromEntries(OUTCOMES.map((o) => [o, count(stage, o)])) as Record<Outcome, number>;
    return { stage, outcomes, total: OUTCOMES.reduce((sum, o) => sum + outcomes[o], 0) };
  });

  // Every question recalled from the interviews that ended in rejection, made into practice or not.
  const rejected = db.prepare<[], RejectedRow>(`SELECT id, stage, recall FROM interviews WHERE outcome = 'rejected' ORDER BY date, id`).all();
  const prompts = db
    .prepare<[], PromptRow>(
      `SELECT p.interview_id, p.id AS prompt_id, p.text, p.competency
       FROM prompts p JOIN interviews i ON i.id = p.interview_id
       WHERE i.outcome = 'rejected' ORDER BY p.id`,
    )
    .all();
  const askedAt = (stage: Stage): AskedQuestion[] =>
    rejected
      .filter((i) => i.stage === stage)
      .flatMap((i) => {
        const made = prompts.filter((p) => p.interview_id === i.id);
        return recallRows(i.recall, made).map(({ text, question }) => ({
          interviewId: i.id,
          promptId: question?.prompt_id ?? null,
          text,
          competency: question?.competency ?? guessCompetency(text),
        }));
      });

  const cards: PatternCard[] = byStage
    .filter((s) => s.outcomes.rejected >= PATTERN_THRESHOLD)
    .map(({ stage, outcomes }) => {
      const asked = askedAt(stage);
      return {
        stage,
        rejections: outcomes.rejected,
        focus: STAGE_ADVICE[stage].focus,
        competencies: COMPETENCIES.map((competency) => ({
          competency,
          questions: asked.filter((q) => q.competency === competency).map(({ interviewId, promptId, text }) => ({ interviewId, promptId, text })),
        })).filter((group) => group.questions.length > 0),
      };
    });

  return { byStage, cards };
}
