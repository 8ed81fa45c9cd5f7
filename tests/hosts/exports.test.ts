import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportFile } from '../../src/shared/exports';
import { copyExport } from '../../src/main/hosts/copy-export';
import { startWebHost, type WebHost } from '../../src/main/hosts/web';
import { openRetake, type OpenedRetake } from '../../src/main/services/app';
import { shortRecording } from '../support/review';
import { makeTempDir, recordAttempt, TEST_CLIENT } from '../support/services';
import { raw } from './raw-http';

let dir: string;
let dataDir: string;
let services: OpenedRetake;
let host: WebHost;
let pack: ExportFile;

beforeAll(async () => {
  dir = makeTempDir('retake-exports-');
  dataDir = join(dir, 'data');
  const staticDir = join(dir, 'web');
  mkdirSync(staticDir, { recursive: true });
  writeFileSync(join(staticDir, 'web.html'), '<!doctype html><title>Retake</title>');
  services = openRetake({ dataDir, resourcesDir: resolve('resources') });
  host = await startWebHost({ services, dataDir, staticDir, clientGoneDelayMs: 0 });
  const attempt = await recordAttempt(services, await shortRecording(dir), { mode: 'audio' });
  pack = await services.handlers.createReviewPack({ attemptIds: [attempt.id], noteIds: [] }, TEST_CLIENT);
});

afterAll(async () => {
  await host?.close();
  await services?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** With the token in the URL, as the web client's download link has it, unless told otherwise. */
const get = (path: string, token = true) => raw(host.port, token ? `${path}?token=${host.token}` : path);

describe('exports on the web host', () => {
  it('serves an export by id as a download', async () => {
    const res = await get(`/exports/${pack.id}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="${pack.id}"`);
    expect(res.body.equals(readFileSync(join(dataDir, 'exports', pack.id)))).toBe(true);
  });

  it('answers 404 for anything that is not an export id, and 401 without the token', async () => {
    writeFileSync(join(dataDir, 'retake-secret.md'), 'beside exports, not in it');
    symlinkSync(join(dataDir, 'retake-secret.md'), join(dataDir, 'exports', 'retake-link.md'));
    for (const path of [
      '/exports/retake.db',
      '/exports/..%2Fretake.db',
      '/exports/../retake.db',
      '/exports/retake-nope.zip',
      '/exports/retake-link.md',
      `/exports/${pack.id.replace('.zip', '')}`,
      `/exports/${pack.id}/index.html`,
    ]) {
      expect((await get(path)).status, path).toBe(404);
    }
    expect((await get(`/exports/${pack.id}`, false)).status).toBe(401);
    // Nor by the page cookie, which other servers on 127.0.0.1 receive too.
    const page = await raw(host.port, `/?token=${host.token}`);
    const cookie = String(page.headers['set-cookie']).split(';')[0]!;
    expect((await raw(host.port, `/exports/${pack.id}`, { headers: { Cookie: cookie } })).status).toBe(401);
  });
});

describe('saving an export where the person chose', () => {
  it('copies the zip, puts the pack folder beside it, and never overwrites a folder', async () => {
    const location = services.exportLocation(pack.id)!;
    expect(location.folder).not.toBeNull();
    const target = join(dir, 'chosen');
    mkdirSync(target);
    await copyExport(location, join(target, 'for-mentor.zip'));
    mkdirSync(join(target, 'other'));
    writeFileSync(join(target, 'other.zip'), 'old');
    await copyExport(location, join(target, 'other.zip'));
    expect(readdirSync(target).sort()).toEqual(['for-mentor', 'for-mentor.zip', 'other', 'other-2', 'other.zip']);
    expect(readFileSync(join(target, 'other.zip')).equals(readFileSync(location.file))).toBe(true);
    expect(readdirSync(join(target, 'other'))).toEqual([]);
    expect(readdirSync(join(target, 'for-mentor'))).toContain('index.html');
  });
});
