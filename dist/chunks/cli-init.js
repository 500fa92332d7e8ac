import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  COMMON_OPTIONS,
  EXIT_BAD_INPUT,
  UsageError,
  parseCommand,
  workdirOf
} from "./shared-cli-args.js";
import "./shared-rg-builtin-path.js";
import "./shared-rg-builtin-fs.js";
import {
  __name
} from "./shared-runtime.js";

// src/cli/init.ts
var INIT_OPTIONS = {
  ...COMMON_OPTIONS,
  from: { type: "string" },
  infer: { type: "boolean", default: true },
  "coverage-report": { type: "string" }
};
async function init(argv, io) {
  const { values } = parseCommand(argv, INIT_OPTIONS, "init", false);
  const from = values.from;
  if (!from) throw new UsageError("init needs --from CHECKLIST.md");
  const workdir = workdirOf(values, io);
  const [{ formatProblem, loadChecklists }, { renderInitYaml }, { loadYamlChecklist }] = await Promise.all([
    import("./checklist-load.js"),
    import("./checklist-init.js"),
    import("./checklist-yaml.js")
  ]);
  const loaded = await loadChecklists({
    workdir,
    patterns: [from],
    infer: values.infer ?? true,
    ...values["coverage-report"] ? { coverageReport: values["coverage-report"] } : {}
  });
  if (loaded.problems.length > 0) {
    io.stderr(`${loaded.problems.map(formatProblem).join("\n")}
`);
    return EXIT_BAD_INPUT;
  }
  if (loaded.checklists.length !== 1)
    throw new UsageError(`--from ${from} names ${loaded.checklists.length} checklists; give one`);
  const checklist = loaded.checklists[0];
  const yaml = renderInitYaml(checklist);
  const written = loadYamlChecklist(yaml, `${checklist.path} (as YAML)`);
  if (written.problems.length > 0) {
    io.stderr(
      `readiness-gate: internal error: the YAML written for ${checklist.path} is invalid:
${written.problems.map(formatProblem).join("\n")}
`
    );
    return EXIT_BAD_INPUT;
  }
  io.stdout(yaml);
  return 0;
}
__name(init, "init");
export {
  init
};
//# sourceMappingURL=cli-init.js.map
