import type { PatternFocus, Stage } from './journal';

/** Three or more rejections at one stage is a pattern worth acting on, not bad luck. */
export const PATTERN_THRESHOLD = 3;

export const FOCUS_LABELS: Record<PatternFocus, string> = {
  skill: 'Focus on the skill itself',
  role: 'Focus on the kind of role',
  visibility: 'Focus on visibility',
};

/**
 * What repeated rejections at each stage usually point to, and where to put effort next.
 * Shown on the patterns card and in the Markdown export.
 */
export const STAGE_ADVICE: Record<Stage, { focus: PatternFocus; advice: string }> = {
  application: {
    focus: 'visibility',
    advice:
      'Applications are not turning into conversations. That is about how you are seen on paper, not how you interview: ' +
      'mirror the wording of each advert in your CV, lead with one measurable result, and ask someone inside the company to refer you.',
  },
  screening: {
    focus: 'role',
    advice:
      'Screening calls check fit: level, salary, motivation and a clear two-minute story of who you are. ' +
      'Practice "tell me about yourself" and "why this role", and check that the roles you apply for match what you have done.',
  },
  technical: {
    focus: 'skill',
    advice:
      'The technical or case round is where it stops. Work on the skill itself: rehearse the exercises this kind of role sets, ' +
      'and practice thinking out loud so the interviewer can follow your reasoning even when the answer is not perfect.',
  },
  panel: {
    focus: 'skill',
    advice:
      'Panels and onsite days lean on behavioural questions. Record answers to the questions below, keep each one a clear ' +
      'Situation, Task, Action, Result in about two minutes, and end every answer on the result you delivered.',
  },
  final: {
    focus: 'role',
    advice:
      'Reaching the final round means your skills are not the problem. Final decisions come down to fit and conviction: ' +
      'aim at roles closest to your strongest work, and practice saying plainly why you want this one and what you would do first.',
  },
  offer: {
    focus: 'visibility',
    advice:
      'Offers are falling through at the last step. Check what your references say about you, agree terms in writing, ' +
      'and keep in touch with the hiring manager between the offer and your start date.',
  },
};
