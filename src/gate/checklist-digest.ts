// The identity of a checklist for shard reports: SHA-256 of the file's bytes, as the merge compares it.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Checklist } from '../model.js';

/** Checklist path (as the verdict names it) → SHA-256 hex of its bytes, read from the working directory. */
export async function checklistDigests(
  workdir: string,
  checklists: readonly Pick<Checklist, 'path'>[],
): Promise<Record<string, string>> {
  const entries = await Promise.all(
    checklists.map(async (checklist) => {
      const bytes = await readFile(path.resolve(workdir, checklist.path));
      return [checklist.path, createHash('sha256').update(bytes).digest('hex')] as const;
    }),
  );
  return Object.fromEntries(entries);
}
