// The "against the base" line every surface shows when a base report was given.
import type { Delta } from '../model.js';
import { formatScore } from '../gate/judge.js';

function score(value: number | null): string {
  return value === null ? 'no score' : formatScore(value);
}

/**
 * `against the base: score 83.0 → 78.5, nearly ready → not ready; 1 newly blocking: X; 1 fixed: Y;
 * coverage 91.2% → 90.4%`. Titles are passed through `escape` (Markdown surfaces escape them).
 */
export function deltaLine(delta: Delta, escape: (text: string) => string = (t) => t): string {
  const parts = [`score ${score(delta.baseScore)} → ${score(delta.headScore)}`];
  if (delta.baseLevel !== delta.headLevel && delta.baseLevel !== null)
    parts[0] += `, ${escape(delta.baseLevel)} → ${escape(delta.headLevel ?? 'no level')}`;
  const names = (items: Delta['fixed']) =>
    items
      .slice(0, 3)
      .map((item) => escape(item.title))
      .join('; ') + (items.length > 3 ? `; and ${items.length - 3} more` : '');
  if (delta.newlyBlocking.length > 0)
    parts.push(`${delta.newlyBlocking.length} newly blocking: ${names(delta.newlyBlocking)}`);
  if (delta.fixed.length > 0) parts.push(`${delta.fixed.length} fixed: ${names(delta.fixed)}`);
  if (delta.coverage)
    parts.push(`coverage ${delta.coverage.base.toFixed(1)}% → ${delta.coverage.head.toFixed(1)}%`);
  return `against the base: ${parts.join('; ')}`;
}
