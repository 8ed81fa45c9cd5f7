import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseText } from 'media-captions';
import { describe, expect, it } from 'vitest';
import type { Attempt } from '../../src/shared/attempts';
import { useShortRecording, useTestRetake } from '../support/hooks';
import { ok, readyAttempt } from '../support/review';
import type { TestRetake } from '../support/services';

let chunks: Uint8Array<ArrayBuffer>[];
useShortRecording((made) => (chunks = made));

let t: TestRetake;
let attempt: Attempt;
useTestRetake(async (opened) => {
  t = opened;
  attempt = await readyAttempt(t, chunks);
});

const exported = (fileName: string) => readFileSync(join(t.dataDir, 'exports', fileName), 'utf8');

describe('exports of one attempt', () => {
  it('writes the notes as WebVTT that a strict WebVTT parser reads back cue for cue', async () => {
    const duration = attempt.durationMs as number;
    await ok(t, 'createNote', { attemptId: attempt.id, startMs: 250, endMs: 1750, category: 'content', text: 'Too much <situation> & set-up --> cut it' });
    await ok(t, 'createNote', { attemptId: attempt.id, startMs: 1000, category: 'delivery', text: 'Um.\n\n\nAgain "um"' });
    await ok(t, 'createNote', { attemptId: attempt.id, startMs: duration, category: 'strength', text: 'Strong last word' });

    const file = await ok(t, 'exportAttempt', { attemptId: attempt.id, format: 'webvtt' });
    expect(file).toMatchObject({ mimeType: 'text/vtt;charset=utf-8', id: file.fileName });
    expect(file.fileName).toMatch(new RegExp(`^retake-attempt-${attempt.id}-.*\\.vtt$`));

    const { cues, errors } = await parseText(exported(file.fileName), { strict: true });
    expect(errors).toEqual([]);
    expect(cues.map((c) => [c.startTime, c.endTime, c.text])).toEqual([
      [0.25, 1.75, 'Content: Too much &lt;situation&gt; &amp; set-up --&gt; cut it'],
      // A point note shows for three seconds, or until the end of the recording.
      [1, Math.min(4000, duration) / 1000, 'Delivery: Um.\nAgain "um"'],
      [duration / 1000, (duration + 1) / 1000, 'Strength: Strong last word'],
    ]);
  });

  it('writes a Markdown summary: question, figures, STAR shares, notes by section, ratings, reflection', async () => {
    await ok(t, 'setSection', { attemptId: attempt.id, section: 'situation', startMs: 0 });
    await ok(t, 'setSection', { attemptId: attempt.id, section: 'action', startMs: 1500 });
    await ok(t, 'createNote', { attemptId: attempt.id, startMs: 200, category: 'content', text: 'Set the scene *fast*' });
    await ok(t, 'createNote', { attemptId: attempt.id, startMs: 1600, endMs: 2000, category: 'delivery', text: '# not a heading' });
    await ok(t, 'setRating', { attemptId: attempt.id, criterion: 'clarity', score: 4 });
    await ok(t, 'setReflection', { attemptId: attempt.id, text: 'Better than last time.\nStill rushed the result.' });

    const file = await ok(t, 'exportAttempt', { attemptId: attempt.id, format: 'markdown' });
    expect(file.mimeType).toBe('text/markdown;charset=utf-8');
    const md = exported(file.fileName);
    expect(md.startsWith(`# ${attempt.promptText.replace(/([\\`*_{}[\]()#+\-.!|<>])/g, '\\$1')}\n`)).toBe(true);
    expect(md).toContain(`Answered ${attempt.startedAt.slice(0, 10)}.`);
    expect(md).toMatch(/## Figures\n\n- Length: 0:0\d \(target 2:00\)\n- Speaking: /);
    expect(md).toMatch(/## STAR shares\n\n- Situation: \d+% from 0:00 \(aim 10%–20%\)\n- Action: \d+% from 0:01/);
    expect(md).toContain('### Situation\n\n- 0:00 Content: Set the scene \\*fast\\*');
    expect(md).toContain('### Action\n\n- 0:01–0:02 Delivery: \\# not a heading');
    expect(md).toContain('## Ratings\n\n- Clarity: 4/5');
    expect(md).toContain('## Reflection\n\nBetter than last time\\.\nStill rushed the result\\.');
  });
});
