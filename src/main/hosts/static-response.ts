import { extname, join } from 'node:path';
import { fileResponse, textResponse } from './file-response';
import { realPathInside } from './path-inside';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticOptions {
  /** The file `/` maps to. Only `/` falls back to it: the renderer has no client-side routes. */
  indexFile: string;
  /** Extra headers for HTML documents (the web host's CSP). */
  htmlHeaders?: Record<string, string>;
  method?: string;
}

/** The built renderer, file by file, from `root`; anything that does not resolve inside it is a 404. */
export async function staticResponse(root: string, rawPath: string, options: StaticOptions): Promise<Response> {
  let relative: string;
  try {
    relative = rawPath === '/' ? options.indexFile : decodeURIComponent(rawPath);
  } catch {
    return textResponse(404, 'Not found');
  }
  // Backslashes and NULs have no business in an asset name; refusing them avoids platform quirks.
  if (relative.includes('\0') || relative.includes('\\')) return textResponse(404, 'Not found');
  const real = await realPathInside(root, join(root, relative));
  if (real === null) return textResponse(404, 'Not found');
  const contentType = CONTENT_TYPES[extname(real).toLowerCase()] ?? 'application/octet-stream';
  const isHtml = contentType.startsWith('text/html');
  return fileResponse(real, {
    contentType,
    method: options.method ?? 'GET',
    headers: isHtml ? { 'Cache-Control': 'no-store', ...options.htmlHeaders } : { 'Cache-Control': 'no-cache' },
  });
}
