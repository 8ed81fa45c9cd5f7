import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Envelope } from '../../../shared/errors';
import { dispatch } from '../../dispatch';
import { detailsInLog } from '../../services/log/details-in-log';
import type { RetakeServices } from '../../services/retake';
import { sendJson, sendText } from './send-response';

/** Room for the largest chunk (LIMITS.chunkBytes, 8 MB) once base64 has grown it by a third. */
export const MAX_BODY_BYTES = 12 * 1024 * 1024;

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * JSON has no bytes, so the web client sends each Uint8Array as {"$bytes": "<base64>"}.
 * Only an object with exactly that one string key is turned back into bytes; anything
 * else stays as it is and the contract's zod schema decides.
 */
export function reviveBytes(_key: string, value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  if (keys.length !== 1 || keys[0] !== '$bytes') return value;
  const encoded = (value as { $bytes: unknown }).$bytes;
  if (typeof encoded !== 'string' || encoded.length % 4 !== 0 || !BASE64.test(encoded)) return value;
  // A fresh copy: small Buffers are views into a shared pool.
  return new Uint8Array(Buffer.from(encoded, 'base64'));
}

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return 'too-large';
  const parts: Buffer[] = [];
  let total = 0;
  for await (const part of req as AsyncIterable<Buffer>) {
    total += part.length;
    if (total > limit) return 'too-large';
    parts.push(part);
  }
  return Buffer.concat(parts, total);
}

function invalid(message: string): Envelope<never> {
  return { ok: false, error: { code: 'invalid-input', message } };
}

/**
 * POST /api/<method>: JSON in, Envelope out. The method name and input go to dispatch
 * untouched, which validates both against the contract.
 */
export async function handleApi(
  req: IncomingMessage,
  res: ServerResponse,
  services: RetakeServices,
  method: string,
  clientId: string,
): Promise<void> {
  const type = req.headers['content-type'] ?? '';
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    sendText(res, 415, 'API calls must be application/json');
    return;
  }
  const body = await readBody(req, MAX_BODY_BYTES);
  if (body === 'too-large') {
    // Stop reading and drop the connection once the reply is out, rather than swallow megabytes.
    res.on('finish', () => req.destroy());
    sendText(res, 413, `Request body is larger than ${MAX_BODY_BYTES} bytes`, { Connection: 'close' });
    return;
  }
  let input: unknown;
  try {
    input = JSON.parse(body.toString('utf8'), reviveBytes);
  } catch {
    sendJson(res, 400, invalid('The request body is not valid JSON.'));
    return;
  }
  let reply: Envelope<unknown>;
  try {
    reply = await dispatch(services, method, input, { clientId });
  } catch (error) {
    services.log.error('web host', 'dispatch threw', error);
    reply = { ok: false, error: { code: 'failed', message: `Something went wrong in Retake; ${detailsInLog(services.log)}` } };
  }
  sendJson(res, 200, reply);
}
