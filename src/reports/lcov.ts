// lcov tracefiles (geninfo, istanbul, c8, bun, llvm-cov): figures recounted from DA/FN/FNDA/BRDA.
import { toRepoRelative } from '../workspace/paths.js';
import { forEachLine, headLines, MAX_LINE_CHARS } from './line-stream.js';
import {
  ratio,
  ReportError,
  type CoverageDetail,
  type CoverageReport,
  type ReportReader,
  type ReportSource,
} from './types.js';

/** One source file's records, merged when a tracefile lists the file more than once. */
interface LcovFile {
  /** DA line numbers and hit counts, in file order (parallel arrays). */
  readonly lineNos: number[];
  readonly lineHits: number[];
  /** The DA lines came in increasing order from a single record (no duplicates possible). */
  isSimple: boolean;
  records: number;
  /** Function name → hit count (FN declares with 0, FNDA adds). */
  readonly functions: Map<string, number>;
  /** BRDA `line,block,branch` → taken. */
  readonly branches: Map<string, number>;
}

/**
 * Counts as `lcov --summary` does, from the detail records, ignoring the `LF`/`LH`/`FNF`/`FNH`/
 * `BRF`/`BRH` summary lines (missing in some writers, wrong in others): a line is found once per
 * file however many `DA` records name it, and hit when its counts add up to more than zero;
 * a function is found once per name (`FN` or `FNDA`), hit when an `FNDA` count is above zero; a
 * branch is one `BRDA` entry per `line,block,branch`, taken when its count is a number above
 * zero (`-` is 0). Records for the same `SF` are merged.
 */
export const lcovReader: ReportReader = {
  format: 'lcov',
  family: 'coverage',
  detect: (head) => {
    const lines = headLines(head, 5);
    const first = lines[0];
    return first !== undefined && (first.startsWith('TN:') || first.startsWith('SF:'));
  },
  read: async (source) => {
    if (!source.wantDetail) {
      const fast = await readFast(source);
      if (fast !== undefined) return fast;
    }
    return readExact(source);
  },
};

/** The general path: every record kept per file, merged by `SF`, deduplicated with maps. */
async function readExact(source: ReportSource): Promise<CoverageReport> {
  const files = new Map<string, LcovFile>();
  let current: LcovFile | undefined;
  let lastLine = 0;
  let sawRecord = false;

  await forEachLine(source, (line, lineNo) => {
    const c0 = line.charCodeAt(0);
    // DA: the hot path, by far the most frequent record.
    if (c0 === 68 /* D */ && line.charCodeAt(1) === 65 && line.charCodeAt(2) === 58) {
      if (current === undefined) throw new ReportError(`line ${lineNo}: DA before any SF record`);
      const comma = line.indexOf(',', 3);
      const lineNumber = comma === -1 ? NaN : +line.slice(3, comma);
      const comma2 = line.indexOf(',', comma + 1);
      const hits = +(comma2 === -1 ? line.slice(comma + 1) : line.slice(comma + 1, comma2));
      if (!(lineNumber >= 0) || Number.isNaN(hits))
        throw new ReportError(`line ${lineNo}: malformed DA record "${line.slice(0, 80)}"`);
      if (lineNumber <= lastLine) current.isSimple = false;
      lastLine = lineNumber;
      current.lineNos.push(lineNumber);
      current.lineHits.push(hits);
      return;
    }
    if (line.startsWith('SF:')) {
      const name = line.slice(3);
      sawRecord = true;
      lastLine = 0;
      current = files.get(name);
      if (current === undefined) {
        current = {
          lineNos: [],
          lineHits: [],
          isSimple: true,
          records: 1,
          functions: new Map(),
          branches: new Map(),
        };
        files.set(name, current);
      } else {
        current.records++;
        current.isSimple = false;
      }
      return;
    }
    if (line.startsWith('BRDA:')) {
      if (current === undefined) throw new ReportError(`line ${lineNo}: BRDA before any SF record`);
      const last = line.lastIndexOf(',');
      if (last < 5)
        throw new ReportError(`line ${lineNo}: malformed BRDA record "${line.slice(0, 80)}"`);
      const key = line.slice(5, last);
      const takenText = line.slice(last + 1);
      const taken = takenText === '-' ? 0 : +takenText;
      if (Number.isNaN(taken))
        throw new ReportError(`line ${lineNo}: malformed BRDA record "${line.slice(0, 80)}"`);
      current.branches.set(key, (current.branches.get(key) ?? 0) + taken);
      return;
    }
    if (line.startsWith('FNDA:')) {
      if (current === undefined) throw new ReportError(`line ${lineNo}: FNDA before any SF record`);
      const comma = line.indexOf(',', 5);
      const hits = comma === -1 ? NaN : +line.slice(5, comma);
      if (Number.isNaN(hits))
        throw new ReportError(`line ${lineNo}: malformed FNDA record "${line.slice(0, 80)}"`);
      const name = line.slice(comma + 1);
      current.functions.set(name, (current.functions.get(name) ?? 0) + hits);
      return;
    }
    if (line.startsWith('FN:')) {
      if (current === undefined) throw new ReportError(`line ${lineNo}: FN before any SF record`);
      // lcov 1.x: FN:line,name; lcov 2.x: FN:start,end,name. Names never start with a digit run + comma.
      let comma = line.indexOf(',', 3);
      const second = line.indexOf(',', comma + 1);
      if (second !== -1 && /^\d+$/.test(line.slice(comma + 1, second))) comma = second;
      const name = line.slice(comma + 1);
      if (!current.functions.has(name)) current.functions.set(name, 0);
      return;
    }
    if (line.startsWith('end_of_record')) {
      current = undefined;
    }
    // TN, LF, LH, FNF, FNH, BRF, BRH, VER and blank lines carry nothing we count.
  });

  if (!sawRecord)
    throw new ReportError('has no SF records (not an lcov tracefile, or an empty one)');
  let linesFound = 0;
  let linesHit = 0;
  let fnFound = 0;
  let fnHit = 0;
  let brFound = 0;
  let brHit = 0;
  const detail: CoverageDetail | undefined = source.wantDetail ? new Map() : undefined;
  for (const [name, file] of files) {
    let lines: Map<number, number> | undefined;
    if (file.isSimple && detail === undefined) {
      linesFound += file.lineNos.length;
      for (const hits of file.lineHits) if (hits > 0) linesHit++;
    } else {
      lines = new Map();
      for (let i = 0; i < file.lineNos.length; i++) {
        const n = file.lineNos[i]!;
        lines.set(n, (lines.get(n) ?? 0) + file.lineHits[i]!);
      }
      linesFound += lines.size;
      for (const hits of lines.values()) if (hits > 0) linesHit++;
    }
    fnFound += file.functions.size;
    for (const hits of file.functions.values()) if (hits > 0) fnHit++;
    brFound += file.branches.size;
    for (const taken of file.branches.values()) if (taken > 0) brHit++;
    if (detail !== undefined && lines !== undefined) {
      const branches = new Map<string, [number, number]>();
      for (const [key, taken] of file.branches) branches.set(key, [taken > 0 ? 1 : 0, 1]);
      const key = toRepoRelative(name, source.workdir) ?? name;
      if (source.keepDetail?.(key) !== false)
        detail.set(key, { lines, branches, functions: new Map(file.functions) });
    }
  }
  const report: CoverageReport = {
    kind: 'coverage',
    format: 'lcov',
    file: source.displayName,
    metrics: {
      lines: ratio(linesHit, linesFound),
      branches: ratio(brHit, brFound),
      functions: ratio(fnHit, fnFound),
    },
    has: { lines: true, branches: brFound > 0, functions: fnFound > 0 },
    findings: [],
    ...(detail === undefined ? {} : { detail }),
  };
  return report;
}

/** Thrown inside the fast path when the file needs the general path (repeated SF, unsorted records). */
class NeedsExactPath extends Error {}

const NL = 10;
const CR = 13;
const PLUS = 43;
const COMMA = 44;
const MINUS = 45;
const DOT = 46;
const COLON = 58;
const ZERO = 48;
const NINE = 57;
const LOWER_E = 101;
const UPPER_E = 69;

/**
 * The common case, read as bytes: every `SF` appears once and its `DA` and `BRDA` records come
 * in increasing order, so nothing can repeat and lines and branches are counted as they go by,
 * with no per-line strings. Returns undefined when the file breaks those assumptions; the
 * general path then reads it again. Source paths and function names are only compared, never
 * shown, so they are decoded as latin1 (one char per byte) whatever their encoding.
 */
async function readFast(source: ReportSource): Promise<CoverageReport | undefined> {
  const scanner = new FastLcovScanner();
  let rest: Buffer | undefined;
  try {
    for await (const chunk of source.byteChunks()) {
      let start = 0;
      if (rest !== undefined) {
        // Finish the line cut at the end of the previous chunk.
        const nl = chunk.indexOf(NL);
        if (nl === -1) {
          rest = Buffer.concat([rest, chunk]);
          scanner.checkLineLength(rest.length);
          continue;
        }
        const joined = Buffer.concat([rest, chunk.subarray(0, nl + 1)]);
        rest = undefined;
        scanner.scan(joined, 0, joined.length);
        start = nl + 1;
      }
      const last = chunk.lastIndexOf(NL);
      if (last >= start) scanner.scan(chunk, start, last + 1);
      const tail = Math.max(start, last + 1);
      if (tail < chunk.length) {
        rest = chunk.subarray(tail);
        scanner.checkLineLength(rest.length);
      }
    }
    if (rest !== undefined) scanner.scan(rest, 0, rest.length);
  } catch (error) {
    if (error instanceof NeedsExactPath) return undefined;
    throw error;
  }
  return scanner.finish(source.displayName);
}

/** The fast path's state, kept across chunks. */
class FastLcovScanner {
  private lineNo = 0;
  private inRecord = false;
  private sawRecord = false;
  private lastLine = 0;
  private lastBranch = -1;
  private lastBlock = -1;
  private lastBranchNo = -1;
  private linesFound = 0;
  private linesHit = 0;
  private brFound = 0;
  private brHit = 0;
  private fnFound = 0;
  private fnHit = 0;
  /**
   * This record's functions, without a string per name: where each name's bytes are (the
   * buffer stays referenced until overwritten), whether it was hit, and an index by hash.
   */
  private fnCount = 0;
  private fndaNext = 0;
  private readonly fnBufs: Buffer[] = [];
  private readonly fnStarts: number[] = [];
  private readonly fnStops: number[] = [];
  private readonly fnHits: number[] = [];
  /** Name hash → the function's serial number in the file (its record's base + its index). */
  private readonly fnByHash = new Map<number, number>();
  private fnSerialBase = 0;
  private readonly seen = new Set<string>();
  /** Where the last parseUint stopped. */
  private intEnd = 0;

  checkLineLength(length: number): void {
    if (length > MAX_LINE_CHARS) {
      throw new ReportError(
        `line ${this.lineNo + 1} is longer than ${MAX_LINE_CHARS} characters (not a line-based report)`,
      );
    }
  }

  /** Reads the lines in buf[start, end): complete lines, except the file's last one may lack its "\n". */
  scan(buf: Buffer, start: number, end: number): void {
    let pos = start;
    let lineNo = this.lineNo;
    let lastLine = this.lastLine;
    let linesFound = this.linesFound;
    let linesHit = this.linesHit;
    let inRecord = this.inRecord;
    try {
      while (pos < end) {
        lineNo++;
        const c0 = buf[pos];
        if (c0 === 68 /* D */ && buf[pos + 1] === 65 /* A */ && buf[pos + 2] === COLON) {
          // DA:line,count[,checksum]: by far the most frequent record, parsed in one pass. Every
          // region but the file's last line ends with "\n", so the digit loops stop without
          // bounds checks (past the buffer's end, `buf[i]` is undefined, and no comparison with
          // a digit holds for it).
          if (!inRecord) throw new ReportError(`line ${lineNo}: DA before any SF record`);
          let i = pos + 3;
          let c = buf[i]!;
          let line = 0;
          while (c >= ZERO && c <= NINE) {
            line = line * 10 + (c - ZERO);
            c = buf[++i]!;
          }
          if (i === pos + 3 || c !== COMMA || i >= end) this.malformed(buf, pos, end, lineNo);
          if (line <= lastLine) throw new NeedsExactPath();
          lastLine = line;
          const countStart = ++i;
          c = buf[i]!;
          let isPositive = false;
          while (c >= ZERO && c <= NINE) {
            if (c !== ZERO) isPositive = true;
            c = buf[++i]!;
          }
          if (i > countStart && i < end && c === NL) {
            pos = i + 1;
          } else {
            // Anything else (a sign, a decimal, a checksum, "\r\n", the end): the general rule.
            const hit = this.countAt(buf, countStart, end);
            if (hit === undefined) this.malformed(buf, pos, end, lineNo);
            isPositive = hit;
            pos = this.nextLine(buf, this.intEnd, end);
          }
          linesFound++;
          if (isPositive) linesHit++;
          continue;
        }
        this.lastLine = lastLine;
        pos = this.otherRecord(buf, pos, end, lineNo);
        lastLine = this.lastLine;
        inRecord = this.inRecord;
      }
    } finally {
      this.lineNo = lineNo;
      this.lastLine = lastLine;
      this.linesFound = linesFound;
      this.linesHit = linesHit;
    }
  }

  /** Any record but DA (kept out of the DA loop, so that its optimized code is small and soon ready). */
  private otherRecord(buf: Buffer, pos: number, end: number, lineNo: number): number {
    const c0 = buf[pos];
    const eol = this.nextLine(buf, pos, end) - 1;
    let stop = eol < end && buf[eol] === NL ? eol : end;
    if (stop > pos && buf[stop - 1] === CR) stop--;
    const c1 = buf[pos + 1];
    if (stop === pos) {
      // A blank line.
    } else if (c0 === 66 /* B */ && c1 === 82 /* R */ && isAt(buf, pos, stop, 'BRDA:')) {
      if (!this.simpleBranch(buf, pos + 5, stop)) this.branch(buf, pos, stop, lineNo);
    } else if (c0 === 83 /* S */ && c1 === 70 /* F */ && buf[pos + 2] === COLON) {
      if (this.inRecord) this.closeRecord();
      const name = buf.toString('latin1', pos + 3, stop);
      if (this.seen.has(name)) throw new NeedsExactPath();
      this.seen.add(name);
      this.inRecord = true;
      this.sawRecord = true;
      this.lastLine = 0;
      this.lastBranch = this.lastBlock = this.lastBranchNo = -1;
    } else if (c0 === 70 /* F */ && c1 === 78 /* N */) {
      this.function(buf, pos, stop, lineNo);
    } else if (c0 === 101 /* e */ && isAt(buf, pos, stop, 'end_of_record')) {
      if (this.inRecord) this.closeRecord();
    }
    // TN, LF, LH, FNF, FNH, BRF, BRH, VER carry nothing we count.
    return eol + 1;
  }

  finish(displayName: string): CoverageReport {
    if (this.inRecord) this.closeRecord();
    if (!this.sawRecord)
      throw new ReportError('has no SF records (not an lcov tracefile, or an empty one)');
    return {
      kind: 'coverage',
      format: 'lcov',
      file: displayName,
      metrics: {
        lines: ratio(this.linesHit, this.linesFound),
        branches: ratio(this.brHit, this.brFound),
        functions: ratio(this.fnHit, this.fnFound),
      },
      has: { lines: true, branches: this.brFound > 0, functions: this.fnFound > 0 },
      findings: [],
    };
  }

  /** The index after the "\n" that ends the line at `i` (or `end`). */
  private nextLine(buf: Buffer, i: number, end: number): number {
    while (i < end && buf[i] !== NL) i++;
    return i + 1;
  }

  private closeRecord(): void {
    this.fnSerialBase += this.fnCount;
    this.fnCount = 0;
    this.fndaNext = 0;
    // Entries of earlier records are recognized by their serial and overwritten; clearing the
    // map at every record would cost more than it saves until it grows large.
    if (this.fnByHash.size > 1 << 16) this.fnByHash.clear();
    this.inRecord = false;
  }

  /**
   * BRDA:line,block,branch,taken in its usual form (three numbers in order, then digits or `-`):
   * counted, true. Anything else, false, and `branch` decides.
   */
  private simpleBranch(buf: Buffer, i: number, stop: number): boolean {
    let line = 0;
    let block = 0;
    let branch = 0;
    let c = buf[i];
    const lineStart = i;
    while (c !== undefined && c >= ZERO && c <= NINE) {
      line = line * 10 + (c - ZERO);
      c = buf[++i];
    }
    if (c !== COMMA || i === lineStart) return false;
    c = buf[++i];
    const blockStart = i;
    while (c !== undefined && c >= ZERO && c <= NINE) {
      block = block * 10 + (c - ZERO);
      c = buf[++i];
    }
    if (c !== COMMA || i === blockStart) return false;
    c = buf[++i];
    const branchStart = i;
    while (c !== undefined && c >= ZERO && c <= NINE) {
      branch = branch * 10 + (c - ZERO);
      c = buf[++i];
    }
    if (c !== COMMA || i === branchStart) return false;
    c = buf[++i];
    let taken = false;
    if (c === MINUS && i + 1 === stop) {
      i++;
    } else {
      const takenStart = i;
      while (c !== undefined && c >= ZERO && c <= NINE) {
        if (c !== ZERO) taken = true;
        c = buf[++i];
      }
      if (i === takenStart) return false;
    }
    if (i !== stop) return false;
    if (
      line < this.lastBranch ||
      (line === this.lastBranch &&
        (block < this.lastBlock || (block === this.lastBlock && branch <= this.lastBranchNo)))
    ) {
      throw new NeedsExactPath();
    }
    this.lastBranch = line;
    this.lastBlock = block;
    this.lastBranchNo = branch;
    this.brFound++;
    if (taken) this.brHit++;
    return true;
  }

  /** BRDA:line,block,branch,taken. */
  private branch(buf: Buffer, pos: number, stop: number, lineNo: number): void {
    if (!this.inRecord) throw new ReportError(`line ${lineNo}: BRDA before any SF record`);
    const line = this.parseUint(buf, pos + 5, stop);
    const block = this.parseUint(buf, this.intEnd + 1, stop);
    const branch = this.parseUint(buf, this.intEnd + 1, stop);
    if (Number.isNaN(line) || Number.isNaN(block) || Number.isNaN(branch) || this.intEnd >= stop)
      this.malformed(buf, pos, stop, lineNo);
    if (
      line < this.lastBranch ||
      (line === this.lastBranch &&
        (block < this.lastBlock || (block === this.lastBlock && branch <= this.lastBranchNo)))
    ) {
      throw new NeedsExactPath();
    }
    this.lastBranch = line;
    this.lastBlock = block;
    this.lastBranchNo = branch;
    const taken = this.countAt(buf, this.intEnd + 1, stop);
    if (taken === undefined) this.malformed(buf, pos, stop, lineNo);
    this.brFound++;
    if (taken) this.brHit++;
  }

  /** FN:line,name (lcov 1.x), FN:start,end,name (2.x) and FNDA:count,name. */
  private function(buf: Buffer, pos: number, stop: number, lineNo: number): void {
    if (isAt(buf, pos, stop, 'FNDA:')) {
      if (!this.inRecord) throw new ReportError(`line ${lineNo}: FNDA before any SF record`);
      const hit = this.countAt(buf, pos + 5, stop);
      if (hit === undefined) this.malformed(buf, pos, stop, lineNo);
      let comma = pos + 5;
      while (comma < stop && buf[comma] !== COMMA) comma++;
      if (comma >= stop) this.malformed(buf, pos, stop, lineNo);
      // Writers list FNDA in FN's order: try the function after the last one named first.
      const next = this.fndaNext;
      const index =
        next < this.fnCount && this.isFunctionAt(next, buf, comma + 1, stop)
          ? next
          : this.functionIndex(buf, comma + 1, stop);
      this.fndaNext = index + 1;
      if (hit && this.fnHits[index] === 0) {
        this.fnHits[index] = 1;
        this.fnHit++;
      }
      return;
    }
    if (buf[pos + 2] !== COLON) return; // FNF, FNH
    if (!this.inRecord) throw new ReportError(`line ${lineNo}: FN before any SF record`);
    let comma = pos + 3;
    while (comma < stop && buf[comma] !== COMMA) comma++;
    if (comma >= stop) this.malformed(buf, pos, stop, lineNo);
    const second = this.parseUint(buf, comma + 1, stop);
    if (!Number.isNaN(second) && this.intEnd < stop) comma = this.intEnd;
    this.functionIndex(buf, comma + 1, stop);
  }

  /**
   * The record's function named by buf[start, stop), added (and counted as found) when new.
   * Names are told apart by a hash, confirmed byte by byte; two names with the same hash send
   * the file to the general path, which keys functions by name.
   */
  private functionIndex(buf: Buffer, start: number, stop: number): number {
    let hash = 0x811c9dc5;
    for (let i = start; i < stop; i++) hash = Math.imul(hash ^ buf[i]!, 16777619);
    hash &= 0x3fffffff;
    const serial = this.fnByHash.get(hash);
    if (serial !== undefined && serial >= this.fnSerialBase) {
      const known = serial - this.fnSerialBase;
      if (this.isFunctionAt(known, buf, start, stop)) return known;
      throw new NeedsExactPath();
    }
    const index = this.fnCount++;
    this.fnBufs[index] = buf;
    this.fnStarts[index] = start;
    this.fnStops[index] = stop;
    this.fnHits[index] = 0;
    this.fnByHash.set(hash, this.fnSerialBase + index);
    this.fnFound++;
    return index;
  }

  /** The record's function `index` is named buf[start, stop). */
  private isFunctionAt(index: number, buf: Buffer, start: number, stop: number): boolean {
    const other = this.fnBufs[index]!;
    const otherStart = this.fnStarts[index]!;
    if (this.fnStops[index]! - otherStart !== stop - start) return false;
    for (let i = 0; i < stop - start; i++)
      if (other[otherStart + i] !== buf[start + i]) return false;
    return true;
  }

  /** Digits at [i, stop) up to a comma or `stop`; NaN when empty or not digits. Sets `intEnd`. */
  private parseUint(buf: Buffer, i: number, stop: number): number {
    let value = 0;
    const start = i;
    for (; i < stop; i++) {
      const c = buf[i]!;
      if (c === COMMA) break;
      if (c < ZERO || c > NINE) return NaN;
      value = value * 10 + (c - ZERO);
    }
    this.intEnd = i;
    return i === start ? NaN : value;
  }

  /**
   * Whether the count at `i` (up to a comma or the line's end) is above zero: `-` alone (BRDA's
   * "not taken") is zero, a negative count is not above zero, and digits with `.`, `e`, `+` are
   * numbers; anything else is undefined (malformed). Sets `intEnd` to where the count stopped.
   */
  private countAt(buf: Buffer, i: number, end: number): boolean | undefined {
    let negative = false;
    if (i < end && buf[i] === MINUS) {
      if (isFieldEnd(buf, i + 1, end)) {
        this.intEnd = i + 1;
        return false;
      }
      negative = true;
      i++;
    }
    const start = i;
    let positive = false;
    for (; i < end; i++) {
      const c = buf[i]!;
      if (c === COMMA || c === NL || (c === CR && (i + 1 === end || buf[i + 1] === NL))) break;
      if (c === DOT || c === LOWER_E || c === UPPER_E || c === PLUS) continue;
      if (c < ZERO || c > NINE) return undefined;
      if (c !== ZERO) positive = true;
    }
    this.intEnd = i;
    if (i === start) return undefined;
    return positive && !negative;
  }

  private malformed(buf: Buffer, pos: number, end: number, lineNo: number): never {
    let stop = this.nextLine(buf, pos, end) - 1;
    if (stop > end) stop = end;
    if (stop > pos && buf[stop - 1] === CR) stop--;
    throw new ReportError(
      `line ${lineNo}: malformed record "${buf.toString('latin1', pos, Math.min(stop, pos + 80))}"`,
    );
  }
}

/** The record's field ends at `i`: a comma, the line's end, or the end of the data. */
function isFieldEnd(buf: Buffer, i: number, end: number): boolean {
  if (i >= end) return true;
  const c = buf[i];
  return c === COMMA || c === NL || (c === CR && (i + 1 === end || buf[i + 1] === NL));
}

/** `text` (ASCII) starts at buf[pos] and fits before `stop`. */
function isAt(buf: Buffer, pos: number, stop: number, text: string): boolean {
  if (pos + text.length > stop) return false;
  for (let k = 0; k < text.length; k++) if (buf[pos + k] !== text.charCodeAt(k)) return false;
  return true;
}
