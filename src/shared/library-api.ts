import { z } from 'zod';
import { NoInput, type ContractTable } from './contract';
import { ById } from './ids';
import { CreatePromptInput, CreateStoryInput, ListPromptsInput, Prompt, Story, UpdatePromptInput, UpdateStoryInput } from './library';
import { Settings, UpdateSettingsInput } from './settings';

/** The question library, the STAR story bank and the remembered practice settings. */
export const libraryApi = {
  listPrompts: { input: ListPromptsInput, output: z.array(Prompt) },
  createPrompt: { input: CreatePromptInput, output: Prompt },
  /** Built-in questions can be archived but not reworded. */
  updatePrompt: { input: UpdatePromptInput, output: Prompt },

  listStories: { input: NoInput, output: z.array(Story) },
  createStory: { input: CreateStoryInput, output: Story },
  updateStory: { input: UpdateStoryInput, output: Story },
  deleteStory: { input: ById, output: z.void() },

  getSettings: { input: NoInput, output: Settings },
  updateSettings: { input: UpdateSettingsInput, output: Settings },
} satisfies ContractTable;
