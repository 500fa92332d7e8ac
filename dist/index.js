import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  buildAnnotations,
  commitUrlOf,
  derivePublishContext,
  fitMarkdown,
  lineUrl,
  maskVerdict,
  require_tunnel,
  tickedBoxes
} from "./chunks/shared-render-fit-markdown.js";
import {
  renderMarkdown,
  renderProblemsMarkdown
} from "./chunks/shared-render-markdown.js";
import {
  checklistDigests
} from "./chunks/shared-gate-checklist-digest.js";
import "./chunks/shared-rg-builtin-crypto.js";
import {
  deltaLine,
  escapeText,
  overallHeadline
} from "./chunks/shared-render-waivers.js";
import "./chunks/shared-process-run-command.js";
import "./chunks/shared-rg-builtin-child-process.js";
import {
  buildMasker,
  runGate
} from "./chunks/shared-gate-run.js";
import "./chunks/shared-gate-confirm-commands.js";
import "./chunks/shared-gate-waivers.js";
import {
  deltaOutput,
  failsStep,
  formatScore,
  regressionReasons
} from "./chunks/shared-gate-judge.js";
import {
  parseBaseReport
} from "./chunks/shared-gate-base-report.js";
import {
  renderJson,
  verdictFromReport
} from "./chunks/shared-render-report-validator.js";
import {
  formatProblem
} from "./chunks/shared-checklist-load.js";
import "./chunks/shared-checklist-yaml.js";
import "./chunks/shared-checklist-validators.js";
import "./chunks/shared-checklist-slug.js";
import "./chunks/shared-ajv.js";
import "./chunks/shared-checklist-items.js";
import "./chunks/shared-checks-coverage.js";
import "./chunks/shared-rg-builtin-fs-promises.js";
import "./chunks/shared-model.js";
import {
  ClockError,
  clockFromEnvironment
} from "./chunks/shared-clock-clock.js";
import "./chunks/shared-checklist-usual-reports.js";
import "./chunks/shared-process-split-command.js";
import {
  killAllCommands
} from "./chunks/shared-process-live-commands.js";
import {
  require_undici
} from "./chunks/shared-undici.js";
import "./chunks/shared-checks-linear-regex.js";
import "./chunks/shared-reports-scan-tally.js";
import {
  readRegularFileSync
} from "./chunks/shared-workspace-regular-file.js";
import "./chunks/shared-reports-types.js";
import "./chunks/shared-workspace-paths.js";
import "./chunks/shared-rg-builtin-path.js";
import "./chunks/shared-rg-builtin-fs.js";
import {
  __name,
  __toESM
} from "./chunks/shared-runtime.js";

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
__name(toCommandValue, "toCommandValue");
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}
__name(toCommandProperties, "toCommandProperties");

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
__name(issueCommand, "issueCommand");
function issue(name, message = "") {
  issueCommand(name, {}, message);
}
__name(issue, "issue");
var CMD_STRING = "::";
var Command = class {
  static {
    __name(this, "Command");
  }
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
__name(escapeData, "escapeData");
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}
__name(escapeProperty, "escapeProperty");

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
__name(issueFileCommand, "issueFileCommand");
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}
__name(prepareKeyValueMessage, "prepareKeyValueMessage");

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/http-client/lib/index.js
var tunnel = __toESM(require_tunnel(), 1);
var import_undici = __toESM(require_undici(), 1);
var HttpCodes;
(function(HttpCodes2) {
  HttpCodes2[HttpCodes2["OK"] = 200] = "OK";
  HttpCodes2[HttpCodes2["MultipleChoices"] = 300] = "MultipleChoices";
  HttpCodes2[HttpCodes2["MovedPermanently"] = 301] = "MovedPermanently";
  HttpCodes2[HttpCodes2["ResourceMoved"] = 302] = "ResourceMoved";
  HttpCodes2[HttpCodes2["SeeOther"] = 303] = "SeeOther";
  HttpCodes2[HttpCodes2["NotModified"] = 304] = "NotModified";
  HttpCodes2[HttpCodes2["UseProxy"] = 305] = "UseProxy";
  HttpCodes2[HttpCodes2["SwitchProxy"] = 306] = "SwitchProxy";
  HttpCodes2[HttpCodes2["TemporaryRedirect"] = 307] = "TemporaryRedirect";
  HttpCodes2[HttpCodes2["PermanentRedirect"] = 308] = "PermanentRedirect";
  HttpCodes2[HttpCodes2["BadRequest"] = 400] = "BadRequest";
  HttpCodes2[HttpCodes2["Unauthorized"] = 401] = "Unauthorized";
  HttpCodes2[HttpCodes2["PaymentRequired"] = 402] = "PaymentRequired";
  HttpCodes2[HttpCodes2["Forbidden"] = 403] = "Forbidden";
  HttpCodes2[HttpCodes2["NotFound"] = 404] = "NotFound";
  HttpCodes2[HttpCodes2["MethodNotAllowed"] = 405] = "MethodNotAllowed";
  HttpCodes2[HttpCodes2["NotAcceptable"] = 406] = "NotAcceptable";
  HttpCodes2[HttpCodes2["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
  HttpCodes2[HttpCodes2["RequestTimeout"] = 408] = "RequestTimeout";
  HttpCodes2[HttpCodes2["Conflict"] = 409] = "Conflict";
  HttpCodes2[HttpCodes2["Gone"] = 410] = "Gone";
  HttpCodes2[HttpCodes2["TooManyRequests"] = 429] = "TooManyRequests";
  HttpCodes2[HttpCodes2["InternalServerError"] = 500] = "InternalServerError";
  HttpCodes2[HttpCodes2["NotImplemented"] = 501] = "NotImplemented";
  HttpCodes2[HttpCodes2["BadGateway"] = 502] = "BadGateway";
  HttpCodes2[HttpCodes2["ServiceUnavailable"] = 503] = "ServiceUnavailable";
  HttpCodes2[HttpCodes2["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function(Headers2) {
  Headers2["Accept"] = "accept";
  Headers2["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function(MediaTypes2) {
  MediaTypes2["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
var HttpRedirectCodes = [
  HttpCodes.MovedPermanently,
  HttpCodes.ResourceMoved,
  HttpCodes.SeeOther,
  HttpCodes.TemporaryRedirect,
  HttpCodes.PermanentRedirect
];
var HttpResponseRetryCodes = [
  HttpCodes.BadGateway,
  HttpCodes.ServiceUnavailable,
  HttpCodes.GatewayTimeout
];

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  __name(adopt, "adopt");
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    __name(fulfilled, "fulfilled");
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    __name(rejected, "rejected");
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    __name(step, "step");
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  static {
    __name(this, "Summary");
  }
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os3 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
__name(setSecret, "setSecret");
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
__name(getInput, "getInput");
function getBooleanInput(name, options) {
  const trueValue = ["true", "True", "TRUE"];
  const falseValue = ["false", "False", "FALSE"];
  const val = getInput(name, options);
  if (trueValue.includes(val))
    return true;
  if (falseValue.includes(val))
    return false;
  throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}
Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
__name(getBooleanInput, "getBooleanInput");
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
__name(setOutput, "setOutput");
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
__name(setFailed, "setFailed");
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
__name(error, "error");
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
__name(warning, "warning");
function notice(message, properties = {}) {
  issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
__name(notice, "notice");
function info(message) {
  process.stdout.write(message + os4.EOL);
}
__name(info, "info");
function startGroup(name) {
  issue("group", name);
}
__name(startGroup, "startGroup");
function endGroup() {
  issue("endgroup");
}
__name(endGroup, "endGroup");

// src/action/inputs.ts
import os5 from "node:os";
import path from "node:path";
var InputError = class extends Error {
  static {
    __name(this, "InputError");
  }
  name = "InputError";
};
function choice(name, allowed, fallback) {
  const value = getInput(name) || fallback;
  if (!allowed.includes(value))
    throw new InputError(`input "${name}" must be one of ${allowed.join(", ")}, found "${value}"`);
  return value;
}
__name(choice, "choice");
function optionalNumber(name, min, max, integer = false) {
  const raw = getInput(name);
  if (raw === "") return void 0;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max || integer && !Number.isInteger(value))
    throw new InputError(
      `input "${name}" must be ${integer ? "a whole number" : "a number"} from ${min} to ${max}, found "${raw}"`
    );
  return value;
}
__name(optionalNumber, "optionalNumber");
function booleanInput(name, fallback) {
  const raw = getInput(name);
  if (raw === "") return fallback;
  try {
    return getBooleanInput(name);
  } catch {
    throw new InputError(`input "${name}" must be true or false, found "${raw}"`);
  }
}
__name(booleanInput, "booleanInput");
function listInput(name) {
  return getInput(name).split(/[\n,]/).map((entry) => entry.trim()).filter(Boolean);
}
__name(listInput, "listInput");
function allowedOnPullRequestTarget() {
  const allowed = listInput("allow-on-pull-request-target").map((entry) => entry.toLowerCase());
  const unknown = allowed.filter((entry) => entry !== "commands" && entry !== "http");
  if (unknown.length > 0) {
    throw new InputError(
      `input "allow-on-pull-request-target" lists commands and/or http, found "${unknown.join(", ")}"`
    );
  }
  return {
    allowCommandsOnPullRequestTarget: allowed.includes("commands") || booleanInput("allow-commands-on-pull-request-target", false),
    allowHttpOnPullRequestTarget: allowed.includes("http")
  };
}
__name(allowedOnPullRequestTarget, "allowedOnPullRequestTarget");
function readSettings(env = process.env) {
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const workdir = path.resolve(workspace, getInput("working-directory") || ".");
  const temp = env.RUNNER_TEMP ?? os5.tmpdir();
  const minScore = optionalNumber("min-score", 0, 100);
  const concurrency = optionalNumber("concurrency", 1, 256, true);
  const coverageReport = getInput("coverage-report");
  const id = getInput("id").trim();
  if (/[\r\n]|-->/.test(id)) throw new InputError('input "id" must be one line, without "-->"');
  const checkName = getInput("check-name") || "Deployment readiness";
  return {
    checklists: listInput("checklist"),
    token: getInput("token"),
    workdir,
    checkName: id ? `${checkName} (${id})` : checkName,
    ...id ? { id } : {},
    comment: choice("comment", ["true", "false", "on-failure"], "true"),
    checkRun: booleanInput("check-run", true),
    jobSummary: booleanInput("job-summary", true),
    failOn: choice(
      "fail-on",
      ["blocking", "not-ready", "regression", "never"],
      "blocking"
    ),
    ...minScore !== void 0 ? { minScore } : {},
    infer: booleanInput("infer", true),
    ...concurrency !== void 0 ? { concurrency } : {},
    reportFile: path.resolve(
      workspace,
      getInput("report-file") || path.join(temp, "readiness-report.json")
    ),
    maxAnnotations: optionalNumber("max-annotations", 0, 1e4, true) ?? 50,
    ...getInput("confirm-from") ? { confirmFrom: choice("confirm-from", ["any", "pr-body", "review"], "any") } : {},
    ...getInput("owners-token") ? { ownersToken: getInput("owners-token") } : {},
    ...allowedOnPullRequestTarget(),
    ...coverageReport ? { coverageReport } : {},
    budgetMs: (optionalNumber("timeout-minutes", 0.01, 24 * 60) ?? 30) * 6e4,
    mode: choice("mode", ["check", "publish", "merge"], "check"),
    ...getInput("report") ? { report: path.resolve(workspace, getInput("report")) } : {},
    ...getInput("shard").trim() ? { shard: getInput("shard").trim() } : {},
    publish: booleanInput("publish", true),
    reports: listInput("reports"),
    expectShards: getInput("expect-shards"),
    ...getInput("base-report") === "auto" ? { baseReport: "auto" } : getInput("base-report") ? { baseReport: path.resolve(workspace, getInput("base-report")) } : {},
    baseArtifact: getInput("base-artifact") || "readiness-report"
  };
}
__name(readSettings, "readSettings");

// src/action/main.ts
import { mkdir as mkdir2, readFile, writeFile as writeFile2 } from "node:fs/promises";
import path2 from "node:path";

// src/github/change-request.ts
function record(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
}
__name(record, "record");
function sha(value) {
  return typeof value === "string" && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(value) ? value : void 0;
}
__name(sha, "sha");
function changeRequestFromEvent(eventName, payload) {
  if (eventName === "merge_group") {
    const group = record(payload["merge_group"]);
    const baseSha = sha(group?.["base_sha"]);
    const headSha = sha(group?.["head_sha"]);
    if (baseSha && headSha) return { request: { kind: "merge_group", baseSha, headSha } };
    return { noBaseReason: "the merge_group event has no base_sha and head_sha" };
  }
  if (eventName === "pull_request" || eventName === "pull_request_target") {
    const pull = record(payload["pull_request"]);
    const baseSha = sha(record(pull?.["base"])?.["sha"]);
    const headSha = sha(record(pull?.["head"])?.["sha"]);
    const commits = pull?.["commits"];
    if (baseSha && headSha)
      return {
        request: {
          kind: "pull_request",
          baseSha,
          headSha,
          ...typeof commits === "number" && Number.isInteger(commits) && commits > 0 ? { commits } : {}
        }
      };
    return { noBaseReason: `the ${eventName} event has no base and head SHAs` };
  }
  return {
    noBaseReason: `a ${eventName || "local"} run has no base (only pull_request and merge_group runs have one)`
  };
}
__name(changeRequestFromEvent, "changeRequestFromEvent");

// src/action/main.ts
async function readEvent(env) {
  const name = env.GITHUB_EVENT_NAME ?? "";
  if (!env.GITHUB_EVENT_PATH) return { name, payload: {} };
  try {
    return {
      name,
      payload: JSON.parse(await readFile(env.GITHUB_EVENT_PATH, "utf8"))
    };
  } catch {
    return { name, payload: {} };
  }
}
__name(readEvent, "readEvent");
var MAX_SUMMARY_BYTES = 1024 * 1024 - 1024;
function fitSummary(markdown) {
  return fitMarkdown(markdown, {
    maxChars: Number.POSITIVE_INFINITY,
    maxBytes: MAX_SUMMARY_BYTES,
    note: /* @__PURE__ */ __name((omitted) => `> [!NOTE]
> Cut at GitHub's 1 MiB limit for a job summary: ${omitted.lines} lines were left out. The full report is in the JSON report file (the \`report\` output).`, "note")
  });
}
__name(fitSummary, "fitSummary");
function setOutputs(verdict, reportFile) {
  setOutput("passed", verdict.passed ? "true" : "false");
  setOutput("ready", verdict.ready ? "true" : "false");
  setOutput("score", verdict.score === null ? "" : formatScore(verdict.score));
  setOutput("level", verdict.level ?? "");
  setOutput("blocking", String(verdict.counts.blocking));
  setOutput("pending", String(verdict.counts.pending));
  setOutput("report", reportFile);
  setOutput("delta", deltaOutput(verdict.delta));
}
__name(setOutputs, "setOutputs");
function setInvalidOutputs() {
  setOutput("passed", "false");
  setOutput("ready", "false");
  setOutput("score", "");
  setOutput("level", "");
  setOutput("blocking", "0");
  setOutput("pending", "0");
  setOutput("delta", "");
}
__name(setInvalidOutputs, "setInvalidOutputs");
async function findBaseReportAuto(settings, github, change, event, env) {
  if (!("request" in change)) return { note: change.noBaseReason };
  if (!github) return { note: "no token, so the Actions API cannot be asked" };
  const [
    { findBaseReportAuto: find, workflowFileOf },
    { resolveChangeRange },
    { firstParentAncestors }
  ] = await Promise.all([
    import("./chunks/github-base-artifact.js"),
    import("./chunks/git-change-range.js"),
    import("./chunks/git-commits.js")
  ]);
  const workflow = workflowFileOf(env.GITHUB_WORKFLOW_REF);
  if (!workflow) return { note: "GITHUB_WORKFLOW_REF does not name this workflow's file" };
  const pull = event.payload["pull_request"];
  const group = event.payload["merge_group"];
  const baseRef = typeof pull?.base?.ref === "string" ? pull.base.ref : group?.base_ref;
  if (typeof baseRef !== "string") return { note: "the event does not name the base branch" };
  let candidates;
  try {
    const range = await resolveChangeRange(change.request, { cwd: settings.workdir });
    if (!range.mergeBase) return { note: range.notes.join("; ") || "no merge base" };
    candidates = await firstParentAncestors(range.mergeBase, 20, { cwd: settings.workdir });
  } catch (error2) {
    return { note: `the merge base could not be found: ${error2.message}` };
  }
  return find(github.octokit, {
    owner: github.context.owner,
    repo: github.context.repo,
    workflow,
    baseBranch: baseRef.replace(/^refs\/heads\//, ""),
    artifactName: settings.baseArtifact,
    candidates
  });
}
__name(findBaseReportAuto, "findBaseReportAuto");
async function loadBaseReport(settings, find) {
  if (settings.baseReport === void 0) return void 0;
  if (settings.baseReport === "auto") {
    const found = await find();
    if (found.note) notice(`base-report: auto: ${found.note}`);
    return found.report;
  }
  const shown = path2.relative(settings.workdir, settings.baseReport) || settings.baseReport;
  try {
    return parseBaseReport(await readFile(settings.baseReport, "utf8"), shown);
  } catch (error2) {
    const code = error2.code;
    warning(
      `base-report: ${code === "ENOENT" ? `${shown}: file not found` : error2.message}; judged without a base report`
    );
    return void 0;
  }
}
__name(loadBaseReport, "loadBaseReport");
function itemLogLine(item, result, checklistPath, mask) {
  const mark = { passed: "\u2714", failed: "\u2718", errored: "!", pending: "\u25CB", skipped: "-", waived: "~" }[result.status];
  const kind = item.check ? `${item.check.kind}${item.inferred ? ", inferred" : ""}` : "manual";
  return mask(
    `${mark} ${result.status.padEnd(7)} ${item.title} (${kind}; ${checklistPath}:${item.line}): ${result.summary}`
  );
}
__name(itemLogLine, "itemLogLine");
function printAnnotations(annotations, pathPrefix = "") {
  for (const annotation of annotations.filter((a) => a.level === "failure").slice(0, 10)) {
    error(annotation.message, {
      title: annotation.title,
      file: `${pathPrefix}${annotation.path}`,
      startLine: annotation.startLine,
      endLine: annotation.endLine
    });
  }
  const waiverWarnings = annotations.filter(
    (a) => a.level === "warning" && /^(Stale|Expired) waiver: /.test(a.title)
  );
  for (const annotation of waiverWarnings.slice(0, 10)) {
    warning(annotation.message, {
      title: annotation.title,
      file: `${pathPrefix}${annotation.path}`,
      startLine: annotation.startLine,
      endLine: annotation.endLine
    });
  }
}
__name(printAnnotations, "printAnnotations");
function clockOf(env) {
  try {
    return clockFromEnvironment(env, Date.now());
  } catch (error2) {
    if (error2 instanceof ClockError) throw new InputError(error2.message);
    throw error2;
  }
}
__name(clockOf, "clockOf");
function mergeGroupPullNumber(payload) {
  const group = payload.merge_group;
  const ref = typeof group?.head_ref === "string" ? group.head_ref : "";
  const match = /gh-readonly-queue\/.+\/pr-(\d+)-[0-9a-f]+$/.exec(ref);
  return match ? Number(match[1]) : void 0;
}
__name(mergeGroupPullNumber, "mergeGroupPullNumber");
function ownerTeams(checklists) {
  const teams = /* @__PURE__ */ new Set();
  const visit = /* @__PURE__ */ __name((items) => {
    for (const item of items) {
      for (const owner of item.owners ?? [])
        if (owner.includes("/")) teams.add(owner.startsWith("@") ? owner : `@${owner}`);
      visit(item.children);
    }
  }, "visit");
  const walk = /* @__PURE__ */ __name((sections) => {
    for (const section of sections) {
      visit(section.items);
      walk(section.sections);
    }
  }, "walk");
  for (const checklist of checklists) {
    visit(checklist.items);
    walk(checklist.sections);
  }
  return [...teams];
}
__name(ownerTeams, "ownerTeams");
async function pullRequestFacts(event, github) {
  const pr = event.payload.pull_request;
  if (pr && typeof pr.number === "number")
    return {
      number: pr.number,
      author: pr.user?.login ?? "",
      ...pr.base?.sha ? { baseSha: pr.base.sha } : {},
      ...pr.head?.sha ? { headSha: pr.head.sha } : {}
    };
  const queued = event.name === "merge_group" ? mergeGroupPullNumber(event.payload) : void 0;
  if (queued === void 0 || !github) return void 0;
  try {
    const { data } = await github.octokit.rest.pulls.get({
      owner: github.context.owner,
      repo: github.context.repo,
      pull_number: queued
    });
    const group = event.payload.merge_group;
    return {
      number: queued,
      author: data.user?.login ?? "",
      ...group?.base_sha ? { baseSha: group.base_sha } : {},
      ...group?.head_sha ? { headSha: group.head_sha } : {},
      body: data.body ?? ""
    };
  } catch (error2) {
    warning(
      `Could not read pull request #${queued} of the merge queue: ${error2.message}`
    );
    return void 0;
  }
}
__name(pullRequestFacts, "pullRequestFacts");
function headlineOf(verdict) {
  return overallHeadline(verdict);
}
__name(headlineOf, "headlineOf");
function failureOf(verdict, settings, mask) {
  if (!failsStep(verdict, settings.failOn)) return void 0;
  const regression = settings.failOn === "regression" ? regressionReasons(verdict) : void 0;
  if (regression !== void 0)
    return `${overallHeadline(verdict, { mark: false })}. Worse than the base: ${mask(regression.join("; "))}`;
  const why = verdict.checklists.filter((cv) => settings.failOn === "not-ready" ? !cv.ready : !cv.passed).map((cv) => cv.reason).join("; ");
  return `${overallHeadline(verdict, { mark: false })}${why ? `. ${mask(why)}` : ""}${settings.failOn === "not-ready" && verdict.passed ? " (fail-on: not-ready)" : ""}`;
}
__name(failureOf, "failureOf");
function pathPrefixOf(workdir, env) {
  const relative = path2.relative(env.GITHUB_WORKSPACE ?? process.cwd(), workdir).split(path2.sep).join("/");
  return relative === "" || relative.startsWith("..") || path2.isAbsolute(relative) ? "" : `${relative}/`;
}
__name(pathPrefixOf, "pathPrefixOf");
function contextOf(event, env) {
  try {
    return {
      context: derivePublishContext(event.name, event.payload, {
        repository: env.GITHUB_REPOSITORY,
        sha: env.GITHUB_SHA,
        serverUrl: env.GITHUB_SERVER_URL,
        runId: env.GITHUB_RUN_ID
      })
    };
  } catch (error2) {
    return { problem: error2.message };
  }
}
__name(contextOf, "contextOf");
async function openGitHub(settings, where) {
  if (!settings.token) {
    info("No token: nothing is published on GitHub (no comment, no check run).");
    return void 0;
  }
  if (!where.context) {
    warning(`Nothing is published on GitHub: ${where.problem ?? "the repository is unknown"}`);
    return void 0;
  }
  const publish = await import("./chunks/github-publish.js");
  const octokit = publish.connect(settings.token, (message) => warning(message));
  return { publish, octokit, context: where.context };
}
__name(openGitHub, "openGitHub");
function reportSourceOf(context, eventName, env) {
  const repository = context ? `${context.owner}/${context.repo}` : env.GITHUB_REPOSITORY;
  if (!repository || !/^[^/\s]+\/[^/\s]+$/.test(repository)) return void 0;
  const headSha = context?.headSha ?? env.GITHUB_SHA;
  return {
    repository,
    event: eventName || "unknown",
    ...context?.pullNumber !== void 0 ? { pullRequest: context.pullNumber } : {},
    ...headSha && /^[0-9a-f]{40,64}$/.test(headSha) ? { headSha } : {}
  };
}
__name(reportSourceOf, "reportSourceOf");
async function livePullRequestBody(github, payloadBody, token) {
  if (!github || github.context.pullNumber === void 0) return payloadBody;
  const live = await github.publish.readPullRequestBody(
    github.octokit,
    github.context,
    payloadBody,
    token
  );
  if (live.warning) warning(live.warning);
  return live.body;
}
__name(livePullRequestBody, "livePullRequestBody");
async function publishOn(session, verdict, settings, mask, pathPrefix, several) {
  const started = Date.now();
  const outcome = await session.publish.publishVerdict(session.octokit, {
    context: session.context,
    verdict,
    mask,
    checkName: settings.checkName,
    comment: settings.comment,
    checkRun: settings.checkRun,
    failOn: settings.failOn,
    ...settings.id ? { id: settings.id } : {},
    ...several !== void 0 ? { several } : {},
    maxAnnotations: settings.maxAnnotations,
    headline: headlineOf(verdict),
    pathPrefix,
    token: settings.token
  });
  for (const warning2 of outcome.warnings) warning(mask(warning2));
  if (outcome.commentUrls.length > 0) setOutput("comment-url", outcome.commentUrls.join("\n"));
  if (outcome.checkRunUrl) setOutput("check-run-url", outcome.checkRunUrl);
  info(
    `Published on GitHub in ${Date.now() - started} ms with ${outcome.apiCalls} API calls: ${outcome.commentUrls.length} comment${outcome.commentUrls.length === 1 ? "" : "s"}${outcome.commentsUnchanged > 0 ? ` (${outcome.commentsUnchanged} unchanged, not rewritten)` : ""}, ${outcome.checkRunUrl ? "a check run" : "no check run"}.`
  );
  return outcome.checkRunUrl !== void 0;
}
__name(publishOn, "publishOn");
async function publishEverywhere(verdict, options) {
  const { settings, github, mask, pathPrefix, runUrl, blobUrlBase } = options;
  const commitUrl = commitUrlOf(blobUrlBase);
  if (settings.jobSummary) {
    const markdown = mask(
      renderMarkdown(verdict, {
        ...runUrl ? { runUrl } : {},
        ...commitUrl ? { commitUrl } : {},
        ...blobUrlBase ? {
          lineUrl: /* @__PURE__ */ __name((file, line) => lineUrl(blobUrlBase, `${pathPrefix}${file}`, line), "lineUrl")
        } : {}
      })
    );
    await summary.addRaw(fitSummary(markdown)).write();
  }
  const hasCheckRun = github ? await publishOn(github, verdict, settings, mask, pathPrefix) : false;
  if (!hasCheckRun) printAnnotations(buildAnnotations(verdict, mask), pathPrefix);
}
__name(publishEverywhere, "publishEverywhere");
async function run(env = process.env) {
  const settings = readSettings(env);
  if (settings.token) setSecret(settings.token);
  if (settings.ownersToken) setSecret(settings.ownersToken);
  const event = await readEvent(env);
  if (settings.mode === "publish") return publishReport(settings, event, env);
  if (settings.mode === "merge") return mergeReports(settings, event, env);
  const isPullRequestTarget = event.name === "pull_request_target";
  const mayRunCommands = !isPullRequestTarget || settings.allowCommandsOnPullRequestTarget;
  const mayFetchHttp = !isPullRequestTarget || settings.allowHttpOnPullRequestTarget;
  const pullRequest = event.payload.pull_request;
  const controller = new AbortController();
  process.once("SIGTERM", () => {
    controller.abort();
    killAllCommands();
    setTimeout(() => process.exit(143), 5e3).unref();
  });
  const where = contextOf(event, env);
  const github = settings.publish ? await openGitHub(settings, where) : void 0;
  const source = reportSourceOf(where.context, event.name, env);
  if (settings.shard !== void 0 && source?.headSha === void 0) {
    return {
      failure: "a shard report needs its commit: GITHUB_SHA (or the pull request head) is not set or not a commit hash"
    };
  }
  let body = await livePullRequestBody(github, pullRequest?.body ?? "", settings.token);
  const clock = clockOf(env);
  const facts = await pullRequestFacts(event, github);
  if (facts?.body !== void 0 && !pullRequest) body = facts.body;
  let baseCommit;
  let baseUnavailable;
  if (facts?.baseSha && facts.headSha) {
    const { mergeBase } = await import("./chunks/git-commits.js");
    try {
      baseCommit = await mergeBase(facts.baseSha, facts.headSha, { cwd: settings.workdir });
    } catch (error2) {
      baseUnavailable = error2.message;
    }
    if (baseCommit === void 0)
      baseUnavailable = `Waivers cannot be compared with the base branch, so none counts as new in this pull request: ${baseUnavailable ?? "the merge base is not in this checkout"}. Check out with \`fetch-depth: 0\` so the merge base is in the clone.`;
  }
  const loadActivity = github && facts ? async (checklists) => {
    const { fetchPullRequestActivity } = await import("./chunks/github-activity.js");
    const teamOctokit = settings.ownersToken ? github.publish.connect(settings.ownersToken, (message) => warning(message)) : void 0;
    try {
      return await fetchPullRequestActivity(github.octokit, {
        owner: github.context.owner,
        repo: github.context.repo,
        pullNumber: facts.number,
        author: facts.author,
        headSha: facts.headSha ?? github.context.headSha ?? "",
        teams: ownerTeams(checklists),
        ...teamOctokit ? { teamOctokit } : {}
      });
    } catch (error2) {
      warning(
        `Could not read the reviews and comments of pull request #${facts.number}, so no /confirm counts in this run: ${error2.message}`
      );
      return void 0;
    }
  } : void 0;
  const commit = where.context?.headSha ?? env.GITHUB_SHA;
  const change = changeRequestFromEvent(event.name, event.payload);
  const baseReport = await loadBaseReport(
    settings,
    () => findBaseReportAuto(settings, github, change, event, env)
  );
  const secrets = [settings.token, ...settings.ownersToken ? [settings.ownersToken] : []];
  const logMask = buildMasker(env, secrets, []).mask;
  let grouped = false;
  const options = {
    workdir: settings.workdir,
    checklists: settings.checklists,
    ..."request" in change ? { changeRequest: change.request } : { noBaseReason: change.noBaseReason },
    ...baseReport ? { baseReport } : {},
    infer: settings.infer,
    env,
    budgetMs: settings.budgetMs,
    mayRunCommands,
    ...mayRunCommands ? {} : {
      commandsRefusedReason: "not run on pull_request_target, where a write token sits next to code from a fork (set allow-on-pull-request-target: commands to allow)"
    },
    mayFetchHttp,
    ...mayFetchHttp ? {} : {
      httpRefusedReason: "refused on pull_request_target, where a write token sits next to code from a fork (set allow-on-pull-request-target: http to allow)"
    },
    ...settings.confirmFrom ? { confirmFrom: settings.confirmFrom } : {},
    confirmations: tickedBoxes(body).map((box) => box.text),
    clock,
    ...baseCommit ? { baseCommit } : {},
    ...baseUnavailable ? { baseUnavailable } : {},
    ...facts?.headSha ? { headCommit: facts.headSha } : {},
    ...loadActivity ? { loadActivity } : {},
    secrets,
    signal: controller.signal,
    ...commit && /^[0-9a-f]{40,64}$/.test(commit) ? { commit } : {},
    ...settings.minScore !== void 0 ? { minScore: settings.minScore } : {},
    ...settings.concurrency !== void 0 ? { concurrency: settings.concurrency } : {},
    ...settings.coverageReport ? { coverageReport: settings.coverageReport } : {},
    onLoaded: /* @__PURE__ */ __name((count) => {
      startGroup(`Deciding ${count} item${count === 1 ? "" : "s"}`);
      grouped = true;
    }, "onLoaded"),
    onItemDecided: /* @__PURE__ */ __name((item, result, checklist) => info(itemLogLine(item, result, checklist.path, logMask)), "onItemDecided"),
    // Several checklists, some invalid: the valid ones still get their verdict.
    decideValid: true,
    ...settings.shard !== void 0 ? { keepCoverageLines: true } : {}
  };
  let outcome;
  try {
    outcome = await runGate(options);
  } finally {
    if (grouped) endGroup();
  }
  for (const value of outcome.masker.values()) setSecret(value);
  for (const note of outcome.notes ?? []) warning(outcome.masker.mask(note));
  if (outcome.change?.range) info(`Changed lines: ${outcome.change.range.how}`);
  for (const note of outcome.change?.notes ?? []) notice(note);
  if (outcome.change?.error) warning(`The base could not be reached: ${outcome.change.error}`);
  const pathPrefix = pathPrefixOf(settings.workdir, env);
  if (outcome.problems.length > 0) {
    const mask2 = outcome.masker.mask;
    const valid = outcome.verdict ? maskVerdict(outcome.verdict, mask2) : void 0;
    const validPaths = new Set(valid?.checklists.map((cv) => cv.checklist.path) ?? []);
    if (valid) {
      const report = { ...valid, passed: false, ready: false };
      await mkdir2(path2.dirname(settings.reportFile), { recursive: true });
      await writeFile2(
        settings.reportFile,
        mask2(renderJson(report, source, { invalid: outcome.problems }))
      );
      if (github)
        await publishOn(github, report, { ...settings, checkRun: false }, mask2, pathPrefix, true);
    }
    const outcomeOfInvalid = await invalidChecklist(
      outcome.problems,
      outcome.problems.map((problem) => problem.file).filter((file) => !validPaths.has(file)),
      { settings, github, where, mask: mask2, pathPrefix, ...valid ? { validVerdict: valid } : {} }
    );
    if (valid) setOutput("report", settings.reportFile);
    return outcomeOfInvalid;
  }
  if (!outcome.verdict) throw new Error("the gate returned neither a verdict nor problems");
  const mask = outcome.masker.mask;
  const verdict = maskVerdict(outcome.verdict, mask);
  const shard = settings.shard !== void 0 ? {
    shard: settings.shard,
    commit: source.headSha,
    checklistSha256: await checklistDigests(settings.workdir, outcome.checklists)
  } : void 0;
  await mkdir2(path2.dirname(settings.reportFile), { recursive: true });
  await writeFile2(settings.reportFile, mask(renderJson(verdict, source, shard ? { shard } : {})));
  setOutputs(verdict, settings.reportFile);
  if (!settings.publish) {
    info(
      `${headlineOf(verdict)}${settings.shard !== void 0 ? ` (shard ${settings.shard})` : ""}; nothing published (publish: false), report in ${settings.reportFile}`
    );
    return {};
  }
  const serverUrl = env.GITHUB_SERVER_URL ?? "https://github.com";
  const runUrl = env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${serverUrl}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : void 0;
  await publishEverywhere(verdict, {
    settings,
    github,
    mask,
    pathPrefix,
    runUrl,
    blobUrlBase: where.context?.blobUrlBase
  });
  info(headlineOf(verdict));
  if (verdict.delta) info(mask(deltaLine(verdict.delta)).replace(/[\r\n\u2028\u2029]+/g, " "));
  if (settings.failOn === "regression" && verdict.delta && !failsStep(verdict, "regression"))
    info("No regression against the base report.");
  const failure = failureOf(verdict, settings, mask);
  return failure === void 0 ? {} : { failure };
}
__name(run, "run");
async function invalidChecklist(problems, loadedPaths, context) {
  const { settings, github, mask, pathPrefix } = context;
  const lines = problems.map(formatProblem);
  for (const problem of problems.slice(0, 10)) {
    error(mask(`${problem.keyPath ? `${problem.keyPath}: ` : ""}${problem.message}`), {
      title: "Invalid checklist",
      ...problem.line > 0 ? {
        file: `${pathPrefix}${problem.file}`,
        startLine: problem.line,
        startColumn: problem.column
      } : {}
    });
  }
  setInvalidOutputs();
  const blobUrlBase = context.where.context?.blobUrlBase;
  const links = {
    ...blobUrlBase ? {
      lineUrl: /* @__PURE__ */ __name((file, line) => lineUrl(blobUrlBase, `${pathPrefix}${file}`, line), "lineUrl")
    } : {},
    ...context.where.context?.runUrl ? { runUrl: context.where.context.runUrl } : {},
    ...commitUrlOf(blobUrlBase) ? { commitUrl: commitUrlOf(blobUrlBase) } : {},
    ...context.where.context?.headSha ? { commit: context.where.context.headSha } : {}
  };
  if (settings.jobSummary) {
    const valid = context.validVerdict ? `
${renderMarkdown(context.validVerdict, links)}` : "";
    await summary.addRaw(fitSummary(mask(`${renderProblemsMarkdown(problems, links)}${valid}`))).write();
  }
  if (github) {
    const paths = [...new Set(loadedPaths)];
    const outcome = await github.publish.publishProblems(github.octokit, {
      context: github.context,
      problems,
      checklistPaths: paths,
      ...context.validVerdict ? { validVerdict: context.validVerdict, several: true } : {},
      mask,
      checkName: settings.checkName,
      comment: settings.comment,
      checkRun: settings.checkRun,
      ...settings.id ? { id: settings.id } : {},
      maxAnnotations: settings.maxAnnotations,
      pathPrefix,
      token: settings.token
    });
    for (const warning2 of outcome.warnings) warning(mask(warning2));
    if (outcome.commentUrls.length > 0)
      setOutput("comment-url", outcome.commentUrls.join("\n"));
    if (outcome.checkRunUrl) setOutput("check-run-url", outcome.checkRunUrl);
  }
  return {
    failure: `the checklist is invalid, so no verdict was reached (${lines.length} problem${lines.length === 1 ? "" : "s"}):
${mask(lines.join("\n"))}`
  };
}
__name(invalidChecklist, "invalidChecklist");
async function publishReport(settings, event, env) {
  if (!settings.report)
    throw new InputError(
      'input "report" is required with mode: publish (the JSON report a check run wrote, e.g. downloaded as an artifact)'
    );
  const masker = buildMasker(env, [settings.token], []);
  const mask = masker.mask;
  let text;
  try {
    text = readRegularFileSync(settings.report, 256 * 1024 * 1024).toString("utf8");
  } catch (error2) {
    return {
      failure: `cannot read the report ${settings.report}: ${error2.code ?? error2.message}`
    };
  }
  let read;
  try {
    read = verdictFromReport(JSON.parse(text));
  } catch (error2) {
    return { failure: `${settings.report}: ${mask(error2.message)}` };
  }
  const verdict = maskVerdict(read.verdict, mask);
  setOutputs(verdict, settings.report);
  const github = await openGitHub(settings, contextOf(event, env));
  let context = github?.context;
  if (github) {
    const target = github.publish.contextFromReport(event.name, event.payload, read.source, {
      repository: env.GITHUB_REPOSITORY,
      sha: env.GITHUB_SHA,
      serverUrl: env.GITHUB_SERVER_URL,
      runId: env.GITHUB_RUN_ID
    });
    context = target.context;
    if (target.refused) {
      warning(mask(target.refused));
    } else {
      const confirmed = await github.publish.confirmPullRequest(
        github.octokit,
        target.context,
        target.expectedHeadSha,
        settings.token
      );
      if (confirmed.problem) warning(mask(confirmed.problem));
      context = confirmed.context;
    }
    if (!target.refused) await publishOn({ ...github, context }, verdict, settings, mask, "");
  }
  const runUrl = context?.runUrl;
  const blobUrlBase = context?.blobUrlBase;
  const markdown = mask(
    renderMarkdown(verdict, {
      ...runUrl ? { runUrl } : {},
      ...blobUrlBase ? { lineUrl: /* @__PURE__ */ __name((file, line) => lineUrl(blobUrlBase, file, line), "lineUrl") } : {}
    })
  );
  if (settings.jobSummary) await summary.addRaw(fitSummary(markdown)).write();
  const headline = headlineOf(verdict);
  info(`${headline} (published from ${path2.basename(settings.report)})`);
  const failure = failureOf(verdict, settings, mask);
  return failure === void 0 ? {} : { failure };
}
__name(publishReport, "publishReport");
async function mergeReports(settings, event, env) {
  if (settings.reports.length === 0)
    throw new InputError(
      'input "reports" is required with mode: merge (the shard reports, e.g. "shards/**/*.json")'
    );
  const where = contextOf(event, env);
  const github = settings.publish ? await openGitHub(settings, where) : void 0;
  const pullRequest = event.payload.pull_request;
  const body = await livePullRequestBody(github, pullRequest?.body ?? "", settings.token);
  const source = reportSourceOf(where.context, event.name, env);
  const change = changeRequestFromEvent(event.name, event.payload);
  const baseReport = await loadBaseReport(
    settings,
    () => findBaseReportAuto(settings, github, change, event, env)
  );
  const { runMerge } = await import("./chunks/merge-run-merge.js");
  const outcome = await runMerge({
    ..."request" in change ? { changeRequest: change.request } : { noBaseReason: change.noBaseReason },
    ...baseReport ? { baseReport } : {},
    clock: clockOf(env),
    workdir: settings.workdir,
    checklists: settings.checklists,
    infer: settings.infer,
    ...settings.coverageReport ? { coverageReport: settings.coverageReport } : {},
    reports: settings.reports,
    reportsBase: settings.workdir,
    expectShards: settings.expectShards,
    commit: source?.headSha,
    confirmations: tickedBoxes(body).map((box) => box.text),
    confirmFrom: settings.confirmFrom,
    ...settings.minScore !== void 0 ? { minScore: settings.minScore } : {},
    env,
    secrets: [settings.token]
  });
  for (const value of outcome.masker.values()) setSecret(value);
  const mask = outcome.masker.mask;
  const pathPrefix = pathPrefixOf(settings.workdir, env);
  if ("problems" in outcome) {
    if (outcome.checklistProblems?.length) {
      return invalidChecklist(
        outcome.checklistProblems,
        outcome.checklistProblems.map((problem) => problem.file),
        { settings, github, where, mask, pathPrefix }
      );
    }
    setInvalidOutputs();
    if (settings.jobSummary)
      await summary.addRaw(
        mask(
          [
            "## \u274C The merge did not decide",
            "",
            ...outcome.problems.map((problem) => `- ${escapeText(problem)}`),
            ""
          ].join("\n")
        )
      ).write();
    return {
      failure: `the merge did not decide (configuration error):
${mask(outcome.problems.join("\n"))}`
    };
  }
  if (outcome.change?.range) info(`Changed lines: ${outcome.change.range.how}`);
  for (const note of outcome.change?.notes ?? []) notice(note);
  if (outcome.change?.error) warning(`The base could not be reached: ${outcome.change.error}`);
  const verdict = maskVerdict(outcome.verdict, mask);
  await mkdir2(path2.dirname(settings.reportFile), { recursive: true });
  await writeFile2(settings.reportFile, mask(renderJson(verdict, source)));
  setOutputs(verdict, settings.reportFile);
  for (const blocker of outcome.blockers) error(mask(blocker), { title: "Shard reports" });
  if (verdict.delta) info(mask(deltaLine(verdict.delta)).replace(/[\r\n\u2028\u2029]+/g, " "));
  const headline = headlineOf(verdict);
  if (!settings.publish) {
    info(`${headline}; nothing published (publish: false), report in ${settings.reportFile}`);
    return {};
  }
  await publishEverywhere(verdict, {
    settings,
    github,
    mask,
    pathPrefix,
    runUrl: where.context?.runUrl,
    blobUrlBase: where.context?.blobUrlBase
  });
  info(
    `${headline} (merged from ${outcome.merged.length} shard${outcome.merged.length === 1 ? "" : "s"}: ${outcome.merged.join(", ") || "none"})`
  );
  const failure = failureOf(verdict, settings, mask);
  if (failure === void 0) return {};
  return {
    failure: outcome.blockers.length > 0 ? `${failure}; ${mask(outcome.blockers.join("; "))}` : failure
  };
}
__name(mergeReports, "mergeReports");

// src/action/index.ts
run().then((outcome) => {
  if (outcome.failure !== void 0) setFailed(outcome.failure);
}).catch((error2) => {
  setFailed(
    error2 instanceof InputError ? `readiness-gate: ${error2.message}` : `readiness-gate: internal error: ${error2.stack ?? String(error2)}`
  );
});
//# sourceMappingURL=index.js.map
