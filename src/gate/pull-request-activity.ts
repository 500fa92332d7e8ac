// What the engine is told about a pull request's people: reviews, review comments and comments as
// plain data (fetched by src/github/, handed in by the entry), and who has write access.

export interface ReviewRecord {
  readonly id: number;
  readonly user: string;
  /** GitHub's review state: APPROVED, COMMENTED, CHANGES_REQUESTED, DISMISSED, PENDING. */
  readonly state: string;
  readonly body: string;
  /** The commit the review was given on. */
  readonly commitId: string | null;
  /** ISO 8601. */
  readonly submittedAt: string | null;
}

export interface ReviewCommentRecord {
  readonly id: number;
  readonly user: string;
  readonly body: string;
  readonly createdAt: string;
  /** The commit the comment was first made on (`original_commit_id`). */
  readonly originalCommitId: string | null;
}

export interface CommentRecord {
  readonly id: number;
  readonly user: string;
  readonly body: string;
  readonly createdAt: string;
}

export interface PullRequestActivity {
  readonly author: string;
  /** The pull request's head commit. */
  readonly headSha: string;
  readonly reviews: readonly ReviewRecord[];
  readonly reviewComments: readonly ReviewCommentRecord[];
  readonly comments: readonly CommentRecord[];
  /** Logins (lower case) the collaborator-permission endpoint gave admin, maintain or write. */
  readonly writers: readonly string[];
  /** `@org/team` (lower case) → member logins (lower case), as the API reported; absent without owners-token. */
  readonly teamMembers?: Readonly<Record<string, readonly string[]>>;
  /** Why team membership is unknown (no owners-token, or the API refused it). */
  readonly teamsUnknownReason?: string;
}
