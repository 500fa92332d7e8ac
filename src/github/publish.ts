// Publishes a verdict on GitHub: one sticky comment per checklist on the pull request, one check run on the head commit.
import type { ChecklistVerdict, Verdict } from '../model.js';
import { buildAnnotations } from '../render/annotations.js';
import {
  renderChecklistMarkdown,
  renderFooter,
  renderMarkdown,
  type MarkdownOptions,
} from '../render/markdown.js';
import { maskVerdict } from '../render/mask-verdict.js';
import type { ReportSource } from '../render/json.js';
import { publishCheckRun, type CheckAnnotation, type CheckConclusion } from './check-run.js';
import { countApiCalls, createOctokit, type GitHubOctokit } from './client.js';
import { commentMarker, fitComment, publishComment } from './comment.js';
import {
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

export { derivePublishContext, type PublishContext, type RunEnvironment };

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

/** `success` when ready, `failure` when not, `neutral` when ready but an advisory item failed. */
export function conclusionOf(verdict: Verdict): CheckConclusion {
  if (!verdict.ready) return 'failure';
  const advisoryFailed = verdict.checklists.some((cv) =>
    cv.items.some(
      (judged) =>
        !judged.isBlocking &&
        (judged.result.status === 'failed' || judged.result.status === 'errored'),
    ),
  );
  return advisoryFailed ? 'neutral' : 'success';
}

export interface PublishRequest {
  readonly context: PublishContext;
  readonly verdict: Verdict;
  /** Removes secrets: applied to the verdict before rendering and to everything sent. */
  readonly mask: (text: string) => string;
  readonly checkName: string;
  readonly comment: 'true' | 'false' | 'on-failure';
  readonly maxAnnotations: number;
  /** One line: ready or not, score, level; the check run's title. */
  readonly headline: string;
  /** The working directory relative to the repository root (`''` or `examples/app/`), put before checklist and finding paths. */
  readonly pathPrefix?: string;
  /** The token, scrubbed from any message. */
  readonly token?: string;
}

export interface PublishOutcome {
  readonly commentUrls: readonly string[];
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

/** The options that put links to checklist lines at the head commit, and the run in the footer. */
export function commentLinks(
  context: Pick<PublishContext, 'blobUrlBase' | 'runUrl'>,
  pathPrefix?: string,
): MarkdownOptions {
  const blobUrlBase = context.blobUrlBase;
  return {
    maxBlockingListed: MAX_BLOCKING_LISTED,
    ...(blobUrlBase
      ? {
          lineUrl: (file: string, line: number) =>
            lineUrl(blobUrlBase, joinPath(pathPrefix, file), line),
        }
      : {}),
    ...(context.runUrl ? { runUrl: context.runUrl } : {}),
  };
}

/**
 * One checklist's comment as posted: the hidden marker naming the checklist (repository-relative),
 * the checklist's report, the footer; masked, then fitted to GitHub's 65,536 characters.
 */
export function renderComment(
  cv: ChecklistVerdict,
  verdict: Pick<Verdict, 'durationMs' | 'delta'>,
  options: MarkdownOptions & {
    readonly mask?: (text: string) => string;
    readonly pathPrefix?: string;
  } = {},
): string {
  const mask = options.mask ?? ((text: string) => text);
  const withDelta =
    verdict.delta && !options.delta ? { ...options, delta: verdict.delta } : options;
  const body = mask(`${renderChecklistMarkdown(cv, withDelta)}\n${renderFooter(verdict, options)}`);
  return fitComment(`${commentMarker(joinPath(options.pathPrefix, cv.checklist.path))}\n${body}`);
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
  const { context, mask, token } = request;
  const verdict = maskVerdict(request.verdict, mask);
  const warnings: string[] = [];
  const denied: PermissionError[] = [];
  const commentUrls: string[] = [];
  let checkRunUrl: string | undefined;
  const markdownOptions = commentLinks(context, request.pathPrefix);
  /** On a fork a refused write means every write will be refused: stop asking. */
  const mayGoOn = (): boolean => !(context.isFork && denied.length > 0);
  const failed = (error: unknown, surface: Surface): void => {
    const classified =
      error instanceof PermissionError || error instanceof GitHubApiError
        ? error
        : classifyError(error, { surface, isFork: context.isFork, token });
    if (classified instanceof PermissionError) denied.push(classified);
    else
      warnings.push(
        mask(
          redactToken(`Could not publish ${SURFACE_LABEL[surface]}: ${classified.message}`, token),
        ),
      );
  };

  if (request.comment !== 'false' && context.pullNumber !== undefined) {
    for (const cv of verdict.checklists) {
      if (!mayGoOn()) break;
      const body = renderComment(cv, verdict, {
        ...markdownOptions,
        mask,
        ...(request.pathPrefix ? { pathPrefix: request.pathPrefix } : {}),
      });
      try {
        const result = await publishComment(octokit, {
          owner: context.owner,
          repo: context.repo,
          issueNumber: context.pullNumber,
          marker: commentMarker(joinPath(request.pathPrefix, cv.checklist.path)),
          body,
          mode: request.comment === 'on-failure' ? 'on-failure' : 'always',
          ready: cv.ready,
          isFork: context.isFork,
        });
        if (result.url) commentUrls.push(result.url);
      } catch (error) {
        failed(error, 'comment');
      }
    }
  }

  if (context.headSha === undefined) {
    warnings.push(
      'No check run was made: the commit is unknown (no pull request head and no GITHUB_SHA).',
    );
  } else if (mayGoOn()) {
    const annotations: CheckAnnotation[] = buildAnnotations(verdict, mask).map((annotation) => ({
      path: joinPath(request.pathPrefix, annotation.path),
      startLine: annotation.startLine,
      endLine: annotation.endLine,
      ...(annotation.startColumn !== undefined ? { startColumn: annotation.startColumn } : {}),
      ...(annotation.endColumn !== undefined ? { endColumn: annotation.endColumn } : {}),
      level: annotation.level,
      title: annotation.title,
      message: annotation.message,
    }));
    try {
      const result = await publishCheckRun(octokit, {
        owner: context.owner,
        repo: context.repo,
        headSha: context.headSha,
        name: request.checkName,
        conclusion: conclusionOf(verdict),
        title: mask(request.headline),
        summary: mask(renderMarkdown(verdict, markdownOptions)),
        annotations,
        maxAnnotations: request.maxAnnotations,
        ...(context.runUrl ? { detailsUrl: context.runUrl } : {}),
        isFork: context.isFork,
      });
      checkRunUrl = result.url || undefined;
    } catch (error) {
      failed(error, 'check-run');
    }
  }

  if (denied.length > 0)
    warnings.unshift(mask(redactToken(permissionWarning(denied, context), token)));
  return {
    commentUrls,
    ...(checkRunUrl ? { checkRunUrl } : {}),
    apiCalls: countApiCalls(octokit).requests,
    warnings,
  };
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
