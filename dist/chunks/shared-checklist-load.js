import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  loadYamlChecklist
} from "./shared-checklist-yaml.js";
import {
  flattenItems
} from "./shared-checklist-items.js";
import {
  USUAL_REPORTS
} from "./shared-checklist-usual-reports.js";
import {
  readRegularFileSync
} from "./shared-workspace-regular-file.js";
import {
  PathError,
  checkGlob,
  confineReal,
  displayPath,
  isGlob,
  resolveRealInside
} from "./shared-workspace-paths.js";
import {
  path_default
} from "./shared-rg-builtin-path.js";
import {
  lstatSync,
  statSync
} from "./shared-rg-builtin-fs.js";
import {
  __name
} from "./shared-runtime.js";

// src/workspace/files.ts
async function resolveFiles(workdir, pattern) {
  if (!isGlob(pattern)) {
    const absolute = resolveRealInside(workdir, pattern, "path");
    try {
      lstatSync(absolute);
      statSync(absolute);
      return [absolute];
    } catch {
      return [];
    }
  }
  const safe = checkGlob(pattern, "glob");
  const { glob } = await import("./tinyglobby.js");
  const found = await glob(safe, {
    cwd: workdir,
    absolute: true,
    dot: true,
    onlyFiles: true,
    followSymbolicLinks: false,
    expandDirectories: false
  });
  for (const file of found) confineReal(workdir, file, "glob match", file);
  return found.sort();
}
__name(resolveFiles, "resolveFiles");
function fileExists(workdir, relative) {
  try {
    return statSync(resolveRealInside(workdir, relative)).isFile();
  } catch {
    return false;
  }
}
__name(fileExists, "fileExists");

// src/checklist/load.ts
var DEFAULT_CHECKLISTS = [
  ".github/readiness.yml",
  ".github/readiness.yaml",
  "readiness.yml",
  "DEPLOYMENT_CHECKLIST.md",
  "docs/DEPLOYMENT_CHECKLIST.md"
];
var MAX_CHECKLIST_BYTES = 16 * 1024 * 1024;
var problemAt = /* @__PURE__ */ __name((file, message) => ({
  file,
  line: 0,
  column: 0,
  message
}), "problemAt");
async function findChecklistFiles(options) {
  const problems = [];
  if (options.patterns.length === 0) {
    const first = DEFAULT_CHECKLISTS.find((candidate) => fileExists(options.workdir, candidate));
    if (first) return { files: [resolveRealInside(options.workdir, first)], problems };
    problems.push(
      problemAt(
        "checklist",
        `no checklist found; looked for ${DEFAULT_CHECKLISTS.join(", ")} in ${options.workdir}; name the checklist's path`
      )
    );
    return { files: [], problems };
  }
  const files = [];
  for (const pattern of options.patterns) {
    try {
      const found = await resolveFiles(options.workdir, pattern);
      if (found.length === 0) {
        problems.push(
          problemAt(
            pattern,
            isGlob(pattern) ? `no checklist matches this glob in ${options.workdir}` : `checklist not found (paths are relative to ${options.workdir})`
          )
        );
      }
      for (const file of found) if (!files.includes(file)) files.push(file);
    } catch (error) {
      if (error instanceof PathError) problems.push(problemAt(pattern, error.message));
      else throw error;
    }
  }
  return { files, problems };
}
__name(findChecklistFiles, "findChecklistFiles");
function isMarkdown(file, text) {
  const extension = path_default.extname(file).toLowerCase();
  if ([".md", ".markdown", ".mdown", ".mkd"].includes(extension)) return true;
  if ([".yml", ".yaml"].includes(extension)) return false;
  return /^\s*(#|[-*+] \[[ xX]\])/m.test(text) && !/^title:/m.test(text);
}
__name(isMarkdown, "isMarkdown");
async function loadChecklists(options) {
  const { files, problems } = await findChecklistFiles(options);
  const checklists = [];
  const reportCache = /* @__PURE__ */ new Map();
  const findReports = /* @__PURE__ */ __name((kind) => {
    let found = reportCache.get(kind);
    if (!found) {
      found = USUAL_REPORTS[kind].filter((candidate) => fileExists(options.workdir, candidate));
      reportCache.set(kind, found);
    }
    return found;
  }, "findReports");
  for (const file of files) {
    const shown = displayPath(file, options.workdir);
    let text;
    try {
      text = readRegularFileSync(file, MAX_CHECKLIST_BYTES).toString("utf8");
    } catch (error) {
      problems.push(problemAt(shown, `cannot read the checklist: ${error.message}`));
      continue;
    }
    if (text.includes("matches")) {
      const { loadLinearRegex } = await import("./checks-linear-regex.js");
      await loadLinearRegex();
    }
    if (text.includes("\0")) {
      problems.push(problemAt(shown, "the checklist is a binary file, not YAML or Markdown"));
      continue;
    }
    if (isMarkdown(file, text)) {
      const { loadMarkdownChecklist } = await import("./checklist-markdown.js");
      const loaded = loadMarkdownChecklist(text, shown, {
        infer: options.infer,
        ...options.coverageReport ? { coverageReport: options.coverageReport } : {},
        findReports,
        exists: /* @__PURE__ */ __name((relative) => fileExists(options.workdir, relative), "exists")
      });
      problems.push(...loaded.problems);
      if (loaded.problems.length === 0) checklists.push(loaded.checklist);
    } else {
      const loaded = loadYamlChecklist(text, shown);
      problems.push(...loaded.problems);
      if (loaded.checklist) checklists.push(loaded.checklist);
    }
    const last = checklists.at(-1);
    if (last?.path === shown && flattenItems(last).length === 0) {
      checklists.pop();
      problems.push({
        file: shown,
        line: 1,
        column: 1,
        message: last.format === "markdown" ? "no task-list items found; is this the checklist?" : "no items found; is this the checklist?"
      });
    }
  }
  return { checklists, problems };
}
__name(loadChecklists, "loadChecklists");
function formatProblem(problem) {
  const where = problem.line > 0 ? `${problem.file}:${problem.line}:${problem.column}` : problem.file;
  return `${where}: ${problem.keyPath ? `${problem.keyPath}: ` : ""}${problem.message}`;
}
__name(formatProblem, "formatProblem");

export {
  resolveFiles,
  DEFAULT_CHECKLISTS,
  loadChecklists,
  formatProblem
};
//# sourceMappingURL=shared-checklist-load.js.map
