import { z } from 'zod';
import { recordingInputArgs } from './recording-input';
import { runFfprobe } from './run-tool';

const ProbeOutput = z.object({
  streams: z.array(z.object({ codec_type: z.string().optional() })).default([]),
  format: z.object({ duration: z.string().optional() }).default({}),
});

async function probe(file: string, entries: string) {
  const json = await runFfprobe(['-show_entries', entries, '-of', 'json', ...recordingInputArgs(file)]);
  return ProbeOutput.parse(JSON.parse(json));
}

/** Which kinds of stream a file holds, read from its header. */
export async function probeStreams(file: string): Promise<{ audio: boolean; video: boolean }> {
  const { streams } = await probe(file, 'stream=codec_type');
  const has = (type: string) => streams.some((s) => s.codec_type === type);
  return { audio: has('audio'), video: has('video') };
}

/** The container's duration in ms, or null when it does not state one. */
export async function probeDurationMs(file: string): Promise<number | null> {
  const seconds = Number((await probe(file, 'format=duration')).format.duration);
  return Number.isFinite(seconds) && seconds > 0 ? Math.round(seconds * 1000) : null;
}
