// Derives where to publish from the event name, its payload and the runner's variables: repository, pull request, head SHA, links.

export interface RunEnvironment {
  /** `GITHUB_REPOSITORY`, `owner/name`. */
  readonly repository?: string;
  /** `GITHUB_SHA`. */
  readonly sha?: string;
  /** `GITHUB_SERVER_URL`; default `https://github.com`. */
  readonly serverUrl?: string;
  /** `GITHUB_RUN_ID`. */
  readonly runId?: string;
}

export interface PublishContext {
  readonly owner: string;
  readonly repo: string;
  readonly eventName: string;
  /** The pull request number on `pull_request` and `pull_request_target`; undefined otherwise. */
  readonly pullNumber?: number;
  /** The commit the check run belongs on: the PR's head, the merge group's head, else `GITHUB_SHA`. */
  readonly headSha?: string;
  /** The pull request's head lives in another repository, so GITHUB_TOKEN is read-only on `pull_request`. */
  readonly isFork: boolean;
  /** `${GITHUB_SERVER_URL}/${repo}/actions/runs/${GITHUB_RUN_ID}`, when the run id is known. */
  readonly runUrl?: string;
  /** Prefix for links to files at the head commit: `${server}/${repo}/blob/${headSha}/`; append a path and `#L12`. */
  readonly blobUrlBase?: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function field(value: unknown, ...path: string[]): unknown {
  let node = value;
  for (const key of path) {
    if (!isRecord(node)) return undefined;
    node = node[key];
  }
  return node;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/** The events whose payload carries the pull request the gate comments on. */
const PULL_REQUEST_EVENTS = new Set([
  'pull_request',
  'pull_request_target',
  // A review re-decides the gate at once (its /confirm, its approval of a waiver).
  'pull_request_review',
]);

/**
 * Reads the event as plain values (the event name, the parsed `GITHUB_EVENT_PATH` JSON and
 * the `GITHUB_*` variables); it never touches `@actions/github`'s context singleton.
 * Throws when the repository cannot be known.
 */
export function derivePublishContext(
  eventName: string,
  payload: unknown,
  environment: RunEnvironment,
): PublishContext {
  const fullName = text(environment.repository) ?? text(field(payload, 'repository', 'full_name'));
  const [owner, repo] = fullName?.split('/') ?? [];
  if (!owner || !repo)
    throw new Error(
      'Cannot tell which repository to publish to: GITHUB_REPOSITORY is not set and the event has no repository.',
    );

  const pullRequest = PULL_REQUEST_EVENTS.has(eventName)
    ? field(payload, 'pull_request')
    : undefined;
  const number = field(pullRequest, 'number');
  const pullNumber =
    typeof number === 'number' && Number.isInteger(number) && number > 0 ? number : undefined;

  let headSha: string | undefined;
  if (pullRequest !== undefined) headSha = text(field(pullRequest, 'head', 'sha'));
  else if (eventName === 'merge_group') headSha = text(field(payload, 'merge_group', 'head_sha'));
  headSha ??= text(environment.sha);

  const headRepo = text(field(pullRequest, 'head', 'repo', 'full_name'));
  const isFork =
    pullRequest !== undefined &&
    (field(pullRequest, 'head', 'repo', 'fork') === true ||
      (headRepo !== undefined && headRepo.toLowerCase() !== `${owner}/${repo}`.toLowerCase()));

  const serverUrl = (text(environment.serverUrl) ?? 'https://github.com').replace(/\/+$/, '');
  const runId = text(environment.runId);
  const runUrl = runId ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}` : undefined;
  const blobUrlBase = headSha ? `${serverUrl}/${owner}/${repo}/blob/${headSha}/` : undefined;

  return { owner, repo, eventName, pullNumber, headSha, isFork, runUrl, blobUrlBase };
}

/**
 * A link to a line of a file at the head commit; the path's segments are URL-encoded. GitHub
 * renders Markdown files, where line anchors do nothing, so their links open the plain view.
 */
export function lineUrl(blobUrlBase: string, path: string, line?: number): string {
  const encoded = path.split('/').map(encodeURIComponent).join('/');
  if (line === undefined || line <= 0) return `${blobUrlBase}${encoded}`;
  const plain = /\.(?:md|markdown|mdown|mkd)$/i.test(path) ? '?plain=1' : '';
  return `${blobUrlBase}${encoded}${plain}#L${line}`;
}

/** The judged commit's page, from the blob prefix (`…/blob/<sha>/` → `…/commit/<sha>`). */
export function commitUrlOf(blobUrlBase: string | undefined): string | undefined {
  return blobUrlBase?.replace(/\/blob\/([^/]+)\/$/, '/commit/$1');
}
