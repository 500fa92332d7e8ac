// Counts lint findings by level and keeps the first MAX_FINDINGS of them for annotations.
import type { Finding, FindingLevel } from '../model.js';
import { toRepoRelative } from '../workspace/paths.js';
import {
  MAX_FINDINGS,
  type LintMetrics,
  type LintReport,
  type ReportFormat,
  type ReportSource,
} from './types.js';

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
  /** Under a scope, findings outside it (listed, not counted). */
  outOfScope = 0;
  readonly findings: Finding[] = [];

  constructor(
    private readonly workdir: string,
    private readonly scope?: ReportSource['findingScope'],
  ) {}

  add(level: LintLevel, input: LintFindingInput): void {
    const scope = this.scope;
    if (scope === undefined && this.findings.length >= MAX_FINDINGS) {
      this.count(level);
      return;
    }
    const file = input.file === undefined ? undefined : toRepoRelative(input.file, this.workdir);
    const hasLine = file !== undefined && input.line !== undefined && input.line > 0;
    const endLine =
      hasLine && input.endLine !== undefined && input.endLine >= input.line!
        ? input.endLine
        : undefined;
    let inScope: boolean | undefined;
    if (scope !== undefined) {
      inScope = scope({
        ...(file === undefined ? {} : { file }),
        ...(hasLine ? { line: input.line } : {}),
        ...(endLine === undefined ? {} : { endLine }),
      });
      if (inScope) this.count(level);
      else this.outOfScope++;
    } else this.count(level);
    if (this.findings.length >= MAX_FINDINGS) return;
    this.findings.push({
      ...(file === undefined ? {} : { file }),
      ...(hasLine ? { line: input.line } : {}),
      ...(endLine === undefined ? {} : { endLine }),
      ...(hasLine && input.column !== undefined && input.column > 0
        ? { column: input.column }
        : {}),
      level: FINDING_LEVEL[level],
      ...(input.title === undefined ? {} : { title: input.title }),
      message: input.message,
      ...(inScope === undefined ? {} : { inScope }),
    });
  }

  private count(level: LintLevel): void {
    if (level === 'error') this.errors++;
    else if (level === 'warning') this.warnings++;
    else this.notes++;
  }

  metrics(): LintMetrics {
    return { errors: this.errors, warnings: this.warnings, notes: this.notes };
  }

  report(format: ReportFormat, file: string): LintReport {
    return {
      kind: 'lint',
      format,
      file,
      metrics: this.metrics(),
      findings: this.findings,
      ...(this.scope === undefined ? {} : { outOfScope: this.outOfScope }),
    };
  }
}

/** A positive integer from a JSON value, else undefined (locations are optional). */
export function lineNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}
