import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { minimatch } from 'minimatch';
import { describe, expect, it } from 'vitest';
import { modelFiles } from '../../src/main/services/body-language/model-files';
import { APP_CSP } from '../../src/main/hosts/app-csp';
import { dropTestSwitches, TEST_SWITCHES } from '../../src/main/test-switches';
import { REPO_ROOT } from '../support/services';

const config = await getConfig(REPO_ROOT, null, null);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('the packaging config', () => {
  it('is valid for electron-builder', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('sets every fuse a shipped app needs', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('builds AppImage and deb, a hardened dmg with camera and microphone, and nsis', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.mac?.target).toBe('dmg');
    expect(config.mac?.hardenedRuntime).toBe(true);
    const info = config.mac?.extendInfo as Record<string, string>;
    expect(info.NSCameraUsageDescription).toMatch(/camera/);
    expect(info.NSMicrophoneUsageDescription).toMatch(/sound|microphone/);
    const entitlements = readFileSync(join(REPO_ROOT, config.mac!.entitlements!), 'utf8');
    for (const key of ['com.apple.security.device.camera', 'com.apple.security.device.audio-input']) {
      expect(entitlements).toMatch(new RegExp(`<key>${key.replaceAll('.', '\\.')}</key>\\s*<true/>`));
    }
    expect(config.win?.target).toBe('nsis');
  });

  it('ships icons at the sizes each target needs', () => {
    expect(pngSize(join(REPO_ROOT, 'resources/icon.png'))).toEqual([1024, 1024]);
    for (const size of [16, 32, 48, 64, 128, 256, 512]) {
      expect(pngSize(join(REPO_ROOT, `resources/icons/${size}x${size}.png`))).toEqual([size, size]);
    }
  });

  it('packs the built app and the question bank, and unpacks the media tools from the asar', () => {
    const files = [config.files].flat().flatMap((entry) => (typeof entry === 'object' && entry !== null && 'filter' in entry ? [entry.filter].flat() : [entry]));
    expect(files).toEqual(expect.arrayContaining(['out/main/**', 'out/preload/**', 'out/renderer/**', 'resources/prompts.json', 'resources/review-pack/**']));
    expect(config.asarUnpack).toEqual(expect.arrayContaining(['node_modules/@ffmpeg-installer/**', 'node_modules/@ffprobe-installer/**']));
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { productName: string; scripts: Record<string, string>; dependencies: Record<string, string> };
    expect(pkg.productName).toBe('Retake'); // Electron's userData folder, shared with the web host
    expect(pkg.scripts.dist).toMatch(/electron-builder/);
    expect(Object.keys(pkg.dependencies)).toEqual(expect.arrayContaining(['@ffmpeg-installer/ffmpeg', '@ffprobe-installer/ffprobe']));
  });

  it('unpacks the face model and the WebAssembly binaries the body-language worker reads from disk', () => {
    const patterns = [config.asarUnpack].flat().filter((p): p is string => typeof p === 'string');
    const { modelDir, wasmDir } = modelFiles();
    // Every file the worker opens must match an unpack pattern, as electron-builder matches them (relative to the app).
    const needed = [
      ...readdirSync(modelDir).filter((f) => /^(tiny_face_detector|face_landmark_68|face_expression)_model/.test(f)).map((f) => join(modelDir, f)),
      ...readdirSync(wasmDir).filter((f) => f.endsWith('.wasm')).map((f) => join(wasmDir, f)),
    ].map((file) => relative(REPO_ROOT, file).split(sep).join('/'));
    expect(needed.length).toBeGreaterThanOrEqual(6 + 3);
    for (const file of needed) expect(patterns.some((pattern) => minimatch(file, pattern)), file).toBe(true);
    // In an installed app the worker reads them beside the asar, where these patterns put them.
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(Object.keys(pkg.dependencies)).toEqual(expect.arrayContaining(['@vladmandic/face-api', '@tensorflow/tfjs', '@tensorflow/tfjs-backend-wasm']));
  });

  it('builds the body-language worker as its own file beside the main bundle', () => {
    const viteConfig = readFileSync(join(REPO_ROOT, 'electron.vite.config.ts'), 'utf8');
    expect(viteConfig).toMatch(/'body-language-worker': resolve\(__dirname, 'src\/main\/services\/body-language\/worker\.ts'\)/);
  });
});

describe('an installed app', () => {
  it('drops every test-only switch from its environment', () => {
    const env: NodeJS.ProcessEnv = { HOME: '/home/ana', RETAKE_FAKE_MEDIA: '1', RETAKE_DATA_DIR: '/tmp/x', RETAKE_FFMPEG: '/tmp/f', RETAKE_FFPROBE: '/tmp/p' };
    dropTestSwitches(env);
    expect(env).toEqual({ HOME: '/home/ana' });
    expect(TEST_SWITCHES).toHaveLength(4);
  });

  it('sends a CSP header at least as strict as the page’s meta tag', () => {
    const html = readFileSync(join(REPO_ROOT, 'src/renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    const directives = (csp: string) => new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values.join(' ')]));
    const header = directives(APP_CSP);
    for (const [name, values] of directives(meta!)) expect(header.get(name), name).toBe(values);
    expect(header.get('frame-ancestors')).toBe("'none'");
  });
});
