// A stand-in for GitHub's REST API on loopback: the endpoints the gate calls, with GitHub's auth, pagination, limits, errors and faults.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import {
  BOT_LOGIN,
  EXAMPLE_HEAD_SHA,
  StandinState,
  type StoredAnnotation,
  type StoredCheckRun,
  type StoredComment,
  type StoredPull,
  type StoredArtifact,
  type StoredRepo,
  type StoredWorkflowRun,
} from './state.js';
import { subset, validateBody, validateQuery, type ModelError } from './validate.js';

export { StandinState, BOT_LOGIN, EXAMPLE_HEAD_SHA } from './state.js';
export type {
  StoredAnnotation,
  StoredCheckRun,
  StoredComment,
  StoredPull,
  StoredRepo,
} from './state.js';

export type Permission = 'none' | 'read' | 'write';

/** What a token may do, per `permissions:` scope. */
export interface TokenGrant {
  readonly issues?: Permission;
  readonly pull_requests?: Permission;
  readonly checks?: Permission;
  /** Organization members (team membership). A repository's GITHUB_TOKEN never has it. */
  readonly members?: Permission;
  readonly actions?: Permission;
}

/** A fault to inject on demand. */
export interface FaultSpec {
  /** Which requests count: an operationId (`checks/create`), `write` (any non-GET), `read`, or `*` (default). */
  readonly on?: string;
  /** Count each operation separately, so `{on: 'write', perOperation: true}` hits the first write of each kind. */
  readonly perOperation?: boolean;
  /** The first matching request (1-based) that fails; default 1. */
  readonly nth?: number;
  /** How many matching requests fail from `nth` on; default 1. */
  readonly times?: number;
  readonly kind: 'server-error' | 'secondary-rate-limit' | 'primary-rate-limit';
  /** For `server-error`; default 502. */
  readonly status?: number;
  /** For `secondary-rate-limit`: the `retry-after` header in seconds (default 1); `null` sends none. */
  readonly retryAfterS?: number | null;
  /** For `server-error` on a write: apply the write, then fail, as when GitHub committed it before the gateway timed out. */
  readonly commitWrite?: boolean;
}

export interface StandinOptions {
  /**
   * Tokens and what they may do: `write` (everything), `read-only` (as on a fork PR), or a grant per scope.
   * Unknown tokens get 401 `Bad credentials`. When omitted, every non-empty token may write.
   */
  readonly tokens?: Readonly<Record<string, 'write' | 'read-only' | TokenGrant>>;
  /**
   * Tokens that are personal access tokens, and their user's login: `GET /user` answers with it
   * and their comments are written by it. Every other token is an installation token (like
   * GITHUB_TOKEN): `GET /user` answers 403 and its comments are written by `github-actions[bot]`.
   */
  readonly users?: Readonly<Record<string, string>>;
  /** Seed Codertocat/Hello-World with PR #2 at the webhooks-examples head; default true. */
  readonly seedExample?: boolean;
  /** A path prefix such as `/api/v3` to stand in for GitHub Enterprise Server. */
  readonly pathPrefix?: string;
  /** The web host for `html_url`s; default `https://github.com`. */
  readonly serverUrl?: string;
  /** The primary limit (1000 per hour for GITHUB_TOKEN) and how much of it is used already. */
  readonly rateLimit?: { readonly limit?: number; readonly used?: number };
  readonly faults?: readonly FaultSpec[];
}

export interface LoggedRequest {
  readonly method: string;
  /** Path without the GHES prefix and without the query. */
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly operationId?: string;
  readonly status: number;
  /** The parsed JSON request body, or undefined. */
  readonly body: unknown;
  readonly token?: string;
  /** Which injected fault answered, if any. */
  readonly fault?: FaultSpec['kind'];
  readonly userAgent?: string;
}

export interface Standin {
  /** The API base URL to give Octokit (`GITHUB_API_URL`). */
  readonly url: string;
  readonly state: StandinState;
  readonly log: LoggedRequest[];
  /** Adds a fault while running. */
  fault(spec: FaultSpec): void;
  /** Requests in the log for one operation. */
  requests(operationId: string): LoggedRequest[];
  close(): Promise<void>;
}

interface Route {
  readonly operationId: string;
  readonly method: string;
  readonly pattern: RegExp;
  /** `issues=write; pull_requests=write` as GitHub sends in `x-accepted-github-permissions`. */
  readonly accepted: readonly (readonly [keyof TokenGrant, Permission])[];
}

/** `/repos/{owner}/{repo}` or `/repositories/{id}` (GitHub's `Link` URLs use the latter). */
const REPO = String.raw`(?:/repos/(?<owner>[^/]+)/(?<repo>[^/]+)|/repositories/(?<repoId>\d+))`;

const ROUTES: readonly Route[] = [
  {
    operationId: 'issues/list-comments',
    method: 'GET',
    pattern: new RegExp(`^${REPO}/issues/(?<number>\\d+)/comments$`),
    accepted: [
      ['issues', 'read'],
      ['pull_requests', 'read'],
    ],
  },
  {
    operationId: 'issues/create-comment',
    method: 'POST',
    pattern: new RegExp(`^${REPO}/issues/(?<number>\\d+)/comments$`),
    accepted: [
      ['issues', 'write'],
      ['pull_requests', 'write'],
    ],
  },
  {
    operationId: 'issues/update-comment',
    method: 'PATCH',
    pattern: new RegExp(`^${REPO}/issues/comments/(?<id>\\d+)$`),
    accepted: [
      ['issues', 'write'],
      ['pull_requests', 'write'],
    ],
  },
  {
    operationId: 'issues/delete-comment',
    method: 'DELETE',
    pattern: new RegExp(`^${REPO}/issues/comments/(?<id>\\d+)$`),
    accepted: [
      ['issues', 'write'],
      ['pull_requests', 'write'],
    ],
  },
  {
    operationId: 'checks/create',
    method: 'POST',
    pattern: new RegExp(`^${REPO}/check-runs$`),
    accepted: [['checks', 'write']],
  },
  {
    operationId: 'checks/update',
    method: 'PATCH',
    pattern: new RegExp(`^${REPO}/check-runs/(?<id>\\d+)$`),
    accepted: [['checks', 'write']],
  },
  {
    operationId: 'checks/list-for-ref',
    method: 'GET',
    pattern: new RegExp(`^${REPO}/commits/(?<ref>.+)/check-runs$`),
    accepted: [['checks', 'read']],
  },
  {
    operationId: 'actions/list-workflow-runs',
    method: 'GET',
    pattern: new RegExp(`^${REPO}/actions/workflows/(?<workflow>[^/]+)/runs$`),
    accepted: [['actions', 'read']],
  },
  {
    operationId: 'actions/list-workflow-run-artifacts',
    method: 'GET',
    pattern: new RegExp(`^${REPO}/actions/runs/(?<id>\\d+)/artifacts$`),
    accepted: [['actions', 'read']],
  },
  {
    operationId: 'actions/download-artifact',
    method: 'GET',
    pattern: new RegExp(`^${REPO}/actions/artifacts/(?<id>\\d+)/(?<format>[^/]+)$`),
    accepted: [['actions', 'read']],
  },
  {
    operationId: 'pulls/get',
    method: 'GET',
    pattern: new RegExp(`^${REPO}/pulls/(?<number>\\d+)$`),
    accepted: [['pull_requests', 'read']],
  },
  {
    operationId: 'pulls/list-reviews',
    method: 'GET',
    pattern: new RegExp(`^${REPO}/pulls/(?<number>\\d+)/reviews$`),
    accepted: [['pull_requests', 'read']],
  },
  {
    operationId: 'pulls/list-review-comments',
    method: 'GET',
    pattern: new RegExp(`^${REPO}/pulls/(?<number>\\d+)/comments$`),
    accepted: [['pull_requests', 'read']],
  },
  {
    // Needs only the metadata permission, which every token has.
    operationId: 'repos/get-collaborator-permission-level',
    method: 'GET',
    pattern: new RegExp(`^${REPO}/collaborators/(?<username>[^/]+)/permission$`),
    accepted: [],
  },
  {
    operationId: 'teams/get-membership-for-user-in-org',
    method: 'GET',
    pattern: /^\/orgs\/(?<org>[^/]+)\/teams\/(?<team>[^/]+)\/memberships\/(?<username>[^/]+)$/,
    accepted: [['members', 'read']],
  },
];

const FULL_GRANT: TokenGrant = {
  issues: 'write',
  pull_requests: 'write',
  checks: 'write',
  actions: 'read',
};
const READ_GRANT: TokenGrant = {
  issues: 'read',
  pull_requests: 'read',
  checks: 'read',
  actions: 'read',
};
const RANK: Record<Permission, number> = { none: 0, read: 1, write: 2 };

class HttpAnswer {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {}
}

function errorBody(
  message: string,
  status: number,
  documentationUrl = 'https://docs.github.com/rest',
): Record<string, unknown> {
  return { message, documentation_url: documentationUrl, status: String(status) };
}

function notFound(documentationUrl?: string): HttpAnswer {
  return new HttpAnswer(404, errorBody('Not Found', 404, documentationUrl));
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function pageParams(query: URLSearchParams): { perPage: number; page: number } {
  const perPageRaw = Number.parseInt(query.get('per_page') ?? '', 10);
  const pageRaw = Number.parseInt(query.get('page') ?? '', 10);
  // GitHub caps per_page at 100 rather than rejecting it, and treats nonsense as the default.
  const perPage = Number.isFinite(perPageRaw) && perPageRaw > 0 ? Math.min(perPageRaw, 100) : 30;
  const page = Number.isFinite(pageRaw) && pageRaw > 0 ? pageRaw : 1;
  return { perPage, page };
}

/** Starts the stand-in on a random loopback port. */
export async function startStandin(options: StandinOptions = {}): Promise<Standin> {
  const state = new StandinState();
  if (options.seedExample !== false)
    state.addPull('Codertocat/Hello-World', { number: 2, headSha: EXAMPLE_HEAD_SHA });
  const log: LoggedRequest[] = [];
  const faults: { spec: FaultSpec; counts: Map<string, number> }[] = (options.faults ?? []).map(
    (spec) => ({ spec, counts: new Map() }),
  );
  const prefix = (options.pathPrefix ?? '').replace(/\/$/, '');
  const serverUrl = (options.serverUrl ?? 'https://github.com').replace(/\/$/, '');
  const rateLimit = { limit: options.rateLimit?.limit ?? 1000, used: options.rateLimit?.used ?? 0 };
  const resetEpochS = Math.floor(Date.now() / 1000) + 3600;
  let apiUrl = '';
  let blobOrigin = '';

  function grantFor(token: string | undefined): TokenGrant | 'unknown' | 'missing' {
    if (!token) return 'missing';
    if (!options.tokens) return FULL_GRANT;
    const grant = options.tokens[token];
    if (grant === undefined) return 'unknown';
    if (grant === 'write') return FULL_GRANT;
    if (grant === 'read-only') return READ_GRANT;
    return grant;
  }

  function pickFault(route: Route | undefined, method: string): FaultSpec | undefined {
    for (const fault of faults) {
      const on = fault.spec.on ?? '*';
      const isWrite = method !== 'GET' && method !== 'HEAD';
      const matches =
        on === '*' ||
        (on === 'write' && isWrite) ||
        (on === 'read' && !isWrite) ||
        on === route?.operationId;
      if (!matches) continue;
      const key = fault.spec.perOperation ? (route?.operationId ?? `${method} unknown`) : '';
      const count = (fault.counts.get(key) ?? 0) + 1;
      fault.counts.set(key, count);
      const nth = fault.spec.nth ?? 1;
      if (count >= nth && count < nth + (fault.spec.times ?? 1)) return fault.spec;
    }
    return undefined;
  }

  function linkHeader(
    repo: StoredRepo,
    rest: string,
    query: URLSearchParams,
    page: number,
    lastPage: number,
  ): string | undefined {
    if (lastPage <= 1) return undefined;
    const url = (target: number): string => {
      const params = new URLSearchParams(query);
      params.delete('page');
      params.set('page', String(target));
      return `${apiUrl}/repositories/${repo.id}${rest}?${params.toString()}`;
    };
    const links: string[] = [];
    if (page > 1) links.push(`<${url(Math.min(page - 1, lastPage))}>; rel="prev"`);
    if (page < lastPage)
      links.push(`<${url(page + 1)}>; rel="next"`, `<${url(lastPage)}>; rel="last"`);
    if (page > 1) links.push(`<${url(1)}>; rel="first"`);
    return links.join(', ');
  }

  function paginate<T>(
    items: readonly T[],
    repo: StoredRepo,
    rest: string,
    query: URLSearchParams,
  ): { page: T[]; headers: Record<string, string> } {
    const { perPage, page } = pageParams(query);
    const lastPage = Math.max(1, Math.ceil(items.length / perPage));
    const link = linkHeader(repo, rest, query, page, lastPage);
    return {
      page: items.slice((page - 1) * perPage, page * perPage),
      headers: link ? { link } : {},
    };
  }

  const repoApi = (repo: StoredRepo): string => `${apiUrl}/repos/${repo.owner}/${repo.name}`;

  /** The token of the request being answered (whose comments are written by whom). */
  let currentToken: string | undefined;

  function user(login: string): Record<string, unknown> {
    const isBot = login.endsWith('[bot]');
    return {
      login,
      id: isBot ? 41898282 : 583231,
      type: isBot ? 'Bot' : 'User',
      site_admin: false,
    };
  }

  function commentJson(
    repo: StoredRepo,
    issueNumber: number,
    comment: StoredComment,
  ): Record<string, unknown> {
    const kind = repo.pulls.has(issueNumber) ? 'pull' : 'issues';
    return {
      id: comment.id,
      node_id: `IC_kwDO${Buffer.from(String(comment.id)).toString('base64url')}`,
      url: `${repoApi(repo)}/issues/comments/${comment.id}`,
      html_url: `${serverUrl}/${repo.owner}/${repo.name}/${kind}/${issueNumber}#issuecomment-${comment.id}`,
      body: comment.body,
      user: user(comment.user),
      created_at: comment.createdAt,
      updated_at: comment.updatedAt,
      issue_url: `${repoApi(repo)}/issues/${issueNumber}`,
      author_association: comment.user === BOT_LOGIN ? 'NONE' : 'CONTRIBUTOR',
      performed_via_github_app: null,
    };
  }

  function checkRunJson(repo: StoredRepo, run: StoredCheckRun): Record<string, unknown> {
    return {
      id: run.id,
      name: run.name,
      node_id: `CR_kwDO${Buffer.from(String(run.id)).toString('base64url')}`,
      head_sha: run.headSha,
      external_id: run.externalId ?? '',
      url: `${repoApi(repo)}/check-runs/${run.id}`,
      html_url: `${serverUrl}/${repo.owner}/${repo.name}/runs/${run.id}`,
      details_url: run.detailsUrl ?? `${serverUrl}/${repo.owner}/${repo.name}/runs/${run.id}`,
      status: run.status,
      conclusion: run.conclusion,
      started_at: run.startedAt,
      completed_at: run.completedAt,
      output: {
        title: run.output.title,
        summary: run.output.summary,
        text: run.output.text,
        annotations_count: run.annotations.length,
        annotations_url: `${repoApi(repo)}/check-runs/${run.id}/annotations`,
      },
      check_suite: { id: 5 },
      app: { id: 15368, slug: 'github-actions', name: 'GitHub Actions' },
      pull_requests: [],
    };
  }

  function repoJson(fullName: string): Record<string, unknown> {
    const [owner = '', name = ''] = fullName.split('/');
    const known = state.repo(owner, name);
    return { id: known?.id ?? 0, name, full_name: fullName, owner: user(owner), fork: false };
  }

  function pullJson(repo: StoredRepo, pull: StoredPull): Record<string, unknown> {
    const baseName = `${repo.owner}/${repo.name}`;
    const isFork = pull.headRepo.toLowerCase() !== baseName.toLowerCase();
    return {
      url: `${repoApi(repo)}/pulls/${pull.number}`,
      id: 279147437 + pull.number,
      number: pull.number,
      html_url: `${serverUrl}/${baseName}/pull/${pull.number}`,
      state: pull.state,
      locked: false,
      title: pull.title,
      user: user(pull.author),
      body: pull.body,
      created_at: '2026-01-15T09:00:00Z',
      updated_at: '2026-01-15T09:30:00Z',
      closed_at: null,
      merged_at: null,
      merge_commit_sha: null,
      draft: false,
      head: {
        label: `${pull.headRepo.split('/')[0]}:${pull.headRef}`,
        ref: pull.headRef,
        sha: pull.headSha,
        repo: { ...repoJson(pull.headRepo), fork: isFork },
      },
      base: {
        label: `${repo.owner}:${pull.baseRef}`,
        ref: pull.baseRef,
        sha: pull.baseSha,
        repo: repoJson(baseName),
      },
      mergeable: null,
      mergeable_state: 'unknown',
    };
  }

  function workflowRunJson(repo: StoredRepo, run: StoredWorkflowRun): Record<string, unknown> {
    return {
      id: run.id,
      name: 'Readiness',
      node_id: `WFR_kwLO${Buffer.from(String(run.id)).toString('base64url')}`,
      head_branch: run.headBranch,
      head_sha: run.headSha,
      path: `.github/workflows/${run.workflowFile}`,
      run_number: run.id % 1000,
      event: run.event,
      status: run.status,
      conclusion: run.conclusion,
      workflow_id: 161335,
      url: `${repoApi(repo)}/actions/runs/${run.id}`,
      html_url: `${serverUrl}/${repo.owner}/${repo.name}/actions/runs/${run.id}`,
      artifacts_url: `${repoApi(repo)}/actions/runs/${run.id}/artifacts`,
      created_at: run.createdAt,
      updated_at: run.createdAt,
      head_commit: { id: run.headSha },
      repository: repoJson(`${repo.owner}/${repo.name}`),
    };
  }

  function artifactJson(
    repo: StoredRepo,
    run: StoredWorkflowRun,
    artifact: StoredArtifact,
  ): Record<string, unknown> {
    return {
      id: artifact.id,
      node_id: `MDg6QXJ0aWZhY3Q${artifact.id}`,
      name: artifact.name,
      size_in_bytes: artifact.zip.length,
      url: `${repoApi(repo)}/actions/artifacts/${artifact.id}`,
      archive_download_url: `${repoApi(repo)}/actions/artifacts/${artifact.id}/zip`,
      expired: artifact.expired,
      digest: null,
      created_at: run.createdAt,
      expires_at: artifact.expired ? '2026-01-01T00:00:00Z' : '2026-04-15T10:00:00Z',
      updated_at: run.createdAt,
      workflow_run: {
        id: run.id,
        repository_id: repo.id,
        head_repository_id: repo.id,
        head_branch: run.headBranch,
        head_sha: run.headSha,
      },
    };
  }

  /** Signed storage URLs handed out by the artifact download's redirect. */
  const blobs = new Map<string, Uint8Array>();

  function validationFailed(errors: readonly ModelError[], documentationUrl?: string): HttpAnswer {
    return new HttpAnswer(422, {
      message: 'Validation Failed',
      errors,
      documentation_url: documentationUrl ?? 'https://docs.github.com/rest',
      status: '422',
    });
  }

  function findComment(
    repo: StoredRepo,
    id: number,
  ): { issueNumber: number; list: StoredComment[]; index: number } | undefined {
    for (const [issueNumber, list] of repo.comments) {
      const index = list.findIndex((comment) => comment.id === id);
      if (index >= 0) return { issueNumber, list, index };
    }
    return undefined;
  }

  function applyCheckRunFields(run: StoredCheckRun, body: Record<string, unknown>): void {
    if (typeof body['name'] === 'string') run.name = body['name'];
    if (typeof body['details_url'] === 'string') run.detailsUrl = body['details_url'];
    if (typeof body['external_id'] === 'string') run.externalId = body['external_id'];
    if (typeof body['started_at'] === 'string') run.startedAt = body['started_at'];
    if (typeof body['status'] === 'string') run.status = body['status'];
    if (typeof body['conclusion'] === 'string') {
      run.conclusion = body['conclusion'];
      run.status = 'completed';
      run.completedAt =
        typeof body['completed_at'] === 'string' ? body['completed_at'] : state.now();
    }
    const output = body['output'] as Record<string, unknown> | undefined;
    if (output) {
      // Title, summary and text are replaced; annotations are appended.
      if (typeof output['title'] === 'string') run.output.title = output['title'];
      if (typeof output['summary'] === 'string') run.output.summary = output['summary'];
      if (typeof output['text'] === 'string') run.output.text = output['text'];
      if (Array.isArray(output['annotations']))
        run.annotations.push(...(output['annotations'] as StoredAnnotation[]));
    }
  }

  /** Performs the operation once auth, permissions and faults have let it through. */
  function perform(
    route: Route,
    repo: StoredRepo,
    groups: Record<string, string | undefined>,
    query: URLSearchParams,
    body: unknown,
  ): HttpAnswer {
    const spec = subset.operations[route.operationId];
    const docs = spec?.documentationUrl;
    const bodyRecord = (body ?? {}) as Record<string, unknown>;
    switch (route.operationId) {
      case 'issues/list-comments': {
        const issueNumber = Number(groups['number']);
        if (!state.hasIssue(repo, issueNumber)) return notFound(docs);
        const since = query.get('since');
        const all = (repo.comments.get(issueNumber) ?? []).filter(
          (comment) => !since || comment.updatedAt >= since,
        );
        const { page, headers } = paginate(all, repo, `/issues/${issueNumber}/comments`, query);
        return new HttpAnswer(
          200,
          page.map((comment) => commentJson(repo, issueNumber, comment)),
          headers,
        );
      }
      case 'issues/create-comment': {
        const issueNumber = Number(groups['number']);
        if (!state.hasIssue(repo, issueNumber)) return notFound(docs);
        const at = state.now();
        const comment: StoredComment = {
          id: state.newId(),
          body: String(bodyRecord['body']),
          user:
            (currentToken !== undefined ? options.users?.[currentToken] : undefined) ?? BOT_LOGIN,
          createdAt: at,
          updatedAt: at,
        };
        const list = repo.comments.get(issueNumber) ?? [];
        list.push(comment);
        repo.comments.set(issueNumber, list);
        const json = commentJson(repo, issueNumber, comment);
        return new HttpAnswer(201, json, { location: String(json['url']) });
      }
      case 'issues/update-comment': {
        const found = findComment(repo, Number(groups['id']));
        if (!found) return notFound(docs);
        const comment = found.list[found.index] as StoredComment;
        comment.body = String(bodyRecord['body']);
        comment.updatedAt = state.now();
        return new HttpAnswer(200, commentJson(repo, found.issueNumber, comment));
      }
      case 'issues/delete-comment': {
        const found = findComment(repo, Number(groups['id']));
        if (!found) return notFound(docs);
        found.list.splice(found.index, 1);
        return new HttpAnswer(204, undefined);
      }
      case 'checks/create': {
        const run: StoredCheckRun = {
          id: state.newId(),
          name: String(bodyRecord['name']),
          headSha: String(bodyRecord['head_sha']),
          status: 'queued',
          conclusion: null,
          startedAt: state.now(),
          completedAt: null,
          detailsUrl: null,
          externalId: null,
          output: { title: null, summary: null, text: null },
          annotations: [],
        };
        applyCheckRunFields(run, bodyRecord);
        repo.checkRuns.push(run);
        const json = checkRunJson(repo, run);
        return new HttpAnswer(201, json, { location: String(json['url']) });
      }
      case 'checks/update': {
        const run = repo.checkRuns.find((candidate) => candidate.id === Number(groups['id']));
        if (!run) return notFound(docs);
        applyCheckRunFields(run, bodyRecord);
        return new HttpAnswer(200, checkRunJson(repo, run));
      }
      case 'checks/list-for-ref': {
        const ref = decodeURIComponent(groups['ref'] ?? '');
        const pullHead = [...repo.pulls.values()].find(
          (pull) => `heads/${pull.headRef}` === ref || pull.headRef === ref,
        )?.headSha;
        const sha = pullHead ?? ref;
        const name = query.get('check_name');
        const status = query.get('status');
        let runs = repo.checkRuns.filter(
          (run) =>
            run.headSha === sha &&
            (!name || run.name === name) &&
            (!status || run.status === status),
        );
        if ((query.get('filter') ?? 'latest') === 'latest') {
          // `latest` keeps the most recent run of each name.
          const newest = new Map<string, StoredCheckRun>();
          for (const run of runs) newest.set(run.name, run);
          runs = [...newest.values()];
        }
        runs = [...runs].sort((a, b) => b.id - a.id);
        const { page, headers } = paginate(
          runs,
          repo,
          `/commits/${groups['ref'] ?? ''}/check-runs`,
          query,
        );
        return new HttpAnswer(
          200,
          { total_count: runs.length, check_runs: page.map((run) => checkRunJson(repo, run)) },
          headers,
        );
      }
      case 'actions/list-workflow-runs': {
        const workflow = decodeURIComponent(groups['workflow'] ?? '');
        const status = query.get('status');
        const runs = repo.workflowRuns
          .filter(
            (run) =>
              (run.workflowFile === workflow || String(161335) === workflow) &&
              (!query.get('branch') || run.headBranch === query.get('branch')) &&
              (!query.get('event') || run.event === query.get('event')) &&
              (!query.get('head_sha') || run.headSha === query.get('head_sha')) &&
              (!status || run.status === status || run.conclusion === status),
          )
          .reverse();
        const known = repo.workflowRuns.some((run) => run.workflowFile === workflow);
        if (!known && repo.workflowRuns.length > 0) return notFound(docs);
        const { page, headers } = paginate(
          runs,
          repo,
          `/actions/workflows/${workflow}/runs`,
          query,
        );
        return new HttpAnswer(
          200,
          {
            total_count: runs.length,
            workflow_runs: page.map((run) => workflowRunJson(repo, run)),
          },
          headers,
        );
      }
      case 'actions/list-workflow-run-artifacts': {
        const run = repo.workflowRuns.find((candidate) => candidate.id === Number(groups['id']));
        if (!run) return notFound(docs);
        const name = query.get('name');
        const artifacts = run.artifacts.filter((artifact) => !name || artifact.name === name);
        const { page, headers } = paginate(
          artifacts,
          repo,
          `/actions/runs/${run.id}/artifacts`,
          query,
        );
        return new HttpAnswer(
          200,
          {
            total_count: artifacts.length,
            artifacts: page.map((artifact) => artifactJson(repo, run, artifact)),
          },
          headers,
        );
      }
      case 'actions/download-artifact': {
        if (groups['format'] !== 'zip') return notFound(docs);
        for (const run of repo.workflowRuns) {
          const artifact = run.artifacts.find((candidate) => candidate.id === Number(groups['id']));
          if (!artifact) continue;
          if (artifact.expired)
            return new HttpAnswer(410, errorBody('Artifact has expired', 410, docs));
          // GitHub answers 302 to a short-lived signed storage URL on another host.
          const key = `${artifact.id}-${randomUUID()}`;
          blobs.set(key, artifact.zip);
          return new HttpAnswer(302, undefined, {
            location: `${blobOrigin}/_blob/${key}.zip?sv=2021-12-02&se=2026-01-15T10%3A01%3A00Z&sig=c2lnbmVk`,
          });
        }
        return notFound(docs);
      }
      case 'pulls/get': {
        const pull = repo.pulls.get(Number(groups['number']));
        return pull ? new HttpAnswer(200, pullJson(repo, pull)) : notFound(docs);
      }
      case 'pulls/list-reviews': {
        const pullNumber = Number(groups['number']);
        if (!repo.pulls.has(pullNumber)) return notFound(docs);
        const { page, headers } = paginate(
          repo.reviews.get(pullNumber) ?? [],
          repo,
          `/pulls/${pullNumber}/reviews`,
          query,
        );
        return new HttpAnswer(
          200,
          page.map((review) => ({
            id: review.id,
            node_id: `PRR_kwDO${Buffer.from(String(review.id)).toString('base64url')}`,
            user: user(review.user),
            body: review.body,
            state: review.state,
            html_url: `${serverUrl}/${repo.owner}/${repo.name}/pull/${pullNumber}#pullrequestreview-${review.id}`,
            pull_request_url: `${repoApi(repo)}/pulls/${pullNumber}`,
            submitted_at: review.submittedAt,
            commit_id: review.commitId,
            author_association: 'COLLABORATOR',
          })),
          headers,
        );
      }
      case 'pulls/list-review-comments': {
        const pullNumber = Number(groups['number']);
        if (!repo.pulls.has(pullNumber)) return notFound(docs);
        const { page, headers } = paginate(
          repo.reviewComments.get(pullNumber) ?? [],
          repo,
          `/pulls/${pullNumber}/comments`,
          query,
        );
        return new HttpAnswer(
          200,
          page.map((comment) => ({
            id: comment.id,
            url: `${repoApi(repo)}/pulls/comments/${comment.id}`,
            pull_request_review_id: null,
            diff_hunk: '@@ -1 +1 @@',
            path: comment.path,
            line: comment.line,
            commit_id: comment.commitId,
            original_commit_id: comment.originalCommitId,
            user: user(comment.user),
            body: comment.body,
            created_at: comment.createdAt,
            updated_at: comment.createdAt,
            html_url: `${serverUrl}/${repo.owner}/${repo.name}/pull/${pullNumber}#discussion_r${comment.id}`,
            author_association: 'COLLABORATOR',
          })),
          headers,
        );
      }
      case 'repos/get-collaborator-permission-level': {
        const login = decodeURIComponent(groups['username'] ?? '');
        const permission = repo.collaborators.get(login.toLowerCase());
        // GitHub answers 404 "… is not a user" for strangers; a collaborator's `permission` folds
        // maintain into write and triage into read, with the precise role in `role_name`.
        if (!permission) return notFound(docs);
        return new HttpAnswer(200, {
          permission:
            permission === 'maintain' ? 'write' : permission === 'triage' ? 'read' : permission,
          role_name: permission,
          user: { ...user(login), permissions: {} },
        });
      }
      default:
        return notFound();
    }
  }

  async function answer(
    request: IncomingMessage,
    logEntry: { operationId?: string; body?: unknown; token?: string; fault?: FaultSpec['kind'] },
  ): Promise<HttpAnswer> {
    const method = request.method ?? 'GET';
    const url = new URL(request.url ?? '/', 'http://standin.invalid');
    const path = url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : url.pathname;
    const authorization = request.headers.authorization ?? '';
    const token = /^(?:token|bearer)\s+(.+)$/i.exec(authorization)?.[1]?.trim();
    logEntry.token = token;
    if (path.startsWith('/_blob/') || url.pathname.startsWith('/_blob/')) {
      // The storage host: no GitHub token is wanted there, and it refuses one.
      logEntry.operationId = 'storage/get-blob';
      if (authorization !== '')
        return new HttpAnswer(
          400,
          errorBody('Authentication information is not given in the correct format.', 400),
        );
      const key = url.pathname.replace(/^.*\/_blob\//, '').replace(/\.zip$/, '');
      const zip = blobs.get(key);
      return zip
        ? new HttpAnswer(200, Buffer.from(zip), { 'content-type': 'application/zip' })
        : new HttpAnswer(404, errorBody('The specified blob does not exist.', 404));
    }
    const raw = await readBody(request);
    let body: unknown;
    if (raw.length > 0) {
      try {
        body = JSON.parse(raw);
      } catch {
        return new HttpAnswer(400, errorBody('Problems parsing JSON', 400));
      }
    }
    logEntry.body = body;

    const grant = grantFor(token);
    if (grant === 'missing') return new HttpAnswer(401, errorBody('Requires authentication', 401));
    if (grant === 'unknown') return new HttpAnswer(401, errorBody('Bad credentials', 401));

    let route: Route | undefined;
    let groups: Record<string, string | undefined> = {};
    for (const candidate of ROUTES) {
      const match = candidate.pattern.exec(path);
      if (match && candidate.method === method) {
        route = candidate;
        groups = match.groups ?? {};
        break;
      }
    }
    if (route) logEntry.operationId = route.operationId;
    const docs = route ? subset.operations[route.operationId]?.documentationUrl : undefined;
    const acceptedHeader: Record<string, string> = route
      ? {
          'x-accepted-github-permissions': route.accepted
            .map(([scope, level]) => `${scope}=${level}`)
            .join('; '),
        }
      : {};

    if (rateLimit.used >= rateLimit.limit) return primaryLimit();
    const fault = pickFault(route, method);
    if (fault?.kind === 'secondary-rate-limit') {
      logEntry.fault = fault.kind;
      const retryAfter = fault.retryAfterS === undefined ? 1 : fault.retryAfterS;
      const message = `You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID ${randomUUID().slice(0, 8).toUpperCase()}.`;
      return new HttpAnswer(
        403,
        errorBody(
          message,
          403,
          'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
        ),
        retryAfter === null ? {} : { 'retry-after': String(retryAfter) },
      );
    }
    if (fault?.kind === 'primary-rate-limit') {
      logEntry.fault = fault.kind;
      return primaryLimit();
    }
    rateLimit.used += 1;

    if (method === 'GET' && path === '/user') {
      logEntry.operationId = 'users/get-authenticated';
      const login = token === undefined ? undefined : options.users?.[token];
      return login === undefined
        ? new HttpAnswer(
            403,
            errorBody(
              'Resource not accessible by integration',
              403,
              'https://docs.github.com/rest/users/users#get-the-authenticated-user',
            ),
          )
        : new HttpAnswer(200, user(login));
    }
    currentToken = token;
    if (!route) return notFound();
    if (route.operationId === 'teams/get-membership-for-user-in-org') {
      if (RANK[grant.members ?? 'none'] < RANK.read)
        return new HttpAnswer(
          403,
          errorBody('Resource not accessible by integration', 403, docs),
          acceptedHeader,
        );
      const team = state.teams.get(`${groups['org'] ?? ''}/${groups['team'] ?? ''}`.toLowerCase());
      const login = decodeURIComponent(groups['username'] ?? '').toLowerCase();
      if (!team || !team.has(login)) return notFound(docs);
      return new HttpAnswer(200, {
        url: `${apiUrl}/organizations/1/team/1/memberships/${login}`,
        role: 'member',
        state: 'active',
      });
    }
    const repo = groups['repoId']
      ? state.repoById(Number(groups['repoId']))
      : state.repo(groups['owner'] ?? '', groups['repo'] ?? '');
    if (!repo) return notFound(docs);

    const isAllowed =
      route.accepted.length === 0 ||
      route.accepted.some(([scope, level]) => RANK[grant[scope] ?? 'none'] >= RANK[level]);
    if (!isAllowed) {
      return new HttpAnswer(
        403,
        errorBody('Resource not accessible by integration', 403, docs),
        acceptedHeader,
      );
    }

    const queryProblems = validateQuery(route.operationId, url.searchParams);
    if (queryProblems.length > 0)
      return new HttpAnswer(
        422,
        errorBody(`Invalid request.\n\n${queryProblems.join('\n')}`, 422, docs),
        acceptedHeader,
      );
    const outcome = validateBody(route.operationId, body);
    if (outcome.layer === 'schema') {
      return new HttpAnswer(
        422,
        errorBody(`Invalid request.\n\n${outcome.lines.join('\n')}`, 422, docs),
        acceptedHeader,
      );
    }
    if (outcome.layer === 'model')
      return new HttpAnswer(422, validationFailed(outcome.errors, docs).body, acceptedHeader);

    if (fault?.kind === 'server-error') {
      logEntry.fault = fault.kind;
      if (fault.commitWrite && method !== 'GET')
        perform(route, repo, groups, url.searchParams, body);
      const status = fault.status ?? 502;
      return new HttpAnswer(
        status,
        { message: status === 502 ? 'Server Error' : 'Service Unavailable' },
        acceptedHeader,
      );
    }
    const result = perform(route, repo, groups, url.searchParams, body);
    return new HttpAnswer(result.status, result.body, { ...acceptedHeader, ...result.headers });
  }

  function primaryLimit(): HttpAnswer {
    return new HttpAnswer(
      403,
      errorBody(
        'API rate limit exceeded for installation ID 1234567.',
        403,
        'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#primary-rate-limit',
      ),
      { 'x-ratelimit-remaining': '0' },
    );
  }

  function send(response: ServerResponse, result: HttpAnswer): void {
    const headers: Record<string, string> = {
      'x-github-media-type': 'github.v3; format=json',
      'x-github-api-version-selected': '2022-11-28',
      'x-github-request-id': randomUUID().toUpperCase(),
      'x-ratelimit-limit': String(rateLimit.limit),
      'x-ratelimit-remaining': String(Math.max(0, rateLimit.limit - rateLimit.used)),
      'x-ratelimit-used': String(Math.min(rateLimit.used, rateLimit.limit)),
      'x-ratelimit-reset': String(resetEpochS),
      'x-ratelimit-resource': 'core',
      ...result.headers,
    };
    if (result.body === undefined) {
      response.writeHead(result.status, headers);
      response.end();
      return;
    }
    if (Buffer.isBuffer(result.body)) {
      response.writeHead(result.status, {
        ...headers,
        'content-length': String(result.body.length),
      });
      response.end(result.body);
      return;
    }
    const text = JSON.stringify(result.body);
    response.writeHead(result.status, {
      ...headers,
      'content-type': 'application/json; charset=utf-8',
      'content-length': String(Buffer.byteLength(text)),
    });
    response.end(text);
  }

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://standin.invalid');
    const logEntry: {
      operationId?: string;
      body?: unknown;
      token?: string;
      fault?: FaultSpec['kind'];
    } = {};
    answer(request, logEntry)
      .catch(
        (error: unknown) => new HttpAnswer(500, errorBody(`stand-in error: ${String(error)}`, 500)),
      )
      .then((result) => {
        log.push({
          method: request.method ?? 'GET',
          path: url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : url.pathname,
          query: Object.fromEntries(url.searchParams),
          operationId: logEntry.operationId,
          status: result.status,
          body: logEntry.body,
          token: logEntry.token,
          fault: logEntry.fault,
          userAgent: request.headers['user-agent'],
        });
        send(response, result);
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  apiUrl = `http://127.0.0.1:${port}${prefix}`;
  // Another host name for the same server, as storage is another host than the API.
  blobOrigin = `http://localhost:${port}`;

  return {
    url: apiUrl,
    state,
    log,
    fault(spec) {
      faults.push({ spec, counts: new Map() });
    },
    requests(operationId) {
      return log.filter((entry) => entry.operationId === operationId);
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}

/**
 * For a test file: `start(options)` starts a stand-in that is closed after each test
 * (vitest's `afterEach` is passed in, so this module does not depend on the test runner).
 */
export function useStandin(
  afterEach: (hook: () => Promise<void>) => void,
): (options?: StandinOptions) => Promise<Standin> {
  let current: Standin | undefined;
  afterEach(async () => {
    // A test may have closed it already (to see what a dead API does).
    await current?.close().catch(() => undefined);
    current = undefined;
  });
  return async (options: StandinOptions = {}) => {
    current = await startStandin(options);
    return current;
  };
}
