/**
 * Test videos with a known truth for the body-language analysis, built with ffmpeg from the
 * sample photographs that ship inside @vladmandic/face-api (demo/). Plain Node: no test-runner imports.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const SAMPLES = join(dirname(createRequire(import.meta.url).resolve('@vladmandic/face-api/package.json')), 'demo');

/** The camera's frame, as Retake asks for it. */
export const FRAME = { width: 960, height: 540 } as const;

/**
 * Head-and-shoulders crops (w:h:x:y in the 1920-wide photo) of one person each, chosen by
 * looking: `atCamera` faces the lens and smiles; `tilted` looks into the lens with her head
 * tilted to one side; `away` looks down at her hand, head bowed.
 */
const PHOTOS = {
  atCamera: { file: 'sample6.jpg', crop: '470:560:530:200' },
  tilted: { file: 'sample4.jpg', crop: '470:560:480:0' },
  away: { file: 'sample2.jpg', crop: '470:560:760:60' },
} as const;
type Photo = keyof typeof PHOTOS;

export type Shot =
  /** The smiling face, centred, at a head-and-shoulders size. */
  | 'centred'
  /** The background alone. */
  | 'none'
  /** The face with its centre a tenth of the width from the left edge. */
  | 'left'
  /** The face at half its size: too far from the camera. */
  | 'small'
  /** The centred face with the whole frame at a quarter of its brightness. */
  | 'dark'
  /** The centred face panned and shaken about (two unrelated sines, so 3 fps sampling sees it). */
  | 'shaken'
  /** The look-away photo, centred. */
  | 'away'
  /** The tilted head looking into the lens, centred: a tilt is neither a turn nor a nod. */
  | 'tilted';

export interface Segment {
  shot: Shot;
  seconds: number;
}

/** The stretches every test and the bench use: each kind of shot, in an order where each edge is a change. */
export const STANDARD_SEGMENTS: readonly Segment[] = [
  { shot: 'centred', seconds: 10 },
  { shot: 'none', seconds: 5 },
  { shot: 'left', seconds: 10 },
  { shot: 'small', seconds: 5 },
  { shot: 'dark', seconds: 5 },
  { shot: 'centred', seconds: 10 },
  { shot: 'shaken', seconds: 10 },
  { shot: 'away', seconds: 5 },
  { shot: 'tilted', seconds: 5 },
];

/** Where each segment starts and ends, in ms. */
export function segmentTimes(segments: readonly Segment[]): { shot: Shot; startMs: number; endMs: number }[] {
  let at = 0;
  return segments.map(({ shot, seconds }) => {
    const startMs = at;
    at += seconds * 1000;
    return { shot, startMs, endMs: at };
  });
}

/** Face crop height on screen at the normal size: its face box is then about a third of the frame's height. */
const PORTRAIT_HEIGHT = 460;

function overlayFor(shot: Shot, startS: number, endS: number): { image: Photo; scale: number; x: string; y: string } | null {
  const centreX = '(W-w)/2';
  const centreY = '(H-h)/2';
  switch (shot) {
    case 'none':
      return null;
    case 'left':
      return { image: 'atCamera', scale: 1, x: '0.1*W-w/2', y: centreY };
    case 'small':
      return { image: 'atCamera', scale: 0.5, x: centreX, y: centreY };
    case 'shaken':
      return { image: 'atCamera', scale: 1, x: `${centreX}+90*sin(2*PI*1.1*(t-${startS}))`, y: `${centreY}+30*sin(2*PI*0.7*(t-${endS}))` };
    case 'away':
    case 'tilted':
      return { image: shot, scale: 1, x: centreX, y: centreY };
    default:
      return { image: 'atCamera', scale: 1, x: centreX, y: centreY };
  }
}

/** A photo's crop at the on-screen size, decoded once rather than once per frame. */
async function portrait(dir: string, key: string, photo: { file: string; crop: string }): Promise<string> {
  const file = join(dir, `portrait-${key}.png`);
  await run('ffmpeg', ['-v', 'error', '-y', '-i', join(SAMPLES, photo.file), '-vf', `crop=${photo.crop},scale=-2:${PORTRAIT_HEIGHT}`, file]);
  return file;
}

/**
 * Renders the segments one after another. `mkv`: Motion JPEG in Matroska, which the analysis
 * reads as it reads a recording and which encodes far faster than VP8; `webm`: VP8, a
 * recording as the finaliser expects one (at half size); `mjpeg`: the stream Chromium's fake camera plays.
 */
export async function makeBodyLanguageVideo(dir: string, segments: readonly Segment[], format: 'mkv' | 'webm' | 'mjpeg' = 'mkv', name = 'body-language'): Promise<string> {
  const times = segmentTimes(segments);
  const total = times.at(-1)!.endMs / 1000;
  // Few frames a second keep the encode quick; the analysis samples 3 a second anyway.
  const fps = format === 'mjpeg' ? 15 : 10;
  const file = join(dir, `${name}.${format}`);
  const overlays = times.flatMap(({ shot, startMs, endMs }) => {
    const o = overlayFor(shot, startMs / 1000, endMs / 1000);
    return o ? [{ ...o, startS: startMs / 1000, endS: endMs / 1000 }] : [];
  });
  // Only the photos in use are inputs: an endless looped image nobody reads keeps ffmpeg running.
  const inUse = (Object.keys(PHOTOS) as Photo[]).filter((key) => overlays.some((o) => o.image === key));
  const portraits = await Promise.all(inUse.map((key) => portrait(dir, key, PHOTOS[key])));
  const chains = [`color=c=0x5a6a78:s=${FRAME.width}x${FRAME.height}:r=${fps}:d=${total}[bg]`];
  // Each photo feeds as many overlays as it appears in: split it that many ways.
  inUse.forEach((key, input) => {
    const count = overlays.filter((o) => o.image === key).length;
    const outs = Array.from({ length: count }, (_, i) => `[${key}${i}]`).join('');
    chains.push(`[${input}:v]split=${count}${outs}`);
  });
  const seen = new Map<string, number>();
  let last = 'bg';
  overlays.forEach((o, i) => {
    const use = seen.get(o.image) ?? 0;
    seen.set(o.image, use + 1);
    let src = `${o.image}${use}`;
    if (o.scale !== 1) {
      chains.push(`[${src}]scale=-2:${Math.round(PORTRAIT_HEIGHT * o.scale)}[${src}s]`);
      src = `${src}s`;
    }
    chains.push(`[${last}][${src}]overlay=x='${o.x}':y='${o.y}':eval=frame:enable='between(t,${o.startS},${o.endS - 0.001})'[v${i}]`);
    last = `v${i}`;
  });
  const dark = times.filter((t) => t.shot === 'dark').map((t) => `between(t,${t.startMs / 1000},${t.endMs / 1000 - 0.001})`);
  const darken = dark.length ? `lutrgb=r=val/4:g=val/4:b=val/4:enable='${dark.join('+')}',` : '';
  // VP8 at half size: libvpx is the slow part here, and the analysis scales down to 480 wide anyway.
  const finish = format === 'webm' ? `scale=${FRAME.width / 2}:${FRAME.height / 2},format=yuv420p` : 'format=yuvj420p';
  chains.push(`[${last}]${darken}${finish}[out]`);
  await run('ffmpeg', [
    ...['-v', 'error', '-y'],
    ...portraits.flatMap((file) => ['-loop', '1', '-framerate', String(fps), '-i', file]),
    ...['-filter_complex', chains.join(';'), '-map', '[out]', '-t', String(total)],
    ...{
      mkv: ['-c:v', 'mjpeg', '-q:v', '4', '-f', 'matroska'],
      webm: ['-c:v', 'libvpx', '-deadline', 'realtime', '-cpu-used', '8', '-b:v', '1M', '-g', '50', '-f', 'webm'],
      mjpeg: ['-c:v', 'mjpeg', '-q:v', '4', '-f', 'mjpeg'],
    }[format],
    file,
  ], { maxBuffer: 1 << 20 });
  return file;
}
