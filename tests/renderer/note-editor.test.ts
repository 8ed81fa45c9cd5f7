import { cleanup, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { LIMITS_REVIEW, type NoteCategory } from '../../src/shared/review';
import NoteEditor from '../../src/renderer/screens/review/NoteEditor.svelte';

afterEach(cleanup);

function editor(props: { category?: NoteCategory; text?: string; onsave?: (note: { category: NoteCategory; text: string }) => Promise<void> } = {}) {
  const saved: { category: NoteCategory; text: string }[] = [];
  let cancelled = 0;
  render(NoteEditor, {
    heading: 'Note at 0:03',
    onsave: props.onsave ?? (async (note) => void saved.push(note)),
    oncancel: () => cancelled++,
    ...(props.category ? { category: props.category } : {}),
    ...(props.text ? { text: props.text } : {}),
  });
  return { saved, cancelled: () => cancelled, field: screen.getByLabelText('Note text') as HTMLTextAreaElement };
}

describe('NoteEditor', () => {
  it('focuses the text, saves trimmed text with Enter and keeps Shift+Enter as a new line', async () => {
    const user = userEvent.setup();
    const { saved, field } = editor();
    expect(document.activeElement).toBe(field);
    await user.keyboard('  pause here{Shift>}{Enter}{/Shift}then go on  {Enter}');
    expect(saved).toEqual([{ category: 'strength', text: 'pause here\nthen go on' }]);
  });

  it('picks the kind with 1–4 before typing and with Alt+digit after, not while typing digits', async () => {
    const user = userEvent.setup();
    const { saved } = editor();
    await user.keyboard('3');
    expect((screen.getByTestId('note-category-delivery') as HTMLInputElement).checked).toBe(true);
    await user.keyboard('say 2 numbers');
    expect((screen.getByTestId('note-category-delivery') as HTMLInputElement).checked).toBe(true);
    await user.keyboard('{Alt>}2{/Alt}{Enter}');
    expect(saved).toEqual([{ category: 'content', text: 'say 2 numbers' }]);
  });

  it('cancels with Escape and with the button', async () => {
    const user = userEvent.setup();
    const { cancelled } = editor({ text: 'draft' });
    await user.keyboard('{Escape}');
    await user.click(screen.getByTestId('note-cancel'));
    expect(cancelled()).toBe(2);
  });

  it('will not save empty or too-long text, and says why', async () => {
    const user = userEvent.setup();
    const { saved, field } = editor();
    const save = screen.getByTestId('note-save') as HTMLButtonElement;
    await user.keyboard('   {Enter}');
    expect(save.disabled).toBe(true);
    await user.click(field);
    await user.paste('x'.repeat(LIMITS_REVIEW.noteText + 1));
    expect(save.disabled).toBe(true);
    expect(screen.getByRole('alert').textContent).toMatch(`Keep it under ${LIMITS_REVIEW.noteText} characters.`);
    expect(saved).toEqual([]);
  });

  it('starts from the note being edited and stays disabled while saving', async () => {
    const user = userEvent.setup();
    let finish!: () => void;
    const { field } = editor({ category: 'body-language', text: 'look up', onsave: () => new Promise<void>((r) => (finish = r)) });
    expect(field.value).toBe('look up');
    expect((screen.getByTestId('note-category-body-language') as HTMLInputElement).checked).toBe(true);
    await user.keyboard('{Enter}');
    const save = screen.getByTestId('note-save') as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    finish();
    await expect.poll(() => save.disabled).toBe(false);
  });
});
