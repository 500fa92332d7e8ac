import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  COMMON_OPTIONS,
  EXIT_BAD_INPUT,
  UsageError,
  formatOption,
  parseCommand,
  workdirOf
} from "./shared-cli-args.js";
import {
  path_default
} from "./shared-rg-builtin-path.js";
import "./shared-rg-builtin-fs.js";
import {
  __name
} from "./shared-runtime.js";

// src/cli/inspect.ts
var INSPECT_OPTIONS = { ...COMMON_OPTIONS, format: { type: "string", short: "f" } };
async function inspect(argv, io) {
  const { values, positionals } = parseCommand(argv, INSPECT_OPTIONS, "inspect");
  const chosen = formatOption(values.format, ["text", "json"]);
  const workdir = workdirOf(values, io);
  if (positionals.length !== 1) throw new UsageError("inspect takes one report path");
  const [{ inspectReport }, { renderInspectText }] = await Promise.all([
    import("./reports-inspect.js"),
    import("./reports-inspect-text.js")
  ]);
  const file = path_default.resolve(io.cwd, positionals[0]);
  const result = await inspectReport(file, workdir);
  if ("error" in result) {
    io.stderr(`${result.error}
`);
    return EXIT_BAD_INPUT;
  }
  io.stdout(chosen === "json" ? `${JSON.stringify(result, null, 2)}
` : renderInspectText(result));
  return 0;
}
__name(inspect, "inspect");
export {
  inspect
};
//# sourceMappingURL=cli-inspect.js.map
