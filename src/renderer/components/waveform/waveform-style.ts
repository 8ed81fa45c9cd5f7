/**
 * How the waveform looks. wavesurfer draws on a canvas, which cannot read CSS custom
 * properties, so its colours are read from the theme tokens and read again when the
 * system theme changes. Regions live in wavesurfer's shadow root; the stylesheet below
 * is added to that root so notes, drafts and pauses are styled by CSS (and theme tokens,
 * which inherit into shadow trees) rather than by inline colours.
 */

export interface WaveColors {
  waveColor: string;
  progressColor: string;
  cursorColor: string;
}

export function readWaveColors(element: Element): WaveColors {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string): string => style.getPropertyValue(name).trim() || fallback;
  return {
    waveColor: read('--wave', '#9aa3a0'),
    progressColor: read('--wave-progress', '#2f6f62'),
    cursorColor: read('--wave-cursor', '#1f2328'),
  };
}

/** Calls `onchange` when the system switches between light and dark; returns the unsubscribe. */
export function watchColorScheme(onchange: () => void): () => void {
  const query = window.matchMedia('(prefers-color-scheme: dark)');
  query.addEventListener('change', onchange);
  return () => query.removeEventListener('change', onchange);
}

export const REGION_CSS = `
  [data-note] { border-radius: 3px; }
  [data-note][data-kind='range'] {
    box-shadow: inset 0 3px 0 var(--c);
  }
  [data-note][data-kind='range'][data-active] {
    background-color: color-mix(in srgb, var(--c) 40%, transparent) !important;
    box-shadow: inset 0 3px 0 var(--c), inset 0 0 0 1px var(--c);
  }
  [data-note][data-kind='point'][data-active] {
    border-left-width: 3px !important;
  }
  [data-note] .flag {
    position: absolute;
    top: 0;
    left: -7px;
    width: 12px;
    height: 12px;
    border-radius: 50% 50% 50% 0;
    background: var(--c);
    box-shadow: 0 0 0 2px var(--surface, #fff);
    cursor: grab;
  }
  [data-note][data-kind='range'] .flag {
    left: 0;
    width: 10px;
    height: 10px;
    border-radius: 0 0 50% 0;
    box-shadow: none;
  }
  [data-note][data-active] .flag {
    transform: scale(1.25);
    transform-origin: bottom left;
  }
  /* A mentor's note: a square flag with a ring, so it reads apart from your own without colour alone. */
  [data-note][data-mentor] .flag {
    border-radius: 2px;
    box-shadow: 0 0 0 2px var(--surface, #fff), 0 0 0 4px var(--info, #2d5f9a);
  }
  [data-note][data-mentor][data-kind='range'] {
    box-shadow: inset 0 3px 0 var(--c), inset 0 -2px 0 var(--info, #2d5f9a);
  }
  [data-draft] {
    border-radius: 3px;
    pointer-events: none !important;
  }
  [data-kind='pause'] {
    pointer-events: none !important;
    border-radius: 2px;
  }
`;
