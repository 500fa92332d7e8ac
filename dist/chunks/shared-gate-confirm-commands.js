import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  __name
} from "./shared-runtime.js";

// src/gate/confirm-commands.ts
var FENCE = /^ {0,3}(`{3,}|~{3,})/;
var COMMAND = /^ {0,3}\/(confirm|unconfirm)(?=\s|$)(.*)$/i;
function parseConfirmCommands(body) {
  const commands = [];
  let fence;
  const visible = body.replace(
    /<!--[\s\S]*?(?:-->|$)/g,
    (comment) => comment.replace(/[^\n]/g, "")
  );
  for (const line of visible.split(/\r\n|\r|\n/)) {
    const fenceMatch = FENCE.exec(line);
    if (fence !== void 0) {
      if (fenceMatch && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length)
        fence = void 0;
      continue;
    }
    if (fenceMatch) {
      fence = fenceMatch[1];
      continue;
    }
    const match = COMMAND.exec(line);
    if (!match) continue;
    const action = match[1].toLowerCase();
    const rest = (match[2] ?? "").trim();
    const quoted = /^(["“])(.+?)["”]\s*$/.exec(rest);
    if (quoted) {
      commands.push({ action, ids: [], title: quoted[2].trim() });
      continue;
    }
    const ids = [];
    for (const word of rest.split(/[\s,]+/).filter(Boolean)) {
      if (!/^[\p{L}\p{N}\p{M}_][\p{L}\p{N}\p{M}._-]*$/u.test(word)) break;
      ids.push(word);
    }
    if (ids.length > 0) commands.push({ action, ids });
  }
  return commands;
}
__name(parseConfirmCommands, "parseConfirmCommands");

export {
  parseConfirmCommands
};
//# sourceMappingURL=shared-gate-confirm-commands.js.map
