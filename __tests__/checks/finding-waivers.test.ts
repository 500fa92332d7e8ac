import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { banditCheck } from '../../src/checks/bandit.js';
import { lintCheck } from '../../src/checks/lint.js';
import { scanCheck } from '../../src/checks/scan.js';
import { trivyCheck } from '../../src/checks/trivy.js';
import type { CheckContext } from '../../src/checks/types.js';
import { resolveFiles } from '../../src/workspace/files.js';
import { runCommand } from '../../src/process/run-command.js';

const FIXTURES = path.resolve(import.meta.dirname, '..', 'fixtures', 'reports');
let workdir: string;

beforeAll(() => {
  workdir = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-finding-waivers-'));
  for (const [from, to] of [
    ['trivy-json/trivy/alpine-310.json', 'trivy.json'],
    ['bandit-json/defectdojo/one_vuln.json', 'bandit.json'],
    ['eslint-json/defectdojo/scan.json', 'eslint.json'],
    ['grype-json/defectdojo/check_all_fields.json', 'grype.json'],
  ] as const)
    fs.copyFileSync(path.join(FIXTURES, from), path.join(workdir, to));
});
afterAll(() => fs.rmSync(workdir, { recursive: true, force: true }));

function context(waived: readonly string[]): CheckContext {
  return {
    workdir,
    env: {},
    runCommand,
    resolveFiles: (pattern) => resolveFiles(workdir, pattern),
    mask: (text) => text,
    isInferred: false,
    signal: new AbortController().signal,
    defaultTimeoutSec: 60,
    mayRunCommands: true,
    mayFetchHttp: false,
    ...(waived.length ? { waivedFindings: new Set(waived) } : {}),
  };
}

describe('a finding waiver removes that finding from its item counts', () => {
  it('trivy: by vulnerability id, each occurrence, and says which ids it removed', async () => {
    const options = { report: 'trivy.json', max: { medium: 0 } };
    const plain = await trivyCheck.run(options, context([]));
    expect(plain).toMatchObject({
      status: 'failed',
      summary: '4 MEDIUM vulnerabilities > 0 allowed',
    });
    const one = await trivyCheck.run(options, context(['CVE-2019-1549', 'CVE-0000-0000']));
    expect(one.status).toBe('failed');
    expect(one.waivedFindings).toEqual(['CVE-2019-1549']);
    const both = await trivyCheck.run(options, context(['CVE-2019-1549', 'CVE-2019-1551']));
    expect(both.status).toBe('passed');
    expect(both.summary).toContain('(waived: CVE-2019-1549, CVE-2019-1551)');
    expect((both.metrics as { vulnerabilities: { medium: number } }).vulnerabilities.medium).toBe(
      0,
    );
  });

  it('scan: by vulnerability id, every package it affects', async () => {
    const options = { report: 'grype.json', max: { critical: 0 } };
    expect(await scanCheck.run(options, context([]))).toMatchObject({ status: 'failed' });
    const waived = await scanCheck.run(options, context(['CVE-2021-33574']));
    expect(waived).toMatchObject({ status: 'passed', waivedFindings: ['CVE-2021-33574'] });
    expect(
      (waived.metrics as { vulnerabilities: { critical: number } }).vulnerabilities.critical,
    ).toBe(0);
  });

  it('bandit: by test id, out of the severity counts and the annotations', async () => {
    const options = { report: 'bandit.json', max: { low: 0 } };
    expect((await bandit(options, [])).status).toBe('failed');
    const waived = await bandit(options, ['B101']);
    expect(waived).toMatchObject({ status: 'passed', waivedFindings: ['B101'], findings: [] });
    expect(waived.metrics).toEqual({ high: 0, medium: 0, low: 0 });
  });

  it('lint: by rule id, from errors and warnings alike', async () => {
    const options = { report: 'eslint.json', 'max-warnings': 0 };
    const plain = await lintCheck.run(options, context([]));
    expect(plain).toMatchObject({ status: 'failed', metrics: { errors: 1, warnings: 1 } });
    const waived = await lintCheck.run(options, context(['security/detect-object-injection']));
    expect(waived).toMatchObject({
      status: 'passed',
      metrics: { errors: 0, warnings: 0 },
      waivedFindings: ['security/detect-object-injection'],
    });
  });
});

function bandit(options: Parameters<typeof banditCheck.run>[0], waived: readonly string[]) {
  return banditCheck.run(options, context(waived));
}
