import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  GitError,
  git,
  gitText
} from "./shared-git-git.js";
import {
  __name
} from "./shared-runtime.js";

// src/git/commits.ts
function opts(options) {
  return { cwd: options.cwd, ...options.signal ? { signal: options.signal } : {} };
}
__name(opts, "opts");
async function hasCommit(ref, options) {
  const result = await git(["cat-file", "-e", `${ref}^{commit}`], {
    ...opts(options),
    okExitCodes: [1, 128]
  });
  return result.exitCode === 0;
}
__name(hasCommit, "hasCommit");
async function revParse(ref, options) {
  return gitText(["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`], {
    ...opts(options)
  });
}
__name(revParse, "revParse");
async function parentsOf(commit, options) {
  const line = await gitText(["rev-list", "--parents", "-n", "1", commit, "--"], opts(options));
  return line.split(" ").slice(1).filter(Boolean);
}
__name(parentsOf, "parentsOf");
async function mergeBase(a, b, options) {
  const result = await git(["merge-base", a, b], { ...opts(options), okExitCodes: [1] });
  const sha = result.stdout.toString("utf8").trim();
  return result.exitCode === 0 && sha !== "" ? sha : void 0;
}
__name(mergeBase, "mergeBase");
async function isShallow(options) {
  return await gitText(["rev-parse", "--is-shallow-repository"], opts(options)) === "true";
}
__name(isShallow, "isShallow");
async function countCommits(from, to, options) {
  return Number(await gitText(["rev-list", "--count", `${from}..${to}`, "--"], opts(options)));
}
__name(countCommits, "countCommits");
async function deepen(by, options) {
  await fetchQuietly([`--deepen=${by}`], [], options);
}
__name(deepen, "deepen");
async function fetchCommits(shas, depth, options) {
  await fetchQuietly([`--depth=${depth}`], shas, options);
}
__name(fetchCommits, "fetchCommits");
async function fetchQuietly(flags, refs, options) {
  await git(
    [
      "fetch",
      "--quiet",
      "--no-tags",
      "--no-recurse-submodules",
      ...flags,
      options.remote ?? "origin",
      ...refs
    ],
    { ...opts(options), maxBytes: 1024 * 1024 }
  );
}
__name(fetchQuietly, "fetchQuietly");
async function fileAtCommit(commit, path, options) {
  if (!await hasCommit(commit, options))
    throw new GitError(`commit ${commit} is not in this checkout`, 128, "");
  const spec = `${commit}:./${path.replace(/^\.?\//, "")}`;
  const exists = await git(["cat-file", "-e", spec], { ...opts(options), okExitCodes: [1, 128] });
  if (exists.exitCode !== 0) return void 0;
  const result = await git(["cat-file", "blob", spec], {
    ...opts(options),
    maxBytes: options.maxBytes ?? 64 * 1024 * 1024
  });
  return result.stdout;
}
__name(fileAtCommit, "fileAtCommit");
var ShallowCheckoutError = class extends GitError {
  static {
    __name(this, "ShallowCheckoutError");
  }
  constructor(message) {
    super(message, null, "");
  }
};
var DEEPEN_STEPS = [50, 200, 1e3, 5e3];
async function findMergeBase(base, head, options) {
  const mayFetch = options.mayFetch ?? true;
  const advice = options.depthHint === void 0 ? "set fetch-depth: 0 on actions/checkout" : `set fetch-depth: ${options.depthHint} on actions/checkout (or 0 for the whole history)`;
  let deepened = false;
  const present = /* @__PURE__ */ __name(async () => await hasCommit(base, options) && await hasCommit(head, options), "present");
  if (!await present()) {
    if (!mayFetch || !await isShallow(options))
      throw new ShallowCheckoutError(
        `commit ${!await hasCommit(base, options) ? base : head} is not in the checkout; fetch it or ${advice}`
      );
    try {
      await fetchCommits(
        [base, head].filter((sha) => /^[0-9a-f]{40}$/.test(sha)),
        1,
        options
      );
      deepened = true;
    } catch (error) {
      throw new ShallowCheckoutError(
        `commit ${base} is not in the shallow checkout and could not be fetched (${error.message}); ${advice}`
      );
    }
  }
  for (let step = 0; ; step++) {
    const found = await mergeBase(base, head, options);
    if (found !== void 0) {
      if (!deepened) return { mergeBase: found, deepened };
      const depthNeeded = await countCommits(found, head, options) + 1;
      return { mergeBase: found, deepened, depthNeeded };
    }
    const shallow = await isShallow(options);
    if (!shallow) throw new ShallowCheckoutError(`${base} and ${head} have no common ancestor`);
    if (!mayFetch || step >= DEEPEN_STEPS.length)
      throw new ShallowCheckoutError(
        `the checkout is too shallow to find the merge base of ${base.slice(0, 12)} and ${head.slice(0, 12)}${deepened ? ` even after fetching ${DEEPEN_STEPS.slice(0, step).reduce((a, b) => a + b, 0)} more commits` : ""}; ${advice}`
      );
    try {
      await deepen(DEEPEN_STEPS[step], options);
      deepened = true;
    } catch (error) {
      throw new ShallowCheckoutError(
        `the checkout is too shallow to find the merge base of ${base.slice(0, 12)} and ${head.slice(0, 12)} and git fetch --deepen failed (${error.message}); ${advice}`
      );
    }
  }
}
__name(findMergeBase, "findMergeBase");
async function firstParentAncestors(commit, count, options) {
  const list = /* @__PURE__ */ __name(async () => (await gitText(
    ["rev-list", "--first-parent", `--max-count=${count}`, commit, "--"],
    opts(options)
  )).split("\n").filter(Boolean), "list");
  const found = await list();
  if (found.length >= count || !(options.mayFetch ?? true) || !await isShallow(options))
    return found;
  try {
    await deepen(count, options);
  } catch {
    return found;
  }
  return list();
}
__name(firstParentAncestors, "firstParentAncestors");

export {
  hasCommit,
  revParse,
  parentsOf,
  mergeBase,
  isShallow,
  countCommits,
  deepen,
  fetchCommits,
  fileAtCommit,
  ShallowCheckoutError,
  findMergeBase,
  firstParentAncestors
};
//# sourceMappingURL=shared-git-commits.js.map
