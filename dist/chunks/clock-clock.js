import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  ClockError,
  clockFromEnvironment,
  daysBetween,
  parseDate,
  todayOf
} from "./shared-clock-clock.js";
import "./shared-runtime.js";
export {
  ClockError,
  clockFromEnvironment,
  daysBetween,
  parseDate,
  todayOf
};
//# sourceMappingURL=clock-clock.js.map
