// Escaping text from checklists and reports before it reaches Markdown: nothing can break a
// table, inject HTML or links, mention people, or close the hidden marker comment.

const ZERO_WIDTH_SPACE = '\u200b';

/**
 * Plain text for a Markdown table cell or paragraph: HTML-escaped, Markdown punctuation
 * backslash-escaped, `|` escaped (GFM tables split on it even inside code), newlines
 * flattened, `@mention` and `#123`-style references defused.
 */
export function escapeText(text: string): string {
  return text
    .replace(/\r?\n|\r/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_{}[\]()#+!|~])/g, '\\$1')
    .replace(/@(?=[A-Za-z0-9_-])/g, `@${ZERO_WIDTH_SPACE}`)
    .replace(/:\/\//g, `:/${ZERO_WIDTH_SPACE}/`)
    .replace(/^(\s*)([-=])/g, '$1\\$2');
}

/**
 * Text that may hold inline code (checklist titles keep `pytest tests/`): code spans are kept
 * as code, with `|` escaped for tables; the rest goes through escapeText.
 */
export function escapeInline(text: string): string {
  const parts = text.replace(/\r?\n|\r/g, ' ').split(/(`[^`]+`)/g);
  return parts
    .map((part, index) => {
      if (index % 2 === 1) {
        const code = part.slice(1, -1).replace(/\|/g, '\\|').replace(/@/g, `@${ZERO_WIDTH_SPACE}`);
        return `\`${code}\``;
      }
      return escapeText(part);
    })
    .join('');
}

/** Text inside a fenced code block: a fence cannot be closed early, and mentions stay inert anyway. */
export function fenceFor(text: string): string {
  let fence = '```';
  while (text.includes(fence)) fence += '`';
  return fence;
}

/** Only http(s) links to the GitHub server are made; anything else is not linked. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
    return parsed.toString().replace(/\)/g, '%29').replace(/ /g, '%20');
  } catch {
    return undefined;
  }
}

/** Cuts to at most `max` characters without splitting a surrogate pair, marking the cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}
