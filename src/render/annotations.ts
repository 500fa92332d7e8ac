// Annotations: failed items at their checklist line, then findings at their source lines,
// most important first (the check run caps them; workflow commands take only ten of each level).
import type { FindingLevel, Verdict } from '../model.js';
import type { Annotation, AnnotationLevel } from './annotation.js';
import { waiverAnnotations } from './waivers.js';

export type { Annotation, AnnotationLevel };

const FINDING_LEVELS: Readonly<Record<FindingLevel, AnnotationLevel>> = {
  error: 'failure',
  warning: 'warning',
  notice: 'notice',
};
const RANK: Readonly<Record<AnnotationLevel, number>> = { failure: 0, warning: 1, notice: 2 };

export function buildAnnotations(
  verdict: Verdict,
  mask: (text: string) => string = (t) => t,
): Annotation[] {
  const items: (Annotation & { order: number })[] = [];
  const findings: (Annotation & { order: number })[] = [];
  let order = 0;
  for (const cv of verdict.checklists) {
    for (const { item, result, isBlocking } of cv.items) {
      order++;
      const failing =
        result.status === 'failed' ||
        result.status === 'errored' ||
        (isBlocking && result.status === 'pending');
      if (failing) {
        items.push({
          order: isBlocking ? order : order + 1e6,
          path: cv.checklist.path,
          startLine: Math.max(1, item.line),
          endLine: Math.max(1, item.line),
          level: isBlocking ? 'failure' : 'warning',
          title: mask(`${isBlocking ? 'Blocking' : 'Advisory'}: ${item.title}`),
          message: mask(result.summary),
        });
      }
      for (const finding of result.findings ?? []) {
        if (!finding.file || !finding.line || finding.line < 1) continue;
        // Outside the check's scope: still shown, as a notice after every counted finding.
        const outOfScope = finding.inScope === false;
        const level = outOfScope ? 'notice' : FINDING_LEVELS[finding.level];
        const endLine =
          finding.endLine && finding.endLine >= finding.line ? finding.endLine : finding.line;
        const oneLine = endLine === finding.line;
        const columns =
          oneLine && finding.column && finding.column >= 1
            ? {
                startColumn: finding.column,
                endColumn:
                  finding.endColumn && finding.endColumn >= finding.column
                    ? finding.endColumn
                    : finding.column,
              }
            : {};
        findings.push({
          order: (outOfScope ? 3 : RANK[level]) * 1e7 + order,
          path: finding.file,
          startLine: finding.line,
          endLine,
          ...columns,
          level,
          title: mask(finding.title ?? item.title),
          message: mask(
            outOfScope ? `${finding.message} (outside the change: not counted)` : finding.message,
          ),
        });
      }
    }
  }
  const sorted = [
    ...items.sort((a, b) => a.order - b.order),
    ...waiverAnnotations(verdict, mask).map((annotation) => ({ ...annotation, order: 0 })),
    ...findings.sort((a, b) => a.order - b.order),
  ];
  return sorted.map(({ order: _order, ...annotation }) => annotation);
}
