import type { RetakeBridge } from '../../src/shared/api';
import { createBridge } from '../../src/shared/client';
import { dispatch } from '../../src/main/dispatch';
import type { RetakeServices } from '../../src/main/services/retake';
import { TEST_CLIENT } from './services';

/**
 * The renderer's bridge over real services in this process: the same client and the same
 * dispatch (validation, errors as data) as both hosts. Values are not copied across: under
 * the DOM environment every copier at hand makes typed arrays of another realm, which the
 * contract's `instanceof` checks rightly refuse.
 */
export function inProcessBridge(services: RetakeServices): RetakeBridge {
  return createBridge({
    invoke: (method, input) => dispatch(services, method, input, TEST_CLIENT),
    onEvent: (listener) => services.onEvent(listener),
    mediaUrl: (attemptId, kind) => `retake-media://attempt/${attemptId}/${kind}`,
    // The file is already under exports/; there is no person here to hand it to.
    saveExport: async () => ({ saved: true }),
  });
}
