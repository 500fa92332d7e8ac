import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  __name
} from "./shared-runtime.js";

// src/checks/report-path-index.ts
var DEFAULT_SOURCE_ROOTS = [
  "src/main/java",
  "src/main/kotlin",
  "src/main/scala",
  "src/main/groovy",
  "src/test/java",
  "src/test/kotlin",
  "src/test/scala",
  "src/test/groovy",
  "src"
];
var ReportPathIndex = class {
  static {
    __name(this, "ReportPathIndex");
  }
  changed;
  underRoots = /* @__PURE__ */ new Map();
  goPaths = /* @__PURE__ */ new Map();
  constructor(changes, options = {}) {
    this.changed = new Set(changes.paths());
    const roots = (options.sourceRoots ?? DEFAULT_SOURCE_ROOTS).map(
      (root) => root.replace(/^\.\//, "").replace(/\/+$/, "")
    );
    for (const path of this.changed) {
      for (const root of roots) {
        let at = 0;
        if (!path.startsWith(root + "/")) {
          const inner = path.indexOf("/" + root + "/");
          if (inner === -1) continue;
          at = inner + 1;
        }
        const key = path.slice(at + root.length + 1);
        if (!this.underRoots.has(key)) this.underRoots.set(key, path);
      }
      if (options.goModuleOf !== void 0 && path.endsWith(".go")) {
        const owner = options.goModuleOf(path);
        if (owner !== void 0) {
          const inside = owner.dir === "" ? path : path.slice(owner.dir.length + 1);
          this.goPaths.set(`${owner.module}/${inside}`, path);
        }
      }
    }
  }
  /** A cheap test for the readers: could this key be a changed file in any format? */
  mayMatch(key) {
    return this.changed.has(key) || this.underRoots.has(key) || this.goPaths.has(key) || this.foreignAbsolute(key) !== void 0;
  }
  /** The changed file a report key stands for, in a report of `format`; undefined when none. */
  resolve(key, format) {
    if (this.changed.has(key)) return key;
    if (format === "jacoco" || format === "cobertura") {
      const found = this.underRoots.get(key);
      if (found !== void 0) return found;
    }
    if (format === "go-coverprofile") return this.goPaths.get(key);
    return this.foreignAbsolute(key);
  }
  /**
   * The changed file a key stands for under any format's habits: a shard report's per-file
   * lines do not say which format they were read from.
   */
  resolveAnyFormat(key) {
    return this.resolve(key, "jacoco") ?? this.goPaths.get(key);
  }
  /**
   * An absolute path from another machine (`/home/runner/work/app/app/src/a.js` in a report
   * made in CI and read elsewhere): the longest trailing part that is a changed file.
   */
  foreignAbsolute(key) {
    if (!key.startsWith("/") && !/^[A-Za-z]:\//.test(key)) return void 0;
    for (let at = key.indexOf("/", 1); at !== -1; at = key.indexOf("/", at + 1)) {
      const tail = key.slice(at + 1);
      if (this.changed.has(tail)) return tail;
    }
    return void 0;
  }
};
function goModuleOf(goMod) {
  const match = /^\s*module\s+("?)([^\s"]+)\1\s*(?:\/\/.*)?$/m.exec(goMod);
  return match?.[2];
}
__name(goModuleOf, "goModuleOf");

export {
  DEFAULT_SOURCE_ROOTS,
  ReportPathIndex,
  goModuleOf
};
//# sourceMappingURL=shared-checks-report-path-index.js.map
