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
