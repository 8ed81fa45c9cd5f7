import { DELIVERY_GUIDANCE, type Delivery, type DeliveryFigures, type DeliveryLane, type Moment, type TrailingOff } from '../../../shared/delivery';
import type { SectionMark, SpeechMetrics } from '../../../shared/review';
import { TRACK_FRAME_MS } from './delivery-meter';
import { MIN_PAUSE_MS } from './pauses';
import { type DeliveryTrack, SILENCE_DBFS } from './delivery-track';

/** The speaker's loud level: this percentile of the frames in speech. */
const LOUD_PERCENTILE = 0.9;
/** A phrase is built from runs of at least MIN_RUN_FRAMES frames within PHRASE_CORE_DB of that level… */
const PHRASE_CORE_DB = 20;
const MIN_RUN_FRAMES = 5;
/** …widened while frames stay within PHRASE_EDGE_DB of it. */
const PHRASE_EDGE_DB = 40;
/** Below this much speaking time a rate says nothing (a word or two). */
const MIN_SPEAKING_MS_FOR_RATE = 3000;
/** Pitch figures need at least this many voiced frames (one second of vowels). */
const MIN_VOICED_FRAMES = 50;
/**
 * Pitch is read only from frames within this many dB of the speaker's typical voiced
 * level, so a quieter voice in the room (a television, a colleague) does not widen the range.
 */
const OWN_VOICE_DB = 10;
/** Flat stretches are looked for in windows this far apart. */
const FLAT_STEP_MS = 1000;
/** A window needs this many voiced frames (two seconds) to be judged flat or not. */
const FLAT_MIN_VOICED = 100;
/** A phrase must be this long for its last second to be compared with the rest. */
const MIN_PHRASE_MS = 2000;
const PHRASE_END_MS = 1000;
/** Clipped frames closer than this are one moment. */
const CLIP_JOIN_MS = 500;
/** The lane is drawn at 10 points a second. */
const LANE_FRAME_MS = 100;

const frameOf = (ms: number) => Math.floor(ms / TRACK_FRAME_MS);
const msOf = (frame: number) => frame * TRACK_FRAME_MS;
const semitones = (hz: number) => 12 * Math.log2(hz / 100);
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

/** The stretches of speech between the pauses, as the pause analysis found them. */
export function speechSpans(speech: SpeechMetrics): Moment[] {
  if (speech.timeToFirstWordMs === null) return [];
  const paused = speech.pauses.reduce((sum, p) => sum + p.endMs - p.startMs, 0);
  const end = speech.timeToFirstWordMs + speech.speakingMs + paused;
  const spans: Moment[] = [];
  let start = speech.timeToFirstWordMs;
  for (const pause of speech.pauses) {
    spans.push({ startMs: start, endMs: pause.startMs });
    start = pause.endMs;
  }
  spans.push({ startMs: start, endMs: end });
  return spans;
}

/** The answer's delivery: the whole of it, each marked STAR section, and the lane under the waveform. */
export function describeDelivery(track: DeliveryTrack, speech: SpeechMetrics, marks: readonly SectionMark[], durationMs: number): Delivery {
  const context = contextOf(track, speech);
  const sorted = [...marks].sort((a, b) => a.startMs - b.startMs);
  return {
    whole: figuresOf(context, { startMs: 0, endMs: durationMs }),
    sections: sorted.map((mark, i) => {
      const range = { startMs: mark.startMs, endMs: sorted[i + 1]?.startMs ?? durationMs };
      return { section: mark.section, ...range, figures: figuresOf(context, range) };
    }),
    lane: laneOf(context),
  };
}

/** The whole answer's figures alone, for charts across attempts. */
export function wholeDelivery(track: DeliveryTrack, speech: SpeechMetrics, durationMs: number): DeliveryFigures {
  return figuresOf(contextOf(track, speech), { startMs: 0, endMs: durationMs });
}

interface Context {
  track: DeliveryTrack;
  spans: Moment[];
  /** Per frame: inside speech, and (for pitch) the speaker's own voiced frame. */
  inSpeech: Uint8Array;
  ownVoiced: Uint8Array;
  medianSemitones: number | null;
}

function contextOf(track: DeliveryTrack, speech: SpeechMetrics): Context {
  const frames = track.levelDb.length;
  const spans = ownPhrases(track.levelDb, speechSpans(speech));
  const inSpeech = new Uint8Array(frames);
  for (const span of spans) inSpeech.fill(1, frameOf(span.startMs), Math.min(frames, frameOf(span.endMs)));
  const voicedLevels: number[] = [];
  for (let f = 0; f < frames; f++) if (inSpeech[f] && track.pitchHz[f]! > 0) voicedLevels.push(track.levelDb[f]!);
  const gate = voicedLevels.length > 0 ? percentile(voicedLevels, 0.5) - OWN_VOICE_DB : Infinity;
  const ownVoiced = new Uint8Array(frames);
  const own: number[] = [];
  for (let f = 0; f < frames; f++) {
    if (inSpeech[f] && track.pitchHz[f]! > 0 && track.levelDb[f]! >= gate) {
      ownVoiced[f] = 1;
      own.push(semitones(track.pitchHz[f]!));
    }
  }
  return { track, spans, inSpeech, ownVoiced, medianSemitones: own.length > 0 ? percentile(own, 0.5) : null };
}

/**
 * The speaker's own phrases, inside the speech the pause analysis found. That analysis
 * takes anything well above the room's quiet for speech, a second voice in the room
 * included, which then fills the speaker's pauses. Here a phrase is made of frames close
 * to the speaker's own loud level (a quieter voice stays below it), widened while the
 * level stays within reach of it (so a phrase's soft ending is kept), and joined across
 * gaps shorter than a pause.
 */
function ownPhrases(levelDb: Float32Array, speech: readonly Moment[]): Moment[] {
  const frames = levelDb.length;
  const inSpeech = new Uint8Array(frames);
  for (const span of speech) inSpeech.fill(1, frameOf(span.startMs), Math.min(frames, frameOf(span.endMs)));
  const levels: number[] = [];
  for (let f = 0; f < frames; f++) if (inSpeech[f]) levels.push(levelDb[f]!);
  if (levels.length === 0) return [];
  const loud = percentile(levels, LOUD_PERCENTILE);
  const core = (f: number) => inSpeech[f] === 1 && levelDb[f]! >= loud - PHRASE_CORE_DB;
  const edge = (f: number) => inSpeech[f] === 1 && levelDb[f]! >= loud - PHRASE_EDGE_DB;

  const runs: { start: number; end: number }[] = [];
  for (let f = 0; f < frames; ) {
    if (!core(f)) {
      f++;
      continue;
    }
    let end = f;
    while (end < frames && core(end)) end++;
    if (end - f >= MIN_RUN_FRAMES) {
      let start = f;
      while (start > 0 && edge(start - 1)) start--;
      while (end < frames && edge(end)) end++;
      const last = runs.at(-1);
      if (last && start - last.end < frameOf(MIN_PAUSE_MS)) last.end = Math.max(last.end, end);
      else runs.push({ start, end });
    }
    f = end;
  }
  return runs.map((r) => ({ startMs: msOf(r.start), endMs: msOf(r.end) }));
}

function figuresOf(context: Context, range: Moment): DeliveryFigures {
  const { track } = context;
  const spans = context.spans
    .map((s) => ({ startMs: Math.max(s.startMs, range.startMs), endMs: Math.min(s.endMs, range.endMs) }))
    .filter((s) => s.endMs > s.startMs);
  const speakingMs = spans.reduce((sum, s) => sum + s.endMs - s.startMs, 0);
  const spanMs = spans.length > 0 ? spans.at(-1)!.endMs - spans[0]!.startMs : 0;
  let syllables = 0;
  // The speaker's syllables: a nucleus in a pause belongs to someone else, or to a cough.
  for (const at of track.nucleiMs) if (at >= range.startMs && at < range.endMs && context.inSpeech[frameOf(at)]) syllables++;
  const rated = speakingMs >= MIN_SPEAKING_MS_FOR_RATE;
  const perMinute = (ms: number) => (rated && ms > 0 ? round((syllables / ms) * 60_000) : null);
  const syllablesPerMinute = perMinute(spanMs);

  const from = frameOf(range.startMs);
  const to = Math.min(track.levelDb.length, frameOf(range.endMs));
  const level = levelOf(context, from, to);
  return {
    syllables,
    speakingMs,
    spanMs,
    syllablesPerMinute,
    articulationPerMinute: perMinute(speakingMs),
    wordsPerMinute: syllablesPerMinute === null ? null : round(syllablesPerMinute / DELIVERY_GUIDANCE.syllablesPerWord),
    pitch: pitchOf(context, from, to),
    flatStretches: flatStretches(context, from, to),
    level,
    tooQuiet: level !== null && level.speechDbfs < DELIVERY_GUIDANCE.quietBelowDbfs,
    trailingOff: trailingOff(context, spans),
    clipping: clipping(track, from, to),
  };
}

function ownSemitones(context: Context, from: number, to: number): number[] {
  const out: number[] = [];
  for (let f = from; f < to; f++) if (context.ownVoiced[f]) out.push(semitones(context.track.pitchHz[f]!));
  return out;
}

function pitchOf(context: Context, from: number, to: number): DeliveryFigures['pitch'] {
  const st = ownSemitones(context, from, to);
  if (st.length < MIN_VOICED_FRAMES) return null;
  const mean = st.reduce((a, b) => a + b, 0) / st.length;
  const variance = st.reduce((sum, x) => sum + (x - mean) ** 2, 0) / st.length;
  return {
    medianHz: round(100 * 2 ** (percentile(st, 0.5) / 12), 0),
    rangeSemitones: round(percentile(st, 0.9) - percentile(st, 0.1)),
    variationSemitones: round(Math.sqrt(variance)),
  };
}

/** Windows of at least the flat length whose pitch range stays under the threshold, joined where they overlap. */
function flatStretches(context: Context, from: number, to: number): Moment[] {
  const window = frameOf(DELIVERY_GUIDANCE.flat.minMs);
  const step = frameOf(FLAT_STEP_MS);
  const stretches: Moment[] = [];
  for (let start = from; start + window <= to; start += step) {
    const st = ownSemitones(context, start, start + window);
    if (st.length < FLAT_MIN_VOICED) continue;
    if (percentile(st, 0.9) - percentile(st, 0.1) >= DELIVERY_GUIDANCE.flat.semitones) continue;
    const last = stretches.at(-1);
    if (last && last.endMs >= msOf(start)) last.endMs = msOf(start + window);
    else stretches.push({ startMs: msOf(start), endMs: msOf(start + window) });
  }
  return stretches;
}

function levelOf(context: Context, from: number, to: number): DeliveryFigures['level'] {
  const { track } = context;
  let power = 0;
  let count = 0;
  const voiced: number[] = [];
  for (let f = from; f < to; f++) {
    if (!context.inSpeech[f]) continue;
    power += 10 ** (track.levelDb[f]! / 10);
    count++;
    if (context.ownVoiced[f]) voiced.push(track.levelDb[f]!);
  }
  if (count === 0 || power === 0) return null;
  const mean = voiced.reduce((a, b) => a + b, 0) / Math.max(1, voiced.length);
  const spread = voiced.length > 1 ? Math.sqrt(voiced.reduce((sum, x) => sum + (x - mean) ** 2, 0) / voiced.length) : 0;
  return { speechDbfs: round(Math.max(SILENCE_DBFS, 10 * Math.log10(power / count))), spreadDb: round(spread) };
}

/** Phrases (speech between pauses) whose last second is clearly quieter than the rest of them. */
function trailingOff(context: Context, spans: readonly Moment[]): TrailingOff[] {
  const found: TrailingOff[] = [];
  for (const span of spans) {
    if (span.endMs - span.startMs < MIN_PHRASE_MS) continue;
    const tailStart = span.endMs - PHRASE_END_MS;
    const body = meanDb(context.track.levelDb, frameOf(span.startMs), frameOf(tailStart));
    const tail = meanDb(context.track.levelDb, frameOf(tailStart), frameOf(span.endMs));
    const dropDb = round(body - tail);
    if (dropDb >= DELIVERY_GUIDANCE.trailingOffDb) found.push({ startMs: tailStart, endMs: span.endMs, dropDb });
  }
  return found;
}

function clipping(track: DeliveryTrack, from: number, to: number): Moment[] {
  const moments: Moment[] = [];
  for (const f of track.clippedFrames) {
    if (f < from || f >= to) continue;
    const last = moments.at(-1);
    if (last && msOf(f) - last.endMs <= CLIP_JOIN_MS) last.endMs = msOf(f + 1);
    else moments.push({ startMs: msOf(f), endMs: msOf(f + 1) });
  }
  return moments;
}

function laneOf(context: Context): DeliveryLane {
  const { track, medianSemitones } = context;
  const per = LANE_FRAME_MS / TRACK_FRAME_MS;
  const pitchSemitones: (number | null)[] = [];
  const levelDbfs: number[] = [];
  for (let f = 0; f < track.levelDb.length; f += per) {
    const to = Math.min(track.levelDb.length, f + per);
    const st = ownSemitones(context, f, to);
    pitchSemitones.push(st.length > 0 && medianSemitones !== null ? round(percentile(st, 0.5) - medianSemitones) : null);
    levelDbfs.push(round(meanDb(track.levelDb, f, to)));
  }
  return { frameMs: LANE_FRAME_MS, pitchSemitones, levelDbfs };
}

/** The level of frames [from, to) together, in dBFS: the mean of their power, not of their decibels. */
function meanDb(levelDb: Float32Array, from: number, to: number): number {
  let power = 0;
  for (let f = from; f < to; f++) power += 10 ** (levelDb[f]! / 10);
  return to > from && power > 0 ? Math.max(SILENCE_DBFS, 10 * Math.log10(power / (to - from))) : SILENCE_DBFS;
}

function percentile(values: readonly number[], p: number): number {
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}
