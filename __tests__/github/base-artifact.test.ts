// base-report: auto against the stand-in: the base run found by commit, its artifact's zip read in memory.
import { afterEach, describe, expect, it } from 'vitest';
import { zipSync, strToU8 } from 'fflate';
import { findBaseReportAuto, jsonFromZip, workflowFileOf } from '../../src/github/base-artifact.js';
import { subset } from './standin/validate.js';
import { useStandin, type Standin } from './standin/index.js';
import { testOctokit } from './octokit.js';

const start = useStandin(afterEach);
const REPO = 'Codertocat/Hello-World';
const sha = (n: number) => n.toString(16).padEnd(40, '0');
/** The merge base and its first-parent ancestors, nearest first. */
const CANDIDATES = [sha(10), sha(9), sha(8), sha(7)];

function report(commit: string, score = 91.5): string {
  return JSON.stringify({
    schema: 'readiness-gate/report@2',
    commit,
    passed: true,
    ready: true,
    score,
    level: 'ready',
    checklists: [
      { path: 'readiness.yml', items: [{ id: 'cov', status: 'passed', isBlocking: false }] },
    ],
  });
}

function zipOf(files: Record<string, string>): Uint8Array {
  return zipSync(
    Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])),
  );
}

async function find(standin: Standin, token = 'ghs_write') {
  return findBaseReportAuto(testOctokit(standin, token), {
    owner: 'Codertocat',
    repo: 'Hello-World',
    workflow: 'readiness.yml',
    baseBranch: 'main',
    artifactName: 'readiness-report',
    candidates: CANDIDATES,
  });
}

/** Every query parameter the gate sent is one the OpenAPI description lists for the operation. */
function expectDocumentedQueries(standin: Standin): void {
  const calls = standin.log.filter((entry) => entry.operationId?.startsWith('actions/'));
  expect(calls.length).toBeGreaterThan(0);
  for (const call of calls) {
    const spec = subset.operations[call.operationId!]!;
    const names = spec.parameters.filter((p) => p.in === 'query').map((p) => p.name);
    for (const [key, value] of Object.entries(call.query)) {
      expect(names, `${call.operationId} ${key}`).toContain(key);
      const parameter = spec.parameters.find((p) => p.name === key)!;
      const allowed = parameter.schema['enum'] as string[] | undefined;
      if (allowed) expect(allowed).toContain(value);
    }
  }
}

describe('findBaseReportAuto', () => {
  it("reads the artifact of the nearest ancestor's successful push run, following the redirect", async () => {
    const standin = await start();
    // The merge base itself has no run (a docs-only push skipped it); its parent has two.
    standin.state.addWorkflowRun(REPO, {
      headSha: sha(9),
      artifacts: [{ name: 'readiness-report', zip: zipOf({ 'old.json': report(sha(9), 10) }) }],
    });
    standin.state.addWorkflowRun(REPO, {
      headSha: sha(9),
      artifacts: [
        { name: 'readiness-report', zip: zipOf({ 'readiness-report.json': report(sha(9)) }) },
      ],
    });
    standin.state.addWorkflowRun(REPO, { headSha: sha(10), conclusion: 'failure' });
    standin.state.addWorkflowRun(REPO, { headSha: sha(10), event: 'pull_request' });
    const found = await find(standin);
    expect(found.report?.score).toBe(91.5);
    expect(found.report?.commit).toBe(sha(9));
    expect(found.note).toMatch(
      /^base report: artifact readiness-report of run \d+ \(commit 900000000000\)$/,
    );
    const blob = standin.log.find((entry) => entry.operationId === 'storage/get-blob');
    expect(blob).toMatchObject({ status: 200, token: undefined });
    expect(standin.requests('actions/download-artifact')[0]?.status).toBe(302);
    expectDocumentedQueries(standin);
  });

  it('says so when there is no run, no artifact, an expired one, or a foreign report', async () => {
    const none = await start();
    expect((await find(none)).note).toBe(
      'no successful push run of readiness.yml on main for the merge base a00000000000 or its 3 nearest ancestors',
    );
    await none.close();

    const noArtifact = await start();
    noArtifact.state.addWorkflowRun(REPO, { headSha: sha(10) });
    expect((await find(noArtifact)).note).toMatch(
      /^run \d+ \(commit a00000000000\) has no artifact named readiness-report$/,
    );
    await noArtifact.close();

    const expired = await start();
    expired.state.addWorkflowRun(REPO, {
      headSha: sha(10),
      artifacts: [
        { name: 'readiness-report', zip: zipOf({ 'r.json': report(sha(10)) }), expired: true },
      ],
    });
    expect((await find(expired)).note).toMatch(
      /^the artifact readiness-report of run \d+ has expired$/,
    );
    await expired.close();

    const foreign = await start();
    foreign.state.addWorkflowRun(REPO, {
      headSha: sha(10),
      artifacts: [{ name: 'readiness-report', zip: zipOf({ 'r.json': report(sha(3)) }) }],
    });
    const result = await find(foreign);
    expect(result.report).toBeUndefined();
    expect(result.note).toMatch(/judged 300000000000, not a00000000000; not used$/);
  });

  it('names the actions: read permission when the token lacks it', async () => {
    const standin = await start({
      tokens: { ghs_noactions: { checks: 'write', pull_requests: 'write', issues: 'write' } },
    });
    standin.state.addWorkflowRun(REPO, { headSha: sha(10) });
    const result = await find(standin, 'ghs_noactions');
    expect(result.report).toBeUndefined();
    expect(result.note).toMatch(
      /refused \(403\); base-report: auto needs the actions: read permission/,
    );
  });
});

describe('jsonFromZip and workflowFileOf', () => {
  it('reads the single .json entry and refuses several or oversized ones', () => {
    expect(jsonFromZip(zipOf({ 'a.json': '{"x":1}', 'notes.txt': 'hi' }))).toBe('{"x":1}');
    expect(() => jsonFromZip(zipOf({ 'a.json': '{}', 'b.json': '{}' }))).toThrow(
      /holds 2 \.json files/,
    );
    expect(() => jsonFromZip(zipOf({ 'a.txt': '' }))).toThrow(/holds no \.json file/);
    expect(() => jsonFromZip(zipOf({ 'a.json': 'x'.repeat(2000) }), 1000)).toThrow(
      /above 1000 bytes unzipped/,
    );
    expect(
      workflowFileOf('Codertocat/Hello-World/.github/workflows/readiness.yml@refs/pull/2/merge'),
    ).toBe('readiness.yml');
    expect(workflowFileOf(undefined)).toBeUndefined();
  });
});
