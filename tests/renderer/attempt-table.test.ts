import { cleanup, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProgressPoint } from '../../src/shared/progress';
import AttemptTable from '../../src/renderer/screens/progress/AttemptTable.svelte';
import { attempt } from './fixtures/attempt';

afterEach(cleanup);

const points = (count: number): ProgressPoint[] =>
  Array.from({ length: count }, (_, i) => ({ attempt: attempt(i + 1), metrics: null, delivery: null, body: null, sections: [], ratings: {} }));

const numbers = (): string[] => within(screen.getByTestId('progress-attempts')).getAllByRole('row').slice(1).map((row) => row.children[1]!.textContent!);

describe('AttemptTable', () => {
  it('shows a short history whole, with nothing to expand', () => {
    render(AttemptTable, { points: points(20), oncompare: () => {} });
    expect(numbers()).toHaveLength(20);
    expect(screen.queryByTestId('attempts-show-all')).toBeNull();
  });

  it('shows the latest 20 of a long history, numbered as on the chart, and all of it when asked', async () => {
    const user = userEvent.setup();
    render(AttemptTable, { points: points(200), oncompare: () => {} });
    expect(numbers()).toEqual(Array.from({ length: 20 }, (_, i) => `#${181 + i}`));
    expect(screen.getByTestId('attempts-extent').textContent).toContain('The latest 20 of 200 attempts');

    const toggle = screen.getByRole('button', { name: 'Show all 200' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await user.click(toggle);
    expect(numbers()).toHaveLength(200);
    expect(numbers()[0]).toBe('#1');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.textContent).toContain('Show only the latest 20');

    await user.click(toggle);
    expect(numbers()).toHaveLength(20);
  });

  it('keeps an earlier tick while the earlier rows are folded away', async () => {
    const user = userEvent.setup();
    render(AttemptTable, { points: points(30), oncompare: () => {} });
    await user.click(screen.getByRole('button', { name: 'Show all 30' }));
    await user.click(screen.getByRole('checkbox', { name: 'Choose attempt 2 to compare' }));
    await user.click(screen.getByRole('button', { name: 'Show only the latest 20' }));
    await user.click(screen.getByRole('checkbox', { name: 'Choose attempt 30 to compare' }));
    expect(screen.getByTestId('chosen-hint').textContent).toContain('Compare #2 with #30');
    expect((screen.getByTestId('compare-chosen') as HTMLButtonElement).disabled).toBe(false);
  });
});
