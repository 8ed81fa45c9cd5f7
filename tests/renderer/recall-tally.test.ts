import { describe, expect, it } from 'vitest';
import { practiceTally, recallRows } from '../../src/shared/recall';

const made = (text: string, practicedCount: number) => ({ text, practicedCount });

describe("an interview's practice tally", () => {
  it('counts every recalled question, not only those made into practice', () => {
    const recall = 'Tell me about a conflict.\n- Why this role?\n3. A time you failed';
    expect(practiceTally(recall, [made('tell me about a conflict.', 1)])).toEqual({ practiced: 1, recalled: 3 });
  });

  it('keeps practice questions whose line was reworded or removed from Recall', () => {
    const rows = recallRows('Why this role?', [made('An old wording', 2)]);
    expect(rows.map((r) => [r.text, r.question?.practicedCount ?? null])).toEqual([
      ['Why this role?', null],
      ['An old wording', 2],
    ]);
    expect(practiceTally('Why this role?', [made('An old wording', 2)])).toEqual({ practiced: 1, recalled: 2 });
  });
});
