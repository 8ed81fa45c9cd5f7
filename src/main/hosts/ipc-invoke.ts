import type { Envelope } from '../../shared/errors';
import { dispatch } from '../dispatch';
import { detailsInLog } from '../services/log/details-in-log';
import type { RetakeServices } from '../services/retake';

const REFUSED: Envelope<never> = { ok: false, error: { code: 'failed', message: 'Refused: this call did not come from a Retake window.' } };

/**
 * The IPC handler's body, apart from Electron so it runs under plain Node. It never throws:
 * a rejected `invoke` reaches the renderer as a bare message, so every outcome is an envelope.
 * `caller` names the trusted window's client id, or null for a sender we did not create.
 */
export async function answerInvoke(
  services: Pick<RetakeServices, 'handlers' | 'log'>,
  caller: () => string | null,
  method: unknown,
  input: unknown,
): Promise<Envelope<unknown>> {
  try {
    const clientId = caller();
    if (clientId === null) return REFUSED;
    return await dispatch(services, method, input, { clientId });
  } catch (error) {
    services.log.error('ipc', 'a call failed outside dispatch', error);
    return { ok: false, error: { code: 'failed', message: `Something went wrong in Retake; ${detailsInLog(services.log)}` } };
  }
}
