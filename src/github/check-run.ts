// Publishes the check run on the head commit: found again by name, created or updated, annotations valid and sent 50 a request.
import type { GitHubOctokit } from './client.js';
import { classifyError, isUncertain } from './errors.js';
import { cutCodePoints, fitMarkdown } from '../render/fit-markdown.js';

/** `output.summary` and `output.text`: 65,535 characters in the schema, and 65,535 UTF-8 bytes enforced. */
const MAX_OUTPUT_CHARS = 65_535;
export const MAX_OUTPUT_BYTES = 65_535;
/** `output.annotations` has `maxItems: 50`; each update appends. */
const ANNOTATIONS_PER_REQUEST = 50;
/** Prose-only limits: title ≤ 255 characters, message and raw_details ≤ 64 KB. */
const MAX_ANNOTATION_TITLE_CHARS = 255;
export const MAX_ANNOTATION_MESSAGE_BYTES = 64 * 1024;
/** The default cap on annotations per run, so the number of API calls stays bounded. */
export const DEFAULT_MAX_ANNOTATIONS = 50;

export type AnnotationLevel = 'notice' | 'warning' | 'failure';

/** An annotation as the renderers produce it; lines and columns are 1-based. */
export interface CheckAnnotation {
  /** Relative to the repository root, with `/` separators. */
  readonly path: string;
  readonly startLine: number;
  readonly endLine?: number;
  readonly startColumn?: number;
  readonly endColumn?: number;
  readonly level: AnnotationLevel;
  readonly message: string;
  readonly title?: string;
  readonly rawDetails?: string;
}

/** The annotation as GitHub's API takes it. */
export interface ApiAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: AnnotationLevel;
  message: string;
  title?: string;
  raw_details?: string;
}

export type CheckConclusion =
  'success' | 'failure' | 'neutral' | 'cancelled' | 'skipped' | 'timed_out' | 'action_required';

export interface CheckRunRequest {
  readonly owner: string;
  readonly repo: string;
  /** The pull request's head SHA (not the merge commit in GITHUB_SHA). */
  readonly headSha: string;
  readonly name: string;
  readonly conclusion: CheckConclusion;
  readonly title: string;
  readonly summary: string;
  readonly text?: string;
  /** Most important first: when capped, the tail is left out. */
  readonly annotations: readonly CheckAnnotation[];
  /** Default 50 (one request). */
  readonly maxAnnotations?: number;
  readonly detailsUrl?: string;
  readonly isFork?: boolean;
}

export interface CheckRunResult {
  readonly url: string;
  readonly id: number;
  readonly action: 'created' | 'updated';
  /** Annotations sent, and those left out (invalid path, or beyond the cap). */
  readonly annotationsSent: number;
  readonly annotationsDropped: number;
}

const LEVELS = new Set<string>(['notice', 'warning', 'failure']);

function positiveInteger(value: number | undefined): number | undefined {
  return value !== undefined && Number.isFinite(value) && value >= 1
    ? Math.floor(value)
    : undefined;
}

/** `src\\a.ts`, `./src/a.ts` → `src/a.ts`; absolute paths and paths leaving the repository → undefined. */
function normalizeAnnotationPath(path: string): string | undefined {
  let clean = path.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
  clean = clean.replace(/\/{2,}/g, '/');
  if (clean === '' || clean.startsWith('/') || /^[A-Za-z]:\//.test(clean)) return undefined;
  if (clean.split('/').some((segment) => segment === '..')) return undefined;
  return clean;
}

function cutBytes(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text, 'utf8') <= maxBytes) return text;
  const marker = '\n… (cut)';
  return `${cutCodePoints(text, Number.POSITIVE_INFINITY, maxBytes - Buffer.byteLength(marker, 'utf8'))}${marker}`;
}

/**
 * Makes an annotation valid for GitHub, or returns undefined when it cannot be (a path outside the
 * repository, an unknown level). Lines start at 1 and end_line ≥ start_line; columns are kept only
 * on a single line and in order; the title is cut to 255 characters, message and raw details to 64 KB.
 */
export function toApiAnnotation(annotation: CheckAnnotation): ApiAnnotation | undefined {
  const path = normalizeAnnotationPath(annotation.path);
  if (path === undefined || !LEVELS.has(annotation.level)) return undefined;
  const startLine = positiveInteger(annotation.startLine) ?? 1;
  const endLine = Math.max(startLine, positiveInteger(annotation.endLine) ?? startLine);
  const out: ApiAnnotation = {
    path,
    start_line: startLine,
    end_line: endLine,
    annotation_level: annotation.level,
    message: cutBytes(
      annotation.message.length > 0 ? annotation.message : '(no message)',
      MAX_ANNOTATION_MESSAGE_BYTES,
    ),
  };
  const startColumn = positiveInteger(annotation.startColumn);
  const endColumn = positiveInteger(annotation.endColumn);
  if (
    startLine === endLine &&
    startColumn !== undefined &&
    (endColumn === undefined || endColumn >= startColumn)
  ) {
    out.start_column = startColumn;
    if (endColumn !== undefined) out.end_column = endColumn;
  }
  if (annotation.title !== undefined && annotation.title.length > 0) {
    // GitHub counts the title in characters (code points), not UTF-16 units.
    const codePoints = [...annotation.title];
    out.title =
      codePoints.length <= MAX_ANNOTATION_TITLE_CHARS
        ? annotation.title
        : `${codePoints.slice(0, MAX_ANNOTATION_TITLE_CHARS - 1).join('')}…`;
  }
  if (annotation.rawDetails !== undefined && annotation.rawDetails.length > 0)
    out.raw_details = cutBytes(annotation.rawDetails, MAX_ANNOTATION_MESSAGE_BYTES);
  return out;
}

/** Fits a summary or text into 65,535 characters and 65,535 UTF-8 bytes, cut at a clean boundary. */
export function fitCheckText(text: string): string {
  return fitMarkdown(text, { maxChars: MAX_OUTPUT_CHARS, maxBytes: MAX_OUTPUT_BYTES });
}

interface ListedRun {
  readonly id: number;
  readonly html_url: string | null;
  readonly output: { readonly annotations_count: number };
}

/**
 * Creates or updates the check run named `name` on `headSha`. Existing runs are listed by
 * `check_name` first, so a re-run updates instead of adding another; a run that already has
 * annotations is not reused when there are annotations to send (GitHub only appends them).
 * Writes that fail with a 5xx are not replayed blindly: the run is listed again to see whether
 * GitHub committed them. Annotations go 50 a request: the first batch with the create or update,
 * the rest as further updates.
 */
export async function publishCheckRun(
  octokit: GitHubOctokit,
  request: CheckRunRequest,
): Promise<CheckRunResult> {
  const { owner, repo, headSha, name } = request;
  const valid = request.annotations
    .map(toApiAnnotation)
    .filter((annotation): annotation is ApiAnnotation => annotation !== undefined);
  const cap = Math.max(0, request.maxAnnotations ?? DEFAULT_MAX_ANNOTATIONS);
  const annotations = valid.slice(0, cap);
  const batches: ApiAnnotation[][] = [];
  for (let index = 0; index < annotations.length; index += ANNOTATIONS_PER_REQUEST)
    batches.push(annotations.slice(index, index + ANNOTATIONS_PER_REQUEST));
  const output = {
    title: request.title,
    summary: fitCheckText(request.summary),
    ...(request.text === undefined ? {} : { text: fitCheckText(request.text) }),
  };

  const listRuns = async (): Promise<ListedRun[]> => {
    const { data } = await octokit.rest.checks.listForRef({
      owner,
      repo,
      ref: headSha,
      check_name: name,
      filter: 'latest',
      per_page: 100,
    });
    return [...data.check_runs].sort((a, b) => b.id - a.id);
  };

  try {
    const listed = await listRuns();
    const existing = listed.find(
      (run) => batches.length === 0 || run.output.annotations_count === 0,
    );
    let run: ListedRun;
    let action: CheckRunResult['action'];
    const first = {
      conclusion: request.conclusion,
      ...(request.detailsUrl === undefined ? {} : { details_url: request.detailsUrl }),
    };
    const firstOutput = { ...output, ...(batches[0] ? { annotations: batches[0] } : {}) };

    if (existing) {
      // An update with the same body is safe to replay, except for the annotations it appends.
      run = await updateOnce(existing, { ...first, output: firstOutput }, batches[0]?.length ?? 0);
      action = 'updated';
    } else {
      const before = new Set(listed.map((known) => known.id));
      try {
        run = (
          await octokit.rest.checks.create({
            owner,
            repo,
            head_sha: headSha,
            name,
            ...first,
            output: firstOutput,
            request: { retries: 0 },
          })
        ).data;
      } catch (error) {
        if (!isUncertain(error)) throw error;
        const committed = (await listRuns()).find((candidate) => !before.has(candidate.id));
        run =
          committed ??
          (
            await octokit.rest.checks.create({
              owner,
              repo,
              head_sha: headSha,
              name,
              ...first,
              output: firstOutput,
            })
          ).data;
      }
      action = 'created';
    }

    for (const batch of batches.slice(1)) {
      run = await updateOnce(run, { output: { ...output, annotations: batch } }, batch.length);
    }
    return {
      url: run.html_url ?? '',
      id: run.id,
      action,
      annotationsSent: annotations.length,
      annotationsDropped: request.annotations.length - annotations.length,
    };
  } catch (error) {
    throw classifyError(error, { surface: 'check-run', isFork: request.isFork });
  }

  /** PATCHes once; after a 5xx, looks whether the annotations landed before sending them again. */
  async function updateOnce(
    target: ListedRun,
    body: Record<string, unknown>,
    annotationCount: number,
  ): Promise<ListedRun> {
    try {
      return (
        await octokit.rest.checks.update({
          owner,
          repo,
          check_run_id: target.id,
          ...body,
          ...(annotationCount > 0 ? { request: { retries: 0 } } : {}),
        })
      ).data;
    } catch (error) {
      if (!isUncertain(error) || annotationCount === 0) throw error;
      const now = (await listRuns()).find((candidate) => candidate.id === target.id);
      if (now && now.output.annotations_count >= target.output.annotations_count + annotationCount)
        return now;
      return (await octokit.rest.checks.update({ owner, repo, check_run_id: target.id, ...body }))
        .data;
    }
  }
}
