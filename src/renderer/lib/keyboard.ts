import { isTypingTarget } from './keys';

/**
 * Screen-wide keyboard shortcuts that stay out of the way: a key is left alone while the
 * user types in a field, while a dialog is open, or when the focused control needs that key
 * itself (Space on a button, arrows in a radio group). Shortcuts are named the way
 * `shortcutName` names a key press: 'n', '?', 'Space', 'ArrowLeft', 'Shift+ArrowLeft', 'Mod+k';
 * a table may also bind a shifted letter on its own, as 'Shift+n'.
 */

type KeyLike = Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>;

/**
 * A printable key is named by the character it types, lower-cased ('N' and 'n' are 'n'; '?' is
 * '?'); a named key gets a 'Shift+' prefix when Shift is held. Ctrl or Cmd is 'Mod+', Alt 'Alt+'.
 */
export function shortcutName(event: KeyLike): string {
  const printable = event.key.length === 1 && event.key !== ' ';
  const key = event.key === ' ' ? 'Space' : printable ? event.key.toLowerCase() : event.key;
  let name = key;
  if (event.shiftKey && !printable) name = `Shift+${name}`;
  if (event.altKey) name = `Alt+${name}`;
  if (event.ctrlKey || event.metaKey) name = `Mod+${name}`;
  return name;
}

const ACTIVATES = 'button, a[href], summary, input, select, textarea, [role="button"], [role="radio"], [role="checkbox"], [role="switch"], [role="option"]';
const USES_ARROWS =
  'input, select, textarea, [role="radio"], [role="radiogroup"], [role="slider"], [role="tablist"], [role="listbox"], [role="menu"], [role="option"], [data-own-arrows]';

/** True when the focused element needs this key for itself, so a shortcut must not take it. */
export function elementOwnsKey(target: EventTarget | null, name: string): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('dialog[open], [role="dialog"], [role="alertdialog"]')) return true;
  if (target instanceof HTMLElement && isTypingTarget(target)) return true;
  const bare = name.replace(/^(?:Mod\+|Alt\+|Shift\+)+/, '');
  if ((bare === 'Space' || bare === 'Enter') && target.closest(ACTIVATES)) return true;
  if (/^(Arrow|Home$|End$|Page)/.test(bare) && target.closest(USES_ARROWS)) return true;
  return false;
}

export interface ShortcutOptions {
  /** Let a held key repeat the action (seeking does; adding a note does not). */
  repeat?: boolean;
  /** Run even while typing in a field (for Ctrl/Cmd combinations such as Mod+k). */
  whileTyping?: boolean;
}

export type ShortcutHandler = (event: KeyboardEvent) => void;
export type Shortcut = ShortcutHandler | ({ run: ShortcutHandler } & ShortcutOptions);
export type Shortcuts = Record<string, Shortcut>;

/**
 * The name a table binds this press under. A letter typed with Shift is named by the letter
 * alone ('n'), so a table may still bind 'Shift+n' apart from it; that entry wins when present.
 */
function boundName(shortcuts: Shortcuts, event: KeyLike): string | null {
  const name = shortcutName(event);
  const shifted = `Shift+${name}`;
  if (event.shiftKey && /^[a-z]$/.test(name) && Object.hasOwn(shortcuts, shifted)) return shifted;
  return Object.hasOwn(shortcuts, name) ? name : null;
}

/** Listens for the shortcuts on `target` (the window by default); returns the function that stops listening. */
export function bindShortcuts(shortcuts: Shortcuts, target: Pick<Window, 'addEventListener' | 'removeEventListener'> = window): () => void {
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.isComposing) return;
    const name = boundName(shortcuts, event);
    if (name === null) return;
    const shortcut = shortcuts[name]!;
    const { run, repeat = false, whileTyping = false } = typeof shortcut === 'function' ? { run: shortcut } : shortcut;
    if (event.repeat && !repeat) return;
    if (!whileTyping && elementOwnsKey(event.target, name)) return;
    event.preventDefault();
    run(event);
  };
  target.addEventListener('keydown', onKeyDown as EventListener);
  return () => target.removeEventListener('keydown', onKeyDown as EventListener);
}

/**
 * For buttons that seek or play: a mouse click does not move focus onto them, so Space keeps
 * meaning play/pause afterwards. Keyboard users still reach them with Tab.
 */
export function keepFocus(event: MouseEvent): void {
  event.preventDefault();
}
