import type { FocusEvent } from '../../../shared/focus';

export interface FocusDay {
  /** yyyy-mm-dd, local time. */
  day: string;
  opened: number;
  closed: number;
  /** Points open at the end of that day. */
  openAfter: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const localDay = (iso: string) => {
  const at = new Date(iso);
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
};

/** Openings (a reopening counts as one) and closings per local day, oldest first, with the running count of open points. */
export function focusTimeline(events: readonly FocusEvent[]): FocusDay[] {
  const days: FocusDay[] = [];
  let open = 0;
  for (const event of [...events].sort((a, b) => a.at.localeCompare(b.at))) {
    const day = localDay(event.at);
    let current = days.at(-1);
    if (!current || current.day !== day) {
      current = { day, opened: 0, closed: 0, openAfter: open };
      days.push(current);
    }
    if (event.kind === 'closed') {
      current.closed++;
      open--;
    } else {
      current.opened++;
      open++;
    }
    current.openAfter = open;
  }
  return days;
}
