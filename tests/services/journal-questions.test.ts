import { describe, expect, it, vi } from 'vitest';
import { unreadableChunk } from '../support/media';
import { guessCompetency, recalledQuestions } from '../../src/shared/recall';
import { call, interview, ok } from '../support/journal';
import { useShortRecording, useTestRetake } from '../support/hooks';
import { recordAttempt, type TestRetake } from '../support/services';

describe('reading a Recall box', () => {
  it('takes one question a line, without list markers, blank lines or repeats', () => {
    const recall = [
      '1. Tell me about yourself.',
      '',
      '- Why do you want to leave?  ',
      '• Describe a conflict with a colleague.',
      'Q4: What is your biggest weakness?',
      '2) tell me about yourself.',
      '   ',
      'What would you do in your first 90 days?',
    ].join('\r\n');
    expect(recalledQuestions(recall)).toEqual([
      'Tell me about yourself.',
      'Why do you want to leave?',
      'Describe a conflict with a colleague.',
      'What is your biggest weakness?',
      'What would you do in your first 90 days?',
    ]);
    expect(recalledQuestions('')).toEqual([]);
  });

  it('guesses a sensible competency from the wording, and falls back to problem-solving', () => {
    expect(guessCompetency('Tell me about a time you disagreed with your manager')).toBe('conflict');
    expect(guessCompetency('Describe a mistake you made and what you learned')).toBe('failure-and-learning');
    expect(guessCompetency('When did you lead a project without authority?')).toBe('leadership');
    expect(guessCompetency('How do you handle an unhappy customer?')).toBe('customer-focus');
    expect(guessCompetency('What result are you most proud of?')).toBe('results-and-impact');
    expect(guessCompetency('Why should we hire you?')).toBe('problem-solving');
  });
});

describe('turning recalled questions into practice', () => {
  let recording: Uint8Array<ArrayBuffer>[];
  useShortRecording((chunks) => (recording = chunks));

  let t: TestRetake;
  useTestRetake((made) => {
    t = made;
  });

  const RECALL = 'Tell me about a time you disagreed with your manager.\nWhy this company?';

  it('makes a practice question linked to the interview, with the competency picked', async () => {
    const logged = await ok(t, 'createInterview', interview({ recall: RECALL }));
    const updated = await ok(t, 'addInterviewQuestion', {
      interviewId: logged.id,
      text: 'Tell me about a time you disagreed with your manager.',
      competency: 'conflict',
    });
    expect(updated.questions).toEqual([
      {
        promptId: expect.any(Number),
        text: 'Tell me about a time you disagreed with your manager.',
        competency: 'conflict',
        archived: false,
        practicedCount: 0,
        lastPracticedAt: null,
      },
    ]);
    const prompt = (await ok(t, 'listPrompts', {})).find((p) => p.id === updated.questions[0]!.promptId);
    expect(prompt).toMatchObject({ source: 'interview', competency: 'conflict', archived: false });
  });

  it('refuses the same question twice, and a question for an unknown interview, adding no prompt', async () => {
    const logged = await ok(t, 'createInterview', interview({ recall: RECALL }));
    await ok(t, 'addInterviewQuestion', { interviewId: logged.id, text: 'Why this company?', competency: 'communication' });
    const before = (await ok(t, 'listPrompts', {})).length;

    expect(await call(t, 'addInterviewQuestion', { interviewId: logged.id, text: 'why THIS company?', competency: 'initiative' })).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'That question is already a practice question from this interview.' },
    });
    expect(await call(t, 'addInterviewQuestion', { interviewId: 424242, text: 'Why us?', competency: 'initiative' })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'No interview with id 424242.' },
    });
    expect(await call(t, 'addInterviewQuestion', { interviewId: logged.id, text: 'Why us?', competency: 'charm' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect((await ok(t, 'listPrompts', {})).length).toBe(before);
  });

  it('counts finished attempts made since the interview was logged', async () => {
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    vi.setSystemTime(new Date('2025-03-10T09:00:00Z'));
    const logged = await ok(t, 'createInterview', interview({ recall: RECALL }));
    const { questions } = await ok(t, 'addInterviewQuestion', { interviewId: logged.id, text: 'Why this company?', competency: 'communication' });
    const promptId = questions[0]!.promptId;
    const chunks = recording;

    // An answer dated before the debrief (a clock set back) is not practice since the interview.
    vi.setSystemTime(new Date('2025-03-01T09:00:00Z'));
    await recordAttempt(t.services, chunks, { promptId, mode: 'audio' });
    vi.setSystemTime(new Date('2025-03-11T09:00:00Z'));
    const first = await recordAttempt(t.services, chunks, { promptId, mode: 'audio' });
    vi.setSystemTime(new Date('2025-03-12T09:00:00Z'));
    const second = await recordAttempt(t.services, chunks, { promptId, mode: 'audio' });
    // A recording that could not be finalised is not practice either.
    const failed = await recordAttempt(t.services, [unreadableChunk(8, 1)], { promptId, mode: 'audio' });
    expect([first.status, second.status, failed.status]).toEqual(['ready', 'ready', 'failed']);

    const [question] = (await ok(t, 'getInterview', { id: logged.id })).questions;
    expect(question).toMatchObject({ practicedCount: 2, lastPracticedAt: second.startedAt });
  });
});
