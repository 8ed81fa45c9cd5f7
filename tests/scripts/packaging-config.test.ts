import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';
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
