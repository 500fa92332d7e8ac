// Every fixture in __tests__/fixtures/reports/MANIFEST.json (copied from the shared fixture set), read and compared with its expected figures.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isReportFailure, readReport } from '../../src/reports/detect.js';
import type { ReportData, ReportFamily, Ratio } from '../../src/reports/types.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixtures = path.resolve(root, '__tests__', 'fixtures', 'reports');
const manifestPath = path.join(fixtures, 'MANIFEST.json');

type Json = Record<string, unknown>;
interface Entry {
  readonly path: string;
  readonly format: string;
  readonly expected: Json;
}

const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as Entry[];
/** Fixtures of formats not read yet, kept beside the others with their expected figures. */
const newFormats = JSON.parse(
  fs.readFileSync(path.join(fixtures, 'MANIFEST.new-formats.json'), 'utf8'),
) as Entry[];

const FAMILY: Record<string, ReportFamily> = {
  'junit-xml': 'tests',
  'nunit-xml': 'tests',
  trx: 'tests',
  'xunit-xml': 'tests',
  'go-test-json': 'tests',
  lcov: 'coverage',
  cobertura: 'coverage',
  jacoco: 'coverage',
  clover: 'coverage',
  istanbul: 'coverage',
  'go-coverprofile': 'coverage',
  sarif: 'lint',
  'eslint-json': 'lint',
  checkstyle: 'lint',
  flake8: 'lint',
  mypy: 'lint',
  'bandit-json': 'security',
  'trivy-json': 'security',
  'grype-json': 'security',
  'osv-scanner-json': 'security',
  'npm-audit-json': 'security',
  'pip-audit-json': 'security',
  'gitleaks-json': 'security',
};

/** The reader format each manifest format should be detected as (without a family hint). */
function expectedFormats(entry: Entry): string[] {
  switch (entry.format) {
    case 'istanbul':
      return [
        entry.expected['kind'] === 'coverage-summary' ? 'istanbul-summary' : 'istanbul-final',
      ];
    case 'sarif':
      return ['sarif', 'trivy-sarif', 'sarif-security'];
    default:
      return [entry.format];
  }
}

const num = (value: unknown): number => value as number;
const obj = (value: unknown): Json => value as Json;

function expectRatio(actual: Ratio | null, covered: number, total: number): void {
  if (total === 0) {
    expect(actual).toBeNull();
    return;
  }
  expect(actual).not.toBeNull();
  expect({ covered: actual!.covered, total: actual!.total }).toEqual({ covered, total });
  expect(actual!.pct).toBeCloseTo((covered / total) * 100, 9);
}

function sumSeverities(counts: Record<string, number>): number {
  return Object.values(counts).reduce((sum, n) => sum + n, 0);
}

function expectNoOtherClasses(metrics: {
  misconfigurations: Record<string, number>;
  secrets: Record<string, number>;
}): void {
  expect(sumSeverities(metrics.misconfigurations)).toBe(0);
  expect(sumSeverities(metrics.secrets)).toBe(0);
}

function check(entry: Entry, data: ReportData): void {
  const e = entry.expected;
  switch (entry.format) {
    case 'junit-xml': {
      expect(data.kind).toBe('tests');
      if (data.kind !== 'tests') return;
      expect(data.metrics).toEqual({
        total: e['tests'],
        passed: e['passed'],
        failed: e['failed'],
        errors: e['errors'],
        skipped: e['skipped'],
      });
      return;
    }
    case 'nunit-xml': {
      // DESIGN: Inconclusive is skipped; a Warning passed; NUnit 2's NotRunnable failed.
      expect(data.kind).toBe('tests');
      if (data.kind !== 'tests') return;
      expect(data.metrics).toEqual({
        total: e['tests'],
        passed: num(e['passed']) + num(e['warnings']),
        failed: num(e['failed']) + num(e['invalid_notrunnable']),
        errors: e['errors'],
        skipped: num(e['skipped']) + num(e['inconclusive']),
      });
      expect(data.metrics.failed + data.metrics.errors).toBe(
        num(e['nunit_failed_figure']) + num(e['invalid_notrunnable']),
      );
      return;
    }
    case 'trx': {
      // DESIGN: NotExecuted and Inconclusive are skipped; Error, Timeout, Aborted are errors.
      expect(data.kind).toBe('tests');
      if (data.kind !== 'tests') return;
      const skipped = num(e['skipped']) + num(e['inconclusive']);
      expect(data.metrics).toEqual({
        total: e['tests'],
        passed: e['passed'],
        failed: e['failed'],
        errors: num(e['tests']) - num(e['passed']) - num(e['failed']) - skipped,
        skipped,
      });
      return;
    }
    case 'xunit-xml':
    case 'go-test-json': {
      expect(data.kind).toBe('tests');
      if (data.kind !== 'tests') return;
      expect(data.metrics).toEqual({
        total: e['tests'],
        passed: e['passed'],
        failed: e['failed'],
        errors: e['errors'] ?? 0,
        skipped: e['skipped'],
      });
      return;
    }
    case 'lcov': {
      if (data.kind !== 'coverage') throw new Error(`expected coverage, got ${data.kind}`);
      const d = obj(e['detail_lines']);
      expectRatio(data.metrics.lines, num(d['lines_hit']), num(d['lines_found']));
      expectRatio(data.metrics.functions, num(d['functions_hit']), num(d['functions_found']));
      expectRatio(data.metrics.branches, num(d['branches_hit']), num(d['branches_found']));
      return;
    }
    case 'cobertura': {
      if (data.kind !== 'coverage') throw new Error(`expected coverage, got ${data.kind}`);
      const a = obj(e['root_attributes']);
      expectRatio(data.metrics.lines, num(a['lines-covered']), num(a['lines-valid']));
      expectRatio(data.metrics.branches, num(a['branches-covered']), num(a['branches-valid']));
      // The root line-rate is a rounded copy of the same figure.
      expect(
        Math.abs(data.metrics.lines!.pct - num(e['line_pct_from_root_line_rate'])),
      ).toBeLessThan(0.01);
      expect(data.metrics.functions).toBeNull();
      return;
    }
    case 'jacoco': {
      if (data.kind !== 'coverage') throw new Error(`expected coverage, got ${data.kind}`);
      const c = obj(e['report_counters']);
      const pair = (type: string) => obj(c[type]);
      expectRatio(data.metrics.lines, num(pair('LINE')['covered']), num(pair('LINE')['total']));
      expectRatio(
        data.metrics.branches,
        num(pair('BRANCH')['covered']),
        num(pair('BRANCH')['total']),
      );
      expectRatio(
        data.metrics.functions,
        num(pair('METHOD')['covered']),
        num(pair('METHOD')['total']),
      );
      return;
    }
    case 'clover': {
      if (data.kind !== 'coverage') throw new Error(`expected coverage, got ${data.kind}`);
      const p = obj(e['project_metrics']);
      expectRatio(data.metrics.lines, num(p['coveredstatements']), num(p['statements']));
      expectRatio(data.metrics.branches, num(p['coveredconditionals']), num(p['conditionals']));
      expectRatio(data.metrics.functions, num(p['coveredmethods']), num(p['methods']));
      return;
    }
    case 'istanbul': {
      if (data.kind !== 'coverage') throw new Error(`expected coverage, got ${data.kind}`);
      for (const key of ['lines', 'branches', 'functions'] as const) {
        const figure = obj(e[key]);
        expectRatio(data.metrics[key], num(figure['covered']), num(figure['total']));
      }
      return;
    }
    case 'go-coverprofile': {
      if (data.kind !== 'coverage') throw new Error(`expected coverage, got ${data.kind}`);
      expectRatio(data.metrics.lines, num(e['covered_statements']), num(e['statements']));
      expect(data.metrics.branches).toBeNull();
      expect(data.metrics.functions).toBeNull();
      return;
    }
    case 'sarif': {
      if (data.kind !== 'lint') throw new Error(`expected lint, got ${data.kind}`);
      const levels = obj(e['by_level_effective']);
      const suppressed = num(e['suppressed']);
      const counted = {
        errors: num(levels['error'] ?? 0),
        warnings: num(levels['warning'] ?? 0),
        notes: num(levels['note'] ?? 0),
      };
      if (suppressed === 0) {
        expect(data.metrics).toEqual(counted);
      } else {
        // Suppressed results are not counted; the manifest does not say their levels, only how many.
        const total = data.metrics.errors + data.metrics.warnings + data.metrics.notes;
        expect(total).toBe(counted.errors + counted.warnings + counted.notes - suppressed);
        for (const key of ['errors', 'warnings', 'notes'] as const) {
          expect(data.metrics[key]).toBeLessThanOrEqual(counted[key]);
          expect(data.metrics[key]).toBeGreaterThanOrEqual(counted[key] - suppressed);
        }
      }
      return;
    }
    case 'eslint-json': {
      if (data.kind !== 'lint') throw new Error(`expected lint, got ${data.kind}`);
      expect(data.metrics).toEqual({ errors: e['errors'], warnings: e['warnings'], notes: 0 });
      return;
    }
    case 'checkstyle': {
      if (data.kind !== 'lint') throw new Error(`expected lint, got ${data.kind}`);
      const s = obj(e['by_severity']);
      expect(data.metrics).toEqual({
        errors: s['error'] ?? 0,
        warnings: s['warning'] ?? 0,
        notes: s['info'] ?? 0,
      });
      return;
    }
    case 'flake8': {
      if (data.kind !== 'lint') throw new Error(`expected lint, got ${data.kind}`);
      const codes = obj(e['by_code']);
      let errors = 0;
      for (const [code, count] of Object.entries(codes)) {
        if (/^(E9|F63|F7|F82)/.test(code)) errors += num(count);
      }
      expect(data.metrics).toEqual({ errors, warnings: num(e['issues']) - errors, notes: 0 });
      return;
    }
    case 'mypy': {
      if (data.kind !== 'lint') throw new Error(`expected lint, got ${data.kind}`);
      expect(data.metrics).toEqual({
        errors: e['errors'],
        warnings: e['warnings'],
        notes: e['notes'],
      });
      return;
    }
    case 'bandit-json': {
      if (data.kind !== 'bandit') throw new Error(`expected bandit, got ${data.kind}`);
      const s = obj(e['by_severity']);
      expect(data.metrics).toEqual({ high: s['HIGH'], medium: s['MEDIUM'], low: s['LOW'] });
      return;
    }
    case 'trivy-json': {
      if (data.kind !== 'trivy') throw new Error(`expected trivy, got ${data.kind}`);
      const lower = (counts: unknown) =>
        Object.fromEntries(Object.entries(obj(counts)).map(([k, v]) => [k.toLowerCase(), v]));
      expect(data.metrics.vulnerabilities).toEqual(lower(e['vulnerabilities_by_severity']));
      expect(data.metrics.misconfigurations).toEqual(lower(e['misconfig_failures_by_severity']));
      expect(data.metrics.secrets).toEqual(lower(e['secrets_by_severity']));
      return;
    }
    case 'grype-json': {
      // Each (vulnerability, package, version) once; Negligible is low.
      if (data.kind !== 'scan') throw new Error(`expected scan, got ${data.kind}`);
      const s = obj(e['distinct_by_vuln_package_version'] ?? e['by_severity']);
      expect(data.metrics.vulnerabilities).toEqual({
        critical: s['critical'],
        high: s['high'],
        medium: s['medium'],
        low: num(s['low']) + num(s['negligible'] ?? 0),
        unknown: s['unknown'],
      });
      expectNoOtherClasses(data.metrics);
      return;
    }
    case 'osv-scanner-json':
    case 'npm-audit-json': {
      if (data.kind !== 'scan') throw new Error(`expected scan, got ${data.kind}`);
      expect(data.metrics.vulnerabilities).toEqual(e['by_severity']);
      expectNoOtherClasses(data.metrics);
      return;
    }
    case 'pip-audit-json': {
      // No severity in the format: every vulnerability is unknown.
      if (data.kind !== 'scan') throw new Error(`expected scan, got ${data.kind}`);
      expect(data.hasSeverity).toBe(false);
      expect(data.metrics.vulnerabilities).toEqual({
        critical: 0,
        high: 0,
        medium: 0,
        low: 0,
        unknown: e['vulnerabilities'],
      });
      expectNoOtherClasses(data.metrics);
      return;
    }
    case 'gitleaks-json': {
      // DESIGN: gitleaks findings are secrets of severity high.
      if (data.kind !== 'scan') throw new Error(`expected scan, got ${data.kind}`);
      expect(data.metrics.secrets).toEqual({
        critical: 0,
        high: e['findings'],
        medium: 0,
        low: 0,
        unknown: 0,
      });
      expect(sumSeverities(data.metrics.vulnerabilities)).toBe(0);
      expect(sumSeverities(data.metrics.misconfigurations)).toBe(0);
      return;
    }
    default:
      throw new Error(`no expectations known for format ${entry.format}`);
  }
}

describe('fixtures in MANIFEST.json', () => {
  it('lists a fixture of every format read, each file present', () => {
    expect(new Set(manifest.map((entry) => entry.format))).toEqual(new Set(Object.keys(FAMILY)));
    for (const entry of manifest) expect(fs.existsSync(path.join(fixtures, entry.path))).toBe(true);
  });

  it('and MANIFEST.new-formats.json together list every file in the fixture folder', () => {
    // The Go module our own go test -json reports were made from is source, not a report.
    const sourceModules = ['go-test-json/readiness-gate/calc/'];
    expect(fs.existsSync(path.join(fixtures, sourceModules[0] ?? '', 'go.mod'))).toBe(true);
    const listed = [...manifest, ...newFormats].map((entry) => entry.path).sort();
    const files = fs
      .readdirSync(fixtures, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.parentPath !== fixtures)
      .map((entry) => path.relative(fixtures, path.join(entry.parentPath, entry.name)))
      .filter((file) => !sourceModules.some((module) => file.startsWith(module)))
      .sort();
    expect(files.length).toBeGreaterThan(0);
    expect(files).toEqual(listed);
  });

  for (const entry of manifest) {
    it(`reads ${entry.path} (${entry.format}) with the expected figures`, async () => {
      const file = path.join(fixtures, entry.path);
      const family = FAMILY[entry.format];
      expect(family, `family for ${entry.format}`).toBeDefined();
      const data = await readReport(file, {
        workdir: root,
        family: family!,
        formats: entry.format === 'sarif' ? ['sarif'] : undefined,
      });
      if ('parse_error' in entry.expected) {
        expect(isReportFailure(data)).toBe(true);
        // A NUL byte in the middle of a file is refused before parsing, at its line and column.
        if (isReportFailure(data))
          expect(data.error).toMatch(
            /not well-formed XML|contains a NUL byte at \d+:\d+|failed with no test result/,
          );
        return;
      }
      if (isReportFailure(data)) throw new Error(data.error);
      check(entry, data);
    });

    if (!('parse_error' in entry.expected)) {
      it(`detects ${entry.path} by content as ${expectedFormats(entry).join(' or ')}`, async () => {
        const data = await readReport(path.join(fixtures, entry.path), { workdir: root });
        if (isReportFailure(data)) throw new Error(data.error);
        expect(expectedFormats(entry)).toContain(data.format);
      });
    }
  }
});

describe('SARIF written by security scanners', () => {
  // Scanner SARIF in the manifest: grype's (security-severity scores) and gitleaks' (secrets).
  const scannerSarif = manifest.filter(
    (entry) => entry.format === 'sarif' && /grype|gitleaks/.test(entry.path),
  );

  it('are in the manifest', () => {
    expect(scannerSarif.map((entry) => entry.path).sort()).toEqual([
      'sarif/defectdojo/gitleaks_7.5.0.sarif',
      'sarif/defectdojo/grype-cxf-3.4.6.sarif',
    ]);
  });

  for (const entry of scannerSarif) {
    it(`reads ${entry.path} as a scan report counting every result`, async () => {
      const data = await readReport(path.join(fixtures, entry.path), {
        workdir: root,
        family: 'security',
      });
      if (isReportFailure(data)) throw new Error(data.error);
      expect(data.format).toBe('sarif-security');
      if (data.kind !== 'scan') throw new Error(`expected scan, got ${data.kind}`);
      const total = Object.values(data.metrics).reduce((sum, c) => sum + sumSeverities(c), 0);
      expect(total).toBe(num(entry.expected['results']) - num(entry.expected['suppressed']));
    });
  }
});
