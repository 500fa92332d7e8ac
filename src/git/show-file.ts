// A file's content at a commit, with its path relative to the working directory (which may be a
// folder inside the repository), for comparing a checklist with its merge base or a review's commit.
import { git, GitError } from './git.js';

/**
 * The file at `commit`, with `path` relative to `workdir`; undefined when the file did not exist
 * there. Throws GitError when the commit itself is unknown (a shallow checkout).
 */
export async function showFileAtCommit(
  workdir: string,
  commit: string,
  path: string,
): Promise<string | undefined> {
  const known = await git(['cat-file', '-e', `${commit}^{commit}`], {
    cwd: workdir,
    okExitCodes: [1, 128],
  });
  if (known.exitCode !== 0) throw new GitError(`commit ${commit} is not in this checkout`, 128, '');
  // `<commit>:./<path>` is relative to the current folder, so a working-directory input works.
  const spec = `${commit}:./${path.replace(/^\.\//, '')}`;
  const exists = await git(['cat-file', '-e', spec], { cwd: workdir, okExitCodes: [1, 128] });
  if (exists.exitCode !== 0) return undefined;
  return (await git(['cat-file', 'blob', spec], { cwd: workdir })).stdout.toString('utf8');
}
