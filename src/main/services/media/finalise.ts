import { rmSync, statSync } from 'node:fs';
import { sep } from 'node:path';
import { RetakeError } from '../../../shared/errors';
import type { SpeechMetrics } from '../../../shared/review';
import { NO_SPEECH, SpeechMeter } from '../analysis/pauses';
import type { Logger } from '../log/logger';
import type { AttemptFiles } from './attempt-files';
import { PCM_OUTPUT_ARGS, PCM_SAMPLE_RATE, type PcmConsumer, streamPcm } from './pcm';
import { PeakMeter, PEAKS_PER_SECOND, writePeaks } from './peaks';
import { recordingInputArgs } from './recording-input';
import { probeDurationMs, probeStreams } from './probe';
import { runFfmpeg, ToolError } from './run-tool';

export interface FinalisedMedia {
  durationMs: number;
  sizeBytes: number;
  hasPoster: boolean;
  /** Pauses and speaking time, measured from the same decode as the waveform. */
  speech: SpeechMetrics;
}

/** Share of the progress bar the remux pass fills; probing, poster and peaks take the rest. */
const REMUX_SHARE = 0.9;

const failure = (reason: string) => new RetakeError('failed', reason);

/** Any error, as a RetakeError whose message can be shown in the library as the failure reason. */
function asFailure(err: unknown, files: AttemptFiles): RetakeError {
  if (err instanceof RetakeError) return err;
  // Tools name the file they choke on; the user knows which recording it is.
  const raw = err instanceof ToolError ? err.lastLine || err.message : err instanceof Error ? err.message : String(err);
  const detail = raw
    .replaceAll(files.part + ': ', '')
    .replaceAll(files.dir + sep, '');
  const what = err instanceof ToolError ? 'The recording could not be read' : 'Finalising failed';
  return failure(`${what}: ${detail.replace(/\.$/, '')}. The original file was kept.`);
}

/**
 * One ffmpeg pass over the recording: a `-c copy` remux into answer.webm (MediaRecorder
 * output has no duration or cues, so it cannot be seeked until remuxed) and, on fd 3,
 * the audio decoded to PCM for every consumer (waveform, pause analysis). The poster is
 * not a third output of that pass: ffmpeg would then decode every video frame to the end
 * (measured nearly 4x slower on a 2-minute 640x480 file), whereas a separate grab seeks in
 * the remuxed file and decodes a frame or two.
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

  const streams = await probeStreams(files.part);
  if (!streams.audio && !streams.video) throw failure('The recording holds no audio or video.');

  const peaks = new PeakMeter();
  const speech = new SpeechMeter();
  // Every analysis of the audio reads this one decode: a further one is another consumer here.
  const consumers: PcmConsumer[] = [peaks, speech];
  let samples = 0;
  await runFfmpeg(
    [
      '-y',
      ...recordingInputArgs(files.part),
      '-map', '0', '-c', 'copy', '-f', 'webm', files.answer,
      ...(streams.audio ? ['-map', '0:a:0', ...PCM_OUTPUT_ARGS, 'pipe:3'] : []),
    ],
    {
      onProgress: (report) => {
        // total_size counts answer.webm, the first output, which grows in step with the input read.
        const written = Number(report.get('total_size')) || 0; // "N/A" before the first packet
        onProgress(Math.min(1, written / inputBytes) * REMUX_SHARE);
      },
      pipes: streams.audio
        ? [
            async (pcm) => {
              samples = await streamPcm(pcm, consumers);
            },
          ]
        : [],
    },
  );

  const durationMs = (await probeDurationMs(files.answer)) ?? Math.round((samples / PCM_SAMPLE_RATE) * 1000);
  if (durationMs <= 0) throw failure('The recording holds no playable audio or video.');
  const hasPoster = streams.video && (await grabPoster(files, durationMs, log));
  // A recording without sound still gets a (flat) waveform spanning its length.
  writePeaks(files.peaks, streams.audio ? peaks.result() : new Uint8Array(Math.ceil((durationMs / 1000) * PEAKS_PER_SECOND)));
  onProgress(1);
  return { durationMs, sizeBytes: sizeOf(files.answer) ?? 0, hasPoster, speech: streams.audio ? speech.result() : NO_SPEECH };
}

/**
 * A frame a second in, past a camera's first dark frames; the first frame of a clip too
 * short to seek safely into. A missing poster is not a failure.
 */
async function grabPoster(files: AttemptFiles, durationMs: number, log: Logger): Promise<boolean> {
  const at = durationMs >= 2000 ? '1' : '0';
  try {
    await runFfmpeg(['-y', '-ss', at, ...recordingInputArgs(files.answer), '-map', '0:v:0', '-frames:v', '1', '-q:v', '3', files.poster]);
  } catch (err) {
    log.warn('finalise', `no poster for ${files.answer}`, err);
  }
  return sizeOf(files.poster) !== null;
}

function sizeOf(file: string): number | null {
  try {
    return statSync(file).size;
  } catch {
    return null;
  }
}
