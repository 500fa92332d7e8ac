// The JSON report (`readiness-gate/report@1`) and the plan as JSON: versioned shapes with a
// JSON Schema in checklists/report.schema.json.
import type { Checklist, Item, Verdict } from '../model.js';
import { flattenItems } from '../gate/run.js';
import { getCheckKind } from '../checks/registry.js';

export const REPORT_SCHEMA = 'readiness-gate/report@1';
export const PLAN_SCHEMA = 'readiness-gate/plan@1';

function itemBase(item: Item): Record<string, unknown> {
  return {
    id: item.id,
    ...(item.parent !== undefined ? { parent: item.parent } : {}),
    title: item.title,
    section: item.section,
    line: item.line,
    kind: item.check?.kind ?? 'manual',
    inferred: item.inferred,
    blocking: item.blocking,
    weight: item.weight,
  };
}

export interface ReportJson {
  readonly schema: typeof REPORT_SCHEMA;
  readonly ready: boolean;
  readonly score: number;
  readonly level: string;
  readonly counts: Verdict['counts'];
  readonly durationMs: number;
  readonly checklists: readonly Record<string, unknown>[];
}

export function toReportJson(verdict: Verdict): ReportJson {
  return {
    schema: REPORT_SCHEMA,
    ready: verdict.ready,
    score: verdict.score,
    level: verdict.level,
    counts: verdict.counts,
    durationMs: verdict.durationMs,
    checklists: verdict.checklists.map((cv) => ({
      path: cv.checklist.path,
      title: cv.checklist.title,
      ready: cv.ready,
      score: cv.score,
      level: cv.level,
      minScore: cv.minScore,
      reason: cv.reason,
      counts: cv.counts,
      items: cv.items.map(({ item, result, isBlocking }) => ({
        ...itemBase(item),
        status: result.status,
        isBlocking,
        summary: result.summary,
        ...(result.metrics ? { metrics: result.metrics } : {}),
        ...(result.findings?.length ? { findings: result.findings } : {}),
        ...(result.durationMs !== undefined ? { durationMs: result.durationMs } : {}),
        ...(result.output ? { output: result.output } : {}),
      })),
    })),
  };
}

export function renderJson(verdict: Verdict): string {
  return `${JSON.stringify(toReportJson(verdict), null, 2)}\n`;
}

/** The plan: the report's shape without statuses, each item with its resolved check. */
export function toPlanJson(checklists: readonly Checklist[]): Record<string, unknown> {
  return {
    schema: PLAN_SCHEMA,
    checklists: checklists.map((checklist) => ({
      path: checklist.path,
      title: checklist.title,
      format: checklist.format,
      policy: checklist.policy,
      items: flattenItems(checklist).map((item) => ({
        ...itemBase(item),
        ...(item.check ? { check: item.check.options, describe: getCheckKind(item.check.kind).describe(item.check.options) } : {}),
        ...(item.check === undefined ? { checked: item.checked } : {}),
        ...(item.note ? { note: item.note } : {}),
      })),
    })),
  };
}
