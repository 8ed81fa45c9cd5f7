import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyseBodyLanguage, analysisSize, SAMPLES_PER_SECOND } from '../src/main/services/body-language/analyse';
import { decodeFrames } from '../src/main/services/body-language/decode-frames';
import { probeVideoSize } from '../src/main/services/media/video-size';
import { makeBodyLanguageVideo, type Segment } from '../tests/support/body-language-video';
import { fmtMs, report, timed } from './report';

const work = resolve(import.meta.dirname, '.work');

/** Two minutes of an answer: mostly a centred face, with every kind of stretch the analysis looks for. */
const TWO_MINUTES: Segment[] = [
  { shot: 'centred', seconds: 40 },
  { shot: 'left', seconds: 15 },
  { shot: 'none', seconds: 10 },
  { shot: 'small', seconds: 10 },
  { shot: 'shaken', seconds: 25 },
  { shot: 'away', seconds: 10 },
  { shot: 'dark', seconds: 10 },
];

/** Body-language analysis of a 2-minute answer against ffmpeg decoding the same frames alone. */
export async function benchBodyLanguage(): Promise<void> {
  mkdirSync(work, { recursive: true });
  const video = await makeBodyLanguageVideo(work, TWO_MINUTES, 'mkv', 'body-language-2min');
  const seconds = TWO_MINUTES.reduce((sum, s) => sum + s.seconds, 0);
  const size = analysisSize((await probeVideoSize(video))!);
  const decode = await timed(() => decodeFrames(video, size, SAMPLES_PER_SECOND, async () => undefined));
  const analyse = await timed(() => analyseBodyLanguage(video, { durationMs: seconds * 1000 }));
  const minutes = seconds / 60;
  report(`Body language of a generated ${seconds / 60}-minute answer (${SAMPLES_PER_SECOND} frames/s, ${size.width}x${size.height})`, [
    ['baseline: ffmpeg decode of the same frames', `${fmtMs(decode.ms)} (${fmtMs(decode.ms / minutes)} per minute)`],
    ['analysis: decode + face model in a worker', `${fmtMs(analyse.ms)} (${fmtMs(analyse.ms / minutes)} per minute)`],
    ['ratio analysis / decode', `${(analyse.ms / decode.ms).toFixed(1)}x`],
    ['wall time for a 2-minute answer', `${((analyse.ms / minutes) * 2 / 1000).toFixed(1)} s (aim: under 30 s)`],
  ]);
}
