import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useShortRecording, useTestRetake } from '../support/hooks';
import { call, ok } from '../support/journal';
import { makeRecordingWebm, splitIntoChunks, unreadableChunk } from '../support/media';
import { answer, answerThenCrash, makeSet, startAnswer } from '../support/mock';
import { withDatabase } from '../support/review';
import { makeTempDir, openTestRetake, type TestRetake } from '../support/services';

let t: TestRetake;
useTestRetake((fresh) => {
  t = fresh;
});
let recording: Uint8Array<ArrayBuffer>[];
useShortRecording((chunks) => (recording = chunks));

const MOCK_TABLES = ['mock_interviews', 'mock_interview_questions', 'mock_answers', 'attempts'];
const rows = () => withDatabase(t, (db) => Object.fromEntries(MOCK_TABLES.map((table) => [table, db.prepare(`SELECT * FROM ${table}`).all()])));

async function run(overrides: Parameters<typeof makeSet>[1] = {}) {
  const set = await makeSet(t, overrides);
  return ok(t, 'startMockInterview', { setId: set.id });
}

describe('a mock interview from start to finish', () => {
  it('records each answer as an ordinary attempt, in order, and is done once finished', async () => {
    const started = await run();
    expect(started).toMatchObject({ status: 'running', done: false, nextPosition: 1, questionCount: 3, answeredCount: 0 });

    const first = await answer(t, started.id, 1, recording);
    expect(first).toMatchObject({ status: 'ready', targetSeconds: 120, promptId: started.questions[0]!.promptId });
    // The answer is in the library like any other attempt.
    expect((await ok(t, 'listAttempts', {})).map((a) => a.id)).toContain(first.id);
    expect((await ok(t, 'getMockInterview', { id: started.id })).nextPosition).toBe(2);

    await answer(t, started.id, 2, recording);
    await answer(t, started.id, 3, recording);
    const all = await ok(t, 'getMockInterview', { id: started.id });
    expect(all).toMatchObject({ status: 'running', nextPosition: null, answeredCount: 3, done: false });

    const finished = await ok(t, 'finishMockInterview', { id: started.id });
    expect(finished).toMatchObject({ status: 'finished', done: true, endedAt: expect.any(String) });
    expect(finished.totals).toMatchObject({ answered: 3, cutAtCap: 0, withoutResult: 3 });
    expect(finished.totals.spokenMs).toBeGreaterThan(0);
    expect(finished.questions.every((q) => q.answer?.metrics !== null)).toBe(true);
  });

  it('counts a Result mark and ratings once given, and answers cut at the cap', async () => {
    const dir = makeTempDir();
    try {
      const long = await makeRecordingWebm(dir, { mode: 'audio', seconds: 30, name: 'thirty.webm' });
      const started = await run({ capSeconds: 30 });
      const cut = await answer(t, started.id, 1, splitIntoChunks(long.path, long.durationMs));
      const short = await answer(t, started.id, 2, recording);
      await ok(t, 'setSection', { attemptId: short.id, section: 'result', startMs: 1000 });
      await ok(t, 'setRating', { attemptId: short.id, criterion: 'clarity', score: 4 });
      const review = await ok(t, 'finishMockInterview', { id: started.id });
      expect(review.questions.map((q) => q.answer?.cutAtCap ?? null)).toEqual([true, false, null]);
      expect(review.questions[0]!.answer!.attempt.id).toBe(cut.id);
      expect(review.questions[1]!.answer!.ratings).toEqual({ clarity: 4 });
      expect(review.totals).toMatchObject({ answered: 2, cutAtCap: 1, withoutResult: 1 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('takes a self-rating and a reflection for the whole interview', async () => {
    const started = await run();
    await answer(t, started.id, 1, recording);
    await ok(t, 'finishMockInterview', { id: started.id });
    const rated = await ok(t, 'rateMockInterview', { id: started.id, selfRating: 3, reflection: ' Slow down on the Result. ' });
    expect(rated).toMatchObject({ selfRating: 3, reflection: 'Slow down on the Result.' });
    expect(await ok(t, 'rateMockInterview', { id: started.id, reflection: 'Shorter Situation.' })).toMatchObject({ selfRating: 3 });
    expect(await ok(t, 'rateMockInterview', { id: started.id, selfRating: null })).toMatchObject({ selfRating: null, reflection: 'Shorter Situation.' });
  });

  it('is not done when it ended with no finished answer', async () => {
    const started = await run();
    expect((await answer(t, started.id, 1, [unreadableChunk(8, 9)])).status).toBe('failed');
    await ok(t, 'finishMockInterview', { id: started.id });
    const [listed] = await ok(t, 'listMockInterviews', {});
    expect(listed).toMatchObject({ id: started.id, status: 'finished', done: false });
  });

  it('in practice mode a retake replaces the take that counts; the earlier one stays an ordinary attempt', async () => {
    const started = await run({ mode: 'practice' });
    const take1 = await answer(t, started.id, 1, recording);
    const take2 = await answer(t, started.id, 1, recording);
    const review = await ok(t, 'getMockInterview', { id: started.id });
    expect(review.questions[0]!.answer!.attempt.id).toBe(take2.id);
    expect(review.nextPosition).toBe(2);
    expect((await ok(t, 'getAttempt', { attemptId: take1.id })).status).toBe('ready');
  });

  it('lists recent runs newest first and earlier runs of the same set to compare with', async () => {
    const set = await makeSet(t, { name: 'Panel' });
    const one = await ok(t, 'startMockInterview', { setId: set.id });
    await answer(t, one.id, 1, recording);
    await ok(t, 'finishMockInterview', { id: one.id });
    const two = await ok(t, 'startMockInterview', { setId: set.id });
    expect(two.earlierRuns.map((r) => r.id)).toEqual([one.id]);
    expect((await ok(t, 'listMockInterviews', {})).map((s) => [s.id, s.status, s.setName])).toEqual([
      [two.id, 'running', 'Panel'],
      [one.id, 'finished', 'Panel'],
    ]);
    expect((await ok(t, 'getMockSet', { id: set.id })).runs).toBe(2);
  });
});

describe('refusals change nothing', () => {
  it('refuses answers out of order, retakes in realistic mode, unknown questions and a second run', async () => {
    const started = await run();
    await answer(t, started.id, 1, recording);
    const before = rows();
    const answerInput = (position: number, interviewId = started.id) => ({ interviewId, position, mode: 'audio', mimeType: 'audio/webm' });
    const refused: Array<[string, unknown, RegExp]> = [
      ['startMockAnswer', answerInput(3), /Question 2 comes next/],
      ['startMockAnswer', answerInput(1), /no retakes/],
      ['startMockAnswer', answerInput(4), /there is no question 4/],
      ['startMockAnswer', answerInput(9), /position/],
      ['startMockAnswer', answerInput(2, 999), /No mock interview with id 999/],
      ['startMockAnswer', { ...answerInput(2), mimeType: 'video/mp4' }, /WebM/],
      ['startMockInterview', { setId: started.setId }, /still running/],
      ['startMockInterview', { setId: 999 }, /No mock interview set/],
      ['finishMockInterview', { id: 999 }, /No mock interview/],
      ['rateMockInterview', { id: started.id, selfRating: 6 }, /selfRating/],
      ['deleteMockInterview', { id: started.id }, /keepAnswers/],
    ];
    for (const [method, input, message] of refused) {
      const reply = await call(t, method as 'startMockAnswer', input);
      expect(reply.ok, `${method} ${JSON.stringify(input)}`).toBe(false);
      if (!reply.ok) expect(reply.error.message).toMatch(message);
    }
    expect(rows()).toEqual(before);
  });

  it('refuses answers and finishing once the interview is finished', async () => {
    const started = await run({ mode: 'practice' });
    await answer(t, started.id, 1, recording);
    await ok(t, 'finishMockInterview', { id: started.id });
    const before = rows();
    for (const position of [1, 2]) {
      const reply = await call(t, 'startMockAnswer', { interviewId: started.id, position, mode: 'audio', mimeType: 'audio/webm' });
      expect(reply).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/is finished/) } });
    }
    expect(await call(t, 'finishMockInterview', { id: started.id })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/is finished/) } });
    expect(rows()).toEqual(before);
  });

  it('refuses to run a set whose every question was archived', async () => {
    const set = await makeSet(t);
    for (const q of set.questions) await ok(t, 'updatePrompt', { id: q.promptId, archived: true });
    const before = rows();
    expect(await call(t, 'startMockInterview', { setId: set.id })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/archived/) } });
    expect(rows()).toEqual(before);
  });
});

describe('deleting an interview', () => {
  it('keeps its answers as ordinary attempts when asked to', async () => {
    const started = await run();
    const a1 = await answer(t, started.id, 1, recording);
    await ok(t, 'deleteMockInterview', { id: started.id, keepAnswers: true });
    expect(await call(t, 'getMockInterview', { id: started.id })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect((await ok(t, 'getAttempt', { attemptId: a1.id })).status).toBe('ready');
    // The set stays and can run again.
    expect((await ok(t, 'startMockInterview', { setId: started.setId })).status).toBe('running');
  });

  it('deletes its answers with it otherwise, and refuses while an answer is still recording', async () => {
    const started = await run();
    const a1 = await answer(t, started.id, 1, recording);
    const live = await startAnswer(t, started.id, 2, recording);
    const before = rows();
    expect(await call(t, 'deleteMockInterview', { id: started.id, keepAnswers: false })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/still recording/) },
    });
    expect(rows()).toEqual(before);

    await ok(t, 'stopAttempt', { attemptId: live.id });
    await t.services.settled();
    await ok(t, 'deleteMockInterview', { id: started.id, keepAnswers: false });
    for (const id of [a1.id, live.id]) expect(await call(t, 'getAttempt', { attemptId: id })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(withDatabase(t, (db) => db.prepare('SELECT count(*) AS n FROM mock_answers').get())).toEqual({ n: 0 });
  });

  it('drops the link when an answer is deleted on its own', async () => {
    const started = await run();
    const a1 = await answer(t, started.id, 1, recording);
    await ok(t, 'deleteAttempt', { attemptId: a1.id });
    const review = await ok(t, 'getMockInterview', { id: started.id });
    expect(review.questions[0]!.answer).toBeNull();
    expect(review.nextPosition).toBe(1);
  });
});

describe('resuming after a crash', () => {
  let dir: string;
  let video: { path: string; durationMs: number };
  beforeAll(async () => {
    dir = makeTempDir();
    video = await makeRecordingWebm(dir, { mode: 'audio', seconds: 4, name: 'crash.webm' });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('between questions: the answers given are intact and it resumes at the next question', async () => {
    const started = await run();
    const a1 = await answer(t, started.id, 1, recording);
    await t.reopen();
    const resumed = await ok(t, 'getMockInterview', { id: started.id });
    expect(resumed).toMatchObject({ status: 'running', nextPosition: 2 });
    expect(resumed.questions[0]!.answer!.attempt).toMatchObject({ id: a1.id, status: 'ready' });
    expect((await answer(t, started.id, 2, recording)).status).toBe('ready');
  });

  it('during one: that answer is recovered as any attempt and the run resumes after it', async () => {
    const started = await run();
    const a1 = await answer(t, started.id, 1, recording);
    await t.services.close();
    const crashed = await answerThenCrash(t.dataDir, started.id, 2, video.path, video.durationMs, 2);

    t = { ...t, services: openTestRetake(t.dataDir).services };
    await t.services.settled();
    const resumed = await ok(t, 'getMockInterview', { id: started.id });
    expect(resumed).toMatchObject({ status: 'running', nextPosition: 3 });
    expect(resumed.questions[0]!.answer!.attempt).toMatchObject({ id: a1.id, status: 'ready' });
    expect(resumed.questions[1]!.answer!.attempt).toMatchObject({ id: crashed, status: 'recovered', recoveryUnseen: true });
    expect(resumed.questions[1]!.answer!.attempt.durationMs).toBeGreaterThan(1000);
    expect((await answer(t, started.id, 3, recording)).status).toBe('ready');
    expect((await ok(t, 'finishMockInterview', { id: started.id })).totals.answered).toBe(3);
  });
});
