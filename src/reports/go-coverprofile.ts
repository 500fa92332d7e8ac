// Go coverage profiles (`go test -coverprofile`): covered statements over statements.
import { forEachLine, headLines } from './line-stream.js';
import {
  ratio,
  ReportError,
  type CoverageDetail,
  type CoverageReport,
  type ReportReader,
} from './types.js';

/**
 * Lines = covered statements / statements, where each block (`file:start,end`) counts once
 * however many times it is listed (profiles merged from several packages repeat blocks), and
 * is covered when any of its counts is above zero. Go records no branches or functions.
 * Per-line detail keys blocks by their start line and column.
 */
export const goCoverprofileReader: ReportReader = {
  format: 'go-coverprofile',
  family: 'coverage',
  detect: (head) => (headLines(head, 1)[0] ?? '').startsWith('mode: '),
  read: async (source) => {
    /** block key → statements, covered flag (negative statements mean covered). */
    const blocks = new Map<string, number>();
    let sawMode = false;
    await forEachLine(source, (line, lineNo) => {
      if (line === '') return;
      if (!sawMode) {
        if (!line.startsWith('mode: '))
          throw new ReportError(`line ${lineNo}: expected "mode: set|count|atomic"`);
        sawMode = true;
        return;
      }
      if (line.startsWith('mode: ')) return; // concatenated profiles
      const lastSpace = line.lastIndexOf(' ');
      const midSpace = line.lastIndexOf(' ', lastSpace - 1);
      if (midSpace <= 0)
        throw new ReportError(`line ${lineNo}: malformed block "${line.slice(0, 80)}"`);
      const key = line.slice(0, midSpace);
      const statements = +line.slice(midSpace + 1, lastSpace);
      const count = +line.slice(lastSpace + 1);
      if (!Number.isInteger(statements) || Number.isNaN(count) || key.lastIndexOf(':') === -1) {
        throw new ReportError(`line ${lineNo}: malformed block "${line.slice(0, 80)}"`);
      }
      const previous = blocks.get(key);
      if (previous === undefined || (previous > 0 && count > 0))
        blocks.set(key, count > 0 ? -statements - 1 : statements);
    });
    if (!sawMode) throw new ReportError('has no "mode:" line');
    let statements = 0;
    let covered = 0;
    for (const value of blocks.values()) {
      if (value < 0) {
        statements += -value - 1;
        covered += -value - 1;
      } else statements += value;
    }
    let detail: CoverageDetail | undefined;
    let lineDetail: CoverageDetail | undefined;
    if (source.wantDetail) {
      detail = new Map();
      lineDetail = new Map();
      for (const [key, value] of blocks) {
        const colon = key.lastIndexOf(':');
        const file = key.slice(0, colon);
        if (source.keepDetail?.(file) === false) continue;
        addBlockLines(lineDetail, file, key.slice(colon + 1), value < 0);
        let entry = detail.get(file);
        if (entry === undefined) {
          entry = { lines: new Map(), branches: new Map(), functions: new Map() };
          detail.set(file, entry);
        }
        // Statements, not lines: a block key stands for its statements, weighted by count.
        const stmts = value < 0 ? -value - 1 : value;
        for (let i = 0; i < stmts; i++)
          entry.lines.set(blockLineKey(key.slice(colon + 1), i), value < 0 ? 1 : 0);
      }
    }
    const report: CoverageReport = {
      kind: 'coverage',
      format: 'go-coverprofile',
      file: source.displayName,
      metrics: { lines: ratio(covered, statements), branches: null, functions: null },
      has: { lines: true, branches: false, functions: false },
      findings: [],
      ...(detail === undefined ? {} : { detail }),
      ...(lineDetail === undefined ? {} : { lineDetail }),
    };
    return report;
  },
};

/** A numeric key per statement of a block, unique within a file (start line, column, index). */
function blockLineKey(range: string, index: number): number {
  const dot = range.indexOf('.');
  const comma = range.indexOf(',');
  const line = Number(range.slice(0, dot));
  const column = Number(range.slice(dot + 1, comma));
  return line * 1_000_000 + column * 1000 + index;
}

/**
 * Per source line: every line a block spans (`start.col,end.col`) is coverable, and covered
 * only while every block spanning it was hit (a 0 sticks once set).
 */
function addBlockLines(into: CoverageDetail, file: string, range: string, hit: boolean): void {
  const dot = range.indexOf('.');
  const comma = range.indexOf(',');
  const endDot = range.indexOf('.', comma);
  const start = Number(range.slice(0, dot));
  const end = Number(range.slice(comma + 1, endDot));
  if (!Number.isInteger(start) || !Number.isInteger(end)) return;
  let entry = into.get(file);
  if (entry === undefined) {
    entry = { lines: new Map(), branches: new Map(), functions: new Map() };
    into.set(file, entry);
  }
  for (let line = start; line <= end; line++) {
    const previous = entry.lines.get(line);
    entry.lines.set(line, previous === 0 || !hit ? 0 : 1);
  }
}
