import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  COMMON_OPTIONS,
  EXIT_BAD_INPUT,
  checklistsOf,
  formatOption,
  parseCommand,
  workdirOf
} from "./shared-cli-args.js";
import "./shared-rg-builtin-path.js";
import "./shared-rg-builtin-fs.js";
import {
  __name
} from "./shared-runtime.js";

// src/cli/validate.ts
var VALIDATE_OPTIONS = {
  ...COMMON_OPTIONS,
  checklist: { type: "string", short: "c", multiple: true },
  format: { type: "string", short: "f" },
  infer: { type: "boolean", default: true }
};
async function validate(argv, io) {
  const { values, positionals } = parseCommand(argv, VALIDATE_OPTIONS, "validate");
  const chosen = formatOption(values.format, ["text", "json"]);
  const workdir = workdirOf(values, io);
  const { formatProblem, loadChecklists } = await import("./checklist-load.js");
  const loaded = await loadChecklists({
    workdir,
    patterns: checklistsOf(values, positionals),
    infer: values.infer ?? true
  });
  if (chosen === "json") {
    io.stdout(
      `${JSON.stringify({ valid: loaded.problems.length === 0, checklists: loaded.checklists.map((c) => c.path), problems: loaded.problems }, null, 2)}
`
    );
  } else if (loaded.problems.length > 0) {
    io.stderr(
      `${loaded.problems.map(formatProblem).join("\n")}
${loaded.problems.length} problem${loaded.problems.length === 1 ? "" : "s"}
`
    );
  } else {
    io.stdout(loaded.checklists.map((c) => `${c.path}: valid
`).join(""));
  }
  return loaded.problems.length === 0 ? 0 : EXIT_BAD_INPUT;
}
__name(validate, "validate");
export {
  validate
};
//# sourceMappingURL=cli-validate.js.map
