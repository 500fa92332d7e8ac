// Publishes one sticky pull request comment per checklist, found again by a hidden marker, never duplicated.
import { createHash } from 'node:crypto';
import type { GitHubOctokit } from './client.js';
import { classifyError, isUncertain, statusOf } from './errors.js';
import { fitMarkdown } from '../render/fit-markdown.js';
import {
  isWrittenBy,
  learnCommentAuthor,
  type CommentAuthor,
  type CommentUser,
} from './identity.js';

/** GitHub rejects longer comment bodies: 422 "Body is too long (maximum is 65536 characters)". */
const MAX_COMMENT_CHARS = 65_536;

const MARKER_PREFIX = '<!-- readiness-gate:';
const STATE_PREFIX = '<!-- readiness-gate-state ';

/**
 * What a comment remembers of the verdict it shows, in a second hidden comment: a digest of the
 * body without its volatile parts (so an unchanged verdict is not rewritten), and which items
 * blocked and which had not passed (so the next run can say what is newly blocking or passing).
 * Items are named by a short hash of their id, which keeps a 262-item checklist's state small.
 */
export interface CommentState {
  readonly digest: string;
  readonly blocking: readonly string[];
  readonly notPassing: readonly string[];
}

/** Hashes in the state are this long (base64url characters): 30 bits, plenty within one checklist. */
const HASH_CHARS = 5;

/**
 * The hidden state line: `d=<digest> b=<hashes> n=<hashes>`, base64url characters only, so it
 * can neither close the comment nor hold a marker.
 */
export function encodeCommentState(state: CommentState): string {
  const safe = (text: string): string => text.replace(/[^A-Za-z0-9_-]/g, '');
  return `${STATE_PREFIX}v1 d=${safe(state.digest)} b=${state.blocking.map(safe).join('')} n=${state.notPassing.map(safe).join('')} -->`;
}

/** The state a comment body carries, or undefined when there is none (or it is not ours). */
export function readCommentState(body: string | undefined): CommentState | undefined {
  if (!body) return undefined;
  const start = body.indexOf(STATE_PREFIX);
  if (start < 0 || start > 2000) return undefined;
  const end = body.indexOf(' -->', start);
  if (end < 0) return undefined;
  const fields = new Map(
    body
      .slice(start + STATE_PREFIX.length, end)
      .split(' ')
      .map(
        (part) => [part.slice(0, part.indexOf('=')), part.slice(part.indexOf('=') + 1)] as const,
      ),
  );
  const digest = fields.get('d');
  if (!body.slice(start + STATE_PREFIX.length).startsWith('v1 ') || !digest) return undefined;
  const hashes = (text = ''): string[] =>
    text.match(new RegExp(`[A-Za-z0-9_-]{${HASH_CHARS}}`, 'g')) ?? [];
  return { digest, blocking: hashes(fields.get('b')), notPassing: hashes(fields.get('n')) };
}

/** A short, stable name for an item in the state. */
export function stateHash(text: string): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, HASH_CHARS);
}

/**
 * The hidden marker for a checklist: `<!-- readiness-gate:<id> -->`, where the id is the `id`
 * input or, by default, the checklist's path (so the markers of earlier versions, which named the
 * path, are still found). It is percent-encoded where it could open or close the HTML comment
 * (`<`, `>`, `%`, line breaks), so no id can end the comment early or forge another's marker.
 */
export function commentMarker(checklistPath: string): string {
  const escaped = checklistPath.replace(
    /[%<>\r\n\t]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
  return `${MARKER_PREFIX}${escaped} -->`;
}

/**
 * Cuts a comment body to `limit` characters (default GitHub's 65,536) at a clean line break,
 * closing open `<details>`, with a note that the full report is in the job summary and the JSON report.
 */
export function fitComment(body: string, limit: number = MAX_COMMENT_CHARS): string {
  return fitMarkdown(body, { maxChars: limit });
}

export interface CommentRequest {
  readonly owner: string;
  readonly repo: string;
  readonly issueNumber: number;
  /** The checklist path the hidden marker names (or a marker already built by `commentMarker`). */
  readonly marker: string;
  /** The rendered Markdown; the marker is put on its first line when it is not there already. */
  readonly body: string;
  /**
   * Builds the body from what the comment found shows (its state), with the digest of its
   * non-volatile part; when that digest equals the one the comment carries, nothing is written.
   * Takes the place of `body`.
   */
  readonly compose?: (previous: CommentState | undefined) => { body: string; digest: string };
  /** `always`, or `on-failure`: post only when not ready, but still update an existing comment when it passes. */
  readonly mode: 'always' | 'on-failure';
  readonly ready: boolean;
  /** The pull request comes from a fork (for the permission message). */
  readonly isFork?: boolean;
  /**
   * Only comments by this identity count as the gate's; default: learned from the token when a
   * comment carrying the marker is found (see identity.ts). Others are ignored and never deleted.
   */
  readonly author?: CommentAuthor;
}

export interface CommentResult {
  /** The comment's `html_url`; undefined when skipped. */
  readonly url?: string;
  readonly id?: number;
  readonly action: 'created' | 'updated' | 'deleted-duplicates' | 'skipped' | 'unchanged';
}

interface ListedComment {
  readonly id: number;
  readonly body?: string;
  readonly html_url: string;
  readonly user?: CommentUser | null;
}

/**
 * Creates or updates the checklist's sticky comment. Lists every comment (100 a page, all pages),
 * updates the newest one carrying the marker, and deletes the others (left by concurrent runs).
 * A create that fails with a 5xx is not retried blindly: the comments are listed again first,
 * since GitHub may have committed it. Errors come out classified (PermissionError on a 403).
 */
export async function publishComment(
  octokit: GitHubOctokit,
  request: CommentRequest,
): Promise<CommentResult> {
  const { owner, repo, issueNumber } = request;
  const marker = request.marker.startsWith(MARKER_PREFIX)
    ? request.marker
    : commentMarker(request.marker);
  const withMarker = (body: string): string =>
    fitComment(body.startsWith(marker) ? body : `${marker}\n${body}`);

  let author: CommentAuthor | undefined;
  const findOurs = async (): Promise<ListedComment[]> => {
    const comments: ListedComment[] = await octokit.paginate(octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: issueNumber,
      per_page: 100,
    });
    const marked = comments.filter((comment) => (comment.body ?? '').startsWith(marker));
    if (marked.length === 0) return [];
    // Asked only when a marked comment exists: a first run makes no extra request.
    author ??= request.author ?? (await learnCommentAuthor(octokit));
    const trusted = author;
    return marked
      .filter((comment) => isWrittenBy(comment.user, trusted))
      .sort((a, b) => a.id - b.id);
  };

  try {
    const ours = await findOurs();
    const newest = ours.at(-1);
    if (!newest && request.mode === 'on-failure' && request.ready) return { action: 'skipped' };
    const previous = readCommentState(newest?.body);
    const composed = request.compose?.(previous);
    const fullBody = withMarker(composed?.body ?? request.body);

    if (newest) {
      // The same verdict again: no edit, no notification; duplicates are still cleared.
      if (composed && previous?.digest === composed.digest) {
        for (const duplicate of ours.slice(0, -1)) {
          try {
            await octokit.rest.issues.deleteComment({ owner, repo, comment_id: duplicate.id });
          } catch (error) {
            if (statusOf(error) !== 404) throw error;
          }
        }
        return { url: newest.html_url, id: newest.id, action: 'unchanged' };
      }
      let updated: ListedComment | undefined;
      try {
        updated = (
          await octokit.rest.issues.updateComment({
            owner,
            repo,
            comment_id: newest.id,
            body: fullBody,
          })
        ).data;
      } catch (error) {
        if (statusOf(error) !== 404) throw error;
      }
      let deleted = 0;
      for (const duplicate of ours.slice(0, -1)) {
        try {
          await octokit.rest.issues.deleteComment({ owner, repo, comment_id: duplicate.id });
          deleted += 1;
        } catch (error) {
          // Another run deleted it first: that is the outcome we want.
          if (statusOf(error) !== 404) throw error;
        }
      }
      if (updated)
        return {
          url: updated.html_url,
          id: updated.id,
          action: deleted > 0 ? 'deleted-duplicates' : 'updated',
        };
      // The comment vanished between listing and updating: post a new one.
    }

    let created: ListedComment;
    try {
      created = (
        await octokit.rest.issues.createComment({
          owner,
          repo,
          issue_number: issueNumber,
          body: fullBody,
          request: { retries: 0 },
        })
      ).data;
    } catch (error) {
      if (!isUncertain(error)) throw error;
      const committed = (await findOurs()).at(-1);
      created =
        committed ??
        (
          await octokit.rest.issues.createComment({
            owner,
            repo,
            issue_number: issueNumber,
            body: fullBody,
          })
        ).data;
    }
    return { url: created.html_url, id: created.id, action: 'created' };
  } catch (error) {
    throw classifyError(error, { surface: 'comment', isFork: request.isFork });
  }
}
