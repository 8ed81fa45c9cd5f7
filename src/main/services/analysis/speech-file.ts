import type { SpeechMetrics } from '../../../shared/review';
import { PCM_OUTPUT_ARGS, streamPcm } from '../media/pcm';
import { probeStreams } from '../media/probe';
import { recordingInputArgs } from '../media/recording-input';
import { runFfmpeg } from '../media/run-tool';
import { NO_SPEECH, SpeechMeter } from './pauses';

/**
 * The speech figures of a finished recording, from one decode of its audio. Finalising
 * measures them on the way; this is for recordings finalised before that existed.
 */
export async function measureRecordedSpeech(file: string): Promise<SpeechMetrics> {
  if (!(await probeStreams(file)).audio) return NO_SPEECH;
  const meter = new SpeechMeter();
  await runFfmpeg([...recordingInputArgs(file), '-map', '0:a:0', ...PCM_OUTPUT_ARGS, 'pipe:3'], {
    pipes: [
      async (pcm) => {
        await streamPcm(pcm, [meter]);
      },
    ],
  });
  return meter.result();
}
