import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../src/main/dispatch';
import { retakeContract } from '../../src/shared/api';
import { createBridge } from '../../src/shared/client';
import { composeContracts } from '../../src/shared/contract';
import { withCheckedOutputs } from '../support/checked-outputs';
import { useTestRetake } from '../support/hooks';
import { TEST_CLIENT, type TestRetake } from '../support/services';

describe('the contract tables', () => {
  let t: TestRetake;
  useTestRetake((value) => {
    t = value;
  });

  it('refuse a method declared by two features', () => {
    const one = { ping: { input: z.object({}), output: z.void() } };
    expect(() => composeContracts(one, { ...one })).toThrow(/ping is declared by two contract tables/);
  });

  it('have exactly one handler and one bridge method per method', () => {
    const methods = Object.keys(retakeContract).sort();
    expect(Object.keys(t.services.handlers).sort()).toEqual(methods);
    const bridge = createBridge({ invoke: async () => ({ ok: true, value: null }), onEvent: () => () => {}, mediaUrl: () => '', saveExport: async () => ({ saved: false }) });
    expect(Object.keys(bridge).filter((name) => !['onEvent', 'mediaUrl', 'saveExport'].includes(name)).sort()).toEqual(methods);
  });

  it('are what dispatch validates input with', async () => {
    const reply = await dispatch(t.services, 'getReview', { attemptId: 'one' }, TEST_CLIENT);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('catch an answer outside the output schema in tests', () => {
    const broken = { ...t.services.handlers, getSettings: () => ({ audioOnly: 'yes' }) };
    const checked = withCheckedOutputs({ ...t.services, handlers: broken as never });
    expect(() => checked.handlers.getSettings({}, TEST_CLIENT)).toThrow(/getSettings answered outside its output schema/);
  });
});
