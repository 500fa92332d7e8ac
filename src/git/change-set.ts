// The lines a change added or modified, per file of the new commit, as sorted ranges.

export type FileChangeStatus = 'added' | 'modified' | 'renamed' | 'deleted';

/** One file of a diff, on the new side. */
export interface FileChange {
  /** Repository-relative, `/` separators; the old path for a deleted file. */
  readonly path: string;
  /** The path in the old commit, for a renamed file. */
  readonly oldPath?: string;
  readonly status: FileChangeStatus;
  /** Changed lines of the new side as inclusive pairs: [start1, end1, start2, end2, …], sorted. */
  readonly ranges: readonly number[];
  /** Changed lines in all. */
  readonly lineCount: number;
  /** Changed lines that are not blank (a file missing from a coverage report counts these). */
  readonly nonBlankCount: number;
  /** A binary file: changed, but without lines. */
  readonly binary: boolean;
}

/** What a change (two commits) touched. */
export class ChangeSet {
  private readonly byPath: ReadonlyMap<string, FileChange>;

  constructor(
    /** The old commit of the diff (the merge base, or the test merge's first parent). */
    readonly fromCommit: string,
    /** The new commit. */
    readonly toCommit: string,
    readonly files: readonly FileChange[],
  ) {
    this.byPath = new Map(files.filter((f) => f.status !== 'deleted').map((f) => [f.path, f]));
  }

  /** The file as it is in the new commit, when the change touched it (not for deleted files). */
  file(path: string): FileChange | undefined {
    return this.byPath.get(path);
  }

  /** Paths present in the new commit that the change touched. */
  paths(): IterableIterator<string> {
    return this.byPath.keys();
  }

  hasFile(path: string): boolean {
    return this.byPath.has(path);
  }

  /** The change added or modified `line` of `path`. */
  hasLine(path: string, line: number): boolean {
    const file = this.byPath.get(path);
    return file !== undefined && rangesOverlap(file.ranges, line, line);
  }

  /** Any line of `[start, end]` of `path` changed. */
  touchesLines(path: string, start: number, end = start): boolean {
    const file = this.byPath.get(path);
    return file !== undefined && rangesOverlap(file.ranges, start, Math.max(start, end));
  }

  /** Changed lines in all files. */
  get lineCount(): number {
    let count = 0;
    for (const file of this.files) count += file.lineCount;
    return count;
  }
}

/** Binary search in sorted inclusive pairs for one that overlaps [start, end]. */
export function rangesOverlap(ranges: readonly number[], start: number, end: number): boolean {
  let low = 0;
  let high = ranges.length / 2 - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const rangeStart = ranges[middle * 2]!;
    const rangeEnd = ranges[middle * 2 + 1]!;
    if (rangeEnd < start) low = middle + 1;
    else if (rangeStart > end) high = middle - 1;
    else return true;
  }
  return false;
}
