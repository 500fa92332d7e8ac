// `readiness-gate inspect`: what the gate sees in one report, as DESIGN.md's JSON shape.
import path from 'node:path';
import { isReportFailure, readReport, type ReportFailure } from './detect.js';
import type { ReportData, ReportFamily, ReportFormat } from './types.js';

export interface InspectResult {
  readonly format: ReportFormat;
  readonly family: ReportFamily;
  /** Named as in DESIGN.md's check-kinds table; every finding counted, no filters. */
  readonly metrics: Readonly<Record<string, unknown>>;
}

const FAMILY: Record<ReportData['kind'], ReportFamily> = {
  tests: 'tests',
  coverage: 'coverage',
  lint: 'lint',
  bandit: 'security',
  trivy: 'security',
  scan: 'security',
};

/**
 * Detects and reads one report. `reportPath` may be absolute or relative to `workdir`. Never
 * throws: an unreadable report comes back as `{ error }` naming the file and the problem.
 */
export async function inspectReport(
  reportPath: string,
  workdir: string,
): Promise<InspectResult | ReportFailure> {
  const absolute = path.resolve(workdir, reportPath);
  const data = await readReport(absolute, { workdir });
  if (isReportFailure(data)) return data;
  return { format: data.format, family: FAMILY[data.kind], metrics: { ...data.metrics } };
}

export { renderInspectText } from './inspect-text.js';
