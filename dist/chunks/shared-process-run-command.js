import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  spawn
} from "./shared-rg-builtin-child-process.js";
import {
  trackCommand,
  untrackCommand
} from "./shared-process-live-commands.js";
import {
  existsSync
} from "./shared-rg-builtin-fs.js";
import {
  __name
} from "./shared-runtime.js";

// src/process/run-command.ts
var DEFAULT_MAX_OUTPUT_BYTES = 64 * 1024;
function quoteForCmd(arg) {
  if (arg !== "" && !/[\s"&|<>^()%!,;=]/.test(arg)) return arg;
  return `"${arg.replace(/"/g, '""').replace(/([%!^])/g, "^$1")}"`;
}
__name(quoteForCmd, "quoteForCmd");
function resolveWindowsInvocation(argv, env, cwd, exists) {
  const program = argv[0];
  if (program === void 0) return void 0;
  const pathValue = env.Path ?? env.PATH ?? "";
  const extensions = (env.PATHEXT ?? ".COM;.EXE;.BAT;.CMD").split(";").filter(Boolean);
  const hasDir = /[\\/]/.test(program);
  const dirs = hasDir ? [""] : [cwd, ...pathValue.split(";").filter(Boolean)];
  const hasExtension = /\.[A-Za-z0-9]+$/.test(program);
  for (const dir of dirs) {
    const base = dir === "" ? program : `${dir.replace(/[\\/]+$/, "")}\\${program}`;
    const candidates = hasExtension ? [base] : extensions.map((ext) => base + ext.toLowerCase());
    for (const candidate of candidates) {
      if (!exists(candidate)) continue;
      const useShell = /\.(cmd|bat)$/i.test(candidate);
      return useShell ? { file: [candidate, ...argv.slice(1)].map(quoteForCmd).join(" "), args: [], useShell } : { file: candidate, args: argv.slice(1), useShell };
    }
  }
  return void 0;
}
__name(resolveWindowsInvocation, "resolveWindowsInvocation");
var TailBuffer = class {
  constructor(limit) {
    this.limit = limit;
  }
  limit;
  static {
    __name(this, "TailBuffer");
  }
  chunks = [];
  size = 0;
  total = 0;
  push(chunk) {
    this.total += chunk.length;
    this.chunks.push(chunk);
    this.size += chunk.length;
    while (this.size - this.chunks[0].length >= this.limit) {
      this.size -= this.chunks.shift().length;
    }
  }
  text() {
    let buffer = Buffer.concat(this.chunks);
    if (buffer.length > this.limit) buffer = buffer.subarray(buffer.length - this.limit);
    let start = 0;
    while (start < buffer.length && start < 4 && (buffer[start] & 192) === 128) start++;
    return buffer.subarray(start).toString("utf8");
  }
};
function killTree(pid, platform) {
  if (pid === void 0) return;
  try {
    if (platform === "win32") {
      spawn("taskkill", ["/pid", String(pid), "/T", "/F"], { stdio: "ignore", windowsHide: true });
    } else {
      process.kill(-pid, "SIGKILL");
    }
  } catch {
  }
}
__name(killTree, "killTree");
var ACTION_ONLY_VARIABLE = /^(INPUT_.*|ACTIONS_RUNTIME_TOKEN|ACTIONS_RUNTIME_URL|ACTIONS_ID_TOKEN_REQUEST_.*|ACTIONS_CACHE_URL|ACTIONS_RESULTS_URL)$/i;
function commandEnvironment(env) {
  return Object.fromEntries(
    Object.entries(env).filter(
      (entry) => entry[1] !== void 0 && !ACTION_ONLY_VARIABLE.test(entry[0])
    )
  );
}
__name(commandEnvironment, "commandEnvironment");
function runCommand(request) {
  const started = Date.now();
  const platform = request.platform ?? process.platform;
  const tail = new TailBuffer(request.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES);
  const env = commandEnvironment(request.env);
  let file;
  let args;
  let useShell = false;
  if (request.script !== void 0) {
    const shell = request.shell ?? (platform === "win32" ? "pwsh" : "bash");
    file = shell;
    args = shell === "cmd" ? ["/d", "/s", "/c", request.script] : shell === "pwsh" || shell === "powershell" ? ["-NoProfile", "-Command", request.script] : ["-c", request.script];
  } else {
    const argv = request.argv ?? [];
    if (argv.length === 0) {
      return Promise.resolve({
        exitCode: null,
        timedOut: false,
        notFound: true,
        cancelled: false,
        output: "",
        outputBytes: 0,
        truncated: false,
        durationMs: 0,
        error: "empty command"
      });
    }
    file = argv[0];
    args = argv.slice(1);
    if (platform === "win32") {
      const invocation = resolveWindowsInvocation(
        argv,
        env,
        request.cwd,
        (candidate) => existsSync(candidate)
      );
      if (invocation) ({ file, args, useShell } = invocation);
    }
  }
  return new Promise((resolve) => {
    let timedOut = false;
    let cancelled = false;
    let settled = false;
    const child = spawn(file, args, {
      cwd: request.cwd,
      env,
      shell: useShell,
      detached: platform !== "win32",
      stdio: ["ignore", "pipe", "pipe"],
      windowsHide: true
    });
    const finish = /* @__PURE__ */ __name((outcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      request.signal?.removeEventListener("abort", onAbort);
      if (child.pid !== void 0) untrackCommand(child.pid);
      resolve({
        ...outcome,
        timedOut,
        cancelled,
        output: tail.text(),
        outputBytes: tail.total,
        truncated: tail.total > (request.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES),
        durationMs: Date.now() - started
      });
    }, "finish");
    const forceFinish = /* @__PURE__ */ __name(() => {
      setTimeout(() => {
        child.stdout?.destroy();
        child.stderr?.destroy();
        finish({ exitCode: null, notFound: false });
      }, 2e3).unref();
    }, "forceFinish");
    const timer = setTimeout(() => {
      timedOut = true;
      killTree(child.pid, platform);
      forceFinish();
    }, request.timeoutMs);
    const onAbort = /* @__PURE__ */ __name(() => {
      cancelled = true;
      killTree(child.pid, platform);
      forceFinish();
    }, "onAbort");
    if (request.signal?.aborted) onAbort();
    else request.signal?.addEventListener("abort", onAbort, { once: true });
    if (child.pid !== void 0) {
      const pid = child.pid;
      trackCommand(pid, () => killTree(pid, platform));
    }
    child.stdout?.on("data", (chunk) => tail.push(chunk));
    child.stderr?.on("data", (chunk) => tail.push(chunk));
    child.on("error", (error) => {
      finish({ exitCode: null, notFound: error.code === "ENOENT", error: error.message });
    });
    child.on("exit", () => killTree(child.pid, platform));
    child.on("close", (code) => {
      const viaShell = request.script !== void 0 || useShell;
      finish({ exitCode: code, notFound: viaShell && (code === 127 || code === 9009) });
    });
  });
}
__name(runCommand, "runCommand");

export {
  DEFAULT_MAX_OUTPUT_BYTES,
  quoteForCmd,
  resolveWindowsInvocation,
  commandEnvironment,
  runCommand
};
//# sourceMappingURL=shared-process-run-command.js.map
