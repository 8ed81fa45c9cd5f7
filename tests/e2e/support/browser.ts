import { chromium, type Browser } from '@playwright/test';

/**
 * The system Chromium with a fake camera and a speech file as its microphone. The camera shows
 * Chromium's own test pattern (no face in it), or `fakeVideo` (.y4m or .mjpeg), played in a loop.
 */
export function launchBrowser(speechWav: string, fakeVideo?: string): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.RETAKE_CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--autoplay-policy=no-user-gesture-required',
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-audio-capture=${speechWav}%noloop`,
      ...(fakeVideo ? [`--use-file-for-fake-video-capture=${fakeVideo}`] : []),
    ],
  });
}
