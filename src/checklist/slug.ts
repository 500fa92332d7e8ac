// Stable item ids: a slug of the title as GitHub slugs headings, made unique with -2, -3.
import { slug } from 'github-slugger';

/** Returns a function that gives each title its id, unique within one checklist. */
export function createIdAllocator(): { readonly take: (explicitOrTitle: string, isExplicit?: boolean) => string; readonly has: (id: string) => boolean } {
  const used = new Set<string>();
  return {
    take(text: string, isExplicit = false): string {
      if (isExplicit) {
        used.add(text);
        return text;
      }
      const base = slug(text) || 'item';
      let id = base;
      for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
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
