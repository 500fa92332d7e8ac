// lcov tracefiles (geninfo, istanbul, c8, bun, llvm-cov): figures recounted from DA/FN/FNDA/BRDA.
import { toRepoRelative } from '../gate/paths.js';
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

const CODE_0 = 48;
const CODE_9 = 57;
const COMMA = 44;
const MINUS = 45;

/**
 * The common case, without per-line allocations: every `SF` appears once and its `DA` and
 * `BRDA` records come in increasing order, so nothing can repeat and lines and branches are
 * counted as they stream by. Returns undefined when the file breaks those assumptions; the
 * general path then reads it again. Read as latin1 (one char per byte): the records are ASCII,
 * and source paths are only compared, never shown, so their encoding does not matter here.
 */
async function readFast(source: ReportSource): Promise<CoverageReport | undefined> {
  const seen = new Set<string>();
  let inRecord = false;
  let sawRecord = false;
  let lastLine = 0;
  let lastBranch = -1;
  let lastBlock = -1;
  let lastBranchNo = -1;
  let linesFound = 0;
  let linesHit = 0;
  let brFound = 0;
  let brHit = 0;
  let fnFound = 0;
  let fnHit = 0;
  let functions = new Map<string, boolean>();
  let lineNo = 0;

  const closeRecord = () => {
    fnFound += functions.size;
    for (const hit of functions.values()) if (hit) fnHit++;
    functions = new Map();
    inRecord = false;
  };
  const malformed = (text: string, start: number, end: number): never => {
    throw new ReportError(
      `line ${lineNo}: malformed record "${text.slice(start, Math.min(end, start + 80))}"`,
    );
  };
  /** Parses digits at [i, end) up to a comma or the end; returns the value and the stop index. */
  let intEnd = 0;
  const parseInt10 = (text: string, i: number, end: number): number => {
    let value = 0;
    const start = i;
    for (; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === COMMA) break;
      if (c < CODE_0 || c > CODE_9) return NaN;
      value = value * 10 + (c - CODE_0);
    }
    intEnd = i;
    return i === start ? NaN : value;
  };
  /** True when the count at [i, end) is above zero; `-` alone (BRDA "not taken") is zero. */
  const isPositiveCount = (text: string, i: number, end: number): boolean | undefined => {
    if (i >= end) return undefined;
    let c = text.charCodeAt(i);
    let negative = false;
    if (c === MINUS) {
      if (i + 1 === end || text.charCodeAt(i + 1) === COMMA) return false;
      negative = true;
      i++;
    }
    let positive = false;
    const start = i;
    for (; i < end; i++) {
      c = text.charCodeAt(i);
      if (c === COMMA) break;
      if (c === 46 /* . */ || c === 101 /* e */ || c === 69 /* E */ || c === 43 /* + */) continue;
      if (c < CODE_0 || c > CODE_9) return undefined;
      if (c !== CODE_0) positive = true;
    }
    if (i === start) return undefined;
    return positive && !negative;
  };

  const handleLine = (text: string, start: number, end: number) => {
    lineNo++;
    if (end > start && text.charCodeAt(end - 1) === 13) end--;
    if (end === start) return;
    const c0 = text.charCodeAt(start);
    const c1 = text.charCodeAt(start + 1);
    if (c0 === 68 && c1 === 65 && text.charCodeAt(start + 2) === 58) {
      // DA:line,count[,checksum]
      if (!inRecord) throw new ReportError(`line ${lineNo}: DA before any SF record`);
      const line = parseInt10(text, start + 3, end);
      if (Number.isNaN(line) || intEnd >= end) malformed(text, start, end);
      if (line <= lastLine) throw new NeedsExactPath();
      lastLine = line;
      const hit = isPositiveCount(text, intEnd + 1, end);
      if (hit === undefined) malformed(text, start, end);
      linesFound++;
      if (hit) linesHit++;
      return;
    }
    if (c0 === 66 && c1 === 82 && text.startsWith('BRDA:', start)) {
      if (!inRecord) throw new ReportError(`line ${lineNo}: BRDA before any SF record`);
      const line = parseInt10(text, start + 5, end);
      const block = parseInt10(text, intEnd + 1, end);
      const branch = parseInt10(text, intEnd + 1, end);
      if (Number.isNaN(line) || Number.isNaN(block) || Number.isNaN(branch) || intEnd >= end)
        malformed(text, start, end);
      if (
        line < lastBranch ||
        (line === lastBranch &&
          (block < lastBlock || (block === lastBlock && branch <= lastBranchNo)))
      ) {
        throw new NeedsExactPath();
      }
      lastBranch = line;
      lastBlock = block;
      lastBranchNo = branch;
      const taken = isPositiveCount(text, intEnd + 1, end);
      if (taken === undefined) malformed(text, start, end);
      brFound++;
      if (taken) brHit++;
      return;
    }
    if (c0 === 83 && c1 === 70 && text.charCodeAt(start + 2) === 58) {
      if (inRecord) closeRecord();
      const name = text.slice(start + 3, end);
      if (seen.has(name)) throw new NeedsExactPath();
      seen.add(name);
      inRecord = true;
      sawRecord = true;
      lastLine = 0;
      lastBranch = lastBlock = lastBranchNo = -1;
      return;
    }
    if (c0 === 70 && c1 === 78) {
      if (text.startsWith('FNDA:', start)) {
        if (!inRecord) throw new ReportError(`line ${lineNo}: FNDA before any SF record`);
        const hit = isPositiveCount(text, start + 5, end);
        if (hit === undefined) malformed(text, start, end);
        const comma = text.indexOf(',', start + 5);
        if (comma === -1 || comma >= end) malformed(text, start, end);
        const name = text.slice(comma + 1, end);
        functions.set(name, hit === true || functions.get(name) === true);
        return;
      }
      if (text.charCodeAt(start + 2) === 58) {
        if (!inRecord) throw new ReportError(`line ${lineNo}: FN before any SF record`);
        // lcov 1.x: FN:line,name; lcov 2.x: FN:start,end,name.
        let comma = text.indexOf(',', start + 3);
        if (comma === -1 || comma >= end) malformed(text, start, end);
        const second = parseInt10(text, comma + 1, end);
        if (!Number.isNaN(second) && intEnd < end) comma = intEnd;
        const name = text.slice(comma + 1, end);
        if (!functions.has(name)) functions.set(name, false);
        return;
      }
    }
    if (c0 === 101 && text.startsWith('end_of_record', start)) {
      if (inRecord) closeRecord();
    }
  };

  let rest = '';
  try {
    for await (const chunk of source.chunks('latin1')) {
      const text = rest === '' ? (chunk as string) : rest + (chunk as string);
      let start = 0;
      let nl = text.indexOf('\n');
      while (nl !== -1) {
        handleLine(text, start, nl);
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
    if (rest !== '') handleLine(rest, 0, rest.length);
  } catch (error) {
    if (error instanceof NeedsExactPath) return undefined;
    throw error;
  }
  if (inRecord) closeRecord();
  if (!sawRecord)
    throw new ReportError('has no SF records (not an lcov tracefile, or an empty one)');
  return {
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
  };
}
