// Publishes a verdict on GitHub: one sticky comment per checklist on the pull request, one check run on the head commit.
import { createHash } from 'node:crypto';
import type { ChecklistVerdict, FailOn, Problem, Verdict } from '../model.js';
import { conclusionOf } from '../gate/judge.js';
import { buildAnnotations } from '../render/annotations.js';
import {
  renderChecklistMarkdown,
  renderFooter,
  renderMarkdown,
  renderProblemsMarkdown,
  type MarkdownOptions,
  type VerdictChanges,
} from '../render/markdown.js';
import { maskVerdict } from '../render/mask-verdict.js';
import type { ReportSource } from '../render/json.js';
import { publishCheckRun, type CheckAnnotation, type CheckConclusion } from './check-run.js';
import { countApiCalls, createOctokit, type GitHubOctokit } from './client.js';
import {
  commentMarker,
  encodeCommentState,
  fitComment,
  publishComment,
  stateHash,
  type CommentState,
} from './comment.js';
import {
  commitUrlOf,
  derivePublishContext,
  lineUrl,
  type PublishContext,
  type RunEnvironment,
} from './context.js';
import {
  GitHubApiError,
  PermissionError,
  classifyError,
  redactToken,
  type Surface,
} from './errors.js';
import { fetchPullRequestBody } from './pr-body.js';

/** Octokit with retry and throttling; warnings about rate limits go to `onWarning`. */
export function connect(token: string, onWarning: (message: string) => void): GitHubOctokit {
  return createOctokit(token, { onWarning });
}

/**
 * The pull request's body as it is now: a re-run reuses the old event payload, so ticked boxes
 * are read live. Falls back to the payload's body, with a warning, when the API does not answer.
 */
export async function readPullRequestBody(
  octokit: GitHubOctokit,
  context: PublishContext,
  payloadBody: string,
  token?: string,
): Promise<{ body: string; warning?: string }> {
  if (context.pullNumber === undefined) return { body: payloadBody };
  try {
    const body = await fetchPullRequestBody(octokit, {
      owner: context.owner,
      repo: context.repo,
      pullNumber: context.pullNumber,
      isFork: context.isFork,
    });
    return { body };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      body: payloadBody,
      warning: redactToken(
        `Could not read pull request #${context.pullNumber}'s body live, so manual items are confirmed from the event's copy, which a re-run does not refresh. ${reason}`,
        token,
      ),
    };
  }
}

export interface PublishRequest {
  readonly context: PublishContext;
  readonly verdict: Verdict;
  /** Removes secrets: applied to the verdict before rendering and to everything sent. */
  readonly mask: (text: string) => string;
  readonly checkName: string;
  readonly comment: 'true' | 'false' | 'on-failure';
  /** Make the check run (input `check-run`, default true). */
  readonly checkRun?: boolean;
  readonly failOn?: FailOn;
  /** The `id` input: names the comment (default: the checklist's path). */
  readonly id?: string;
  /** The run has several checklists (their comments are named `<id>:<path>`); default: counted here. */
  readonly several?: boolean;
  readonly maxAnnotations: number;
  /** One line: the headline; the check run's title. */
  readonly headline: string;
  /** The working directory relative to the repository root (`''` or `examples/app/`), put before checklist and finding paths. */
  readonly pathPrefix?: string;
  /** The token, scrubbed from any message. */
  readonly token?: string;
}

export interface PublishOutcome {
  readonly commentUrls: readonly string[];
  /** Comments left as they were: the verdict they show did not change. */
  readonly commentsUnchanged: number;
  readonly checkRunUrl?: string;
  /** HTTP requests this Octokit has sent so far, retries included. */
  readonly apiCalls: number;
  /** Each to show once as a warning; never a failure. */
  readonly warnings: readonly string[];
}

const SURFACE_LABEL: Record<Surface, string> = {
  comment: 'the pull request comment',
  'check-run': 'the check run',
  'pull-request': 'the pull request',
};

/** One warning for every permission GitHub refused: why nothing was posted, and the fix. */
function permissionWarning(denied: readonly PermissionError[], context: PublishContext): string {
  const what = [...new Set(denied.map((error) => SURFACE_LABEL[error.surface]))].join(' and ');
  if (context.isFork && context.pullNumber !== undefined) {
    return (
      `Nothing was posted on pull request #${context.pullNumber}: it comes from a fork, and on \`pull_request\` GitHub gives such runs a read-only GITHUB_TOKEN whatever \`permissions:\` says (it answered 403 "Resource not accessible by integration" for ${what}). ` +
      'The verdict is still in the job summary, the step outputs and the JSON report, and the step passes or fails by it. ' +
      'To post it on fork pull requests, upload the JSON report (the `report` output) as an artifact and publish it from a second workflow triggered by `workflow_run`, which runs in the base repository with a write token: ' +
      '`uses: readiness-gate/readiness-gate@v1` with `mode: publish` and `report: <downloaded file>` (README: "Publishing from forks (workflow_run)").'
    );
  }
  const lines = [...new Set(denied.map((error) => error.permissionLine))];
  return (
    `Could not post ${what}: the token lacks ${lines.map((line) => `\`${line}\``).join(' and ')} (GitHub answered 403 "Resource not accessible by integration"). ` +
    `Add ${lines.map((line) => `\`${line}\``).join(' and ')} under \`permissions:\` in the workflow or the job, e.g. \`permissions: { contents: read, checks: write, pull-requests: write }\`. ` +
    'The verdict is still in the job summary, the step outputs and the JSON report.'
  );
}

function joinPath(prefix: string | undefined, file: string): string {
  if (!prefix) return file;
  return `${prefix.replace(/\/+$/, '')}/${file.replace(/^\.\//, '')}`;
}

/** Blocking items listed above the tables in the comment and the check run; the tables have them all. */
const MAX_BLOCKING_LISTED = 25;

/** The options that put links to checklist lines at the head commit, the commit, and the run in the footer. */
export function commentLinks(
  context: Pick<PublishContext, 'blobUrlBase' | 'runUrl'>,
  pathPrefix?: string,
): MarkdownOptions {
  const blobUrlBase = context.blobUrlBase;
  const commitUrl = commitUrlOf(blobUrlBase);
  return {
    maxBlockingListed: MAX_BLOCKING_LISTED,
    ...(blobUrlBase
      ? {
          lineUrl: (file: string, line: number) =>
            lineUrl(blobUrlBase, joinPath(pathPrefix, file), line),
        }
      : {}),
    ...(commitUrl ? { commitUrl } : {}),
    ...(context.runUrl ? { runUrl: context.runUrl } : {}),
  };
}

/** The name a comment's marker carries: the `id` input (per checklist when there are several), else the path. */
function commentId(
  checklistPath: string,
  options: { readonly id?: string; readonly pathPrefix?: string; readonly several?: boolean },
): string {
  const path = joinPath(options.pathPrefix, checklistPath);
  if (!options.id) return path;
  return options.several ? `${options.id}:${path}` : options.id;
}

const itemHash = stateHash;

const sha256 = (text: string): string =>
  createHash('sha256').update(text).digest('base64url').slice(0, 22);

function stateOf(cv: ChecklistVerdict, digest: string): CommentState {
  return {
    digest,
    blocking: cv.items.filter((judged) => judged.isBlocking).map((j) => itemHash(j.item.id)),
    notPassing: cv.items
      .filter((judged) => judged.result.status !== 'passed' && judged.result.status !== 'waived')
      .map((judged) => itemHash(judged.item.id)),
  };
}

/** What changed against the verdict the comment showed (the last one that differed). */
function changesSince(
  cv: ChecklistVerdict,
  previous: CommentState | undefined,
): VerdictChanges | undefined {
  // A previous verdict with nothing blocking still counts: an item that blocks now is new.
  if (!previous) return undefined;
  const wasBlocking = new Set(previous.blocking);
  const wasNotPassing = new Set(previous.notPassing);
  return {
    newlyBlocking: cv.items
      .filter((judged) => judged.isBlocking && !wasBlocking.has(itemHash(judged.item.id)))
      .map((judged) => judged.item.id),
    newlyPassing: cv.items
      .filter(
        (judged) =>
          (judged.result.status === 'passed' || judged.result.status === 'waived') &&
          wasNotPassing.has(itemHash(judged.item.id)),
      )
      .map((judged) => judged.item.id),
  };
}

/**
 * One checklist's comment as posted: the hidden marker, the state line, the checklist's report
 * and the footer; masked, then fitted to GitHub's 65,536 characters. The digest covers the body
 * without its volatile parts (the changes since the previous run, the duration, the run link).
 */
export function renderComment(
  cv: ChecklistVerdict,
  verdict: Pick<Verdict, 'durationMs' | 'commit' | 'delta'>,
  options: MarkdownOptions & {
    readonly mask?: (text: string) => string;
    readonly pathPrefix?: string;
    readonly id?: string;
    readonly several?: boolean;
  } = {},
  previous?: CommentState,
): { body: string; digest: string } {
  const mask = options.mask ?? ((text: string) => text);
  const commit = verdict.commit ? { commit: verdict.commit } : {};
  // The delta against the base is part of what the comment says, so a new base rewrites it.
  const delta = verdict.delta && !options.delta ? { delta: verdict.delta } : {};
  const stable = mask(
    renderChecklistMarkdown(cv, { ...options, ...commit, ...delta, changes: () => undefined }),
  );
  const digest = sha256(stable);
  const changes = changesSince(cv, previous);
  const body = mask(
    `${renderChecklistMarkdown(cv, { ...options, ...commit, ...delta, changes: () => changes })}\n${renderFooter(verdict, options)}`,
  );
  const marker = commentMarker(commentId(cv.checklist.path, options));
  return { body: stickyBody(marker, stateOf(cv, digest), body), digest };
}

/** A comment as posted: the marker first (it is found by it), the state line, the body; fitted to GitHub's limit. */
function stickyBody(marker: string, state: CommentState, body: string): string {
  return fitComment(`${marker}\n${encodeCommentState(state)}\n${body}`);
}

/**
 * What a publish gathers as it writes: each refused write (said once at the end, with the
 * permission that grants it) and each other failure (a warning, masked and without the token).
 */
function publishFailures(
  context: PublishContext,
  mask: (text: string) => string,
  token: string | undefined,
) {
  const warnings: string[] = [];
  const denied: PermissionError[] = [];
  return {
    /** On a fork a refused write means every write will be refused: stop asking. */
    mayGoOn: (): boolean => !(context.isFork && denied.length > 0),
    failed: (error: unknown, surface: Surface): void => {
      const classified =
        error instanceof PermissionError || error instanceof GitHubApiError
          ? error
          : classifyError(error, { surface, isFork: context.isFork, token });
      if (classified instanceof PermissionError) denied.push(classified);
      else
        warnings.push(
          mask(
            redactToken(
              `Could not publish ${SURFACE_LABEL[surface]}: ${classified.message}`,
              token,
            ),
          ),
        );
    },
    warn: (warning: string): void => {
      warnings.push(warning);
    },
    /** The warnings, the one for refused permissions first. */
    warnings: (): string[] =>
      denied.length > 0
        ? [mask(redactToken(permissionWarning(denied, context), token)), ...warnings]
        : warnings,
  };
}

/** One sticky comment to post: the marker that finds it again, how its body is built, and when to post it. */
interface StickyComment {
  readonly marker: string;
  readonly compose: (previous: CommentState | undefined) => { body: string; digest: string };
  readonly mode: 'always' | 'on-failure';
  readonly ready: boolean;
}

/** What a check run says; the commit, name, cap and link are the same for a verdict and for problems. */
interface CheckRunOutput {
  readonly conclusion: CheckConclusion;
  readonly title: string;
  readonly summary: string;
  readonly annotations: readonly CheckAnnotation[];
}

/**
 * The writes of one publish, the same for a verdict and for problems: the sticky comments, then
 * the check run, each failure kept for a warning (see publishFailures).
 */
function publication(
  octokit: GitHubOctokit,
  request: Omit<PublishRequest, 'verdict' | 'headline'>,
) {
  const { context } = request;
  const { mayGoOn, failed, warn, warnings } = publishFailures(context, request.mask, request.token);
  return {
    warn,
    /** On a pull request, unless `comment` is off, one after another. */
    async postComments(
      comments: readonly StickyComment[],
    ): Promise<Pick<PublishOutcome, 'commentUrls' | 'commentsUnchanged'>> {
      const commentUrls: string[] = [];
      let commentsUnchanged = 0;
      const issueNumber = context.pullNumber;
      if (request.comment === 'false' || issueNumber === undefined)
        return { commentUrls, commentsUnchanged };
      for (const comment of comments) {
        if (!mayGoOn()) break;
        try {
          const result = await publishComment(octokit, {
            owner: context.owner,
            repo: context.repo,
            issueNumber,
            body: '',
            ...comment,
            isFork: context.isFork,
          });
          if (result.url) commentUrls.push(result.url);
          if (result.action === 'unchanged') commentsUnchanged += 1;
        } catch (error) {
          failed(error, 'comment');
        }
      }
      return { commentUrls, commentsUnchanged };
    },
    /** Unless the input is off or the commit unknown; `output` is rendered only then. Returns its URL. */
    async postCheckRun(output: () => CheckRunOutput): Promise<string | undefined> {
      if (request.checkRun === false || context.headSha === undefined || !mayGoOn())
        return undefined;
      try {
        const result = await publishCheckRun(octokit, {
          owner: context.owner,
          repo: context.repo,
          headSha: context.headSha,
          name: request.checkName,
          ...output(),
          maxAnnotations: request.maxAnnotations,
          ...(context.runUrl ? { detailsUrl: context.runUrl } : {}),
          isFork: context.isFork,
        });
        return result.url || undefined;
      } catch (error) {
        failed(error, 'check-run');
        return undefined;
      }
    },
    outcome(
      comments: Pick<PublishOutcome, 'commentUrls' | 'commentsUnchanged'>,
      checkRunUrl: string | undefined,
    ): PublishOutcome {
      return {
        ...comments,
        ...(checkRunUrl ? { checkRunUrl } : {}),
        apiCalls: countApiCalls(octokit).requests,
        warnings: warnings(),
      };
    },
  };
}

/**
 * Publishes the verdict: on a pull request one sticky comment per checklist (per `comment`),
 * then one check run on the head commit with the full Markdown as summary and the annotations,
 * capped by `maxAnnotations`. Never throws for GitHub's answers: a 403 becomes one warning that
 * says why and how to fix it, other failures a warning each.
 */
export async function publishVerdict(
  octokit: GitHubOctokit,
  request: PublishRequest,
): Promise<PublishOutcome> {
  const { context, mask } = request;
  const verdict = maskVerdict(request.verdict, mask);
  const posting = publication(octokit, request);
  const markdownOptions = commentLinks(context, request.pathPrefix);
  const commentOptions = {
    ...markdownOptions,
    mask,
    several: request.several ?? verdict.checklists.length > 1,
    ...(request.id ? { id: request.id } : {}),
    ...(request.pathPrefix ? { pathPrefix: request.pathPrefix } : {}),
  };
  const comments = await posting.postComments(
    verdict.checklists.map((cv) => ({
      marker: commentMarker(commentId(cv.checklist.path, commentOptions)),
      compose: (previous) => renderComment(cv, verdict, commentOptions, previous),
      mode: request.comment === 'on-failure' ? 'on-failure' : 'always',
      ready: cv.passed,
    })),
  );
  if (request.checkRun !== false && context.headSha === undefined)
    posting.warn(
      'No check run was made: the commit is unknown (no pull request head and no GITHUB_SHA).',
    );
  const checkRunUrl = await posting.postCheckRun(() => ({
    conclusion: conclusionOf(verdict, request.failOn),
    title: mask(request.headline),
    summary: mask(renderMarkdown(verdict, markdownOptions)),
    annotations: buildAnnotations(verdict, mask).map((annotation) => ({
      path: joinPath(request.pathPrefix, annotation.path),
      startLine: annotation.startLine,
      endLine: annotation.endLine,
      ...(annotation.startColumn !== undefined ? { startColumn: annotation.startColumn } : {}),
      ...(annotation.endColumn !== undefined ? { endColumn: annotation.endColumn } : {}),
      level: annotation.level,
      title: annotation.title,
      message: annotation.message,
    })),
  }));
  return posting.outcome(comments, checkRunUrl);
}

export interface ProblemsRequest extends Omit<PublishRequest, 'verdict' | 'headline'> {
  readonly problems: readonly Problem[];
  /** The checklist paths the run was given (or found), whose comments the problems replace. */
  readonly checklistPaths: readonly string[];
  /** The verdict of the checklists that are valid (several checklists, some invalid): shown after the problems in the check run. */
  readonly validVerdict?: Verdict;
}

/**
 * An invalid checklist is said where the verdict was: each checklist's sticky comment and the
 * check run (conclusion `failure`) are replaced by the problems, located and linked, saying that
 * no verdict was reached for this commit. The comment keeps the state of the last verdict, so the
 * next valid run still says what changed since it.
 */
export async function publishProblems(
  octokit: GitHubOctokit,
  request: ProblemsRequest,
): Promise<PublishOutcome> {
  const { context, mask } = request;
  const posting = publication(octokit, request);
  const links = commentLinks(context, request.pathPrefix);
  const problems = request.problems.map((problem) => ({
    ...problem,
    message: mask(problem.message),
  }));
  const markdown = renderProblemsMarkdown(problems, {
    ...links,
    ...(context.headSha ? { commit: context.headSha } : {}),
  });
  const shown = mask(markdown);
  const digest = sha256(shown);
  const idOptions = {
    several: request.several ?? request.checklistPaths.length > 1,
    ...(request.id ? { id: request.id } : {}),
    ...(request.pathPrefix ? { pathPrefix: request.pathPrefix } : {}),
  };
  const comments = await posting.postComments(
    request.checklistPaths.map((path) => {
      const marker = commentMarker(commentId(path, idOptions));
      return {
        marker,
        compose: (previous) => ({
          body: stickyBody(
            marker,
            {
              digest,
              blocking: previous?.blocking ?? [],
              notPassing: previous?.notPassing ?? [],
            },
            shown,
          ),
          digest,
        }),
        mode: 'always',
        ready: false,
      };
    }),
  );
  const checkRunUrl = await posting.postCheckRun(() => ({
    conclusion: 'failure',
    title: `Invalid checklist: no verdict was reached (${problems.length} problem${problems.length === 1 ? '' : 's'})`,
    summary: mask(
      request.validVerdict
        ? `${markdown}\n${renderMarkdown(maskVerdict(request.validVerdict, mask), { ...links, headingLevel: 2 })}`
        : markdown,
    ),
    annotations: problems
      .filter((problem) => problem.line > 0)
      .map((problem) => ({
        path: joinPath(request.pathPrefix, problem.file),
        startLine: problem.line,
        endLine: problem.line,
        level: 'failure' as const,
        title: 'Invalid checklist',
        message: `${problem.keyPath ? `${problem.keyPath}: ` : ''}${problem.message}`,
      })),
  }));
  // Only the verdict's log line reports unchanged comments.
  return posting.outcome({ ...comments, commentsUnchanged: 0 }, checkRunUrl);
}

function field(value: unknown, ...path: string[]): unknown {
  let node = value;
  for (const key of path) {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/**
 * Where a verdict read from a JSON report goes (the `publish` mode, typically in a `workflow_run`
 * workflow). The repository is always this run's own (`GITHUB_REPOSITORY`, where the token can
 * write); a report made for another repository is refused. The commit is the triggering run's
 * head (`workflow_run.head_sha`), else the report's; the pull request is the report's, else the
 * first of `workflow_run.pull_requests` (empty for forks).
 */
export function contextFromReport(
  eventName: string,
  payload: unknown,
  source: ReportSource | undefined,
  environment: RunEnvironment,
): { context: PublishContext; expectedHeadSha?: string; refused?: string } {
  const own = derivePublishContext(eventName, payload, environment);
  const ownName = `${own.owner}/${own.repo}`;
  if (source && source.repository.toLowerCase() !== ownName.toLowerCase()) {
    return {
      context: own,
      refused: `The report was made for ${source.repository}, not for this repository (${ownName}); nothing was posted.`,
    };
  }
  const run = field(payload, 'workflow_run');
  const runHeadSha = field(run, 'head_sha');
  const runPulls = field(run, 'pull_requests');
  const runPull = Array.isArray(runPulls) ? field(runPulls[0], 'number') : undefined;
  const runPullNumber =
    typeof runPull === 'number' && Number.isInteger(runPull) && runPull > 0 ? runPull : undefined;
  const headSha =
    (typeof runHeadSha === 'string' && runHeadSha ? runHeadSha : undefined) ??
    source?.headSha ??
    own.headSha;
  const isPullRequestEvent = source
    ? source.event === 'pull_request' || source.event === 'pull_request_target'
    : runPullNumber !== undefined;
  const pullNumber = isPullRequestEvent ? (source?.pullRequest ?? runPullNumber) : undefined;
  const blobUrlBase =
    headSha && own.blobUrlBase
      ? own.blobUrlBase.replace(/\/blob\/[^/]+\/$/, `/blob/${headSha}/`)
      : own.blobUrlBase;
  return {
    context: {
      ...own,
      eventName: source?.event ?? eventName,
      pullNumber,
      headSha,
      isFork: false,
      ...(blobUrlBase ? { blobUrlBase } : {}),
    },
    ...(headSha ? { expectedHeadSha: headSha } : {}),
  };
}

/**
 * Checks that the pull request a report names is the one the commit belongs to (a report is only
 * as trustworthy as the run that wrote it), and learns whether it comes from a fork. Returns a
 * problem to warn about when it does not match: the comment is then left alone.
 */
export async function confirmPullRequest(
  octokit: GitHubOctokit,
  context: PublishContext,
  expectedHeadSha: string | undefined,
  token?: string,
): Promise<{ context: PublishContext; problem?: string }> {
  if (context.pullNumber === undefined) return { context };
  try {
    const { data } = await octokit.rest.pulls.get({
      owner: context.owner,
      repo: context.repo,
      pull_number: context.pullNumber,
    });
    const isFork =
      data.head.repo?.fork === true ||
      (data.head.repo?.full_name ?? '').toLowerCase() !==
        `${context.owner}/${context.repo}`.toLowerCase();
    if (expectedHeadSha && data.head.sha !== expectedHeadSha) {
      return {
        context: { ...context, pullNumber: undefined, isFork },
        problem: `Pull request #${context.pullNumber} is now at ${data.head.sha.slice(0, 7)}, not at ${expectedHeadSha.slice(0, 7)} where this report was made; its comment is left to the newer run (the check run still goes on ${expectedHeadSha.slice(0, 7)}).`,
      };
    }
    return { context: { ...context, isFork } };
  } catch (error) {
    const classified = classifyError(error, { surface: 'pull-request', token });
    return {
      context: { ...context, pullNumber: undefined },
      problem: `Could not read pull request #${context.pullNumber}, so no comment was posted: ${classified.message}`,
    };
  }
}
