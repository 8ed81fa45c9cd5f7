import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { RatingCriterion } from '../../src/shared/review';
import RatingPanel from '../../src/renderer/screens/review/RatingPanel.svelte';
import type { SaveState } from '../../src/renderer/screens/review/review-state.svelte';

afterEach(cleanup);

function panel(props: { ratings?: Partial<Record<RatingCriterion, number>>; reflectionState?: SaveState } = {}) {
  const rated: [RatingCriterion, number | null][] = [];
  const typed: string[] = [];
  let blurs = 0;
  const view = render(RatingPanel, {
    ratings: props.ratings ?? {},
    reflection: '',
    reflectionState: props.reflectionState ?? 'idle',
    onrate: (criterion, score) => rated.push([criterion, score]),
    onreflection: (text) => typed.push(text),
    onreflectionblur: () => blurs++,
  });
  return { rated, typed, blurs: () => blurs, view };
}

describe('RatingPanel', () => {
  it('rates a criterion by its star, names the score, and clears it', async () => {
    const user = userEvent.setup();
    const { rated } = panel({ ratings: { clarity: 4 } });
    expect((screen.getByTestId('rating-clarity-4') as HTMLInputElement).checked).toBe(true);
    expect(screen.getByTestId('rating-clarity').textContent).toContain('Good');
    await user.click(screen.getByLabelText('2 of 5 — Needs work', { selector: '[data-testid="rating-impact-2"]' }));
    await user.click(screen.getByRole('button', { name: 'Clear the Clarity rating' }));
    expect(rated).toEqual([
      ['impact', 2],
      ['clarity', null],
    ]);
    expect(screen.queryByRole('button', { name: /Clear the Impact rating/ })).toBeNull();
  });

  it('moves between stars with the arrow keys, as native radios do', async () => {
    const user = userEvent.setup();
    const { rated } = panel({ ratings: { structure: 3 } });
    (screen.getByTestId('rating-structure-3') as HTMLInputElement).focus();
    await user.keyboard('{ArrowRight}');
    expect(rated.at(-1)).toEqual(['structure', 4]);
  });

  it('hands on every keystroke of the reflection, saves on leaving it, and shows the save state', async () => {
    const user = userEvent.setup();
    const { typed, blurs, view } = panel();
    const box = screen.getByTestId('reflection');
    await user.click(box);
    await user.keyboard('Lead');
    expect(typed).toEqual(['L', 'Le', 'Lea', 'Lead']);
    await fireEvent.blur(box);
    expect(blurs()).toBe(1);
    for (const [state, words] of [
      ['saving', 'Saving…'],
      ['saved', 'Saved'],
      ['error', 'Not saved — click outside the box to try again'],
    ] as const) {
      await view.rerender({ reflectionState: state });
      expect(screen.getByTestId('reflection-status').textContent).toBe(words);
    }
  });
});
