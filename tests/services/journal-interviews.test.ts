import { describe, expect, it } from 'vitest';
import { JOURNAL_LIMITS } from '../../src/shared/journal';
import { LIMITS } from '../../src/shared/limits';
import { useTestRetake } from '../support/hooks';
import { call, interview, ok } from '../support/journal';
import { type TestRetake } from '../support/services';

let t: TestRetake;
useTestRetake((opened) => {
  t = opened;
});

describe('interview log', () => {
  it('logs an interview with only the basics, filling the rest with empty values', async () => {
    const created = await ok(t, 'createInterview', interview());
    expect(created).toMatchObject({
      company: 'Northwind',
      role: 'Product manager',
      date: '2025-03-04',
      stage: 'panel',
      outcome: 'rejected',
      interviewer: '',
      recall: '',
      wentWell: '',
      refine: '',
      thankYouSent: false,
      feedbackRequested: false,
      feedback: '',
      questions: [],
    });
    expect(await ok(t, 'getInterview', { id: created.id })).toEqual(created);
  });

  it('keeps the full debrief, trims text, and survives a restart', async () => {
    const created = await ok(t, 'createInterview', {
      ...interview(),
      company: '  Northwind  ',
      interviewer: 'Sam Lee',
      recall: 'Tell me about a conflict.\nWhy us?',
      wentWell: 'Clear opening',
      struggled: 'Rambled on the result',
      felt: 'Nervous, then fine',
      refine: 'Shorter situation',
      thankYouSent: true,
      feedbackRequested: true,
      feedback: 'Wanted more numbers',
    });
    expect(created.company).toBe('Northwind');
    await t.reopen();
    expect(await ok(t, 'getInterview', { id: created.id })).toEqual(created);
  });

  it('lists interviews newest date first', async () => {
    await ok(t, 'createInterview', interview({ company: 'A', date: '2025-01-10' }));
    await ok(t, 'createInterview', interview({ company: 'B', date: '2025-03-01' }));
    await ok(t, 'createInterview', interview({ company: 'C', date: '2024-12-24' }));
    expect((await ok(t, 'listInterviews', {})).map((i) => i.company)).toEqual(['B', 'A', 'C']);
  });

  it('updates only the fields given', async () => {
    const created = await ok(t, 'createInterview', interview({ wentWell: 'Good rapport' }));
    await new Promise((r) => setTimeout(r, 5));
    const updated = await ok(t, 'updateInterview', { id: created.id, outcome: 'offer', feedback: 'Strong examples' });
    expect(updated).toEqual({ ...created, outcome: 'offer', feedback: 'Strong examples', updatedAt: updated.updatedAt });
    expect(updated.updatedAt > created.updatedAt).toBe(true);
  });

  describe('refuses bad input with a clear message and changes nothing', () => {
    const tooLong = (n: number) => 'x'.repeat(n + 1);
    const cases: [string, Record<string, unknown>, RegExp][] = [
      ['a date that is not yyyy-mm-dd', { date: '04/03/2025' }, /date: must be a date written yyyy-mm-dd/],
      ['a date not on the calendar', { date: '2025-02-30' }, /date: is not a date on the calendar/],
      ['an unknown stage', { stage: 'coffee-chat' }, /stage: /],
      ['an unknown outcome', { outcome: 'ghosted' }, /outcome: /],
      ['an empty company', { company: '   ' }, /company: must not be empty/],
      ['an oversized role', { role: tooLong(JOURNAL_LIMITS.role) }, new RegExp(`role: must be at most ${JOURNAL_LIMITS.role} characters`)],
      ['oversized feedback', { feedback: tooLong(JOURNAL_LIMITS.feedback) }, /feedback: must be at most/],
      ['a recalled question too long to practice', { recall: `Short one\n${tooLong(LIMITS.promptText)}` }, /recall: each question must be at most/],
      ['a field the journal does not have', { salary: '100k' }, /Unrecognized key/i],
    ];

    for (const [what, change, message] of cases) {
      it(`on create: ${what}`, async () => {
        const reply = await call(t, 'createInterview', { ...interview(), ...change });
        expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
        if (!reply.ok) expect(reply.error.message).toMatch(message);
        expect(await ok(t, 'listInterviews', {})).toEqual([]);
      });

      it(`on update: ${what}`, async () => {
        const created = await ok(t, 'createInterview', interview());
        const reply = await call(t, 'updateInterview', { id: created.id, ...change });
        expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
        expect(await ok(t, 'getInterview', { id: created.id })).toEqual(created);
      });
    }
  });

  it('answers an unknown id with not-found and changes nothing', async () => {
    const created = await ok(t, 'createInterview', interview());
    for (const [method, input] of [
      ['getInterview', { id: 999 }],
      ['updateInterview', { id: 999, outcome: 'offer' }],
      ['deleteInterview', { id: 999 }],
    ] as const) {
      expect(await call(t, method, input)).toEqual({ ok: false, error: { code: 'not-found', message: 'No interview with id 999.' } });
    }
    expect(await ok(t, 'listInterviews', {})).toEqual([created]);
  });

  it('deletes an interview but keeps the practice questions made from it', async () => {
    const created = await ok(t, 'createInterview', interview({ recall: 'Why do you want this role?' }));
    const withQuestion = await ok(t, 'addInterviewQuestion', {
      interviewId: created.id,
      text: 'Why do you want this role?',
      competency: 'communication',
    });
    const { promptId } = withQuestion.questions[0]!;

    await ok(t, 'deleteInterview', { id: created.id });
    expect(await call(t, 'getInterview', { id: created.id })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const prompts = await ok(t, 'listPrompts', {});
    expect(prompts.find((p) => p.id === promptId)).toMatchObject({ text: 'Why do you want this role?', source: 'interview' });
  });
});
