/**
 * The browser stand-in for the Electron preload: web.html runs this before the renderer,
 * so `window.retake` is the same bridge whichever host serves the page.
 */
import { createBridge } from '../shared/client';
import { createHttpTransport } from './http-transport';
import { newClientId, takeToken } from './session';

window.retake = createBridge(createHttpTransport(takeToken() ?? '', newClientId()));
