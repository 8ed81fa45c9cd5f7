import { NOTE_CATEGORY_LABELS, type Note } from '../../../shared/review';

/** How long a point note stays on screen as a caption. */
const POINT_CUE_MS = 3000;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** 00:01:02.345, the WebVTT timestamp with hours always present. */
export function vttTime(ms: number): string {
  const total = Math.max(0, Math.round(ms));
  const h = Math.floor(total / 3_600_000);
  const m = Math.floor((total % 3_600_000) / 60_000);
  const s = Math.floor((total % 60_000) / 1000);
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(total % 1000, 3)}`;
}

/**
 * Cue text is HTML-like: & < > must be escaped, "-->" would end the timing line, and a
 * blank line would end the cue, so runs of line breaks become one.
 */
function cueText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r\n?/g, '\n')
    .replace(/\n\s*\n+/g, '\n')
    .trim();
}

/** An attempt's notes as a caption track: each note is a cue over its range, or a few seconds for a point. */
export function notesToWebVtt(notes: readonly Note[], durationMs: number): string {
  const cues = [...notes]
    .sort((a, b) => a.startMs - b.startMs || a.id - b.id)
    .map((note) => {
      const end = note.endMs ?? Math.min(note.startMs + POINT_CUE_MS, durationMs);
      const endMs = Math.max(end, note.startMs + 1);
      const who = note.mentor ? ` (from ${cueText(note.mentor)})` : '';
      const label = `${NOTE_CATEGORY_LABELS[note.category]}${who}`;
      return `note-${note.id}\n${vttTime(note.startMs)} --> ${vttTime(endMs)}\n${label}: ${cueText(note.text)}`;
    });
  return ['WEBVTT', ...cues].join('\n\n') + '\n';
}
