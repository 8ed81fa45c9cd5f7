import type { BodySummary } from '../../../shared/body-language';
import { movementLevel, type MovementLevel } from '../../../shared/body-language-figures';
import { MOVEMENT_WORDS } from '../review/body-language';
import { row, TOLERANCE, type ChangeRow, type Verdict } from './judge';

/**
 * Compare's body-language rows. More of the answer in frame, well framed and (an estimate)
 * facing the camera is better; a calmer head is better only across the steady / moving /
 * restless levels, not by hundredths; smiling is shown but not judged, since a smile counts
 * at the right moments, which a share cannot tell.
 */

const LEVELS: MovementLevel[] = ['steady', 'moving', 'restless'];

function judgeHigher(before: number, after: number, words: { more: string; less: string }): { verdict: Verdict; reason: string } {
  if (Math.abs(after - before) <= TOLERANCE.bodyShare) return { verdict: 'same', reason: 'About the same' };
  return after > before ? { verdict: 'better', reason: words.more } : { verdict: 'worse', reason: words.less };
}

function judgeMovement(before: number, after: number): { verdict: Verdict; reason: string } {
  const was = movementLevel(before);
  const now = movementLevel(after);
  if (was === now) return { verdict: 'same', reason: `Both ${MOVEMENT_WORDS[was].toLowerCase()}` };
  const calmer = LEVELS.indexOf(now) < LEVELS.indexOf(was);
  return { verdict: calmer ? 'better' : 'worse', reason: `${MOVEMENT_WORDS[was]} → ${MOVEMENT_WORDS[now].toLowerCase()}` };
}

/** None when neither answer has been measured (both audio-only, or still being analysed). */
export function bodyRows(b: BodySummary | null, a: BodySummary | null): ChangeRow[] {
  if (!b && !a) return [];
  const share = (id: string, label: string, pick: (s: BodySummary) => number | null, words: { more: string; less: string }) =>
    row({ id, group: 'body', label, unit: 'percent', before: b ? pick(b) : null, after: a ? pick(a) : null }, (x, y) => judgeHigher(x, y, words), 'body-language figures');
  return [
    share('body-face', 'Face in frame', (s) => s.faceShare, { more: 'In frame for more of it', less: 'Out of frame for more of it' }),
    share('body-framed', 'Well framed (centred, sized, lit)', (s) => s.framedShare, { more: 'Better framed', less: 'Framed worse' }),
    share('body-looking', 'Facing the camera (estimate)', (s) => s.lookingShare, { more: 'Faced the camera more', less: 'Looked away more' }),
    row(
      { id: 'body-smile', group: 'body', label: 'Smiling', unit: 'percent', before: b?.smileShare ?? null, after: a?.smileShare ?? null },
      () => ({ verdict: 'info', reason: 'A smile counts at the right moments, not by the minute' }),
      'body-language figures',
    ),
    row(
      { id: 'body-movement', group: 'body', label: 'Head movement', unit: 'movement', before: b?.movement ?? null, after: a?.movement ?? null },
      judgeMovement,
      'body-language figures',
    ),
  ];
}
