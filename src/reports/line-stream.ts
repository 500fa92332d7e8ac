// Streams a text report line by line with a bounded line length, for the line formats.
import { ReportError, type ReportSource } from './types.js';

/** Longest line accepted; a longer one means the file is not a line-based report. */
export const MAX_LINE_CHARS = 1024 * 1024;

/**
 * Calls `onLine` for every line (without its `\n` or `\r\n`), numbered from 1. Streams, so a
 * 500 MB file never sits in memory whole; a line longer than MAX_LINE_CHARS is an error.
 */
export async function forEachLine(
  source: ReportSource,
  onLine: (line: string, lineNo: number) => void,
): Promise<void> {
  let rest = '';
  let lineNo = 0;
  for await (const chunk of source.chunks()) {
    const text = rest === '' ? (chunk as string) : rest + (chunk as string);
    let start = 0;
    let nl = text.indexOf('\n', start);
    while (nl !== -1) {
      lineNo++;
      const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      onLine(text.slice(start, end), lineNo);
      start = nl + 1;
      nl = text.indexOf('\n', start);
    }
    rest = start === 0 ? text : text.slice(start);
    if (rest.length > MAX_LINE_CHARS) {
      throw new ReportError(
        `line ${lineNo + 1} is longer than ${MAX_LINE_CHARS} characters (not a line-based report)`,
      );
    }
  }
  if (rest !== '') {
    lineNo++;
    onLine(rest.endsWith('\r') ? rest.slice(0, -1) : rest, lineNo);
  }
}

/** The first non-blank lines of a head (the last, possibly cut, line is dropped unless it is all there is). */
export function headLines(head: string, max = 20): string[] {
  const lines = head.split('\n');
  if (lines.length > 1) lines.pop();
  const out: string[] = [];
  for (const line of lines) {
    const trimmed = line.replace(/\r$/, '');
    if (trimmed.trim() === '') continue;
    out.push(trimmed);
    if (out.length >= max) break;
  }
  return out;
}
