// Fetches what sign-off and reviewed waivers need, as plain data: the pull request's reviews, review
// comments and comments, who of their authors may write, and team membership for `@org/team` owners.
import type { GitHubOctokit } from './client.js';
import { parseConfirmCommands } from '../gate/confirm-commands.js';
import type { PullRequestActivity, ReviewRecord } from '../gate/pull-request-activity.js';

export interface ActivityRequest {
  readonly owner: string;
  readonly repo: string;
  readonly pullNumber: number;
  readonly author: string;
  readonly headSha: string;
  /** `@org/team` names the checklists' owners lists mention. */
  readonly teams: readonly string[];
  /** A client with the `owners-token` (GITHUB_TOKEN cannot read team membership), when given. */
  readonly teamOctokit?: GitHubOctokit;
}

const WRITE_ROLES = new Set(['admin', 'maintain', 'write']);

const statusOf = (error: unknown): number | undefined =>
  error !== null &&
  typeof error === 'object' &&
  typeof (error as { status?: unknown }).status === 'number'
    ? (error as { status: number }).status
    : undefined;

/**
 * Reads the pull request's people. Write access comes from the collaborator-permission endpoint
 * (admin, maintain or write), asked only for those who posted a command or approved.
 */
export async function fetchPullRequestActivity(
  octokit: GitHubOctokit,
  request: ActivityRequest,
): Promise<PullRequestActivity> {
  const repo = { owner: request.owner, repo: request.repo };
  // One after another: the order of requests stays the same run to run, and within GitHub's concurrency advice.
  const reviews = await octokit.paginate(octokit.rest.pulls.listReviews, {
    ...repo,
    pull_number: request.pullNumber,
    per_page: 100,
  });
  const reviewComments = await octokit.paginate(octokit.rest.pulls.listReviewComments, {
    ...repo,
    pull_number: request.pullNumber,
    per_page: 100,
  });
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    ...repo,
    issue_number: request.pullNumber,
    per_page: 100,
  });
  const reviewRecords: ReviewRecord[] = reviews.map((review) => ({
    id: review.id,
    user: review.user?.login ?? '',
    state: review.state,
    body: review.body ?? '',
    commitId: review.commit_id ?? null,
    submittedAt: review.submitted_at ?? null,
  }));
  const record = {
    author: request.author,
    headSha: request.headSha,
    reviews: reviewRecords,
    reviewComments: reviewComments.map((comment) => ({
      id: comment.id,
      user: comment.user?.login ?? '',
      body: comment.body ?? '',
      createdAt: comment.created_at,
      originalCommitId: comment.original_commit_id ?? null,
    })),
    comments: comments.map((comment) => ({
      id: comment.id,
      user: comment.user?.login ?? '',
      body: comment.body ?? '',
      createdAt: comment.created_at,
    })),
  };
  // Only people whose words count need their permission looked up.
  const people = new Set<string>();
  const consider = (user: string, body: string, approved = false): void => {
    if (!user || user.toLowerCase() === request.author.toLowerCase()) return;
    if (approved || parseConfirmCommands(body).length > 0) people.add(user.toLowerCase());
  };
  for (const review of reviewRecords)
    consider(review.user, review.body, review.state === 'APPROVED');
  for (const comment of [...record.reviewComments, ...record.comments])
    consider(comment.user, comment.body);
  const writers: string[] = [];
  for (const login of people) {
    try {
      const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({
        ...repo,
        username: login,
      });
      const role = (data as { role_name?: string }).role_name ?? data.permission;
      if (WRITE_ROLES.has(role) || WRITE_ROLES.has(data.permission)) writers.push(login);
    } catch (error) {
      // 404: not a collaborator, so no write access.
      if (statusOf(error) !== 404) throw error;
    }
  }
  if (request.teams.length === 0) return { ...record, writers };
  if (!request.teamOctokit)
    return {
      ...record,
      writers,
      teamsUnknownReason:
        'set the owners-token input to a token that may read team membership (GITHUB_TOKEN cannot)',
    };
  const teamMembers: Record<string, string[]> = {};
  for (const team of request.teams) {
    const [org, slug] = team.replace(/^@/, '').split('/');
    if (!org || !slug) continue;
    const members: string[] = [];
    for (const login of writers) {
      try {
        const { data } = await request.teamOctokit.rest.teams.getMembershipForUserInOrg({
          org,
          team_slug: slug,
          username: login,
        });
        if (data.state === 'active') members.push(login);
      } catch (error) {
        const status = statusOf(error);
        if (status === 404) continue;
        if (status === 403 || status === 401)
          return {
            ...record,
            writers,
            teamsUnknownReason: `GitHub refused to show the members of ${team} to the owners-token (HTTP ${status}); it needs read access to the organization's members`,
          };
        throw error;
      }
    }
    teamMembers[team.toLowerCase()] = members;
  }
  return { ...record, writers, teamMembers };
}
