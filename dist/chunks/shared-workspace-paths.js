import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  path_default
} from "./shared-rg-builtin-path.js";
import {
  fs_default
} from "./shared-rg-builtin-fs.js";
import {
  __name
} from "./shared-runtime.js";

// src/workspace/paths.ts
var PathError = class extends Error {
  static {
    __name(this, "PathError");
  }
  name = "PathError";
};
function isWindowsAbsolute(p) {
  return /^[A-Za-z]:[\\/]/.test(p) || p.startsWith("\\\\");
}
__name(isWindowsAbsolute, "isWindowsAbsolute");
function toSlashes(p) {
  return p.replace(/\\/g, "/");
}
__name(toSlashes, "toSlashes");
function normalizeForCompare(p) {
  let s = toSlashes(p);
  if (/^[A-Za-z]:\//.test(s)) s = s[0].toLowerCase() + s.slice(1);
  return path_default.posix.normalize(s);
}
__name(normalizeForCompare, "normalizeForCompare");
function toRepoRelative(filePath, root) {
  if (filePath === "") return void 0;
  const isAbsolute = filePath.startsWith("/") || isWindowsAbsolute(filePath);
  if (!isAbsolute) {
    const rel = path_default.posix.normalize(toSlashes(filePath)).replace(/^\.\//, "");
    if (rel === ".." || rel.startsWith("../") || rel === ".") return void 0;
    return rel;
  }
  const file = normalizeForCompare(filePath);
  const base = normalizeForCompare(root).replace(/\/+$/, "");
  const windows = isWindowsAbsolute(filePath) || isWindowsAbsolute(root);
  const fileKey = windows ? file.toLowerCase() : file;
  const baseKey = windows ? base.toLowerCase() : base;
  if (fileKey === baseKey) return void 0;
  if (!fileKey.startsWith(baseKey + "/")) return void 0;
  return file.slice(base.length + 1);
}
__name(toRepoRelative, "toRepoRelative");
function resolveInside(workdir, userPath, label = "path") {
  const cleaned = toSlashes(userPath.trim());
  if (cleaned === "") throw new PathError(`${label} is empty`);
  if (cleaned.startsWith("/") || isWindowsAbsolute(userPath)) {
    const rel = toRepoRelative(userPath, workdir);
    if (rel === void 0 && normalizeForCompare(userPath) !== normalizeForCompare(workdir)) {
      throw new PathError(`${label} "${userPath}" is outside the workspace ${workdir}`);
    }
    return path_default.resolve(workdir, rel ?? ".");
  }
  const normalized = path_default.posix.normalize(cleaned);
  if (normalized === ".." || normalized.startsWith("../")) {
    throw new PathError(
      `${label} "${userPath}" leaves the workspace (paths are relative to ${workdir})`
    );
  }
  return path_default.resolve(workdir, normalized);
}
__name(resolveInside, "resolveInside");
function isGlob(pattern) {
  return /[*?[\]{}]/.test(pattern);
}
__name(isGlob, "isGlob");
function checkGlob(pattern, label = "pattern") {
  const cleaned = toSlashes(pattern.trim());
  if (cleaned.startsWith("/") || isWindowsAbsolute(pattern)) {
    throw new PathError(`${label} "${pattern}" must be relative to the workspace`);
  }
  const normalized = path_default.posix.normalize(cleaned);
  if (normalized === ".." || normalized.startsWith("../") || normalized.split("/").includes("..")) {
    throw new PathError(`${label} "${pattern}" leaves the workspace`);
  }
  return normalized;
}
__name(checkGlob, "checkGlob");
function displayPath(absolute, workdir) {
  return toRepoRelative(absolute, workdir) ?? toSlashes(absolute);
}
__name(displayPath, "displayPath");
function realpathOfMaybeMissing(absolute) {
  const missing = [];
  let current = absolute;
  for (; ; ) {
    try {
      return path_default.join(fs_default.realpathSync(current), ...missing.reverse());
    } catch (error) {
      const code = error.code;
      if (code !== "ENOENT" && code !== "ENOTDIR") throw error;
      const parent = path_default.dirname(current);
      if (parent === current) return absolute;
      missing.push(path_default.basename(current));
      current = parent;
    }
  }
}
__name(realpathOfMaybeMissing, "realpathOfMaybeMissing");
function isInGitDir(relative) {
  return toSlashes(relative).split("/").some((segment) => segment.toLowerCase() === ".git");
}
__name(isInGitDir, "isInGitDir");
function confineReal(workdir, absolute, label, shown) {
  let root;
  let real;
  try {
    root = realpathOfMaybeMissing(path_default.resolve(workdir));
    real = realpathOfMaybeMissing(absolute);
  } catch (error) {
    const code = error.code ?? error.message;
    throw new PathError(`${label} "${shown}" cannot be resolved (${code})`);
  }
  if (real !== root && !real.startsWith(root.endsWith(path_default.sep) ? root : root + path_default.sep)) {
    throw new PathError(`${label} "${shown}" leads outside the workspace (through a symlink)`);
  }
  if (isInGitDir(path_default.relative(root, real)) || isInGitDir(path_default.relative(workdir, absolute))) {
    throw new PathError(`${label} "${shown}" is inside .git/, which checks never read`);
  }
  return real;
}
__name(confineReal, "confineReal");
function resolveRealInside(workdir, userPath, label = "path") {
  const absolute = resolveInside(workdir, userPath, label);
  confineReal(workdir, absolute, label, userPath);
  return absolute;
}
__name(resolveRealInside, "resolveRealInside");

export {
  PathError,
  toSlashes,
  toRepoRelative,
  resolveInside,
  isGlob,
  checkGlob,
  displayPath,
  confineReal,
  resolveRealInside
};
//# sourceMappingURL=shared-workspace-paths.js.map
