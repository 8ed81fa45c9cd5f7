import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Attempt } from '../../src/shared/attempts';
import type { ErrorCode } from '../../src/shared/errors';
import { LIMITS_FEEDBACK } from '../../src/shared/feedback';
import { useShortRecording, useTestRetake } from '../support/hooks';
import { call, ok, readyAttempt, reviewRows } from '../support/review';
import type { TestRetake } from '../support/services';

let chunks: Uint8Array<ArrayBuffer>[];
useShortRecording((made) => (chunks = made));

let t: TestRetake;
let first: Attempt;
let second: Attempt;
let packId: string;
useTestRetake(async (opened) => {
  t = opened;
  first = await readyAttempt(t, chunks);
  second = await readyAttempt(t, chunks, first.promptId);
  const pack = await ok(t, 'createReviewPack', { attemptIds: [first.id], noteIds: [] });
  const folder = pack.fileName.replace(/\.zip$/, '');
  packId = JSON.parse(readFileSync(join(t.dataDir, 'exports', folder, 'pack.json'), 'utf8')).packId;
});

/** What the pack's page saves, for `first` unless told otherwise. */
const feedback = (overrides: Record<string, unknown> = {}) => ({
  format: 'retake-feedback',
  version: 1,
  packId,
  mentor: 'Dana Mentor',
  savedAt: '2026-01-01T10:00:00.000Z',
  attempts: [{ attemptId: first.id, startedAt: first.startedAt }],
  comments: [
    { id: 'c1', attemptId: first.id, startMs: 200, endMs: null, category: 'delivery', text: 'Good eye contact here' },
    { id: 'c2', attemptId: first.id, startMs: 500, endMs: 1500, category: 'content', text: 'Name the result sooner' },
  ],
  ...overrides,
});

/** The import is refused with this code, and no review table changed. */
async function refused(attemptId: number, text: string, code: ErrorCode): Promise<string> {
  const before = reviewRows(t);
  const reply = await call(t, 'importFeedback', { attemptId, text });
  expect(reply.ok ? 'accepted' : reply.error.code).toBe(code);
  expect(reviewRows(t)).toEqual(before);
  return reply.ok ? '' : reply.error.message;
}

describe('importing a mentor’s feedback', () => {
  it('adds the comments as notes marked with the mentor, and adds nothing the second time', async () => {
    const text = JSON.stringify(feedback());
    expect(await ok(t, 'importFeedback', { attemptId: first.id, text })).toEqual({ mentor: 'Dana Mentor', added: 2, alreadyImported: 0, forOtherAttempt: 0 });
    const { notes } = await ok(t, 'getReview', { attemptId: first.id });
    expect(notes).toMatchObject([
      { startMs: 200, endMs: null, category: 'delivery', text: 'Good eye contact here', mentor: 'Dana Mentor' },
      { startMs: 500, endMs: 1500, category: 'content', text: 'Name the result sooner', mentor: 'Dana Mentor' },
    ]);

    const before = reviewRows(t);
    expect(await ok(t, 'importFeedback', { attemptId: first.id, text })).toMatchObject({ added: 0, alreadyImported: 2 });
    expect(reviewRows(t)).toEqual(before);

    // A later save of the same page with one more comment adds just that one.
    const more = feedback();
    more.comments = [...(more.comments as object[]), { id: 'c3', attemptId: first.id, startMs: 900, endMs: null, category: 'strength', text: 'Strong close' }] as typeof more.comments;
    expect(await ok(t, 'importFeedback', { attemptId: first.id, text: JSON.stringify(more) })).toMatchObject({ added: 1, alreadyImported: 2 });
    // Own notes stay unmarked; mentor notes are searchable like any other.
    expect((await ok(t, 'createNote', { attemptId: first.id, startMs: 0, category: 'content', text: 'mine' })).mentor).toBeNull();
    expect((await ok(t, 'searchNotes', { query: 'eye contact' })).map((h) => h.attemptId)).toEqual([first.id]);
  });

  it('refuses a file for another attempt, or for another recording with the same id', async () => {
    const text = JSON.stringify(feedback());
    expect(await refused(second.id, text, 'conflict')).toMatch(/another recording/);
    const moved = feedback({ attempts: [{ attemptId: first.id, startedAt: '2020-01-01T00:00:00.000Z' }] });
    expect(await refused(first.id, JSON.stringify(moved), 'conflict')).toMatch(/Dana Mentor/);
  });

  it('refuses malformed files with a reason, changing nothing', async () => {
    expect(await refused(first.id, '{"format": "retake-feedback", ', 'invalid-input')).toMatch(/not JSON/);
    expect(await refused(first.id, JSON.stringify({ hello: 'world' }), 'invalid-input')).toMatch(/not a Retake feedback file/);
    expect(await refused(first.id, JSON.stringify(feedback({ version: 2 })), 'invalid-input')).toMatch(/version/);
    expect(await refused(first.id, JSON.stringify(feedback({ mentor: '  ' })), 'invalid-input')).toMatch(/mentor/);
    const bad = (comment: Record<string, unknown>) => JSON.stringify(feedback({ comments: [{ id: 'x', attemptId: first.id, startMs: 0, endMs: null, category: 'content', text: 'x', ...comment }] }));
    expect(await refused(first.id, bad({ startMs: -5 }), 'invalid-input')).toMatch(/comments\.0\.startMs/);
    expect(await refused(first.id, bad({ category: 'praise' }), 'invalid-input')).toMatch(/category/);
    expect(await refused(first.id, bad({ endMs: 0 }), 'invalid-input')).toMatch(/end after/);
    expect(await refused(first.id, bad({ id: '../../etc' }), 'invalid-input')).toMatch(/comments\.0\.id/);
    expect(await refused(first.id, bad({ startMs: 3_600_000 }), 'invalid-input')).toMatch(/past the end/);
    expect(await refused(first.id, bad({ attemptId: second.id }), 'invalid-input')).toMatch(/does not hold/);
    expect(await refused(first.id, bad({ extra: true }), 'invalid-input')).toMatch(/extra/i);
    const twice = feedback();
    twice.comments = [twice.comments[0]!, { ...twice.comments[1]!, id: 'c1' }];
    expect(await refused(first.id, JSON.stringify(twice), 'invalid-input')).toMatch(/share one id/);
  });

  it('refuses an oversized file before reading it', async () => {
    const padded = JSON.stringify(feedback({ savedAt: 'x' })).replace('"x"', `"x${' '.repeat(LIMITS_FEEDBACK.fileBytes)}"`);
    expect(await refused(first.id, padded, 'invalid-input')).toMatch(/larger than 1024 KB/);
    const many = Array.from({ length: LIMITS_FEEDBACK.comments + 1 }, (_, i) => ({ id: `c${i}`, attemptId: first.id, startMs: 0, endMs: null, category: 'content', text: 'x' }));
    expect(await refused(first.id, JSON.stringify(feedback({ comments: many })), 'invalid-input')).toMatch(/comments/);
  });

  it('imports a compare pack’s comments attempt by attempt', async () => {
    const pair = feedback({
      attempts: [
        { attemptId: first.id, startedAt: first.startedAt },
        { attemptId: second.id, startedAt: second.startedAt },
      ],
      comments: [
        { id: 'a', attemptId: first.id, startMs: 100, endMs: null, category: 'content', text: 'before' },
        { id: 'b', attemptId: second.id, startMs: 100, endMs: null, category: 'content', text: 'after' },
      ],
    });
    expect(await ok(t, 'importFeedback', { attemptId: second.id, text: JSON.stringify(pair) })).toMatchObject({ added: 1, forOtherAttempt: 1 });
    expect((await ok(t, 'getReview', { attemptId: second.id })).notes.map((n) => n.text)).toEqual(['after']);
  });
});
