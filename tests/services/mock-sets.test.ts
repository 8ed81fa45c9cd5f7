import { describe, expect, it, vi } from 'vitest';
import { useShortRecording, useTestRetake } from '../support/hooks';
import { call, interview, ok } from '../support/journal';
import { makeSet, promptIds } from '../support/mock';
import { withDatabase } from '../support/review';
import { recordAttempt, type TestRetake } from '../support/services';

let t: TestRetake;
useTestRetake((fresh) => {
  t = fresh;
});

const MOCK_TABLES = ['mock_sets', 'mock_set_questions', 'mock_interviews', 'mock_interview_questions', 'mock_answers', 'prompts'];
const rows = () => withDatabase(t, (db) => Object.fromEntries(MOCK_TABLES.map((table) => [table, db.prepare(`SELECT * FROM ${table}`).all()])));

describe('mock interview sets', () => {
  it('keeps hand-picked questions in order with their settings; a name saves it for the list', async () => {
    const ids = await promptIds(t, 4);
    const unnamed = await makeSet(t, { promptIds: [ids[2]!, ids[0]!, ids[1]!] });
    expect(unnamed.questions.map((q) => q.promptId)).toEqual([ids[2], ids[0], ids[1]]);
    expect(unnamed).toMatchObject({ name: null, thinkSeconds: 0, capSeconds: 120, mode: 'realistic', runs: 0 });
    expect(await ok(t, 'listMockSets', {})).toEqual([]);

    const renamed = await ok(t, 'renameMockSet', { id: unnamed.id, name: '  Product panel  ' });
    expect(renamed.name).toBe('Product panel');
    expect((await ok(t, 'listMockSets', {})).map((s) => s.id)).toEqual([unnamed.id]);
  });

  it('asks the opening first, reusing the question of that wording or making it once', async () => {
    const ids = await promptIds(t, 3);
    const first = await makeSet(t, { openingText: 'Tell me about yourself.', promptIds: ids.slice(0, 2) });
    expect(first.questions.map((q) => q.text)[0]).toBe('Tell me about yourself.');
    const openingId = first.questions[0]!.promptId;
    expect((await ok(t, 'listPrompts', {})).find((p) => p.id === openingId)).toMatchObject({ source: 'custom', competency: 'communication' });

    const second = await makeSet(t, { openingText: 'tell me about yourself.', promptIds: ids.slice(1, 3) });
    expect(second.questions[0]!.promptId).toBe(openingId);
  });

  it('refuses bad sets with a clear error and changes nothing', async () => {
    const ids = await promptIds(t, 9);
    await ok(t, 'updatePrompt', { id: ids[8]!, archived: true });
    const before = rows();
    const refusals: Array<[unknown, RegExp]> = [
      [{ promptIds: ids.slice(0, 2) }, /3 to 8 questions/],
      [{ promptIds: ids.slice(0, 2), openingText: '   ' }, /must not be empty/],
      [{ promptIds: [...ids.slice(0, 8)], openingText: 'Tell me about yourself.' }, /3 to 8 questions/],
      [{ promptIds: [...ids.slice(0, 8), 999] }, /at most 8/],
      [{ promptIds: [] }, /at least one/],
      [{ promptIds: [ids[0], ids[0], ids[1]] }, /twice/],
      [{ promptIds: [ids[0], ids[1], 999_999] }, /No question with id 999999/],
      [{ promptIds: [ids[0], ids[1], ids[8]] }, /archived/],
      [{ capSeconds: 29 }, /at least 30 seconds/],
      [{ capSeconds: 301 }, /at most 5 minutes/],
      [{ thinkSeconds: 181 }, /at most 3 minutes/],
      [{ thinkSeconds: -1 }, /0 or more/],
      [{ mode: 'relaxed' }, /mode/],
      [{ name: '' }, /must not be empty/],
    ];
    for (const [overrides, message] of refusals) {
      const reply = await call(t, 'createMockSet', { thinkSeconds: 0, capSeconds: 120, mode: 'practice', promptIds: ids.slice(0, 3), ...(overrides as object) });
      expect(reply.ok, JSON.stringify(overrides)).toBe(false);
      if (!reply.ok) expect(reply.error.message).toMatch(message);
    }
    // The opening is the same question as a picked one: two questions are left, too few.
    const [opening] = await ok(t, 'listPrompts', {});
    const duplicateOpening = await call(t, 'createMockSet', { thinkSeconds: 0, capSeconds: 120, mode: 'practice', promptIds: ids.slice(0, 2), openingText: opening!.text });
    expect(duplicateOpening).toMatchObject({ ok: false, error: { message: expect.stringMatching(/at least 3 questions/) } });
    expect(await call(t, 'renameMockSet', { id: 4242, name: 'x' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(rows()).toEqual(before);
  });

  it('a saved set whose question was archived still runs, without it, and says which is gone', async () => {
    const ids = await promptIds(t, 4);
    const set = await makeSet(t, { name: 'Four', promptIds: ids });
    await ok(t, 'updatePrompt', { id: ids[1]!, archived: true });
    expect((await ok(t, 'getMockSet', { id: set.id })).questions[1]).toMatchObject({ promptId: ids[1], archived: true });
    const run = await ok(t, 'startMockInterview', { setId: set.id });
    expect(run.questions.map((q) => [q.position, q.promptId])).toEqual([
      [1, ids[0]],
      [2, ids[2]],
      [3, ids[3]],
    ]);
    expect(run.missing.map((q) => q.promptId)).toEqual([ids[1]]);
  });

  it('can hold every question recalled from a real interview', async () => {
    const logged = await ok(t, 'createInterview', interview());
    for (const text of ['Why this company?', 'A time you disagreed with your manager', 'Your biggest failure']) {
      await ok(t, 'addInterviewQuestion', { interviewId: logged.id, text, competency: 'conflict' });
    }
    const recalled = (await ok(t, 'getInterview', { id: logged.id })).questions.map((q) => q.promptId);
    const set = await makeSet(t, { promptIds: recalled });
    expect(set.questions.map((q) => q.text)).toEqual(['Why this company?', 'A time you disagreed with your manager', 'Your biggest failure']);
  });
});

describe('drawing questions', () => {
  let recording: Uint8Array<ArrayBuffer>[];
  useShortRecording((chunks) => (recording = chunks));

  it('takes the chosen competencies in turn and only their questions', async () => {
    const drawn = await ok(t, 'drawMockQuestions', { competencies: ['leadership', 'conflict', 'teamwork'], count: 6 });
    expect(drawn.questions).toHaveLength(6);
    expect(new Set(drawn.questions.map((q) => q.promptId)).size).toBe(6);
    const perCompetency = new Map<string, number>();
    for (const q of drawn.questions) perCompetency.set(q.competency, (perCompetency.get(q.competency) ?? 0) + 1);
    expect(Object.fromEntries(perCompetency)).toEqual({ conflict: 2, leadership: 2, teamwork: 2 });
    expect(drawn.recentCount).toBe(0);
  });

  it('leaves out questions practiced in the last few days unless nothing else is left', async () => {
    const leadership = (await ok(t, 'listPrompts', {})).filter((p) => p.competency === 'leadership');
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    try {
      vi.setSystemTime(new Date('2025-03-01T10:00:00Z'));
      await recordAttempt(t.services, recording, { mode: 'audio', promptId: leadership[0]!.id }); // long ago: fair game
      vi.setSystemTime(new Date('2025-03-09T10:00:00Z'));
      await recordAttempt(t.services, recording, { mode: 'audio', promptId: leadership[1]!.id });
      vi.setSystemTime(new Date('2025-03-10T10:00:00Z'));
      await recordAttempt(t.services, recording, { mode: 'audio', promptId: leadership[2]!.id });
      vi.setSystemTime(new Date('2025-03-11T09:00:00Z'));

      const others = leadership.length - 2;
      for (let i = 0; i < 10; i++) {
        const drawn = await ok(t, 'drawMockQuestions', { competencies: ['leadership'], count: others });
        expect(drawn.recentCount).toBe(0);
        expect(drawn.questions.map((q) => q.promptId)).not.toContain(leadership[1]!.id);
        expect(drawn.questions.map((q) => q.promptId)).not.toContain(leadership[2]!.id);
      }
      // One more than the rest: the least recently practiced of the recent ones fills it.
      const all = await ok(t, 'drawMockQuestions', { competencies: ['leadership'], count: others + 1 });
      expect(all.recentCount).toBe(1);
      expect(all.questions.at(-1)!.promptId).toBe(leadership[1]!.id);
      // avoidRecentDays 0 draws from everything alike.
      expect((await ok(t, 'drawMockQuestions', { competencies: ['leadership'], count: leadership.length, avoidRecentDays: 0 })).recentCount).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('says plainly when the competencies hold too few questions', async () => {
    const reply = await call(t, 'drawMockQuestions', { competencies: ['leadership'], count: 8 });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/Only \d+ questions are in Leadership/) } });
    expect(await call(t, 'drawMockQuestions', { competencies: [], count: 3 })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/at least one competency/) } });
  });
});
