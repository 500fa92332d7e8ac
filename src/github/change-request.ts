// Which base the event names: a pull request's base and head, a merge group's, or none (a push).
import type { ChangeRequest } from '../git/change-range.js';

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function sha(value: unknown): string | undefined {
  return typeof value === 'string' && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(value)
    ? value
    : undefined;
}

/**
 * `pull_request` / `pull_request_target`: `pull_request.base.sha` and `head.sha`;
 * `merge_group`: `merge_group.base_sha` and `head_sha`. Anything else has no base: the reason
 * says so, for items that need one.
 */
export function changeRequestFromEvent(
  eventName: string,
  payload: Record<string, unknown>,
): { request: ChangeRequest } | { noBaseReason: string } {
  if (eventName === 'merge_group') {
    const group = record(payload['merge_group']);
    const baseSha = sha(group?.['base_sha']);
    const headSha = sha(group?.['head_sha']);
    if (baseSha && headSha) return { request: { kind: 'merge_group', baseSha, headSha } };
    return { noBaseReason: 'the merge_group event has no base_sha and head_sha' };
  }
  if (eventName === 'pull_request' || eventName === 'pull_request_target') {
    const pull = record(payload['pull_request']);
    const baseSha = sha(record(pull?.['base'])?.['sha']);
    const headSha = sha(record(pull?.['head'])?.['sha']);
    const commits = pull?.['commits'];
    if (baseSha && headSha)
      return {
        request: {
          kind: 'pull_request',
          baseSha,
          headSha,
          ...(typeof commits === 'number' && Number.isInteger(commits) && commits > 0
            ? { commits }
            : {}),
        },
      };
    return { noBaseReason: `the ${eventName} event has no base and head SHAs` };
  }
  return {
    noBaseReason: `a ${eventName || 'local'} run has no base (only pull_request and merge_group runs have one)`,
  };
}
