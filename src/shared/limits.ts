/** Limits shared by validation in main and hints in the renderer. */
export const LIMITS = {
  promptText: 500,
  storyField: 4000,
  storyTitle: 120,
  /** A one-second MediaRecorder slice at high bitrate stays far below this. */
  chunkBytes: 8 * 1024 * 1024,
  thinkSecondsMax: 600,
  targetSecondsMax: 1800,
  deviceId: 512,
} as const;
