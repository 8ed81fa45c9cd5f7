/** The person's own words as literal Markdown text, so nothing they typed can change a document's structure. */

/** Characters that start emphasis, code, links, HTML or table cells anywhere in a line. */
const INLINE_MARKUP = /[\\`*_[\]<>|]/g;

/**
 * One trimmed line of the person's own words as literal text: markup characters are
 * escaped, and a line that would open a heading, list, rule or fence is escaped at its
 * start, so nothing typed in a debrief can change the document's structure.
 */
export function mdLine(text: string): string {
  return text
    .replace(INLINE_MARKUP, '\\$&')
    .replace(/^([#+=~-])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Multi-line text as one paragraph that keeps its line breaks (a trailing backslash is a hard break). */
export function mdBlock(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map(mdLine)
    .join('\\\n');
}

/** For headings, list items and table cells, which are one line. */
export const mdInline = (text: string) => mdLine(text.replace(/\s+/g, ' ').trim());
