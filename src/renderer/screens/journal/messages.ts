import type { Interview, Stage } from '../../../shared/journal';
import { formatDay } from './dates';

export interface Message {
  subject: string;
  body: string;
}

/** The part of the process each message refers to, as it reads in a sentence. */
const STAGE_PHRASES: Record<Stage, string> = {
  application: 'my application',
  screening: 'our screening call',
  technical: 'the technical round',
  panel: 'the panel interview',
  final: 'the final round',
  offer: 'the offer stage',
};

const greeting = (interviewer: string) => `Hi ${interviewer.trim() || 'there'},`;

/** A short thank-you to send within a day of the interview. */
export function thankYouNote(i: Interview): Message {
  return {
    subject: `Thank you: ${i.role} interview`,
    body: [
      greeting(i.interviewer),
      '',
      `Thank you for your time on ${formatDay(i.date)} and for walking me through the ${i.role} role at ${i.company}. ` +
        'I came away with a clearer picture of the team and the problems it is working on, and I am even keener on the role than before.',
      '',
      'If there is anything I can send to help your decision, just let me know.',
      '',
      'Best wishes',
    ].join('\n'),
  };
}

/** A request for feedback specific enough to get a real answer: one or two things, tied to the stage. */
export function feedbackRequest(i: Interview): Message {
  const opening =
    i.outcome === 'rejected'
      ? `Thank you for letting me know your decision about the ${i.role} role at ${i.company}. I am disappointed, but I valued the chance to take part.`
      : `Thank you again for considering me for the ${i.role} role at ${i.company}.`;
  return {
    subject: `${i.role} at ${i.company}: a short request for feedback`,
    body: [
      greeting(i.interviewer),
      '',
      opening,
      '',
      `Would you be willing to share one or two things from ${STAGE_PHRASES[i.stage]} that would have made me a stronger candidate? ` +
        'A couple of lines is plenty, and I will put them straight into practice before my next interview.',
      '',
      'Thank you for your time.',
      '',
      'Best wishes',
    ].join('\n'),
  };
}
