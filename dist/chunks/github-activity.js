import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  parseConfirmCommands
} from "./shared-gate-confirm-commands.js";
import {
  __name
} from "./shared-runtime.js";

// src/github/activity.ts
var WRITE_ROLES = /* @__PURE__ */ new Set(["admin", "maintain", "write"]);
var statusOf = /* @__PURE__ */ __name((error) => error !== null && typeof error === "object" && typeof error.status === "number" ? error.status : void 0, "statusOf");
async function fetchPullRequestActivity(octokit, request) {
  const repo = { owner: request.owner, repo: request.repo };
  const reviews = await octokit.paginate(octokit.rest.pulls.listReviews, {
    ...repo,
    pull_number: request.pullNumber,
    per_page: 100
  });
  const reviewComments = await octokit.paginate(octokit.rest.pulls.listReviewComments, {
    ...repo,
    pull_number: request.pullNumber,
    per_page: 100
  });
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    ...repo,
    issue_number: request.pullNumber,
    per_page: 100
  });
  const reviewRecords = reviews.map((review) => ({
    id: review.id,
    user: review.user?.login ?? "",
    state: review.state,
    body: review.body ?? "",
    commitId: review.commit_id ?? null,
    submittedAt: review.submitted_at ?? null
  }));
  const record = {
    author: request.author,
    headSha: request.headSha,
    reviews: reviewRecords,
    reviewComments: reviewComments.map((comment) => ({
      id: comment.id,
      user: comment.user?.login ?? "",
      body: comment.body ?? "",
      createdAt: comment.created_at,
      originalCommitId: comment.original_commit_id ?? null
    })),
    comments: comments.map((comment) => ({
      id: comment.id,
      user: comment.user?.login ?? "",
      body: comment.body ?? "",
      createdAt: comment.created_at
    }))
  };
  const people = /* @__PURE__ */ new Set();
  const consider = /* @__PURE__ */ __name((user, body, approved = false) => {
    if (!user || user.toLowerCase() === request.author.toLowerCase()) return;
    if (approved || parseConfirmCommands(body).length > 0) people.add(user.toLowerCase());
  }, "consider");
  for (const review of reviewRecords)
    consider(review.user, review.body, review.state === "APPROVED");
  for (const comment of [...record.reviewComments, ...record.comments])
    consider(comment.user, comment.body);
  const writers = [];
  for (const login of people) {
    try {
      const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({
        ...repo,
        username: login
      });
      const role = data.role_name ?? data.permission;
      if (WRITE_ROLES.has(role) || WRITE_ROLES.has(data.permission)) writers.push(login);
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
    }
  }
  if (request.teams.length === 0) return { ...record, writers };
  if (!request.teamOctokit)
    return {
      ...record,
      writers,
      teamsUnknownReason: "set the owners-token input to a token that may read team membership (GITHUB_TOKEN cannot)"
    };
  const teamMembers = {};
  for (const team of request.teams) {
    const [org, slug] = team.replace(/^@/, "").split("/");
    if (!org || !slug) continue;
    const members = [];
    for (const login of writers) {
      try {
        const { data } = await request.teamOctokit.rest.teams.getMembershipForUserInOrg({
          org,
          team_slug: slug,
          username: login
        });
        if (data.state === "active") members.push(login);
      } catch (error) {
        const status = statusOf(error);
        if (status === 404) continue;
        if (status === 403 || status === 401)
          return {
            ...record,
            writers,
            teamsUnknownReason: `GitHub refused to show the members of ${team} to the owners-token (HTTP ${status}); it needs read access to the organization's members`
          };
        throw error;
      }
    }
    teamMembers[team.toLowerCase()] = members;
  }
  return { ...record, writers, teamMembers };
}
__name(fetchPullRequestActivity, "fetchPullRequestActivity");
export {
  fetchPullRequestActivity
};
//# sourceMappingURL=github-activity.js.map
