import type { Database } from 'better-sqlite3';
import type { Competency } from '../../../shared/competencies';
import { RetakeError } from '../../../shared/errors';
import { COMPETENCY_LABELS } from '../../../shared/competencies';
import { type DrawMockQuestionsInput, type DrawnQuestions, MOCK_LIMITS, type MockQuestion } from '../../../shared/mock-interviews';

interface Candidate {
  id: number;
  text: string;
  competency: Competency;
  last_at: string | null;
}

const DAY_MS = 24 * 3600 * 1000;

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/**
 * A mix from the chosen competencies: taken in turn from each (so three competencies and
 * six questions give two of each where there are enough), at random within one. Questions
 * with a finished attempt in the last few days are left for last: they are drawn only when
 * the others run out, least recently practiced first.
 */
export function drawQuestions(db: Database, input: DrawMockQuestionsInput, random: () => number = Math.random): DrawnQuestions {
  const competencies = [...new Set(input.competencies)];
  const rows = db
    .prepare<[string], Candidate>(
      `SELECT p.id, p.text, p.competency,
              (SELECT max(a.started_at) FROM attempts a WHERE a.prompt_id = p.id AND a.status IN ('ready', 'recovered')) AS last_at
       FROM prompts p WHERE p.archived = 0 AND p.competency IN (SELECT value FROM json_each(?)) ORDER BY p.id`,
    )
    .all(JSON.stringify(competencies));
  if (rows.length < input.count) {
    const names = competencies.map((c) => COMPETENCY_LABELS[c]).join(', ');
    throw new RetakeError('invalid-input', `Only ${rows.length} questions are in ${names}; choose more competencies or fewer questions.`);
  }
  const since = new Date(Date.now() - (input.avoidRecentDays ?? MOCK_LIMITS.recentDaysDefault) * DAY_MS).toISOString();
  const isRecent = (c: Candidate) => (input.avoidRecentDays ?? MOCK_LIMITS.recentDaysDefault) > 0 && c.last_at !== null && c.last_at >= since;

  const fresh = new Map<Competency, Candidate[]>();
  for (const c of shuffle(competencies.slice(), random)) fresh.set(c, []);
  for (const row of shuffle(rows.filter((r) => !isRecent(r)), random)) fresh.get(row.competency)!.push(row);

  const picked: Candidate[] = [];
  while (picked.length < input.count && [...fresh.values()].some((list) => list.length > 0)) {
    for (const list of fresh.values()) {
      const next = list.shift();
      if (next && picked.length < input.count) picked.push(next);
    }
  }
  const recent = rows.filter(isRecent).sort((a, b) => (a.last_at! < b.last_at! ? -1 : a.last_at! > b.last_at! ? 1 : a.id - b.id));
  let recentCount = 0;
  while (picked.length < input.count) {
    picked.push(recent[recentCount]!);
    recentCount += 1;
  }
  const questions: MockQuestion[] = picked.map((c) => ({ promptId: c.id, text: c.text, competency: c.competency, archived: false }));
  return { questions, recentCount };
}
