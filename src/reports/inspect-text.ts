// Plain-text rendering of `readiness-gate inspect` for a terminal.
import type { ReportFailure } from './detect.js';
import type { InspectResult } from './inspect.js';
import { SEVERITIES, type Ratio, type SeverityCounts } from './types.js';

/** Percentages shown with one decimal; the JSON output keeps them unrounded. */
function formatRatio(value: unknown): string {
  if (value === null || value === undefined) return 'no data';
  const figure = value as Ratio;
  return `${figure.pct.toFixed(1)}% (${figure.covered}/${figure.total})`;
}

function formatSeverities(value: unknown): string {
  const counts = value as SeverityCounts;
  return SEVERITIES.map((s) => `${counts[s]} ${s}`).join(', ');
}

export function renderInspectText(result: InspectResult | ReportFailure): string {
  if ('error' in result) return `error: ${result.error}\n`;
  const lines = [`format: ${result.format}`, `family: ${result.family}`];
  const m = result.metrics;
  switch (result.family) {
    case 'tests':
      lines.push(
        `tests: ${String(m['total'])} total, ${String(m['passed'])} passed, ${String(m['failed'])} failed, ${String(m['errors'])} errors, ${String(m['skipped'])} skipped`,
      );
      break;
    case 'coverage':
      for (const key of ['lines', 'branches', 'functions'])
        lines.push(`${key}: ${formatRatio(m[key])}`);
      break;
    case 'lint':
      lines.push(
        `errors: ${String(m['errors'])}`,
        `warnings: ${String(m['warnings'])}`,
        `notes: ${String(m['notes'])}`,
      );
      break;
    case 'security':
      if ('vulnerabilities' in m) {
        for (const key of ['vulnerabilities', 'misconfigurations', 'secrets'])
          lines.push(`${key}: ${formatSeverities(m[key])}`);
      } else {
        lines.push(
          `high: ${String(m['high'])}`,
          `medium: ${String(m['medium'])}`,
          `low: ${String(m['low'])}`,
        );
      }
      break;
  }
  return lines.join('\n') + '\n';
}
