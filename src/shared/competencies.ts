import { z } from 'zod';

/** The competencies questions are grouped by; fixed so patterns can be counted. */
export const COMPETENCIES = [
  'leadership',
  'teamwork',
  'conflict',
  'failure-and-learning',
  'problem-solving',
  'results-and-impact',
  'communication',
  'adaptability',
  'initiative',
  'customer-focus',
] as const;

export const Competency = z.enum(COMPETENCIES);
export type Competency = z.infer<typeof Competency>;

export const COMPETENCY_LABELS: Record<Competency, string> = {
  leadership: 'Leadership',
  teamwork: 'Teamwork',
  conflict: 'Conflict',
  'failure-and-learning': 'Failure and learning',
  'problem-solving': 'Problem-solving',
  'results-and-impact': 'Results and impact',
  communication: 'Communication',
  adaptability: 'Adaptability',
  initiative: 'Initiative',
  'customer-focus': 'Customer focus',
};
