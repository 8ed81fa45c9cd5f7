import { rmSync, statSync } from 'node:fs';
import { sep } from 'node:path';
import { RetakeError } from '../../../shared/errors';
import type { SpeechMetrics } from '../../../shared/review';
import { DeliveryMeter } from '../analysis/delivery-meter';
import { type DeliveryTrack, deliveryTrack, EMPTY_TRACK } from '../analysis/delivery-track';
import { NO_SPEECH, SpeechMeter } from '../analysis/pauses';
import type { Logger } from '../log/logger';
import type { AttemptFiles } from './attempt-files';
import { PCM_OUTPUT_ARGS, PCM_SAMPLE_RATE, type PcmConsumer, streamPcm } from './pcm';
import { PeakMeter, PEAKS_PER_SECOND, writePeaks } from './peak-meter';
import { recordingInputArgs } from './recording-input';
import { isNoRoom, saysNoRoom } from '../no-room';
import { runFfmpeg, ToolError } from './run-tool';

export interface FinalisedMedia {
  durationMs: number;
  sizeBytes: number;
  hasPoster: boolean;
  /** Pauses and speaking time, measured from the same decode as the waveform. */
  speech: SpeechMetrics;
  /** Pace, pitch and loudness frame by frame, from that decode too. */
  delivery: DeliveryTrack;
}

/** Share of the progress bar the remux pass fills; the analyses take the rest. */
const REMUX_SHARE = 0.9;

const failure = (reason: string) => new RetakeError('failed', reason);

/** Shown on the attempt; "Try again" finalises it once there is room. */
export const NO_ROOM_REASON =
  'There was not enough space on the disk to finish saving this recording. The original file was kept: free some space, then choose Try again.';

/** Any error, as a RetakeError whose message can be shown in the library as the failure reason. */
function asFailure(err: unknown, files: AttemptFiles): RetakeError {
  if (err instanceof RetakeError) return err;
  if (isNoRoom(err) || (err instanceof ToolError && (err.signal === 'SIGXFSZ' || saysNoRoom(err.stderrTail)))) return failure(NO_ROOM_REASON);
  // Tools name the file they choke on; the user knows which recording it is.
  const raw = err instanceof ToolError ? err.lastLine || err.message : err instanceof Error ? err.message : String(err);
  const detail = raw
    .replaceAll(files.part + ': ', '')
    .replaceAll(files.dir + sep, '');
  const what = err instanceof ToolError ? 'The recording could not be read' : 'Finalizing failed';
  return failure(`${what}: ${detail.replace(/\.$/, '')}. The original file was kept.`);
}

/** ffmpeg's words when an output's maps matched no stream of the input: it stops before reading anything. */
const noStreamFor = (err: unknown, output: number) =>
  err instanceof ToolError && err.stderrTail.includes(`Output file #${output} does not contain any stream`);

/**
 * One ffmpeg pass over the recording: a `-c copy` remux into answer.webm (MediaRecorder
 * output has no duration or cues, so it cannot be seeked until remuxed) and, on fd 3,
 * the audio decoded to PCM for every consumer (waveform, pauses, delivery). No probe comes
 * first or after: the pass is told to expect audio, and when the file has none ffmpeg says
 * so before reading a byte; the duration is the pass's own last progress report. The
 * poster is not a third output (ffmpeg would then decode every video frame to the end,
 * measured nearly 4x slower on a 2-minute file) but a grab a second into the recording,
 * run beside the pass.
 */
export async function finaliseRecording(files: AttemptFiles, onProgress: (fraction: number) => void, log: Logger): Promise<FinalisedMedia> {
  try {
    return await finalise(files, onProgress, log);
  } catch (err) {
    throw asFailure(err, files);
  }
}

async function finalise(files: AttemptFiles, onProgress: (fraction: number) => void, log: Logger): Promise<FinalisedMedia> {
  const inputBytes = sizeOf(files.part);
  if (inputBytes === null) throw failure('The recording file is missing from the media folder.');
  if (inputBytes === 0) throw failure('Nothing was recorded: no data reached the disk.');
  rmSync(files.poster, { force: true }); // A leftover from an interrupted earlier try.

  const poster = grabPoster(files, files.part, '1', null);
  let pass: Pass;
  let posterFound: Grab = 'none';
  try {
    pass = await remuxAndDecode(files, inputBytes, true, onProgress);
  } catch (err) {
    if (!noStreamFor(err, 1)) throw err;
    try {
      pass = await remuxAndDecode(files, inputBytes, false, onProgress);
    } catch (again) {
      if (noStreamFor(again, 0)) throw failure('The recording holds no audio or video.');
      throw again;
    }
  } finally {
    posterFound = await poster;
  }
  const { durationMs, audio } = pass;
  if (durationMs <= 0) throw failure('The recording holds no playable audio or video.');
  // A clip shorter than the grab's second has its first frame as the poster.
  if (posterFound === 'none') await grabPoster(files, files.answer, '0', log);
  // A recording without sound still gets a (flat) waveform spanning its length.
  writePeaks(files.peaks, audio ? audio.peaks.result() : new Uint8Array(Math.ceil((durationMs / 1000) * PEAKS_PER_SECOND)));
  const speech = audio ? audio.speech.result() : NO_SPEECH;
  const delivery = audio ? deliveryTrack(audio.delivery.result()) : EMPTY_TRACK;
  onProgress(1);
  return { durationMs, sizeBytes: sizeOf(files.answer) ?? 0, hasPoster: hasBytes(files.poster), speech, delivery };
}

interface Pass {
  durationMs: number;
  /** The consumers of the decoded audio; null when the recording has none. */
  audio: { peaks: PeakMeter; speech: SpeechMeter; delivery: DeliveryMeter } | null;
}

async function remuxAndDecode(files: AttemptFiles, inputBytes: number, withAudio: boolean, onProgress: (fraction: number) => void): Promise<Pass> {
  const audio = withAudio ? { peaks: new PeakMeter(), speech: new SpeechMeter(), delivery: new DeliveryMeter() } : null;
  // Every analysis of the audio reads this one decode: a further one is another consumer here.
  const consumers: PcmConsumer[] = audio ? [audio.peaks, audio.speech, audio.delivery] : [];
  let samples = 0;
  let lastOutUs = 0;
  await runFfmpeg(
    [
      '-y',
      ...recordingInputArgs(files.part),
      '-map', '0', '-c', 'copy', '-f', 'webm', files.answer,
      ...(withAudio ? ['-map', '0:a:0?', ...PCM_OUTPUT_ARGS, 'pipe:3'] : []),
    ],
    {
      onProgress: (report) => {
        // total_size counts answer.webm, the first output, which grows in step with the input read.
        const written = Number(report.get('total_size')) || 0; // "N/A" before the first packet
        onProgress(Math.min(1, written / inputBytes) * REMUX_SHARE);
        // How far the outputs reach; the last report is the length of the answer.
        lastOutUs = Number(report.get('out_time_us')) || lastOutUs;
      },
      pipes: withAudio
        ? [
            async (pcm) => {
              samples = await streamPcm(pcm, consumers);
            },
          ]
        : [],
    },
  );
  const durationMs = Math.round(Math.max(lastOutUs / 1000, (samples / PCM_SAMPLE_RATE) * 1000));
  return { durationMs, audio };
}

/**
 * A frame `at` seconds into `file`, past a camera's first dark frames. A recording without
 * video, or too short to reach that far, gets none here; a missing poster is not a failure.
 * The grab beside the pass keeps quiet: a recording it cannot read fails the pass anyway.
 */
async function grabPoster(files: AttemptFiles, file: string, at: string, log: Logger | null): Promise<Grab> {
  try {
    await runFfmpeg(['-y', '-ss', at, ...recordingInputArgs(file), '-map', '0:v:0?', '-frames:v', '1', '-q:v', '3', files.poster]);
  } catch (err) {
    if (noStreamFor(err, 0)) return 'no-video';
    log?.warn('finalise', `no poster for ${file}`, err);
  }
  if (hasBytes(files.poster)) return 'grabbed';
  rmSync(files.poster, { force: true });
  return 'none';
}

/** What a poster grab found. */
type Grab = 'grabbed' | 'no-video' | 'none';

const hasBytes = (file: string) => (sizeOf(file) ?? 0) > 0;

function sizeOf(file: string): number | null {
  try {
    return statSync(file).size;
  } catch {
    return null;
  }
}
