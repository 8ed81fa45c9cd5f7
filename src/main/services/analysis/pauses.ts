import type { Pause, SpeechMetrics } from '../../../shared/review';
import { PCM_SAMPLE_RATE, type PcmConsumer } from '../media/pcm';

/**
 * Pause analysis from loudness alone, no speech model: the audio is cut into short
 * frames, each frame is speech when it is clearly louder than this recording's own quiet
 * parts, and the silences between speech are the pauses.
 */

/** Frame length: long enough for a stable level, short enough to place a boundary well. */
export const FRAME_MS = 20;
const FRAME_SAMPLES = (PCM_SAMPLE_RATE * FRAME_MS) / 1000;

/** A silence must last longer than this to count as a pause (gaps between words are shorter). */
export const MIN_PAUSE_MS = 500;
/** Speech shorter than this, alone between silences, is a click, a tap or a breath pop, not a word. */
const MIN_SPEECH_MS = 100;

/** The level given to digital silence, where the logarithm has no value. */
const SILENCE_DB = -100;
/** The quiet parts of the recording: background noise, or digital silence from a fake or muted mic. */
const FLOOR_PERCENTILE = 0.1;
/**
 * The loud parts: speech, if there is any. A high percentile rather than the maximum, so
 * one knock on the desk does not set it; 1% of frames is still a sentence in two minutes.
 */
const LOUD_PERCENTILE = 0.99;
/** Speech stands this far above the noise floor; 10 dB clears a fan's or a room's flutter. */
const NOISE_MARGIN_DB = 10;
/**
 * Over digital silence the floor says nothing, so the threshold also sits this far below
 * the loud parts: low enough to keep soft consonants and word endings, high enough to
 * ignore codec noise and room tone.
 */
const SPEECH_RANGE_DB = 40;
/** Below this the loud parts are not speech: a recording of silence or of a muted mic. */
const QUIETEST_SPEECH_DB = -60;
/** With less contrast than this there is no speech against the noise, only noise. */
const MIN_CONTRAST_DB = 12;

/** What a recording without any speech (or without sound) measures. */
export const NO_SPEECH: SpeechMetrics = {
  speakingMs: 0,
  pausesOver1s: 0,
  pausesOver2s: 0,
  longestPauseMs: 0,
  timeToFirstWordMs: null,
  pauses: [],
};

/**
 * A consumer of the decoded audio that measures each frame's level as the audio streams
 * past (so it never holds the samples: 50 numbers a second), and analyses them at the end.
 */
export class SpeechMeter implements PcmConsumer {
  private readonly levels: number[] = [];
  private sumSquares = 0;
  private filled = 0;

  write(samples: Int16Array): void {
    for (let i = 0; i < samples.length; i++) {
      const sample = samples[i]!;
      this.sumSquares += sample * sample;
      if (++this.filled === FRAME_SAMPLES) this.flush();
    }
  }

  /** The metrics of everything written so far; a final partial frame counts as a frame. */
  result(): SpeechMetrics {
    if (this.filled > 0) this.flush();
    return analyseLevels(this.levels);
  }

  private flush(): void {
    const rms = Math.sqrt(this.sumSquares / this.filled) / 32768;
    this.levels.push(rms > 0 ? Math.max(SILENCE_DB, 20 * Math.log10(rms)) : SILENCE_DB);
    this.sumSquares = 0;
    this.filled = 0;
  }
}

/** A stretch of speech in frames, end exclusive. */
interface Span {
  start: number;
  end: number;
}

/** Speech metrics from per-frame levels in dBFS, FRAME_MS apart. */
export function analyseLevels(levels: readonly number[]): SpeechMetrics {
  const threshold = speechThreshold(levels);
  if (threshold === null) return NO_SPEECH;
  const speech = speechStretches(levels, threshold);
  const first = speech[0];
  if (!first) return NO_SPEECH;

  const ms = (frames: number) => frames * FRAME_MS;
  const pauses: Pause[] = speech.slice(1).map((span, i) => ({ startMs: ms((speech[i] as Span).end), endMs: ms(span.start) }));
  const lengths = pauses.map((p) => p.endMs - p.startMs);
  return {
    speakingMs: ms(speech.reduce((sum, span) => sum + span.end - span.start, 0)),
    pausesOver1s: lengths.filter((l) => l > 1000).length,
    pausesOver2s: lengths.filter((l) => l > 2000).length,
    longestPauseMs: Math.max(0, ...lengths),
    // Leading silence is thinking time before the answer, not a pause in it; trailing silence is neither.
    timeToFirstWordMs: ms(first.start),
    pauses,
  };
}

/**
 * The level above which a frame is speech, relative to this recording: clear of its noise
 * floor, and within reach of its loud parts. Null when nothing in it sounds like speech.
 */
function speechThreshold(levels: readonly number[]): number | null {
  if (levels.length === 0) return null;
  const sorted = Float64Array.from(levels).sort();
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] as number;
  const floor = at(FLOOR_PERCENTILE);
  const loud = at(LOUD_PERCENTILE);
  if (loud < QUIETEST_SPEECH_DB || loud - floor < MIN_CONTRAST_DB) return null;
  return Math.max(floor + NOISE_MARGIN_DB, loud - SPEECH_RANGE_DB);
}

/**
 * Runs of loud frames, joined across gaps too short to be pauses (between words, inside a
 * word), then stripped of stretches too short to be speech, so a click inside a long
 * silence does not split it into two shorter pauses.
 */
function speechStretches(levels: readonly number[], threshold: number): Span[] {
  const maxGap = MIN_PAUSE_MS / FRAME_MS;
  const minLength = MIN_SPEECH_MS / FRAME_MS;
  const joined: Span[] = [];
  levels.forEach((level, i) => {
    if (level <= threshold) return;
    const last = joined.at(-1);
    if (last && i - last.end <= maxGap) last.end = i + 1;
    else joined.push({ start: i, end: i + 1 });
  });
  return joined.filter((span) => span.end - span.start >= minLength);
}
