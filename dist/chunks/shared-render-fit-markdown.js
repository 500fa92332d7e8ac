import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  waiverAnnotations
} from "./shared-render-waivers.js";
import {
  __commonJS,
  __name,
  __require
} from "./shared-runtime.js";

// node_modules/tunnel/lib/tunnel.js
var require_tunnel = __commonJS({
  "node_modules/tunnel/lib/tunnel.js"(exports) {
    "use strict";
    var net = __require("net");
    var tls = __require("tls");
    var http = __require("http");
    var https = __require("https");
    var events = __require("events");
    var assert = __require("assert");
    var util = __require("util");
    exports.httpOverHttp = httpOverHttp;
    exports.httpsOverHttp = httpsOverHttp;
    exports.httpOverHttps = httpOverHttps;
    exports.httpsOverHttps = httpsOverHttps;
    function httpOverHttp(options) {
      var agent = new TunnelingAgent(options);
      agent.request = http.request;
      return agent;
    }
    __name(httpOverHttp, "httpOverHttp");
    function httpsOverHttp(options) {
      var agent = new TunnelingAgent(options);
      agent.request = http.request;
      agent.createSocket = createSecureSocket;
      agent.defaultPort = 443;
      return agent;
    }
    __name(httpsOverHttp, "httpsOverHttp");
    function httpOverHttps(options) {
      var agent = new TunnelingAgent(options);
      agent.request = https.request;
      return agent;
    }
    __name(httpOverHttps, "httpOverHttps");
    function httpsOverHttps(options) {
      var agent = new TunnelingAgent(options);
      agent.request = https.request;
      agent.createSocket = createSecureSocket;
      agent.defaultPort = 443;
      return agent;
    }
    __name(httpsOverHttps, "httpsOverHttps");
    function TunnelingAgent(options) {
      var self = this;
      self.options = options || {};
      self.proxyOptions = self.options.proxy || {};
      self.maxSockets = self.options.maxSockets || http.Agent.defaultMaxSockets;
      self.requests = [];
      self.sockets = [];
      self.on("free", /* @__PURE__ */ __name(function onFree(socket, host, port, localAddress) {
        var options2 = toOptions(host, port, localAddress);
        for (var i = 0, len = self.requests.length; i < len; ++i) {
          var pending = self.requests[i];
          if (pending.host === options2.host && pending.port === options2.port) {
            self.requests.splice(i, 1);
            pending.request.onSocket(socket);
            return;
          }
        }
        socket.destroy();
        self.removeSocket(socket);
      }, "onFree"));
    }
    __name(TunnelingAgent, "TunnelingAgent");
    util.inherits(TunnelingAgent, events.EventEmitter);
    TunnelingAgent.prototype.addRequest = /* @__PURE__ */ __name(function addRequest(req, host, port, localAddress) {
      var self = this;
      var options = mergeOptions({ request: req }, self.options, toOptions(host, port, localAddress));
      if (self.sockets.length >= this.maxSockets) {
        self.requests.push(options);
        return;
      }
      self.createSocket(options, function(socket) {
        socket.on("free", onFree);
        socket.on("close", onCloseOrRemove);
        socket.on("agentRemove", onCloseOrRemove);
        req.onSocket(socket);
        function onFree() {
          self.emit("free", socket, options);
        }
        __name(onFree, "onFree");
        function onCloseOrRemove(err) {
          self.removeSocket(socket);
          socket.removeListener("free", onFree);
          socket.removeListener("close", onCloseOrRemove);
          socket.removeListener("agentRemove", onCloseOrRemove);
        }
        __name(onCloseOrRemove, "onCloseOrRemove");
      });
    }, "addRequest");
    TunnelingAgent.prototype.createSocket = /* @__PURE__ */ __name(function createSocket(options, cb) {
      var self = this;
      var placeholder = {};
      self.sockets.push(placeholder);
      var connectOptions = mergeOptions({}, self.proxyOptions, {
        method: "CONNECT",
        path: options.host + ":" + options.port,
        agent: false,
        headers: {
          host: options.host + ":" + options.port
        }
      });
      if (options.localAddress) {
        connectOptions.localAddress = options.localAddress;
      }
      if (connectOptions.proxyAuth) {
        connectOptions.headers = connectOptions.headers || {};
        connectOptions.headers["Proxy-Authorization"] = "Basic " + new Buffer(connectOptions.proxyAuth).toString("base64");
      }
      debug("making CONNECT request");
      var connectReq = self.request(connectOptions);
      connectReq.useChunkedEncodingByDefault = false;
      connectReq.once("response", onResponse);
      connectReq.once("upgrade", onUpgrade);
      connectReq.once("connect", onConnect);
      connectReq.once("error", onError);
      connectReq.end();
      function onResponse(res) {
        res.upgrade = true;
      }
      __name(onResponse, "onResponse");
      function onUpgrade(res, socket, head) {
        process.nextTick(function() {
          onConnect(res, socket, head);
        });
      }
      __name(onUpgrade, "onUpgrade");
      function onConnect(res, socket, head) {
        connectReq.removeAllListeners();
        socket.removeAllListeners();
        if (res.statusCode !== 200) {
          debug(
            "tunneling socket could not be established, statusCode=%d",
            res.statusCode
          );
          socket.destroy();
          var error = new Error("tunneling socket could not be established, statusCode=" + res.statusCode);
          error.code = "ECONNRESET";
          options.request.emit("error", error);
          self.removeSocket(placeholder);
          return;
        }
        if (head.length > 0) {
          debug("got illegal response body from proxy");
          socket.destroy();
          var error = new Error("got illegal response body from proxy");
          error.code = "ECONNRESET";
          options.request.emit("error", error);
          self.removeSocket(placeholder);
          return;
        }
        debug("tunneling connection has established");
        self.sockets[self.sockets.indexOf(placeholder)] = socket;
        return cb(socket);
      }
      __name(onConnect, "onConnect");
      function onError(cause) {
        connectReq.removeAllListeners();
        debug(
          "tunneling socket could not be established, cause=%s\n",
          cause.message,
          cause.stack
        );
        var error = new Error("tunneling socket could not be established, cause=" + cause.message);
        error.code = "ECONNRESET";
        options.request.emit("error", error);
        self.removeSocket(placeholder);
      }
      __name(onError, "onError");
    }, "createSocket");
    TunnelingAgent.prototype.removeSocket = /* @__PURE__ */ __name(function removeSocket(socket) {
      var pos = this.sockets.indexOf(socket);
      if (pos === -1) {
        return;
      }
      this.sockets.splice(pos, 1);
      var pending = this.requests.shift();
      if (pending) {
        this.createSocket(pending, function(socket2) {
          pending.request.onSocket(socket2);
        });
      }
    }, "removeSocket");
    function createSecureSocket(options, cb) {
      var self = this;
      TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
        var hostHeader = options.request.getHeader("host");
        var tlsOptions = mergeOptions({}, self.options, {
          socket,
          servername: hostHeader ? hostHeader.replace(/:.*$/, "") : options.host
        });
        var secureSocket = tls.connect(0, tlsOptions);
        self.sockets[self.sockets.indexOf(socket)] = secureSocket;
        cb(secureSocket);
      });
    }
    __name(createSecureSocket, "createSecureSocket");
    function toOptions(host, port, localAddress) {
      if (typeof host === "string") {
        return {
          host,
          port,
          localAddress
        };
      }
      return host;
    }
    __name(toOptions, "toOptions");
    function mergeOptions(target) {
      for (var i = 1, len = arguments.length; i < len; ++i) {
        var overrides = arguments[i];
        if (typeof overrides === "object") {
          var keys = Object.keys(overrides);
          for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
            var k = keys[j];
            if (overrides[k] !== void 0) {
              target[k] = overrides[k];
            }
          }
        }
      }
      return target;
    }
    __name(mergeOptions, "mergeOptions");
    var debug;
    if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
      debug = /* @__PURE__ */ __name(function() {
        var args = Array.prototype.slice.call(arguments);
        if (typeof args[0] === "string") {
          args[0] = "TUNNEL: " + args[0];
        } else {
          args.unshift("TUNNEL:");
        }
        console.error.apply(console, args);
      }, "debug");
    } else {
      debug = /* @__PURE__ */ __name(function() {
      }, "debug");
    }
    exports.debug = debug;
  }
});

// node_modules/tunnel/index.js
var require_tunnel2 = __commonJS({
  "node_modules/tunnel/index.js"(exports, module) {
    module.exports = require_tunnel();
  }
});

// src/render/annotations.ts
var FINDING_LEVELS = {
  error: "failure",
  warning: "warning",
  notice: "notice"
};
var RANK = { failure: 0, warning: 1, notice: 2 };
function buildAnnotations(verdict, mask = (t) => t) {
  const items = [];
  const findings = [];
  let order = 0;
  for (const cv of verdict.checklists) {
    for (const { item, result, isBlocking } of cv.items) {
      order++;
      const failing = result.status === "failed" || result.status === "errored" || isBlocking && result.status === "pending";
      if (failing) {
        items.push({
          order: isBlocking ? order : order + 1e6,
          path: cv.checklist.path,
          startLine: Math.max(1, item.line),
          endLine: Math.max(1, item.line),
          level: isBlocking ? "failure" : "warning",
          title: mask(`${isBlocking ? "Blocking" : "Advisory"}: ${item.title}`),
          message: mask(result.summary)
        });
      }
      for (const finding of result.findings ?? []) {
        if (!finding.file || !finding.line || finding.line < 1) continue;
        const outOfScope = finding.inScope === false;
        const level = outOfScope ? "notice" : FINDING_LEVELS[finding.level];
        const endLine = finding.endLine && finding.endLine >= finding.line ? finding.endLine : finding.line;
        const oneLine = endLine === finding.line;
        const columns = oneLine && finding.column && finding.column >= 1 ? {
          startColumn: finding.column,
          endColumn: finding.endColumn && finding.endColumn >= finding.column ? finding.endColumn : finding.column
        } : {};
        findings.push({
          order: (outOfScope ? 3 : RANK[level]) * 1e7 + order,
          path: finding.file,
          startLine: finding.line,
          endLine,
          ...columns,
          level,
          title: mask(finding.title ?? item.title),
          message: mask(
            outOfScope ? `${finding.message} (outside the change: not counted)` : finding.message
          )
        });
      }
    }
  }
  const sorted = [
    ...items.sort((a, b) => a.order - b.order),
    ...waiverAnnotations(verdict, mask).map((annotation) => ({ ...annotation, order: 0 })),
    ...findings.sort((a, b) => a.order - b.order)
  ];
  return sorted.map(({ order: _order, ...annotation }) => annotation);
}
__name(buildAnnotations, "buildAnnotations");

// src/render/mask-verdict.ts
function maskItem(item, mask) {
  return {
    ...item,
    title: mask(item.title),
    section: item.section.map(mask),
    children: item.children.map((child) => maskItem(child, mask)),
    ...item.note !== void 0 ? { note: mask(item.note) } : {}
  };
}
__name(maskItem, "maskItem");
function maskFinding(finding, mask) {
  return {
    ...finding,
    message: mask(finding.message),
    ...finding.title !== void 0 ? { title: mask(finding.title) } : {},
    ...finding.file !== void 0 ? { file: mask(finding.file) } : {}
  };
}
__name(maskFinding, "maskFinding");
function maskResult(result, mask) {
  return {
    ...result,
    summary: mask(result.summary),
    ...result.output !== void 0 ? { output: mask(result.output) } : {},
    ...result.findings ? { findings: result.findings.map((finding) => maskFinding(finding, mask)) } : {}
  };
}
__name(maskResult, "maskResult");
function maskJudged(judged, mask) {
  return { ...judged, item: maskItem(judged.item, mask), result: maskResult(judged.result, mask) };
}
__name(maskJudged, "maskJudged");
function maskChecklistVerdict(cv, mask) {
  return {
    ...cv,
    checklist: { ...cv.checklist, title: mask(cv.checklist.title) },
    items: cv.items.map((judged) => maskJudged(judged, mask)),
    level: cv.level === null ? null : mask(cv.level),
    reason: mask(cv.reason)
  };
}
__name(maskChecklistVerdict, "maskChecklistVerdict");
function maskVerdict(verdict, mask) {
  return {
    ...verdict,
    level: verdict.level === null ? null : mask(verdict.level),
    checklists: verdict.checklists.map((cv) => maskChecklistVerdict(cv, mask))
  };
}
__name(maskVerdict, "maskVerdict");

// src/github/context.ts
function isRecord(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
__name(isRecord, "isRecord");
function field(value, ...path) {
  let node = value;
  for (const key of path) {
    if (!isRecord(node)) return void 0;
    node = node[key];
  }
  return node;
}
__name(field, "field");
function text(value) {
  return typeof value === "string" && value.length > 0 ? value : void 0;
}
__name(text, "text");
var PULL_REQUEST_EVENTS = /* @__PURE__ */ new Set([
  "pull_request",
  "pull_request_target",
  // A review re-decides the gate at once (its /confirm, its approval of a waiver).
  "pull_request_review"
]);
function derivePublishContext(eventName, payload, environment) {
  const fullName = text(environment.repository) ?? text(field(payload, "repository", "full_name"));
  const [owner, repo] = fullName?.split("/") ?? [];
  if (!owner || !repo)
    throw new Error(
      "Cannot tell which repository to publish to: GITHUB_REPOSITORY is not set and the event has no repository."
    );
  const pullRequest = PULL_REQUEST_EVENTS.has(eventName) ? field(payload, "pull_request") : void 0;
  const number = field(pullRequest, "number");
  const pullNumber = typeof number === "number" && Number.isInteger(number) && number > 0 ? number : void 0;
  let headSha;
  if (pullRequest !== void 0) headSha = text(field(pullRequest, "head", "sha"));
  else if (eventName === "merge_group") headSha = text(field(payload, "merge_group", "head_sha"));
  headSha ??= text(environment.sha);
  const headRepo = text(field(pullRequest, "head", "repo", "full_name"));
  const isFork = pullRequest !== void 0 && (field(pullRequest, "head", "repo", "fork") === true || headRepo !== void 0 && headRepo.toLowerCase() !== `${owner}/${repo}`.toLowerCase());
  const serverUrl = (text(environment.serverUrl) ?? "https://github.com").replace(/\/+$/, "");
  const runId = text(environment.runId);
  const runUrl = runId ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}` : void 0;
  const blobUrlBase = headSha ? `${serverUrl}/${owner}/${repo}/blob/${headSha}/` : void 0;
  return { owner, repo, eventName, pullNumber, headSha, isFork, runUrl, blobUrlBase };
}
__name(derivePublishContext, "derivePublishContext");
function lineUrl(blobUrlBase, path, line) {
  const encoded = path.split("/").map(encodeURIComponent).join("/");
  if (line === void 0 || line <= 0) return `${blobUrlBase}${encoded}`;
  const plain = /\.(?:md|markdown|mdown|mkd)$/i.test(path) ? "?plain=1" : "";
  return `${blobUrlBase}${encoded}${plain}#L${line}`;
}
__name(lineUrl, "lineUrl");
function commitUrlOf(blobUrlBase) {
  return blobUrlBase?.replace(/\/blob\/([^/]+)\/$/, "/commit/$1");
}
__name(commitUrlOf, "commitUrlOf");

// src/github/errors.ts
var PERMISSION_LINE = {
  comment: "pull-requests: write",
  "check-run": "checks: write",
  "pull-request": "pull-requests: read"
};
var SURFACE_NAME = {
  comment: "the pull request comment",
  "check-run": "the check run",
  "pull-request": "the pull request"
};
var PermissionError = class extends Error {
  constructor(message, surface, permissionLine, acceptedPermissions, status) {
    super(message);
    this.surface = surface;
    this.permissionLine = permissionLine;
    this.acceptedPermissions = acceptedPermissions;
    this.status = status;
  }
  surface;
  permissionLine;
  acceptedPermissions;
  status;
  static {
    __name(this, "PermissionError");
  }
  name = "PermissionError";
};
var GitHubApiError = class extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
  status;
  static {
    __name(this, "GitHubApiError");
  }
  name = "GitHubApiError";
};
function shapeOf(error) {
  return error !== null && typeof error === "object" ? error : {};
}
__name(shapeOf, "shapeOf");
function gitHubMessage(shape) {
  const data = shape.response?.data;
  if (data !== null && typeof data === "object" && typeof data.message === "string") {
    return data.message;
  }
  return typeof shape.message === "string" ? shape.message.split("\n")[0] ?? "" : String(shape.message ?? "unknown error");
}
__name(gitHubMessage, "gitHubMessage");
function redactToken(text2, token) {
  let out = text2.replace(/\b(gh[pousr]_[A-Za-z0-9_]{16,}|github_pat_[A-Za-z0-9_]{20,})\b/g, "***");
  out = out.replace(/(authorization["']?\s*[:=]\s*["']?)(?:token|bearer)\s+[^\s"',}]+/gi, "$1***");
  if (token && token.length >= 4) out = out.split(token).join("***");
  return out;
}
__name(redactToken, "redactToken");
function classifyError(error, options) {
  const shape = shapeOf(error);
  const status = typeof shape.status === "number" ? shape.status : void 0;
  const message = gitHubMessage(shape);
  const method = typeof shape.request?.method === "string" ? shape.request.method : void 0;
  const url = typeof shape.request?.url === "string" ? shape.request.url.replace(/\?.*$/, "") : void 0;
  const where = method && url ? ` (${method} ${url})` : "";
  if (status === 403 && /Resource not accessible by (integration|personal access token)/i.test(message)) {
    const accepted = shape.response?.headers?.["x-accepted-github-permissions"];
    const acceptedText = typeof accepted === "string" ? accepted : void 0;
    const line = PERMISSION_LINE[options.surface];
    const parts = [
      `Could not publish ${SURFACE_NAME[options.surface]}: GitHub answered 403 "${message}"${where}.`,
      options.isFork ? `This pull request comes from a fork, where GITHUB_TOKEN is read-only whatever \`permissions:\` says. To post results for fork pull requests, run the gate here with \`comment: false\`, upload its JSON report as an artifact, and publish it from a second workflow triggered by \`workflow_run\` (which runs in the base repository with a write token) using the action's \`publish\` mode.` : `The token lacks a permission: add \`${line}\` under \`permissions:\` in the workflow (or the job).`
    ];
    if (acceptedText) parts.push(`GitHub accepts: ${acceptedText}.`);
    return new PermissionError(
      redactToken(parts.join(" "), options.token),
      options.surface,
      line,
      acceptedText,
      status
    );
  }
  const prefix = status === void 0 ? "GitHub request failed" : `GitHub answered ${status}`;
  return new GitHubApiError(redactToken(`${prefix}${where}: ${message}`, options.token), status);
}
__name(classifyError, "classifyError");
function statusOf(error) {
  const status = error !== null && typeof error === "object" ? error.status : void 0;
  return typeof status === "number" ? status : void 0;
}
__name(statusOf, "statusOf");
function isUncertain(error) {
  const status = statusOf(error);
  return status === void 0 || status >= 500;
}
__name(isUncertain, "isUncertain");

// src/github/pr-body.ts
async function fetchPullRequestBody(octokit, ref) {
  try {
    const { data } = await octokit.rest.pulls.get({
      owner: ref.owner,
      repo: ref.repo,
      pull_number: ref.pullNumber
    });
    return data.body ?? "";
  } catch (error) {
    throw classifyError(error, { surface: "pull-request", isFork: ref.isFork });
  }
}
__name(fetchPullRequestBody, "fetchPullRequestBody");
var FENCE = /^ {0,3}(`{3,}|~{3,})/;
var TICKED = /^\s*(?:[-*+]|\d{1,9}[.)])\s+\[[xX]\](?:\s+(.*))?$/;
function tickedBoxes(body) {
  const boxes = [];
  let fence;
  for (const line of body.split(/\r\n|\r|\n/)) {
    const fenceMatch = FENCE.exec(line);
    if (fence === void 0 && fenceMatch) {
      fence = fenceMatch[1];
      continue;
    }
    if (fence !== void 0) {
      if (fenceMatch && fenceMatch[1]?.[0] === fence[0] && (fenceMatch[1]?.length ?? 0) >= fence.length && line.trim() === fenceMatch[1])
        fence = void 0;
      continue;
    }
    const match = TICKED.exec(line);
    const text2 = match?.[1]?.trim();
    if (text2) boxes.push({ text: text2 });
  }
  return boxes;
}
__name(tickedBoxes, "tickedBoxes");

// src/render/fit-markdown.ts
function defaultNote(omitted) {
  return `> [!NOTE]
> Cut to fit GitHub's size limit: ${omitted.lines} lines (${omitted.chars} of ${omitted.totalChars} characters) were left out. The full report is in the job summary and the JSON report of this run.`;
}
__name(defaultNote, "defaultNote");
var FENCE2 = /^ {0,3}(`{3,}|~{3,})/;
var TABLE_ROW = /^\s*\|/;
var TABLE_DELIMITER = /^\s*\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$/;
function byteLength(text2) {
  return Buffer.byteLength(text2, "utf8");
}
__name(byteLength, "byteLength");
function cutCodePoints(text2, maxChars, maxBytes = Number.POSITIVE_INFINITY) {
  let chars = 0;
  let bytes = 0;
  for (const codePoint of text2) {
    const size = codePoint.length;
    const codePointBytes = byteLength(codePoint);
    if (chars + size > maxChars || bytes + codePointBytes > maxBytes) break;
    chars += size;
    bytes += codePointBytes;
  }
  return text2.slice(0, chars);
}
__name(cutCodePoints, "cutCodePoints");
function openFenceAt(text2) {
  let fence;
  for (const line of text2.split("\n")) {
    const match = FENCE2.exec(line);
    if (fence === void 0 && match) fence = match[1];
    else if (fence !== void 0 && match && match[1]?.[0] === fence[0] && (match[1]?.length ?? 0) >= fence.length && line.trim() === match[1])
      fence = void 0;
  }
  return fence;
}
__name(openFenceAt, "openFenceAt");
function fitMarkdown(body, options) {
  const maxBytes = options.maxBytes ?? Number.POSITIVE_INFINITY;
  if (body.length <= options.maxChars && byteLength(body) <= maxBytes) return body;
  const note = options.note ?? defaultNote;
  const lines = body.split("\n");
  const totalLines = lines.length;
  const boundaries = [];
  let offset = 0;
  let bytes = 0;
  let fence;
  let openDetails = 0;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const fenceMatch = FENCE2.exec(line);
    if (fence === void 0 && fenceMatch) fence = fenceMatch[1];
    else if (fence !== void 0 && fenceMatch && fenceMatch[1]?.[0] === fence[0] && (fenceMatch[1]?.length ?? 0) >= fence.length && line.trim() === fenceMatch[1])
      fence = void 0;
    if (fence === void 0) {
      openDetails += (line.match(/<details[\s>]/gi) ?? []).length;
      openDetails = Math.max(0, openDetails - (line.match(/<\/details>/gi) ?? []).length);
    }
    offset += line.length + 1;
    bytes += byteLength(line) + 1;
    const next = lines[index + 1];
    const splitsTableHead = TABLE_ROW.test(line) && next !== void 0 && TABLE_DELIMITER.test(next) && !TABLE_DELIMITER.test(line);
    if (fence === void 0 && !splitsTableHead)
      boundaries.push({ offset, bytes, lineIndex: index, openDetails });
  }
  const closing = /* @__PURE__ */ __name((depth) => "\n</details>\n".repeat(depth), "closing");
  const assemble = /* @__PURE__ */ __name((kept2, suffix, keptFromBody) => {
    const keptLines = keptFromBody === "" ? 0 : keptFromBody.replace(/\n$/, "").split("\n").length;
    const omitted = {
      chars: body.length - keptFromBody.length,
      lines: Math.max(0, totalLines - keptLines),
      totalChars: body.length
    };
    return `${kept2}${suffix}
${note(omitted)}
`;
  }, "assemble");
  const fits = /* @__PURE__ */ __name((text2) => text2.length <= options.maxChars && byteLength(text2) <= maxBytes, "fits");
  for (let index = boundaries.length - 1; index >= 0; index--) {
    const boundary = boundaries[index];
    if (boundary.offset > options.maxChars + 1 || boundary.bytes > maxBytes + 1) continue;
    const kept2 = body.slice(0, boundary.offset);
    const candidate = assemble(kept2, closing(boundary.openDetails), kept2);
    if (fits(candidate)) return candidate;
  }
  const reserve = assemble("", "", "");
  const kept = cutCodePoints(
    body,
    Math.max(0, options.maxChars - reserve.length - 32),
    Math.max(0, maxBytes - byteLength(reserve) - 64)
  );
  const openFence = openFenceAt(kept);
  const result = assemble(kept, openFence === void 0 ? "\n" : `
${openFence}
`, kept);
  return fits(result) ? result : cutCodePoints(result, options.maxChars, maxBytes);
}
__name(fitMarkdown, "fitMarkdown");

export {
  require_tunnel2 as require_tunnel,
  buildAnnotations,
  cutCodePoints,
  fitMarkdown,
  maskVerdict,
  derivePublishContext,
  lineUrl,
  commitUrlOf,
  PermissionError,
  GitHubApiError,
  redactToken,
  classifyError,
  statusOf,
  isUncertain,
  fetchPullRequestBody,
  tickedBoxes
};
//# sourceMappingURL=shared-render-fit-markdown.js.map
