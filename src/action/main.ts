// The Action's work: settings → engine → GitHub → outputs, summary and log; returns the outcome
// (index.ts alone turns it into the exit code).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import { formatProblem } from '../checklist/load.js';
import { failsStep, formatScore, regressionReasons } from '../gate/judge.js';
import { buildMasker, runGate, type ChangeOutcome, type GateOptions } from '../gate/run-gate.js';
import { killAllCommands } from '../process/run-command.js';
import { buildAnnotations, type Annotation } from '../render/annotations.js';
import { renderJson, verdictFromReport, type ReportSource } from '../render/json.js';
import { checklistDigests } from '../gate/checklist-digest.js';
import { escapeText } from '../render/escape.js';
import {
  renderMarkdown,
  renderProblemsMarkdown,
  type MarkdownOptions,
} from '../render/markdown.js';
import { fitMarkdown } from '../render/fit-markdown.js';
import { overallHeadline } from '../render/headline.js';
import { maskVerdict } from '../render/mask-verdict.js';
import type { Checklist, Item, Problem, Result, Verdict } from '../model.js';
import { ClockError, clockFromEnvironment, type Clock } from '../clock/clock.js';
import {
  commitUrlOf,
  derivePublishContext,
  lineUrl,
  type PublishContext,
  type RunEnvironment,
} from '../github/context.js';
import type { GitHubOctokit } from '../github/client.js';
import type { PublishOutcome } from '../github/publish.js';
import { tickedBoxes } from '../github/pr-body.js';
import { readRegularFileSync } from '../workspace/regular-file.js';
import { changeRequestFromEvent } from '../github/change-request.js';
import { readBaseReportFile, type BaseReport } from '../gate/base-report.js';
import { deltaOutput } from '../gate/delta.js';
import { deltaLine } from '../render/delta-line.js';
import { InputError, readSettings, type ActionSettings } from './inputs.js';

/** What the run decided for the step: a failure message fails it, none passes it. */
interface ActionOutcome {
  readonly failure?: string;
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

/** The step outputs: `passed` (the gate), `ready` (readiness), `score` (empty with no score), `level`, counts, report. */
function setOutputs(verdict: Verdict, reportFile: string): void {
  core.setOutput('passed', verdict.passed ? 'true' : 'false');
  core.setOutput('ready', verdict.ready ? 'true' : 'false');
  core.setOutput('score', verdict.score === null ? '' : formatScore(verdict.score));
  core.setOutput('level', verdict.level ?? '');
  core.setOutput('blocking', String(verdict.counts.blocking));
  core.setOutput('pending', String(verdict.counts.pending));
  core.setOutput('report', reportFile);
  core.setOutput('delta', deltaOutput(verdict.delta));
}

/** The outputs of a run that reached no verdict. */
function setInvalidOutputs(): void {
  core.setOutput('passed', 'false');
  core.setOutput('ready', 'false');
  core.setOutput('score', '');
  core.setOutput('level', '');
  core.setOutput('blocking', '0');
  core.setOutput('pending', '0');
  core.setOutput('delta', '');
}

/**
 * `base-report: auto`: the merge base and its first-parent ancestors (20), then the Actions API.
 * Loaded only when asked for.
 */
async function findBaseReportAuto(
  settings: ActionSettings,
  github: GitHubSession | undefined,
  change: ReturnType<typeof changeRequestFromEvent>,
  event: { payload: Record<string, unknown> },
  env: NodeJS.ProcessEnv,
): Promise<{ report?: BaseReport; note?: string }> {
  if (!('request' in change)) return { note: change.noBaseReason };
  if (!github) return { note: 'no token, so the Actions API cannot be asked' };
  const [
    { findBaseReportAuto: find, workflowFileOf },
    { resolveChangeRange },
    { firstParentAncestors },
  ] = await Promise.all([
    import('../github/base-artifact.js'),
    import('../git/change-range.js'),
    import('../git/commits.js'),
  ]);
  const workflow = workflowFileOf(env.GITHUB_WORKFLOW_REF);
  if (!workflow) return { note: "GITHUB_WORKFLOW_REF does not name this workflow's file" };
  const pull = event.payload['pull_request'] as { base?: { ref?: unknown } } | undefined;
  const group = event.payload['merge_group'] as { base_ref?: unknown } | undefined;
  const baseRef = typeof pull?.base?.ref === 'string' ? pull.base.ref : group?.base_ref;
  if (typeof baseRef !== 'string') return { note: 'the event does not name the base branch' };
  let candidates: string[];
  try {
    const range = await resolveChangeRange(change.request, { cwd: settings.workdir });
    if (!range.mergeBase) return { note: range.notes.join('; ') || 'no merge base' };
    candidates = await firstParentAncestors(range.mergeBase, 20, { cwd: settings.workdir });
  } catch (error) {
    return { note: `the merge base could not be found: ${(error as Error).message}` };
  }
  return find(github.octokit, {
    owner: github.context.owner,
    repo: github.context.repo,
    workflow,
    baseBranch: baseRef.replace(/^refs\/heads\//, ''),
    artifactName: settings.baseArtifact,
    candidates,
  });
}

/** The base report named by `base-report`; any problem is a note (a warning), never a failure. */
async function loadBaseReport(
  settings: ActionSettings,
  find: () => Promise<{ report?: BaseReport; note?: string }>,
): Promise<BaseReport | undefined> {
  if (settings.baseReport === undefined) return undefined;
  if (settings.baseReport === 'auto') {
    const found = await find();
    if (found.note) core.notice(`base-report: auto: ${found.note}`);
    return found.report;
  }
  const shown = path.relative(settings.workdir, settings.baseReport) || settings.baseReport;
  try {
    return readBaseReportFile(settings.baseReport, shown);
  } catch (error) {
    core.warning(`base-report: ${(error as Error).message}; judged without a base report`);
    return undefined;
  }
}

/** The report file, in a folder made if need be. */
async function writeReport(file: string, json: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, json);
}

/** How the changed lines were found, and why not when they were not. */
function logChange(change: ChangeOutcome | undefined): void {
  if (change?.range) core.info(`Changed lines: ${change.range.how}`);
  for (const note of change?.notes ?? []) core.notice(note);
  if (change?.error) core.warning(`The base could not be reached: ${change.error}`);
}

/** The change against the base report, as one log line. */
function logDelta(verdict: Verdict, mask: (text: string) => string): void {
  // Titles are the checklist's (the pull request's) text: no line break may start a workflow command.
  if (verdict.delta) core.info(mask(deltaLine(verdict.delta)).replace(/[\r\n\u2028\u2029]+/g, ' '));
}

/** The log's line for one decided item: its status, where it is, and the reason. */
function itemLogLine(
  item: Item,
  result: Result,
  checklistPath: string,
  mask: (t: string) => string,
): string {
  const mark = { passed: '✔', failed: '✘', errored: '!', pending: '○', skipped: '-', waived: '~' }[
    result.status
  ];
  const kind = item.check ? `${item.check.kind}${item.inferred ? ', inferred' : ''}` : 'manual';
  return mask(
    `${mark} ${result.status.padEnd(7)} ${item.title} (${kind}; ${checklistPath}:${item.line}): ${result.summary}`,
  );
}

/** Up to ten workflow-command annotations per level (the runner shows ten per level per step). */
function printAnnotations(annotations: readonly Annotation[], pathPrefix = ''): void {
  const at = (annotation: Annotation) => ({
    title: annotation.title,
    file: `${pathPrefix}${annotation.path}`,
    startLine: annotation.startLine,
    endLine: annotation.endLine,
  });
  for (const annotation of annotations.filter((a) => a.level === 'failure').slice(0, 10))
    core.error(annotation.message, at(annotation));
  // Of the warnings, only stale and expired waivers are shown, at their checklist line.
  const waiverWarnings = annotations.filter(
    (a) => a.level === 'warning' && /^(Stale|Expired) waiver: /.test(a.title),
  );
  for (const annotation of waiverWarnings.slice(0, 10))
    core.warning(annotation.message, at(annotation));
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

/**
 * The merge base, where waivers and accountability settings are compared with the checklist; when
 * it cannot be had, why, as a note for the run.
 */
async function mergeBaseOf(
  facts: PullRequestFacts,
  workdir: string,
): Promise<{ baseCommit?: string; baseUnavailable?: string }> {
  if (!facts.baseSha || !facts.headSha) return {};
  const { mergeBase } = await import('../git/commits.js');
  let reason: string | undefined;
  try {
    const baseCommit = await mergeBase(facts.baseSha, facts.headSha, { cwd: workdir });
    if (baseCommit !== undefined) return { baseCommit };
  } catch (error) {
    reason = (error as Error).message;
  }
  return {
    baseUnavailable: `Waivers cannot be compared with the base branch, so none counts as new in this pull request: ${reason ?? 'the merge base is not in this checkout'}. Check out with \`fetch-depth: 0\` so the merge base is in the clone.`,
  };
}

/**
 * The pull request's reviews and comments (its /confirm and approvals); undefined, with a
 * warning, when they cannot be read.
 */
async function readActivity(
  github: GitHubSession,
  facts: PullRequestFacts,
  teams: string[],
  ownersToken: string | undefined,
) {
  const { fetchPullRequestActivity } = await import('../github/activity.js');
  const teamOctokit = ownersToken
    ? github.publish.connect(ownersToken, (message) => core.warning(message))
    : undefined;
  try {
    return await fetchPullRequestActivity(github.octokit, {
      owner: github.context.owner,
      repo: github.context.repo,
      pullNumber: facts.number,
      author: facts.author,
      headSha: facts.headSha ?? github.context.headSha ?? '',
      teams,
      ...(teamOctokit ? { teamOctokit } : {}),
    });
  } catch (error) {
    core.warning(
      `Could not read the reviews and comments of pull request #${facts.number}, so no /confirm counts in this run: ${(error as Error).message}`,
    );
    return undefined;
  }
}

/** The message that fails the step, or undefined when it passes, as `fail-on` says. */
function failureOf(
  verdict: Verdict,
  settings: ActionSettings,
  mask: (text: string) => string,
): string | undefined {
  if (!failsStep(verdict, settings.failOn)) return undefined;
  const regression = settings.failOn === 'regression' ? regressionReasons(verdict) : undefined;
  if (regression !== undefined)
    return `${overallHeadline(verdict, { mark: false })}. Worse than the base: ${mask(regression.join('; '))}`;
  const why = verdict.checklists
    .filter((cv) => (settings.failOn === 'not-ready' ? !cv.ready : !cv.passed))
    .map((cv) => cv.reason)
    .join('; ');
  return `${overallHeadline(verdict, { mark: false })}${why ? `. ${mask(why)}` : ''}${settings.failOn === 'not-ready' && verdict.passed ? ' (fail-on: not-ready)' : ''}`;
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
  readonly publish: typeof import('../github/publish.js');
  readonly octokit: GitHubOctokit;
  readonly context: PublishContext;
}

/** The runner's variables that say where a run is. */
function runEnvironmentOf(env: NodeJS.ProcessEnv): RunEnvironment {
  return {
    repository: env.GITHUB_REPOSITORY,
    sha: env.GITHUB_SHA,
    serverUrl: env.GITHUB_SERVER_URL,
    runId: env.GITHUB_RUN_ID,
  };
}

/** Where the verdict belongs (repository, pull request, head commit), or undefined with the reason. */
function contextOf(
  event: { name: string; payload: Record<string, unknown> },
  env: NodeJS.ProcessEnv,
): { context?: PublishContext; problem?: string } {
  try {
    return {
      context: derivePublishContext(event.name, event.payload, runEnvironmentOf(env)),
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
  const publish = await import('../github/publish.js');
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

/** The pull request's body as it is now (a re-run reuses the old payload); the payload's when it cannot be read. */
async function livePullRequestBody(
  github: GitHubSession | undefined,
  payloadBody: string,
  token: string,
): Promise<string> {
  if (!github || github.context.pullNumber === undefined) return payloadBody;
  const live = await github.publish.readPullRequestBody(
    github.octokit,
    github.context,
    payloadBody,
    token,
  );
  if (live.warning) core.warning(live.warning);
  return live.body;
}

/** What GitHub said to a publication: its warnings, and the comment and check run as outputs. */
function reportPublished(outcome: PublishOutcome, mask: (text: string) => string): void {
  for (const warning of outcome.warnings) core.warning(mask(warning));
  if (outcome.commentUrls.length > 0) core.setOutput('comment-url', outcome.commentUrls.join('\n'));
  if (outcome.checkRunUrl) core.setOutput('check-run-url', outcome.checkRunUrl);
}

/** Publishes and reports what happened; true when a check run now carries the annotations. */
async function publishOn(
  session: GitHubSession,
  verdict: Verdict,
  settings: ActionSettings,
  mask: (text: string) => string,
  pathPrefix: string,
  several?: boolean,
): Promise<boolean> {
  const started = Date.now();
  const outcome = await session.publish.publishVerdict(session.octokit, {
    context: session.context,
    verdict,
    mask,
    checkName: settings.checkName,
    comment: settings.comment,
    checkRun: settings.checkRun,
    failOn: settings.failOn,
    ...(settings.id ? { id: settings.id } : {}),
    ...(several !== undefined ? { several } : {}),
    maxAnnotations: settings.maxAnnotations,
    headline: overallHeadline(verdict),
    pathPrefix,
    token: settings.token,
  });
  reportPublished(outcome, mask);
  core.info(
    `Published on GitHub in ${Date.now() - started} ms with ${outcome.apiCalls} API calls: ${outcome.commentUrls.length} comment${outcome.commentUrls.length === 1 ? '' : 's'}${outcome.commentsUnchanged > 0 ? ` (${outcome.commentsUnchanged} unchanged, not rewritten)` : ''}, ${outcome.checkRunUrl ? 'a check run' : 'no check run'}.`,
  );
  return outcome.checkRunUrl !== undefined;
}

/** The job summary's links: the run, the judged commit, and each checklist line at it. */
function summaryLinks(context: PublishContext | undefined, pathPrefix: string): MarkdownOptions {
  const blobUrlBase = context?.blobUrlBase;
  const commitUrl = commitUrlOf(blobUrlBase);
  return {
    ...(blobUrlBase
      ? {
          lineUrl: (file: string, line: number) =>
            lineUrl(blobUrlBase, `${pathPrefix}${file}`, line),
        }
      : {}),
    ...(context?.runUrl ? { runUrl: context.runUrl } : {}),
    ...(commitUrl ? { commitUrl } : {}),
  };
}

/**
 * A verdict shown everywhere: the job summary (linked to the run, the commit and each line), the
 * comment and the check run, and the annotations as workflow commands (ten at most) only when
 * no check run could carry them.
 */
async function publishEverywhere(
  verdict: Verdict,
  options: {
    settings: ActionSettings;
    github: GitHubSession | undefined;
    mask: (text: string) => string;
    pathPrefix: string;
    context: PublishContext | undefined;
  },
): Promise<void> {
  const { settings, github, mask, pathPrefix } = options;
  if (settings.jobSummary) {
    const markdown = mask(renderMarkdown(verdict, summaryLinks(options.context, pathPrefix)));
    await core.summary.addRaw(fitSummary(markdown)).write();
  }
  const hasCheckRun = github ? await publishOn(github, verdict, settings, mask, pathPrefix) : false;
  if (!hasCheckRun) printAnnotations(buildAnnotations(verdict, mask), pathPrefix);
}

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<ActionOutcome> {
  const settings = readSettings(env);
  if (settings.token) core.setSecret(settings.token);
  if (settings.ownersToken) core.setSecret(settings.ownersToken);
  const event = await readEvent(env);
  if (settings.mode === 'publish') return publishReport(settings, event, env);
  if (settings.mode === 'merge') return mergeReports(settings, event, env);
  const isPullRequestTarget = event.name === 'pull_request_target';
  const mayRunCommands = !isPullRequestTarget || settings.allowCommandsOnPullRequestTarget;
  const mayFetchHttp = !isPullRequestTarget || settings.allowHttpOnPullRequestTarget;
  const pullRequest = event.payload.pull_request as { body?: string | null } | undefined;
  const controller = new AbortController();
  process.once('SIGTERM', () => {
    controller.abort();
    killAllCommands();
    // The cancelled verdict is still published, but the step ends within a few seconds whatever.
    setTimeout(() => process.exit(143), 5000).unref();
  });
  const where = contextOf(event, env);
  // A shard that does not publish needs no GitHub session at all: the merge reads the PR body.
  const github = settings.publish ? await openGitHub(settings, where) : undefined;
  const source = reportSourceOf(where.context, event.name, env);
  if (settings.shard !== undefined && source?.headSha === undefined) {
    return {
      failure:
        'a shard report needs its commit: GITHUB_SHA (or the pull request head) is not set or not a commit hash',
    };
  }
  const clock = clockOf(env);
  const facts = await pullRequestFacts(event, github);
  // Manual items are confirmed by the PR body as it is now: a re-run reuses the old payload (a
  // merge group's pull request has just been read).
  const body =
    facts?.body !== undefined && !pullRequest
      ? facts.body
      : await livePullRequestBody(github, pullRequest?.body ?? '', settings.token);
  const base = facts ? await mergeBaseOf(facts, settings.workdir) : {};
  const loadActivity =
    github && facts
      ? (checklists: readonly Checklist[]) =>
          readActivity(github, facts, ownerTeams(checklists), settings.ownersToken)
      : undefined;
  const commit = where.context?.headSha ?? env.GITHUB_SHA;
  const change = changeRequestFromEvent(event.name, event.payload);
  const baseReport = await loadBaseReport(settings, () =>
    findBaseReportAuto(settings, github, change, event, env),
  );
  const secrets = [settings.token, ...(settings.ownersToken ? [settings.ownersToken] : [])];
  const logMask = buildMasker(env, secrets, []).mask;
  let grouped = false;
  const options: GateOptions = {
    workdir: settings.workdir,
    checklists: settings.checklists,
    ...('request' in change
      ? { changeRequest: change.request }
      : { noBaseReason: change.noBaseReason }),
    ...(baseReport ? { baseReport } : {}),
    infer: settings.infer,
    env,
    budgetMs: settings.budgetMs,
    mayRunCommands,
    ...(mayRunCommands
      ? {}
      : {
          commandsRefusedReason:
            'not run on pull_request_target, where a write token sits next to code from a fork (set allow-on-pull-request-target: commands to allow)',
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
    ...base,
    ...(facts?.headSha ? { headCommit: facts.headSha } : {}),
    ...(loadActivity ? { loadActivity } : {}),
    secrets,
    signal: controller.signal,
    ...(commit && /^[0-9a-f]{40,64}$/.test(commit) ? { commit } : {}),
    ...(settings.minScore !== undefined ? { minScore: settings.minScore } : {}),
    ...(settings.concurrency !== undefined ? { concurrency: settings.concurrency } : {}),
    ...(settings.coverageReport ? { coverageReport: settings.coverageReport } : {}),
    onLoaded: (count) => {
      core.startGroup(`Deciding ${count} item${count === 1 ? '' : 's'}`);
      grouped = true;
    },
    onItemDecided: (item, result, checklist) =>
      core.info(itemLogLine(item, result, checklist.path, logMask)),
    // Several checklists, some invalid: the valid ones still get their verdict.
    decideValid: true,
    ...(settings.shard !== undefined ? { keepCoverageLines: true } : {}),
  };
  let outcome: Awaited<ReturnType<typeof runGate>>;
  try {
    outcome = await runGate(options);
  } finally {
    if (grouped) core.endGroup();
  }
  for (const value of outcome.masker.values()) core.setSecret(value);
  for (const note of outcome.notes ?? []) core.warning(outcome.masker.mask(note));
  logChange(outcome.change);
  const pathPrefix = pathPrefixOf(settings.workdir, env);
  if (outcome.problems.length > 0) {
    const mask = outcome.masker.mask;
    const valid = outcome.verdict ? maskVerdict(outcome.verdict, mask) : undefined;
    const validPaths = new Set(valid?.checklists.map((cv) => cv.checklist.path) ?? []);
    if (valid) {
      // Passed and ready are false for the run; the report says which checklists are invalid.
      const report = { ...valid, passed: false, ready: false };
      await writeReport(
        settings.reportFile,
        mask(renderJson(report, source, { invalid: outcome.problems })),
      );
      if (github)
        await publishOn(github, report, { ...settings, checkRun: false }, mask, pathPrefix, true);
    }
    const outcomeOfInvalid = await invalidChecklist(
      outcome.problems,
      outcome.problems.map((problem) => problem.file).filter((file) => !validPaths.has(file)),
      { settings, github, where, mask, pathPrefix, ...(valid ? { validVerdict: valid } : {}) },
    );
    if (valid) core.setOutput('report', settings.reportFile);
    return outcomeOfInvalid;
  }
  if (!outcome.verdict) throw new Error('the gate returned neither a verdict nor problems');
  const mask = outcome.masker.mask;
  // Secrets are removed before rendering too: Markdown escaping would change how they are spelled.
  const verdict = maskVerdict(outcome.verdict, mask);
  const shard =
    settings.shard !== undefined
      ? {
          shard: settings.shard,
          commit: source!.headSha!,
          checklistSha256: await checklistDigests(settings.workdir, outcome.checklists),
        }
      : undefined;
  await writeReport(settings.reportFile, mask(renderJson(verdict, source, shard ? { shard } : {})));
  setOutputs(verdict, settings.reportFile);
  if (!settings.publish) {
    // A shard (or any run with publish: false): decided and written; the merge job publishes.
    core.info(
      `${overallHeadline(verdict)}${settings.shard !== undefined ? ` (shard ${settings.shard})` : ''}; nothing published (publish: false), report in ${settings.reportFile}`,
    );
    return {};
  }
  await publishEverywhere(verdict, { settings, github, mask, pathPrefix, context: where.context });
  core.info(overallHeadline(verdict));
  logDelta(verdict, mask);
  if (settings.failOn === 'regression' && verdict.delta && !failsStep(verdict, 'regression'))
    core.info('No regression against the base report.');
  const failure = failureOf(verdict, settings, mask);
  return failure === undefined ? {} : { failure };
}

/**
 * No verdict: every problem as an error annotation at its line, in the job summary, and on GitHub
 * where the verdict was (the sticky comment and the check run); the step fails whatever fail-on says.
 */
async function invalidChecklist(
  problems: readonly Problem[],
  loadedPaths: readonly string[],
  context: {
    settings: ActionSettings;
    github: GitHubSession | undefined;
    where: { context?: PublishContext };
    mask: (text: string) => string;
    pathPrefix: string;
    /** The verdict of the checklists that are valid, when there are some. */
    validVerdict?: Verdict;
  },
): Promise<ActionOutcome> {
  const { settings, github, mask, pathPrefix } = context;
  const lines = problems.map(formatProblem);
  for (const problem of problems.slice(0, 10)) {
    core.error(mask(`${problem.keyPath ? `${problem.keyPath}: ` : ''}${problem.message}`), {
      title: 'Invalid checklist',
      ...(problem.line > 0
        ? {
            file: `${pathPrefix}${problem.file}`,
            startLine: problem.line,
            startColumn: problem.column,
          }
        : {}),
    });
  }
  setInvalidOutputs();
  const headSha = context.where.context?.headSha;
  const links = {
    ...summaryLinks(context.where.context, pathPrefix),
    ...(headSha ? { commit: headSha } : {}),
  };
  if (settings.jobSummary) {
    const valid = context.validVerdict ? `\n${renderMarkdown(context.validVerdict, links)}` : '';
    await core.summary
      .addRaw(fitSummary(mask(`${renderProblemsMarkdown(problems, links)}${valid}`)))
      .write();
  }
  if (github) {
    const paths = [...new Set(loadedPaths)];
    const outcome = await github.publish.publishProblems(github.octokit, {
      context: github.context,
      problems,
      checklistPaths: paths,
      ...(context.validVerdict ? { validVerdict: context.validVerdict, several: true } : {}),
      mask,
      checkName: settings.checkName,
      comment: settings.comment,
      checkRun: settings.checkRun,
      ...(settings.id ? { id: settings.id } : {}),
      maxAnnotations: settings.maxAnnotations,
      pathPrefix,
      token: settings.token,
    });
    reportPublished(outcome, mask);
  }
  return {
    failure: `the checklist is invalid, so no verdict was reached (${lines.length} problem${lines.length === 1 ? '' : 's'}):\n${mask(lines.join('\n'))}`,
  };
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
): Promise<ActionOutcome> {
  if (!settings.report)
    throw new InputError(
      'input "report" is required with mode: publish (the JSON report a check run wrote, e.g. downloaded as an artifact)',
    );
  const masker = buildMasker(env, [settings.token], []);
  const mask = masker.mask;
  let text: string;
  try {
    // The input may point anywhere, but only at a regular file within the JSON limit.
    text = readRegularFileSync(settings.report, 256 * 1024 * 1024).toString('utf8');
  } catch (error) {
    return {
      failure: `cannot read the report ${settings.report}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    };
  }
  let read: ReturnType<typeof verdictFromReport>;
  try {
    read = verdictFromReport(JSON.parse(text) as unknown);
  } catch (error) {
    return { failure: `${settings.report}: ${mask((error as Error).message)}` };
  }
  const verdict = maskVerdict(read.verdict, mask);
  setOutputs(verdict, settings.report);
  const github = await openGitHub(settings, contextOf(event, env));
  const context = github
    ? await publishReportVerdict(github, verdict, read.source, { settings, event, env, mask })
    : undefined;
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
  if (settings.jobSummary) await core.summary.addRaw(fitSummary(markdown)).write();
  const headline = overallHeadline(verdict);
  core.info(`${headline} (published from ${path.basename(settings.report)})`);
  const failure = failureOf(verdict, settings, mask);
  return failure === undefined ? {} : { failure };
}

/**
 * Posts a report's verdict on its commit and pull request, once confirmed; a report for another
 * repository is not posted. Returns where it belongs, for the summary's links.
 */
async function publishReportVerdict(
  github: GitHubSession,
  verdict: Verdict,
  source: ReportSource | undefined,
  run: {
    settings: ActionSettings;
    event: { name: string; payload: Record<string, unknown> };
    env: NodeJS.ProcessEnv;
    mask: (text: string) => string;
  },
): Promise<PublishContext> {
  const { settings, event, mask } = run;
  const target = github.publish.contextFromReport(
    event.name,
    event.payload,
    source,
    runEnvironmentOf(run.env),
  );
  if (target.refused) {
    core.warning(mask(target.refused));
    return target.context;
  }
  const confirmed = await github.publish.confirmPullRequest(
    github.octokit,
    target.context,
    target.expectedHeadSha,
    settings.token,
  );
  if (confirmed.problem) core.warning(mask(confirmed.problem));
  await publishOn({ ...github, context: confirmed.context }, verdict, settings, mask, '');
  return confirmed.context;
}

/**
 * The `merge` mode: the shard reports of a matrix (downloaded artifacts) merged item by item
 * and judged again against this checkout's checklist, then published once, as a single run
 * would publish its verdict. A missing or foreign shard blocks the verdict, naming it.
 */
async function mergeReports(
  settings: ActionSettings,
  event: { name: string; payload: Record<string, unknown> },
  env: NodeJS.ProcessEnv,
): Promise<ActionOutcome> {
  if (settings.reports.length === 0)
    throw new InputError(
      'input "reports" is required with mode: merge (the shard reports, e.g. "shards/**/*.json")',
    );
  const where = contextOf(event, env);
  const github = settings.publish ? await openGitHub(settings, where) : undefined;
  const pullRequest = event.payload.pull_request as { body?: string | null } | undefined;
  const body = await livePullRequestBody(github, pullRequest?.body ?? '', settings.token);
  const source = reportSourceOf(where.context, event.name, env);
  // Patch coverage and ratchets are judged again here: the same change and base report as mode check.
  const change = changeRequestFromEvent(event.name, event.payload);
  const baseReport = await loadBaseReport(settings, () =>
    findBaseReportAuto(settings, github, change, event, env),
  );
  const { runMerge } = await import('../merge/run-merge.js');
  const outcome = await runMerge({
    ...('request' in change
      ? { changeRequest: change.request }
      : { noBaseReason: change.noBaseReason }),
    ...(baseReport ? { baseReport } : {}),
    clock: clockOf(env),
    workdir: settings.workdir,
    checklists: settings.checklists,
    infer: settings.infer,
    ...(settings.coverageReport ? { coverageReport: settings.coverageReport } : {}),
    reports: settings.reports,
    reportsBase: settings.workdir,
    expectShards: settings.expectShards,
    commit: source?.headSha,
    confirmations: tickedBoxes(body).map((box) => box.text),
    confirmFrom: settings.confirmFrom,
    ...(settings.minScore !== undefined ? { minScore: settings.minScore } : {}),
    env,
    secrets: [settings.token],
  });
  for (const value of outcome.masker.values()) core.setSecret(value);
  const mask = outcome.masker.mask;
  const pathPrefix = pathPrefixOf(settings.workdir, env);
  if ('problems' in outcome) {
    if (outcome.checklistProblems?.length) {
      // An invalid checklist is published as a check run would publish it.
      return invalidChecklist(
        outcome.checklistProblems,
        outcome.checklistProblems.map((problem) => problem.file),
        { settings, github, where, mask, pathPrefix },
      );
    }
    setInvalidOutputs();
    if (settings.jobSummary)
      await core.summary
        .addRaw(
          mask(
            [
              '## ❌ The merge did not decide',
              '',
              ...outcome.problems.map((problem) => `- ${escapeText(problem)}`),
              '',
            ].join('\n'),
          ),
        )
        .write();
    return {
      failure: `the merge did not decide (configuration error):\n${mask(outcome.problems.join('\n'))}`,
    };
  }
  logChange(outcome.change);
  const verdict = maskVerdict(outcome.verdict, mask);
  await writeReport(settings.reportFile, mask(renderJson(verdict, source)));
  setOutputs(verdict, settings.reportFile);
  for (const blocker of outcome.blockers) core.error(mask(blocker), { title: 'Shard reports' });
  logDelta(verdict, mask);
  const headline = overallHeadline(verdict);
  if (!settings.publish) {
    core.info(`${headline}; nothing published (publish: false), report in ${settings.reportFile}`);
    return {};
  }
  await publishEverywhere(verdict, { settings, github, mask, pathPrefix, context: where.context });
  core.info(
    `${headline} (merged from ${outcome.merged.length} shard${outcome.merged.length === 1 ? '' : 's'}: ${outcome.merged.join(', ') || 'none'})`,
  );
  const failure = failureOf(verdict, settings, mask);
  if (failure === undefined) return {};
  // The shard problems (missing, foreign) come first: they are why the merged verdict blocks.
  return {
    failure:
      outcome.blockers.length > 0 ? `${failure}; ${mask(outcome.blockers.join('; '))}` : failure,
  };
}
