import { z } from 'zod';
import { StarSection } from './review';

/**
 * Delivery measured from the signal alone (no transcript, no speech model): pace from
 * syllable nuclei, tone from the pitch track, and loudness. Why these thresholds: see
 * docs/decisions.md.
 */
export const DELIVERY_GUIDANCE = {
  /** Conversational pace; Microsoft's Speaker Coach accepts 100 to 165. */
  wordsPerMinute: { min: 140, max: 160 },
  /** Words are estimated from syllables at this many syllables a word (conversational English). */
  syllablesPerWord: 1.5,
  /** A stretch of at least `minMs` whose pitch range (10th to 90th percentile) stays under `semitones` is flat. */
  flat: { semitones: 3, minMs: 10_000 },
  /** Speech quieter than this (dBFS) says the microphone is too far away or turned down. */
  quietBelowDbfs: -35,
  /** A phrase trails off when its last second is this much quieter than the rest of it. */
  trailingOffDb: 6,
} as const;

const Ms = z.number().int().min(0);

export const Moment = z.object({ startMs: Ms, endMs: Ms });
export type Moment = z.infer<typeof Moment>;

export const TrailingOff = Moment.extend({ dropDb: z.number() });
export type TrailingOff = z.infer<typeof TrailingOff>;

/** The figures of one stretch of an answer: the whole of it, or one STAR section. */
export const DeliveryFigures = z.object({
  /** Syllable nuclei found in the stretch. */
  syllables: z.number().int().min(0),
  /** Time speaking (pauses over half a second left out). */
  speakingMs: Ms,
  /** From the first sound to the last in the stretch. */
  spanMs: Ms,
  /** Syllables per minute over the span; null with too little speech to say. */
  syllablesPerMinute: z.number().nullable(),
  /** Syllables per minute of speaking time (articulation rate). */
  articulationPerMinute: z.number().nullable(),
  /** An estimate: syllables per minute divided by DELIVERY_GUIDANCE.syllablesPerWord. */
  wordsPerMinute: z.number().nullable(),
  pitch: z
    .object({
      medianHz: z.number(),
      /** 10th to 90th percentile of the voiced frames. */
      rangeSemitones: z.number(),
      /** Standard deviation of the voiced frames. */
      variationSemitones: z.number(),
    })
    .nullable(),
  flatStretches: z.array(Moment),
  level: z
    .object({
      /** The level over speech (pauses left out). */
      speechDbfs: z.number(),
      /** How much it wanders: the standard deviation of the speech frames' levels, in dB. */
      spreadDb: z.number(),
    })
    .nullable(),
  tooQuiet: z.boolean(),
  trailingOff: z.array(TrailingOff),
  /** Stretches where the signal hit full scale. */
  clipping: z.array(Moment),
});
export type DeliveryFigures = z.infer<typeof DeliveryFigures>;

export const SectionDelivery = z.object({ section: StarSection, startMs: Ms, endMs: Ms, figures: DeliveryFigures });
export type SectionDelivery = z.infer<typeof SectionDelivery>;

/** What the review's delivery lane draws, at a coarser rate than the analysis ran. */
export const DeliveryLane = z.object({
  frameMs: z.number().int().positive(),
  /** Pitch in semitones from the answer's median; null where the voice is not voiced. */
  pitchSemitones: z.array(z.number().nullable()),
  /** Level in dBFS. */
  levelDbfs: z.array(z.number()),
});
export type DeliveryLane = z.infer<typeof DeliveryLane>;

export const Delivery = z.object({
  whole: DeliveryFigures,
  /** One entry per marked STAR section, in order; each runs to the next mark or the end. */
  sections: z.array(SectionDelivery),
  lane: DeliveryLane,
});
export type Delivery = z.infer<typeof Delivery>;
