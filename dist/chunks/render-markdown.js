import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  STATUS_ICONS,
  renderChecklistMarkdown,
  renderFooter,
  renderMarkdown,
  renderProblemsMarkdown
} from "./shared-render-markdown.js";
import "./shared-render-waivers.js";
import "./shared-gate-waivers.js";
import "./shared-gate-judge.js";
import "./shared-model.js";
import "./shared-clock-clock.js";
import "./shared-runtime.js";
export {
  STATUS_ICONS,
  renderChecklistMarkdown,
  renderFooter,
  renderMarkdown,
  renderProblemsMarkdown
};
//# sourceMappingURL=render-markdown.js.map
