// Deriving where to publish from real webhook payloads (@octokit/webhooks-examples) and the runner's variables.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { derivePublishContext, lineUrl } from '../../src/github/context.js';

const require = createRequire(import.meta.url);
const examples = require('@octokit/webhooks-examples') as {
  name: string;
  examples: Record<string, unknown>[];
}[];

function example(name: string, action?: string): Record<string, unknown> {
  const found = examples
    .find((definition) => definition.name === name)
    ?.examples.find((payload) => action === undefined || payload['action'] === action);
  if (!found) throw new Error(`no ${name} example`);
  return structuredClone(found);
}

const environment = {
  repository: 'Codertocat/Hello-World',
  sha: 'f00dfeedf00dfeedf00dfeedf00dfeedf00dfeed',
  serverUrl: 'https://github.com',
  runId: '1658821493',
};

describe('derivePublishContext', () => {
  it('puts the check run on the pull request head, not the merge commit in GITHUB_SHA', () => {
    const context = derivePublishContext(
      'pull_request',
      example('pull_request', 'opened'),
      environment,
    );
    expect(context).toEqual({
      owner: 'Codertocat',
      repo: 'Hello-World',
      eventName: 'pull_request',
      pullNumber: 2,
      headSha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821',
      isFork: false,
      runUrl: 'https://github.com/Codertocat/Hello-World/actions/runs/1658821493',
      blobUrlBase:
        'https://github.com/Codertocat/Hello-World/blob/ec26c3e57ca3a959ca5aad62de7213c562f8c821/',
    });
  });

  it('reads pull_request_target the same way and sees a fork from the head repository', () => {
    const payload = example('pull_request', 'synchronize');
    const pullRequest = payload['pull_request'] as { head: { repo: Record<string, unknown> } };
    pullRequest.head.repo = {
      ...pullRequest.head.repo,
      full_name: 'mallory/Hello-World',
      fork: true,
    };
    const context = derivePublishContext('pull_request_target', payload, environment);
    expect(context.pullNumber).toBe(2);
    expect(context.isFork).toBe(true);
  });

  it('has no pull request on push, merge_group and workflow_dispatch', () => {
    const push = derivePublishContext('push', example('push'), environment);
    expect(push).toMatchObject({ pullNumber: undefined, headSha: environment.sha, isFork: false });
    const mergeGroup = derivePublishContext('merge_group', example('merge_group'), environment);
    expect(mergeGroup).toMatchObject({
      pullNumber: undefined,
      headSha: '2ffea6db159f6b6c47a24e778fb9ef40cf6b1c7d',
    });
    const dispatch = derivePublishContext(
      'workflow_dispatch',
      example('workflow_dispatch'),
      environment,
    );
    expect(dispatch).toMatchObject({ pullNumber: undefined, headSha: environment.sha });
  });

  it('uses GitHub Enterprise Server links and falls back to the payload repository', () => {
    const context = derivePublishContext(
      'push',
      { repository: { full_name: 'octo-org/app' } },
      { sha: 'abc', serverUrl: 'https://ghes.example.com/', runId: '7' },
    );
    expect(context).toMatchObject({
      owner: 'octo-org',
      repo: 'app',
      runUrl: 'https://ghes.example.com/octo-org/app/actions/runs/7',
      blobUrlBase: 'https://ghes.example.com/octo-org/app/blob/abc/',
    });
  });

  it('refuses to guess the repository', () => {
    expect(() => derivePublishContext('push', {}, {})).toThrow(/GITHUB_REPOSITORY/);
  });
});

describe('lineUrl', () => {
  it('links a checklist line at the head commit, encoding the path', () => {
    expect(lineUrl('https://github.com/o/r/blob/abc/', 'docs/Deploy check#1.yml', 12)).toBe(
      'https://github.com/o/r/blob/abc/docs/Deploy%20check%231.yml#L12',
    );
    // GitHub renders Markdown, where line anchors work only in the plain view.
    expect(lineUrl('https://github.com/o/r/blob/abc/', 'docs/Deploy check#1.md', 12)).toBe(
      'https://github.com/o/r/blob/abc/docs/Deploy%20check%231.md?plain=1#L12',
    );
  });
});
