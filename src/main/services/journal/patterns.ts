import type { Database } from 'better-sqlite3';
import { COMPETENCIES, type Competency } from '../../../shared/competencies';
import { PATTERN_THRESHOLD, STAGE_ADVICE } from '../../../shared/journal-advice';
import { OUTCOMES, STAGES, type Outcome, type PatternCard, type Patterns, type Stage } from '../../../shared/journal';

interface CountRow {
  stage: Stage;
  outcome: Outcome;
  n: number;
}

interface QuestionRow {
  stage: Stage;
  prompt_id: number;
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

  // The questions they were asked in the interviews that ended in rejection at each stage.
  const questions = db
    .prepare<[], QuestionRow>(
      `SELECT i.stage, p.id AS prompt_id, p.text, p.competency
       FROM interviews i JOIN prompts p ON p.interview_id = i.id
       WHERE i.outcome = 'rejected'
       ORDER BY p.id`,
    )
    .all();

  const cards: PatternCard[] = byStage
    .filter((s) => s.outcomes.rejected >= PATTERN_THRESHOLD)
    .map(({ stage, outcomes }) => {
      const asked = questions.filter((q) => q.stage === stage);
      return {
        stage,
        rejections: outcomes.rejected,
        focus: STAGE_ADVICE[stage].focus,
        competencies: COMPETENCIES.map((competency) => ({
          competency,
          questions: asked.filter((q) => q.competency === competency).map((q) => ({ promptId: q.prompt_id, text: q.text })),
        })).filter((group) => group.questions.length > 0),
      };
    });

  return { byStage, cards };
}
