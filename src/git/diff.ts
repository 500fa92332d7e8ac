// Changed lines between two commits, from `git diff --unified=0` parsed line by line as it streams.
import { ChangeSet, type FileChange, type FileChangeStatus } from './change-set.js';
import { gitLines } from './git.js';

interface Draft {
  path: string;
  oldPath?: string;
  status: FileChangeStatus;
  ranges: number[];
  lineCount: number;
  nonBlankCount: number;
  binary: boolean;
}

/** Undoes git's C-style quoting of a path (`"a\tb\303\251"`), used for unusual characters. */
export function unquoteGitPath(text: string): string {
  if (!text.startsWith('"') || !text.endsWith('"') || text.length < 2) return text;
  const bytes: number[] = [];
  const body = text.slice(1, -1);
  const escapes: Record<string, number> = {
    n: 10,
    t: 9,
    r: 13,
    a: 7,
    b: 8,
    f: 12,
    v: 11,
    '\\': 92,
    '"': 34,
  };
  for (let i = 0; i < body.length; i++) {
    const char = body[i]!;
    if (char !== '\\') {
      bytes.push(...Buffer.from(char, 'utf8'));
      continue;
    }
    const next = body[i + 1] ?? '';
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(escapes[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** `a/path` or `b/path` (possibly quoted) → path; `/dev/null` → undefined. */
function sidePath(text: string, prefix: 'a/' | 'b/'): string | undefined {
  const unquoted = unquoteGitPath(text.replace(/\t$/, ''));
  if (unquoted === '/dev/null') return undefined;
  return unquoted.startsWith(prefix) ? unquoted.slice(2) : unquoted;
}

/**
 * Parses the output of `git diff --unified=0` one line at a time. Only the new side matters:
 * each hunk `@@ -a,b +c,d @@` adds lines c … c+d-1 (with --unified=0 every new-side line of a
 * hunk is a `+` line), and those `+` lines say which are blank.
 */
export class UnifiedDiffParser {
  private readonly done: FileChange[] = [];
  private current: Draft | undefined;
  private inHunk = false;

  push(line: string): void {
    const first = line.charCodeAt(0);
    if (this.inHunk) {
      if (first === 43 /* + */) {
        if (this.current !== undefined && line.trim().length > 1) this.current.nonBlankCount++;
        return;
      }
      if (first === 45 /* - */ || first === 92 /* \ No newline */ || first === 32) return;
      this.inHunk = false;
    }
    if (first === 64 /* @ */ && line.startsWith('@@ ')) {
      this.hunk(line);
      return;
    }
    if (line.startsWith('diff --git ')) {
      this.finish();
      // The header's paths are ambiguous with spaces; later lines (+++, rename to) correct them.
      const rest = line.slice('diff --git '.length);
      const half = (rest.length - 1) / 2;
      const guess =
        Number.isInteger(half) && rest.slice(2, half) === rest.slice(half + 3)
          ? rest.slice(half + 3)
          : (sidePath(rest.slice(rest.lastIndexOf(' b/') + 1), 'b/') ?? rest);
      this.current = {
        path: guess,
        status: 'modified',
        ranges: [],
        lineCount: 0,
        nonBlankCount: 0,
        binary: false,
      };
      return;
    }
    const current = this.current;
    if (current === undefined) return;
    if (line.startsWith('+++ ')) {
      const path = sidePath(line.slice(4), 'b/');
      if (path !== undefined) current.path = path;
    } else if (line.startsWith('--- ')) {
      const path = sidePath(line.slice(4), 'a/');
      if (path === undefined) current.status = 'added';
      else if (current.status === 'deleted') current.path = path;
    } else if (line.startsWith('rename from ')) {
      current.oldPath = unquoteGitPath(line.slice('rename from '.length));
      current.status = 'renamed';
    } else if (line.startsWith('rename to ')) {
      current.path = unquoteGitPath(line.slice('rename to '.length));
    } else if (line.startsWith('new file mode')) {
      current.status = 'added';
    } else if (line.startsWith('deleted file mode')) {
      current.status = 'deleted';
    } else if (line.startsWith('Binary files ')) {
      current.binary = true;
    }
  }

  private hunk(line: string): void {
    const current = this.current;
    if (current === undefined) return;
    // @@ -a[,b] +c[,d] @@
    const plus = line.indexOf(' +', 3);
    const end = line.indexOf(' ', plus + 2);
    const spec = line.slice(plus + 2, end === -1 ? undefined : end);
    const comma = spec.indexOf(',');
    const start = Number(comma === -1 ? spec : spec.slice(0, comma));
    const count = comma === -1 ? 1 : Number(spec.slice(comma + 1));
    this.inHunk = true;
    if (!(count > 0) || !Number.isInteger(start)) return;
    const last = start + count - 1;
    const ranges = current.ranges;
    // Hunks come in order; adjacent ones merge.
    if (ranges.length > 0 && ranges[ranges.length - 1]! + 1 >= start)
      ranges[ranges.length - 1] = Math.max(ranges[ranges.length - 1]!, last);
    else ranges.push(start, last);
    current.lineCount += count;
  }

  private finish(): void {
    if (this.current !== undefined) this.done.push(this.current);
    this.current = undefined;
    this.inHunk = false;
  }

  /** The files seen, in diff order. */
  files(): FileChange[] {
    this.finish();
    return this.done;
  }
}

export interface DiffOptions {
  readonly cwd: string;
  readonly signal?: AbortSignal;
}

/**
 * The lines `to` added or modified relative to `from`, renames followed (`-M`): a renamed file
 * keeps only the lines its new version changed. Streams, so a huge diff costs no more memory
 * than its changed-line ranges.
 */
export async function diffChangedLines(
  from: string,
  to: string,
  options: DiffOptions,
): Promise<ChangeSet> {
  const parser = new UnifiedDiffParser();
  await gitLines(
    [
      'diff',
      '--no-color',
      '--no-ext-diff',
      '--no-textconv',
      '--unified=0',
      '-M',
      '--src-prefix=a/',
      '--dst-prefix=b/',
      '--ignore-submodules',
      from,
      to,
      '--',
    ],
    { cwd: options.cwd, ...(options.signal ? { signal: options.signal } : {}) },
    (line) => parser.push(line),
  );
  return new ChangeSet(from, to, parser.files());
}
