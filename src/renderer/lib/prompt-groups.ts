import { COMPETENCIES, type Competency } from '../../shared/competencies';
import type { Prompt } from '../../shared/library';

export interface CompetencyGroup {
  competency: Competency;
  prompts: Prompt[];
}

/** Groups prompts by competency in the fixed competency order, leaving out empty groups. */
export function groupByCompetency(prompts: readonly Prompt[]): CompetencyGroup[] {
  return COMPETENCIES.map((competency) => ({
    competency,
    prompts: prompts.filter((prompt) => prompt.competency === competency),
  })).filter((group) => group.prompts.length > 0);
}

/** Questions the person wrote themselves (custom, or recalled from a real interview). */
export function isOwnPrompt(prompt: Prompt): boolean {
  return prompt.source !== 'built-in';
}
