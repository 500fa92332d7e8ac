// Reading the pull request body live, and the ticked boxes in it.
import { afterEach, describe, expect, it } from 'vitest';
import { fetchPullRequestBody, tickedBoxes } from '../../src/github/pr-body.js';
import { startStandin, type Standin } from './standin/index.js';
import { testOctokit } from './octokit.js';

let standin: Standin | undefined;

afterEach(async () => {
  await standin?.close();
  standin = undefined;
});

describe('fetchPullRequestBody', () => {
  it('reads the body as it is now, not as the event payload had it', async () => {
    standin = await startStandin();
    const pull = standin.state.repo('Codertocat', 'Hello-World')?.pulls.get(2);
    if (pull) pull.body = '- [x] Docs updated';
    const body = await fetchPullRequestBody(testOctokit(standin), {
      owner: 'Codertocat',
      repo: 'Hello-World',
      pullNumber: 2,
    });
    expect(body).toBe('- [x] Docs updated');
    expect(standin.log.map((entry) => `${entry.method} ${entry.path}`)).toEqual([
      'GET /repos/Codertocat/Hello-World/pulls/2',
    ]);
  });

  it('returns an empty string for a pull request without a body', async () => {
    standin = await startStandin();
    standin.state.addPull('Codertocat/Hello-World', { number: 3, body: null });
    expect(
      await fetchPullRequestBody(testOctokit(standin), {
        owner: 'Codertocat',
        repo: 'Hello-World',
        pullNumber: 3,
      }),
    ).toBe('');
  });
});

describe('tickedBoxes', () => {
  it('finds ticked boxes in any list style, nested, and skips fenced code and quotes', () => {
    const body = [
      '## Sign-off',
      '- [x] Documentation updated',
      '- [ ] Rollback plan',
      '  * [X]   Runbook reviewed  ',
      '1. [x] docs',
      '+ [x]',
      '```md',
      '- [x] Not this one',
      '```',
      '~~~~',
      '- [x] Nor this',
      '~~~~',
      '> - [x] Quoted',
      '- [x]not a box',
      '- [x] Security review\r',
    ].join('\n');
    expect(tickedBoxes(body)).toEqual([
      { text: 'Documentation updated' },
      { text: 'Runbook reviewed' },
      { text: 'docs' },
      { text: 'Security review' },
    ]);
  });
});
