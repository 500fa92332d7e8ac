import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  ShallowCheckoutError,
  deepen,
  fetchCommits,
  findMergeBase,
  hasCommit,
  isShallow,
  parentsOf,
  revParse
} from "./shared-git-commits.js";
import {
  gitLines
} from "./shared-git-git.js";
import "./shared-rg-builtin-child-process.js";
import {
  __name
} from "./shared-runtime.js";

// src/git/change-set.ts
var ChangeSet = class {
  constructor(fromCommit, toCommit, files) {
    this.fromCommit = fromCommit;
    this.toCommit = toCommit;
    this.files = files;
    this.byPath = new Map(files.filter((f) => f.status !== "deleted").map((f) => [f.path, f]));
  }
  fromCommit;
  toCommit;
  files;
  static {
    __name(this, "ChangeSet");
  }
  byPath;
  /** The file as it is in the new commit, when the change touched it (not for deleted files). */
  file(path) {
    return this.byPath.get(path);
  }
  /** Paths present in the new commit that the change touched. */
  paths() {
    return this.byPath.keys();
  }
  hasFile(path) {
    return this.byPath.has(path);
  }
  /** The change added or modified `line` of `path`. */
  hasLine(path, line) {
    const file = this.byPath.get(path);
    return file !== void 0 && rangesOverlap(file.ranges, line, line);
  }
  /** Any line of `[start, end]` of `path` changed. */
  touchesLines(path, start, end = start) {
    const file = this.byPath.get(path);
    return file !== void 0 && rangesOverlap(file.ranges, start, Math.max(start, end));
  }
  /** Changed lines in all files. */
  get lineCount() {
    let count = 0;
    for (const file of this.files) count += file.lineCount;
    return count;
  }
};
function rangesOverlap(ranges, start, end) {
  let low = 0;
  let high = ranges.length / 2 - 1;
  while (low <= high) {
    const middle = low + high >> 1;
    const rangeStart = ranges[middle * 2];
    const rangeEnd = ranges[middle * 2 + 1];
    if (rangeEnd < start) low = middle + 1;
    else if (rangeStart > end) high = middle - 1;
    else return true;
  }
  return false;
}
__name(rangesOverlap, "rangesOverlap");

// src/git/diff.ts
function unquoteGitPath(text) {
  if (!text.startsWith('"') || !text.endsWith('"') || text.length < 2) return text;
  const bytes = [];
  const body = text.slice(1, -1);
  const escapes = {
    n: 10,
    t: 9,
    r: 13,
    a: 7,
    b: 8,
    f: 12,
    v: 11,
    "\\": 92,
    '"': 34
  };
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (char !== "\\") {
      bytes.push(...Buffer.from(char, "utf8"));
      continue;
    }
    const next = body[i + 1] ?? "";
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(escapes[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString("utf8");
}
__name(unquoteGitPath, "unquoteGitPath");
function sidePath(text, prefix) {
  const unquoted = unquoteGitPath(text.replace(/\t$/, ""));
  if (unquoted === "/dev/null") return void 0;
  return unquoted.startsWith(prefix) ? unquoted.slice(2) : unquoted;
}
__name(sidePath, "sidePath");
var UnifiedDiffParser = class {
  static {
    __name(this, "UnifiedDiffParser");
  }
  done = [];
  current;
  inHunk = false;
  push(line) {
    const first = line.charCodeAt(0);
    if (this.inHunk) {
      if (first === 43) {
        if (this.current !== void 0 && line.trim().length > 1) this.current.nonBlankCount++;
        return;
      }
      if (first === 45 || first === 92 || first === 32) return;
      this.inHunk = false;
    }
    if (first === 64 && line.startsWith("@@ ")) {
      this.hunk(line);
      return;
    }
    if (line.startsWith("diff --git ")) {
      this.finish();
      const rest = line.slice("diff --git ".length);
      const half = (rest.length - 1) / 2;
      const guess = Number.isInteger(half) && rest.slice(2, half) === rest.slice(half + 3) ? rest.slice(half + 3) : sidePath(rest.slice(rest.lastIndexOf(" b/") + 1), "b/") ?? rest;
      this.current = {
        path: guess,
        status: "modified",
        ranges: [],
        lineCount: 0,
        nonBlankCount: 0,
        binary: false
      };
      return;
    }
    const current = this.current;
    if (current === void 0) return;
    if (line.startsWith("+++ ")) {
      const path = sidePath(line.slice(4), "b/");
      if (path !== void 0) current.path = path;
    } else if (line.startsWith("--- ")) {
      const path = sidePath(line.slice(4), "a/");
      if (path === void 0) current.status = "added";
      else if (current.status === "deleted") current.path = path;
    } else if (line.startsWith("rename from ")) {
      current.oldPath = unquoteGitPath(line.slice("rename from ".length));
      current.status = "renamed";
    } else if (line.startsWith("rename to ")) {
      current.path = unquoteGitPath(line.slice("rename to ".length));
    } else if (line.startsWith("new file mode")) {
      current.status = "added";
    } else if (line.startsWith("deleted file mode")) {
      current.status = "deleted";
    } else if (line.startsWith("Binary files ")) {
      current.binary = true;
    }
  }
  hunk(line) {
    const current = this.current;
    if (current === void 0) return;
    const plus = line.indexOf(" +", 3);
    const end = line.indexOf(" ", plus + 2);
    const spec = line.slice(plus + 2, end === -1 ? void 0 : end);
    const comma = spec.indexOf(",");
    const start = Number(comma === -1 ? spec : spec.slice(0, comma));
    const count = comma === -1 ? 1 : Number(spec.slice(comma + 1));
    this.inHunk = true;
    if (!(count > 0) || !Number.isInteger(start)) return;
    const last = start + count - 1;
    const ranges = current.ranges;
    if (ranges.length > 0 && ranges[ranges.length - 1] + 1 >= start)
      ranges[ranges.length - 1] = Math.max(ranges[ranges.length - 1], last);
    else ranges.push(start, last);
    current.lineCount += count;
  }
  finish() {
    if (this.current !== void 0) this.done.push(this.current);
    this.current = void 0;
    this.inHunk = false;
  }
  /** The files seen, in diff order. */
  files() {
    this.finish();
    return this.done;
  }
};
async function diffChangedLines(from, to, options) {
  const parser = new UnifiedDiffParser();
  await gitLines(
    [
      "diff",
      "--no-color",
      "--no-ext-diff",
      "--no-textconv",
      "--unified=0",
      "-M",
      "--src-prefix=a/",
      "--dst-prefix=b/",
      "--ignore-submodules",
      from,
      to,
      "--"
    ],
    { cwd: options.cwd, ...options.signal ? { signal: options.signal } : {} },
    (line) => parser.push(line)
  );
  return new ChangeSet(from, to, parser.files());
}
__name(diffChangedLines, "diffChangedLines");

// src/git/change-range.ts
function short(sha) {
  return sha.slice(0, 12);
}
__name(short, "short");
function depthNote(depth) {
  return depth === void 0 ? [] : [
    `the shallow checkout was deepened to find the merge base; fetch-depth: ${depth} on actions/checkout would avoid that`
  ];
}
__name(depthNote, "depthNote");
async function headParents(options) {
  const parents = await parentsOf("HEAD", options);
  if (parents.length > 0 || !(options.mayFetch ?? true) || !await isShallow(options))
    return { parents, deepened: false };
  await deepen(1, options);
  return { parents: await parentsOf("HEAD", options), deepened: true };
}
__name(headParents, "headParents");
async function resolveChangeRange(request, options) {
  if (request.kind === "merge_group") {
    const missing = [];
    for (const sha of [request.baseSha, request.headSha])
      if (!await hasCommit(sha, options)) missing.push(sha);
    if (missing.length > 0) {
      if (!(options.mayFetch ?? true))
        throw new ShallowCheckoutError(
          `commit ${short(missing[0])} is not in the checkout; set fetch-depth: 0 on actions/checkout`
        );
      await fetchCommits(missing, 1, options);
    }
    return {
      from: request.baseSha,
      to: request.headSha,
      mergeBase: request.baseSha,
      how: `merge group: ${short(request.baseSha)}..${short(request.headSha)}`,
      notes: []
    };
  }
  const head = await revParse("HEAD", options);
  if (request.kind === "ref") {
    let base;
    try {
      base = await revParse(request.baseRef, options);
    } catch {
      throw new ShallowCheckoutError(
        `--base ${request.baseRef}: no such commit or branch in this repository`
      );
    }
    const found2 = await findMergeBase(base, head, options);
    return {
      from: found2.mergeBase,
      to: head,
      mergeBase: found2.mergeBase,
      how: `merge base of ${request.baseRef} and HEAD: ${short(found2.mergeBase)}..${short(head)}`,
      notes: depthNote(found2.depthNeeded)
    };
  }
  const { parents, deepened } = await headParents(options);
  if (parents.length === 2 && parents[1] === request.headSha) {
    const notes2 = deepened ? [
      "the depth-1 checkout was deepened by one commit to read the test merge commit's parents; fetch-depth: 2 on actions/checkout would avoid that"
    ] : [];
    let base;
    try {
      const depthHint2 = request.commits === void 0 ? void 0 : request.commits + 2;
      base = (await findMergeBase(request.baseSha, request.headSha, {
        ...options,
        ...depthHint2 === void 0 ? {} : { depthHint: depthHint2 }
      })).mergeBase;
    } catch (error) {
      notes2.push(`no merge base for the base report: ${error.message}`);
    }
    return {
      from: parents[0],
      to: head,
      ...base === void 0 ? {} : { mergeBase: base },
      how: `test merge commit: HEAD^1..HEAD (${short(parents[0])}..${short(head)})`,
      notes: notes2
    };
  }
  const depthHint = request.commits === void 0 ? void 0 : request.commits + 1;
  const found = await findMergeBase(request.baseSha, head, {
    ...options,
    ...depthHint === void 0 ? {} : { depthHint }
  });
  const notes = depthNote(found.depthNeeded);
  if (head !== request.headSha)
    notes.push(
      `HEAD (${short(head)}) is neither the pull request's head (${short(request.headSha)}) nor its test merge commit; the changed lines are those of HEAD`
    );
  return {
    from: found.mergeBase,
    to: head,
    mergeBase: found.mergeBase,
    how: `merge base ${short(found.mergeBase)}..HEAD (${short(head)})`,
    notes
  };
}
__name(resolveChangeRange, "resolveChangeRange");
async function changedLinesFor(request, options) {
  const range = await resolveChangeRange(request, options);
  const changes = await diffChangedLines(range.from, range.to, options);
  return { range, changes };
}
__name(changedLinesFor, "changedLinesFor");
export {
  changedLinesFor,
  resolveChangeRange
};
//# sourceMappingURL=git-change-range.js.map
