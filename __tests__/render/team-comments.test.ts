// The comments of the team checklists as a reviewer gets them: kept under __tests__/__outputs__/
// so every change shows as a diff, short where it is visible, and no item said twice.
import { copyFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runGate } from '../../src/gate/run-gate.js';
import { commentLinks, renderComment } from '../../src/github/publish.js';
import { escapeInline } from '../../src/render/escape.js';
import { ROOT } from '../helpers/run-action.js';
import { repeatedTitles, visiblePart } from '../helpers/visible.js';
import { makeWorkspace } from '../helpers/workspace.js';

const FIXTURES = path.join(ROOT, '__tests__/fixtures/checklists');
const HEAD = '6dcb09b5b57875f334f61aebed695e2e4193db5e';
const CONTEXT = {
  blobUrlBase: `https://github.com/Codertocat/Hello-World/blob/${HEAD}/`,
  runUrl: 'https://github.com/Codertocat/Hello-World/actions/runs/42',
};

/** The gate on a team checklist in an empty folder where no tool is installed (PATH is empty). */
async function commentOf(name: string): Promise<{ body: string; titles: string[] }> {
  const workspace = await makeWorkspace({});
  await copyFile(path.join(FIXTURES, name), path.join(workspace, name));
  const outcome = await runGate({
    clock: { nowMs: Date.parse('2026-12-01T12:00:00Z') },
    workdir: workspace,
    checklists: [name],
    infer: true,
    env: { PATH: '' },
  });
  expect(outcome.problems).toEqual([]);
  const verdict = { ...outcome.verdict!, durationMs: 1234, commit: HEAD };
  const cv = verdict.checklists[0]!;
  const { body } = renderComment(cv, verdict, commentLinks(CONTEXT));
  return { body, titles: cv.items.map((judged) => escapeInline(judged.item.title)) };
}

describe('the team checklists as comments', () => {
  for (const name of ['ai-etl-production.md', 'flashcards-production.md', 'nkdash-deployment.md']) {
    it(`renders ${name} short where it is visible, each title once, within GitHub's limit`, async (context) => {
      const { body, titles } = await commentOf(name);
      expect(titles.length).toBeGreaterThan(50);
      const visible = visiblePart(body);
      expect(visible.length).toBeLessThan(4000);
      expect(body.length).toBeLessThanOrEqual(65_536);
      expect(repeatedTitles(visible, titles)).toEqual([]);
      // Markdown checklists link to the plain view, where line anchors work.
      expect(body).toContain(`${name}?plain=1#L`);
      await context
        .expect(body)
        .toMatchFileSnapshot(`../__outputs__/${name.replace(/\.md$/, '')}-comment.md`);
      console.log(`${name}: comment ${body.length} chars, visible ${visible.length} chars`);
    });
  }

  it('says the 262 unticked items of ai-etl await a person, with a list to paste, and that the gate passes', async () => {
    const { body } = await commentOf('ai-etl-production.md');
    expect(body).toContain(
      '## 🟡 Not blocked, not ready: 262 items await a person · score 0.0 \\(do not deploy\\)',
    );
    expect(body).toContain("tick its box in this pull request's description");
    const pasteList = body.split('\n').filter((line) => line.startsWith('- [ ] '));
    expect(pasteList).toHaveLength(262);
    expect(await readFile(path.join(FIXTURES, 'ai-etl-production.md'), 'utf8')).toContain(
      pasteList[0]!.slice(6),
    );
  });
});
