// Stable item ids: a slug of the title as GitHub slugs headings, made unique with -2, -3.
import { slug } from 'github-slugger';

/** What an item id may look like: letters and digits in any script, `.`, `_`, `-` (every GitHub slug fits). */
export const ITEM_ID_SOURCE = '^[\\p{L}\\p{N}\\p{M}_-][\\p{L}\\p{N}\\p{M}._-]*$';
export const ITEM_ID_PATTERN = new RegExp(ITEM_ID_SOURCE, 'u');

/** Returns a function that gives each title its id, unique within one checklist. */
export function createIdAllocator(): {
  readonly take: (explicitOrTitle: string, isExplicit?: boolean) => string;
  readonly has: (id: string) => boolean;
} {
  const used = new Set<string>();
  /** The next suffix to try per base, so many equal titles stay linear. */
  const next = new Map<string, number>();
  return {
    take(text: string, isExplicit = false): string {
      if (isExplicit) {
        used.add(text);
        return text;
      }
      // As GitHub slugs headings, with runs of `-` collapsed and no `-` left at either end.
      const base =
        slug(text)
          .replace(/-{2,}/g, '-')
          .replace(/^-+|-+$/g, '') || 'item';
      let id = base;
      let n = next.get(base) ?? 2;
      while (used.has(id)) id = `${base}-${n++}`;
      next.set(base, n);
      used.add(id);
      return id;
    },
    has: (id: string) => used.has(id),
  };
}

/** Compares titles as the PR-body matching rule says: no case, no Markdown, no surrounding space. */
export function normalizeTitle(title: string): string {
  return title
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_~]+/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
