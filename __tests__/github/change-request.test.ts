// Which base an event names: pull requests and merge groups have one, pushes do not.
import { describe, expect, it } from 'vitest';
import { examplePayload } from '../helpers/run-action.js';
import { changeRequestFromEvent } from '../../src/github/change-request.js';

describe('changeRequestFromEvent', () => {
  it("reads a pull request's base and head SHAs and its commit count", () => {
    const payload = examplePayload('pull_request', 'opened') as {
      pull_request: { base: { sha: string }; head: { sha: string }; commits: number };
    };
    expect(changeRequestFromEvent('pull_request', payload as never)).toEqual({
      request: {
        kind: 'pull_request',
        baseSha: payload.pull_request.base.sha,
        headSha: payload.pull_request.head.sha,
        commits: payload.pull_request.commits,
      },
    });
  });

  it("reads a merge group's base_sha and head_sha", () => {
    const payload = examplePayload('merge_group', 'checks_requested') as {
      merge_group: { base_sha: string; head_sha: string };
    };
    expect(changeRequestFromEvent('merge_group', payload as never)).toEqual({
      request: {
        kind: 'merge_group',
        baseSha: payload.merge_group.base_sha,
        headSha: payload.merge_group.head_sha,
      },
    });
  });

  it('says a push has no base', () => {
    expect(changeRequestFromEvent('push', examplePayload('push') as never)).toEqual({
      noBaseReason: 'a push run has no base (only pull_request and merge_group runs have one)',
    });
  });
});
