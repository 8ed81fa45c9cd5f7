import { z } from 'zod';
import { recordingInputArgs } from './recording-input';
import { runFfprobe } from './run-tool';

const VideoSize = z.object({ streams: z.array(z.object({ width: z.number().int().positive(), height: z.number().int().positive() })) });

/** The first video stream's frame size, or null when the file has no video. */
export async function probeVideoSize(file: string): Promise<{ width: number; height: number } | null> {
  const json = await runFfprobe(['-select_streams', 'v:0', '-show_entries', 'stream=width,height', '-of', 'json', ...recordingInputArgs(file)]);
  return VideoSize.parse(JSON.parse(json)).streams[0] ?? null;
}
