import { cleanup, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { Attempt } from '../../src/shared/attempts';
import type { BodySummary } from '../../src/shared/body-language';
import type { MockInterviewQuestion } from '../../src/shared/mock-interviews';
import AnswerRow from '../../src/renderer/screens/mock-interview/AnswerRow.svelte';

afterEach(cleanup);

/** A finished answer of one mock question, as the reader gives it; only what the row reads is real. */
function question(mode: Attempt['mode'], body: BodySummary | null): MockInterviewQuestion {
  const attempt = { id: 4, status: 'ready', mode, durationMs: 75_000, promptId: 1 } as Attempt;
  return {
    promptId: 1,
    text: 'Tell me about a time you led a team.',
    position: 1,
    answer: { attempt, metrics: null, delivery: null, body, sections: [], ratings: {}, cutAtCap: false },
  } as unknown as MockInterviewQuestion;
}

describe('a mock interview answer’s body language', () => {
  it('gives the summary of a measured video answer, with what is worth a look', () => {
    render(AnswerRow, { question: question('video', { faceShare: 0.95, framedShare: 0.9, lookingShare: 0.5, smileShare: 0.3, movement: 0.02 }), capSeconds: 120 });
    const cell = screen.getByTestId('mock-answer-body');
    expect(cell.textContent).toContain('95% in frame · 50% facing the camera (estimate) · steady');
    expect(cell.textContent).toContain('Looking away');
  });

  it('says a video answer is still being measured, and shows nothing for an audio-only one', () => {
    render(AnswerRow, { question: question('video', null), capSeconds: 120 });
    expect(screen.getByTestId('mock-answer-body').textContent).toContain('being measured');
    cleanup();
    render(AnswerRow, { question: question('audio', null), capSeconds: 120 });
    expect(screen.queryByTestId('mock-answer-body')).toBeNull();
  });
});

describe('a mock interview answer’s pauses', () => {
  it('keeps each figure with its unit, so a narrow column wraps between figures', () => {
    const q = question('audio', null);
    (q.answer as unknown as { metrics: unknown }).metrics = { pausesOver2s: 0, longestPauseMs: 0 };
    render(AnswerRow, { question: q, capSeconds: 120 });
    expect(screen.getByTestId('mock-answer-pauses').textContent?.trim()).toBe('0 over 2\u00a0s · longest 0.0\u00a0s');
  });
});
