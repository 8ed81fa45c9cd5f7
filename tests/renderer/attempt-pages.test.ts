import { describe, expect, it } from 'vitest';
import type { Attempt, ListAttemptsInput } from '../../src/shared/attempts';
import { AttemptPages } from '../../src/renderer/lib/library/attempt-pages.svelte';
import { attempt as made } from './fixtures/attempt';

const attempt = (id: number, promptId = 1, status: Attempt['status'] = 'ready'): Attempt => made(id, { promptId, promptText: `Question ${promptId}`, status });

/** listAttempts over an array, with the service's ordering, filters and cursor. */
function library(rows: Attempt[]) {
  const asked: ListAttemptsInput[] = [];
  const list = async (input: ListAttemptsInput): Promise<Attempt[]> => {
    asked.push(input);
    return rows
      .filter((a) => (input.promptId ?? a.promptId) === a.promptId && (input.status ?? a.status) === a.status)
      .toSorted((a, b) => b.startedAt.localeCompare(a.startedAt) || b.id - a.id)
      .filter((a) => !input.after || a.startedAt < input.after.startedAt || (a.startedAt === input.after.startedAt && a.id < input.after.id))
      .slice(0, input.limit);
  };
  return { rows, list, asked };
}

const ids = (pages: AttemptPages) => pages.attempts?.map((a) => a.id);

describe('AttemptPages', () => {
  it('walks older and newer pages from cursors, knowing when there is no next page', async () => {
    const lib = library(Array.from({ length: 7 }, (_, i) => attempt(i + 1)));
    const pages = new AttemptPages(lib.list, 3);
    await pages.reload();
    expect(ids(pages)).toEqual([7, 6, 5]);
    expect([pages.hasPrevious, pages.hasNext]).toEqual([false, true]);
    await pages.next();
    expect(ids(pages)).toEqual([4, 3, 2]);
    await pages.next();
    expect(ids(pages)).toEqual([1]);
    expect(pages.hasNext).toBe(false);
    await pages.previous();
    expect(ids(pages)).toEqual([4, 3, 2]);
    expect(lib.asked.at(-1)).toMatchObject({ limit: 4, after: { id: 5 } });
  });

  it('starts again from the newest when the filter changes, and steps back from a page emptied by deletes', async () => {
    const lib = library([attempt(1, 1), attempt(2, 2, 'failed'), attempt(3, 1), attempt(4, 2), attempt(5, 1)]);
    const pages = new AttemptPages(lib.list, 2);
    await pages.reload();
    await pages.next();
    expect(ids(pages)).toEqual([3, 2]);
    await pages.setFilter({ promptId: 1 });
    expect([pages.index, ids(pages)]).toEqual([0, [5, 3]]);
    await pages.next();
    expect(ids(pages)).toEqual([1]);
    lib.rows.splice(0, 1); // attempt 1 deleted elsewhere
    await pages.deleted(1);
    expect([pages.index, ids(pages)]).toEqual([0, [5, 3]]);
  });

  it('replaces a changed attempt in place and drops one that leaves the filter', async () => {
    const lib = library([attempt(1), attempt(2)]);
    const pages = new AttemptPages(lib.list, 5);
    await pages.setFilter({ status: 'ready' });
    const asked = lib.asked.length;
    await pages.updated({ ...attempt(2), durationMs: 9000 });
    expect(pages.attempts?.[0]?.durationMs).toBe(9000);
    expect(lib.asked.length).toBe(asked); // no reload for an in-place change
    lib.rows[1] = attempt(2, 1, 'failed');
    await pages.updated(lib.rows[1]);
    expect(ids(pages)).toEqual([1]);
  });
});
