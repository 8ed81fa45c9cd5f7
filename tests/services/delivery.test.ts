import { rmSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DELIVERY_GUIDANCE } from '../../src/shared/delivery';
import { type GeneratedRecording, makeRecordingWebm, splitIntoChunks } from '../support/media';
import { call, ok, readyAttempt, withDatabase } from '../support/review';
import { makeTempDir, openTestRetake, recordAttempt, type TestRetake } from '../support/services';

let dir: string;
let speech: GeneratedRecording;
let mute: GeneratedRecording;
beforeAll(async () => {
  dir = makeTempDir();
  [speech, mute] = await Promise.all([
    makeRecordingWebm(dir, { mode: 'audio', seconds: 14, name: 'speech.webm' }),
    makeRecordingWebm(dir, { mode: 'video', seconds: 3, audio: null, name: 'mute.webm' }),
  ]);
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let t: TestRetake;
beforeEach(() => {
  t = openTestRetake();
});
afterEach(() => t.dispose());

const recorded = () => readyAttempt(t, splitIntoChunks(speech.path, speech.durationMs));

describe('delivery', () => {
  it('is measured when an answer is finalised, and read per STAR section as the marks stand', async () => {
    const attempt = await recorded();
    const delivery = await ok(t, 'getDelivery', { attemptId: attempt.id });
    if (!delivery) throw new Error('no delivery');
    const { whole } = delivery;
    // DEFAULT_SPEECH has 48 syllables.
    expect(Math.abs(whole.syllables - 48)).toBeLessThanOrEqual(5);
    expect(whole.wordsPerMinute).toBeCloseTo(whole.syllablesPerMinute! / DELIVERY_GUIDANCE.syllablesPerWord, 0);
    expect(whole.pitch?.medianHz).toBeGreaterThan(80);
    expect(whole.level?.speechDbfs).toBeLessThan(0);
    expect(whole).toMatchObject({ tooQuiet: false, clipping: [], flatStretches: [] });
    expect(delivery.sections).toEqual([]);
    expect(Math.abs(delivery.lane.levelDbfs.length - attempt.durationMs! / delivery.lane.frameMs)).toBeLessThanOrEqual(2);
    expect(delivery.lane.pitchSemitones.length).toBe(delivery.lane.levelDbfs.length);

    await ok(t, 'setSection', { attemptId: attempt.id, section: 'situation', startMs: 0 });
    await ok(t, 'setSection', { attemptId: attempt.id, section: 'action', startMs: 5000 });
    const marked = await ok(t, 'getDelivery', { attemptId: attempt.id });
    expect(marked?.sections.map((s) => [s.section, s.startMs, s.endMs])).toEqual([
      ['situation', 0, 5000],
      ['action', 5000, attempt.durationMs],
    ]);
    expect(marked!.sections.reduce((sum, s) => sum + s.figures.syllables, 0)).toBe(whole.syllables);
    expect(marked!.whole).toEqual(whole);

    const [point] = await ok(t, 'getProgress', { promptId: attempt.promptId });
    expect(point?.delivery).toEqual(whole);
  });

  it('is measured for an attempt finalised before it existed the first time it is asked for, and kept', async () => {
    const attempt = await recorded();
    const measured = await ok(t, 'getDelivery', { attemptId: attempt.id });
    withDatabase(t, (db) => db.prepare('DELETE FROM delivery WHERE attempt_id = ?').run(attempt.id));
    await t.reopen();

    // Progress only reads: it does not decode every old recording.
    expect((await ok(t, 'getProgress', { promptId: attempt.promptId }))[0]?.delivery).toBeNull();
    const opened = await Promise.all([1, 2].map(() => ok(t, 'getDelivery', { attemptId: attempt.id })));
    expect(opened).toEqual([measured, measured]);
    expect(withDatabase(t, (db) => db.prepare('SELECT count(*) FROM delivery WHERE attempt_id = ?').pluck().get(attempt.id))).toBe(1);
    expect((await ok(t, 'getProgress', { promptId: attempt.promptId }))[0]?.delivery).toEqual(measured?.whole);
  });

  it('has no figures for a recording without sound, which still finalises with its poster', async () => {
    const attempt = await recordAttempt(t.services, splitIntoChunks(mute.path, mute.durationMs));
    expect(attempt).toMatchObject({ status: 'ready', hasPoster: true });
    expect(Math.abs(attempt.durationMs! - mute.durationMs)).toBeLessThanOrEqual(300);
    const delivery = await ok(t, 'getDelivery', { attemptId: attempt.id });
    expect(delivery?.whole).toMatchObject({ syllables: 0, syllablesPerMinute: null, pitch: null, level: null, trailingOff: [] });
    expect((await ok(t, 'getReview', { attemptId: attempt.id })).metrics?.timeToFirstWordMs).toBeNull();
  });

  it('refuses an unknown attempt, and a malformed request, as data', async () => {
    expect(await call(t, 'getDelivery', { attemptId: 4242 })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await call(t, 'getDelivery', { attemptId: '1' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});
