import { z } from 'zod';
import { Competency } from './competencies';
import { Id } from './ids';
import { LIMITS } from './limits';

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

export const PromptSource = z.enum(['built-in', 'custom', 'interview']);
export type PromptSource = z.infer<typeof PromptSource>;

export const Prompt = z.object({
  id: Id,
  text: z.string(),
  competency: Competency,
  source: PromptSource,
  archived: z.boolean(),
  attemptCount: z.number().int(),
  /** ISO timestamp of the latest attempt, null if never practiced. */
  lastPracticedAt: z.string().nullable(),
  storyIds: z.array(Id),
});
export type Prompt = z.infer<typeof Prompt>;

export const ListPromptsInput = z.object({ includeArchived: z.boolean().optional() }).strict();
export const CreatePromptInput = z.object({ text: text(LIMITS.promptText), competency: Competency }).strict();
export const UpdatePromptInput = z
  .object({ id: Id, text: text(LIMITS.promptText).optional(), competency: Competency.optional(), archived: z.boolean().optional() })
  .strict();

const storyField = z.string().trim().max(LIMITS.storyField, `must be at most ${LIMITS.storyField} characters`);

export const StoryFields = z
  .object({
    title: text(LIMITS.storyTitle),
    situation: storyField,
    task: storyField,
    action: storyField,
    result: storyField,
    promptIds: z.array(Id).max(200),
  })
  .strict();

export const Story = StoryFields.extend({ id: Id, updatedAt: z.string() });
export type Story = z.infer<typeof Story>;

export const CreateStoryInput = StoryFields;
export type CreateStoryInput = z.infer<typeof CreateStoryInput>;
export const UpdateStoryInput = StoryFields.partial().extend({ id: Id }).strict();
export type UpdateStoryInput = z.infer<typeof UpdateStoryInput>;
