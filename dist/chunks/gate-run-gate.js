import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  DEFAULT_BUDGET_MS,
  DEFAULT_COMMAND_TIMEOUT_SEC,
  buildMasker,
  loadMasked,
  needsChanges,
  prepareChange,
  runGate
} from "./shared-gate-run.js";
import "./shared-gate-confirm-commands.js";
import "./shared-gate-waivers.js";
import "./shared-gate-judge.js";
import "./shared-gate-base-report.js";
import "./shared-checklist-load.js";
import "./shared-checklist-yaml.js";
import "./shared-checklist-validators.js";
import "./shared-checklist-slug.js";
import "./shared-ajv.js";
import "./shared-checklist-items.js";
import "./shared-checks-coverage.js";
import "./shared-rg-builtin-fs-promises.js";
import "./shared-model.js";
import "./shared-clock-clock.js";
import "./shared-checklist-usual-reports.js";
import "./shared-process-split-command.js";
import "./shared-checks-linear-regex.js";
import "./shared-reports-scan-tally.js";
import "./shared-workspace-regular-file.js";
import "./shared-reports-types.js";
import "./shared-workspace-paths.js";
import "./shared-rg-builtin-path.js";
import "./shared-rg-builtin-fs.js";
import "./shared-runtime.js";
export {
  DEFAULT_BUDGET_MS,
  DEFAULT_COMMAND_TIMEOUT_SEC,
  buildMasker,
  loadMasked,
  needsChanges,
  prepareChange,
  runGate
};
//# sourceMappingURL=gate-run-gate.js.map
