/**
 * Real media for tests, benchmarks and end-to-end runs, made with the real tools
 * (espeak-ng, ffmpeg). Plain Node: no test-runner imports.
 */
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { recordingInputArgs } from '../../src/main/services/media/recording-input';
import { runFfprobe } from '../../src/main/services/media/run-tool';

const run = promisify(execFile);

export const DEFAULT_SPEECH =
  'The situation was a release that kept slipping. My task was to get it out in six weeks. ' +
  'I cut the scope, paired people up and reviewed progress daily. As a result we shipped a week early.';

/** Speech as a WAV file (22.05 kHz mono, as espeak-ng writes it); `espeak` adds options such as `-s 120` or `-m` for SSML. */
export async function speechWav(dir: string, text = DEFAULT_SPEECH, name = 'speech.wav', espeak: readonly string[] = []): Promise<string> {
  const file = join(dir, name);
  await run('espeak-ng', [...espeak, '-w', file, text]);
  return file;
}

export interface GeneratedRecording {
  path: string;
  mode: 'video' | 'audio';
  /** The length the file was cut to; what a correct finalise should report. */
  durationMs: number;
}

export interface RecordingOptions {
  mode?: 'video' | 'audio';
  seconds?: number;
  /** What is said on the audio track (padded with silence, or cut, to `seconds`). */
  speech?: string;
  /** A prepared WAV to use as the audio track instead of speaking `speech`; null for a video without sound. */
  audio?: string | null;
  name?: string;
}

/**
 * A WebM shaped like Chrome's MediaRecorder output: VP8 + Opus (or Opus alone), clusters
 * of about a second, and, through the muxer's live mode, no duration and no cues, so it
 * cannot be seeked until remuxed. Unlike Chrome, ffmpeg still writes each cluster's size
 * rather than "unknown"; demuxers accept both.
 */
export async function makeRecordingWebm(dir: string, options: RecordingOptions = {}): Promise<GeneratedRecording> {
  const { mode = 'video', seconds = 4, speech = DEFAULT_SPEECH } = options;
  const path = join(dir, options.name ?? `recording-${mode}-${seconds}s.webm`);
  const wav = options.audio === null ? null : (options.audio ?? (await speechWav(dir, speech, `${basename(path, '.webm')}.wav`)));
  const video = mode === 'video';
  await run('ffmpeg', [
    ...['-v', 'error', '-y'],
    ...(video ? ['-f', 'lavfi', '-i', 'testsrc2=size=320x240:rate=30'] : []),
    ...(wav ? ['-i', wav, '-filter_complex', `[${video ? 1 : 0}:a]apad[a]`, '-map', '[a]', '-c:a', 'libopus', '-b:a', '48k'] : []),
    ...(video ? ['-map', '0:v', '-c:v', 'libvpx', '-deadline', 'realtime', '-cpu-used', '8', '-b:v', '400k', '-g', '30'] : []),
    ...['-t', String(seconds)],
    ...['-f', 'webm', '-live', '1', '-cluster_time_limit', '1000', path],
  ]);
  return { path, mode, durationMs: seconds * 1000 };
}

/** The file cut into byte slices of about a second each, as MediaRecorder with a 1 s timeslice hands them over. */
export function splitIntoChunks(file: string, durationMs: number): Uint8Array<ArrayBuffer>[] {
  const bytes = readFileSync(file);
  const count = Math.max(1, Math.round(durationMs / 1000));
  const size = Math.ceil(bytes.length / count);
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  for (let at = 0; at < bytes.length; at += size) chunks.push(new Uint8Array(bytes.subarray(at, at + size)));
  return chunks;
}

export interface Cluster {
  offset: number;
  timecodeMs: number;
}

const CLUSTER_ID = Buffer.from([0x1f, 0x43, 0xb6, 0x75]);
const TIMECODE_ID = 0xe7;

/** EBML variable-length integer at `at`: its length in bytes and its value. */
function readVint(bytes: Buffer, at: number): { length: number; value: number } | null {
  const first = bytes[at];
  if (first === undefined || first === 0) return null;
  const length = Math.clz32(first) - 23;
  let value = first & (0xff >> length);
  for (let i = 1; i < length; i++) value = value * 256 + (bytes[at + i] ?? 0);
  return { length, value };
}

/** Cluster starts and their timecodes (ms, at the default timecode scale), found by scanning. */
export function findClusters(bytes: Buffer): Cluster[] {
  const clusters: Cluster[] = [];
  for (let at = bytes.indexOf(CLUSTER_ID); at >= 0; at = bytes.indexOf(CLUSTER_ID, at + 1)) {
    const size = readVint(bytes, at + 4);
    if (!size || bytes[at + 4 + size.length] !== TIMECODE_ID) continue; // those bytes were frame data
    const tcSize = readVint(bytes, at + 5 + size.length);
    if (!tcSize || tcSize.value > 6) continue;
    const start = at + 5 + size.length + tcSize.length;
    clusters.push({ offset: at, timecodeMs: tcSize.value === 0 ? 0 : bytes.readUIntBE(start, tcSize.value) });
  }
  return clusters;
}

export interface TruncatedRecording {
  path: string;
  /** Timecode of the cluster the file now ends inside. */
  lastClusterMs: number;
  /** Timecode of the cluster that was cut away; what survived ends before this. */
  cutClusterMs: number;
}

/**
 * A copy of a recording cut off halfway through a cluster, as when the app dies while
 * writing: the cluster at about `fraction` of the file is kept up to its middle byte.
 */
export function truncateMidCluster(src: string, dest: string, fraction = 0.6): TruncatedRecording {
  const bytes = readFileSync(src);
  const clusters = findClusters(bytes);
  const index = clusters.findLastIndex((c) => c.offset <= bytes.length * fraction);
  const cluster = clusters[index];
  const next = clusters[index + 1];
  if (!cluster || !next) throw new Error(`${src} has no cluster to cut at ${fraction} of its length.`);
  writeFileSync(dest, bytes.subarray(0, Math.floor((cluster.offset + next.offset) / 2)));
  return { path: dest, lastClusterMs: cluster.timecodeMs, cutClusterMs: next.timecodeMs };
}

/**
 * A first chunk that begins like WebM (anything else is refused before it reaches disk) and
 * then holds no readable data: how a damaged recording reaches the finaliser.
 */
export function unreadableChunk(length = 4000, fill = 7): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(length).fill(fill);
  bytes.set([0x1a, 0x45, 0xdf, 0xa3]);
  return bytes;
}

/** The duration a file's container states, in ms, or null when it states none (as MediaRecorder output does not). */
export async function statedDurationMs(file: string): Promise<number | null> {
  const json = await runFfprobe(['-show_entries', 'format=duration', '-of', 'json', ...recordingInputArgs(file)]);
  const seconds = Number((JSON.parse(json) as { format?: { duration?: string } }).format?.duration);
  return Number.isFinite(seconds) && seconds > 0 ? Math.round(seconds * 1000) : null;
}
