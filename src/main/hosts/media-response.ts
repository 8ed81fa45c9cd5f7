import { join } from 'node:path';
import type { MediaKind } from '../../shared/api';
import type { RetakeServices } from '../services/retake';
import { fileResponse, textResponse } from './file-response';
import { realPathInside } from './path-inside';

export { parseRange } from './file-response';

const CONTENT_TYPES: Record<MediaKind, string> = { video: 'video/webm', poster: 'image/jpeg' };

/** Where the services keep recordings (DESIGN.md: `media/<attempt-id>/`); nothing outside it is ever served. */
export function mediaRootOf(dataDir: string): string {
  return join(dataDir, 'media');
}

/**
 * Reads `/<id>/<kind>` from the raw, still-encoded URL path. Digits only and no decoding,
 * so `..`, `%2e%2e`, `%2f` and the like simply do not match: the host never takes a path
 * from the request, only an id it asks the services about.
 */
export function parseMediaPath(rawPath: string): { attemptId: number; kind: MediaKind } | null {
  const match = /^\/([1-9][0-9]{0,15})\/(video|poster)$/.exec(rawPath);
  if (!match) return null;
  const attemptId = Number(match[1]);
  if (!Number.isSafeInteger(attemptId)) return null;
  return { attemptId, kind: match[2] as MediaKind };
}

export interface MediaRequest {
  /** What services.mediaPath answered; null means there is no such media. */
  filePath: string | null;
  kind: MediaKind;
  /** The data folder's media root; the file must resolve inside it. */
  mediaRoot: string;
  range?: string | null;
  method?: string;
}

/** The reply for one media request: 404 unless the file exists inside the media root, else 200/206/416. */
export async function mediaResponse(request: MediaRequest): Promise<Response> {
  if (request.filePath === null) return textResponse(404, 'Not found');
  const real = await realPathInside(request.mediaRoot, request.filePath);
  if (real === null) return textResponse(404, 'Not found');
  return fileResponse(real, {
    contentType: CONTENT_TYPES[request.kind],
    range: request.range ?? null,
    method: request.method ?? 'GET',
    // A finished recording never changes, but a poster can be regenerated and ids are reused per data folder.
    headers: { 'Cache-Control': 'no-cache' },
  });
}

/** Both hosts' whole media route: URL tail -> id -> services.mediaPath -> response. */
export function serveMedia(
  services: Pick<RetakeServices, 'mediaPath'>,
  dataDir: string,
  rawPath: string,
  options: { range?: string | null; method?: string } = {},
): Promise<Response> {
  const target = parseMediaPath(rawPath);
  if (target === null) return Promise.resolve(textResponse(404, 'Not found'));
  let filePath: string | null;
  try {
    filePath = services.mediaPath(target.attemptId, target.kind);
  } catch {
    filePath = null;
  }
  return mediaResponse({
    filePath,
    kind: target.kind,
    mediaRoot: mediaRootOf(dataDir),
    range: options.range ?? null,
    method: options.method ?? 'GET',
  });
}
