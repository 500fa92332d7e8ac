// Classifies what GitHub answered: a missing permission becomes a PermissionError whose message says how to grant it.

/** Which surface was being published, so the message names the right permission. */
export type Surface = 'comment' | 'check-run' | 'pull-request';

const PERMISSION_LINE: Record<Surface, string> = {
  comment: 'pull-requests: write',
  'check-run': 'checks: write',
  'pull-request': 'pull-requests: read',
};

const SURFACE_NAME: Record<Surface, string> = {
  comment: 'the pull request comment',
  'check-run': 'the check run',
  'pull-request': 'the pull request',
};

/** GitHub answered 403 "Resource not accessible by integration": the token lacks a permission. */
export class PermissionError extends Error {
  override readonly name = 'PermissionError';
  constructor(
    message: string,
    readonly surface: Surface,
    /** The `permissions:` line that grants what was missing, e.g. `checks: write`. */
    readonly permissionLine: string,
    /** GitHub's `x-accepted-github-permissions` header, when it sent one. */
    readonly acceptedPermissions: string | undefined,
    readonly status: number,
  ) {
    super(message);
  }
}

/** Any other failure talking to GitHub, with a message safe to print. */
export class GitHubApiError extends Error {
  override readonly name = 'GitHubApiError';
  constructor(
    message: string,
    readonly status: number | undefined,
  ) {
    super(message);
  }
}

interface ErrorShape {
  status?: unknown;
  message?: unknown;
  response?: { headers?: Record<string, unknown>; data?: unknown };
  request?: { method?: unknown; url?: unknown };
}

function shapeOf(error: unknown): ErrorShape {
  return error !== null && typeof error === 'object' ? (error as ErrorShape) : {};
}

/** GitHub's own message: the `message` of the response body, else the error's first line. */
function gitHubMessage(shape: ErrorShape): string {
  const data = shape.response?.data;
  if (
    data !== null &&
    typeof data === 'object' &&
    typeof (data as { message?: unknown }).message === 'string'
  ) {
    return (data as { message: string }).message;
  }
  return typeof shape.message === 'string'
    ? (shape.message.split('\n')[0] ?? '')
    : String(shape.message ?? 'unknown error');
}

/** Removes a token that might have slipped into a message (an authorization header, a URL). */
export function redactToken(text: string, token?: string): string {
  let out = text.replace(/\b(gh[pousr]_[A-Za-z0-9_]{16,}|github_pat_[A-Za-z0-9_]{20,})\b/g, '***');
  out = out.replace(/(authorization["']?\s*[:=]\s*["']?)(?:token|bearer)\s+[^\s"',}]+/gi, '$1***');
  if (token && token.length >= 4) out = out.split(token).join('***');
  return out;
}

export interface ClassifyOptions {
  readonly surface: Surface;
  /** The pull request comes from a fork, where GITHUB_TOKEN is read-only whatever `permissions:` says. */
  readonly isFork?: boolean;
  /** Whatever token was used, so it can be scrubbed from any message. */
  readonly token?: string;
}

/**
 * Turns an Octokit error into a PermissionError (403 "Resource not accessible by …") or a
 * GitHubApiError. Messages never carry the token.
 */
export function classifyError(
  error: unknown,
  options: ClassifyOptions,
): PermissionError | GitHubApiError {
  const shape = shapeOf(error);
  const status = typeof shape.status === 'number' ? shape.status : undefined;
  const message = gitHubMessage(shape);
  const method = typeof shape.request?.method === 'string' ? shape.request.method : undefined;
  const url =
    typeof shape.request?.url === 'string' ? shape.request.url.replace(/\?.*$/, '') : undefined;
  const where = method && url ? ` (${method} ${url})` : '';
  if (
    status === 403 &&
    /Resource not accessible by (integration|personal access token)/i.test(message)
  ) {
    const accepted = shape.response?.headers?.['x-accepted-github-permissions'];
    const acceptedText = typeof accepted === 'string' ? accepted : undefined;
    const line = PERMISSION_LINE[options.surface];
    const parts = [
      `Could not publish ${SURFACE_NAME[options.surface]}: GitHub answered 403 "${message}"${where}.`,
      options.isFork
        ? `This pull request comes from a fork, where GITHUB_TOKEN is read-only whatever \`permissions:\` says. To post results for fork pull requests, run the gate here with \`comment: false\`, upload its JSON report as an artifact, and publish it from a second workflow triggered by \`workflow_run\` (which runs in the base repository with a write token) using the action's \`publish\` mode.`
        : `The token lacks a permission: add \`${line}\` under \`permissions:\` in the workflow (or the job).`,
    ];
    if (acceptedText) parts.push(`GitHub accepts: ${acceptedText}.`);
    return new PermissionError(
      redactToken(parts.join(' '), options.token),
      options.surface,
      line,
      acceptedText,
      status,
    );
  }
  const prefix = status === undefined ? 'GitHub request failed' : `GitHub answered ${status}`;
  return new GitHubApiError(redactToken(`${prefix}${where}: ${message}`, options.token), status);
}

/** The HTTP status of an Octokit error, when it has one. */
export function statusOf(error: unknown): number | undefined {
  const status =
    error !== null && typeof error === 'object'
      ? (error as { status?: unknown }).status
      : undefined;
  return typeof status === 'number' ? status : undefined;
}

/** A 5xx or no answer at all: the write may or may not have been committed. */
export function isUncertain(error: unknown): boolean {
  const status = statusOf(error);
  return status === undefined || status >= 500;
}
