// The comment, the terminal text and the annotations for waivers, sign-off, rollout and weakenings,
// from a real run of the engine on a git repository with plain review data handed in.
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runGate } from '../../src/gate/run-gate.js';
import { buildAnnotations } from '../../src/render/annotations.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderText } from '../../src/render/text.js';
import { makeWorkspace } from '../helpers/workspace.js';

const BASE = `title: Release
policy:
  waivers: reviewed
items:
  - id: runbook
    title: Runbook exists
    file: { path: RUNBOOK.md, exists: true }
  - id: changelog
    title: Changelog exists
    file: { path: CHANGELOG.md, exists: true }
  - id: license
    title: License exists
    file: { path: LICENSE, exists: true }
  - id: qa
    title: QA signed off
    manual: true
    blocking: true
  - id: dba
    title: Migrations reviewed
    manual: true
    blocking: true
    owners: [carol]
waivers:
  - { item: runbook, reason: "Written next sprint, #12", by: alice, until: 2027-01-31 }
  - { item: license, reason: Legal is on it, by: bob, until: 2026-11-30 }
  - { item: changelog, reason: Old habit, by: erin, until: 2026-12-05 }
`;

const HEAD = `${BASE.replace(
  `    title: License exists
    file: { path: LICENSE, exists: true }`,
  `    title: License exists
    file: { path: LICENSE, exists: true }
    enforce-from: 2027-01-15`,
)}  - { item: qa, reason: QA is away, by: dana, until: 2026-12-20 }
`;

async function verdict() {
  const dir = await makeWorkspace({ 'readiness.yml': BASE, 'CHANGELOG.md': 'x' }, { git: true });
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@e',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@e',
      },
    }).trim();
  const base = git('rev-parse', 'HEAD');
  await writeFile(path.join(dir, 'readiness.yml'), HEAD);
  git('commit', '-qam', 'waive qa, roll out the license');
  const head = git('rev-parse', 'HEAD');
  const outcome = await runGate({
    workdir: dir,
    checklists: ['readiness.yml'],
    infer: false,
    env: {},
    clock: { nowMs: Date.parse('2026-12-01T12:00:00Z') },
    baseCommit: base,
    headCommit: head,
    activity: {
      author: 'dana',
      headSha: head,
      reviews: [
        {
          id: 1,
          user: 'carol',
          state: 'COMMENTED',
          body: '/confirm dba',
          commitId: head,
          submittedAt: '2026-12-01T09:00:00Z',
        },
      ],
      reviewComments: [],
      comments: [],
      writers: ['carol'],
    },
  });
  expect(outcome.problems).toEqual([]);
  return { verdict: outcome.verdict!, head };
}

describe('waivers, sign-off and rollout on every surface', () => {
  it('shows each waiver with its owner, end, days left, reason and state; who confirmed; what rolls out', async (context) => {
    const { verdict: judged, head } = await verdict();
    const markdown = renderMarkdown({ ...judged, durationMs: 0 }).replaceAll(
      head.slice(0, 7),
      'HEADSHA',
    );
    await context.expect(markdown).toMatchFileSnapshot('../__outputs__/accountability-summary.md');
    const text = renderText({ ...judged, durationMs: 0 }, { color: false }).replaceAll(
      head.slice(0, 7),
      'HEADSHA',
    );
    expect(text).toContain(
      'runbook: waived by @alice until 2027-01-31 (61 days left): Written next sprint, #12 [active]',
    );
    expect(text).toContain('license: waiver by @bob expired on 2026-11-30 [expired]');
    expect(text).toContain(
      'changelog: waiver by @erin is stale: the item passes without it; remove it [stale]',
    );
    expect(text).toContain(
      'qa: waiver by @dana until 2026-12-20 is new in this pull request and waits for an approval by someone other than its author [awaiting review] · new in this pull request',
    );
    expect(text).toContain('confirmed by @carol on HEADSHA');
    // enforce-from added by the pull request is a weakening: under waivers: reviewed it waits.
    expect(text).toContain('LICENSE does not exist — waiver by @bob expired on 2026-11-30\n');
    expect(text).toContain(
      'changed in this pull request: license enforce-from (none) → 2027-01-15 (judged as before until someone other than the author approves)',
    );
    const warnings = buildAnnotations(judged).filter(
      (annotation) => annotation.level === 'warning',
    );
    expect(warnings.map((annotation) => `${annotation.startLine} ${annotation.title}`)).toEqual([
      '26 Expired waiver: license',
      '27 Stale waiver: changelog',
    ]);
  });
});
