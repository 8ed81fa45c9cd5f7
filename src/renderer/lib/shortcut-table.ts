import type { Shortcuts } from './keyboard';

/**
 * A screen's keys as one table: each row binds its keys and says what they do, and both the
 * bindings and the help popover are read from it, so the help cannot list a key that does
 * nothing or miss one that does something.
 */
export interface KeyRow {
  what: string;
  /** The keys this row binds, named as `bindShortcuts` names them; the help shows them labelled. */
  bind?: Shortcuts;
  /** Keys the help shows that another control handles (the note editor's Enter) or a gesture (Drag). */
  shown?: string[];
}

export interface KeyGroup {
  group: string;
  rows: readonly KeyRow[];
}

/** One titled group of keys, as the help popover lists them. */
export interface HelpGroup {
  group: string;
  items: ReadonlyArray<{ keys: string[]; what: string }>;
}

const ARROWS: Record<string, string> = { ArrowLeft: '←', ArrowRight: '→', ArrowUp: '↑', ArrowDown: '↓', Escape: 'Esc' };

/** How the help writes a bound key name: 'Shift+ArrowLeft' as 'Shift ←', 'k' as 'K'. */
export function keyLabel(name: string): string {
  return name
    .split('+')
    .map((part) => ARROWS[part] ?? (part.length === 1 ? part.toUpperCase() : part))
    .join(' ');
}

/** Every binding in the table, for `bindShortcuts`. */
export function bindingsOf(groups: readonly KeyGroup[]): Shortcuts {
  return Object.assign({}, ...groups.flatMap((g) => g.rows.map((row) => row.bind ?? {}))) as Shortcuts;
}

/** The table as the help popover lists it. */
export function helpOf(groups: readonly KeyGroup[]): HelpGroup[] {
  return groups.map((g) => ({
    group: g.group,
    items: g.rows.map((row) => ({ keys: row.shown ?? Object.keys(row.bind ?? {}).map(keyLabel), what: row.what })),
  }));
}
