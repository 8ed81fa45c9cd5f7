/** What went wrong opening a camera or microphone, and what the person can do about it. */
export interface MediaProblem {
  /** The browser's error name, for tests and logs. */
  code: string;
  title: string;
  detail: string;
  /** True when a camera-less retry with audio only might work. */
  audioOnlyMightHelp: boolean;
}

function errorName(error: unknown): string {
  if (error instanceof DOMException || error instanceof Error) return error.name;
  return 'UnknownError';
}

export function describeMediaError(error: unknown, audioOnly: boolean): MediaProblem {
  const code = errorName(error);
  const devices = audioOnly ? 'microphone' : 'camera or microphone';
  switch (code) {
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
      return {
        code,
        title: audioOnly ? 'No microphone found' : 'No camera or microphone found',
        detail: audioOnly
          ? 'Plug in a microphone or headset, then press Try again.'
          : 'Plug in a camera and microphone, then press Try again. No camera? Switch on Audio only to practice with just your voice.',
        audioOnlyMightHelp: !audioOnly,
      };
    case 'NotAllowedError':
    case 'PermissionDeniedError':
    case 'SecurityError':
      return {
        code,
        title: `Retake isn't allowed to use your ${devices}`,
        detail:
          'Allow access in your system settings — on macOS: System Settings › Privacy & Security › Camera and Microphone; on Windows: Settings › Privacy & security › Camera and Microphone. Then press Try again.',
        audioOnlyMightHelp: false,
      };
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return {
        code,
        title: `Your ${devices} is busy`,
        detail:
          'Another app may be using it — a video call or another recorder. Close that app, or pick a different device, then press Try again.',
        audioOnlyMightHelp: !audioOnly,
      };
    case 'NoMediaDevices':
      return {
        code,
        title: 'Cameras and microphones are not available here',
        detail: 'This window cannot reach any recording devices. Restart Retake; if it keeps happening, reinstall it.',
        audioOnlyMightHelp: false,
      };
    default:
      return {
        code,
        title: `Could not start your ${devices}`,
        detail: `${error instanceof Error && error.message ? `${error.message}. ` : ''}Check it is plugged in and not used by another app, then press Try again.`,
        audioOnlyMightHelp: !audioOnly,
      };
  }
}
