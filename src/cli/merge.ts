// `readiness-gate merge REPORT... --expect-shards N|names`: shard reports → one verdict → terminal and exit code.
import { writeFile } from 'node:fs/promises';
import type { Verdict } from '../model.js';
import { resolveInside } from '../gate/paths.js';

export interface MergeCommandInput {
  readonly reports: readonly string[];
  readonly expectShards: string | undefined;
  readonly checklists: readonly string[];
  readonly workdir: string;
  /** The current directory: report paths start here, as `inspect REPORT`'s does. */
  readonly cwd: string;
  readonly format: 'text' | 'markdown' | 'json';
  readonly out?: string;
  readonly commit?: string;
  readonly minScore?: number;
  readonly infer: boolean;
  readonly coverageReport?: string;
  readonly confirmations?: readonly string[];
  readonly color: () => boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/** Exit codes as `check` has them: 0 ready, 1 not ready (blocked included), 2 bad input. */
export async function mergeCommand(input: MergeCommandInput): Promise<number> {
  if (input.reports.length === 0) {
    input.stderr('readiness-gate: merge needs the shard reports (paths or globs)\n');
    return 2;
  }
  if (input.expectShards === undefined) {
    input.stderr(
      'readiness-gate: merge needs --expect-shards: the number of shards, or their names (commas)\n',
    );
    return 2;
  }
  const [{ runMerge }, { headCommit }] = await Promise.all([
    import('../merge/run-merge.js'),
    import('../git/head-commit.js'),
  ]);
  const commit = input.commit ?? (await headCommit(input.workdir));
  const outcome = await runMerge({
    workdir: input.workdir,
    checklists: input.checklists,
    infer: input.infer,
    ...(input.coverageReport ? { coverageReport: input.coverageReport } : {}),
    reports: input.reports,
    reportsBase: input.cwd,
    expectShards: input.expectShards,
    commit,
    ...(input.confirmations ? { confirmations: input.confirmations } : {}),
    ...(input.minScore !== undefined ? { minScore: input.minScore } : {}),
    env: input.env,
  });
  if ('problems' in outcome) {
    input.stderr(
      `${outcome.masker.mask(outcome.problems.join('\n'))}\nthe merge did not decide (configuration error).\n`,
    );
    return 2;
  }
  const render = await rendererFor(input.format, input.out === undefined && input.color());
  const text = outcome.masker.mask(render(outcome.verdict));
  if (input.out) await writeFile(resolveInside(input.workdir, input.out, '--out'), text);
  else input.stdout(text);
  for (const blocker of outcome.blockers)
    input.stderr(`blocked: ${outcome.masker.mask(blocker)}\n`);
  return outcome.verdict.ready ? 0 : 1;
}

async function rendererFor(
  format: MergeCommandInput['format'],
  color: boolean,
): Promise<(verdict: Verdict) => string> {
  if (format === 'json') {
    const { renderJson } = await import('../render/json.js');
    return (verdict) => renderJson(verdict);
  }
  if (format === 'markdown') {
    const { renderMarkdown } = await import('../render/markdown.js');
    return (verdict) => renderMarkdown(verdict);
  }
  const { renderText } = await import('../render/text.js');
  return (verdict) => renderText(verdict, { color });
}
