import { z } from 'zod';
import { AttemptIdInput } from './attempts';
import type { ContractTable } from './contract';
import { Delivery } from './delivery';
import { ById } from './ids';
import { ProgressInput, ProgressPoint } from './progress';
import {
  ClearSectionInput,
  CreateNoteInput,
  Note,
  RatingCriterion,
  Review,
  SearchHit,
  SearchInput,
  SectionMark,
  SetRatingInput,
  SetReflectionInput,
  SetSectionInput,
  UpdateNoteInput,
} from './review';

/** Reviewing one attempt (notes, STAR marks, ratings, reflection) and looking across attempts. */
export const reviewApi = {
  /** Everything the review page shows; computes pause metrics first if the attempt predates them. */
  getReview: { input: AttemptIdInput, output: Review },
  createNote: { input: CreateNoteInput, output: Note },
  updateNote: { input: UpdateNoteInput, output: Note },
  /** Returns the deleted note so the renderer can offer undo by creating it again. */
  deleteNote: { input: ById, output: Note },
  setSection: { input: SetSectionInput, output: z.array(SectionMark) },
  clearSection: { input: ClearSectionInput, output: z.array(SectionMark) },
  setRating: { input: SetRatingInput, output: z.partialRecord(RatingCriterion, z.number().int()) },
  setReflection: { input: SetReflectionInput, output: z.void() },
  /** Full-text search over notes and reflections. */
  searchNotes: { input: SearchInput, output: z.array(SearchHit) },
  /** Every attempt of one question, oldest first, with what compare and the progress chart need. */
  getProgress: { input: ProgressInput, output: z.array(ProgressPoint) },
  /**
   * Pace, pitch and loudness of the whole answer and of each marked STAR section, and the lane
   * under the waveform; measures an attempt that predates them first. Null when its recording
   * cannot be read.
   */
  getDelivery: { input: AttemptIdInput, output: Delivery.nullable() },
} satisfies ContractTable;
