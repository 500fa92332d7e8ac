// Clover XML (OpenClover, istanbul, PHPUnit): the project's statements, conditionals and methods.
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
 * Figures from the `<metrics>` element that is a direct child of `<project>` (PHPUnit writes it
 * after the files): lines = `coveredstatements` / `statements`, branches =
 * `coveredconditionals` / `conditionals` (0 conditionals = no branch data), functions =
 * `coveredmethods` / `methods`. Per-line detail (for merging) comes from `<file><line>`:
 * `type="stmt"` lines by `count`, `type="cond"` as two branches (`truecount`, `falsecount`),
 * `type="method"` as functions.
 */
export const cloverReader: ReportReader = {
  format: 'clover',
  family: 'coverage',
  detect: (head) => {
    if (xmlRootName(head) !== 'coverage') return false;
    const tag = xmlRootTag(head) ?? '';
    return (
      !tag.includes('line-rate') &&
      (tag.includes('clover=') || tag.includes('generated=')) &&
      head.includes('<project')
    );
  },
  read: async (source) => {
    const stack: string[] = [];
    let project: Record<string, number | undefined> | undefined;
    const detail: CoverageDetail | undefined = source.wantDetail ? new Map() : undefined;
    let currentFile: FileCoverage | undefined;

    await parseXml(source, ['coverage'], {
      open: (tag, depth) => {
        stack[depth] = tag.name;
        if (tag.name === 'metrics' && stack[depth - 1] === 'project' && depth === 2) {
          project = {
            statements: intAttr(tag, 'statements'),
            coveredstatements: intAttr(tag, 'coveredstatements'),
            conditionals: intAttr(tag, 'conditionals'),
            coveredconditionals: intAttr(tag, 'coveredconditionals'),
            methods: intAttr(tag, 'methods'),
            coveredmethods: intAttr(tag, 'coveredmethods'),
          };
          return;
        }
        if (detail === undefined) return;
        if (tag.name === 'file') {
          const written = tag.attributes['path'] ?? tag.attributes['name'] ?? '';
          const key = toRepoRelative(written, source.workdir) ?? toSlashes(written);
          currentFile = detail.get(key);
          if (currentFile === undefined && source.keepDetail?.(key) === false) return;
          if (currentFile === undefined) {
            currentFile = { lines: new Map(), branches: new Map(), functions: new Map() };
            detail.set(key, currentFile);
          }
        } else if (tag.name === 'line' && currentFile !== undefined) {
          const num = intAttr(tag, 'num') ?? 0;
          const type = tag.attributes['type'];
          if (type === 'stmt')
            currentFile.lines.set(
              num,
              (currentFile.lines.get(num) ?? 0) + (intAttr(tag, 'count') ?? 0),
            );
          else if (type === 'cond') {
            // A condition is on a statement line too (Istanbul's writer gives its count).
            const count = intAttr(tag, 'count');
            if (count !== undefined)
              currentFile.lines.set(num, (currentFile.lines.get(num) ?? 0) + count);
            const t = (intAttr(tag, 'truecount') ?? 0) > 0 ? 1 : 0;
            const f = (intAttr(tag, 'falsecount') ?? 0) > 0 ? 1 : 0;
            currentFile.branches.set(String(num), [t + f, 2]);
          } else if (type === 'method') {
            const key = `${num}:${tag.attributes['name'] ?? ''}`;
            currentFile.functions.set(
              key,
              (currentFile.functions.get(key) ?? 0) + (intAttr(tag, 'count') ?? 0),
            );
          }
        }
      },
      close: (name) => {
        if (name === 'file') currentFile = undefined;
      },
    });

    if (project === undefined)
      throw new ReportError('has no <project><metrics> element (Clover totals)');
    const {
      statements,
      coveredstatements,
      conditionals,
      coveredconditionals,
      methods,
      coveredmethods,
    } = project;
    if (statements === undefined || coveredstatements === undefined) {
      throw new ReportError('<project><metrics> lacks statements or coveredstatements');
    }
    const report: CoverageReport = {
      kind: 'coverage',
      format: 'clover',
      file: source.displayName,
      metrics: {
        lines: ratio(coveredstatements, statements),
        branches: conditionals === undefined ? null : ratio(coveredconditionals ?? 0, conditionals),
        functions: methods === undefined ? null : ratio(coveredmethods ?? 0, methods),
      },
      has: { lines: true, branches: (conditionals ?? 0) > 0, functions: (methods ?? 0) > 0 },
      findings: [],
      ...(detail === undefined ? {} : { detail }),
    };
    return report;
  },
};
