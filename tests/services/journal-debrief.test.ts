import { describe, expect, it } from 'vitest';
import { JOURNAL_LIMITS } from '../../src/shared/journal';
import { useTestRetake } from '../support/hooks';
import { call, interview, ok } from '../support/journal';
import type { TestRetake } from '../support/services';

let t: TestRetake;
useTestRetake((opened) => {
  t = opened;
});

describe('the R.E.S.P.O.N.D. debrief', () => {
  it('logs an interview with its debrief still due', async () => {
    const created = await ok(t, 'createInterview', interview());
    expect(created).toMatchObject({ gapKinds: [], nextActions: '', notify: '', nextPlan: '', goodThing: '', feeling: '', reflectionOn: null, debriefedAt: null });
  });

  it('keeps every step, and the time the debrief was first marked done', async () => {
    const created = await ok(t, 'createInterview', interview({ reflectionOn: '2025-03-06' }));
    const done = await ok(t, 'updateInterview', {
      id: created.id,
      gapKinds: ['behavioural', 'technical'],
      nextActions: 'Two mock panels',
      notify: 'Priya',
      nextPlan: 'Lead with the result',
      goodThing: 'Met a great team',
      feeling: '  tired but ok ',
      debriefDone: true,
    });
    expect(done).toMatchObject({ gapKinds: ['behavioural', 'technical'], feeling: 'tired but ok', reflectionOn: '2025-03-06' });
    expect(done.debriefedAt).toBe(done.updatedAt);
    await new Promise((r) => setTimeout(r, 5));
    const again = await ok(t, 'updateInterview', { id: created.id, nextPlan: 'Lead with the result, then the numbers', debriefDone: true });
    expect(again.debriefedAt).toBe(done.debriefedAt);
    expect((await ok(t, 'updateInterview', { id: created.id, debriefDone: false, reflectionOn: null })).debriefedAt).toBeNull();
    await t.reopen();
    expect(await ok(t, 'getInterview', { id: created.id })).toMatchObject({ gapKinds: ['behavioural', 'technical'], reflectionOn: null, debriefedAt: null });
  });

  it('refuses a gap kind off the list, one listed twice, and a feeling longer than a word or two', async () => {
    const { id } = await ok(t, 'createInterview', interview());
    for (const bad of [{ gapKinds: ['luck'] }, { gapKinds: ['technical', 'technical'] }, { feeling: 'x'.repeat(JOURNAL_LIMITS.feeling + 1) }, { reflectionOn: '2025-02-30' }]) {
      expect(await call(t, 'updateInterview', { id, ...bad })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
  });
});
