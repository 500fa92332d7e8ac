// Who the gate writes as, so that only its own comments are taken for its sticky comment: a
// personal access token writes as its user, an installation token (GITHUB_TOKEN, an app's) as a bot.
import type { GitHubOctokit } from './client.js';
import { statusOf } from './errors.js';

/** The gate's identity: a login (learned from `GET /user`), or "an installation's bot". */
export type CommentAuthor = { readonly login: string } | { readonly installationBot: true };

export interface CommentUser {
  readonly login?: string;
  readonly type?: string;
}

/**
 * Asks `GET /user` who the token is. A personal access token answers with its user; an
 * installation token (GITHUB_TOKEN, or a GitHub App's) cannot call it (403 "Resource not
 * accessible by integration"), and writes as `github-actions[bot]` or `<app-slug>[bot]`.
 */
export async function learnCommentAuthor(octokit: GitHubOctokit): Promise<CommentAuthor> {
  try {
    const { data } = await octokit.request('GET /user', { request: { retries: 0 } });
    const login = (data as { login?: unknown }).login;
    if (typeof login === 'string' && login !== '') return { login };
  } catch (error) {
    const status = statusOf(error);
    if (status !== 401 && status !== 403 && status !== 404) throw error;
  }
  return { installationBot: true };
}

/**
 * Whether a comment was written by the gate's identity. Anyone may post a comment that starts
 * with the marker: such a comment is neither updated, trusted nor deleted.
 */
export function isWrittenBy(user: CommentUser | null | undefined, author: CommentAuthor): boolean {
  if (!user?.login) return false;
  if ('login' in author) return user.login === author.login;
  // Only GitHub Apps write as `…[bot]` users of type Bot; no person can take such a login.
  return user.type === 'Bot' && user.login.endsWith('[bot]');
}
