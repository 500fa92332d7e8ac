// Reads a Markdown checklist as teams write it: every GFM task-list item becomes an item, headings
// give sections, directives declare checks, and recognition infers the obvious ones.
import type {
  Heading,
  Html,
  ListItem,
  Nodes,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
} from 'mdast';
import type {
  CheckSpec,
  Checklist,
  Item,
  Problem,
  Section,
  SourceLocation,
  Waiver,
} from '../model.js';
import { waiverFromFields, waiverTargetProblems } from './waivers.js';
import { checkKinds } from '../checks/registry.js';
import { validateCheckOptions } from './check-options.js';
import { findDirectives, type DirectiveComment } from './directive-syntax.js';
import {
  readItemDirectives,
  readWaiverDirective,
  type ItemDirectives,
  type WaiverFields,
} from './item-directives.js';
import { PolicyCollector, splitFrontMatter } from './policy-directives.js';
import { readPlainLines, type DeferredLine } from './markdown-lines.js';
import { recognizeCheck, type ItemText, type RecognitionContext } from './recognize.js';
import { createIdAllocator } from './slug.js';

interface DraftItem {
  readonly title: string;
  readonly line: number;
  readonly column: number;
  readonly checked: boolean;
  readonly directives: ItemDirectives;
  readonly text: ItemText;
  readonly section: readonly string[];
  readonly children: DraftItem[];
}

interface DraftSection {
  readonly title: string;
  readonly line: number;
  readonly path: readonly string[];
  readonly items: DraftItem[];
  readonly sections: DraftSection[];
}

/** Parses Markdown whole, as micromark does: micromark.ts's parseWithMicromark, loaded when needed. */
export type MarkdownParser = (markdown: string) => Root;

/** The text needs micromark and none was given: readMarkdownChecklist loads it and reads again. */
export class MicromarkNeeded extends Error {}

const noParser: MarkdownParser = () => {
  throw new MicromarkNeeded('this Markdown needs micromark, which was not loaded');
};

/** Lines where a new top-level block must start, unless a fenced code or HTML block is open: `# Heading`, `- [ ] item`. */
const CHUNK_START = /^(?:#{1,6}(?:[ \t]|\r?$)|[-*+][ \t]+\[[ xX]\][ \t])/;

function shiftPositions(node: Nodes, lines: number, offset: number, columns = 0): void {
  const position = node.position;
  if (position) {
    position.start.line += lines;
    position.end.line += lines;
    position.start.column += columns;
    position.end.column += columns;
    if (position.start.offset !== undefined) position.start.offset += offset;
    if (position.end.offset !== undefined) position.end.offset += offset;
  }
  if ('children' in node)
    for (const child of node.children) shiftPositions(child, lines, offset, columns);
}

/** Could the block that ends a chunk swallow the next line (a fence or HTML block still open)? */
function mayContinue(node: RootContent | undefined, chunk: string): boolean {
  if (node === undefined) return false;
  if (node.type === 'html') return true;
  if (node.type !== 'code') return false;
  const source = chunk.slice(
    node.position?.start.offset ?? 0,
    node.position?.end.offset ?? chunk.length,
  );
  const opening = /^ {0,3}(`{3,}|~{3,})/.exec(source);
  if (!opening) return false; // indented code ends at any line that is not indented
  const lastLine = source.slice(source.lastIndexOf('\n') + 1).trim();
  const fence = opening[1]!;
  return (
    source.indexOf('\n') < 0 ||
    !(lastLine.length >= fence.length && lastLine === fence[0]!.repeat(lastLine.length))
  );
}

const LONE_CR = /\r(?!\n)/;

/** How many deferred lines micromark reads at once (see fillDeferred). */
const DEFERRED_BATCH = 16;

/**
 * Fills in the inline content of the lines readPlainLines left to micromark: a batch of them, each
 * copied as written (a task line from its marker on, a heading line whole), is parsed as one
 * document, where each is again a one-line task item or heading whose inline content is what it
 * was in place. False if micromark's tree is not the expected one (then the caller parses anew).
 */
function fillDeferred(deferred: readonly DeferredLine[], parse: MarkdownParser): boolean {
  for (let from = 0; from < deferred.length; from += DEFERRED_BATCH) {
    const batch = deferred.slice(from, from + DEFERRED_BATCH);
    const starts: number[] = [];
    let length = 0;
    for (const line of batch) {
      starts.push(length);
      length += line.source.length + 1;
    }
    const tree = parse(batch.map((line) => line.source).join('\n'));
    let index = 0;
    const take = (node: Heading | Paragraph, line: number | undefined): boolean => {
      const entry = batch[index];
      if (entry === undefined || line !== index + 1 || entry.into.type !== node.type) return false;
      if (node.type === 'heading' && node.depth !== (entry.into as Heading).depth) return false;
      for (const child of node.children)
        shiftPositions(child, entry.line - index, entry.offset - starts[index]!, entry.column);
      entry.into.children = node.children;
      index++;
      return true;
    };
    for (const node of tree.children) {
      if (node.type === 'heading') {
        if (!take(node, node.position?.start.line)) return false;
      } else if (node.type === 'list') {
        for (const item of node.children) {
          const paragraph = item.children[0];
          if (
            typeof item.checked !== 'boolean' ||
            item.children.length !== 1 ||
            paragraph?.type !== 'paragraph' ||
            !take(paragraph, item.position?.start.line)
          )
            return false;
        }
      } else return false;
    }
    if (index !== batch.length) return false;
  }
  return true;
}

/**
 * Parses in chunks split before top-level headings and task items. micromark rewrites its whole
 * event list each time a nested container closes, which makes one long file quadratic (10,000
 * nested items: seconds); chunks keep it linear. A split is only kept where the chunk before it
 * ends with no fenced code or HTML block left open (such a block could swallow the next line);
 * otherwise the chunk grows. Files with link reference definitions (which reach across the whole
 * file) are parsed whole, and so are files with a CR alone (a line ending to micromark, which
 * chunks, cut at LF, would miscount). `minChunkLines: Infinity` parses whole, for comparison.
 *
 * Chunks of nothing but headings, blank lines and task items are read without micromark, by
 * readPlainLines (markdown-lines.ts), which builds the same tree for what the loader reads (lines
 * with links, escapes, references or tags go to micromark for their inline content only, batched:
 * see fillDeferred); micromark takes the other chunks, merged up to `minChunkLines`.
 * `plainLines: false` turns that off. __tests__/checklist/markdown-equivalence.test.ts checks the
 * result against the whole-file parse.
 */
export function parseMarkdown(
  markdown: string,
  minChunkLines = 40,
  {
    plainLines = true,
    parse = noParser,
  }: { readonly plainLines?: boolean; readonly parse?: MarkdownParser } = {},
): Root {
  if (!Number.isFinite(minChunkLines) || markdown.includes(']:') || LONE_CR.test(markdown))
    return parse(markdown);
  const lineStarts = [0];
  for (
    let i = markdown.indexOf('\n');
    i >= 0 && i + 1 < markdown.length;
    i = markdown.indexOf('\n', i + 1)
  )
    lineStarts.push(i + 1);
  const lineCount = lineStarts.length;
  const isBoundary = (line: number): boolean => {
    const start = lineStarts[line]!;
    return CHUNK_START.test(markdown.slice(start, start + 12));
  };
  const nextBoundary = (from: number): number => {
    for (let line = Math.max(from, 1); line < lineCount; line++) if (isBoundary(line)) return line;
    return lineCount;
  };
  const deferred: DeferredLine[] = [];
  /** The chunk `[from, to)` read without micromark, with its lines left to micromark, if it can be. */
  const readPlain = (
    from: number,
    to: number,
  ): { nodes: RootContent[]; deferred: DeferredLine[] } | undefined => {
    if (!plainLines) return undefined;
    const left: DeferredLine[] = [];
    const nodes = readPlainLines(markdown, lineStarts, from, to, left);
    return nodes && { nodes, deferred: left };
  };
  const root: Root = {
    type: 'root',
    children: [],
    position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } },
  };
  let first = 0;
  let ahead: { first: number; end: number; read: ReturnType<typeof readPlain> } | undefined;
  while (first < lineCount) {
    const next = ahead?.first === first ? ahead : undefined;
    let end = next?.end ?? nextBoundary(first + 1);
    const plain = next ? next.read : readPlain(first, end);
    ahead = undefined;
    if (plain) {
      for (const node of plain.nodes) root.children.push(node);
      for (const line of plain.deferred) deferred.push(line);
      first = end;
      continue;
    }
    // micromark: this chunk and those after it the plain reader declines, to minChunkLines lines.
    while (end < lineCount && end - first < minChunkLines) {
      const after = nextBoundary(end + 1);
      const read = readPlain(end, after);
      if (read) {
        ahead = { first: end, end: after, read };
        break;
      }
      end = after;
    }
    let span = Math.max(1, end - first);
    let tree: Root;
    let chunk: string;
    for (;;) {
      chunk = markdown.slice(
        lineStarts[first],
        end < lineCount ? lineStarts[end] : markdown.length,
      );
      tree = parse(chunk);
      if (end >= lineCount || !mayContinue(tree.children.at(-1), chunk)) break;
      span *= 2; // grow past the open block; doubling keeps pathological files near linear
      end = nextBoundary(first + span);
      ahead = undefined;
    }
    for (const child of tree.children) {
      shiftPositions(child, first, lineStarts[first]!);
      root.children.push(child);
    }
    first = end;
  }
  if (!fillDeferred(deferred, parse))
    return parseMarkdown(markdown, minChunkLines, { plainLines: false, parse });
  const lastStart = markdown.endsWith('\n') ? markdown.length : lineStarts[lineCount - 1]!;
  root.position!.end = {
    line: lineCount + (markdown.endsWith('\n') ? 1 : 0),
    column: markdown.length - lastStart + 1,
    offset: markdown.length,
  };
  return root;
}

/** Offsets to 1-based line and column, over the text the parser saw. */
function createLocator(text: string, file: string): (offset: number) => SourceLocation {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { file, line: low + 1, column: offset - lineStarts[low]! + 1 };
  };
}

/** Inline code as it is written back into a title: enough backticks to hold the code. */
function codeInBackticks(code: string): string {
  const longest = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = code.startsWith('`') || code.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${code}${pad}${fence}`;
}

interface PhrasingText {
  title: string;
  prose: string;
  codeSpans: string[];
}

function collectPhrasing(nodes: readonly PhrasingContent[], into: PhrasingText): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        into.title += node.value;
        into.prose += node.value;
        break;
      case 'inlineCode':
        into.title += codeInBackticks(node.value);
        into.prose += ' ';
        into.codeSpans.push(node.value);
        break;
      case 'html':
      case 'break':
        into.title += ' ';
        into.prose += ' ';
        break;
      case 'image':
      case 'imageReference':
        into.title += node.alt ?? '';
        into.prose += node.alt ?? '';
        break;
      case 'footnoteReference':
        break;
      default:
        if ('children' in node) collectPhrasing(node.children, into);
    }
  }
}

const collapseWhitespace = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Plain text of a heading or paragraph: Markdown stripped, inline code kept in backticks, comments removed. */
function phrasingText(nodes: readonly PhrasingContent[]): {
  title: string;
  prose: string;
  codeSpans: string[];
} {
  const into: PhrasingText = { title: '', prose: '', codeSpans: [] };
  collectPhrasing(nodes, into);
  return {
    title: collapseWhitespace(into.title),
    prose: collapseWhitespace(into.prose),
    codeSpans: into.codeSpans,
  };
}

/** The HTML nodes inside phrasing content (comments may sit inside emphasis or links). */
function inlineHtml(nodes: readonly PhrasingContent[], found: Html[] = []): Html[] {
  for (const node of nodes) {
    if (node.type === 'html') found.push(node);
    else if ('children' in node) inlineHtml(node.children, found);
  }
  return found;
}

/**
 * The context with its answers kept for the rest of the load: recognition asks whether the same
 * few report paths exist for every coverage item (10,000 items: a stat each, most of them
 * failing), and the answer cannot change within one read.
 */
function withLookupsCached(context: RecognitionContext): RecognitionContext {
  const { exists, findReports } = context;
  const existing = new Map<string, boolean>();
  const reports = new Map<string, readonly string[]>();
  return {
    ...context,
    findReports: (kind) => {
      let found = reports.get(kind);
      if (found === undefined) reports.set(kind, (found = findReports(kind)));
      return found;
    },
    ...(exists
      ? {
          exists: (file: string) => {
            let found = existing.get(file);
            if (found === undefined) existing.set(file, (found = exists(file)));
            return found;
          },
        }
      : {}),
  };
}

/** Block quotes and lists nested deeper than this are refused: no checklist needs them, and the parser's tree would be as deep. */
export const MAX_MARKDOWN_NESTING = 100;

/**
 * The first line whose block quotes (`>`) or list indentation nest deeper than
 * MAX_MARKDOWN_NESTING, located, or undefined. Counted on the raw text, before parsing.
 */
function deepNesting(
  markdown: string,
): { line: number; column: number; message: string } | undefined {
  let lineIndex = 0;
  let start = 0;
  while (start <= markdown.length) {
    let end = markdown.indexOf('\n', start);
    if (end < 0) end = markdown.length;
    let quotes = 0;
    let indent = 0;
    let i = start;
    for (; i < end; i++) {
      const c = markdown.charCodeAt(i);
      if (c === 0x3e /* > */) {
        quotes++;
        indent = -1; // the space after `>` belongs to the marker
      } else if (c === 0x20) indent++;
      else if (c === 0x09) indent += 4;
      else break;
    }
    // A nested list level takes at least two columns of indentation.
    const depth = quotes + Math.floor(Math.max(0, indent) / 2);
    if (depth > MAX_MARKDOWN_NESTING)
      return {
        line: lineIndex + 1,
        column: 1,
        message: `block quotes or lists nest ${depth} levels deep here; the limit is ${MAX_MARKDOWN_NESTING}`,
      };
    // Runs of emphasis or bracket markers nest inline nodes as deep as the run is long.
    const run = MARKER_RUN.exec(markdown.slice(i, end));
    if (run)
      return {
        line: lineIndex + 1,
        column: i - start + run.index + 1,
        message: `a run of ${run[0].length} "${run[0][0]}" nests inline markup deeper than ${MAX_MARKDOWN_NESTING} levels`,
      };
    lineIndex++;
    start = end + 1;
  }
  return undefined;
}

/** More than 2 × MAX_MARKDOWN_NESTING of one emphasis or bracket marker in a row. */
const MARKER_RUN = new RegExp(
  String.raw`\*{${2 * MAX_MARKDOWN_NESTING + 1},}|_{${2 * MAX_MARKDOWN_NESTING + 1},}|~{${2 * MAX_MARKDOWN_NESTING + 1},}|\[{${2 * MAX_MARKDOWN_NESTING + 1},}|\]{${2 * MAX_MARKDOWN_NESTING + 1},}`,
);

export interface MarkdownOptions {
  readonly minChunkLines?: number;
  readonly plainLines?: boolean;
  readonly parse?: MarkdownParser;
}

/** loadMarkdownChecklist, with micromark loaded only when the text needs it. */
export async function readMarkdownChecklist(
  text: string,
  path: string,
  context: RecognitionContext,
  options: MarkdownOptions = {},
): Promise<{ checklist: Checklist; problems: Problem[] }> {
  if (options.parse === undefined)
    try {
      return loadMarkdownChecklist(text, path, context, options);
    } catch (error) {
      if (!(error instanceof MicromarkNeeded)) throw error;
    }
  const { parseWithMicromark } = await import('./micromark.js');
  return loadMarkdownChecklist(text, path, context, { ...options, parse: parseWithMicromark });
}

function emptyChecklist(
  path: string,
  title: string | undefined,
  policy: PolicyCollector,
): Checklist {
  return {
    path,
    format: 'markdown',
    title: title ?? path,
    policy: policy.build(),
    sections: [],
    items: [],
  };
}

/**
 * Reads a Markdown checklist. Never throws for what a file contains: configuration problems
 * (bad directives, bad front matter, duplicate ids) come back located at `file:line:col`.
 *
 * Sections hold their top-level items; a nested task item is only in its parent's `children`
 * (with `parent` set), so walking items and children visits every item once.
 * `options.minChunkLines` and `options.plainLines` tune parsing (see parseMarkdown); the result
 * does not change. Without `options.parse`, it throws MicromarkNeeded for text only micromark
 * reads: readMarkdownChecklist is the loader that loads micromark then.
 */
export function loadMarkdownChecklist(
  text: string,
  path: string,
  context: RecognitionContext,
  options: MarkdownOptions = {},
): { checklist: Checklist; problems: Problem[] } {
  const problems: Problem[] = [];
  const recognition = withLookupsCached(context);
  const policy = new PolicyCollector(path);
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const front = splitFrontMatter(withoutBom);
  let frontTitle: string | undefined;
  if (front.yaml !== undefined)
    frontTitle = policy.addFrontMatter(front.yaml, front.firstLine).title;
  const markdown = front.markdown;
  const tooDeep = deepNesting(markdown);
  if (tooDeep) {
    problems.push({ file: path, ...tooDeep });
    return { checklist: emptyChecklist(path, frontTitle, policy), problems };
  }
  let tree: ReturnType<typeof parseMarkdown>;
  try {
    tree = parseMarkdown(markdown, options.minChunkLines, {
      ...(options.plainLines !== undefined ? { plainLines: options.plainLines } : {}),
      ...(options.parse !== undefined ? { parse: options.parse } : {}),
    });
  } catch (error) {
    // Nesting the line checks above do not see (markup spread over many lines) can still
    // exhaust the parser's stack: a refused checklist, not a crash.
    if (!(error instanceof RangeError)) throw error;
    problems.push({
      file: path,
      line: 1,
      column: 1,
      message: `the Markdown nests too deeply to be read (${error.message})`,
    });
    return { checklist: emptyChecklist(path, frontTitle, policy), problems };
  }
  const locate = createLocator(markdown, path);

  const directivesIn = (node: Nodes): DirectiveComment[] => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return [];
    return findDirectives(markdown.slice(start, end), start, locate);
  };
  const outsideItems = (nodes: readonly Nodes[]): void => {
    for (const node of nodes) {
      for (const comment of directivesIn(node)) {
        if (comment.scope === 'policy') policy.addDirective(comment);
        else if (comment.scope === 'waiver') fileWaiver(comment);
        else
          problems.push({
            ...comment.at,
            file: path,
            message:
              'a gate directive belongs in a task-list item ("- [ ] ..."); this one is outside every item',
          });
      }
    }
  };

  /** Waivers in file order: `gate-waiver:` anywhere, `gate: waive` on an item (given its id later). */
  const waiverDrafts: { fields: WaiverFields; draft?: DraftItem }[] = [];
  function fileWaiver(comment: DirectiveComment): void {
    const read = readWaiverDirective(comment, path);
    problems.push(...read.problems);
    if (read.waiver) waiverDrafts.push({ fields: read.waiver });
  }

  const rootItems: DraftItem[] = [];
  const rootSections: DraftSection[] = [];
  const stack: { depth: number; section: DraftSection }[] = [];
  let headingTitle: string | undefined;

  const buildItem = (listItem: ListItem, section: readonly string[]): DraftItem => {
    const own = listItem.children.filter((child) => child.type !== 'list');
    const first = own[0]?.type === 'paragraph' ? (own[0] as Paragraph) : undefined;
    const phrasing = first ? phrasingText(first.children) : { title: '', prose: '', codeSpans: [] };
    const comments: DirectiveComment[] = [];
    const codeBlocks: { lang?: string; line: number }[] = [];
    for (const block of own) {
      if (block.type === 'paragraph')
        for (const html of inlineHtml(block.children)) comments.push(...directivesIn(html));
      else if (block.type === 'html') comments.push(...directivesIn(block));
      else if (block.type === 'code')
        codeBlocks.push({
          ...(block.lang ? { lang: block.lang } : {}),
          line: block.position?.start.line ?? 0,
        });
    }
    for (const comment of comments) {
      if (comment.scope === 'policy') policy.addDirective(comment);
      else if (comment.scope === 'waiver') fileWaiver(comment);
    }
    const read = readItemDirectives(comments, path);
    problems.push(...read.problems);
    const start = listItem.position?.start;
    const drafted: DraftItem = {
      title: phrasing.title,
      line: start?.line ?? 0,
      column: start?.column ?? 0,
      checked: listItem.checked === true,
      directives: read.directives,
      text: {
        title: phrasing.title,
        prose: phrasing.prose,
        codeSpans: phrasing.codeSpans,
        codeBlocks,
      },
      section,
      children: [],
    };
    for (const fields of read.directives.waivers) waiverDrafts.push({ fields, draft: drafted });
    return drafted;
  };

  const visit = (node: RootContent, into: DraftItem[], section: readonly string[]): void => {
    switch (node.type) {
      case 'blockquote':
        return; // a block quote holds examples, not items
      case 'code':
        return;
      case 'html':
        outsideItems([node]);
        return;
      case 'paragraph':
      case 'heading':
        outsideItems(inlineHtml(node.children));
        return;
      case 'list':
        for (const listItem of node.children) {
          if (typeof listItem.checked === 'boolean') {
            const item = buildItem(listItem, section);
            into.push(item);
            for (const child of listItem.children)
              if (child.type === 'list') visit(child, item.children, section);
          } else {
            for (const child of listItem.children) visit(child, into, section);
          }
        }
        return;
      default:
        if ('children' in node)
          for (const child of node.children as RootContent[]) visit(child, into, section);
    }
  };

  for (const node of tree.children) {
    if (node.type === 'heading') {
      const heading = node as Heading;
      outsideItems(inlineHtml(heading.children));
      const title = phrasingText(heading.children).title;
      if (heading.depth === 1 && headingTitle === undefined) {
        headingTitle = title;
        stack.length = 0; // the title heading is the checklist's, not a section
        continue;
      }
      while (stack.length > 0 && stack[stack.length - 1]!.depth >= heading.depth) stack.pop();
      const parent = stack[stack.length - 1]?.section;
      const section: DraftSection = {
        title,
        line: heading.position?.start.line ?? 0,
        path: [...(parent?.path ?? []), title],
        items: [],
        sections: [],
      };
      (parent?.sections ?? rootSections).push(section);
      stack.push({ depth: heading.depth, section });
      continue;
    }
    const current = stack[stack.length - 1]?.section;
    visit(node, current?.items ?? rootItems, current?.path ?? []);
  }

  // Ids: explicit ones first (so a slug never takes an id declared later), then slugs in order.
  const ids = createIdAllocator();
  const explicitIds = new Map<DraftItem, string>();
  const reserve = (drafts: readonly DraftItem[]): void => {
    for (const draft of drafts) {
      const id = draft.directives.id;
      if (id !== undefined) {
        if (ids.has(id))
          problems.push({
            file: path,
            line: draft.line,
            column: draft.column,
            keyPath: 'id',
            message: `id "${id}" is used by another item; ids must be unique`,
          });
        else explicitIds.set(draft, ids.take(id, true));
      }
      reserve(draft.children);
    }
  };
  const reserveSections = (sections: readonly DraftSection[]): void => {
    for (const section of sections) {
      reserve(section.items);
      reserveSections(section.sections);
    }
  };
  reserve(rootItems);
  reserveSections(rootSections);

  const idOf = new Map<DraftItem, string>();
  const finishItem = (draft: DraftItem, parent: string | undefined): Item => {
    const id = explicitIds.get(draft) ?? ids.take(draft.title);
    idOf.set(draft, id);
    const { directives } = draft;
    let check: CheckSpec | undefined = directives.check;
    let inferred = false;
    let note: string | undefined;
    let isConditional = false;
    // A struck-out item (its whole title in ~~…~~) is how teams mark one not applicable.
    const isStruckOut = /^~~(?!~)[\s\S]*[^~]~~$/.test(draft.title);
    if (!check && !directives.isManual && !isStruckOut) {
      const recognized = recognizeCheck(draft.text, recognition);
      note = recognized.note;
      if (recognized.check) {
        const invalid = checkKinds.has(recognized.check.kind)
          ? validateCheckOptions(recognized.check.kind, recognized.check.options)
          : [];
        if (invalid.length === 0) {
          check = recognized.check;
          inferred = true;
          isConditional = recognized.isConditional === true;
        } else {
          note = `a ${recognized.check.kind} check was recognized but its options do not validate (${invalid.map((p) => `${p.keyPath} ${p.message}`).join('; ')})`;
        }
      }
    }
    const children = draft.children.map((child) => finishItem(child, id));
    return {
      id,
      ...(parent !== undefined ? { parent } : {}),
      title: draft.title,
      line: draft.line,
      column: draft.column,
      checked: draft.checked,
      ...(check ? { check } : {}),
      blocking: directives.blocking ?? (check !== undefined && !isConditional),
      ...(directives.blocking !== undefined ? { blockingDeclared: true } : {}),
      weight: directives.weight ?? 1,
      inferred,
      ...(note !== undefined && (!check || isConditional) ? { note } : {}),
      ...(isStruckOut ? { skip: 'struck out' } : {}),
      section: draft.section,
      children,
      ...(directives.owners ? { owners: directives.owners } : {}),
      ...(directives.covers ? { covers: directives.covers } : {}),
      ...(directives.enforceFrom ? { enforceFrom: directives.enforceFrom } : {}),
    };
  };
  const finishSection = (draft: DraftSection): Section => ({
    title: draft.title,
    line: draft.line,
    items: draft.items.map((item) => finishItem(item, undefined)),
    sections: draft.sections.map(finishSection),
  });
  const items = rootItems.map((item) => finishItem(item, undefined));
  const sections = rootSections.map(finishSection);

  problems.push(...policy.problems);
  const waivers: Waiver[] = [];
  for (const { fields, draft } of waiverDrafts) {
    const withItem = draft ? { ...fields.fields, item: idOf.get(draft) } : fields.fields;
    const read = waiverFromFields(withItem, fields.at, fields.locate);
    problems.push(...read.problems);
    if (read.waiver) waivers.push(read.waiver);
  }
  const fileName = path.split('/').pop() ?? path;
  const checklist: Checklist = {
    path,
    format: 'markdown',
    title: frontTitle ?? (headingTitle || fileName),
    policy: policy.build(),
    sections,
    items,
    waivers,
  };
  if (problems.length === 0) problems.push(...waiverTargetProblems(checklist));
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  return { checklist, problems };
}

export { flattenItems } from './items.js';
