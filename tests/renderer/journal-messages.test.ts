import { describe, expect, it } from 'vitest';
import type { Interview } from '../../src/shared/journal';
import { formatDay } from '../../src/renderer/screens/journal/dates';
import { feedbackRequest, thankYouNote } from '../../src/renderer/screens/journal/messages';

const base: Interview = {
  id: 1,
  company: 'Northwind',
  role: 'Product manager',
  date: '2025-03-04',
  stage: 'panel',
  outcome: 'rejected',
  interviewer: 'Dana',
  recall: '',
  wentWell: '',
  struggled: '',
  felt: '',
  refine: '',
  thankYouSent: false,
  feedbackRequested: false,
  feedback: '',
  gapKinds: [],
  nextActions: '',
  notify: '',
  nextPlan: '',
  goodThing: '',
  feeling: '',
  reflectionOn: null,
  debriefedAt: null,
  createdAt: '2025-03-04T18:00:00.000Z',
  updatedAt: '2025-03-04T18:00:00.000Z',
  questions: [],
};

describe('follow-up messages', () => {
  it('fills the thank-you note with the interviewer, role, company and date', () => {
    const note = thankYouNote(base);
    expect(note.subject).toBe('Thank you: Product manager interview');
    expect(note.body.split('\n')[0]).toBe('Hi Dana,');
    expect(note.body).toContain(`on ${formatDay('2025-03-04')} and for walking me through the Product manager role at Northwind.`);
  });

  it('greets politely when no interviewer was noted', () => {
    expect(thankYouNote({ ...base, interviewer: '  ' }).body.startsWith('Hi there,\n')).toBe(true);
    expect(feedbackRequest({ ...base, interviewer: '' }).body.startsWith('Hi there,\n')).toBe(true);
  });

  it('asks for one or two specific things from the stage reached, acknowledging a rejection', () => {
    const rejected = feedbackRequest(base);
    expect(rejected.subject).toBe('Product manager at Northwind: a short request for feedback');
    expect(rejected.body).toContain('Thank you for letting me know your decision about the Product manager role at Northwind.');
    expect(rejected.body).toContain('one or two things from the panel interview');

    const waiting = feedbackRequest({ ...base, outcome: 'waiting', stage: 'screening' });
    expect(waiting.body).not.toContain('decision');
    expect(waiting.body).toContain('one or two things from our screening call');
  });
});
