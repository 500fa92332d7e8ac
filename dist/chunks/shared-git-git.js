import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  spawn
} from "./shared-rg-builtin-child-process.js";
import {
  __name,
  __require
} from "./shared-runtime.js";

// rg-builtin:string_decoder
var m = __require("node:string_decoder");
var StringDecoder = /* @__PURE__ */ (() => m.StringDecoder)();

// src/git/git.ts
var GitError = class extends Error {
  constructor(message, exitCode, stderr) {
    super(message);
    this.exitCode = exitCode;
    this.stderr = stderr;
  }
  exitCode;
  stderr;
  static {
    __name(this, "GitError");
  }
  name = "GitError";
};
var STDERR_KEEP = 4096;
var SAFE_CONFIG = [
  "-c",
  "core.quotePath=false",
  "-c",
  "core.pager=cat",
  "-c",
  "color.ui=false",
  "-c",
  "diff.noprefix=false",
  "-c",
  "diff.mnemonicPrefix=false"
];
function gitEnv() {
  return {
    ...process.env,
    GIT_TERMINAL_PROMPT: "0",
    GIT_PAGER: "cat",
    GIT_OPTIONAL_LOCKS: "0",
    LC_ALL: "C"
  };
}
__name(gitEnv, "gitEnv");
function describe(args) {
  return `git ${args.join(" ")}`.slice(0, 200);
}
__name(describe, "describe");
function spawnGit(args, options) {
  const child = spawn("git", [...SAFE_CONFIG, ...args], {
    cwd: options.cwd,
    env: gitEnv(),
    stdio: ["ignore", "pipe", "pipe"],
    shell: false,
    ...options.signal ? { signal: options.signal } : {}
  });
  let stderr = "";
  child.stderr.on("data", (chunk) => {
    if (stderr.length < STDERR_KEEP) stderr += chunk.toString("utf8").slice(0, STDERR_KEEP);
  });
  return { child, stderr: /* @__PURE__ */ __name(() => stderr, "stderr") };
}
__name(spawnGit, "spawnGit");
function git(args, options) {
  const maxBytes = options.maxBytes ?? 16 * 1024 * 1024;
  return new Promise((resolve, reject) => {
    const { child, stderr } = spawnGit(args, options);
    const chunks = [];
    let size = 0;
    let overflow = false;
    child.stdout.on("data", (chunk) => {
      if (overflow) return;
      size += chunk.length;
      if (size > maxBytes) {
        overflow = true;
        child.kill("SIGKILL");
        return;
      }
      chunks.push(chunk);
    });
    child.on(
      "error",
      (error) => reject(
        new GitError(
          error.code === "ENOENT" ? "git is not installed or not on PATH" : `${describe(args)}: ${error.message}`,
          null,
          stderr()
        )
      )
    );
    child.on("close", (code) => {
      if (overflow) {
        reject(new GitError(`${describe(args)}: output larger than ${maxBytes} bytes`, null, ""));
        return;
      }
      const exitCode = code ?? -1;
      if (exitCode === 0 || options.okExitCodes?.includes(exitCode)) {
        resolve({ stdout: Buffer.concat(chunks), exitCode });
        return;
      }
      reject(
        new GitError(
          `${describe(args)} failed (exit ${exitCode}): ${stderr().trim().split("\n")[0] ?? ""}`,
          exitCode,
          stderr()
        )
      );
    });
  });
}
__name(git, "git");
async function gitText(args, options) {
  return (await git(args, options)).stdout.toString("utf8").trim();
}
__name(gitText, "gitText");
function gitLines(args, options, onLine) {
  return new Promise((resolve, reject) => {
    const { child, stderr } = spawnGit(args, options);
    const decoder = new StringDecoder("utf8");
    let rest = "";
    let failure;
    const feed = /* @__PURE__ */ __name((text) => {
      let newline = text.indexOf("\n");
      if (newline === -1) {
        rest += text;
        return;
      }
      onLine(rest + text.slice(0, newline));
      rest = "";
      let start = newline + 1;
      while ((newline = text.indexOf("\n", start)) !== -1) {
        onLine(text.slice(start, newline));
        start = newline + 1;
      }
      rest = text.slice(start);
    }, "feed");
    child.stdout.on("data", (chunk) => {
      if (failure !== void 0) return;
      try {
        feed(decoder.write(chunk));
      } catch (error) {
        failure = error;
        child.kill("SIGKILL");
      }
    });
    child.on(
      "error",
      (error) => reject(new GitError(`${describe(args)}: ${error.message}`, null, stderr()))
    );
    child.on("close", (code) => {
      if (failure !== void 0) {
        reject(failure);
        return;
      }
      try {
        const tail = rest + decoder.end();
        if (tail !== "") onLine(tail);
      } catch (error) {
        reject(error);
        return;
      }
      if (code === 0 || code !== null && options.okExitCodes?.includes(code)) resolve();
      else
        reject(
          new GitError(
            `${describe(args)} failed (exit ${code ?? "killed"}): ${stderr().trim().split("\n")[0] ?? ""}`,
            code,
            stderr()
          )
        );
    });
  });
}
__name(gitLines, "gitLines");

export {
  GitError,
  git,
  gitText,
  gitLines
};
//# sourceMappingURL=shared-git-git.js.map
