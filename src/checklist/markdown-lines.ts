// A reader for the plainest stretches of a Markdown checklist, without micromark: parseMarkdown
// (markdown.ts) hands it one chunk at a time, and it either builds the same mdast micromark would
// build (for what the loader reads) or declines, and micromark parses that chunk as before.
//
// It accepts a chunk only when every line is one of:
//   - blank (spaces only);
//   - an ATX heading at column 0 (`#`..`######`, then a space or the end of the line), whose text
//     does not end with `#` (no closing sequence to find);
//   - a task item: `-`, `*` or `+`, one space, `[ ]`/`[x]`/`[X]`, spaces, then text, indented so
//     that it opens a list item where CommonMark says (at most 3 columns past the content of the
//     item it nests in, or past the margin).
// and no line holds a tab, a lone CR or a NUL. Such a chunk has no paragraph that could continue on
// another line, no fence, no HTML block, no block quote, no setext heading: its block structure
// follows from indentation alone. Inline text is read here when it is plain text, code spans,
// emphasis (`*`, `_`, matched as micromark matches them), `&`/`<` that cannot start a reference,
// tag or autolink, and HTML comments; any other inline syntax (links, escapes, references, tags)
// is left to micromark, one line at a time (see DeferredLine): a one-line paragraph's inline
// content is the same wherever it stands.
import type { Heading, List, ListItem, Paragraph, PhrasingContent, RootContent } from 'mdast';

/** A line whose inline content micromark reads (markdown.ts batches them), and where it goes. */
export interface DeferredLine {
  /** The text micromark reads: the task line from its marker on, or the whole heading line. */
  readonly source: string;
  /** 0-based line, and offset and 0-based column where `source` starts in the text. */
  readonly line: number;
  readonly offset: number;
  readonly column: number;
  /** The node whose children micromark's reading fills. */
  readonly into: Paragraph | Heading;
}

const SPACE = 32;
const isMarker = (code: number): boolean => code === 45 || code === 42 || code === 43; // - * +
const isAsciiAlphanumeric = (code: number): boolean =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

const point = (line: number, column: number, offset: number) => ({ line, column, offset });

/** micromark's classifyCharacter, for one UTF-16 code unit: 1 whitespace, 2 punctuation, 0 other. */
function classify(code: number): 0 | 1 | 2 {
  if (Number.isNaN(code) || code === SPACE || code === 10 || code === 13) return 1;
  const char = String.fromCharCode(code);
  if (/\s/.test(char)) return 1;
  return /\p{P}|\p{S}/u.test(char) ? 2 : 0;
}

/** A run of `*` or `_`, as micromark's attention construct sees it. */
interface Run {
  readonly at: number;
  readonly marker: number;
  readonly open: boolean;
  readonly close: boolean;
  /** Delimiters not yet used by emphasis; what is left is text. */
  left: number;
  /** False once an emphasis around it has been closed (what is left inside is text). */
  active: boolean;
}

/**
 * Emphasis as micromark's resolveAllAttention matches it (CommonMark's "process emphasis"):
 * closers left to right, each with the nearest active opener of its marker (skipping those the
 * rule of three forbids), two delimiters a side when both have two, runs between them retired.
 * Only how many delimiters each run keeps as text matters to the loader.
 */
function matchEmphasis(runs: readonly Run[]): void {
  for (let c = 0; c < runs.length; c++) {
    const closer = runs[c]!;
    while (closer.close && closer.left > 0) {
      let o = c - 1;
      for (; o >= 0; o--) {
        const opener = runs[o]!;
        if (!opener.active || !opener.open || opener.left === 0 || opener.marker !== closer.marker)
          continue;
        if (
          (opener.close || closer.open) &&
          closer.left % 3 !== 0 &&
          (opener.left + closer.left) % 3 === 0
        )
          continue;
        const use = opener.left > 1 && closer.left > 1 ? 2 : 1;
        opener.left -= use;
        closer.left -= use;
        for (let k = o + 1; k < c; k++) runs[k]!.active = false;
        break;
      }
      if (o < 0) break;
    }
  }
}

/**
 * The inline content of `text[from, to)` (all on one line, after a space), if it is plain enough
 * to read without micromark; undefined otherwise. Text (emphasis flattened, as the loader reads
 * it), code values, and HTML comments with their positions are exactly micromark's; text nodes
 * may be split or joined differently and emphasis nodes are left out, which the loader does not see.
 */
export function readPlainInline(
  text: string,
  from: number,
  to: number,
  line: number,
  lineStart: number,
): PhrasingContent[] | undefined {
  // Literal text as [start, end) pairs, runs, code spans and comments, in order.
  const parts: (number | Run | PhrasingContent)[] = [];
  let literal = from; // start of the pending run of literal text
  const flush = (until: number): void => {
    if (until > literal) parts.push(literal, until);
  };
  let runs: Run[] | undefined;
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    switch (code) {
      case 96: {
        // A code span: the next backtick run of the same length closes it; none, and the run is text.
        let n = i + 1;
        while (n < to && text.charCodeAt(n) === 96) n++;
        const size = n - i;
        let close = -1;
        let search = n;
        for (;;) {
          const next = text.indexOf('`', search);
          if (next < 0 || next >= to) break;
          let after = next + 1;
          while (after < to && text.charCodeAt(after) === 96) after++;
          if (after - next === size) {
            close = next;
            break;
          }
          search = after;
        }
        if (close < 0) {
          i = n; // literal backticks, the whole run
          break;
        }
        flush(i);
        let value = text.slice(n, close);
        // One space comes off each end when both ends have one and something else is inside.
        if (
          value.charCodeAt(0) === SPACE &&
          value.charCodeAt(value.length - 1) === SPACE &&
          /[^ ]/.test(value)
        )
          value = value.slice(1, -1);
        parts.push({ type: 'inlineCode', value });
        i = close + size;
        literal = i;
        break;
      }
      case 60: {
        // `<!--` opens a comment closed by the first `-->` (which may share its dashes: `<!-->`).
        if (text.startsWith('<!--', i)) {
          const end = text.indexOf('-->', i + 2);
          if (end < 0 || end + 3 > to) return undefined;
          flush(i);
          const stop = end + 3;
          parts.push({
            type: 'html',
            value: text.slice(i, stop),
            position: {
              start: point(line + 1, i - lineStart + 1, i),
              end: point(line + 1, stop - lineStart + 1, stop),
            },
          });
          i = stop;
          literal = i;
          break;
        }
        // Any other tag or autolink needs a character after `<`; a space or the end cannot start one.
        if (i + 1 < to && text.charCodeAt(i + 1) !== SPACE) return undefined;
        i++;
        break;
      }
      case 38: {
        // A character reference needs `#` or a letter or digit after `&`.
        const next = i + 1 < to ? text.charCodeAt(i + 1) : SPACE;
        if (next === 35 || isAsciiAlphanumeric(next)) return undefined;
        i++;
        break;
      }
      case 42:
      case 95: {
        // A run of `*` or `_`: whether it may open or close emphasis, from the characters around it.
        let n = i + 1;
        while (n < to && text.charCodeAt(n) === code) n++;
        const before = classify(text.charCodeAt(i - 1));
        const after = n < to ? classify(text.charCodeAt(n)) : 1;
        const open = !after || (after === 2 && before !== 0);
        const close = !before || (before === 2 && after !== 0);
        flush(i);
        const run: Run = {
          at: i,
          marker: code,
          open: code === 42 ? open : open && (before !== 0 || !close),
          close: code === 42 ? close : close && (after !== 0 || !open),
          left: n - i,
          active: true,
        };
        parts.push(run);
        (runs ??= []).push(run);
        i = n;
        literal = i;
        break;
      }
      case 0:
      case 9:
      case 10:
      case 13:
      case 91: // [ link
      case 92: // \ escape or hard break
      case 93: // ] link end
        return undefined;
      default:
        i++;
    }
  }
  flush(to);
  if (runs) matchEmphasis(runs);
  const nodes: PhrasingContent[] = [];
  let pending = '';
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k]!;
    if (typeof part === 'number') pending += text.slice(part, parts[++k] as number);
    else if ('marker' in part) pending += String.fromCharCode(part.marker).repeat(part.left);
    else {
      if (pending) nodes.push({ type: 'text', value: pending });
      pending = '';
      nodes.push(part);
    }
  }
  if (pending) nodes.push({ type: 'text', value: pending });
  return nodes;
}

/**
 * The mdast of lines `[first, end)` (0-based; `lineStarts` as in parseMarkdown), or undefined when
 * a line is not one this reader knows (see the top of the file). Lines whose inline content needs
 * micromark are pushed onto `deferred` with empty children, to be filled in.
 */
export function readPlainLines(
  text: string,
  lineStarts: readonly number[],
  first: number,
  end: number,
  deferred: DeferredLine[],
): RootContent[] | undefined {
  const nodes: RootContent[] = [];
  const open: { content: number; item: ListItem }[] = []; // list items still open, outermost first
  let topList: List | undefined;
  const newDeferred: DeferredLine[] = [];
  for (let line = first; line < end; line++) {
    const start = lineStarts[line]!;
    let stop = line + 1 < lineStarts.length ? lineStarts[line + 1]! : text.length;
    if (stop > start && text.charCodeAt(stop - 1) === 10) stop--;
    if (stop > start && text.charCodeAt(stop - 1) === 13) stop--;
    let j = start;
    while (j < stop && text.charCodeAt(j) === SPACE) j++;
    if (j === stop) continue; // blank: open items stay open
    for (let k = j; k < stop; k++) {
      const code = text.charCodeAt(k);
      if (code === 9 || code === 13 || code === 0) return undefined;
    }
    const indent = j - start;
    const code = text.charCodeAt(j);
    if (code === 35 && indent === 0) {
      let hashes = j;
      while (hashes < stop && text.charCodeAt(hashes) === 35) hashes++;
      const depth = hashes - j;
      if (depth > 6 || (hashes < stop && text.charCodeAt(hashes) !== SPACE)) return undefined;
      let from = hashes;
      while (from < stop && text.charCodeAt(from) === SPACE) from++;
      let to = stop;
      while (to > from && text.charCodeAt(to - 1) === SPACE) to--;
      if (to > from && text.charCodeAt(to - 1) === 35) return undefined; // maybe a closing sequence
      const heading: Heading = {
        type: 'heading',
        depth: depth as Heading['depth'],
        children: [],
        position: {
          start: point(line + 1, 1, start),
          end: point(line + 1, stop - start + 1, stop),
        },
      };
      const inline = readPlainInline(text, from, to, line, start);
      if (inline) heading.children = inline;
      else
        newDeferred.push({
          source: text.slice(start, stop),
          line,
          offset: start,
          column: 0,
          into: heading,
        });
      nodes.push(heading);
      open.length = 0;
      topList = undefined;
      continue;
    }
    const box = text.charCodeAt(j + 3);
    if (
      !isMarker(code) ||
      text.charCodeAt(j + 1) !== SPACE ||
      text.charCodeAt(j + 2) !== 91 ||
      !(box === SPACE || box === 120 || box === 88) ||
      text.charCodeAt(j + 4) !== 93 ||
      text.charCodeAt(j + 5) !== SPACE ||
      j + 5 >= stop
    )
      return undefined;
    let from = j + 6;
    while (from < stop && text.charCodeAt(from) === SPACE) from++;
    if (from === stop) return undefined; // `- [ ]` with nothing after is not a task item
    while (open.length > 0 && open[open.length - 1]!.content > indent) open.pop();
    const parent = open[open.length - 1];
    if (indent - (parent?.content ?? 0) > 3) return undefined; // indented code or continuation text
    let to = stop;
    while (to > from && text.charCodeAt(to - 1) === SPACE) to--;
    const paragraph: Paragraph = {
      type: 'paragraph',
      children: [],
      position: {
        start: point(line + 1, from - start + 1, from),
        end: point(line + 1, to - start + 1, to),
      },
    };
    const inline = readPlainInline(text, from, to, line, start);
    if (inline) paragraph.children = inline;
    else
      newDeferred.push({
        source: text.slice(j, stop),
        line,
        offset: j,
        column: indent,
        into: paragraph,
      });
    const item: ListItem = {
      type: 'listItem',
      spread: false,
      checked: box !== SPACE,
      children: [paragraph],
      position: {
        start: point(line + 1, indent + 1, j),
        end: point(line + 1, stop - start + 1, stop),
      },
    };
    let list: List | undefined;
    if (parent) {
      const last = parent.item.children[parent.item.children.length - 1];
      if (last?.type === 'list') list = last;
      else parent.item.children.push((list = newList(item)));
    } else if (topList) list = topList;
    else nodes.push((list = topList = newList(item)));
    list.children.push(item);
    list.position!.end = item.position!.end;
    open.push({ content: indent + 2, item });
  }
  deferred.push(...newDeferred);
  return nodes;
}

function newList(first: ListItem): List {
  return {
    type: 'list',
    ordered: false,
    start: null,
    spread: false,
    children: [],
    position: { start: { ...first.position!.start }, end: first.position!.end },
  };
}
