// The base branch's own JSON report (`readiness-gate/report@2`), read to compare a pull request against.
import type { Metrics, Status } from '../model.js';
import type { BaseItem } from '../checks/types.js';
import { MAX_JSON_BYTES } from '../reports/types.js';
import {
  FileKindError,
  FileTooLargeError,
  readRegularFileSync,
} from '../workspace/regular-file.js';

export const BASE_REPORT_SCHEMA = 'readiness-gate/report@2';

/** What the gate needs from a base report: the verdict's headline figures and each item's result. */
export interface BaseReport {
  /** Where it came from, for messages (a path, or `artifact readiness-report of run 123`). */
  readonly origin: string;
  /** The commit the base report judged, when it says. */
  readonly commit?: string;
  readonly score: number | null;
  readonly level: string | null;
  readonly passed?: boolean;
  /** `checklist path` → item id → item. */
  readonly items: ReadonlyMap<string, ReadonlyMap<string, BaseReportItem>>;
}

export interface BaseReportItem extends BaseItem {
  readonly title: string;
  readonly isBlocking: boolean;
  readonly kind?: string;
}

/** A base report that is not one: the message names the file and what is wrong. */
export class BaseReportError extends Error {
  override readonly name = 'BaseReportError';
}

const STATUSES: ReadonlySet<string> = new Set([
  'passed',
  'failed',
  'errored',
  'pending',
  'skipped',
  'waived',
]);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Parses a base report's text. Only `readiness-gate/report@2` is read: other schemas are refused
 * by name, since their figures mean other things (report@1's `ready` was the gate).
 */
export function parseBaseReport(text: string, origin: string): BaseReport {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (error) {
    throw new BaseReportError(`${origin}: is not JSON (${(error as Error).message})`);
  }
  if (!isObject(root)) throw new BaseReportError(`${origin}: is not a readiness-gate report`);
  const schema = root['schema'];
  if (schema !== BASE_REPORT_SCHEMA) {
    throw new BaseReportError(
      typeof schema === 'string' && schema.startsWith('readiness-gate/report@')
        ? `${origin}: is ${schema}; a base report must be ${BASE_REPORT_SCHEMA} (made by this version of the gate on the base branch)`
        : `${origin}: is not a ${BASE_REPORT_SCHEMA} JSON report (its "schema" is ${JSON.stringify(schema ?? null)})`,
    );
  }
  const score = root['score'];
  if (score !== null && typeof score !== 'number')
    throw new BaseReportError(`${origin}: "score" must be a number or null`);
  const checklists = root['checklists'];
  if (!Array.isArray(checklists))
    throw new BaseReportError(`${origin}: "checklists" must be a list`);
  const items = new Map<string, Map<string, BaseReportItem>>();
  checklists.forEach((checklist, c) => {
    if (!isObject(checklist) || typeof checklist['path'] !== 'string')
      throw new BaseReportError(`${origin}: checklists[${c}] has no "path"`);
    const byId = new Map<string, BaseReportItem>();
    const list = checklist['items'];
    if (!Array.isArray(list))
      throw new BaseReportError(`${origin}: checklists[${c}].items must be a list`);
    list.forEach((item, i) => {
      if (
        !isObject(item) ||
        typeof item['id'] !== 'string' ||
        !STATUSES.has(String(item['status']))
      )
        throw new BaseReportError(
          `${origin}: checklists[${c}].items[${i}] needs an id and a status`,
        );
      byId.set(item['id'], {
        status: item['status'] as Status,
        title: typeof item['title'] === 'string' ? item['title'] : item['id'],
        isBlocking: item['isBlocking'] === true,
        ...(typeof item['kind'] === 'string' ? { kind: item['kind'] } : {}),
        ...(isObject(item['metrics']) ? { metrics: item['metrics'] as Metrics } : {}),
      });
    });
    items.set(checklist['path'], byId);
  });
  return {
    origin,
    ...(typeof root['commit'] === 'string' ? { commit: root['commit'] } : {}),
    score: score as number | null,
    level: typeof root['level'] === 'string' ? root['level'] : null,
    ...(typeof root['passed'] === 'boolean' ? { passed: root['passed'] } : {}),
    items,
  };
}

/**
 * Reads and parses a base report file. Its path may point anywhere, so only a regular file
 * within the JSON limit is read (a FIFO or /dev/zero would hang the run). A missing, non-regular
 * or oversized file and a report that is not one throw BaseReportError naming `origin`; other
 * read errors (permissions) are thrown as they are.
 */
export function readBaseReportFile(file: string, origin: string): BaseReport {
  let text: string;
  try {
    text = readRegularFileSync(file, MAX_JSON_BYTES).toString('utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new BaseReportError(`${origin}: file not found`);
    if (error instanceof FileKindError || error instanceof FileTooLargeError)
      throw new BaseReportError(`${origin}: ${error.message}`);
    throw error;
  }
  return parseBaseReport(text, origin);
}

/** The base report's entry for an item, matched by checklist path and id. */
export function baseItemOf(
  base: BaseReport | undefined,
  checklistPath: string,
  itemId: string,
): BaseReportItem | undefined {
  return base?.items.get(checklistPath)?.get(itemId);
}
