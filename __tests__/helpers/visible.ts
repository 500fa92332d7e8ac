// What a reviewer sees of a comment before opening anything, measured as DESIGN.md says: the
// Markdown source with every <details>…</details> replaced by its <summary> line, HTML comments removed.

export function visiblePart(markdown: string): string {
  let text = markdown.replace(/<!--[\s\S]*?-->/g, '');
  // Innermost blocks first, so nested ones collapse into their parent's summary.
  for (let previous = ''; previous !== text;) {
    previous = text;
    text = text.replace(
      /<details>\s*(<summary>[\s\S]*?<\/summary>)(?:(?!<details>)[\s\S])*?<\/details>/,
      '$1',
    );
  }
  return text;
}

/** Item titles (as rendered) that appear more than once in the visible part. */
export function repeatedTitles(visible: string, titles: readonly string[]): string[] {
  const counts = (needle: string): number => visible.split(needle).length - 1;
  return [...new Set(titles)].filter((title) => title.length >= 8 && counts(title) > 1);
}
