import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** HTML text: the few characters that could end an element or attribute. */
const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * JSON that can sit inside a <script type="application/json"> block: "<" is escaped, so
 * no text in it ("</script>", "<!--") can end the block early, and U+2028/9 are escaped too.
 */
const scriptSafeJson = (value: unknown) =>
  JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

/**
 * The pack's one page, made self-contained: its style, script and data inline, and a CSP
 * that lets only that exact style and script run (by hash) and media load only from the
 * page's own folder. No network request is possible from it.
 */
export function renderPackPage(resourcesDir: string, title: string, data: unknown): string {
  const dir = join(resourcesDir, 'review-pack');
  const template = readFileSync(join(dir, 'page.html'), 'utf8');
  const style = readFileSync(join(dir, 'page.css'), 'utf8');
  const script = readFileSync(join(dir, 'page.js'), 'utf8');
  const csp = [
    "default-src 'none'",
    `script-src ${hash(script)}`,
    `style-src ${hash(style)}`,
    "media-src 'self'",
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const parts: Record<string, string> = { CSP: csp, TITLE: escapeHtml(title), STYLE: style, DATA: scriptSafeJson(data), SCRIPT: script };
  // One pass over the template, so nothing inserted is itself scanned for placeholders.
  return template.replace(/\{\{(CSP|TITLE|STYLE|DATA|SCRIPT)\}\}/g, (_, key: string) => parts[key]!);
}
