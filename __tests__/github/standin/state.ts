// The stand-in's in-memory GitHub: repositories, pull requests, issue comments and check runs, seeded and inspected by tests.

export interface StoredComment {
  readonly id: number;
  body: string;
  readonly user: string;
  readonly createdAt: string;
  updatedAt: string;
}

export interface StoredAnnotation {
  readonly path: string;
  readonly start_line: number;
  readonly end_line: number;
  readonly start_column?: number;
  readonly end_column?: number;
  readonly annotation_level: 'notice' | 'warning' | 'failure';
  readonly message: string;
  readonly title?: string;
  readonly raw_details?: string;
}

export interface StoredCheckRun {
  readonly id: number;
  name: string;
  readonly headSha: string;
  status: string;
  conclusion: string | null;
  startedAt: string;
  completedAt: string | null;
  detailsUrl: string | null;
  externalId: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
  readonly annotations: StoredAnnotation[];
}

/** A pull request review; `DISMISSED` once dismissed, as GitHub reports it. */
export interface StoredReview {
  readonly id: number;
  readonly user: string;
  state: 'APPROVED' | 'COMMENTED' | 'CHANGES_REQUESTED' | 'DISMISSED' | 'PENDING';
  readonly body: string;
  readonly commitId: string;
  readonly submittedAt: string;
}

/** A review comment on a line of the diff. */
export interface StoredReviewComment {
  readonly id: number;
  readonly user: string;
  readonly body: string;
  readonly path: string;
  readonly line: number;
  /** The commit it now sits on, and the one it was first made on. */
  readonly commitId: string;
  readonly originalCommitId: string;
  readonly createdAt: string;
}

/** What the collaborator-permission endpoint answers for a login. */
export type RepoPermission = 'admin' | 'maintain' | 'write' | 'triage' | 'read';

export interface StoredPull {
  readonly number: number;
  /** The login that opened it. */
  author: string;
  title: string;
  body: string | null;
  headSha: string;
  headRef: string;
  /** `owner/name` of the head repository; differs from the base for a fork. */
  headRepo: string;
  baseRef: string;
  baseSha: string;
  state: 'open' | 'closed';
}

export interface StoredArtifact {
  readonly id: number;
  readonly name: string;
  /** The zip GitHub serves for it. */
  readonly zip: Uint8Array;
  readonly expired: boolean;
}

export interface StoredWorkflowRun {
  readonly id: number;
  /** The workflow file, `readiness.yml`. */
  readonly workflowFile: string;
  readonly headSha: string;
  readonly headBranch: string;
  readonly event: string;
  readonly status: 'completed' | 'in_progress';
  readonly conclusion: 'success' | 'failure' | null;
  readonly createdAt: string;
  readonly artifacts: StoredArtifact[];
}

export interface WorkflowRunSeed {
  readonly workflowFile?: string;
  readonly headSha: string;
  readonly headBranch?: string;
  readonly event?: string;
  readonly conclusion?: 'success' | 'failure' | null;
  readonly artifacts?: readonly { name: string; zip: Uint8Array; expired?: boolean }[];
}

export interface StoredRepo {
  readonly id: number;
  readonly owner: string;
  readonly name: string;
  readonly pulls: Map<number, StoredPull>;
  /** Plain issues (not pull requests) that exist, by number. */
  readonly issues: Set<number>;
  /** Comments by issue or pull request number, ascending by id. */
  readonly comments: Map<number, StoredComment[]>;
  readonly checkRuns: StoredCheckRun[];
  readonly reviews: Map<number, StoredReview[]>;
  readonly reviewComments: Map<number, StoredReviewComment[]>;
  /** Collaborators by lower-case login; anyone else is not a collaborator (404). */
  readonly collaborators: Map<string, RepoPermission>;
  /** Workflow runs, oldest first (listed newest first, as GitHub does). */
  readonly workflowRuns: StoredWorkflowRun[];
}

export interface PullSeed {
  readonly author?: string;
  readonly number: number;
  readonly title?: string;
  readonly body?: string | null;
  readonly headSha?: string;
  readonly headRef?: string;
  readonly headRepo?: string;
  readonly baseRef?: string;
  readonly baseSha?: string;
}

export interface CommentSeed {
  readonly body?: string | ((index: number) => string);
  readonly user?: string;
  /** ISO 8601; default: the stand-in's clock. */
  readonly createdAt?: string;
}

/** The head of PR #2 in `@octokit/webhooks-examples` (Codertocat/Hello-World). */
export const EXAMPLE_HEAD_SHA = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';

/** The user a `GITHUB_TOKEN` writes as. */
export const BOT_LOGIN = 'github-actions[bot]';

export class StandinState {
  readonly repos = new Map<string, StoredRepo>();
  private nextId = 1_000_000;
  private nextRepoId = 1_296_269;
  /** A fixed clock keeps responses deterministic; each write advances it by a second. */
  private clockMs = Date.parse('2026-01-15T10:00:00Z');

  now(): string {
    this.clockMs += 1000;
    return new Date(this.clockMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  newId(): number {
    this.nextId += 1;
    return this.nextId;
  }

  /** Creates the repository if it does not exist yet. */
  addRepo(fullName: string): StoredRepo {
    const existing = this.repos.get(fullName.toLowerCase());
    if (existing) return existing;
    const [owner, name] = fullName.split('/');
    if (!owner || !name) throw new Error(`expected owner/name, found ${fullName}`);
    const repo: StoredRepo = {
      id: this.nextRepoId++,
      owner,
      name,
      pulls: new Map(),
      issues: new Set(),
      comments: new Map(),
      checkRuns: [],
      reviews: new Map(),
      reviewComments: new Map(),
      collaborators: new Map(),
      workflowRuns: [],
    };
    this.repos.set(fullName.toLowerCase(), repo);
    return repo;
  }

  repo(owner: string, name: string): StoredRepo | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase());
  }

  repoById(id: number): StoredRepo | undefined {
    return [...this.repos.values()].find((repo) => repo.id === id);
  }

  addPull(fullName: string, seed: PullSeed): StoredPull {
    const repo = this.addRepo(fullName);
    const pull: StoredPull = {
      number: seed.number,
      author: seed.author ?? 'Codertocat',
      title: seed.title ?? 'Update the README with new information.',
      body:
        seed.body === undefined
          ? 'This is a pretty simple change that we need to pull into main.'
          : seed.body,
      headSha: seed.headSha ?? EXAMPLE_HEAD_SHA,
      headRef: seed.headRef ?? 'changes',
      headRepo: seed.headRepo ?? fullName,
      baseRef: seed.baseRef ?? 'main',
      baseSha: seed.baseSha ?? 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e',
      state: 'open',
    };
    repo.pulls.set(pull.number, pull);
    return pull;
  }

  addIssue(fullName: string, issueNumber: number): void {
    this.addRepo(fullName).issues.add(issueNumber);
  }

  /** Adds `count` comments to an issue or pull request, oldest first; returns them. */
  seedComments(
    fullName: string,
    issueNumber: number,
    count: number,
    seed: CommentSeed = {},
  ): StoredComment[] {
    const repo = this.addRepo(fullName);
    const list = repo.comments.get(issueNumber) ?? [];
    const added: StoredComment[] = [];
    for (let index = 0; index < count; index++) {
      const body =
        typeof seed.body === 'function'
          ? seed.body(index)
          : (seed.body ?? `Comment ${index + 1} from a reviewer.`);
      const at = seed.createdAt ?? this.now();
      const comment: StoredComment = {
        id: this.newId(),
        body,
        user: seed.user ?? 'octocat',
        createdAt: at,
        updatedAt: at,
      };
      list.push(comment);
      added.push(comment);
    }
    repo.comments.set(issueNumber, list);
    return added;
  }

  /** Team members by `org/slug` (lower case). */
  readonly teams = new Map<string, Set<string>>();

  addTeam(orgSlashTeam: string, members: readonly string[]): void {
    this.teams.set(orgSlashTeam.toLowerCase(), new Set(members.map((m) => m.toLowerCase())));
  }

  setPermission(fullName: string, login: string, permission: RepoPermission): void {
    this.addRepo(fullName).collaborators.set(login.toLowerCase(), permission);
  }

  addReview(
    fullName: string,
    pullNumber: number,
    seed: {
      user: string;
      state: StoredReview['state'];
      body?: string;
      commitId: string;
      submittedAt?: string;
    },
  ): StoredReview {
    const repo = this.addRepo(fullName);
    const review: StoredReview = {
      id: this.newId(),
      user: seed.user,
      state: seed.state,
      body: seed.body ?? '',
      commitId: seed.commitId,
      submittedAt: seed.submittedAt ?? this.now(),
    };
    repo.reviews.set(pullNumber, [...(repo.reviews.get(pullNumber) ?? []), review]);
    return review;
  }

  addReviewComment(
    fullName: string,
    pullNumber: number,
    seed: {
      user: string;
      body: string;
      commitId: string;
      originalCommitId?: string;
      path?: string;
      line?: number;
      createdAt?: string;
    },
  ): StoredReviewComment {
    const repo = this.addRepo(fullName);
    const comment: StoredReviewComment = {
      id: this.newId(),
      user: seed.user,
      body: seed.body,
      path: seed.path ?? 'README.md',
      line: seed.line ?? 1,
      commitId: seed.commitId,
      originalCommitId: seed.originalCommitId ?? seed.commitId,
      createdAt: seed.createdAt ?? this.now(),
    };
    repo.reviewComments.set(pullNumber, [...(repo.reviewComments.get(pullNumber) ?? []), comment]);
    return comment;
  }

  comments(fullName: string, issueNumber: number): readonly StoredComment[] {
    return this.repos.get(fullName.toLowerCase())?.comments.get(issueNumber) ?? [];
  }

  checkRuns(fullName: string, headSha?: string): readonly StoredCheckRun[] {
    const runs = this.repos.get(fullName.toLowerCase())?.checkRuns ?? [];
    return headSha === undefined ? runs : runs.filter((run) => run.headSha === headSha);
  }

  /** Adds a finished workflow run (default: a successful push run of readiness.yml on main). */
  addWorkflowRun(fullName: string, seed: WorkflowRunSeed): StoredWorkflowRun {
    const repo = this.addRepo(fullName);
    const conclusion = seed.conclusion === undefined ? 'success' : seed.conclusion;
    const run: StoredWorkflowRun = {
      id: this.newId(),
      workflowFile: seed.workflowFile ?? 'readiness.yml',
      headSha: seed.headSha,
      headBranch: seed.headBranch ?? 'main',
      event: seed.event ?? 'push',
      status: conclusion === null ? 'in_progress' : 'completed',
      conclusion,
      createdAt: this.now(),
      artifacts: (seed.artifacts ?? []).map((artifact) => ({
        id: this.newId(),
        name: artifact.name,
        zip: artifact.zip,
        expired: artifact.expired ?? false,
      })),
    };
    repo.workflowRuns.push(run);
    return run;
  }

  /** Whether an issue or pull request with this number exists. */
  hasIssue(repo: StoredRepo, issueNumber: number): boolean {
    return repo.pulls.has(issueNumber) || repo.issues.has(issueNumber);
  }
}
