import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  path_default
} from "./shared-rg-builtin-path.js";
import {
  statSync
} from "./shared-rg-builtin-fs.js";
import {
  __name,
  __require
} from "./shared-runtime.js";

// rg-builtin:util
var m = __require("node:util");
var parseArgs = /* @__PURE__ */ (() => m.parseArgs)();

// src/cli/args.ts
var EXIT_PASSED = 0;
var EXIT_BLOCKED = 1;
var EXIT_BAD_INPUT = 2;
var VERSION = true ? "0.1.0" : "0.0.0-unbuilt";
var UsageError = class extends Error {
  static {
    __name(this, "UsageError");
  }
  name = "UsageError";
};
var COMMON_OPTIONS = {
  "working-directory": { type: "string", short: "C" },
  help: { type: "boolean", short: "h" }
};
function explainParseError(error, command) {
  const option = /'(-{1,2}[^' ]+)/.exec(error.message)?.[1];
  switch (error.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `unknown option ${option ?? ""} for ${command} (see readiness-gate ${command} --help)`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return `${option ?? "an option"} needs a value (see readiness-gate ${command} --help)`;
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return `${command} takes no argument here: ${/'([^']+)'/.exec(error.message)?.[1] ?? ""} (see readiness-gate ${command} --help)`;
    default:
      return `${error.message.split("\n")[0]} (see readiness-gate ${command} --help)`;
  }
}
__name(explainParseError, "explainParseError");
function parseCommand(argv, options, command, allowPositionals = true) {
  try {
    const parsed = parseArgs({
      args: [...argv],
      options,
      allowPositionals,
      allowNegative: true,
      strict: true
    });
    return { values: parsed.values, positionals: parsed.positionals };
  } catch (error) {
    throw new UsageError(explainParseError(error, command));
  }
}
__name(parseCommand, "parseCommand");
function numberOption(value, name, min, max, integer = false) {
  if (value === void 0) return void 0;
  const text = String(value);
  const parsed = Number(text);
  if (text.trim() === "" || !Number.isFinite(parsed) || parsed < min || parsed > max || integer && !Number.isInteger(parsed)) {
    throw new UsageError(
      `--${name} must be ${integer ? "a whole number" : "a number"} from ${min} to ${max}, found "${text}"`
    );
  }
  return parsed;
}
__name(numberOption, "numberOption");
function formatOption(value, allowed) {
  const chosen = value ?? allowed[0];
  if (!allowed.includes(chosen))
    throw new UsageError(`--format must be one of ${allowed.join(", ")}, found "${String(value)}"`);
  return chosen;
}
__name(formatOption, "formatOption");
function workdirOf(values, io) {
  const given = values["working-directory"];
  const workdir = path_default.resolve(io.cwd, given ?? ".");
  if (given === void 0) return workdir;
  let isFolder;
  try {
    isFolder = statSync(workdir).isDirectory();
  } catch {
    throw new UsageError(`-C ${given}: no such folder`);
  }
  if (!isFolder) throw new UsageError(`-C ${given}: not a folder`);
  return workdir;
}
__name(workdirOf, "workdirOf");
function colorOf(values, io) {
  return () => values.color ?? (io.isTty && !io.env.NO_COLOR && io.env.TERM !== "dumb");
}
__name(colorOf, "colorOf");
function checklistsOf(values, rest) {
  return [...values.checklist ?? [], ...rest];
}
__name(checklistsOf, "checklistsOf");

export {
  EXIT_PASSED,
  EXIT_BLOCKED,
  EXIT_BAD_INPUT,
  VERSION,
  UsageError,
  COMMON_OPTIONS,
  parseCommand,
  numberOption,
  formatOption,
  workdirOf,
  colorOf,
  checklistsOf
};
//# sourceMappingURL=shared-cli-args.js.map
