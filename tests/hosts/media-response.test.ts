import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mediaResponse, parseMediaPath, parseRange } from '../../src/main/hosts/media-response';
import { isPathInside } from '../../src/main/hosts/path-inside';

describe('parseRange', () => {
  const size = 1000;
  it.each([
    [undefined, null],
    [null, null],
    ['items=0-10', null],
    ['bytes=0-1,5-9', null],
    ['bytes=0-99', { start: 0, end: 99 }],
    ['bytes=0-0', { start: 0, end: 0 }],
    ['bytes=500-', { start: 500, end: 999 }],
    ['bytes=-100', { start: 900, end: 999 }],
    ['bytes=-5000', { start: 0, end: 999 }],
    ['bytes=990-5000', { start: 990, end: 999 }],
    ['BYTES = 1-2', { start: 1, end: 2 }],
    ['bytes=999-', { start: 999, end: 999 }],
    ['bytes=1000-', 'unsatisfiable'],
    ['bytes=1000-2000', 'unsatisfiable'],
    ['bytes=9-5', 'unsatisfiable'],
    ['bytes=-0', 'unsatisfiable'],
    ['bytes=-', 'unsatisfiable'],
    ['bytes=abc', 'unsatisfiable'],
    ['bytes=1.5-2', 'unsatisfiable'],
    ['bytes=-1-2', 'unsatisfiable'],
  ] as const)('%s -> %j', (header, expected) => {
    expect(parseRange(header, size)).toEqual(expected);
  });

  it('finds nothing to satisfy in an empty file', () => {
    expect(parseRange('bytes=0-', 0)).toBe('unsatisfiable');
    expect(parseRange('bytes=-1', 0)).toBe('unsatisfiable');
    expect(parseRange(undefined, 0)).toBeNull();
  });
});

describe('parseMediaPath', () => {
  it('accepts only /<digits>/<kind>', () => {
    expect(parseMediaPath('/12/video')).toEqual({ attemptId: 12, kind: 'video' });
    expect(parseMediaPath('/1/poster')).toEqual({ attemptId: 1, kind: 'poster' });
    for (const bad of [
      '/0/video',
      '/012/video',
      '/-1/video',
      '/1.5/video',
      '/1e3/video',
      '/abc/video',
      '/1/audio',
      '/1/video/',
      '/1/video?x',
      '/../1/video',
      '/%2e%2e/video',
      '/1%2fvideo',
      '/1/%76ideo',
      '/99999999999999999/video',
      '//1/video',
    ]) {
      expect(parseMediaPath(bad), bad).toBeNull();
    }
  });
});

describe('isPathInside', () => {
  it('needs a separator after the root', () => {
    expect(isPathInside('/data/media', '/data/media/1/answer.webm')).toBe(true);
    expect(isPathInside('/data/media', '/data/media-evil/x')).toBe(false);
    expect(isPathInside('/data/media', '/data/media')).toBe(false);
    expect(isPathInside('/data/media', '/data/media/../retake.db')).toBe(false);
  });
});

describe('mediaResponse', () => {
  let dir: string;
  let root: string;
  let video: string;
  const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => i % 251));

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'retake-media-response-'));
    root = join(dir, 'media');
    mkdirSync(join(root, '7'), { recursive: true });
    video = join(root, '7', 'answer.webm');
    writeFileSync(video, bytes);
    writeFileSync(join(root, '7', 'poster.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xd9]));
    writeFileSync(join(dir, 'retake.db'), 'secret');
    symlinkSync(join(dir, 'retake.db'), join(root, '7', 'link.webm'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const get = (filePath: string | null, range?: string, kind: 'video' | 'poster' = 'video', method = 'GET') =>
    mediaResponse({ filePath, kind, mediaRoot: root, range: range ?? null, method });

  it('404s for no file, a missing file, and anything outside the media root', async () => {
    expect((await get(null)).status).toBe(404);
    expect((await get(join(root, '8', 'answer.webm'))).status).toBe(404);
    expect((await get(join(dir, 'retake.db'))).status).toBe(404);
    expect((await get(join(root, '..', 'retake.db'))).status).toBe(404);
    expect((await get(join(root, '7', 'link.webm'))).status).toBe(404);
    expect((await get(join(root, '7'))).status).toBe(404);
  });

  it('serves the whole file with its length and type', async () => {
    const res = await get(video);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('video/webm');
    expect(res.headers.get('content-length')).toBe(String(bytes.length));
    expect(res.headers.get('accept-ranges')).toBe('bytes');
    expect(res.headers.get('content-range')).toBeNull();
    expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it('serves a poster as image/jpeg', async () => {
    const res = await get(join(root, '7', 'poster.jpg'), undefined, 'poster');
    expect(res.headers.get('content-type')).toBe('image/jpeg');
    expect(Buffer.from(await res.arrayBuffer())).toEqual(Buffer.from([0xff, 0xd8, 0xff, 0xd9]));
  });

  it.each([
    ['bytes=100-199', 100, 199],
    ['bytes=4000-', 4000, 4095],
    ['bytes=-96', 4000, 4095],
    ['bytes=4090-9999', 4090, 4095],
  ])('206 for %s', async (range, start, end) => {
    const res = await get(video, range);
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe(`bytes ${start}-${end}/${bytes.length}`);
    expect(res.headers.get('content-length')).toBe(String(end - start + 1));
    expect(Buffer.from(await res.arrayBuffer()).equals(bytes.subarray(start, end + 1))).toBe(true);
  });

  it('416 with the size for an unsatisfiable range', async () => {
    const res = await get(video, 'bytes=5000-');
    expect(res.status).toBe(416);
    expect(res.headers.get('content-range')).toBe(`bytes */${bytes.length}`);
  });

  it('answers HEAD with headers only', async () => {
    const res = await get(video, 'bytes=0-9', 'video', 'HEAD');
    expect(res.status).toBe(206);
    expect(res.headers.get('content-length')).toBe('10');
    expect(res.body).toBeNull();
  });
});
