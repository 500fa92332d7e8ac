// The `scan` kind on real scanner reports: limits per severity, each flaw once, ignore by id or alias, ignore-unfixed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkKinds } from '../../src/checks/registry.js';
import { scanCheck, type ScanOptions } from '../../src/checks/scan.js';
import type { CheckContext } from '../../src/checks/types.js';
import { cvss3BaseScore } from '../../src/reports/cvss.js';
import type { Result } from '../../src/model.js';
import { checkContext } from '../helpers/check-context.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixtures = path.resolve(root, '__tests__', 'fixtures', 'reports');
let workdir: string;

beforeAll(() => {
  workdir = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-scan-'));
  const copy = (from: string, to: string) => {
    fs.mkdirSync(path.dirname(path.join(workdir, to)), { recursive: true });
    fs.copyFileSync(path.join(fixtures, from), path.join(workdir, to));
  };
  copy('grype-json/defectdojo/check_all_fields.json', 'grype.json');
  copy('grype-json/defectdojo/no_vuln.json', 'reports/grype-clean.json');
  copy('pip-audit-json/pip-audit/test_json.json', 'pip-audit.json');
  copy('npm-audit-json/npm-cli/all-severity-levels.json', 'npm-audit.json');
  copy('gitleaks-json/gitleaks/json_simple.json', 'gitleaks.json');
  copy('osv-scanner-json/osv-scanner/test-vuln-results-a.json', 'osv-scanner.json');
  copy('sarif/defectdojo/grype-cxf-3.4.6.sarif', 'grype.sarif');
  copy('trivy-json/defectdojo/scheme_2_many_vulns.json', 'trivy.json');
  copy('junit-xml/dorny-test-reporter/jest-junit.xml', 'junit.xml');
  fs.writeFileSync(path.join(workdir, 'auth.py'), 'token = "x"\n');
});
afterAll(() => {
  fs.rmSync(workdir, { recursive: true, force: true });
});

const context = (): CheckContext => checkContext(workdir, { env: {} });

const scan = (options: ScanOptions): Promise<Result> => scanCheck.run(options, context());
const vulnerabilities = (result: Result) =>
  (result.metrics as Record<string, Record<string, number>>)['vulnerabilities']!;

describe('scan options', () => {
  const ajv = new Ajv({ strict: false });
  const validate = ajv.compile(scanCheck.optionsSchema);

  it('is a registered kind, with the options DESIGN.md names', () => {
    expect(checkKinds.get('scan')).toBe(scanCheck);
    expect(
      validate({
        report: ['grype.json', 'reports/*.json'],
        max: { critical: 0, high: 2, secrets: { high: 0 } },
        'ignore-unfixed': true,
        ignore: ['CVE-2021-44420'],
      }),
    ).toBe(true);
    expect(validate({ report: 'g.json', max: { severe: 0 } })).toBe(false);
    expect(validate({ report: 'g.json', ignore: 'CVE-1' })).toBe(false);
    expect(validate({ max: { high: 0 } })).toBe(false);
  });
});

describe('scan', () => {
  it('fails grype findings over the default { critical: 0, high: 0 }, each flaw once per package version', async () => {
    const result = await scan({ report: 'grype.json' });
    expect(result.status).toBe('failed');
    // Six matches; Django's GHSA is listed twice for the same version and counts once.
    expect(vulnerabilities(result)).toEqual({
      critical: 2,
      high: 2,
      medium: 0,
      low: 1,
      unknown: 0,
    });
    expect(result.summary).toBe(
      '2 CRITICAL vulnerabilities > 0 allowed, 2 HIGH vulnerabilities > 0 allowed',
    );
    expect(result.findings!.length).toBe(4);
  });

  it('ignores a flaw named by an alias (the CVE behind a GHSA)', async () => {
    const result = await scan({ report: 'grype.json', ignore: ['CVE-2021-44420'] });
    expect(vulnerabilities(result)['high']).toBe(1);
    expect(result.summary).toContain('(1 ignored)');
  });

  it('leaves out vulnerabilities without a fix with ignore-unfixed', async () => {
    const result = await scan({ report: 'grype.json', 'ignore-unfixed': true, max: { high: 2 } });
    expect(vulnerabilities(result)).toEqual({
      critical: 0,
      high: 2,
      medium: 0,
      low: 0,
      unknown: 0,
    });
    expect(result.status).toBe('passed');
    expect(result.summary).toBe('2 vulnerabilities (2 high) (3 ignored)');
  });

  it('passes a clean report, saying what it counted', async () => {
    const result = await scan({ report: 'reports/grype-clean.json' });
    expect(result).toMatchObject({ status: 'passed', summary: '0 vulnerabilities' });
  });

  it('counts the same flaw once across two reports', async () => {
    const once = await scan({ report: 'grype.json', max: {} });
    const twice = await scan({ report: ['grype.json', 'grype.json', 'g*.json'], max: {} });
    expect(vulnerabilities(twice)).toEqual(vulnerabilities(once));
  });

  it('fails pip-audit findings, which have no severity, under the default unknown: 0', async () => {
    const result = await scan({ report: 'pip-audit.json' });
    expect(result.status).toBe('failed');
    expect(result.summary).toBe('3 UNKNOWN vulnerabilities > 0 allowed');
    const allowed = await scan({ report: 'pip-audit.json', max: { unknown: 3 } });
    expect(allowed.status).toBe('passed');
    const aliased = await scan({ report: 'pip-audit.json', ignore: ['CVE-0000-00000', 'VULN-1'] });
    expect(vulnerabilities(aliased)['unknown']).toBe(1);
  });

  it('ignores an npm package only when every advisory behind it is ignored', async () => {
    const all = await scan({ report: 'npm-audit.json', max: {} });
    expect(vulnerabilities(all)).toEqual({ critical: 2, high: 5, medium: 1, low: 8, unknown: 0 });
    // minimist's advisory: minimist, and mkdirp and optimist (vulnerable only through it), go;
    // handlebars (its own advisories too) and nyc (also through yargs) stay.
    const result = await scan({ report: 'npm-audit.json', max: {}, ignore: ['1179'] });
    expect(vulnerabilities(result)).toEqual({
      critical: 2,
      high: 5,
      medium: 1,
      low: 5,
      unknown: 0,
    });
    expect(result.summary).toContain('(3 ignored)');
  });

  it('counts a gitleaks leak as a high secret at its place, never printing the secret', async () => {
    const result = await scan({ report: 'gitleaks.json' });
    expect(result.status).toBe('failed');
    expect(result.summary).toBe('1 HIGH secret > 0 allowed');
    expect(result.findings).toEqual([
      {
        file: 'auth.py',
        line: 1,
        level: 'error',
        title: 'Secret HIGH',
        message: 'test-rule in auth.py:1',
      },
    ]);
    expect(JSON.stringify(result)).not.toContain('a secret');
  });

  it('rates osv-scanner groups by the CVSS score of their vectors', async () => {
    const result = await scan({ report: 'osv-scanner.json' });
    // regex's GHSA/RUSTSEC group (one flaw) scores 7.5: high; gogo/protobuf's has no score.
    expect(vulnerabilities(result)).toEqual({
      critical: 0,
      high: 1,
      medium: 0,
      low: 0,
      unknown: 1,
    });
    expect(result.status).toBe('failed');
    const ignored = await scan({ report: 'osv-scanner.json', ignore: ['CVE-2022-24713'] });
    expect(ignored.status).toBe('passed');
  });

  it('reads SARIF with security-severity scores in GitHub bands', async () => {
    const result = await scan({ report: 'grype.sarif', max: {} });
    expect(vulnerabilities(result)).toEqual({
      critical: 1,
      high: 11,
      medium: 4,
      low: 6,
      unknown: 0,
    });
  });

  it('reads trivy JSON too', async () => {
    const result = await scan({ report: 'trivy.json', max: {} });
    expect(result.status).toBe('passed');
    const total = Object.values(vulnerabilities(result)).reduce((sum, n) => sum + n, 0);
    expect(total).toBeGreaterThan(0);
  });

  it('is errored on a report that is no scanner report, naming what it found', async () => {
    const result = await scan({ report: 'junit.xml' });
    expect(result.status).toBe('errored');
    expect(result.summary).toMatch(
      /junit\.xml: is a junit-xml report \(tests\), expected grype-json/,
    );
  });
});

describe('CVSS v3 base scores', () => {
  it('match the scores FIRST publishes for common vectors', () => {
    const cases: [string, number][] = [
      ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 9.8],
      ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H', 10],
      ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H', 7.5],
      ['CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N', 6.1],
      ['CVSS:3.0/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:N/A:N', 5.5],
      ['CVSS:3.1/AV:P/AC:H/PR:H/UI:R/S:U/C:L/I:N/A:N', 1.6],
      ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N', 0],
    ];
    for (const [vector, score] of cases) expect(cvss3BaseScore(vector), vector).toBe(score);
  });

  it('gives no score for other versions or malformed vectors', () => {
    expect(
      cvss3BaseScore('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N'),
    ).toBeUndefined();
    expect(cvss3BaseScore('AV:N/AC:L/Au:N/C:P/I:P/A:P')).toBeUndefined();
    expect(cvss3BaseScore('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H')).toBeUndefined();
    expect(cvss3BaseScore('CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H')).toBeUndefined();
  });
});
