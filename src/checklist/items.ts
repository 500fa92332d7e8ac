// Walking a checklist's items: every item once, in document order, parents before their children.
import type { Checklist, Item } from '../model.js';

export function flattenItems(checklist: Pick<Checklist, 'items' | 'sections'>): Item[] {
  const out: Item[] = [];
  const walkItems = (items: readonly Item[]): void => {
    for (const item of items) {
      out.push(item);
      walkItems(item.children);
    }
  };
  const walkSections = (sections: Checklist['sections']): void => {
    for (const section of sections) {
      walkItems(section.items);
      walkSections(section.sections);
    }
  };
  walkItems(checklist.items);
  walkSections(checklist.sections);
  return out;
}
