import { z } from 'zod';
import { Attempt } from './attempts';
import { Id } from './ids';

export const LIMITS_REVIEW = { noteText: 2000, reflection: 4000, searchQuery: 200 } as const;

export const NOTE_CATEGORIES = ['strength', 'content', 'delivery', 'body-language'] as const;
export const NoteCategory = z.enum(NOTE_CATEGORIES);
export type NoteCategory = z.infer<typeof NoteCategory>;
export const NOTE_CATEGORY_LABELS: Record<NoteCategory, string> = {
  strength: 'Strength',
  content: 'Content',
  delivery: 'Delivery',
  'body-language': 'Body language',
};

const Ms = z.number().int().min(0).max(24 * 3600 * 1000);

export const Note = z.object({
  id: Id,
  attemptId: Id,
  startMs: z.number().int(),
  /** Null for a point note; otherwise the end of the noted range. */
  endMs: z.number().int().nullable(),
  category: NoteCategory,
  text: z.string(),
  createdAt: z.string(),
  /** The mentor whose imported feedback this is; null for the person's own note. */
  mentor: z.string().nullable(),
});
export type Note = z.infer<typeof Note>;

const noteText = z.string().trim().min(1, 'must not be empty').max(LIMITS_REVIEW.noteText, `must be at most ${LIMITS_REVIEW.noteText} characters`);

export const CreateNoteInput = z
  .object({ attemptId: Id, startMs: Ms, endMs: Ms.nullable().optional(), category: NoteCategory, text: noteText })
  .strict()
  .refine((n) => n.endMs == null || n.endMs > n.startMs, { message: 'a range must end after it starts', path: ['endMs'] });
export const UpdateNoteInput = z
  .object({ id: Id, startMs: Ms.optional(), endMs: Ms.nullable().optional(), category: NoteCategory.optional(), text: noteText.optional() })
  .strict();

export const STAR_SECTIONS = ['situation', 'task', 'action', 'result'] as const;
export const StarSection = z.enum(STAR_SECTIONS);
export type StarSection = z.infer<typeof StarSection>;
export const STAR_LABELS: Record<StarSection, string> = { situation: 'Situation', task: 'Task', action: 'Action', result: 'Result' };

export const SectionMark = z.object({ section: StarSection, startMs: z.number().int() });
export type SectionMark = z.infer<typeof SectionMark>;
export const SetSectionInput = z.object({ attemptId: Id, section: StarSection, startMs: Ms }).strict();
export const ClearSectionInput = z.object({ attemptId: Id, section: StarSection }).strict();

export const RATING_CRITERIA = ['structure', 'clarity', 'conciseness', 'delivery', 'impact'] as const;
export const RatingCriterion = z.enum(RATING_CRITERIA);
export type RatingCriterion = z.infer<typeof RatingCriterion>;
export const RATING_LABELS: Record<RatingCriterion, string> = {
  structure: 'STAR structure',
  clarity: 'Clarity',
  conciseness: 'Conciseness',
  delivery: 'Delivery and confidence',
  impact: 'Result and impact',
};
export const SetRatingInput = z.object({ attemptId: Id, criterion: RatingCriterion, score: z.number().int().min(1).max(5).nullable() }).strict();
export const SetReflectionInput = z
  .object({ attemptId: Id, text: z.string().max(LIMITS_REVIEW.reflection, `must be at most ${LIMITS_REVIEW.reflection} characters`) })
  .strict();

export const Pause = z.object({ startMs: z.number().int(), endMs: z.number().int() });
export type Pause = z.infer<typeof Pause>;

/** Measured from the audio without any speech model, once, when the attempt is finalised. */
export const SpeechMetrics = z.object({
  speakingMs: z.number().int(),
  pausesOver1s: z.number().int(),
  pausesOver2s: z.number().int(),
  longestPauseMs: z.number().int(),
  /** Null when no speech was detected at all. */
  timeToFirstWordMs: z.number().int().nullable(),
  /** Every silence longer than 0.5 s between speech. */
  pauses: z.array(Pause),
});
export type SpeechMetrics = z.infer<typeof SpeechMetrics>;

export const Review = z.object({
  attempt: Attempt,
  notes: z.array(Note),
  sections: z.array(SectionMark),
  ratings: z.partialRecord(RatingCriterion, z.number().int()),
  reflection: z.string(),
  metrics: SpeechMetrics.nullable(),
});
export type Review = z.infer<typeof Review>;

export const SearchInput = z.object({ query: z.string().trim().min(1).max(LIMITS_REVIEW.searchQuery) }).strict();
export const SearchHit = z.object({
  attemptId: Id,
  promptText: z.string(),
  kind: z.enum(['note', 'reflection']),
  noteId: Id.nullable(),
  /** Where to land in the recording. */
  startMs: z.number().int(),
  /** The matching text with the hit wrapped in [[ ]] markers. */
  snippet: z.string(),
});
export type SearchHit = z.infer<typeof SearchHit>;

/** Guidance bands for a STAR answer, shared by review and compare. */
export const ANSWER_GUIDANCE = {
  totalMs: { min: 90_000, max: 120_000 },
  /** Share of the whole answer each section should take. */
  share: {
    situation: { min: 0.1, max: 0.2 },
    task: { min: 0.05, max: 0.15 },
    action: { min: 0.4, max: 0.6 },
    result: { min: 0.15, max: 0.25 },
  } satisfies Record<StarSection, { min: number; max: number }>,
} as const;
