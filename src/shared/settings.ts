import { z } from 'zod';
import { LIMITS } from './limits';

const deviceId = z.string().max(LIMITS.deviceId).nullable();

/** Remembered practice preferences. Stored as one validated JSON document. */
export const Settings = z
  .object({
    cameraId: deviceId,
    microphoneId: deviceId,
    audioOnly: z.boolean(),
    thinkSeconds: z.number().int().min(0).max(LIMITS.thinkSecondsMax),
    targetSeconds: z.number().int().min(10).max(LIMITS.targetSecondsMax),
  })
  .strict();
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  cameraId: null,
  microphoneId: null,
  audioOnly: false,
  thinkSeconds: 30,
  targetSeconds: 120,
};

export const UpdateSettingsInput = Settings.partial().strict();
export type UpdateSettingsInput = z.infer<typeof UpdateSettingsInput>;
