// The Markdown loader with micromark given, as tests call it synchronously (the pipeline's
// readMarkdownChecklist loads micromark only for text that needs it; markdown.test.ts checks both agree).
import {
  loadMarkdownChecklist,
  parseMarkdown,
  type MarkdownOptions,
} from '../../src/checklist/markdown.js';
import { parseWithMicromark } from '../../src/checklist/micromark.js';
import type { RecognitionContext } from '../../src/checklist/recognize.js';

export function loadMarkdown(
  text: string,
  path: string,
  context: RecognitionContext,
  options: MarkdownOptions = {},
): ReturnType<typeof loadMarkdownChecklist> {
  return loadMarkdownChecklist(text, path, context, { parse: parseWithMicromark, ...options });
}

export function parseMarkdownText(
  text: string,
  minChunkLines?: number,
  options: { readonly plainLines?: boolean } = {},
): ReturnType<typeof parseMarkdown> {
  return parseMarkdown(text, minChunkLines, { parse: parseWithMicromark, ...options });
}
