import type { RetakeBridge } from '../../shared/api';

/**
 * The one way the renderer reaches main. The Electron preload or the web client installs
 * `window.retake` before this bundle runs; nothing else crosses the process boundary.
 */
export function retake(): RetakeBridge {
  const bridge = (window as Partial<Window>).retake;
  if (!bridge) throw new Error('Retake could not connect to its background service. Restart the app and try again.');
  return bridge;
}

export function bridgeAvailable(): boolean {
  return (window as Partial<Window>).retake !== undefined;
}
