import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  COMMON_OPTIONS,
  EXIT_BAD_INPUT,
  checklistsOf,
  colorOf,
  formatOption,
  parseCommand,
  workdirOf
} from "./shared-cli-args.js";
import "./shared-rg-builtin-path.js";
import "./shared-rg-builtin-fs.js";
import {
  __name
} from "./shared-runtime.js";

// src/cli/plan.ts
var PLAN_OPTIONS = {
  ...COMMON_OPTIONS,
  checklist: { type: "string", short: "c", multiple: true },
  format: { type: "string", short: "f" },
  infer: { type: "boolean", default: true },
  "coverage-report": { type: "string" },
  color: { type: "boolean" }
};
async function plan(argv, io) {
  const { values, positionals } = parseCommand(argv, PLAN_OPTIONS, "plan");
  const chosen = formatOption(values.format, ["text", "json"]);
  const workdir = workdirOf(values, io);
  const [{ formatProblem, loadChecklists }, { toPlanJson }, { renderPlanText }] = await Promise.all(
    [import("./checklist-load.js"), import("./render-json.js"), import("./render-text.js")]
  );
  const loaded = await loadChecklists({
    workdir,
    patterns: checklistsOf(values, positionals),
    infer: values.infer ?? true,
    ...values["coverage-report"] ? { coverageReport: values["coverage-report"] } : {}
  });
  if (loaded.problems.length > 0) {
    io.stderr(`${loaded.problems.map(formatProblem).join("\n")}
`);
    return EXIT_BAD_INPUT;
  }
  io.stdout(
    chosen === "json" ? `${JSON.stringify(toPlanJson(loaded.checklists), null, 2)}
` : renderPlanText(loaded.checklists, { color: colorOf(values, io)() })
  );
  return 0;
}
__name(plan, "plan");
export {
  plan
};
//# sourceMappingURL=cli-plan.js.map
