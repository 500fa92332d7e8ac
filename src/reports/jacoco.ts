// JaCoCo XML: the report-level LINE, BRANCH and METHOD counters.
import { intAttr, parseXml, xmlRootName } from './xml-stream.js';
import {
  ratio,
  ReportError,
  type CoverageDetail,
  type CoverageReport,
  type FileCoverage,
  type ReportReader,
} from './types.js';

/**
 * Figures from the `<counter>` children of `<report>` (JaCoCo's own totals): lines from `LINE`,
 * branches from `BRANCH`, functions from `METHOD`, each covered / (covered + missed). A missing
 * counter means no data. Per-line detail (for merging) comes from `<sourcefile><line nr mi ci
 * mb cb>`: a line is covered when `ci > 0`; its branches are `cb` of `mb + cb`. Source file keys
 * are `package/File.java` as JaCoCo writes them (it does not record the source folder).
 */
export const jacocoReader: ReportReader = {
  format: 'jacoco',
  family: 'coverage',
  detect: (head) =>
    xmlRootName(head) === 'report' &&
    (head.includes('JACOCO') || head.includes('<sessioninfo') || head.includes('<package')),
  read: async (source) => {
    const counters = new Map<string, { covered: number; missed: number }>();
    const detail: CoverageDetail | undefined = source.wantDetail ? new Map() : undefined;
    let packageName = '';
    let currentFile: FileCoverage | undefined;

    await parseXml(source, ['report'], {
      open: (tag, depth) => {
        if (tag.name === 'counter' && depth === 1) {
          const type = tag.attributes['type'];
          const covered = intAttr(tag, 'covered');
          const missed = intAttr(tag, 'missed');
          if (type === undefined || covered === undefined || missed === undefined) {
            throw new ReportError('a report-level <counter> lacks type, covered or missed');
          }
          counters.set(type, { covered, missed });
          return;
        }
        if (detail === undefined) return;
        if (tag.name === 'package') packageName = tag.attributes['name'] ?? '';
        else if (tag.name === 'sourcefile') {
          const key =
            (packageName === '' ? '' : packageName + '/') + (tag.attributes['name'] ?? '');
          currentFile = detail.get(key);
          if (currentFile === undefined && source.keepDetail?.(key) === false) return;
          if (currentFile === undefined) {
            currentFile = { lines: new Map(), branches: new Map(), functions: new Map() };
            detail.set(key, currentFile);
          }
        } else if (tag.name === 'line' && currentFile !== undefined) {
          const nr = intAttr(tag, 'nr') ?? 0;
          const ci = intAttr(tag, 'ci') ?? 0;
          const mb = intAttr(tag, 'mb') ?? 0;
          const cb = intAttr(tag, 'cb') ?? 0;
          currentFile.lines.set(nr, (currentFile.lines.get(nr) ?? 0) + ci);
          if (mb + cb > 0) currentFile.branches.set(String(nr), [cb, mb + cb]);
        }
      },
      close: (name) => {
        if (name === 'sourcefile') currentFile = undefined;
      },
    });

    const figure = (type: string) => {
      const counter = counters.get(type);
      return counter === undefined
        ? null
        : ratio(counter.covered, counter.covered + counter.missed);
    };
    if (counters.size === 0)
      throw new ReportError('has no report-level <counter> elements (JaCoCo totals)');
    const report: CoverageReport = {
      kind: 'coverage',
      format: 'jacoco',
      file: source.displayName,
      metrics: { lines: figure('LINE'), branches: figure('BRANCH'), functions: figure('METHOD') },
      has: {
        lines: counters.has('LINE'),
        branches: counters.has('BRANCH'),
        functions: counters.has('METHOD'),
      },
      findings: [],
      ...(detail === undefined ? {} : { detail }),
    };
    return report;
  },
};
