import { describe, expect, it } from 'vitest';
import { MediaInput } from '../../src/renderer/lib/media/media-input.svelte';
import { FakeDevices, type FakeTrack } from './fixtures/fake-devices';

const request = { cameraId: null, microphoneId: null, audioOnly: false };

describe('MediaInput', () => {
  it('opens camera and microphone, lists the devices, and stops every track on close', async () => {
    const input = new MediaInput(new FakeDevices(true) as unknown as MediaDevices);
    const opening = input.open(request);
    expect(input.status).toBe('opening');
    await opening;
    expect([input.status, input.cameraId, input.microphoneId, input.audioOnly]).toEqual(['ready', 'cam-1', 'mic-1', false]);
    expect(input.cameras).toEqual([{ id: 'cam-1', label: 'Camera 1' }]);
    expect(input.microphones).toEqual([{ id: 'mic-1', label: 'Headset' }]);
    const tracks = input.stream!.getTracks() as unknown as FakeTrack[];
    input.close();
    expect(tracks.every((t) => t.stopped)).toBe(true);
    expect(input.stream).toBeNull();
  });

  it('falls back to the microphone alone when there is no camera, and says so', async () => {
    const input = new MediaInput(new FakeDevices(false) as unknown as MediaDevices);
    await input.open(request);
    expect([input.status, input.audioOnly, input.noCameraFallback]).toEqual(['ready', true, true]);
    input.close();
  });

  it('says in words that there are no devices at all', async () => {
    const input = new MediaInput(undefined);
    await input.open(request);
    expect(input.status).toBe('error');
    expect(input.problem?.code).toBe('NoMediaDevices');
    expect(input.problem?.title).toBeTruthy();
  });

  it('lets a later open win over one still opening', async () => {
    const input = new MediaInput(new FakeDevices(true) as unknown as MediaDevices);
    const first = input.open(request);
    const second = input.open({ ...request, audioOnly: true });
    await Promise.all([first, second]);
    expect([input.status, input.audioOnly]).toEqual(['ready', true]);
    expect(input.stream!.getVideoTracks()).toEqual([]);
    input.close();
  });
});
