import { join } from 'node:path';
import type { RetakeServices } from '../services/retake';
import { fileResponse, textResponse } from './file-response';
import { realPathInside } from './path-inside';

const CONTENT_TYPES: Record<string, string> = {
  zip: 'application/zip',
  vtt: 'text/vtt; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

/**
 * GET /exports/<id> on the web host: the browser's way of saving an export. The id goes to
 * the services, which answer with a file under exports/ or nothing; it is served as an
 * attachment so it downloads rather than opens, and only from inside exports/.
 */
export async function exportResponse(services: Pick<RetakeServices, 'exportLocation'>, dataDir: string, rawId: string, method: string): Promise<Response> {
  // Raw, undecoded: an id has no characters that need encoding, so an encoded one is not an id.
  const location = services.exportLocation(rawId);
  if (location === null) return textResponse(404, 'Not found');
  const real = await realPathInside(join(dataDir, 'exports'), location.file);
  if (real === null) return textResponse(404, 'Not found');
  const extension = rawId.slice(rawId.lastIndexOf('.') + 1);
  return fileResponse(real, {
    contentType: CONTENT_TYPES[extension] ?? 'application/octet-stream',
    method,
    headers: { 'Content-Disposition': `attachment; filename="${rawId}"`, 'Cache-Control': 'no-store' },
  });
}
