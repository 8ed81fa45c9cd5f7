import type { Competency } from './competencies';

/** Bullets and numbering people type in front of a list item: "- ", "• ", "3. ", "2) ", "Q4: ". */
const LIST_MARKER = /^(?:[-*•–]\s+|\d{1,3}[.)]\s+|q\d{1,3}[:.)]\s*)/i;

/**
 * The questions in a Recall box: one a line, list markers and blank lines dropped, and a
 * question typed twice kept once (compared without case), so each can become exactly one
 * practice question.
 */
export function recalledQuestions(recall: string): string[] {
  const seen = new Set<string>();
  const questions: string[] = [];
  for (const line of recall.split(/\r?\n/)) {
    const question = line.trim().replace(LIST_MARKER, '').trim();
    const key = question.toLowerCase();
    if (question === '' || seen.has(key)) continue;
    seen.add(key);
    questions.push(question);
  }
  return questions;
}

export interface RecallRow<Q extends { text: string }> {
  text: string;
  /** The practice question made from this line, if it was made. */
  question: Q | null;
}

/**
 * An interview's recalled questions beside the practice questions made from them (matched
 * without case). Practice questions whose line was later reworded or removed still belong.
 */
export function recallRows<Q extends { text: string }>(recall: string, questions: readonly Q[]): RecallRow<Q>[] {
  const key = (text: string) => text.toLowerCase();
  const byText = new Map(questions.map((q) => [key(q.text), q]));
  const recalled = recalledQuestions(recall).map((text) => ({ text, question: byText.get(key(text)) ?? null }));
  const listed = new Set(recalled.map((r) => key(r.text)));
  const orphans = questions.filter((q) => !listed.has(key(q.text))).map((q) => ({ text: q.text, question: q }));
  return [...recalled, ...orphans];
}

/** "2 of 5 practiced": every recalled question counts, made into practice or not. */
export function practiceTally(recall: string, questions: readonly { text: string; practicedCount: number }[]): { practiced: number; recalled: number } {
  const rows = recallRows(recall, questions);
  return { practiced: rows.filter((r) => (r.question?.practicedCount ?? 0) > 0).length, recalled: rows.length };
}

/** Clues in a question's wording, most specific first; the first match wins. */
const CLUES: ReadonlyArray<[Competency, RegExp]> = [
  ['conflict', /\b(conflict|disagree\w*|difficult (colleague|person|stakeholder|manager)|push(ed)? back|tension)\b/i],
  ['failure-and-learning', /\b(fail\w*|mistake\w*|went wrong|regret\w*|learn(ed|t)? from|setback\w*)\b/i],
  ['customer-focus', /\b(customer\w*|client\w*|user\w*|stakeholder\w*)\b/i],
  ['leadership', /\b(lead|led|leader\w*|manag(e|ed|ing) (a|the) team|mentor\w*|influence\w*|motivat\w*)\b/i],
  ['teamwork', /\b(team\w*|colleague\w*|collaborat\w*|cross-functional)\b/i],
  ['communication', /\b(communicat\w*|explain\w*|present\w*|persuad\w*|convinc\w*|feedback)\b/i],
  ['adaptability', /\b(chang\w*|adapt\w*|ambigu\w*|uncertain\w*|pressure|deadline\w*|priorit\w*)\b/i],
  ['initiative', /\b(initiative|improv\w*|own(ership)?|proactive\w*|went beyond|above and beyond|idea\w*)\b/i],
  ['results-and-impact', /\b(result\w*|impact\w*|achiev\w*|proud|goal\w*|metric\w*|deliver\w*)\b/i],
  ['problem-solving', /\b(problem\w*|solv\w*|challeng\w*|complex|analy\w*|decision\w*|debug\w*)\b/i],
];

/** A sensible first choice of competency for a recalled question; the person can change it. */
export function guessCompetency(question: string): Competency {
  return CLUES.find(([, clue]) => clue.test(question))?.[0] ?? 'problem-solving';
}
