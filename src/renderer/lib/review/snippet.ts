export interface SnippetPart {
  text: string;
  mark: boolean;
}

/**
 * Splits a search snippet ("… the [[release]] process …") into plain and marked parts, so
 * it can be rendered as text nodes and <mark> elements without ever parsing it as HTML.
 * An unmatched "[[" or "]]" is kept as text.
 */
export function parseSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const push = (text: string, mark: boolean): void => {
    if (!text) return;
    const last = parts.at(-1);
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  };
  let rest = snippet;
  for (;;) {
    const open = rest.indexOf('[[');
    if (open < 0) break;
    const close = rest.indexOf(']]', open + 2);
    if (close < 0) break;
    push(rest.slice(0, open), false);
    push(rest.slice(open + 2, close), true);
    rest = rest.slice(close + 2);
  }
  push(rest, false);
  return parts;
}
