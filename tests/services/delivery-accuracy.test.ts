import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeDelivery } from '../../src/main/services/analysis/delivery-figures';
import { measureRecordedSpeech } from '../../src/main/services/analysis/speech-file';
import { DELIVERY_GUIDANCE, type DeliveryFigures } from '../../src/shared/delivery';
import { makeRecordingWebm } from '../support/media';
import { makeTempDir } from '../support/services';
import { speechWithPauses, type SpeechWithPauses, type Utterance } from '../support/speech-pauses';

/**
 * Delivery measured on generated speech whose truth is known: espeak-ng at set rates, with
 * texts whose syllables were counted by hand, the same text spoken flat and lively, and
 * phrases whose last second is turned down. Each case also runs with pink noise at
 * -45 dBFS under it and with a second voice 25 dB quieter talking all the way through
 * (a television, a colleague across the room). The
 * audio goes the real way: Opus in WebM, decoded to 8 kHz, analysed.
 */

/** 48 syllables (the-sit-u-a-tion-was-a-re-lease…), hand-counted. */
const RELEASE =
  'The situation was a release that kept slipping. My task was to get it out in six weeks. ' +
  'I cut the scope, paired people up and reviewed progress daily. As a result we shipped a week early.';
/** 62 syllables, hand-counted; no word whose syllable count is in doubt (our, fire, every). */
const PROJECT =
  'I took over a project that was late and over budget. First I met with each person on the team to find out what was blocking them. ' +
  'Then we cut two features, moved the launch date by a week, and shipped on time. The client signed a second contract the next month.';
const SYLLABLES = 48 + 62;

/** Each case makes its speech with espeak-ng, sox and ffmpeg; on a loaded machine that takes a while. */
const SLOW_MS = 240_000;

const CONDITIONS = {
  clean: {},
  'pink noise at -45 dBFS': { noiseDb: -45 },
  'a second voice 25 dB down': { secondVoiceDb: -25 },
} as const;

let dir: string;
beforeAll(() => {
  dir = makeTempDir();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let made = 0;
async function measured(utterances: readonly Utterance[], condition: keyof typeof CONDITIONS): Promise<{ figures: DeliveryFigures; truth: SpeechWithPauses }> {
  const name = `case-${++made}`;
  const truth = await speechWithPauses(dir, 500, utterances, { ...CONDITIONS[condition], name });
  const recording = await makeRecordingWebm(dir, { mode: 'audio', audio: truth.wav, seconds: Math.ceil(truth.durationMs / 1000) + 1, name: `${name}.webm` });
  const { speech, delivery } = await measureRecordedSpeech(recording.path);
  return { figures: describeDelivery(delivery, speech, [], recording.durationMs).whole, truth };
}

describe.each(Object.keys(CONDITIONS) as (keyof typeof CONDITIONS)[])('delivery on generated speech, %s', (condition) => {
  const rates = new Map<number, number>();
  it.each([120, 160, 200])('measures the speech rate within 10%% of the truth at %i words a minute', async (wpm) => {
    const espeak = ['-s', String(wpm)];
    const { figures, truth } = await measured(
      [
        { text: RELEASE, silenceAfterMs: 800, espeak },
        { text: PROJECT, silenceAfterMs: 1000, espeak },
      ],
      condition,
    );
    const spanMs = truth.speech.at(-1)!.endMs - truth.speech[0]!.startMs;
    const truthPerMinute = (SYLLABLES / spanMs) * 60_000;
    expect(figures.syllablesPerMinute, `${figures.syllables} syllables found of ${SYLLABLES}`).not.toBeNull();
    expect(Math.abs(figures.syllablesPerMinute! - truthPerMinute) / truthPerMinute).toBeLessThan(0.1);
    expect(figures.wordsPerMinute).toBeCloseTo(figures.syllablesPerMinute! / DELIVERY_GUIDANCE.syllablesPerWord, 0);
    expect(figures.articulationPerMinute!).toBeGreaterThan(figures.syllablesPerMinute!);
    rates.set(wpm, figures.syllablesPerMinute!);
  }, SLOW_MS);

  it('orders the measured rates as the spoken ones', () => {
    expect(rates.get(120)).toBeLessThan(rates.get(160)!);
    expect(rates.get(160)).toBeLessThan(rates.get(200)!);
  });

  it('orders the pitch range of flat, ordinary and lively speech, and flags only the flat one', async () => {
    const spoken = (range: string) =>
      measured([{ text: `<speak><prosody range="${range}">${PROJECT} ${RELEASE}</prosody></speak>`, silenceAfterMs: 1000, espeak: ['-m', '-s', '150'] }], condition);
    const [flat, ordinary, lively] = [await spoken('x-low'), await spoken('medium'), await spoken('x-high')].map((m) => m.figures);
    expect(flat!.pitch!.rangeSemitones).toBeLessThan(ordinary!.pitch!.rangeSemitones);
    expect(ordinary!.pitch!.rangeSemitones).toBeLessThan(lively!.pitch!.rangeSemitones);
    expect(flat!.pitch!.rangeSemitones).toBeLessThan(DELIVERY_GUIDANCE.flat.semitones);
    expect(flat!.flatStretches.length).toBeGreaterThan(0);
    expect(flat!.flatStretches[0]!.endMs - flat!.flatStretches[0]!.startMs).toBeGreaterThanOrEqual(DELIVERY_GUIDANCE.flat.minMs);
    expect(ordinary!.flatStretches).toEqual([]);
    expect(lively!.flatStretches).toEqual([]);
  }, SLOW_MS);

  it('finds phrases whose last second is 10 dB quieter, and no trailing off in steady ones', async () => {
    const phrases = PROJECT.split(/(?<=\.) /);
    const trailing = await measured(
      phrases.map((text) => ({ text, silenceAfterMs: 1200, lastSecondDb: -10 })),
      condition,
    );
    expect(trailing.figures.trailingOff).toHaveLength(phrases.length);
    trailing.figures.trailingOff.forEach((found, i) => {
      expect(Math.abs(found.endMs - trailing.truth.speech[i]!.endMs)).toBeLessThan(300);
      expect(found.dropDb).toBeGreaterThan(DELIVERY_GUIDANCE.trailingOffDb);
    });
    const steady = await measured(
      phrases.map((text) => ({ text, silenceAfterMs: 1200 })),
      condition,
    );
    expect(steady.figures.trailingOff).toEqual([]);
  }, SLOW_MS);
});
