import type { RetakeBridge } from '../shared/api';

declare global {
  interface Window {
    /** Installed before the renderer runs: by the Electron preload, or by src/web-client in a browser. */
    retake: RetakeBridge;
  }
}

export {};
