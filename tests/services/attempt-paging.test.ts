import { describe, expect, it } from 'vitest';
import type { Attempt, AttemptStatus } from '../../src/shared/attempts';
import { useTestRetake } from '../support/hooks';
import { call, ok, withDatabase } from '../support/review';
import { type TestRetake } from '../support/services';

let t: TestRetake;
useTestRetake((opened) => {
  t = opened;
});

/**
 * Finalised attempts written straight into the database (the recorder would take a second
 * each): several share a start time, so the cursor's tie-break on id is exercised.
 */
function seedAttempts(count: number, promptIds: number[]): void {
  withDatabase(t, (db) => {
    const insert = db.prepare(
      `INSERT INTO attempts (prompt_id, mode, status, started_at, duration_ms, target_seconds, size_bytes)
       VALUES (?, 'audio', ?, ?, 3000, 120, 1000)`,
    );
    db.transaction(() => {
      for (let i = 0; i < count; i++) {
        const status: AttemptStatus = i % 4 === 3 ? 'failed' : i % 5 === 0 ? 'recovered' : 'ready';
        insert.run(promptIds[i % promptIds.length], status, new Date(Date.UTC(2025, 0, 1) + Math.floor(i / 3) * 60_000).toISOString());
      }
    })();
  });
}

type Filter = { promptId?: number; status?: AttemptStatus };

async function nextPage(filter: Filter, after: Attempt | undefined, limit: number): Promise<Attempt[]> {
  return ok(t, 'listAttempts', { ...filter, limit, ...(after ? { after: { startedAt: after.startedAt, id: after.id } } : {}) });
}

const newestFirst = (a: Attempt, b: Attempt) => b.startedAt.localeCompare(a.startedAt) || b.id - a.id;

describe('paging through attempts', () => {
  it('reaches every attempt once, newest first, with or without filters', async () => {
    const prompts = await ok(t, 'listPrompts', {});
    const promptIds = prompts.slice(0, 3).map((p) => p.id);
    seedAttempts(47, promptIds);
    const all = await ok(t, 'listAttempts', {});
    expect(all).toHaveLength(47);
    for (const filter of [{}, { promptId: promptIds[1] }, { status: 'ready' }, { promptId: promptIds[0], status: 'failed' }] as Filter[]) {
      const seen: Attempt[] = [];
      for (let page = await nextPage(filter, undefined, 5); page.length > 0; page = await nextPage(filter, seen.at(-1), 5)) {
        seen.push(...page);
      }
      const expected = all.filter((a) => (filter.promptId ?? a.promptId) === a.promptId && (filter.status ?? a.status) === a.status);
      expect(expected.length, JSON.stringify(filter)).toBeGreaterThan(0);
      expect(seen.map((a) => a.id)).toEqual(expected.sort(newestFirst).map((a) => a.id));
    }
  });

  it('never skips or repeats an attempt while attempts are added and deleted between pages', async () => {
    const prompts = await ok(t, 'listPrompts', {});
    seedAttempts(40, [prompts[0]!.id, prompts[1]!.id]);
    const before = await ok(t, 'listAttempts', {});
    const deleted = new Set<number>();
    const seen: number[] = [];
    let page = await nextPage({}, undefined, 6);
    while (page.length > 0) {
      seen.push(...page.map((a) => a.id));
      // Between pages: a new attempt starts (newest of all), the one just shown is deleted,
      // and so is one not shown yet.
      await ok(t, 'startAttempt', { promptId: prompts[2]!.id, mode: 'audio', mimeType: 'audio/webm', targetSeconds: 60 });
      const shown = page.at(-1)!;
      const unseen = before.find((a) => !seen.includes(a.id) && !deleted.has(a.id));
      for (const attempt of [shown, unseen]) {
        if (!attempt) continue;
        await ok(t, 'deleteAttempt', { attemptId: attempt.id });
        deleted.add(attempt.id);
      }
      page = await nextPage({}, shown, 6);
    }
    expect(new Set(seen).size).toBe(seen.length); // no repeats
    const stillThere = before.filter((a) => !deleted.has(a.id) || seen.includes(a.id)).map((a) => a.id);
    expect(seen).toEqual(stillThere); // none skipped, in order
  });

  it('numbers each attempt by its place among its question\'s, the same whole, paged or filtered', async () => {
    const prompts = await ok(t, 'listPrompts', {});
    seedAttempts(31, [prompts[0]!.id, prompts[1]!.id]);
    for (const promptId of [prompts[0]!.id, prompts[1]!.id]) {
      const whole = await ok(t, 'listAttempts', { promptId });
      const oldestFirst = whole.toSorted((a, b) => newestFirst(b, a)).map((a) => a.id);
      expect(whole.map((a) => a.number)).toEqual(whole.map((a) => oldestFirst.indexOf(a.id) + 1));
      const paged: Attempt[] = [];
      for (let page = await nextPage({ promptId }, undefined, 4); page.length > 0; page = await nextPage({ promptId }, paged.at(-1), 4)) paged.push(...page);
      expect(paged.map((a) => [a.id, a.number])).toEqual(whole.map((a) => [a.id, a.number]));
      const ready = await ok(t, 'listAttempts', { promptId, status: 'ready' });
      expect(ready.map((a) => [a.id, a.number])).toEqual(whole.filter((a) => a.status === 'ready').map((a) => [a.id, a.number]));
    }
  });

  it('refuses a malformed cursor', async () => {
    for (const after of [{ id: 1 }, { startedAt: 'x', id: -1 }, { startedAt: 'x'.repeat(41), id: 1 }, 'x']) {
      expect(await call(t, 'listAttempts', { after })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
  });
});
