import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toMatchQuery } from '../../src/main/services/review/search';
import type { Attempt } from '../../src/shared/attempts';
import type { Note } from '../../src/shared/review';
import { useShortRecording } from '../support/hooks';
import { call, ok, readyAttempt } from '../support/review';
import { openTestRetake, type TestRetake } from '../support/services';

let chunks: Uint8Array<ArrayBuffer>[];
useShortRecording((made) => (chunks = made));

describe('searching notes and reflections', () => {
  let t: TestRetake;
  let first: Attempt;
  let second: Attempt;
  let rambled: Note;
  let near: Note;
  beforeEach(async () => {
    t = openTestRetake();
    const [p1, p2] = await ok(t, 'listPrompts', {});
    first = await readyAttempt(t, chunks, p1?.id);
    second = await readyAttempt(t, chunks, p2?.id);
    rambled = await ok(t, 'createNote', { attemptId: first.id, startMs: 1200, endMs: 2000, category: 'delivery', text: 'I rambled through the situation' });
    near = await ok(t, 'createNote', { attemptId: second.id, startMs: 400, category: 'body-language', text: 'Sat too near the camera, -ish' });
    await ok(t, 'createNote', { attemptId: second.id, startMs: 900, category: 'content', text: 'Result had no numbers' });
    await ok(t, 'setReflection', { attemptId: second.id, text: 'Next time: lead with the numbers, fewer fillers.' });
  });
  afterEach(() => t.dispose());

  const search = (query: string) => ok(t, 'searchNotes', { query });

  it('finds a note by a word in it, marks the hit and lands at the note', async () => {
    expect(await search('rambled')).toEqual([
      {
        attemptId: first.id,
        promptText: first.promptText,
        kind: 'note',
        noteId: rambled.id,
        startMs: 1200,
        snippet: 'I [[rambled]] through the situation',
      },
    ]);
  });

  it('finds a reflection, landing at the start of the recording', async () => {
    expect(await search('fillers')).toEqual([
      {
        attemptId: second.id,
        promptText: second.promptText,
        kind: 'reflection',
        noteId: null,
        startMs: 0,
        snippet: 'Next time: lead with the numbers, fewer [[fillers]].',
      },
    ]);
  });

  it('matches every word, the last as a prefix, and word forms', async () => {
    expect((await search('numb')).map((h) => h.kind).sort()).toEqual(['note', 'reflection']);
    expect((await search('result numbers')).map((h) => h.snippet)).toEqual(['[[Result]] had no [[numbers]]']);
    expect(await search('result fillers')).toEqual([]);
    expect((await search('ramble')).map((h) => h.noteId)).toEqual([rambled.id]); // stemmed: rambled
    expect((await search('SITUATION')).map((h) => h.noteId)).toEqual([rambled.id]);
  });

  it('reads what the person typed as words, never as query syntax', async () => {
    const noteIds = async (query: string) => (await search(query)).map((h) => h.noteId);
    expect(await noteIds('NEAR')).toEqual([near.id]);
    expect(await noteIds('near camera')).toEqual([near.id]);
    expect(await noteIds('NEAR(camera sat)')).toEqual([near.id]);
    expect(await noteIds('-ish')).toEqual([near.id]);
    expect(await noteIds('"rambled')).toEqual([rambled.id]);
    expect(await noteIds('"rambled" "situation"')).toEqual([rambled.id]);
    expect(await noteIds('rambled*')).toEqual([rambled.id]);
    expect(await noteIds('text: rambled')).toEqual([]); // "text" is a word here, not a column filter
    expect(await noteIds('rambled OR camera')).toEqual([]); // OR is a word here
    expect(await noteIds('rambled AND NOT')).toEqual([]);
    for (const punctuation of ['"', '*', '-', '""', '()', '^', ':', '"*"', 'NOT', '\'', '\\']) {
      const reply = await call(t, 'searchNotes', { query: punctuation });
      expect(reply.ok, punctuation).toBe(true);
    }
    expect(await search('* - "')).toEqual([]);
  });

  it('follows edits: stops finding deleted notes, replaced words and cleared reflections', async () => {
    await ok(t, 'deleteNote', { id: rambled.id });
    expect(await search('rambled')).toEqual([]);
    await ok(t, 'updateNote', { id: near.id, text: 'Looked away from the lens' });
    expect(await search('camera')).toEqual([]);
    expect((await search('lens')).map((h) => h.noteId)).toEqual([near.id]);
    await ok(t, 'setReflection', { attemptId: second.id, text: 'Slow down.' });
    expect(await search('fillers')).toEqual([]);
    expect((await search('slow')).map((h) => h.kind)).toEqual(['reflection']);
    await ok(t, 'setReflection', { attemptId: second.id, text: '' });
    expect(await search('slow')).toEqual([]);
  });

  it('stops finding what belonged to a deleted attempt', async () => {
    await ok(t, 'deleteAttempt', { attemptId: second.id });
    expect(await search('numbers')).toEqual([]);
    expect((await search('rambled')).map((h) => h.noteId)).toEqual([rambled.id]);
  });

  it('refuses an empty or overlong query', async () => {
    for (const query of ['', '   ', 'x'.repeat(201)]) {
      expect(await call(t, 'searchNotes', { query })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
  });
});

describe('the query built from what was typed', () => {
  it('quotes each word on its own', () => {
    expect(toMatchQuery('near "the" cam*')).toBe('"near" "the" "cam"*');
    expect(toMatchQuery('café naïve')).toBe('"café" "naïve"*');
    expect(toMatchQuery(' - * " ')).toBeNull();
  });
});
