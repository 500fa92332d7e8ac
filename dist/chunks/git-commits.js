import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  ShallowCheckoutError,
  countCommits,
  deepen,
  fetchCommits,
  fileAtCommit,
  findMergeBase,
  firstParentAncestors,
  hasCommit,
  isShallow,
  mergeBase,
  parentsOf,
  revParse
} from "./shared-git-commits.js";
import "./shared-git-git.js";
import "./shared-rg-builtin-child-process.js";
import "./shared-runtime.js";
export {
  ShallowCheckoutError,
  countCommits,
  deepen,
  fetchCommits,
  fileAtCommit,
  findMergeBase,
  firstParentAncestors,
  hasCommit,
  isShallow,
  mergeBase,
  parentsOf,
  revParse
};
//# sourceMappingURL=git-commits.js.map
