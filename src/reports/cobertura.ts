// Cobertura XML (coverage.py, istanbul, coverlet, gcovr): the root's lines and branches totals.
import path from 'node:path';
import { toRepoRelative, toSlashes } from '../workspace/paths.js';
import { intAttr, parseXml, xmlRootName, xmlRootTag } from './xml-stream.js';
import {
  ratio,
  ReportError,
  type CoverageDetail,
  type CoverageReport,
  type FileCoverage,
  type ReportReader,
} from './types.js';

/**
 * Lines: the root's `lines-covered` / `lines-valid`; branches: `branches-covered` /
 * `branches-valid`, except that a root with `branches-valid="0"` takes the branch figure from its
 * lines' `condition-coverage` (no such line: no branch data, not 0%).
 * Cobertura has no function figure. When the root lacks those attributes (old writers give only
 * rates), the figures are recounted from `<class><lines><line>` elements: unique (file, line),
 * covered when `hits > 0`, branches from `condition-coverage="50% (1/2)"`. Class file names are
 * resolved against the `<source>` roots to become repository-relative.
 */
export const coberturaReader: ReportReader = {
  format: 'cobertura',
  family: 'coverage',
  detect: (head) => {
    if (xmlRootName(head) !== 'coverage') return false;
    const tag = xmlRootTag(head) ?? '';
    return tag.includes('line-rate') || tag.includes('lines-valid') || head.includes('cobertura');
  },
  read: async (source) => {
    const sources: string[] = [];
    let inSource = false;
    let sourceText = '';
    let rootLinesValid: number | undefined;
    let rootLinesCovered: number | undefined;
    let rootBranchesValid: number | undefined;
    let rootBranchesCovered: number | undefined;
    let needRecount = false;
    let needBranchRecount = false;
    const stack: string[] = [];
    /** file name as written → detail. */
    const files = new Map<string, FileCoverage>();
    let currentFile: FileCoverage | undefined;

    await parseXml(source, ['coverage'], {
      open: (tag, depth) => {
        stack[depth] = tag.name;
        if (depth === 0) {
          rootLinesValid = intAttr(tag, 'lines-valid');
          rootLinesCovered = intAttr(tag, 'lines-covered');
          rootBranchesValid = intAttr(tag, 'branches-valid');
          rootBranchesCovered = intAttr(tag, 'branches-covered');
          needRecount = rootLinesValid === undefined || rootLinesCovered === undefined;
          // Some writers (coverlet, older gcovr) put branches-valid="0" on the root yet measure
          // branches on the lines (condition-coverage): those are the branch figure.
          needBranchRecount = !needRecount && rootBranchesValid === 0;
          return;
        }
        const name = tag.name;
        if (name === 'source') {
          inSource = true;
          sourceText = '';
        } else if (name === 'class') {
          if (!needRecount && !needBranchRecount && !source.wantDetail) return;
          const filename = tag.attributes['filename'] ?? tag.attributes['name'] ?? '';
          currentFile = files.get(filename);
          if (currentFile === undefined) {
            currentFile = { lines: new Map(), branches: new Map(), functions: new Map() };
            files.set(filename, currentFile);
          }
        } else if (
          name === 'line' &&
          currentFile !== undefined &&
          stack[depth - 1] === 'lines' &&
          stack[depth - 2] === 'class'
        ) {
          const number = intAttr(tag, 'number');
          const hits = intAttr(tag, 'hits') ?? 0;
          if (number === undefined)
            throw new ReportError('a <line> element has no number attribute');
          currentFile.lines.set(number, (currentFile.lines.get(number) ?? 0) + hits);
          if (tag.attributes['branch'] === 'true') {
            const condition = tag.attributes['condition-coverage'] ?? '';
            const open = condition.indexOf('(');
            const slash = condition.indexOf('/', open);
            const close = condition.indexOf(')', slash);
            if (open !== -1 && slash !== -1 && close !== -1) {
              const covered = Number(condition.slice(open + 1, slash));
              const total = Number(condition.slice(slash + 1, close));
              if (Number.isFinite(covered) && Number.isFinite(total)) {
                const key = String(number);
                const previous = currentFile.branches.get(key);
                currentFile.branches.set(
                  key,
                  previous
                    ? [Math.max(previous[0], covered), Math.max(previous[1], total)]
                    : [covered, total],
                );
              }
            }
          }
        }
      },
      close: (name) => {
        if (name === 'source') {
          inSource = false;
          const root = sourceText.trim();
          if (root !== '') sources.push(root);
        } else if (name === 'class') {
          currentFile = undefined;
        }
      },
      text: (text) => {
        sourceText += text;
      },
      wantsText: () => inSource,
    });

    let linesCovered = rootLinesCovered ?? 0;
    let linesValid = rootLinesValid ?? 0;
    let branchesCovered = rootBranchesCovered ?? 0;
    let branchesValid = rootBranchesValid ?? 0;
    if (needRecount) {
      linesCovered = linesValid = branchesCovered = branchesValid = 0;
      for (const file of files.values()) {
        linesValid += file.lines.size;
        for (const hits of file.lines.values()) if (hits > 0) linesCovered++;
        for (const [covered, total] of file.branches.values()) {
          branchesCovered += covered;
          branchesValid += total;
        }
      }
    }
    if (needBranchRecount) {
      for (const file of files.values()) {
        for (const [covered, total] of file.branches.values()) {
          branchesCovered += covered;
          branchesValid += total;
        }
      }
      if (branchesCovered > branchesValid)
        throw new ReportError(
          `its lines' condition-coverage covers ${branchesCovered} of ${branchesValid} branches`,
        );
    }
    let detail: CoverageDetail | undefined;
    if (source.wantDetail) {
      detail = new Map();
      for (const [name, file] of files) {
        const key = resolveClassFile(name, sources, source.workdir);
        if (source.keepDetail?.(key) !== false) detail.set(key, file);
      }
    }
    const report: CoverageReport = {
      kind: 'coverage',
      format: 'cobertura',
      file: source.displayName,
      metrics: {
        lines: ratio(linesCovered, linesValid),
        branches: ratio(branchesCovered, branchesValid),
        functions: null,
      },
      has: { lines: true, branches: branchesValid > 0, functions: false },
      findings: [],
      ...(detail === undefined ? {} : { detail }),
    };
    return report;
  },
};

/**
 * A class `filename` is relative to one of the `<source>` roots. The first root inside the
 * repository gives the path; with no such root (a report made on another machine) the file
 * name is taken as repository-relative already.
 */
export function resolveClassFile(
  filename: string,
  sources: readonly string[],
  workdir: string,
): string {
  const direct = toRepoRelative(filename, workdir);
  const isAbsolute = filename.startsWith('/') || /^[A-Za-z]:[\\/]/.test(filename);
  if (isAbsolute) return direct ?? toSlashes(filename);
  for (const root of sources) {
    const joined = path.posix.join(toSlashes(root), toSlashes(filename));
    const relative = toRepoRelative(joined, workdir);
    if (relative !== undefined) return relative;
  }
  return direct ?? toSlashes(filename);
}
