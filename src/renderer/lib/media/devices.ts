/** Cameras and microphones: listing them and opening a stream from the chosen pair. */
export interface DeviceOption {
  id: string;
  label: string;
}

export interface DeviceLists {
  cameras: DeviceOption[];
  microphones: DeviceOption[];
}

export interface StreamRequest {
  cameraId: string | null;
  microphoneId: string | null;
  audioOnly: boolean;
}


/** Labels are only filled in once the page has been allowed to use a device, so call this after opening a stream. */
export async function listDevices(media: MediaDevices): Promise<DeviceLists> {
  const devices = await media.enumerateDevices();
  const pick = (kind: MediaDeviceKind, noun: string): DeviceOption[] => {
    const seen = new Set<string>();
    const options: DeviceOption[] = [];
    for (const device of devices) {
      if (device.kind !== kind || !device.deviceId || seen.has(device.deviceId)) continue;
      // Windows adds a "communications" alias next to the real devices; "default" is kept, as the system choice.
      if (device.deviceId === 'communications') continue;
      seen.add(device.deviceId);
      options.push({ id: device.deviceId, label: device.label || `${noun} ${options.length + 1}` });
    }
    return options;
  };
  return { cameras: pick('videoinput', 'Camera'), microphones: pick('audioinput', 'Microphone') };
}

function audioConstraints(microphoneId: string | null): MediaTrackConstraints {
  return {
    ...(microphoneId ? { deviceId: { ideal: microphoneId } } : {}),
    echoCancellation: true,
    noiseSuppression: true,
    autoGainControl: true,
  };
}

function videoConstraints(cameraId: string | null): MediaTrackConstraints {
  return {
    ...(cameraId ? { deviceId: { ideal: cameraId } } : {}),
    width: { ideal: 960 },
    height: { ideal: 540 },
    frameRate: { ideal: 30 },
  };
}

/** Opens the microphone, and the camera unless audio only. Throws the browser's DOMException on failure. */
export async function openStream(media: MediaDevices, request: StreamRequest): Promise<MediaStream> {
  return media.getUserMedia({
    audio: audioConstraints(request.microphoneId),
    video: request.audioOnly ? false : videoConstraints(request.cameraId),
  });
}

export function stopStream(stream: MediaStream | null | undefined): void {
  for (const track of stream?.getTracks() ?? []) track.stop();
}

/** The device a stream actually uses, which may differ from the one asked for if that one is gone. */
export function streamDeviceId(stream: MediaStream, kind: 'audio' | 'video'): string | null {
  const track = kind === 'audio' ? stream.getAudioTracks()[0] : stream.getVideoTracks()[0];
  return track?.getSettings().deviceId ?? null;
}
