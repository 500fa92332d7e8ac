// The files changed between two commits (`git diff --name-only`, renames followed, both names kept).
import { runGit } from './run-git.js';

/** Repository-relative paths changed from `from` to `to`; a rename lists its old and new name. */
export async function changedFilesBetween(
  workdir: string,
  from: string,
  to: string,
): Promise<string[]> {
  const out = await runGit(workdir, [
    'diff',
    '--name-status',
    '-z',
    '--find-renames',
    `${from}`,
    `${to}`,
    '--',
  ]);
  const fields = out.split('\0').filter((field) => field !== '');
  const files = new Set<string>();
  for (let index = 0; index < fields.length;) {
    const status = fields[index++] ?? '';
    const names = /^[RC]/.test(status) ? 2 : 1;
    for (let n = 0; n < names && index < fields.length; n++) files.add(fields[index++]!);
  }
  return [...files];
}
