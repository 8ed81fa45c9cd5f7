import type { Region } from 'wavesurfer.js/dist/plugins/regions.esm.js';
import type RegionsPlugin from 'wavesurfer.js/dist/plugins/regions.esm.js';
import type { Note, Pause } from '../../../shared/review';
import { categoryColour } from '../../lib/review/note-list';

type Regions = ReturnType<typeof RegionsPlugin.create>;

/** A range shorter than this cannot be made by resizing. */
export const MIN_RANGE_S = 0.3;

export function noteIdOf(region: Region): number | null {
  const match = /^note-(\d+)$/.exec(region.id);
  return match ? Number(match[1]) : null;
}

function flag(): HTMLElement {
  const element = document.createElement('div');
  element.className = 'flag';
  return element;
}

function decorate(region: Region, note: Note): void {
  const element = region.element;
  if (!element) return;
  const kind = note.endMs === null ? 'point' : 'range';
  element.dataset.note = String(note.id);
  element.dataset.kind = kind;
  element.dataset.category = note.category;
  element.dataset.testid = `note-${kind === 'point' ? 'marker' : 'region'}-${note.id}`;
  element.style.setProperty('--c', categoryColour(note.category));
  element.toggleAttribute('data-mentor', note.mentor !== null);
  element.title = note.mentor === null ? note.text : `${note.mentor}: ${note.text}`;
}

/**
 * Notes drawn as regions (a range) or markers (a point), keyed by note id: `sync` adds,
 * moves, recolours and removes them to match the list, touching only what changed.
 */
export class NoteRegionLayer {
  readonly #plugin: Regions;
  readonly #editable: boolean;
  readonly #byNote = new Map<number, Region>();

  /** `editable`: notes can be dragged (and ranges resized) on the waveform. */
  constructor(plugin: Regions, editable: boolean) {
    this.#plugin = plugin;
    this.#editable = editable;
  }

  sync(notes: readonly Note[]): void {
    const seen = new Set<number>();
    for (const note of notes) {
      seen.add(note.id);
      const start = note.startMs / 1000;
      const end = (note.endMs ?? note.startMs) / 1000;
      const isPoint = note.endMs === null;
      let region = this.#byNote.get(note.id);
      if (region && (region.isRemoved || (region.start === region.end) !== isPoint)) {
        region.remove();
        region = undefined;
      }
      if (!region) {
        region = this.#plugin.addRegion({
          id: `note-${note.id}`,
          start,
          end,
          color: isPoint ? 'var(--c)' : 'color-mix(in srgb, var(--c) 22%, transparent)',
          drag: this.#editable,
          resize: this.#editable && !isPoint,
          minLength: isPoint ? 0 : MIN_RANGE_S,
          content: flag(),
        });
        this.#byNote.set(note.id, region);
      } else if (Math.abs(region.start - start) > 0.0005 || Math.abs(region.end - end) > 0.0005) {
        region.setOptions({ start, end });
      }
      decorate(region, note);
    }
    for (const [id, region] of this.#byNote) {
      if (seen.has(id)) continue;
      region.remove();
      this.#byNote.delete(id);
    }
  }

  setActive(active: ReadonlySet<number>): void {
    for (const [id, region] of this.#byNote) region.element?.toggleAttribute('data-active', active.has(id));
  }
}

/** The note being written, shown until it is saved or cancelled. */
export function drawDraft(plugin: Regions, draft: { startMs: number; endMs: number | null }): Region {
  const region = plugin.addRegion({
    id: 'draft',
    start: draft.startMs / 1000,
    end: (draft.endMs ?? draft.startMs) / 1000,
    color: draft.endMs === null ? 'var(--accent)' : 'color-mix(in srgb, var(--accent) 28%, transparent)',
    drag: false,
    resize: false,
  });
  region.element?.toggleAttribute('data-draft', true);
  return region;
}

/** Pauses as muted, non-interactive shading: clicks and drags go straight through them. */
export function drawPauses(plugin: Regions, pauses: readonly Pause[]): void {
  plugin.clearRegions();
  pauses.forEach((pause, i) => {
    if (pause.endMs <= pause.startMs) return;
    const region = plugin.addRegion({
      id: `pause-${i}`,
      start: pause.startMs / 1000,
      end: pause.endMs / 1000,
      color: 'var(--pause-shade)',
      drag: false,
      resize: false,
    });
    if (!region.element) return;
    region.element.dataset.kind = 'pause';
    region.element.dataset.testid = 'pause-region';
    region.element.style.pointerEvents = 'none';
  });
}
