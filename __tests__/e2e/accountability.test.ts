// Waivers, sign-off and rollout end to end: dist/index.js as the runner starts it, in real git
// repositories, against the loopback stand-in, on a clock fixed through READINESS_GATE_NOW.
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, type TestContext } from 'vitest';
import { startStandin, type Standin, type StandinOptions } from '../github/standin/index.js';
import { examplePayload, runAction, type ActionRun } from '../helpers/run-action.js';

const REPO = 'Codertocat/Hello-World';
const NOW = '2026-12-01T12:00:00Z';
const AUTHOR = 'dana';

/** A repository with a base commit and pull-request commits on top, dated before the clock. */
class Repo {
  private minute = 0;
  constructor(readonly dir: string) {}

  static async create(context: TestContext): Promise<Repo> {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'rg-acct-'));
    context.onTestFinished(() => rm(dir, { recursive: true, force: true }));
    const repo = new Repo(dir);
    repo.git('init', '-q', '-b', 'main');
    return repo;
  }

  git(...args: string[]): string {
    // Commits are a minute apart on 2026-11-20, well before every review and comment.
    const date = `2026-11-20T10:${String(this.minute).padStart(2, '0')}:00Z`;
    return execFileSync('git', args, {
      cwd: this.dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@e',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@e',
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_DATE: date,
      },
    }).trim();
  }

  /** Writes the files (null deletes) and commits them; returns the commit's SHA. */
  async commit(files: Record<string, string | null>, message = 'change'): Promise<string> {
    for (const [name, content] of Object.entries(files)) {
      const file = path.join(this.dir, name);
      if (content === null) await rm(file, { force: true });
      else {
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(file, content);
      }
    }
    this.minute += 1;
    this.git('add', '-A');
    this.git('commit', '-q', '--allow-empty', '-m', message);
    return this.git('rev-parse', 'HEAD');
  }
}

async function standin(context: TestContext, options: StandinOptions = {}): Promise<Standin> {
  const server = await startStandin({ seedExample: false, ...options });
  context.onTestFinished(() => server.close());
  return server;
}

interface GateRun extends ActionRun {
  readonly report: {
    checklists: {
      items: Record<string, unknown>[];
      waivers?: Record<string, unknown>[];
      weakenings?: string[];
    }[];
  };
}

/** Runs the action on a pull_request event for PR #2 from `base` to `head`. */
async function gate(
  server: Standin,
  repo: Repo,
  commits: { base: string; head: string },
  inputs: Record<string, string> = {},
  token?: string,
): Promise<GateRun> {
  if (!server.state.repo('Codertocat', 'Hello-World')?.pulls.has(2))
    server.state.addPull(REPO, { number: 2, author: AUTHOR, body: '' });
  const pull = server.state.repo('Codertocat', 'Hello-World')!.pulls.get(2)!;
  pull.headSha = commits.head;
  pull.baseSha = commits.base;
  const payload = examplePayload('pull_request', 'synchronize') as {
    pull_request: Record<string, unknown> & {
      base: Record<string, unknown>;
      head: Record<string, unknown>;
      user: Record<string, unknown>;
    };
  };
  payload.pull_request.number = 2;
  payload.pull_request.body = '';
  payload.pull_request.base = { ...payload.pull_request.base, sha: commits.base };
  payload.pull_request.head = { ...payload.pull_request.head, sha: commits.head };
  payload.pull_request.user = { ...payload.pull_request.user, login: AUTHOR };
  const run = await runAction({
    workspace: repo.dir,
    eventName: 'pull_request',
    payload,
    inputs: { checklist: 'readiness.yml', ...inputs },
    env: {
      GITHUB_API_URL: server.url,
      GITHUB_SHA: commits.head,
      READINESS_GATE_NOW: NOW,
      ...(token ? { GITHUB_TOKEN_FOR_TEST: token } : {}),
    },
  });
  const text = await readFile(run.outputs.report ?? '', 'utf8').catch(() => '{"checklists":[]}');
  return { ...run, report: JSON.parse(text) as GateRun['report'] };
}

const checkRunOf = (server: Standin, head: string) => {
  const runs = server.state.checkRuns(REPO, head);
  expect(runs).toHaveLength(1);
  return runs[0]!;
};

const commentOf = (server: Standin): string => {
  const ours = server.state.comments(REPO, 2).filter((c) => c.user === 'github-actions[bot]');
  expect(ours).toHaveLength(1);
  return ours[0]!.body;
};

const itemOf = (run: GateRun, id: string): Record<string, unknown> => {
  const item = run.report.checklists[0]?.items.find((candidate) => candidate.id === id);
  expect(item, `item ${id} in the report`).toBeDefined();
  return item!;
};

const RUNBOOK_ITEM = `title: Release
items:
  - id: runbook
    title: Runbook exists
    file: { path: RUNBOOK.md, exists: true }
`;

const waiverUntil = (until: string) => `waivers:
  - item: runbook
    reason: "Written next sprint, tracked in #12"
    by: alice
    until: ${until}
`;

describe.concurrent('waivers (dist/index.js against the stand-in)', () => {
  it('an expired waiver has no effect: the item blocks and says when the waiver ended', async (context) => {
    const server = await standin(context);
    const repo = await Repo.create(context);
    const base = await repo.commit({ 'readiness.yml': RUNBOOK_ITEM + waiverUntil('2026-11-30') });
    const head = await repo.commit({ 'app.txt': 'feature' });
    const run = await gate(server, repo, { base, head });
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ ready: 'false', blocking: '1' });
    expect(itemOf(run, 'runbook')).toMatchObject({
      status: 'failed',
      isBlocking: true,
      summary: 'RUNBOOK.md does not exist — waiver by @alice expired on 2026-11-30',
    });
    expect(run.report.checklists[0]!.waivers).toEqual([
      {
        item: 'runbook',
        finding: null,
        by: 'alice',
        until: '2026-11-30',
        reason: 'Written next sprint, tracked in #12',
        line: 7,
        state: 'expired',
        isNew: false,
      },
    ]);
    expect(checkRunOf(server, head).conclusion).toBe('failure');
    expect(commentOf(server)).toContain('waiver by @\u200balice expired on 2026-11-30');
  });

  it('an active waiver waives the failing item on every surface, with its owner, end and days left', async (context) => {
    const server = await standin(context);
    const repo = await Repo.create(context);
    const base = await repo.commit({ 'readiness.yml': RUNBOOK_ITEM + waiverUntil('2027-01-31') });
    const head = await repo.commit({ 'app.txt': 'feature' });
    const run = await gate(server, repo, { base, head });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ ready: 'true', blocking: '0', score: '100.0' });
    const line =
      'waived by @alice until 2027-01-31 (61 days left): Written next sprint, tracked in #12';
    expect(itemOf(run, 'runbook')).toMatchObject({ status: 'waived', isBlocking: false });
    expect(itemOf(run, 'runbook').summary).toBe(`RUNBOOK.md does not exist — ${line}`);
    expect(run.report.checklists[0]!.waivers).toMatchObject([{ state: 'active', isNew: false }]);
    // Markdown surfaces escape the parentheses and defuse the mention; the text reads the same.
    const escaped = 'waived by @\u200balice until 2027-01-31 \\(61 days left\\)';
    expect(commentOf(server)).toContain(escaped);
    expect(checkRunOf(server, head).output.summary).toContain(escaped);
    expect(run.summary).toContain(escaped);
    expect(checkRunOf(server, head).conclusion).toBe('success');
  });

  it('a stale waiver (the item passes without it) is a warning annotation at the waiver line', async (context) => {
    const server = await standin(context);
    const repo = await Repo.create(context);
    const base = await repo.commit({ 'readiness.yml': RUNBOOK_ITEM + waiverUntil('2027-01-31') });
    const head = await repo.commit({ 'RUNBOOK.md': '# Runbook\n' });
    const run = await gate(server, repo, { base, head });
    expect(run.code).toBe(0);
    expect(itemOf(run, 'runbook')).toMatchObject({ status: 'passed' });
    expect(run.report.checklists[0]!.waivers).toMatchObject([{ state: 'stale', line: 7 }]);
    const annotations = checkRunOf(server, head).annotations.filter(
      (annotation) => annotation.annotation_level === 'warning',
    );
    expect(annotations).toEqual([
      {
        path: 'readiness.yml',
        start_line: 7,
        end_line: 7,
        annotation_level: 'warning',
        title: 'Stale waiver: runbook',
        message: 'waiver by @alice is stale: the item passes without it; remove it',
      },
    ]);
  });

  it('without a check run (no token), a stale waiver is a workflow-command warning at its line', async (context) => {
    const repo = await Repo.create(context);
    const base = await repo.commit({ 'readiness.yml': RUNBOOK_ITEM + waiverUntil('2027-01-31') });
    const head = await repo.commit({ 'RUNBOOK.md': '# Runbook\n' });
    const run = await runAction({
      workspace: repo.dir,
      eventName: 'push',
      inputs: { checklist: 'readiness.yml', token: '' },
      env: { GITHUB_SHA: head, READINESS_GATE_NOW: NOW },
    });
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').filter((line) => line.startsWith('::warning'))).toEqual([
      '::warning title=Stale waiver%3A runbook,file=readiness.yml,line=7,endLine=7::waiver by @alice is stale: the item passes without it; remove it',
    ]);
    void base;
  });

  it('a waiver added under waivers: reviewed waits for an approval by someone other than the author, on a commit where it stood', async (context) => {
    const server = await standin(context);
    const repo = await Repo.create(context);
    const reviewed = `title: Release\npolicy:\n  waivers: reviewed\n${RUNBOOK_ITEM.split('\n').slice(1).join('\n')}`;
    const base = await repo.commit({ 'readiness.yml': reviewed });
    const before = await repo.commit({ 'app.txt': 'feature' });
    const head = await repo.commit({ 'readiness.yml': reviewed + waiverUntil('2027-01-31') });
    server.state.addPull(REPO, { number: 2, author: AUTHOR, body: '' });
    for (const login of [AUTHOR, 'erin', 'frank']) server.state.setPermission(REPO, login, 'write');
    server.state.setPermission(REPO, 'gus', 'read');
    // The author's own approval, a reader's, and a writer's on a commit before the waiver: none counts.
    server.state.addReview(REPO, 2, { user: AUTHOR, state: 'APPROVED', commitId: head });
    server.state.addReview(REPO, 2, { user: 'gus', state: 'APPROVED', commitId: head });
    server.state.addReview(REPO, 2, { user: 'erin', state: 'APPROVED', commitId: before });
    // A dismissed approval on the head does not count either.
    server.state.addReview(REPO, 2, { user: 'frank', state: 'DISMISSED', commitId: head });
    const waiting = await gate(server, repo, { base, head });
    expect(waiting.code).toBe(1);
    expect(waiting.report.checklists[0]!.waivers).toMatchObject([
      { state: 'awaiting-review', isNew: true },
    ]);
    expect(itemOf(waiting, 'runbook')).toMatchObject({ status: 'failed', isBlocking: true });
    expect(String(itemOf(waiting, 'runbook').summary)).toContain(
      'is new in this pull request and waits for an approval by someone other than its author',
    );
    server.state.addReview(REPO, 2, { user: 'erin', state: 'APPROVED', commitId: head });
    const approved = await gate(server, repo, { base, head });
    expect(approved.code).toBe(0);
    expect(approved.report.checklists[0]!.waivers).toMatchObject([
      { state: 'active', isNew: true },
    ]);
    expect(itemOf(approved, 'runbook')).toMatchObject({ status: 'waived' });
  });

  it('a policy weakened by the pull request is shown, and under waivers: reviewed judged as before until approved', async (context) => {
    const server = await standin(context);
    const repo = await Repo.create(context);
    const reviewed = `title: Release\npolicy:\n  waivers: reviewed\n${RUNBOOK_ITEM.split('\n').slice(1).join('\n')}`;
    const base = await repo.commit({ 'readiness.yml': reviewed });
    const head = await repo.commit({ 'readiness.yml': `${reviewed}    blocking: false\n` });
    server.state.addPull(REPO, { number: 2, author: AUTHOR, body: '' });
    server.state.setPermission(REPO, 'erin', 'write');
    const waiting = await gate(server, repo, { base, head });
    expect(waiting.code).toBe(1);
    expect(itemOf(waiting, 'runbook')).toMatchObject({ blocking: true, isBlocking: true });
    expect(waiting.report.checklists[0]!.weakenings).toEqual([
      'changed in this pull request: runbook blocking true → false (judged as before until someone other than the author approves)',
    ]);
    expect(commentOf(server)).toContain(
      'changed in this pull request: runbook blocking true → false',
    );
    server.state.addReview(REPO, 2, { user: 'erin', state: 'APPROVED', commitId: head });
    const approved = await gate(server, repo, { base, head });
    expect(approved.code).toBe(0);
    expect(itemOf(approved, 'runbook')).toMatchObject({ blocking: false, isBlocking: false });
    expect(approved.report.checklists[0]!.weakenings).toEqual([
      'changed in this pull request: runbook blocking true → false',
    ]);
  });

  it('a new waiver ending in the past or beyond max-waiver-days is a located checklist error; an unchanged old one is not', async (context) => {
    const server = await standin(context);
    const repo = await Repo.create(context);
    const base = await repo.commit({ 'readiness.yml': RUNBOOK_ITEM });
    const head = await repo.commit({ 'readiness.yml': RUNBOOK_ITEM + waiverUntil('2027-06-30') });
    const run = await gate(server, repo, { base, head });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'readiness.yml:7:5: waivers.until: waiver for "runbook" ends on 2027-06-30, 211 days ahead; max-waiver-days allows 90',
    );
    // The same waiver, already on the base, is no date error: it simply is a waiver.
    const later = await repo.commit({ 'app.txt': 'more' });
    const unchanged = await gate(server, repo, { base: head, head: later });
    expect(unchanged.code).toBe(0);
    expect(unchanged.report.checklists[0]!.waivers).toMatchObject([
      { state: 'active', isNew: false },
    ]);
  });
});

const SIGN_OFF = `title: Release
policy:
  confirm-from: review
items:
  - id: migrations
    title: Migrations reviewed
    manual: true
    blocking: true
    owners: [carol, "@acme/dba"]
    covers: ["migrations/**"]
`;

describe.concurrent('sign-off (dist/index.js against the stand-in)', () => {
  it('/confirm by the author, by a reader without write access, or by a writer not among the owners confirms nothing', async (context) => {
    const server = await standin(context);
    const repo = await Repo.create(context);
    const base = await repo.commit({ 'readiness.yml': SIGN_OFF });
    const head = await repo.commit({ 'migrations/001.sql': 'create table t (id int);' });
    server.state.addPull(REPO, { number: 2, author: AUTHOR, body: '- [x] Migrations reviewed' });
    server.state.setPermission(REPO, AUTHOR, 'admin');
    server.state.setPermission(REPO, 'carol', 'read');
    server.state.setPermission(REPO, 'hank', 'write');
    server.state.seedComments(REPO, 2, 1, { user: AUTHOR, body: '/confirm migrations' });
    server.state.addReview(REPO, 2, {
      user: 'carol',
      state: 'APPROVED',
      body: '/confirm migrations',
      commitId: head,
    });
    server.state.addReviewComment(REPO, 2, {
      user: 'hank',
      body: 'Looks right.\n/CONFIRM "Migrations reviewed"',
      commitId: head,
    });
    const run = await gate(server, repo, { base, head });
    expect(run.code).toBe(1);
    expect(itemOf(run, 'migrations')).toMatchObject({
      status: 'pending',
      isBlocking: true,
      confirmedBy: null,
      confirmedVia: null,
    });
    expect(itemOf(run, 'migrations').summary).toBe(
      'waiting for `/confirm migrations` in a review or comment from @carol or @acme/dba (team membership cannot be read: set the owners-token input to a token that may read team membership (GITHUB_TOKEN cannot))',
    );
    // The permission was asked of each person who posted a command, never of the author.
    const asked = server
      .requests('repos/get-collaborator-permission-level')
      .map((request) => request.path.split('/')[5]);
    expect(asked.sort()).toEqual(['carol', 'hank']);
  });

  it('/confirm by an owner confirms on the commit it was given on, and goes stale after a commit that changes a covered file', async (context) => {
    const server = await standin(context);
    const repo = await Repo.create(context);
    const base = await repo.commit({ 'readiness.yml': SIGN_OFF });
    const first = await repo.commit({ 'migrations/001.sql': 'create table t (id int);' });
    server.state.addPull(REPO, { number: 2, author: AUTHOR, body: '' });
    server.state.setPermission(REPO, 'carol', 'maintain');
    server.state.addReview(REPO, 2, {
      user: 'carol',
      state: 'COMMENTED',
      body: 'Checked the lock times.\n\n/confirm migrations',
      commitId: first,
      submittedAt: '2026-11-25T09:00:00Z',
    });
    const confirmed = await gate(server, repo, { base, head: first });
    expect(confirmed.code).toBe(0);
    expect(itemOf(confirmed, 'migrations')).toMatchObject({
      status: 'passed',
      summary: `confirmed by @carol on ${first.slice(0, 7)}`,
      confirmedBy: 'carol',
      confirmedAt: '2026-11-25T09:00:00.000Z',
      confirmedOn: first,
      confirmedVia: 'review',
    });
    expect(commentOf(server)).toContain(`confirmed by @\u200bcarol on ${first.slice(0, 7)}`);
    // A later commit outside migrations/ alone would keep it; this one also changes a covered file.
    await repo.commit({ 'README.md': 'docs' });
    const changed = await repo.commit({ 'migrations/002.sql': 'alter table t add x int;' });
    const stale = await gate(server, repo, { base, head: changed });
    expect(stale.code).toBe(1);
    expect(itemOf(stale, 'migrations')).toMatchObject({ status: 'pending', isBlocking: true });
    expect(itemOf(stale, 'migrations').summary).toBe(
      `stale: confirmed by @carol on ${first.slice(0, 7)}, but migrations/002.sql changed since (covers migrations/**); confirm again`,
    );
    // /unconfirm later takes it back too, and a fresh /confirm in a comment confirms on the head then.
    server.state.seedComments(REPO, 2, 1, {
      user: 'carol',
      body: '> /confirm migrations\n\n/confirm migrations',
      createdAt: '2026-11-26T09:00:00Z',
    });
    const again = await gate(server, repo, { base, head: changed });
    expect(again.code).toBe(0);
    expect(itemOf(again, 'migrations')).toMatchObject({
      confirmedVia: 'comment',
      confirmedOn: changed,
    });
  });

  it('a team owner confirms through owners-token; GITHUB_TOKEN as owners-token is refused team membership and the item says why', async (context) => {
    const server = await standin(context, {
      tokens: {
        ghs_repo: 'write',
        ghp_org: { members: 'read' },
      },
    });
    const repo = await Repo.create(context);
    const base = await repo.commit({ 'readiness.yml': SIGN_OFF });
    const head = await repo.commit({ 'migrations/001.sql': 'create table t (id int);' });
    server.state.addPull(REPO, { number: 2, author: AUTHOR, body: '' });
    server.state.setPermission(REPO, 'ivy', 'write');
    server.state.addTeam('acme/dba', ['ivy']);
    server.state.seedComments(REPO, 2, 1, {
      user: 'ivy',
      body: '/confirm migrations',
      createdAt: '2026-11-25T09:00:00Z',
    });
    const refused = await gate(
      server,
      repo,
      { base, head },
      { 'owners-token': 'ghs_repo' },
      'ghs_repo',
    );
    expect(refused.code).toBe(1);
    expect(itemOf(refused, 'migrations').summary).toContain(
      'GitHub refused to show the members of @acme/dba to the owners-token (HTTP 403)',
    );
    const member = await gate(
      server,
      repo,
      { base, head },
      { 'owners-token': 'ghp_org' },
      'ghs_repo',
    );
    expect(member.code).toBe(0);
    expect(itemOf(member, 'migrations')).toMatchObject({ confirmedBy: 'ivy', confirmedOn: head });
  });
});

/**
 * A repository whose checklist asks for `qa` to be confirmed in a review, and pull request
 * `number` on it where carol, a writer, approved with `/confirm qa` on the head commit.
 */
async function pullConfirmedInReview(context: TestContext, number: number) {
  const server = await standin(context);
  const repo = await Repo.create(context);
  const checklist = `title: Release\npolicy:\n  confirm-from: review\nitems:\n  - { id: qa, title: QA signed off, manual: true, blocking: true }\n`;
  const base = await repo.commit({ 'readiness.yml': checklist });
  const head = await repo.commit({ 'app.txt': 'feature' });
  server.state.addPull(REPO, { number, author: AUTHOR, body: '', headSha: head, baseSha: base });
  server.state.setPermission(REPO, 'carol', 'write');
  server.state.addReview(REPO, number, {
    user: 'carol',
    state: 'APPROVED',
    body: '/confirm qa',
    commitId: head,
  });
  return { server, repo, base, head };
}

describe('the merge queue (dist/index.js against the stand-in)', () => {
  it('on merge_group reads the pull request named in the queue branch for its reviews', async (context) => {
    const { server, repo, base, head } = await pullConfirmedInReview(context, 7);
    const payload = examplePayload('merge_group') as { merge_group: Record<string, unknown> };
    payload.merge_group = {
      ...payload.merge_group,
      head_sha: head,
      base_sha: base,
      head_ref: `refs/heads/gh-readonly-queue/main/pr-7-${head}`,
    };
    const run = await runAction({
      workspace: repo.dir,
      eventName: 'merge_group',
      payload,
      inputs: { checklist: 'readiness.yml' },
      env: { GITHUB_API_URL: server.url, GITHUB_SHA: head, READINESS_GATE_NOW: NOW },
    });
    expect(run.code).toBe(0);
    const report = JSON.parse(await readFile(run.outputs.report!, 'utf8')) as GateRun['report'];
    expect(report.checklists[0]!.items[0]).toMatchObject({
      status: 'passed',
      confirmedBy: 'carol',
      confirmedOn: head,
      confirmedVia: 'review',
    });
    expect(server.requests('pulls/get').map((request) => request.path)).toEqual([
      '/repos/Codertocat/Hello-World/pulls/7',
    ]);
  });
});

describe('re-runs on reviews (dist/index.js against the stand-in)', () => {
  it('on pull_request_review the gate decides and comments on the reviewed pull request', async (context) => {
    const { server, repo, base, head } = await pullConfirmedInReview(context, 2);
    const payload = examplePayload('pull_request_review', 'submitted') as {
      pull_request: Record<string, unknown> & { base: object; head: object; user: object };
    };
    payload.pull_request.number = 2;
    payload.pull_request.base = { ...payload.pull_request.base, sha: base };
    payload.pull_request.head = { ...payload.pull_request.head, sha: head };
    payload.pull_request.user = { ...payload.pull_request.user, login: AUTHOR };
    const run = await runAction({
      workspace: repo.dir,
      eventName: 'pull_request_review',
      payload,
      inputs: { checklist: 'readiness.yml' },
      env: { GITHUB_API_URL: server.url, GITHUB_SHA: head, READINESS_GATE_NOW: NOW },
    });
    expect(run.code).toBe(0);
    expect(commentOf(server)).toContain(`confirmed by @\u200bcarol on ${head.slice(0, 7)}`);
    expect(checkRunOf(server, head).conclusion).toBe('success');
  });
});

describe.concurrent('rollout (dist/index.js against the stand-in)', () => {
  it('enforce-from in the future does not block, and says from when it will', async (context) => {
    const server = await standin(context);
    const repo = await Repo.create(context);
    const base = await repo.commit({
      'readiness.yml': `${RUNBOOK_ITEM}    enforce-from: 2027-01-15\n`,
    });
    const head = await repo.commit({ 'app.txt': 'feature' });
    const run = await gate(server, repo, { base, head });
    expect(run.code).toBe(0);
    expect(itemOf(run, 'runbook')).toMatchObject({
      status: 'failed',
      isBlocking: false,
      enforceFrom: '2027-01-15',
      summary: 'RUNBOOK.md does not exist — will block from 2027-01-15 (45 days)',
    });
    expect(checkRunOf(server, head).output.summary).toContain(
      'will block from 2027-01-15 \\(45 days\\)',
    );
  });

  it('a Markdown checklist waives with a directive on the item line and rolls out with enforce-from', async (context) => {
    const server = await standin(context);
    const repo = await Repo.create(context);
    const markdown = `# Release
- [ ] Runbook exists <!-- gate: file path=RUNBOOK.md exists=true --> <!-- gate: waive until=2027-01-31 by=alice reason="Written next sprint" -->
- [ ] Changelog exists <!-- gate: file path=CHANGELOG.md exists=true --> <!-- gate: enforce-from=2027-01-15 -->
`;
    const base = await repo.commit({ 'CHECKLIST.md': markdown });
    const head = await repo.commit({ 'app.txt': 'feature' });
    const run = await gate(server, repo, { base, head }, { checklist: 'CHECKLIST.md' });
    expect(run.code).toBe(0);
    expect(itemOf(run, 'runbook-exists')).toMatchObject({
      status: 'waived',
      summary:
        'RUNBOOK.md does not exist — waived by @alice until 2027-01-31 (61 days left): Written next sprint',
    });
    expect(itemOf(run, 'changelog-exists')).toMatchObject({
      isBlocking: false,
      enforceFrom: '2027-01-15',
    });
    expect(run.report.checklists[0]!.waivers).toMatchObject([
      { item: 'runbook-exists', line: 2, state: 'active', isNew: false },
    ]);
  });
});
