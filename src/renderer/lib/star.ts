/** The four parts of a STAR answer, with the prompt shown to help write each one. */
export const STAR_PARTS = [
  { key: 'situation', letter: 'S', label: 'Situation', hint: 'Where and when? Set the scene in a sentence or two.' },
  { key: 'task', letter: 'T', label: 'Task', hint: 'What were you responsible for, and what was at stake?' },
  { key: 'action', letter: 'A', label: 'Action', hint: 'What did you do, step by step? Say “I”, not “we”.' },
  { key: 'result', letter: 'R', label: 'Result', hint: 'What changed? Numbers if you have them, and what you learned.' },
] as const;

export type StarKey = (typeof STAR_PARTS)[number]['key'];
