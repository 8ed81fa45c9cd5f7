/**
 * The Electron pages' Content-Security-Policy, sent as a header on retake://app as well as
 * the meta tag in index.html: a header also covers what a meta tag cannot (frame-ancestors,
 * and a document whose meta tag was never parsed).
 */
export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' retake-media: data: blob:",
  "media-src 'self' retake-media: blob: mediastream:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const APP_HTML_HEADERS = { 'Content-Security-Policy': APP_CSP, 'X-Frame-Options': 'DENY' };
