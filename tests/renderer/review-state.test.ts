import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RetakeBridge } from '../../src/shared/api';
import type { Attempt } from '../../src/shared/attempts';
import { toasts } from '../../src/renderer/lib/toasts.svelte';
import { ReviewState } from '../../src/renderer/screens/review/review-state.svelte';
import { inProcessBridge } from '../support/in-process-bridge';
import { readyAttempt, shortRecording } from '../support/review';
import { makeTempDir, openTestRetake, type TestRetake } from '../support/services';

let chunks: Uint8Array<ArrayBuffer>[];
let t: TestRetake;
let bridge: RetakeBridge;
let attempt: Attempt;

beforeAll(async () => {
  chunks = await shortRecording(makeTempDir());
});
beforeEach(async () => {
  t = openTestRetake();
  bridge = inProcessBridge(t.services);
  attempt = await readyAttempt(t, chunks);
  for (const toast of toasts.items) toasts.dismiss(toast.id);
});
afterEach(() => t.dispose());

const open = async () => new ReviewState(bridge, toasts, await bridge.getReview({ attemptId: attempt.id }));
const lastToast = () => toasts.items.at(-1)?.message;

describe('ReviewState', () => {
  it('adds, edits and deletes notes, keeping them in time order, and undoes a delete', async () => {
    const review = await open();
    await review.addNote({ startMs: 2000, endMs: null, category: 'delivery', text: 'slow down' });
    const first = await review.addNote({ startMs: 500, endMs: 900, category: 'strength', text: 'clear opening' });
    expect(review.notes.map((n) => n.text)).toEqual(['clear opening', 'slow down']);

    expect(await review.editNote(first!.id, { startMs: 2500, endMs: null })).toBe(true);
    expect(review.notes.map((n) => n.text)).toEqual(['slow down', 'clear opening']);

    await review.removeNote(first!.id);
    expect(review.notes.map((n) => n.text)).toEqual(['slow down']);
    expect(lastToast()).toBe('Note deleted');
    await toasts.items.at(-1)!.action!.run();
    await expect.poll(() => review.notes.map((n) => n.text)).toEqual(['slow down', 'clear opening']);
    expect((await bridge.getReview({ attemptId: attempt.id })).notes).toHaveLength(2);
  });

  it('shows a note edit at once and puts it back when the store refuses it', async () => {
    const review = await open();
    const note = (await review.addNote({ startMs: 1000, endMs: null, category: 'content', text: 'add a number' }))!;
    await bridge.deleteNote({ id: note.id }); // another window deleted it

    const saving = review.editNote(note.id, { text: 'add the number' });
    expect(review.notes[0]!.text).toBe('add the number');
    expect(await saving).toBe(false);
    expect(review.notes).toEqual([note]);
    expect(lastToast()).toMatch(/^The note was not changed: /);
  });

  it('puts a deleted note back when deleting fails', async () => {
    const review = await open();
    const note = (await review.addNote({ startMs: 1000, endMs: null, category: 'content', text: 'keep me' }))!;
    await bridge.deleteNote({ id: note.id });
    const deleting = review.removeNote(note.id);
    expect(review.notes).toEqual([]);
    await deleting;
    expect(review.notes).toEqual([note]);
    expect(lastToast()).toMatch(/^The note was not deleted: /);
  });

  it('marks and clears STAR sections, and rolls a mark back when it fails', async () => {
    const review = await open();
    await review.markSection('task', 1200.4);
    await review.markSection('situation', 0);
    expect(review.sections).toEqual([
      { section: 'situation', startMs: 0 },
      { section: 'task', startMs: 1200 },
    ]);
    await review.clearSection('task');
    expect(review.sections).toEqual([{ section: 'situation', startMs: 0 }]);

    await bridge.deleteAttempt({ attemptId: attempt.id });
    const marking = review.markSection('result', 2500);
    expect(review.sections.map((s) => s.section)).toEqual(['situation', 'result']);
    await marking;
    expect(review.sections).toEqual([{ section: 'situation', startMs: 0 }]);
    expect(lastToast()).toMatch(/^The mark was not saved: /);
    await review.clearSection('situation');
    expect(review.sections).toEqual([{ section: 'situation', startMs: 0 }]);
    expect(lastToast()).toMatch(/^The mark was not removed: /);
  });

  it('rates and unrates, and rolls a rating back when it fails', async () => {
    const review = await open();
    await review.rate('clarity', 4);
    await review.rate('impact', 2);
    await review.rate('impact', null);
    expect(review.ratings).toEqual({ clarity: 4 });

    await bridge.deleteAttempt({ attemptId: attempt.id });
    const rating = review.rate('clarity', 5);
    expect(review.ratings).toEqual({ clarity: 5 });
    await rating;
    expect(review.ratings).toEqual({ clarity: 4 });
    expect(lastToast()).toMatch(/^The rating was not saved: /);
  });

  it('saves the reflection once typing pauses, and says so when saving fails', async () => {
    const review = await open();
    review.editReflection('I rushed');
    review.editReflection('I rushed the result');
    expect(review.reflectionState).toBe('idle');
    expect(review.reflectionDirty).toBe(true);
    await expect.poll(() => review.reflectionState, { timeout: 5000 }).toBe('saved');
    expect((await bridge.getReview({ attemptId: attempt.id })).reflection).toBe('I rushed the result');
    expect(review.reflectionDirty).toBe(false);

    await bridge.deleteAttempt({ attemptId: attempt.id });
    review.editReflection('more');
    await review.saveReflection();
    expect(review.reflectionState).toBe('error');
    expect(lastToast()).toMatch(/^Your reflection was not saved: /);
  });

  it('saves an unsaved reflection when disposed', async () => {
    const review = await open();
    review.editReflection('said on the way out');
    review.dispose();
    await expect.poll(async () => (await bridge.getReview({ attemptId: attempt.id })).reflection).toBe('said on the way out');
  });
});
