// A file's content at a commit (`git show <commit>:./<path>`), for comparing a checklist with its merge base.
import { runGit } from './run-git.js';

/**
 * The file at `commit`, with `path` relative to `workdir`; undefined when the file did not exist
 * there. Throws GitError when the commit itself is unknown (a shallow checkout).
 */
export async function showFileAtCommit(
  workdir: string,
  commit: string,
  path: string,
): Promise<string | undefined> {
  await runGit(workdir, ['cat-file', '-e', `${commit}^{commit}`]);
  try {
    return await runGit(workdir, ['show', `${commit}:./${path.replace(/^\.\//, '')}`]);
  } catch {
    return undefined;
  }
}
