// Counts lint findings by level and keeps the first MAX_FINDINGS of them for annotations.
import type { Finding, FindingLevel } from '../model.js';
import { toRepoRelative } from '../workspace/paths.js';
import { MAX_FINDINGS, type LintMetrics, type LintReport, type ReportFormat } from './types.js';

export type LintLevel = 'error' | 'warning' | 'note';

const FINDING_LEVEL: Record<LintLevel, FindingLevel> = {
  error: 'error',
  warning: 'warning',
  note: 'notice',
};

export interface LintFindingInput {
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly endLine?: number;
  readonly title?: string;
  readonly message: string;
}

export class LintTally {
  errors = 0;
  warnings = 0;
  notes = 0;
  readonly findings: Finding[] = [];

  constructor(private readonly workdir: string) {}

  add(level: LintLevel, input: LintFindingInput): void {
    if (level === 'error') this.errors++;
    else if (level === 'warning') this.warnings++;
    else this.notes++;
    if (this.findings.length >= MAX_FINDINGS) return;
    const file = input.file === undefined ? undefined : toRepoRelative(input.file, this.workdir);
    const hasLine = file !== undefined && input.line !== undefined && input.line > 0;
    this.findings.push({
      ...(file === undefined ? {} : { file }),
      ...(hasLine ? { line: input.line } : {}),
      ...(hasLine && input.endLine !== undefined && input.endLine >= input.line!
        ? { endLine: input.endLine }
        : {}),
      ...(hasLine && input.column !== undefined && input.column > 0
        ? { column: input.column }
        : {}),
      level: FINDING_LEVEL[level],
      ...(input.title === undefined ? {} : { title: input.title }),
      message: input.message,
    });
  }

  metrics(): LintMetrics {
    return { errors: this.errors, warnings: this.warnings, notes: this.notes };
  }

  report(format: ReportFormat, file: string): LintReport {
    return { kind: 'lint', format, file, metrics: this.metrics(), findings: this.findings };
  }
}

/** A positive integer from a JSON value, else undefined (locations are optional). */
export function lineNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}
