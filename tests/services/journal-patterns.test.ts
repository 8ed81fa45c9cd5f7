import { describe, expect, it } from 'vitest';
import type { CreateInterviewInput } from '../../src/shared/journal';
import { useTestRetake } from '../support/hooks';
import { interview, ok } from '../support/journal';
import { type TestRetake } from '../support/services';

let t: TestRetake;
useTestRetake((opened) => {
  t = opened;
});

/** Logs an interview and makes each of its recalled questions a practice question with the given competency. */
async function logWithQuestions(fields: Partial<CreateInterviewInput>, questions: [string, 'conflict' | 'leadership' | 'teamwork'][] = []) {
  const logged = await ok(t, 'createInterview', interview({ ...fields, recall: questions.map(([q]) => q).join('\n') }));
  for (const [text, competency] of questions) await ok(t, 'addInterviewQuestion', { interviewId: logged.id, text, competency });
  return logged;
}

describe('patterns across interviews', () => {
  it('counts outcomes by the stage reached', async () => {
    await logWithQuestions({ stage: 'screening', outcome: 'rejected' });
    await logWithQuestions({ stage: 'screening', outcome: 'offer' });
    await logWithQuestions({ stage: 'final', outcome: 'waiting' });
    const { byStage } = await ok(t, 'getPatterns', {});
    expect(byStage.map((s) => s.stage)).toEqual(['application', 'screening', 'technical', 'panel', 'final', 'offer']);
    expect(byStage.find((s) => s.stage === 'screening')).toEqual({
      stage: 'screening',
      total: 2,
      outcomes: { waiting: 0, rejected: 1, offer: 1, withdrew: 0 },
    });
    expect(byStage.find((s) => s.stage === 'final')?.outcomes.waiting).toBe(1);
    expect(byStage.find((s) => s.stage === 'panel')?.total).toBe(0);
  });

  it('shows a card only once three rejections happen at the same stage', async () => {
    await logWithQuestions({ stage: 'panel', outcome: 'rejected', company: 'A' }, [['Tell me about a conflict in your team.', 'conflict']]);
    await logWithQuestions({ stage: 'panel', outcome: 'rejected', company: 'B' }, [
      ['When did you lead without authority?', 'leadership'],
      ['Describe a disagreement with a peer.', 'conflict'],
    ]);
    // Not rejected, so not part of the pattern even at the same stage.
    await logWithQuestions({ stage: 'panel', outcome: 'waiting', company: 'C' }, [['How do you work in a team?', 'teamwork']]);
    expect((await ok(t, 'getPatterns', {})).cards).toEqual([]);

    // A rejection at another stage does not count towards the panel.
    await logWithQuestions({ stage: 'technical', outcome: 'rejected', company: 'D' });
    expect((await ok(t, 'getPatterns', {})).cards).toEqual([]);

    await logWithQuestions({ stage: 'panel', outcome: 'rejected', company: 'E' });
    const { cards } = await ok(t, 'getPatterns', {});
    expect(cards).toHaveLength(1);
    expect(cards[0]).toMatchObject({ stage: 'panel', rejections: 3, focus: 'skill' });
    expect(cards[0]!.competencies.map((c) => [c.competency, c.questions.map((q) => q.text)])).toEqual([
      ['leadership', ['When did you lead without authority?']],
      ['conflict', ['Tell me about a conflict in your team.', 'Describe a disagreement with a peer.']],
    ]);
  });

  it('lists every recalled question, with a guessed competency for those not made into practice yet', async () => {
    const a = await logWithQuestions({ stage: 'final', outcome: 'rejected', company: 'A' }, [['Tell me about a conflict in your team.', 'teamwork']]);
    await ok(t, 'updateInterview', { id: a.id, recall: 'Tell me about a conflict in your team.\n- Describe a project you are proud of.' });
    for (const company of ['B', 'C']) await ok(t, 'createInterview', interview({ stage: 'final', outcome: 'rejected', company, recall: company === 'B' ? 'Why this company?' : '' }));
    const [card] = (await ok(t, 'getPatterns', {})).cards;
    const made = (await ok(t, 'getInterview', { id: a.id })).questions[0]!;
    expect(card!.competencies).toEqual([
      // The person's own choice for the one made into practice, not the wording's guess (conflict).
      { competency: 'teamwork', questions: [{ interviewId: a.id, promptId: made.promptId, text: 'Tell me about a conflict in your team.' }] },
      { competency: 'problem-solving', questions: [{ interviewId: expect.any(Number), promptId: null, text: 'Why this company?' }] },
      { competency: 'results-and-impact', questions: [{ interviewId: a.id, promptId: null, text: 'Describe a project you are proud of.' }] },
    ]);
  });

  it('tailors the focus to the stage', async () => {
    for (const company of ['A', 'B', 'C']) await logWithQuestions({ stage: 'application', outcome: 'rejected', company });
    for (const company of ['D', 'E', 'F']) await logWithQuestions({ stage: 'final', outcome: 'rejected', company });
    const { cards } = await ok(t, 'getPatterns', {});
    expect(cards.map((c) => [c.stage, c.focus])).toEqual([
      ['application', 'visibility'],
      ['final', 'role'],
    ]);
  });

  it('lets a rejection that changes outcome drop out of the pattern', async () => {
    const logged = [];
    for (const company of ['A', 'B', 'C']) logged.push(await logWithQuestions({ stage: 'screening', outcome: 'rejected', company }));
    expect((await ok(t, 'getPatterns', {})).cards).toHaveLength(1);
    await ok(t, 'updateInterview', { id: logged[0]!.id, outcome: 'offer' });
    expect((await ok(t, 'getPatterns', {})).cards).toEqual([]);
  });
});
