// The Action's entry: inputs → engine → GitHub → outputs, summary and exit code.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { formatProblem } from './checklist/load.js';
import { formatScore } from './gate/judge.js';
import { buildMasker, runGate, type GateOptions } from './gate/gate.js';
import { killAllCommands } from './gate/run-command.js';
import { buildAnnotations, type Annotation } from './render/annotations.js';
import { renderJson, verdictFromReport, type ReportSource } from './render/json.js';
import { renderMarkdown, renderProblemsMarkdown } from './render/markdown.js';
import { fitMarkdown } from './render/fit-markdown.js';
import { maskVerdict } from './render/mask-verdict.js';
import type { Checklist, ConfirmFrom, Verdict } from './model.js';
import { ClockError, clockFromEnvironment, type Clock } from './clock/clock.js';
import { derivePublishContext, lineUrl, type PublishContext } from './github/context.js';
import type { GitHubOctokit } from './github/client.js';
import { tickedBoxes } from './github/pr-body.js';

/** Every input, read once, typed; nothing below this module knows inputs exist. */
export interface ActionSettings {
  readonly checklists: readonly string[];
  readonly token: string;
  readonly workdir: string;
  readonly checkName: string;
  readonly comment: 'true' | 'false' | 'on-failure';
  readonly failOn: 'not-ready' | 'never';
  readonly minScore?: number;
  readonly infer: boolean;
  readonly concurrency?: number;
  readonly reportFile: string;
  readonly maxAnnotations: number;
  /** Empty by default: the checklist's policy decides; when given it overrides it. */
  readonly confirmFrom?: ConfirmFrom;
  /** A token that may read team membership, for `@org/team` owners. */
  readonly ownersToken?: string;
  readonly allowCommandsOnPullRequestTarget: boolean;
  /** `http` checks run on pull_request_target (input allow-on-pull-request-target: http). */
  readonly allowHttpOnPullRequestTarget: boolean;
  readonly coverageReport?: string;
  readonly budgetMs: number;
  /** `check` decides and publishes; `publish` posts the verdict of a JSON report made by another run. */
  readonly mode: 'check' | 'publish';
  /** The JSON report to publish (mode `publish`), resolved against the workspace. */
  readonly report?: string;
}

class InputError extends Error {
  override readonly name = 'InputError';
}

function choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = core.getInput(name) || fallback;
  if (!allowed.includes(value as T))
    throw new InputError(`input "${name}" must be one of ${allowed.join(', ')}, found "${value}"`);
  return value as T;
}

function optionalNumber(name: string, min: number, max: number): number | undefined {
  const raw = core.getInput(name);
  if (raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max)
    throw new InputError(`input "${name}" must be a number from ${min} to ${max}, found "${raw}"`);
  return value;
}

function booleanInput(name: string, fallback: boolean): boolean {
  return core.getInput(name) === '' ? fallback : core.getBooleanInput(name);
}

/** Lists are given one per line or comma-separated. */
function listInput(name: string): string[] {
  return core
    .getInput(name)
    .split(/[\n,]/)
    .map((entry) => entry.trim())
    .filter(Boolean);
}

/**
 * `allow-on-pull-request-target: commands,http` says what may run next to a fork's code and a
 * write token; the older `allow-commands-on-pull-request-target: true` still allows commands.
 */
function allowedOnPullRequestTarget(): {
  allowCommandsOnPullRequestTarget: boolean;
  allowHttpOnPullRequestTarget: boolean;
} {
  const allowed = listInput('allow-on-pull-request-target').map((entry) => entry.toLowerCase());
  const unknown = allowed.filter((entry) => entry !== 'commands' && entry !== 'http');
  if (unknown.length > 0) {
    throw new InputError(
      `input "allow-on-pull-request-target" lists commands and/or http, found "${unknown.join(', ')}"`,
    );
  }
  return {
    allowCommandsOnPullRequestTarget:
      allowed.includes('commands') || booleanInput('allow-commands-on-pull-request-target', false),
    allowHttpOnPullRequestTarget: allowed.includes('http'),
  };
}

export function readSettings(env: NodeJS.ProcessEnv = process.env): ActionSettings {
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const workdir = path.resolve(workspace, core.getInput('working-directory') || '.');
  const temp = env.RUNNER_TEMP ?? os.tmpdir();
  const minScore = optionalNumber('min-score', 0, 100);
  const concurrency = optionalNumber('concurrency', 1, 256);
  const coverageReport = core.getInput('coverage-report');
  return {
    checklists: listInput('checklist'),
    token: core.getInput('token'),
    workdir,
    checkName: core.getInput('check-name') || 'Deployment readiness',
    comment: choice('comment', ['true', 'false', 'on-failure'] as const, 'true'),
    failOn: choice('fail-on', ['not-ready', 'never'] as const, 'not-ready'),
    ...(minScore !== undefined ? { minScore } : {}),
    infer: booleanInput('infer', true),
    ...(concurrency !== undefined ? { concurrency: Math.floor(concurrency) } : {}),
    reportFile: path.resolve(
      workspace,
      core.getInput('report-file') || path.join(temp, 'readiness-report.json'),
    ),
    maxAnnotations: optionalNumber('max-annotations', 0, 10_000) ?? 50,
    ...(core.getInput('confirm-from')
      ? { confirmFrom: choice('confirm-from', ['any', 'pr-body', 'review'] as const, 'any') }
      : {}),
    ...(core.getInput('owners-token') ? { ownersToken: core.getInput('owners-token') } : {}),
    ...allowedOnPullRequestTarget(),
    ...(coverageReport ? { coverageReport } : {}),
    budgetMs: (optionalNumber('timeout-minutes', 0.01, 24 * 60) ?? 30) * 60_000,
    mode: choice('mode', ['check', 'publish'] as const, 'check'),
    ...(core.getInput('report')
      ? { report: path.resolve(workspace, core.getInput('report')) }
      : {}),
  };
}

/** The event, read from the file the runner wrote; {} when there is none. */
async function readEvent(
  env: NodeJS.ProcessEnv,
): Promise<{ name: string; payload: Record<string, unknown> }> {
  const name = env.GITHUB_EVENT_NAME ?? '';
  if (!env.GITHUB_EVENT_PATH) return { name, payload: {} };
  try {
    return {
      name,
      payload: JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8')) as Record<string, unknown>,
    };
  } catch {
    return { name, payload: {} };
  }
}

/** GitHub's cap on one step's summary is 1 MiB (1,048,576 bytes); stay under it, cut cleanly with a note. */
const MAX_SUMMARY_BYTES = 1024 * 1024 - 1024;

function fitSummary(markdown: string): string {
  return fitMarkdown(markdown, {
    maxChars: Number.POSITIVE_INFINITY,
    maxBytes: MAX_SUMMARY_BYTES,
    note: (omitted) =>
      `> [!NOTE]\n> Cut at GitHub's 1 MiB limit for a job summary: ${omitted.lines} lines were left out. The full report is in the JSON report file (the \`report\` output).`,
  });
}

function setOutputs(verdict: Verdict, reportFile: string): void {
  core.setOutput('ready', verdict.ready ? 'true' : 'false');
  core.setOutput('score', formatScore(verdict.score));
  core.setOutput('level', verdict.level);
  core.setOutput('blocking', String(verdict.counts.blocking));
  core.setOutput('report', reportFile);
}

/** Up to ten workflow-command annotations (the runner shows ten per level per step). */
function printAnnotations(annotations: readonly Annotation[], pathPrefix = ''): void {
  for (const annotation of annotations.filter((a) => a.level === 'failure').slice(0, 10)) {
    core.error(annotation.message, {
      title: annotation.title,
      file: `${pathPrefix}${annotation.path}`,
      startLine: annotation.startLine,
      endLine: annotation.endLine,
    });
  }
  // Stale and expired waivers warn at their checklist line (the runner shows ten per level).
  const waiverWarnings = annotations.filter(
    (a) => a.level === 'warning' && /^(Stale|Expired) waiver: /.test(a.title),
  );
  for (const annotation of waiverWarnings.slice(0, 10)) {
    core.warning(annotation.message, {
      title: annotation.title,
      file: `${pathPrefix}${annotation.path}`,
      startLine: annotation.startLine,
      endLine: annotation.endLine,
    });
  }
}

/** The one-line headline: the log line, the failure message and the check run's title. */
function headlineOf(verdict: Verdict): string {
  return `${verdict.ready ? 'Ready' : 'Not ready'}: score ${formatScore(verdict.score)} (${verdict.level}), ${verdict.counts.blocking} blocking`;
}

/** The working directory relative to the repository root, as a prefix for paths (`''` or `sub/dir/`). */
function pathPrefixOf(workdir: string, env: NodeJS.ProcessEnv): string {
  const relative = path
    .relative(env.GITHUB_WORKSPACE ?? process.cwd(), workdir)
    .split(path.sep)
    .join('/');
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative)
    ? ''
    : `${relative}/`;
}

/** The GitHub side, loaded only when there is a token and a repository: Octokit costs start-up time. */
interface GitHubSession {
  readonly publish: typeof import('./github/publish.js');
  readonly octokit: GitHubOctokit;
  readonly context: PublishContext;
}

/** Where the verdict belongs (repository, pull request, head commit), or undefined with the reason. */
function contextOf(
  event: { name: string; payload: Record<string, unknown> },
  env: NodeJS.ProcessEnv,
): { context?: PublishContext; problem?: string } {
  try {
    return {
      context: derivePublishContext(event.name, event.payload, {
        repository: env.GITHUB_REPOSITORY,
        sha: env.GITHUB_SHA,
        serverUrl: env.GITHUB_SERVER_URL,
        runId: env.GITHUB_RUN_ID,
      }),
    };
  } catch (error) {
    return { problem: (error as Error).message };
  }
}

async function openGitHub(
  settings: ActionSettings,
  where: { context?: PublishContext; problem?: string },
): Promise<GitHubSession | undefined> {
  if (!settings.token) {
    core.info('No token: nothing is published on GitHub (no comment, no check run).');
    return undefined;
  }
  if (!where.context) {
    core.warning(`Nothing is published on GitHub: ${where.problem ?? 'the repository is unknown'}`);
    return undefined;
  }
  const publish = await import('./github/publish.js');
  const octokit = publish.connect(settings.token, (message) => core.warning(message));
  return { publish, octokit, context: where.context };
}

function reportSourceOf(
  context: PublishContext | undefined,
  eventName: string,
  env: NodeJS.ProcessEnv,
): ReportSource | undefined {
  const repository = context ? `${context.owner}/${context.repo}` : env.GITHUB_REPOSITORY;
  if (!repository || !/^[^/\s]+\/[^/\s]+$/.test(repository)) return undefined;
  const headSha = context?.headSha ?? env.GITHUB_SHA;
  return {
    repository,
    event: eventName || 'unknown',
    ...(context?.pullNumber !== undefined ? { pullRequest: context.pullNumber } : {}),
    ...(headSha && /^[0-9a-f]{40,64}$/.test(headSha) ? { headSha } : {}),
  };
}

/** Publishes and reports what happened; true when a check run now carries the annotations. */
async function publishOn(
  session: GitHubSession,
  verdict: Verdict,
  settings: ActionSettings,
  mask: (text: string) => string,
  pathPrefix: string,
): Promise<boolean> {
  const started = Date.now();
  const outcome = await session.publish.publishVerdict(session.octokit, {
    context: session.context,
    verdict,
    mask,
    checkName: settings.checkName,
    comment: settings.comment,
    maxAnnotations: settings.maxAnnotations,
    headline: headlineOf(verdict),
    pathPrefix,
    token: settings.token,
  });
  for (const warning of outcome.warnings) core.warning(mask(warning));
  if (outcome.commentUrls.length > 0) core.setOutput('comment-url', outcome.commentUrls.join('\n'));
  if (outcome.checkRunUrl) core.setOutput('check-run-url', outcome.checkRunUrl);
  core.info(
    `Published on GitHub in ${Date.now() - started} ms with ${outcome.apiCalls} API calls: ${outcome.commentUrls.length} comment${outcome.commentUrls.length === 1 ? '' : 's'}, ${outcome.checkRunUrl ? 'a check run' : 'no check run'}.`,
  );
  return outcome.checkRunUrl !== undefined;
}

/** The run's one clock: READINESS_GATE_NOW when set (tests, reproducing a run), else the system's. */
function clockOf(env: NodeJS.ProcessEnv): Clock {
  try {
    return clockFromEnvironment(env, Date.now());
  } catch (error) {
    if (error instanceof ClockError) throw new InputError(error.message);
    throw error;
  }
}

/** `gh-readonly-queue/<base>/pr-<n>-<sha>`: the pull request a merge group is for. */
function mergeGroupPullNumber(payload: Record<string, unknown>): number | undefined {
  const group = payload.merge_group as { head_ref?: unknown } | undefined;
  const ref = typeof group?.head_ref === 'string' ? group.head_ref : '';
  const match = /gh-readonly-queue\/.+\/pr-(\d+)-[0-9a-f]+$/.exec(ref);
  return match ? Number(match[1]) : undefined;
}

/** The `@org/team` owners the checklists name, whose membership the gate must ask about. */
function ownerTeams(checklists: readonly Checklist[]): string[] {
  const teams = new Set<string>();
  const visit = (items: Checklist['items']): void => {
    for (const item of items) {
      for (const owner of item.owners ?? [])
        if (owner.includes('/')) teams.add(owner.startsWith('@') ? owner : `@${owner}`);
      visit(item.children);
    }
  };
  const walk = (sections: Checklist['sections']): void => {
    for (const section of sections) {
      visit(section.items);
      walk(section.sections);
    }
  };
  for (const checklist of checklists) {
    visit(checklist.items);
    walk(checklist.sections);
  }
  return [...teams];
}

interface PullRequestFacts {
  readonly number: number;
  readonly author: string;
  readonly baseSha?: string;
  readonly headSha?: string;
  readonly body?: string;
}

/** The pull request's number, author and commits, from the payload (or for a merge group, the API). */
async function pullRequestFacts(
  event: { name: string; payload: Record<string, unknown> },
  github: GitHubSession | undefined,
): Promise<PullRequestFacts | undefined> {
  const pr = event.payload.pull_request as
    | {
        number?: number;
        user?: { login?: string };
        base?: { sha?: string };
        head?: { sha?: string };
      }
    | undefined;
  if (pr && typeof pr.number === 'number')
    return {
      number: pr.number,
      author: pr.user?.login ?? '',
      ...(pr.base?.sha ? { baseSha: pr.base.sha } : {}),
      ...(pr.head?.sha ? { headSha: pr.head.sha } : {}),
    };
  const queued = event.name === 'merge_group' ? mergeGroupPullNumber(event.payload) : undefined;
  if (queued === undefined || !github) return undefined;
  try {
    const { data } = await github.octokit.rest.pulls.get({
      owner: github.context.owner,
      repo: github.context.repo,
      pull_number: queued,
    });
    const group = event.payload.merge_group as { base_sha?: string; head_sha?: string } | undefined;
    return {
      number: queued,
      author: data.user?.login ?? '',
      ...(group?.base_sha ? { baseSha: group.base_sha } : {}),
      ...(group?.head_sha ? { headSha: group.head_sha } : {}),
      body: data.body ?? '',
    };
  } catch (error) {
    core.warning(
      `Could not read pull request #${queued} of the merge queue: ${(error as Error).message}`,
    );
    return undefined;
  }
}

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const settings = readSettings(env);
  if (settings.token) core.setSecret(settings.token);
  if (settings.ownersToken) core.setSecret(settings.ownersToken);
  const clock = clockOf(env);
  const event = await readEvent(env);
  if (settings.mode === 'publish') return publishReport(settings, event, env);
  const isPullRequestTarget = event.name === 'pull_request_target';
  const mayRunCommands = !isPullRequestTarget || settings.allowCommandsOnPullRequestTarget;
  const mayFetchHttp = !isPullRequestTarget || settings.allowHttpOnPullRequestTarget;
  const pullRequest = event.payload.pull_request as { body?: string | null } | undefined;
  const controller = new AbortController();
  process.once('SIGTERM', () => {
    controller.abort();
    killAllCommands();
  });
  const where = contextOf(event, env);
  const github = await openGitHub(settings, where);
  // Manual items are confirmed by the PR body as it is now: a re-run reuses the old payload.
  let body = pullRequest?.body ?? '';
  if (github && github.context.pullNumber !== undefined) {
    const live = await github.publish.readPullRequestBody(
      github.octokit,
      github.context,
      body,
      settings.token,
    );
    body = live.body;
    if (live.warning) core.warning(live.warning);
  }
  const facts = await pullRequestFacts(event, github);
  if (facts?.body !== undefined && !pullRequest) body = facts.body;
  // Waivers and accountability settings are compared with the checklist at the merge base.
  let baseCommit: string | undefined;
  let baseUnavailable: string | undefined;
  if (facts?.baseSha && facts.headSha) {
    const { mergeBaseOf } = await import('./git/merge-base.js');
    try {
      baseCommit = await mergeBaseOf(settings.workdir, facts.baseSha, facts.headSha);
    } catch (error) {
      baseUnavailable = `Waivers cannot be compared with the base branch, so none counts as new in this pull request: ${(error as Error).message}. Check out with \`fetch-depth: 0\` so the merge base is in the clone.`;
    }
  }
  const loadActivity =
    github && facts
      ? async (checklists: readonly Checklist[]) => {
          const { fetchPullRequestActivity } = await import('./github/activity.js');
          const teamOctokit = settings.ownersToken
            ? github.publish.connect(settings.ownersToken, (message) => core.warning(message))
            : undefined;
          try {
            return await fetchPullRequestActivity(github.octokit, {
              owner: github.context.owner,
              repo: github.context.repo,
              pullNumber: facts.number,
              author: facts.author,
              headSha: facts.headSha ?? github.context.headSha ?? '',
              teams: ownerTeams(checklists),
              ...(teamOctokit ? { teamOctokit } : {}),
            });
          } catch (error) {
            core.warning(
              `Could not read the reviews and comments of pull request #${facts.number}, so no /confirm counts in this run: ${(error as Error).message}`,
            );
            return undefined;
          }
        }
      : undefined;
  const options: GateOptions = {
    workdir: settings.workdir,
    checklists: settings.checklists,
    infer: settings.infer,
    env,
    budgetMs: settings.budgetMs,
    mayRunCommands,
    ...(mayRunCommands
      ? {}
      : {
          commandsRefusedReason:
            'not run on pull_request_target, where a write token sits next to code from a fork (set allow-commands-on-pull-request-target: true to allow)',
        }),
    mayFetchHttp,
    ...(mayFetchHttp
      ? {}
      : {
          httpRefusedReason:
            'refused on pull_request_target, where a write token sits next to code from a fork (set allow-on-pull-request-target: http to allow)',
        }),
    ...(settings.confirmFrom ? { confirmFrom: settings.confirmFrom } : {}),
    confirmations: tickedBoxes(body).map((box) => box.text),
    clock,
    ...(baseCommit ? { baseCommit } : {}),
    ...(baseUnavailable ? { baseUnavailable } : {}),
    ...(facts?.headSha ? { headCommit: facts.headSha } : {}),
    ...(loadActivity ? { loadActivity } : {}),
    secrets: [settings.token, ...(settings.ownersToken ? [settings.ownersToken] : [])],
    signal: controller.signal,
    ...(settings.minScore !== undefined ? { minScore: settings.minScore } : {}),
    ...(settings.concurrency !== undefined ? { concurrency: settings.concurrency } : {}),
    ...(settings.coverageReport ? { coverageReport: settings.coverageReport } : {}),
  };
  const outcome = await runGate(options);
  for (const value of outcome.masker.values()) core.setSecret(value);
  for (const note of outcome.notes ?? []) core.warning(outcome.masker.mask(note));
  if (!outcome.verdict) {
    const lines = outcome.problems.map(formatProblem);
    for (const problem of outcome.problems.slice(0, 10)) {
      core.error(`${problem.keyPath ? `${problem.keyPath}: ` : ''}${problem.message}`, {
        title: 'Invalid checklist',
        ...(problem.line > 0
          ? { file: problem.file, startLine: problem.line, startColumn: problem.column }
          : {}),
      });
    }
    await core.summary.addRaw(outcome.masker.mask(renderProblemsMarkdown(lines))).write();
    core.setFailed(
      `the checklist is invalid (${lines.length} problem${lines.length === 1 ? '' : 's'}):\n${outcome.masker.mask(lines.join('\n'))}`,
    );
    return;
  }
  const mask = outcome.masker.mask;
  // Secrets are removed before rendering too: Markdown escaping would change how they are spelled.
  const verdict = maskVerdict(outcome.verdict, mask);
  await mkdir(path.dirname(settings.reportFile), { recursive: true });
  await writeFile(
    settings.reportFile,
    mask(renderJson(verdict, reportSourceOf(where.context, event.name, env))),
  );
  setOutputs(verdict, settings.reportFile);
  const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const runUrl =
    env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
      ? `${serverUrl}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
      : undefined;
  const markdown = mask(renderMarkdown(verdict, { ...(runUrl ? { runUrl } : {}) }));
  await core.summary.addRaw(fitSummary(markdown)).write();
  const pathPrefix = pathPrefixOf(settings.workdir, env);
  const hasCheckRun = github ? await publishOn(github, verdict, settings, mask, pathPrefix) : false;
  // The check run carries the annotations; workflow commands (ten at most) only when it could not be made.
  if (!hasCheckRun) printAnnotations(buildAnnotations(verdict, mask), pathPrefix);
  const headline = headlineOf(verdict);
  core.info(headline);
  if (!verdict.ready && settings.failOn === 'not-ready') {
    core.setFailed(`${headline}. ${mask(verdict.checklists.map((cv) => cv.reason).join('; '))}`);
  }
}

/**
 * The `publish` mode (a `workflow_run` workflow, for fork pull requests): posts the verdict of a
 * JSON report made by a `check` run, without running the gate. The step's exit code follows
 * that verdict as `fail-on` says.
 */
async function publishReport(
  settings: ActionSettings,
  event: { name: string; payload: Record<string, unknown> },
  env: NodeJS.ProcessEnv,
): Promise<void> {
  if (!settings.report)
    throw new InputError(
      'input "report" is required with mode: publish (the JSON report a check run wrote, e.g. downloaded as an artifact)',
    );
  const masker = buildMasker(env, [settings.token], []);
  const mask = masker.mask;
  let text: string;
  try {
    text = await readFile(settings.report, 'utf8');
  } catch (error) {
    core.setFailed(
      `cannot read the report ${settings.report}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
    return;
  }
  let read: ReturnType<typeof verdictFromReport>;
  try {
    read = verdictFromReport(JSON.parse(text) as unknown);
  } catch (error) {
    core.setFailed(`${settings.report}: ${mask((error as Error).message)}`);
    return;
  }
  const verdict = maskVerdict(read.verdict, mask);
  setOutputs(verdict, settings.report);
  const github = await openGitHub(settings, contextOf(event, env));
  let context = github?.context;
  if (github) {
    const target = github.publish.contextFromReport(event.name, event.payload, read.source, {
      repository: env.GITHUB_REPOSITORY,
      sha: env.GITHUB_SHA,
      serverUrl: env.GITHUB_SERVER_URL,
      runId: env.GITHUB_RUN_ID,
    });
    context = target.context;
    if (target.refused) {
      core.warning(mask(target.refused));
    } else {
      const confirmed = await github.publish.confirmPullRequest(
        github.octokit,
        target.context,
        target.expectedHeadSha,
        settings.token,
      );
      if (confirmed.problem) core.warning(mask(confirmed.problem));
      context = confirmed.context;
    }
    if (!target.refused) await publishOn({ ...github, context }, verdict, settings, mask, '');
  }
  const runUrl = context?.runUrl;
  const blobUrlBase = context?.blobUrlBase;
  const markdown = mask(
    renderMarkdown(verdict, {
      ...(runUrl ? { runUrl } : {}),
      ...(blobUrlBase
        ? { lineUrl: (file: string, line: number) => lineUrl(blobUrlBase, file, line) }
        : {}),
    }),
  );
  await core.summary.addRaw(fitSummary(markdown)).write();
  const headline = headlineOf(verdict);
  core.info(`${headline} (published from ${path.basename(settings.report)})`);
  if (!verdict.ready && settings.failOn === 'not-ready') {
    core.setFailed(`${headline}. ${mask(verdict.checklists.map((cv) => cv.reason).join('; '))}`);
  }
}

run().catch((error: unknown) => {
  core.setFailed(
    error instanceof InputError
      ? `readiness-gate: ${error.message}`
      : `readiness-gate: internal error: ${(error as Error).stack ?? String(error)}`,
  );
});
