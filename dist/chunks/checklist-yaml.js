import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  loadYamlChecklist
} from "./shared-checklist-yaml.js";
import "./shared-checklist-validators.js";
import "./shared-checklist-slug.js";
import "./shared-ajv.js";
import "./shared-checklist-items.js";
import "./shared-checks-coverage.js";
import "./shared-rg-builtin-fs-promises.js";
import "./shared-model.js";
import "./shared-clock-clock.js";
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
  loadYamlChecklist
};
//# sourceMappingURL=checklist-yaml.js.map
