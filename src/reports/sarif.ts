// SARIF 2.1.0 (CodeQL, Semgrep, ESLint's SARIF formatter, gitleaks, ...): results by effective level.
import {
  expectArray,
  expectObject,
  isObject,
  optionalArray,
  optionalString,
  readJson,
  type JsonObject,
} from './json-report.js';
import { LintTally, lineNumber, type LintLevel } from './lint-tally.js';
import { ReportError, type ReportReader } from './types.js';

export function looksLikeSarif(head: string): boolean {
  const start = head.trimStart();
  return (
    start.startsWith('{') &&
    /"version"\s*:\s*"2\.1\.0"/.test(head) &&
    (head.includes('sarif') || head.includes('"runs"'))
  );
}

/** The rules of a run's driver, by index and by id. */
export interface RunRules {
  readonly byIndex: readonly JsonObject[];
  readonly byId: ReadonlyMap<string, JsonObject>;
}

export function runRules(run: JsonObject): RunRules {
  const tool = isObject(run['tool']) ? run['tool'] : {};
  const driver = isObject(tool['driver']) ? tool['driver'] : {};
  const rules = Array.isArray(driver['rules']) ? driver['rules'].filter(isObject) : [];
  const byId = new Map<string, JsonObject>();
  for (const rule of rules) if (typeof rule['id'] === 'string') byId.set(rule['id'], rule);
  return { byIndex: rules, byId };
}

export function ruleOf(result: JsonObject, rules: RunRules): JsonObject | undefined {
  const index = result['ruleIndex'];
  if (typeof index === 'number' && rules.byIndex[index] !== undefined) return rules.byIndex[index];
  const rule = isObject(result['rule']) ? result['rule'] : undefined;
  const id = optionalString(result['ruleId']) ?? (rule ? optionalString(rule['id']) : undefined);
  return id === undefined ? undefined : rules.byId.get(id);
}

/** A result is suppressed when it carries suppressions and none of them was rejected or is under review. */
export function isSuppressed(result: JsonObject): boolean {
  const suppressions = result['suppressions'];
  if (!Array.isArray(suppressions) || suppressions.length === 0) return false;
  return suppressions.every(
    (s) => !isObject(s) || (s['status'] !== 'rejected' && s['status'] !== 'underReview'),
  );
}

/** The first location's file (URI made a path) and region. */
export function resultLocation(result: JsonObject): {
  file?: string;
  line?: number;
  column?: number;
  endLine?: number;
} {
  const locations = result['locations'];
  if (!Array.isArray(locations) || !isObject(locations[0])) return {};
  const physical = locations[0]['physicalLocation'];
  if (!isObject(physical)) return {};
  const artifact = isObject(physical['artifactLocation']) ? physical['artifactLocation'] : {};
  const uri = optionalString(artifact['uri']);
  const region = isObject(physical['region']) ? physical['region'] : {};
  const line = lineNumber(region['startLine']);
  const column = lineNumber(region['startColumn']);
  const endLine = lineNumber(region['endLine']);
  return {
    ...(uri === undefined ? {} : { file: uriToPath(uri) }),
    ...(line === undefined ? {} : { line }),
    ...(column === undefined ? {} : { column }),
    ...(endLine === undefined ? {} : { endLine }),
  };
}

function uriToPath(uri: string): string {
  let path = uri;
  if (path.startsWith('file://')) {
    path = path.slice('file://'.length);
    if (/^\/[A-Za-z]:\//.test(path)) path = path.slice(1);
  }
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

export function messageText(result: JsonObject): string {
  const message = isObject(result['message']) ? result['message'] : {};
  return (
    optionalString(message['text']) ??
    optionalString(message['markdown']) ??
    optionalString(result['ruleId']) ??
    'result'
  );
}

/** Every run and result, checked for shape. */
export function sarifRuns(root: unknown): { run: JsonObject; results: JsonObject[] }[] {
  const log = expectObject(root, 'the SARIF log');
  if (log['version'] !== undefined && log['version'] !== '2.1.0') {
    throw new ReportError(`has SARIF version ${JSON.stringify(log['version'])}, expected "2.1.0"`);
  }
  return expectArray(log['runs'], 'runs').map((run, i) => {
    const runObject = expectObject(run, `runs[${i}]`);
    const results = optionalArray(runObject['results'], `runs[${i}].results`).map((r, j) =>
      expectObject(r, `runs[${i}].results[${j}]`),
    );
    return { run: runObject, results };
  });
}

/**
 * Counts each result at its effective level (SARIF 2.1.0 §3.27.10): the result's `level`, else
 * its rule's `defaultConfiguration.level`, else `warning`. Results whose `kind` is present and
 * not `fail` (pass, open, review, informational, notApplicable) and suppressed results are not
 * counted; level `none` is not counted either.
 */
export const sarifReader: ReportReader = {
  format: 'sarif',
  family: 'lint',
  detect: looksLikeSarif,
  read: async (source) => {
    const tally = new LintTally(source.workdir, source.findingScope);
    for (const { run, results } of sarifRuns(await readJson(source))) {
      const rules = runRules(run);
      for (const result of results) {
        if (result['kind'] !== undefined && result['kind'] !== 'fail') continue;
        if (isSuppressed(result)) continue;
        const level = effectiveLevel(result, rules);
        if (level === 'none') continue;
        const ruleId = optionalString(result['ruleId']);
        tally.add(level, {
          ...resultLocation(result),
          ...(ruleId === undefined ? {} : { title: ruleId }),
          message: messageText(result),
        });
      }
    }
    return tally.report('sarif', source.displayName);
  },
};

export function effectiveLevel(result: JsonObject, rules: RunRules): LintLevel | 'none' {
  let level = optionalString(result['level']);
  if (level === undefined) {
    const rule = ruleOf(result, rules);
    const configuration =
      rule && isObject(rule['defaultConfiguration']) ? rule['defaultConfiguration'] : undefined;
    level = configuration ? optionalString(configuration['level']) : undefined;
  }
  if (level === 'error' || level === 'warning' || level === 'note' || level === 'none')
    return level;
  return 'warning';
}
