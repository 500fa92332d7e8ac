// Matches coverage-report file keys to the changed files of the repository, per format's habits.
import type { ChangeSet } from '../git/change-set.js';
import type { ReportFormat } from '../reports/types.js';

/** Where JVM builds keep sources: JaCoCo writes `package/File.java` without them. */
export const DEFAULT_SOURCE_ROOTS: readonly string[] = [
  'src/main/java',
  'src/main/kotlin',
  'src/main/scala',
  'src/main/groovy',
  'src/test/java',
  'src/test/kotlin',
  'src/test/scala',
  'src/test/groovy',
  'src',
];

export interface PathIndexOptions {
  /** `coverage.source-roots`, else DEFAULT_SOURCE_ROOTS. */
  readonly sourceRoots?: readonly string[];
  /**
   * The Go module a file belongs to: the `module` line of the nearest go.mod above it and that
   * go.mod's folder (Go profiles name files by import path; a monorepo has several modules).
   */
  readonly goModuleOf?: (
    path: string,
  ) => { readonly dir: string; readonly module: string } | undefined;
}

/**
 * For every changed file, the keys a report may use for it: the path itself, the path below a
 * source root (JaCoCo, and Cobertura written where its `<source>` is not this checkout), and for
 * Go the module's import path joined to it. Built once per check from the changed files only.
 */
export class ReportPathIndex {
  private readonly changed: ReadonlySet<string>;
  private readonly underRoots = new Map<string, string>();
  private readonly goPaths = new Map<string, string>();

  constructor(changes: ChangeSet, options: PathIndexOptions = {}) {
    this.changed = new Set(changes.paths());
    const roots = (options.sourceRoots ?? DEFAULT_SOURCE_ROOTS).map((root) =>
      root.replace(/^\.\//, '').replace(/\/+$/, ''),
    );
    for (const path of this.changed) {
      for (const root of roots) {
        let at = 0;
        if (!path.startsWith(root + '/')) {
          const inner = path.indexOf('/' + root + '/');
          if (inner === -1) continue;
          at = inner + 1;
        }
        const key = path.slice(at + root.length + 1);
        if (!this.underRoots.has(key)) this.underRoots.set(key, path);
      }
      if (options.goModuleOf !== undefined && path.endsWith('.go')) {
        const owner = options.goModuleOf(path);
        if (owner !== undefined) {
          const inside = owner.dir === '' ? path : path.slice(owner.dir.length + 1);
          this.goPaths.set(`${owner.module}/${inside}`, path);
        }
      }
    }
  }

  /** A cheap test for the readers: could this key be a changed file in any format? */
  mayMatch(key: string): boolean {
    return (
      this.changed.has(key) ||
      this.underRoots.has(key) ||
      this.goPaths.has(key) ||
      this.foreignAbsolute(key) !== undefined
    );
  }

  /** The changed file a report key stands for, in a report of `format`; undefined when none. */
  resolve(key: string, format: ReportFormat): string | undefined {
    if (this.changed.has(key)) return key;
    if (format === 'jacoco' || format === 'cobertura') {
      const found = this.underRoots.get(key);
      if (found !== undefined) return found;
    }
    if (format === 'go-coverprofile') return this.goPaths.get(key);
    return this.foreignAbsolute(key);
  }

  /**
   * The changed file a key stands for under any format's habits: a shard report's per-file
   * lines do not say which format they were read from.
   */
  resolveAnyFormat(key: string): string | undefined {
    return this.resolve(key, 'jacoco') ?? this.goPaths.get(key);
  }

  /**
   * An absolute path from another machine (`/home/runner/work/app/app/src/a.js` in a report
   * made in CI and read elsewhere): the longest trailing part that is a changed file.
   */
  private foreignAbsolute(key: string): string | undefined {
    if (!key.startsWith('/') && !/^[A-Za-z]:\//.test(key)) return undefined;
    for (let at = key.indexOf('/', 1); at !== -1; at = key.indexOf('/', at + 1)) {
      const tail = key.slice(at + 1);
      if (this.changed.has(tail)) return tail;
    }
    return undefined;
  }
}
