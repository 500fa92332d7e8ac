// Reads the pull request's body live (a re-run reuses the old event payload) and finds the boxes ticked in it.
import type { GitHubOctokit } from './client.js';
import { classifyError } from './errors.js';

export interface PullRequestRef {
  readonly owner: string;
  readonly repo: string;
  readonly pullNumber: number;
  readonly isFork?: boolean;
}

/** Fetches `GET /repos/{owner}/{repo}/pulls/{n}` and returns its body ('' when empty). */
export async function fetchPullRequestBody(
  octokit: GitHubOctokit,
  ref: PullRequestRef,
): Promise<string> {
  try {
    const { data } = await octokit.rest.pulls.get({
      owner: ref.owner,
      repo: ref.repo,
      pull_number: ref.pullNumber,
    });
    return data.body ?? '';
  } catch (error) {
    throw classifyError(error, { surface: 'pull-request', isFork: ref.isFork });
  }
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** A list item whose box is ticked: `- [x] text`, `* [X] text`, `1. [x] text`. */
const TICKED = /^\s*(?:[-*+]|\d{1,9}[.)])\s+\[[xX]\](?:\s+(.*))?$/;

/**
 * The ticked task boxes in a Markdown body, in order, with their text trimmed. Line-based:
 * boxes inside fenced code blocks do not count, nor do quoted ones (`> - [x]`).
 */
export function tickedBoxes(body: string): { text: string }[] {
  const boxes: { text: string }[] = [];
  let fence: string | undefined;
  for (const line of body.split(/\r\n|\r|\n/)) {
    const fenceMatch = FENCE.exec(line);
    if (fence === undefined && fenceMatch) {
      fence = fenceMatch[1];
      continue;
    }
    if (fence !== undefined) {
      if (
        fenceMatch &&
        fenceMatch[1]?.[0] === fence[0] &&
        (fenceMatch[1]?.length ?? 0) >= fence.length &&
        line.trim() === fenceMatch[1]
      )
        fence = undefined;
      continue;
    }
    const match = TICKED.exec(line);
    const text = match?.[1]?.trim();
    if (text) boxes.push({ text });
  }
  return boxes;
}
