// Cuts Markdown to a character and byte budget at a clean line boundary, closing open <details> and saying what was left out.

export interface FitOptions {
  /** Most UTF-16 code units allowed (GitHub's "characters"; a code point never counts for more). */
  readonly maxChars: number;
  /** Most UTF-8 bytes allowed; default unlimited. */
  readonly maxBytes?: number;
  /** The note appended after a cut, told how much was left out. */
  readonly note?: (omitted: Omitted) => string;
}

export interface Omitted {
  readonly chars: number;
  readonly lines: number;
  readonly totalChars: number;
}

function defaultNote(omitted: Omitted): string {
  return (
    `> [!NOTE]\n> Cut to fit GitHub's size limit: ${omitted.lines} lines (${omitted.chars} of ${omitted.totalChars} characters) were left out. ` +
    'The full report is in the job summary and the JSON report of this run.'
  );
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const TABLE_ROW = /^\s*\|/;
const TABLE_DELIMITER = /^\s*\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$/;

function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** Cuts `text` to at most `maxChars` code units and `maxBytes` bytes without splitting a surrogate pair. */
export function cutCodePoints(
  text: string,
  maxChars: number,
  maxBytes = Number.POSITIVE_INFINITY,
): string {
  let chars = 0;
  let bytes = 0;
  for (const codePoint of text) {
    const size = codePoint.length;
    const codePointBytes = byteLength(codePoint);
    if (chars + size > maxChars || bytes + codePointBytes > maxBytes) break;
    chars += size;
    bytes += codePointBytes;
  }
  return text.slice(0, chars);
}

/** The fence (```` ``` ````, `~~~`) left open at the end of `text`, if any. */
function openFenceAt(text: string): string | undefined {
  let fence: string | undefined;
  for (const line of text.split('\n')) {
    const match = FENCE.exec(line);
    if (fence === undefined && match) fence = match[1];
    else if (
      fence !== undefined &&
      match &&
      match[1]?.[0] === fence[0] &&
      (match[1]?.length ?? 0) >= fence.length &&
      line.trim() === match[1]
    )
      fence = undefined;
  }
  return fence;
}

interface Boundary {
  /** Offset in code units where the kept part ends (after a line break). */
  readonly offset: number;
  readonly bytes: number;
  readonly lineIndex: number;
  /** `<details>` still open at that point. */
  readonly openDetails: number;
}

/**
 * Fits Markdown into GitHub's limits. Returns `body` unchanged when it fits; otherwise cuts at
 * the last line break that leaves no fenced code block open and no table split between its
 * header and delimiter rows, closes any `<details>` left open, and appends a note saying what
 * was left out. Falls back to a cut between code points when a single line is too long.
 */
export function fitMarkdown(body: string, options: FitOptions): string {
  const maxBytes = options.maxBytes ?? Number.POSITIVE_INFINITY;
  if (body.length <= options.maxChars && byteLength(body) <= maxBytes) return body;
  const note = options.note ?? defaultNote;
  const lines = body.split('\n');
  const totalLines = lines.length;

  const boundaries: Boundary[] = [];
  let offset = 0;
  let bytes = 0;
  let fence: string | undefined;
  let openDetails = 0;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as string;
    const fenceMatch = FENCE.exec(line);
    if (fence === undefined && fenceMatch) fence = fenceMatch[1];
    else if (
      fence !== undefined &&
      fenceMatch &&
      fenceMatch[1]?.[0] === fence[0] &&
      (fenceMatch[1]?.length ?? 0) >= fence.length &&
      line.trim() === fenceMatch[1]
    )
      fence = undefined;
    if (fence === undefined) {
      openDetails += (line.match(/<details[\s>]/gi) ?? []).length;
      openDetails = Math.max(0, openDetails - (line.match(/<\/details>/gi) ?? []).length);
    }
    offset += line.length + 1;
    bytes += byteLength(line) + 1;
    const next = lines[index + 1];
    const splitsTableHead =
      TABLE_ROW.test(line) &&
      next !== undefined &&
      TABLE_DELIMITER.test(next) &&
      !TABLE_DELIMITER.test(line);
    if (fence === undefined && !splitsTableHead)
      boundaries.push({ offset, bytes, lineIndex: index, openDetails });
  }

  const closing = (depth: number): string => '\n</details>\n'.repeat(depth);
  const assemble = (kept: string, suffix: string, keptFromBody: string): string => {
    const keptLines = keptFromBody === '' ? 0 : keptFromBody.replace(/\n$/, '').split('\n').length;
    const omitted: Omitted = {
      chars: body.length - keptFromBody.length,
      lines: Math.max(0, totalLines - keptLines),
      totalChars: body.length,
    };
    return `${kept}${suffix}\n${note(omitted)}\n`;
  };
  const fits = (text: string): boolean =>
    text.length <= options.maxChars && byteLength(text) <= maxBytes;

  for (let index = boundaries.length - 1; index >= 0; index--) {
    const boundary = boundaries[index] as Boundary;
    if (boundary.offset > options.maxChars + 1 || boundary.bytes > maxBytes + 1) continue;
    const kept = body.slice(0, boundary.offset);
    const candidate = assemble(kept, closing(boundary.openDetails), kept);
    if (fits(candidate)) return candidate;
  }

  // No clean boundary fits (one enormous line, or a huge code block): cut between code points.
  const reserve = assemble('', '', '');
  const kept = cutCodePoints(
    body,
    Math.max(0, options.maxChars - reserve.length - 32),
    Math.max(0, maxBytes - byteLength(reserve) - 64),
  );
  const openFence = openFenceAt(kept);
  const result = assemble(kept, openFence === undefined ? '\n' : `\n${openFence}\n`, kept);
  return fits(result) ? result : cutCodePoints(result, options.maxChars, maxBytes);
}
