import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';

/** An inclusive byte range, as HTTP counts them. */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * Reads a Range header for a file of `size` bytes. Only a single `bytes=` range is honoured,
 * which is all a <video> element ever asks for:
 * - `null`: no usable Range (absent, another unit, several ranges): serve the whole file (RFC 9110 lets us ignore it);
 * - `'unsatisfiable'`: a `bytes=` range that is malformed or lies outside the file: 416;
 * - otherwise the clamped range to send with 206.
 */
export function parseRange(header: string | null | undefined, size: number): ByteRange | 'unsatisfiable' | null {
  if (header == null) return null;
  const value = header.trim();
  const unit = /^bytes\s*=/i.exec(value);
  if (!unit) return null;
  const spec = value.slice(unit[0].length).trim();
  if (spec.includes(',')) return null;
  const match = /^(\d*)-(\d*)$/.exec(spec);
  if (!match) return 'unsatisfiable';
  const [, first = '', last = ''] = match;
  if (first === '' && last === '') return 'unsatisfiable';
  if (size === 0) return 'unsatisfiable';
  if (first === '') {
    // Suffix range: the last N bytes.
    const length = Number(last);
    if (length === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - length), end: size - 1 };
  }
  const start = Number(first);
  if (start >= size) return 'unsatisfiable';
  if (last === '') return { start, end: size - 1 };
  const end = Number(last);
  if (end < start) return 'unsatisfiable';
  return { start, end: Math.min(end, size - 1) };
}

export interface FileResponseOptions {
  contentType: string;
  /** The request's Range header, if any. */
  range?: string | null;
  /** HEAD gets the same headers and no body. */
  method?: string;
  headers?: Record<string, string>;
}

/** Plain-text error reply; never echoes anything from the request. */
export function textResponse(status: number, text: string, headers: Record<string, string> = {}): Response {
  return new Response(text, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', ...headers },
  });
}

/**
 * Streams a file the caller has already vetted (resolved, inside its root) as a WHATWG
 * Response, honouring a single byte range so <video> can seek without reading the whole file.
 */
export async function fileResponse(filePath: string, options: FileResponseOptions): Promise<Response> {
  let size: number;
  try {
    const info = await stat(filePath);
    if (!info.isFile()) return textResponse(404, 'Not found');
    size = info.size;
  } catch {
    return textResponse(404, 'Not found');
  }

  const common: Record<string, string> = {
    'Content-Type': options.contentType,
    'Accept-Ranges': 'bytes',
    'X-Content-Type-Options': 'nosniff',
    ...options.headers,
  };
  const range = parseRange(options.range, size);
  if (range === 'unsatisfiable') {
    return textResponse(416, 'Range not satisfiable', { 'Accept-Ranges': 'bytes', 'Content-Range': `bytes */${size}` });
  }
  const { start, end } = range ?? { start: 0, end: size - 1 };
  const length = size === 0 ? 0 : end - start + 1;
  const headers: Record<string, string> = { ...common, 'Content-Length': String(length) };
  if (range) headers['Content-Range'] = `bytes ${start}-${end}/${size}`;
  const status = range ? 206 : 200;

  if (options.method === 'HEAD' || length === 0) return new Response(null, { status, headers });
  // createReadStream's `end` is inclusive, like HTTP's. Cancelling the web stream (a seek
  // aborts the old request) destroys the file stream, so no descriptor leaks.
  const body = Readable.toWeb(createReadStream(filePath, { start, end })) as ReadableStream<Uint8Array>;
  return new Response(body, { status, headers });
}
