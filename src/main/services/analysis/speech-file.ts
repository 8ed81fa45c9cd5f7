import type { SpeechMetrics } from '../../../shared/review';
import { PCM_OUTPUT_ARGS, streamPcm } from '../media/pcm';
import { recordingInputArgs } from '../media/recording-input';
import { runFfmpeg, ToolError } from '../media/run-tool';
import { DeliveryMeter } from './delivery-meter';
import { type DeliveryTrack, deliveryTrack, EMPTY_TRACK } from './delivery-track';
import { NO_SPEECH, SpeechMeter } from './pauses';

/** What is measured of a recording's audio: pauses and delivery. */
export interface RecordedSpeech {
  speech: SpeechMetrics;
  delivery: DeliveryTrack;
}

/**
 * The speech figures of a finished recording, from one decode of its audio. Finalising
 * measures them on the way; this is for recordings finalised before that existed.
 */
export async function measureRecordedSpeech(file: string): Promise<RecordedSpeech> {
  const speech = new SpeechMeter();
  const delivery = new DeliveryMeter();
  try {
    await runFfmpeg([...recordingInputArgs(file), '-map', '0:a:0?', ...PCM_OUTPUT_ARGS, 'pipe:3'], {
      pipes: [
        async (pcm) => {
          await streamPcm(pcm, [speech, delivery]);
        },
      ],
    });
  } catch (err) {
    // A recording without sound: ffmpeg says so before reading it.
    if (err instanceof ToolError && err.stderrTail.includes('Output file #0 does not contain any stream')) {
      return { speech: NO_SPEECH, delivery: EMPTY_TRACK };
    }
    throw err;
  }
  return { speech: speech.result(), delivery: deliveryTrack(delivery.result()) };
}
