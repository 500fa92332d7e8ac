import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  __name
} from "./shared-runtime.js";

// src/process/split-command.ts
var ShellSyntaxError = class extends Error {
  constructor(message, construct) {
    super(message);
    this.construct = construct;
  }
  construct;
  static {
    __name(this, "ShellSyntaxError");
  }
  name = "ShellSyntaxError";
};
var OPERATORS = /* @__PURE__ */ new Set(["|", "&", ";", "<", ">", "(", ")"]);
function splitCommand(command) {
  const words = [];
  let word = "";
  let inWord = false;
  let i = 0;
  const refuse = /* @__PURE__ */ __name((construct, what) => {
    throw new ShellSyntaxError(
      `${what} (${construct}) needs a shell; set "shell: bash" to run it`,
      construct
    );
  }, "refuse");
  while (i < command.length) {
    const c = command[i];
    if (c === " " || c === "	" || c === "\n" || c === "\r") {
      if (inWord) words.push(word);
      word = "";
      inWord = false;
      i++;
      continue;
    }
    if (c === "'") {
      const end = command.indexOf("'", i + 1);
      if (end < 0) throw new ShellSyntaxError("unbalanced single quote", "'");
      word += command.slice(i + 1, end);
      inWord = true;
      i = end + 1;
      continue;
    }
    if (c === '"') {
      i++;
      let closed = false;
      while (i < command.length) {
        const d = command[i];
        if (d === '"') {
          closed = true;
          i++;
          break;
        }
        if (d === "$") refuse("$", "variable or command substitution");
        if (d === "`") refuse("`", "command substitution");
        if (d === "\\" && i + 1 < command.length && '$`"\\\n'.includes(command[i + 1])) {
          if (command[i + 1] !== "\n") word += command[i + 1];
          i += 2;
          continue;
        }
        word += d;
        i++;
      }
      if (!closed) throw new ShellSyntaxError("unbalanced double quote", '"');
      inWord = true;
      continue;
    }
    if (c === "\\") {
      if (i + 1 < command.length) {
        if (command[i + 1] !== "\n") word += command[i + 1];
        inWord = true;
      }
      i += 2;
      continue;
    }
    if (OPERATORS.has(c)) {
      const two = command.slice(i, i + 2);
      const construct = ["&&", "||", ">>", "<<", "2>", "&>"].includes(two) ? two : c;
      refuse(
        construct,
        c === "|" ? "a pipe" : c === ";" || c === "&" ? "a command list" : c === "<" || c === ">" ? "a redirect" : "a subshell"
      );
    }
    if (c === "$")
      refuse(
        command[i + 1] === "(" ? "$(" : "$",
        command[i + 1] === "(" ? "command substitution" : "a variable"
      );
    if (c === "`") refuse("`", "command substitution");
    if (c === "*" || c === "?" || c === "[") refuse(c, "a glob");
    if (c === "~" && !inWord) refuse("~", "home directory expansion");
    if (c === "#" && !inWord) break;
    if (c === "2" && !inWord && command[i + 1] === ">") refuse("2>", "a redirect");
    word += c;
    inWord = true;
    i++;
  }
  if (inWord) words.push(word);
  if (words[0] !== void 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0])) {
    refuse(words[0].split("=")[0] + "=", "an environment assignment");
  }
  return words;
}
__name(splitCommand, "splitCommand");

export {
  ShellSyntaxError,
  splitCommand
};
//# sourceMappingURL=shared-process-split-command.js.map
