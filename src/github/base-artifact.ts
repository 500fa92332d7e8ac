// `base-report: auto`: the base branch's report, from the artifact of its newest successful run, read in memory.
import { unzipSync } from 'fflate';
import { BaseReportError, parseBaseReport, type BaseReport } from '../gate/base-report.js';
import type { GitHubOctokit } from './client.js';

/** Largest report read from an artifact (DESIGN.md: 64 MiB unzipped), and largest zip fetched. */
const MAX_ARTIFACT_BYTES = 64 * 1024 * 1024;

export interface AutoBaseOptions {
  readonly owner: string;
  readonly repo: string;
  /** The workflow file name (from GITHUB_WORKFLOW_REF) or its id. */
  readonly workflow: string;
  /** The pull request's base branch: where the push runs are. */
  readonly baseBranch: string;
  /** The artifact's name (`base-artifact`, default `readiness-report`). */
  readonly artifactName: string;
  /** The merge base and its first-parent ancestors, nearest first (at most 20). */
  readonly candidates: readonly string[];
  /** Pages of 100 runs listed at most (default 5). */
  readonly maxPages?: number;
}

export interface AutoBaseOutcome {
  readonly report?: BaseReport;
  /** What happened, for the log: found where, or why nothing was found. */
  readonly note: string;
}

interface RunSummary {
  readonly id: number;
  readonly head_sha: string;
  readonly run_number?: number;
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

function apiProblem(error: unknown, what: string): string {
  const status = statusOf(error);
  if (status === 403 || status === 401)
    return `${what} was refused (${status}); base-report: auto needs the actions: read permission`;
  if (status === 404) return `${what}: not found (404)`;
  return `${what} failed: ${(error as Error).message}`;
}

/** Reads a response body of unknown size, stopping past `max` bytes. */
async function readCapped(response: Response, max: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > max) throw new Error(`the artifact is ${declared} bytes, above ${max}`);
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(await response.arrayBuffer());
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > max) {
      await reader.cancel();
      throw new Error(`the artifact is above ${max} bytes`);
    }
    parts.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** The single `.json` entry of a zip, at most MAX_ARTIFACT_BYTES unzipped. */
export function jsonFromZip(zip: Uint8Array, max = MAX_ARTIFACT_BYTES): string {
  const names: string[] = [];
  let tooLarge: string | undefined;
  const files = unzipSync(zip, {
    filter: (file) => {
      if (!file.name.toLowerCase().endsWith('.json') || file.name.endsWith('/')) return false;
      names.push(file.name);
      if (file.originalSize > max) {
        tooLarge = file.name;
        return false;
      }
      return names.length === 1;
    },
  });
  if (names.length !== 1)
    throw new Error(
      names.length === 0
        ? 'the artifact holds no .json file'
        : `the artifact holds ${names.length} .json files (${names.slice(0, 3).join(', ')}); expected one`,
    );
  if (tooLarge !== undefined) throw new Error(`${tooLarge} is above ${max} bytes unzipped`);
  const data = files[names[0]!];
  if (data === undefined || data.length > max) throw new Error(`${names[0]} could not be read`);
  return new TextDecoder('utf-8', { fatal: false }).decode(data);
}

/**
 * Lists the workflow's successful `push` runs on the base branch (newest first), takes the run of
 * the nearest candidate commit, downloads its artifact (following the 302 to storage without
 * the token) and reads the report, which must say it judged that commit. Never throws: every
 * way of finding nothing is a note.
 */
export async function findBaseReportAuto(
  octokit: GitHubOctokit,
  options: AutoBaseOptions,
): Promise<AutoBaseOutcome> {
  if (options.candidates.length === 0) return { note: 'the merge base is not known' };
  const wanted = new Set(options.candidates);
  const byCommit = new Map<string, RunSummary>();
  const maxPages = options.maxPages ?? 5;
  try {
    for (let page = 1; page <= maxPages; page++) {
      const response = await octokit.request(
        'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs',
        {
          owner: options.owner,
          repo: options.repo,
          workflow_id: options.workflow,
          branch: options.baseBranch,
          event: 'push',
          status: 'success',
          per_page: 100,
          page,
        },
      );
      const runs = response.data.workflow_runs as RunSummary[];
      for (const run of runs)
        if (wanted.has(run.head_sha) && !byCommit.has(run.head_sha))
          byCommit.set(run.head_sha, run);
      if (byCommit.has(options.candidates[0]!) || runs.length < 100) break;
    }
  } catch (error) {
    return { note: apiProblem(error, `listing the runs of ${options.workflow}`) };
  }
  const commit = options.candidates.find((sha) => byCommit.has(sha));
  if (commit === undefined)
    return {
      note: `no successful push run of ${options.workflow} on ${options.baseBranch} for the merge base ${options.candidates[0]!.slice(0, 12)} or its ${options.candidates.length - 1} nearest ancestors`,
    };
  const run = byCommit.get(commit)!;
  let artifactId: number;
  try {
    const response = await octokit.request(
      'GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts',
      {
        owner: options.owner,
        repo: options.repo,
        run_id: run.id,
        name: options.artifactName,
        per_page: 100,
      },
    );
    const artifact = response.data.artifacts.find(
      (candidate) => candidate.name === options.artifactName,
    );
    if (artifact === undefined)
      return {
        note: `run ${run.id} (commit ${commit.slice(0, 12)}) has no artifact named ${options.artifactName}`,
      };
    if (artifact.expired)
      return { note: `the artifact ${options.artifactName} of run ${run.id} has expired` };
    artifactId = artifact.id;
  } catch (error) {
    return { note: apiProblem(error, `listing the artifacts of run ${run.id}`) };
  }
  let zip: Uint8Array;
  try {
    const response = await octokit.request(
      'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
      {
        owner: options.owner,
        repo: options.repo,
        artifact_id: artifactId,
        archive_format: 'zip',
        request: { redirect: 'manual' },
      },
    );
    const location = (response.headers as Record<string, string | undefined>)['location'];
    if (response.status === 302 && location) {
      // The storage URL is signed: the token must not go there.
      const download = await fetch(location, { redirect: 'follow' });
      if (!download.ok) throw new Error(`the download answered ${download.status}`);
      zip = await readCapped(download, MAX_ARTIFACT_BYTES);
    } else if (response.data instanceof ArrayBuffer) zip = new Uint8Array(response.data);
    else throw new Error(`unexpected answer ${response.status}`);
  } catch (error) {
    return { note: apiProblem(error, `downloading the artifact of run ${run.id}`) };
  }
  const origin = `artifact ${options.artifactName} of run ${run.id}`;
  let report: BaseReport;
  try {
    report = parseBaseReport(jsonFromZip(zip), origin);
  } catch (error) {
    return {
      note:
        error instanceof BaseReportError ? error.message : `${origin}: ${(error as Error).message}`,
    };
  }
  if (report.commit !== commit)
    return {
      note: `${origin} judged ${report.commit?.slice(0, 12) ?? 'an unknown commit'}, not ${commit.slice(0, 12)}; not used`,
    };
  return { report, note: `base report: ${origin} (commit ${commit.slice(0, 12)})` };
}

/** `owner/repo/.github/workflows/readiness.yml@refs/…` → `readiness.yml`. */
export function workflowFileOf(workflowRef: string | undefined): string | undefined {
  if (!workflowRef) return undefined;
  const at = workflowRef.lastIndexOf('@');
  const pathPart = at === -1 ? workflowRef : workflowRef.slice(0, at);
  const match = /\.github\/workflows\/([^/]+\.ya?ml)$/.exec(pathPart);
  return match?.[1];
}
