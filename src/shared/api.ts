import { z } from 'zod';
import type { Attempt, AppendChunkResult, Peaks } from './attempts';
import { AppendChunkInput, AttemptIdInput, ListAttemptsInput, StartAttemptInput } from './attempts';
import type { RetakeEvent } from './events';
import { type FocusApi, focusApiInputs } from './focus-api';
import { ById } from './ids';
import { type JournalApi, journalApiInputs } from './journal-api';
import type { Prompt, Story } from './library';
import { CreatePromptInput, CreateStoryInput, ListPromptsInput, UpdatePromptInput, UpdateStoryInput } from './library';
import type { ProgressPoint } from './progress';
import { ProgressInput } from './progress';
import type { Note, Review, SearchHit, SectionMark, RatingCriterion } from './review';
import {
  ClearSectionInput,
  CreateNoteInput,
  SearchInput,
  SetRatingInput,
  SetReflectionInput,
  SetSectionInput,
  UpdateNoteInput,
} from './review';
import type { Settings } from './settings';
import { UpdateSettingsInput } from './settings';

/**
 * Everything the renderer may ask of main. Every method takes at most one plain-object
 * argument, validated in main by the schema of the same name in `apiInputs`.
 */
export interface RetakeApi extends JournalApi, FocusApi {
  listPrompts(input: z.input<typeof ListPromptsInput>): Promise<Prompt[]>;
  createPrompt(input: z.input<typeof CreatePromptInput>): Promise<Prompt>;
  updatePrompt(input: z.input<typeof UpdatePromptInput>): Promise<Prompt>;

  listStories(input: Record<string, never>): Promise<Story[]>;
  createStory(input: z.input<typeof CreateStoryInput>): Promise<Story>;
  updateStory(input: z.input<typeof UpdateStoryInput>): Promise<Story>;
  deleteStory(input: z.input<typeof ById>): Promise<void>;

  getSettings(input: Record<string, never>): Promise<Settings>;
  updateSettings(input: z.input<typeof UpdateSettingsInput>): Promise<Settings>;

  listAttempts(input: z.input<typeof ListAttemptsInput>): Promise<Attempt[]>;
  getAttempt(input: z.input<typeof AttemptIdInput>): Promise<Attempt>;
  startAttempt(input: z.input<typeof StartAttemptInput>): Promise<Attempt>;
  appendChunk(input: z.input<typeof AppendChunkInput>): Promise<AppendChunkResult>;
  stopAttempt(input: z.input<typeof AttemptIdInput>): Promise<Attempt>;
  getPeaks(input: z.input<typeof AttemptIdInput>): Promise<Peaks>;
  /** Marks a recovered attempt's notice as seen. */
  acknowledgeRecovery(input: z.input<typeof AttemptIdInput>): Promise<Attempt>;
  /** Deletes the attempt's rows and its media folder together. */
  deleteAttempt(input: z.input<typeof AttemptIdInput>): Promise<void>;

  /** Everything the review page shows; computes pause metrics first if the attempt predates them. */
  getReview(input: z.input<typeof AttemptIdInput>): Promise<Review>;
  createNote(input: z.input<typeof CreateNoteInput>): Promise<Note>;
  updateNote(input: z.input<typeof UpdateNoteInput>): Promise<Note>;
  /** Returns the deleted note so the renderer can offer undo by creating it again. */
  deleteNote(input: z.input<typeof ById>): Promise<Note>;
  setSection(input: z.input<typeof SetSectionInput>): Promise<SectionMark[]>;
  clearSection(input: z.input<typeof ClearSectionInput>): Promise<SectionMark[]>;
  setRating(input: z.input<typeof SetRatingInput>): Promise<Partial<Record<RatingCriterion, number>>>;
  setReflection(input: z.input<typeof SetReflectionInput>): Promise<void>;
  /** Full-text search over notes and reflections. */
  searchNotes(input: z.input<typeof SearchInput>): Promise<SearchHit[]>;

  /** Every attempt of one question, oldest first, with what compare and the progress chart need. */
  getProgress(input: z.input<typeof ProgressInput>): Promise<ProgressPoint[]>;
}

export type ApiMethod = keyof RetakeApi;
export type ApiInput<M extends ApiMethod> = Parameters<RetakeApi[M]>[0];
export type ApiOutput<M extends ApiMethod> = Awaited<ReturnType<RetakeApi[M]>>;

const Empty = z.object({}).strict();

/** The validator for each method's argument; a method without one is a compile error. */
export const apiInputs = {
  listPrompts: ListPromptsInput,
  createPrompt: CreatePromptInput,
  updatePrompt: UpdatePromptInput,
  listStories: Empty,
  createStory: CreateStoryInput,
  updateStory: UpdateStoryInput,
  deleteStory: ById,
  getSettings: Empty,
  updateSettings: UpdateSettingsInput,
  listAttempts: ListAttemptsInput,
  getAttempt: AttemptIdInput,
  startAttempt: StartAttemptInput,
  appendChunk: AppendChunkInput,
  stopAttempt: AttemptIdInput,
  getPeaks: AttemptIdInput,
  acknowledgeRecovery: AttemptIdInput,
  deleteAttempt: AttemptIdInput,
  getReview: AttemptIdInput,
  createNote: CreateNoteInput,
  updateNote: UpdateNoteInput,
  deleteNote: ById,
  setSection: SetSectionInput,
  clearSection: ClearSectionInput,
  setRating: SetRatingInput,
  setReflection: SetReflectionInput,
  searchNotes: SearchInput,
  getProgress: ProgressInput,
  ...journalApiInputs,
  ...focusApiInputs,
} satisfies { [M in ApiMethod]: z.ZodType<unknown, ApiInput<M>> };

export const API_METHODS = Object.keys(apiInputs) as ApiMethod[];

export type MediaKind = 'video' | 'poster';

/** What a host adds around the api: push events and how media is addressed. */
export interface RetakeBridge extends RetakeApi {
  /** Subscribe to pushed events; returns the unsubscribe function. */
  onEvent(listener: (event: RetakeEvent) => void): () => void;
  /** The URL the renderer may load an attempt's media from; never a file path. */
  mediaUrl(attemptId: number, kind: MediaKind): string;
}
