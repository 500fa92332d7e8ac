// micromark, with GitHub's task-list extension: the CommonMark parser for the Markdown that
// markdown-lines.ts does not read. A module of its own so that it loads only for such text: its
// constructs and entity tables take a few milliseconds to set up at every start that loads it.
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';

const OPTIONS = {
  extensions: [gfmTaskListItem()],
  mdastExtensions: [gfmTaskListItemFromMarkdown()],
};

export function parseWithMicromark(markdown: string): Root {
  return fromMarkdown(markdown, OPTIONS);
}
