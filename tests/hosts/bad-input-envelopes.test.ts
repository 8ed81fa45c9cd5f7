import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/dispatch';
import { answerInvoke } from '../../src/main/hosts/ipc-invoke';
import { useTestRetake } from '../support/hooks';
import { TEST_CLIENT, type TestRetake } from '../support/services';

let t: TestRetake;
useTestRetake((opened) => {
  t = opened;
});

const trustedCaller = () => TEST_CLIENT.clientId;

describe('bad input always comes back as an envelope', () => {
  it('answers a malformed week start as invalid input, and stores nothing', async () => {
    for (const weekStart of ['2026-1-5', '2026-13-01', '', 'next monday']) {
      const reply = await dispatch(t.services, 'updateWeek', { weekStart, goals: { practice: 3 } }, TEST_CLIENT);
      expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      expect(reply.ok ? '' : reply.error.message).toMatch(/^Invalid input for updateWeek: weekStart: /);
    }
    const week = await t.services.handlers.getWeek({ weekOf: '2026-01-05', today: '2026-01-05', timeZone: 'UTC' }, TEST_CLIENT);
    expect(week.goals).toEqual({ practice: 0, applications: 0, outreach: 0 });
  });

  it('never lets the IPC handler throw: an untrusted or broken caller gets an envelope too', async () => {
    expect(await answerInvoke(t.services, trustedCaller, 'updateWeek', { weekStart: '2026-1-5' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await answerInvoke(t.services, () => null, 'listPrompts', {})).toMatchObject({ ok: false, error: { code: 'failed' } });
    const broken = () => {
      throw new TypeError('Object has been destroyed');
    };
    expect(await answerInvoke(t.services, broken, 'listPrompts', {})).toMatchObject({ ok: false, error: { code: 'failed' } });
    expect(await answerInvoke(t.services, trustedCaller, 'listPrompts', {})).toMatchObject({ ok: true });
  });

  it('bounds what an error repeats back: a 5 MB key gives a short message', async () => {
    const huge = 'k'.repeat(5 * 1024 * 1024);
    const reply = await dispatch(t.services, 'listPrompts', { [huge]: 1, [`${huge}2`]: 2 }, TEST_CLIENT);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const message = reply.ok ? '' : reply.error.message;
    expect(message.length).toBeLessThanOrEqual(1000);
    expect(message).toMatch(/^Invalid input for listPrompts: Unrecognized keys?: "k+…/);
  });

  it('bounds an unknown method name and a long list of problems', async () => {
    const name = await dispatch(t.services, 'x'.repeat(100_000), {}, TEST_CLIENT);
    expect(name.ok ? '' : name.error.message.length).toBeLessThanOrEqual(200);
    const many = await dispatch(t.services, 'createPrompt', Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`extra${i}`, i])), TEST_CLIENT);
    expect(many.ok ? '' : many.error.message.length).toBeLessThanOrEqual(1000);
  });
});
