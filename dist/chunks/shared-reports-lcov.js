import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  ScanTally,
  severityOfScore,
  severityWord,
  trivyFindings
} from "./shared-reports-scan-tally.js";
import {
  openRegularFile,
  readCappedSync,
  readRegularFileSync,
  streamCapped
} from "./shared-workspace-regular-file.js";
import {
  MAX_FINDINGS,
  MAX_JSON_BYTES,
  ReportError,
  ratio,
  zeroSeverities
} from "./shared-reports-types.js";
import {
  displayPath,
  resolveRealInside,
  toRepoRelative,
  toSlashes
} from "./shared-workspace-paths.js";
import {
  path_default
} from "./shared-rg-builtin-path.js";
import {
  fs_default
} from "./shared-rg-builtin-fs.js";
import {
  __name
} from "./shared-runtime.js";

// src/reports/json-report.ts
async function readJson(source, maxBytes = MAX_JSON_BYTES) {
  if (source.sizeBytes > maxBytes) {
    throw new ReportError(
      `is ${formatBytes(source.sizeBytes)}, above the ${formatBytes(maxBytes)} limit for JSON reports (JSON is read whole)`
    );
  }
  const bytes = await source.bytes();
  let text = bytes.toString("utf8");
  if (text.charCodeAt(0) === 65279) text = text.slice(1);
  try {
    return JSON.parse(text);
  } catch (error) {
    if (error instanceof RangeError)
      throw new ReportError(`is nested too deeply to parse as JSON (${error.message})`);
    const message = error instanceof Error ? error.message : String(error);
    throw new ReportError(`is not valid JSON: ${message}`);
  }
}
__name(readJson, "readJson");
function formatBytes(bytes) {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(0)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${bytes} bytes`;
}
__name(formatBytes, "formatBytes");
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
__name(isObject, "isObject");
function describeValue(value) {
  if (value === void 0) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return `"${value.length > 40 ? value.slice(0, 40) + "\u2026" : value}"`;
  return String(value);
}
__name(describeValue, "describeValue");
function expectObject(value, field) {
  if (!isObject(value))
    throw new ReportError(`${field} must be an object, found ${describeValue(value)}`);
  return value;
}
__name(expectObject, "expectObject");
function expectArray(value, field) {
  if (!Array.isArray(value))
    throw new ReportError(`${field} must be an array, found ${describeValue(value)}`);
  return value;
}
__name(expectArray, "expectArray");
function expectNumber(value, field) {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new ReportError(`${field} must be a number, found ${describeValue(value)}`);
  }
  return value;
}
__name(expectNumber, "expectNumber");
function optionalArray(value, field) {
  if (value === void 0 || value === null) return [];
  return expectArray(value, field);
}
__name(optionalArray, "optionalArray");
function optionalString(value) {
  return typeof value === "string" ? value : void 0;
}
__name(optionalString, "optionalString");

// src/reports/bandit-json.ts
var LEVELS = { HIGH: "high", MEDIUM: "medium", LOW: "low" };
var FINDING_LEVEL = {
  high: "error",
  medium: "warning",
  low: "notice"
};
var banditJsonReader = {
  format: "bandit-json",
  family: "security",
  detect: /* @__PURE__ */ __name((head) => head.trimStart().startsWith("{") && head.includes('"generated_at"') && (head.includes('"metrics"') || head.includes('"results"')), "detect"),
  read: /* @__PURE__ */ __name(async (source) => {
    const root = expectObject(await readJson(source), "the report");
    if (root["results"] === void 0)
      throw new ReportError('has no "results" array (not a bandit JSON report)');
    const results = expectArray(root["results"], "results");
    const matrix = {
      high: { high: 0, medium: 0, low: 0 },
      medium: { high: 0, medium: 0, low: 0 },
      low: { high: 0, medium: 0, low: 0 }
    };
    const findings = [];
    const findingConfidence = [];
    const scope = source.findingScope;
    let outOfScope = 0;
    const findingSeverity = [];
    const findingTestId = [];
    results.forEach((entry, i) => {
      if (!isObject(entry)) throw new ReportError(`results[${i}] must be an object`);
      const severityText = entry["issue_severity"];
      if (typeof severityText !== "string")
        throw new ReportError(`results[${i}].issue_severity is missing`);
      const severity = LEVELS[severityText.toUpperCase()];
      if (severity === void 0) return;
      const confidenceText = optionalString(entry["issue_confidence"]) ?? "";
      const confidence = LEVELS[confidenceText.toUpperCase()] ?? "low";
      const filename = optionalString(entry["filename"]);
      const file = filename === void 0 ? void 0 : toRepoRelative(filename, source.workdir);
      const line = entry["line_number"];
      const hasLine = file !== void 0 && typeof line === "number" && line > 0;
      const range = entry["line_range"];
      const endLine = hasLine && Array.isArray(range) && typeof range.at(-1) === "number" ? Math.max(line, range.at(-1)) : void 0;
      const inScope = scope === void 0 ? void 0 : scope({
        ...file === void 0 ? {} : { file },
        ...hasLine ? { line } : {},
        ...endLine === void 0 ? {} : { endLine }
      });
      if (inScope === false) outOfScope++;
      else matrix[severity][confidence]++;
      if (findings.length < MAX_FINDINGS) {
        const testId = optionalString(entry["test_id"]) ?? "bandit";
        const testName = optionalString(entry["test_name"]);
        findings.push({
          ...file === void 0 ? {} : { file },
          ...hasLine ? { line } : {},
          ...endLine !== void 0 && endLine > line ? { endLine } : {},
          level: FINDING_LEVEL[severity],
          title: testName === void 0 ? testId : `${testId} ${testName}`,
          message: `${optionalString(entry["issue_text"]) ?? ""} (severity ${severityText}, confidence ${confidenceText || "unknown"})`,
          ...inScope === void 0 ? {} : { inScope }
        });
        findingConfidence.push(confidence);
        findingSeverity.push(severity);
        findingTestId.push(testId);
      }
    });
    const sum = /* @__PURE__ */ __name((level) => matrix[level].high + matrix[level].medium + matrix[level].low, "sum");
    const report = {
      kind: "bandit",
      format: "bandit-json",
      file: source.displayName,
      metrics: { high: sum("high"), medium: sum("medium"), low: sum("low") },
      matrix,
      findings,
      findingConfidence,
      ...scope === void 0 ? {} : { outOfScope },
      findingSeverity,
      findingTestId
    };
    return report;
  }, "read")
};

// src/reports/xml-scan.ts
var XmlSyntaxError = class extends Error {
  static {
    __name(this, "XmlSyntaxError");
  }
  name = "XmlSyntaxError";
};
var NAMED_ENTITIES = Object.assign(/* @__PURE__ */ Object.create(null), {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'"
});
var MAX_PENDING_TEXT = 1024 * 1024;
var XmlScanner = class {
  constructor(handlers) {
    this.handlers = handlers;
  }
  handlers;
  static {
    __name(this, "XmlScanner");
  }
  buffer = "";
  stack = [];
  isRootClosed = false;
  sawRoot = false;
  /** Lines before `buffer` starts, for error positions. */
  linesBefore = 0;
  columnBase = 0;
  /** Index of the next `&` in the text being scanned at or after the last text run (-1: none left, -2: unknown). */
  nextAmp = -2;
  /** The first "<" after the current tag's (-2: not known); the scan loop reuses it. */
  nextLt = -2;
  /** Start and end of each attribute name of the tag being read (for the duplicate check). */
  attributeNames = [];
  /** Tag names met lately, so that each tag does not make a new string. */
  recentNames = [];
  recentNext = 0;
  /** Text consumed but whose lines are not counted yet (counted only when a message needs them). */
  uncountedText = "";
  uncountedLength = 0;
  write(chunk) {
    if (chunk.indexOf("\0") !== -1) {
      this.fail(
        this.buffer.length + chunk.indexOf("\0"),
        "contains NUL bytes (binary data)",
        this.buffer + chunk
      );
    }
    const text = this.buffer === "" ? chunk : this.buffer + chunk;
    const consumed = this.scan(text, false);
    this.advance(text, consumed);
  }
  close() {
    const text = this.buffer;
    const consumed = this.scan(text, true);
    if (consumed === text.length && this.sawRoot && this.stack.length === 0) return;
    this.advance(text, consumed);
    if (this.buffer.trim() !== "")
      this.fail(0, "unexpected end of file inside markup", this.buffer);
    if (!this.sawRoot) this.fail(0, "no root element", text);
    if (this.stack.length > 0) {
      this.fail(
        text.length,
        `unexpected end of file: <${this.stack[this.stack.length - 1]}> is not closed`,
        text
      );
    }
  }
  /** Keeps the unconsumed tail; its lines are counted later, if ever a position is needed. */
  advance(text, consumed) {
    this.countLines();
    this.uncountedText = text;
    this.uncountedLength = consumed;
    this.buffer = consumed === 0 ? text : text.slice(consumed);
  }
  /** Adds the lines of the text consumed so far to the position base. */
  countLines() {
    const text = this.uncountedText;
    const consumed = this.uncountedLength;
    if (consumed === 0) return;
    this.uncountedText = "";
    this.uncountedLength = 0;
    let nl = text.indexOf("\n");
    let last = -1;
    while (nl !== -1 && nl < consumed) {
      this.linesBefore++;
      last = nl;
      nl = text.indexOf("\n", nl + 1);
    }
    this.columnBase = last === -1 ? this.columnBase + consumed : consumed - last - 1;
  }
  fail(index, message, text) {
    this.countLines();
    let line = this.linesBefore + 1;
    let lineStart = -1;
    for (let i = text.indexOf("\n"); i !== -1 && i < index; i = text.indexOf("\n", i + 1)) {
      line++;
      lineStart = i;
    }
    const column = lineStart === -1 ? this.columnBase + index + 1 : index - lineStart;
    throw new XmlSyntaxError(`${line}:${column}: ${message}`);
  }
  /** Scans as far as complete tokens go; returns how many characters were consumed. */
  scan(text, isLast) {
    const handlers = this.handlers;
    const stack = this.stack;
    const length = text.length;
    let i = 0;
    this.nextAmp = -2;
    this.nextLt = -2;
    for (; ; ) {
      const known = this.nextLt;
      this.nextLt = -2;
      const lt = known !== -2 && (known === -1 || known >= i) ? known : text.indexOf("<", i);
      const textEnd = lt === -1 ? length : lt;
      if (textEnd > i) {
        if (lt === -1 && !isLast) {
          if (length - i <= MAX_PENDING_TEXT) return i;
          const amp = text.lastIndexOf("&");
          let cut = amp > i && length - amp < 16 ? amp : length;
          if (text.charCodeAt(cut - 1) === 13 && cut - 1 > i) cut--;
          this.handleText(text, i, cut);
          return cut;
        }
        this.handleText(text, i, textEnd);
      }
      if (lt === -1) return length;
      const next = text.charCodeAt(lt + 1);
      if (Number.isNaN(next))
        return isLast ? this.fail(lt, 'unexpected end of file after "<"', text) : lt;
      if (next === 47) {
        const gt = text.indexOf(">", lt + 2);
        if (gt === -1)
          return isLast ? this.fail(lt, "unexpected end of file in a closing tag", text) : lt;
        const open = stack[stack.length - 1];
        if (open === void 0)
          this.fail(lt, `unexpected closing tag </${text.slice(lt + 2, gt).trimEnd()}>`, text);
        const after = lt + 2 + open.length;
        if (!text.startsWith(open, lt + 2) || after !== gt && text.slice(after, gt).trim() !== "") {
          this.fail(
            lt,
            `mismatched tag: </${text.slice(lt + 2, gt).trimEnd()}> closes <${open}>`,
            text
          );
        }
        stack.pop();
        handlers.close(open, stack.length);
        if (stack.length === 0) this.isRootClosed = true;
        i = gt + 1;
        continue;
      }
      if (next === 33) {
        if (text.startsWith("<!--", lt)) {
          const end2 = text.indexOf("-->", lt + 4);
          if (end2 === -1)
            return isLast ? this.fail(lt, "unexpected end of file in a comment", text) : lt;
          i = end2 + 3;
          continue;
        }
        if (text.startsWith("<![CDATA[", lt)) {
          const end2 = text.indexOf("]]>", lt + 9);
          if (end2 === -1)
            return isLast ? this.fail(lt, "unexpected end of file in CDATA", text) : lt;
          if (stack.length === 0) this.fail(lt, "CDATA outside the root element", text);
          if (handlers.wantsText()) handlers.text(normalizeLineEnds(text.slice(lt + 9, end2)));
          i = end2 + 3;
          continue;
        }
        if (text.startsWith("<!DOCTYPE", lt)) {
          if (this.sawRoot) this.fail(lt, "DOCTYPE after the root element", text);
          const close = text.indexOf(">", lt);
          const bracket = text.indexOf("[", lt);
          let end2 = close;
          if (bracket !== -1 && (close === -1 || bracket < close)) {
            const rightBracket = text.indexOf("]", bracket);
            end2 = rightBracket === -1 ? -1 : text.indexOf(">", rightBracket);
          }
          if (end2 === -1)
            return isLast ? this.fail(lt, "unexpected end of file in DOCTYPE", text) : lt;
          handlers.doctype(text.slice(lt + 9, end2));
          i = end2 + 1;
          continue;
        }
        if (lt + 9 > length && !isLast) return lt;
        this.fail(lt, 'unexpected markup "<!"', text);
      }
      if (next === 63) {
        const end2 = text.indexOf("?>", lt + 2);
        if (end2 === -1)
          return isLast ? this.fail(lt, "unexpected end of file in a processing instruction", text) : lt;
        i = end2 + 2;
        continue;
      }
      const end = this.startTag(text, lt, isLast);
      if (end === -1) return lt;
      i = end;
    }
  }
  handleText(text, start, end) {
    if (this.stack.length === 0) {
      for (let k = start; k < end; k++) {
        const c = text.charCodeAt(k);
        if (c !== 32 && c !== 10 && c !== 13 && c !== 9 && !(c === 65279 && k === 0 && !this.sawRoot)) {
          this.fail(
            k,
            this.isRootClosed ? "text after the root element" : "text before the root element",
            text
          );
        }
      }
      return;
    }
    if (this.nextAmp !== -1 && this.nextAmp < start) this.nextAmp = text.indexOf("&", start);
    if (this.nextAmp === -1 || this.nextAmp >= end) {
      if (this.handlers.wantsText()) this.handlers.text(normalizeLineEnds(text.slice(start, end)));
      return;
    }
    const decoded2 = this.decode(text.slice(start, end), text, start);
    if (this.handlers.wantsText()) this.handlers.text(decoded2);
  }
  /**
   * Parses a start tag at `lt`; returns the index after it, or -1 when the chunk ends inside it.
   * The attributes are checked here (quoted, unique, no `<`, entities defined) without building
   * any string: the tag hands them out only when a reader asks (most tags' are never read).
   */
  startTag(text, lt, isLast) {
    const length = text.length;
    let j = lt + 1;
    while (j < length) {
      const c = text.charCodeAt(j);
      if (c === 32 || c === 10 || c === 13 || c === 9 || c === 47 || c === 62) break;
      j++;
    }
    if (j >= length) return isLast ? this.fail(lt, "unexpected end of file in a tag", text) : -1;
    const name = this.tagName(text, lt + 1, j);
    if (name === "" || !isNameStart(name.charCodeAt(0)))
      this.fail(lt, `invalid tag name "<${name}"`, text);
    const attributesFrom = j;
    this.nextLt = text.indexOf("<", lt + 1);
    let count = 0;
    let isSelfClosing = false;
    let attributesTo;
    for (; ; ) {
      let c = text.charCodeAt(j);
      while (c === 32 || c === 10 || c === 13 || c === 9) c = text.charCodeAt(++j);
      if (j >= length)
        return isLast ? this.fail(lt, `unexpected end of file in <${name}>`, text) : -1;
      if (c === 62) {
        attributesTo = j;
        j++;
        break;
      }
      if (c === 47) {
        if (j + 1 >= length)
          return isLast ? this.fail(lt, `unexpected end of file in <${name}>`, text) : -1;
        if (text.charCodeAt(j + 1) !== 62) this.fail(j, `expected "/>" in <${name}>`, text);
        isSelfClosing = true;
        attributesTo = j;
        j += 2;
        break;
      }
      j = this.attribute(text, j, lt, name, count, isLast);
      if (j === -1) return -1;
      count++;
    }
    if (this.stack.length === 0) {
      if (this.isRootClosed)
        this.fail(lt, "a second root element (documents may contain only one)", text);
      this.sawRoot = true;
    }
    const tag = new ScannedTag(
      name,
      isSelfClosing,
      count === 0 ? "" : text,
      attributesFrom,
      attributesTo
    );
    if (this.stack.length === 0) this.handlers.root?.(tag);
    this.handlers.open(tag, this.stack.length);
    if (isSelfClosing) {
      this.handlers.close(name, this.stack.length);
      if (this.stack.length === 0) this.isRootClosed = true;
    } else {
      this.stack.push(name);
    }
    return j;
  }
  /**
   * Checks one attribute at `j` (its name starts there) of a tag opened at `lt`, as the
   * `count`-th; returns the index after its value, or -1 when the chunk ends inside it.
   */
  attribute(text, j, lt, name, count, isLast) {
    const length = text.length;
    let c = text.charCodeAt(j);
    const nameStart = j;
    while (j < length) {
      c = text.charCodeAt(j);
      if (c === 61 || c === 32 || c === 10 || c === 13 || c === 9 || c === 62 || c === 47 || c === 60 || c === 34 || c === 39)
        break;
      j++;
    }
    if (j >= length)
      return isLast ? this.fail(lt, `unexpected end of file in <${name}>`, text) : -1;
    const nameEnd = j;
    if (nameEnd === nameStart || !isNameStart(text.charCodeAt(nameStart)))
      this.fail(nameStart, `malformed attribute in <${name}>`, text);
    while (c === 32 || c === 10 || c === 13 || c === 9) c = text.charCodeAt(++j);
    if (j >= length)
      return isLast ? this.fail(lt, `unexpected end of file in <${name}>`, text) : -1;
    if (c !== 61)
      this.fail(j, `attribute ${text.slice(nameStart, nameEnd)} of <${name}> has no value`, text);
    let q = j + 1;
    c = text.charCodeAt(q);
    while (c === 32 || c === 10 || c === 13 || c === 9) c = text.charCodeAt(++q);
    if (q >= length)
      return isLast ? this.fail(lt, `unexpected end of file in <${name}>`, text) : -1;
    if (c !== 34 && c !== 39)
      this.fail(q, `attribute ${text.slice(nameStart, nameEnd)} of <${name}> is not quoted`, text);
    const close = text.indexOf(c === 34 ? '"' : "'", q + 1);
    if (close === -1)
      return isLast ? this.fail(lt, `unexpected end of file in <${name}>`, text) : -1;
    if (this.nextLt !== -1 && this.nextLt <= q) this.nextLt = text.indexOf("<", q + 1);
    if (this.nextLt !== -1 && this.nextLt < close) {
      this.fail(
        this.nextLt,
        `"<" in the value of attribute ${text.slice(nameStart, nameEnd)} of <${name}>`,
        text
      );
    }
    if (this.nextAmp !== -1 && this.nextAmp <= q) this.nextAmp = text.indexOf("&", q + 1);
    const hasAmp = this.nextAmp !== -1 && this.nextAmp < close;
    if (hasAmp) this.decode(text.slice(q + 1, close), text, q + 1);
    for (let k = 0; k < count; k++) {
      const otherStart = this.attributeNames[2 * k];
      const otherLength = this.attributeNames[2 * k + 1] - otherStart;
      if (otherLength === nameEnd - nameStart && sameText(text, otherStart, nameStart, otherLength))
        this.fail(j, `duplicate attribute ${text.slice(nameStart, nameEnd)} in <${name}>`, text);
    }
    this.attributeNames[2 * count] = nameStart;
    this.attributeNames[2 * count + 1] = nameEnd;
    j = close + 1;
    const after = text.charCodeAt(j);
    if (j < length && after !== 32 && after !== 10 && after !== 13 && after !== 9 && after !== 62 && after !== 47) {
      this.fail(j, `expected whitespace between attributes of <${name}>`, text);
    }
    return j;
  }
  /** The tag name at text[start, end), reusing an earlier string for a name seen recently. */
  tagName(text, start, end) {
    const names = this.recentNames;
    const length = end - start;
    for (let k = 0; k < names.length; k++) {
      const known = names[k];
      if (known.length === length && text.startsWith(known, start)) return known;
    }
    const name = text.slice(start, end);
    if (names.length < 16) names.push(name);
    else names[this.recentNext++ & 15] = name;
    return name;
  }
  /** Replaces the five named entities and character references; any other entity is an error. */
  decode(raw, text, offset) {
    let out = "";
    let i = 0;
    for (let amp = raw.indexOf("&"); amp !== -1; amp = raw.indexOf("&", i)) {
      out += normalizeLineEnds(raw.slice(i, amp));
      const semi = raw.indexOf(";", amp + 1);
      if (semi === -1 || semi - amp > 12)
        this.fail(offset + amp, 'unescaped "&" (or an entity without ";")', text);
      const entity = raw.slice(amp + 1, semi);
      if (entity.charCodeAt(0) === 35) {
        const code = entity.charCodeAt(1) === 120 ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
        const isDigits = entity.charCodeAt(1) === 120 ? /^#x[0-9a-fA-F]+$/.test(entity) : /^#[0-9]+$/.test(entity);
        if (!isDigits || !(code > 0 && code <= 1114111))
          this.fail(offset + amp, `invalid character reference &${entity};`, text);
        out += String.fromCodePoint(code);
      } else {
        const named = NAMED_ENTITIES[entity];
        if (named === void 0)
          this.fail(offset + amp, `undefined entity &${entity}; (entities are not expanded)`, text);
        out += named;
      }
      i = semi + 1;
    }
    return out + normalizeLineEnds(raw.slice(i));
  }
};
function sameText(text, a, b, length) {
  for (let k = 0; k < length; k++)
    if (text.charCodeAt(a + k) !== text.charCodeAt(b + k)) return false;
  return true;
}
__name(sameText, "sameText");
function isNameStart(c) {
  return c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95 || c === 58 || c > 127;
}
__name(isNameStart, "isNameStart");
function checkedTag(name, text, from, to, isSelfClosing) {
  return new ScannedTag(name, isSelfClosing, text, from, to);
}
__name(checkedTag, "checkedTag");
function hasValidEntities(text, from, to) {
  for (let amp = text.indexOf("&", from); amp !== -1 && amp < to; amp = text.indexOf("&", amp + 1)) {
    const semi = text.indexOf(";", amp + 1);
    if (semi === -1 || semi - amp > 12 || semi >= to) return false;
    const entity = text.slice(amp + 1, semi);
    if (entity.charCodeAt(0) === 35) {
      const isHex = entity.charCodeAt(1) === 120;
      if (!(isHex ? /^#x[0-9a-fA-F]+$/ : /^#[0-9]+$/).test(entity)) return false;
      const code = isHex ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      if (!(code > 0 && code <= 1114111)) return false;
    } else if (NAMED_ENTITIES[entity] === void 0) {
      return false;
    }
  }
  return true;
}
__name(hasValidEntities, "hasValidEntities");
function decodeCheckedText(raw) {
  const text = normalizeLineEnds(raw);
  return text.includes("&") ? decodeEntities(text) : text;
}
__name(decodeCheckedText, "decodeCheckedText");
function normalizeLineEnds(text) {
  return text.indexOf("\r") === -1 ? text : text.replace(/\r\n?/g, "\n");
}
__name(normalizeLineEnds, "normalizeLineEnds");
var ScannedTag = class {
  constructor(name, isSelfClosing, text, from, to) {
    this.name = name;
    this.isSelfClosing = isSelfClosing;
    this.text = text;
    this.from = from;
    this.to = to;
  }
  name;
  isSelfClosing;
  text;
  from;
  to;
  static {
    __name(this, "ScannedTag");
  }
  parsed;
  get attributes() {
    return this.parsed ??= this.text === "" ? {} : parseAttributes(this.text, this.from, this.to);
  }
  attribute(name) {
    if (this.parsed !== void 0) return this.parsed[name];
    if (this.text === "") return void 0;
    return findAttribute(this.text, this.from, this.to, name);
  }
};
function findAttribute(text, from, to, name) {
  let j = from;
  for (; ; ) {
    let c = text.charCodeAt(j);
    while (c === 32 || c === 10 || c === 13 || c === 9) c = text.charCodeAt(++j);
    if (j >= to) return void 0;
    const nameStart = j;
    while (c !== 61 && c !== 32 && c !== 10 && c !== 13 && c !== 9) c = text.charCodeAt(++j);
    const isWanted = j - nameStart === name.length && text.startsWith(name, nameStart);
    while (c !== 34 && c !== 39) c = text.charCodeAt(++j);
    const close = text.indexOf(c === 34 ? '"' : "'", j + 1);
    if (isWanted) {
      let value = text.slice(j + 1, close);
      if (/[\n\r\t]/.test(value)) value = value.replace(/\r\n|[\n\r\t]/g, " ");
      return value.includes("&") ? decodeEntities(value) : value;
    }
    j = close + 1;
  }
}
__name(findAttribute, "findAttribute");
function parseAttributes(text, from, to) {
  const attributes = {};
  let j = from;
  for (; ; ) {
    let c = text.charCodeAt(j);
    while (c === 32 || c === 10 || c === 13 || c === 9) c = text.charCodeAt(++j);
    if (j >= to) return attributes;
    const nameStart = j;
    while (c !== 61 && c !== 32 && c !== 10 && c !== 13 && c !== 9) c = text.charCodeAt(++j);
    const name = text.slice(nameStart, j);
    while (c !== 34 && c !== 39) c = text.charCodeAt(++j);
    const close = text.indexOf(c === 34 ? '"' : "'", j + 1);
    let value = text.slice(j + 1, close);
    if (/[\n\r\t]/.test(value)) value = value.replace(/\r\n|[\n\r\t]/g, " ");
    if (value.includes("&")) value = decodeEntities(value);
    attributes[name] = value;
    j = close + 1;
  }
}
__name(parseAttributes, "parseAttributes");
function decodeEntities(raw) {
  return raw.replace(
    /&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g,
    (_, entity) => entity.charCodeAt(0) === 35 ? String.fromCodePoint(
      entity.charCodeAt(1) === 120 ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10)
    ) : NAMED_ENTITIES[entity]
  );
}
__name(decodeEntities, "decodeEntities");

// src/reports/xml-stream.ts
async function parseXml(source, roots, handlers) {
  const scanner = reportScanner(roots, handlers);
  try {
    for await (const chunk of source.chunks()) scanner.write(chunk);
    scanner.close();
  } catch (error) {
    throw asReportError(error);
  }
}
__name(parseXml, "parseXml");
function parseXmlText(text, roots, handlers) {
  const scanner = reportScanner(roots, handlers);
  try {
    scanner.write(text);
    scanner.close();
  } catch (error) {
    throw asReportError(error);
  }
}
__name(parseXmlText, "parseXmlText");
function reportScanner(roots, handlers) {
  const wantsText = handlers.wantsText ?? (() => handlers.text !== void 0);
  return new XmlScanner({
    root: /* @__PURE__ */ __name((tag) => {
      if (!roots.includes(tag.name)) {
        throw new ReportError(
          `has root element <${tag.name}>, expected ${roots.map((r) => `<${r}>`).join(" or ")}`
        );
      }
    }, "root"),
    open: handlers.open,
    close: handlers.close ?? (() => void 0),
    text: handlers.text ?? (() => void 0),
    wantsText,
    doctype: /* @__PURE__ */ __name((content) => {
      if (content.includes("<!ENTITY"))
        throw new ReportError("declares entities in its DOCTYPE; refusing to expand them");
    }, "doctype")
  });
}
__name(reportScanner, "reportScanner");
function asReportError(error) {
  return error instanceof XmlSyntaxError ? new ReportError(`is not well-formed XML: ${error.message}`) : error;
}
__name(asReportError, "asReportError");
function xmlRootName(head) {
  let i = 0;
  if (head.charCodeAt(0) === 65279) i = 1;
  for (; ; ) {
    const lt = head.indexOf("<", i);
    if (lt === -1) return void 0;
    if (head.slice(i, lt).trim() !== "") return void 0;
    const next = head[lt + 1];
    if (next === "?") {
      const end = head.indexOf("?>", lt);
      if (end === -1) return void 0;
      i = end + 2;
    } else if (head.startsWith("<!--", lt)) {
      const end = head.indexOf("-->", lt);
      if (end === -1) return void 0;
      i = end + 3;
    } else if (next === "!") {
      const bracket = head.indexOf("[", lt);
      const close = head.indexOf(">", lt);
      if (close === -1) return void 0;
      if (bracket !== -1 && bracket < close) {
        const rightBracket = head.indexOf("]", bracket);
        const gt = rightBracket === -1 ? -1 : head.indexOf(">", rightBracket);
        if (gt === -1) return void 0;
        i = gt + 1;
      } else {
        i = close + 1;
      }
    } else {
      let j = lt + 1;
      while (j < head.length && !" 	\r\n/>".includes(head[j])) j++;
      return head.slice(lt + 1, j);
    }
  }
}
__name(xmlRootName, "xmlRootName");
function xmlRootTag(head) {
  const name = xmlRootName(head);
  if (name === void 0) return void 0;
  const start = head.indexOf("<" + name);
  const end = head.indexOf(">", start);
  return end === -1 ? head.slice(start) : head.slice(start, end + 1);
}
__name(xmlRootTag, "xmlRootTag");
function intAttr(tag, name) {
  const raw = tag.attributes[name];
  if (raw === void 0 || raw === "") return void 0;
  const value = Number(raw);
  if (!Number.isFinite(value))
    throw new ReportError(`<${tag.name} ${name}="${raw}"> is not a number`);
  return value;
}
__name(intAttr, "intAttr");

// src/reports/lint-tally.ts
var FINDING_LEVEL2 = {
  error: "error",
  warning: "warning",
  note: "notice"
};
var LintTally = class {
  constructor(workdir, scope) {
    this.workdir = workdir;
    this.scope = scope;
  }
  workdir;
  scope;
  static {
    __name(this, "LintTally");
  }
  errors = 0;
  warnings = 0;
  notes = 0;
  /** Under a scope, findings outside it (listed, not counted). */
  outOfScope = 0;
  findings = [];
  add(level, input) {
    const scope = this.scope;
    if (scope === void 0 && this.findings.length >= MAX_FINDINGS) {
      this.count(level);
      return;
    }
    const file = input.file === void 0 ? void 0 : toRepoRelative(input.file, this.workdir);
    const hasLine = file !== void 0 && input.line !== void 0 && input.line > 0;
    const endLine = hasLine && input.endLine !== void 0 && input.endLine >= input.line ? input.endLine : void 0;
    let inScope;
    if (scope !== void 0) {
      inScope = scope({
        ...file === void 0 ? {} : { file },
        ...hasLine ? { line: input.line } : {},
        ...endLine === void 0 ? {} : { endLine }
      });
      if (inScope) this.count(level);
      else this.outOfScope++;
    } else this.count(level);
    if (this.findings.length >= MAX_FINDINGS) return;
    this.findings.push({
      ...file === void 0 ? {} : { file },
      ...hasLine ? { line: input.line } : {},
      ...endLine === void 0 ? {} : { endLine },
      ...hasLine && input.column !== void 0 && input.column > 0 ? { column: input.column } : {},
      level: FINDING_LEVEL2[level],
      ...input.title === void 0 ? {} : { title: input.title },
      message: input.message,
      ...inScope === void 0 ? {} : { inScope }
    });
  }
  count(level) {
    if (level === "error") this.errors++;
    else if (level === "warning") this.warnings++;
    else this.notes++;
  }
  metrics() {
    return { errors: this.errors, warnings: this.warnings, notes: this.notes };
  }
  report(format, file) {
    return {
      kind: "lint",
      format,
      file,
      metrics: this.metrics(),
      findings: this.findings,
      ...this.scope === void 0 ? {} : { outOfScope: this.outOfScope }
    };
  }
};
function lineNumber(value) {
  return typeof value === "number" && Number.isInteger(value) && value > 0 ? value : void 0;
}
__name(lineNumber, "lineNumber");

// src/reports/checkstyle.ts
var checkstyleReader = {
  format: "checkstyle",
  family: "lint",
  detect: /* @__PURE__ */ __name((head) => xmlRootName(head) === "checkstyle", "detect"),
  read: /* @__PURE__ */ __name(async (source) => {
    const tally = new LintTally(source.workdir, source.findingScope);
    let fileName;
    await parseXml(source, ["checkstyle"], {
      open: /* @__PURE__ */ __name((tag, depth) => {
        if (tag.name === "file" && depth === 1) fileName = tag.attributes["name"];
        else if (tag.name === "error" && depth === 2) {
          const severity = tag.attributes["severity"] ?? "error";
          let level;
          if (severity === "error") level = "error";
          else if (severity === "warning") level = "warning";
          else if (severity === "info") level = "note";
          if (level === void 0) return;
          const line = Number(tag.attributes["line"] ?? NaN);
          const column = Number(tag.attributes["column"] ?? NaN);
          const rule = tag.attributes["source"];
          tally.add(level, {
            ...fileName === void 0 ? {} : { file: fileName },
            ...Number.isInteger(line) ? { line } : {},
            ...Number.isInteger(column) ? { column } : {},
            ...rule === void 0 ? {} : { title: rule },
            message: tag.attributes["message"] ?? ""
          });
        }
      }, "open"),
      close: /* @__PURE__ */ __name((name) => {
        if (name === "file") fileName = void 0;
      }, "close")
    });
    return tally.report("checkstyle", source.displayName);
  }, "read")
};

// src/reports/clover.ts
var cloverReader = {
  format: "clover",
  family: "coverage",
  detect: /* @__PURE__ */ __name((head) => {
    if (xmlRootName(head) !== "coverage") return false;
    const tag = xmlRootTag(head) ?? "";
    return !tag.includes("line-rate") && (tag.includes("clover=") || tag.includes("generated=")) && head.includes("<project");
  }, "detect"),
  read: /* @__PURE__ */ __name(async (source) => {
    const stack = [];
    let project;
    const detail = source.wantDetail ? /* @__PURE__ */ new Map() : void 0;
    let currentFile;
    await parseXml(source, ["coverage"], {
      open: /* @__PURE__ */ __name((tag, depth) => {
        stack[depth] = tag.name;
        if (tag.name === "metrics" && stack[depth - 1] === "project" && depth === 2) {
          project = {
            statements: intAttr(tag, "statements"),
            coveredstatements: intAttr(tag, "coveredstatements"),
            conditionals: intAttr(tag, "conditionals"),
            coveredconditionals: intAttr(tag, "coveredconditionals"),
            methods: intAttr(tag, "methods"),
            coveredmethods: intAttr(tag, "coveredmethods")
          };
          return;
        }
        if (detail === void 0) return;
        if (tag.name === "file") {
          const written = tag.attributes["path"] ?? tag.attributes["name"] ?? "";
          const key = toRepoRelative(written, source.workdir) ?? toSlashes(written);
          currentFile = detail.get(key);
          if (currentFile === void 0 && source.keepDetail?.(key) === false) return;
          if (currentFile === void 0) {
            currentFile = { lines: /* @__PURE__ */ new Map(), branches: /* @__PURE__ */ new Map(), functions: /* @__PURE__ */ new Map() };
            detail.set(key, currentFile);
          }
        } else if (tag.name === "line" && currentFile !== void 0) {
          const num = intAttr(tag, "num") ?? 0;
          const type = tag.attributes["type"];
          if (type === "stmt")
            currentFile.lines.set(
              num,
              (currentFile.lines.get(num) ?? 0) + (intAttr(tag, "count") ?? 0)
            );
          else if (type === "cond") {
            const count = intAttr(tag, "count");
            if (count !== void 0)
              currentFile.lines.set(num, (currentFile.lines.get(num) ?? 0) + count);
            const t = (intAttr(tag, "truecount") ?? 0) > 0 ? 1 : 0;
            const f = (intAttr(tag, "falsecount") ?? 0) > 0 ? 1 : 0;
            currentFile.branches.set(String(num), [t + f, 2]);
          } else if (type === "method") {
            const key = `${num}:${tag.attributes["name"] ?? ""}`;
            currentFile.functions.set(
              key,
              (currentFile.functions.get(key) ?? 0) + (intAttr(tag, "count") ?? 0)
            );
          }
        }
      }, "open"),
      close: /* @__PURE__ */ __name((name) => {
        if (name === "file") currentFile = void 0;
      }, "close")
    });
    if (project === void 0)
      throw new ReportError("has no <project><metrics> element (Clover totals)");
    const {
      statements,
      coveredstatements,
      conditionals,
      coveredconditionals,
      methods,
      coveredmethods
    } = project;
    if (statements === void 0 || coveredstatements === void 0) {
      throw new ReportError("<project><metrics> lacks statements or coveredstatements");
    }
    const report = {
      kind: "coverage",
      format: "clover",
      file: source.displayName,
      metrics: {
        lines: ratio(coveredstatements, statements),
        branches: conditionals === void 0 ? null : ratio(coveredconditionals ?? 0, conditionals),
        functions: methods === void 0 ? null : ratio(coveredmethods ?? 0, methods)
      },
      has: { lines: true, branches: (conditionals ?? 0) > 0, functions: (methods ?? 0) > 0 },
      findings: [],
      ...detail === void 0 ? {} : { detail }
    };
    return report;
  }, "read")
};

// src/reports/cobertura.ts
var coberturaReader = {
  format: "cobertura",
  family: "coverage",
  detect: /* @__PURE__ */ __name((head) => {
    if (xmlRootName(head) !== "coverage") return false;
    const tag = xmlRootTag(head) ?? "";
    return tag.includes("line-rate") || tag.includes("lines-valid") || head.includes("cobertura");
  }, "detect"),
  read: /* @__PURE__ */ __name(async (source) => {
    const sources = [];
    let inSource = false;
    let sourceText = "";
    let rootLinesValid;
    let rootLinesCovered;
    let rootBranchesValid;
    let rootBranchesCovered;
    let needRecount = false;
    let needBranchRecount = false;
    const stack = [];
    const files = /* @__PURE__ */ new Map();
    let currentFile;
    await parseXml(source, ["coverage"], {
      open: /* @__PURE__ */ __name((tag, depth) => {
        stack[depth] = tag.name;
        if (depth === 0) {
          rootLinesValid = intAttr(tag, "lines-valid");
          rootLinesCovered = intAttr(tag, "lines-covered");
          rootBranchesValid = intAttr(tag, "branches-valid");
          rootBranchesCovered = intAttr(tag, "branches-covered");
          needRecount = rootLinesValid === void 0 || rootLinesCovered === void 0;
          needBranchRecount = !needRecount && rootBranchesValid === 0;
          return;
        }
        const name = tag.name;
        if (name === "source") {
          inSource = true;
          sourceText = "";
        } else if (name === "class") {
          if (!needRecount && !needBranchRecount && !source.wantDetail) return;
          const filename = tag.attributes["filename"] ?? tag.attributes["name"] ?? "";
          currentFile = files.get(filename);
          if (currentFile === void 0) {
            currentFile = { lines: /* @__PURE__ */ new Map(), branches: /* @__PURE__ */ new Map(), functions: /* @__PURE__ */ new Map() };
            files.set(filename, currentFile);
          }
        } else if (name === "line" && currentFile !== void 0 && stack[depth - 1] === "lines" && stack[depth - 2] === "class") {
          const number = intAttr(tag, "number");
          const hits = intAttr(tag, "hits") ?? 0;
          if (number === void 0)
            throw new ReportError("a <line> element has no number attribute");
          currentFile.lines.set(number, (currentFile.lines.get(number) ?? 0) + hits);
          if (tag.attributes["branch"] === "true") {
            const condition = tag.attributes["condition-coverage"] ?? "";
            const open = condition.indexOf("(");
            const slash = condition.indexOf("/", open);
            const close = condition.indexOf(")", slash);
            if (open !== -1 && slash !== -1 && close !== -1) {
              const covered = Number(condition.slice(open + 1, slash));
              const total = Number(condition.slice(slash + 1, close));
              if (Number.isFinite(covered) && Number.isFinite(total)) {
                const key = String(number);
                const previous = currentFile.branches.get(key);
                currentFile.branches.set(
                  key,
                  previous ? [Math.max(previous[0], covered), Math.max(previous[1], total)] : [covered, total]
                );
              }
            }
          }
        }
      }, "open"),
      close: /* @__PURE__ */ __name((name) => {
        if (name === "source") {
          inSource = false;
          const root = sourceText.trim();
          if (root !== "") sources.push(root);
        } else if (name === "class") {
          currentFile = void 0;
        }
      }, "close"),
      text: /* @__PURE__ */ __name((text) => {
        sourceText += text;
      }, "text"),
      wantsText: /* @__PURE__ */ __name(() => inSource, "wantsText")
    });
    let linesCovered = rootLinesCovered ?? 0;
    let linesValid = rootLinesValid ?? 0;
    let branchesCovered = rootBranchesCovered ?? 0;
    let branchesValid = rootBranchesValid ?? 0;
    if (needRecount) {
      linesCovered = linesValid = branchesCovered = branchesValid = 0;
      for (const file of files.values()) {
        linesValid += file.lines.size;
        for (const hits of file.lines.values()) if (hits > 0) linesCovered++;
        for (const [covered, total] of file.branches.values()) {
          branchesCovered += covered;
          branchesValid += total;
        }
      }
    }
    if (needBranchRecount) {
      for (const file of files.values()) {
        for (const [covered, total] of file.branches.values()) {
          branchesCovered += covered;
          branchesValid += total;
        }
      }
      if (branchesCovered > branchesValid)
        throw new ReportError(
          `its lines' condition-coverage covers ${branchesCovered} of ${branchesValid} branches`
        );
    }
    let detail;
    if (source.wantDetail) {
      detail = /* @__PURE__ */ new Map();
      for (const [name, file] of files) {
        const key = resolveClassFile(name, sources, source.workdir);
        if (source.keepDetail?.(key) !== false) detail.set(key, file);
      }
    }
    const report = {
      kind: "coverage",
      format: "cobertura",
      file: source.displayName,
      metrics: {
        lines: ratio(linesCovered, linesValid),
        branches: ratio(branchesCovered, branchesValid),
        functions: null
      },
      has: { lines: true, branches: branchesValid > 0, functions: false },
      findings: [],
      ...detail === void 0 ? {} : { detail }
    };
    return report;
  }, "read")
};
function resolveClassFile(filename, sources, workdir) {
  const direct = toRepoRelative(filename, workdir);
  const isAbsolute = filename.startsWith("/") || /^[A-Za-z]:[\\/]/.test(filename);
  if (isAbsolute) return direct ?? toSlashes(filename);
  for (const root of sources) {
    const joined = path_default.posix.join(toSlashes(root), toSlashes(filename));
    const relative = toRepoRelative(joined, workdir);
    if (relative !== void 0) return relative;
  }
  return direct ?? toSlashes(filename);
}
__name(resolveClassFile, "resolveClassFile");

// src/reports/coverage-py-json.ts
var coveragePyJsonReader = {
  format: "coverage-py-json",
  family: "coverage",
  detect: /* @__PURE__ */ __name((head) => head.trimStart().startsWith("{") && head.includes('"meta"') && (head.includes('"show_contexts"') || head.includes('"branch_coverage"')), "detect"),
  read: /* @__PURE__ */ __name(async (source) => {
    const root = expectObject(await readJson(source), "the report");
    const meta = isObject(root["meta"]) ? root["meta"] : {};
    const totals = expectObject(root["totals"], "totals");
    const covered = expectNumber(totals["covered_lines"], "totals.covered_lines");
    const statements = expectNumber(totals["num_statements"], "totals.num_statements");
    const hasBranches = meta["branch_coverage"] === true || totals["num_branches"] !== void 0;
    const branches = hasBranches ? ratio(
      expectNumber(totals["covered_branches"], "totals.covered_branches"),
      expectNumber(totals["num_branches"], "totals.num_branches")
    ) : null;
    let detail;
    if (source.wantDetail) {
      detail = /* @__PURE__ */ new Map();
      const files = expectObject(root["files"], "files");
      for (const [name, value] of Object.entries(files)) {
        const file = expectObject(value, `files["${name}"]`);
        const key = toRepoRelative(name, source.workdir) ?? toSlashes(name);
        if (source.keepDetail?.(key) === false) continue;
        const lines = /* @__PURE__ */ new Map();
        for (const n of numbers(file["executed_lines"])) lines.set(n, 1);
        for (const n of numbers(file["missing_lines"])) if (!lines.has(n)) lines.set(n, 0);
        const branchMap = /* @__PURE__ */ new Map();
        for (const pair of pairs(file["executed_branches"])) branchMap.set(pair, [1, 1]);
        for (const pair of pairs(file["missing_branches"]))
          if (!branchMap.has(pair)) branchMap.set(pair, [0, 1]);
        detail.set(key, {
          lines,
          branches: branchMap,
          functions: /* @__PURE__ */ new Map()
        });
      }
    }
    const report = {
      kind: "coverage",
      format: "coverage-py-json",
      file: source.displayName,
      metrics: { lines: ratio(covered, statements), branches, functions: null },
      has: { lines: true, branches: branches !== null, functions: false },
      findings: [],
      ...detail === void 0 ? {} : { detail }
    };
    return report;
  }, "read")
};
function numbers(value) {
  return Array.isArray(value) ? value.filter((n) => typeof n === "number") : [];
}
__name(numbers, "numbers");
function pairs(value) {
  if (!Array.isArray(value)) return [];
  return value.filter((p) => Array.isArray(p) && p.length === 2).map((p) => `${String(p[0])}>${String(p[1])}`);
}
__name(pairs, "pairs");

// src/reports/eslint-json.ts
var eslintJsonReader = {
  format: "eslint-json",
  family: "lint",
  detect: /* @__PURE__ */ __name((head) => {
    const start = head.trimStart();
    if (start.startsWith("[")) return /^\[\s*(\]|\{\s*"filePath")/.test(start);
    return /^\{\s*"results"\s*:\s*\[\s*(\]|\{\s*"filePath")/.test(start);
  }, "detect"),
  read: /* @__PURE__ */ __name(async (source) => {
    const root = await readJson(source);
    const files = Array.isArray(root) ? root : expectArray(expectObject(root, "the report")["results"], "results");
    const tally = new LintTally(source.workdir, source.findingScope);
    files.forEach((entry, i) => {
      const file = expectObject(entry, `[${i}]`);
      const filePath = optionalString(file["filePath"]);
      const messages = expectArray(file["messages"] ?? [], `[${i}].messages`);
      for (const message of messages) {
        if (!isObject(message)) continue;
        const severity = message["severity"];
        if (severity !== 1 && severity !== 2) continue;
        const ruleId = optionalString(message["ruleId"]);
        const line = lineNumber(message["line"]);
        const column = lineNumber(message["column"]);
        const endLine = lineNumber(message["endLine"]);
        tally.add(severity === 2 ? "error" : "warning", {
          ...filePath === void 0 ? {} : { file: filePath },
          ...line === void 0 ? {} : { line },
          ...endLine === void 0 ? {} : { endLine },
          ...column === void 0 ? {} : { column },
          ...ruleId === void 0 ? {} : { title: ruleId },
          message: optionalString(message["message"]) ?? ""
        });
      }
    });
    return tally.report("eslint-json", source.displayName);
  }, "read")
};

// src/reports/line-stream.ts
var MAX_LINE_CHARS = 1024 * 1024;
async function forEachLine(source, onLine) {
  let rest = "";
  let lineNo = 0;
  for await (const chunk of source.chunks()) {
    const text = rest === "" ? chunk : rest + chunk;
    let start = 0;
    let nl = text.indexOf("\n", start);
    while (nl !== -1) {
      lineNo++;
      const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      onLine(text.slice(start, end), lineNo);
      start = nl + 1;
      nl = text.indexOf("\n", start);
    }
    rest = start === 0 ? text : text.slice(start);
    if (rest.length > MAX_LINE_CHARS) {
      throw new ReportError(
        `line ${lineNo + 1} is longer than ${MAX_LINE_CHARS} characters (not a line-based report)`
      );
    }
  }
  if (rest !== "") {
    lineNo++;
    onLine(rest.endsWith("\r") ? rest.slice(0, -1) : rest, lineNo);
  }
}
__name(forEachLine, "forEachLine");
function headLines(head, max = 20) {
  const lines = head.split("\n");
  if (lines.length > 1) lines.pop();
  const out = [];
  for (const line of lines) {
    const trimmed = line.replace(/\r$/, "");
    if (trimmed.trim() === "") continue;
    out.push(trimmed);
    if (out.length >= max) break;
  }
  return out;
}
__name(headLines, "headLines");

// src/reports/flake8.ts
var DEFAULT_LINE = /^(.+?):(\d+):(?:(\d+):)? ([A-Z]+[0-9]+) (.*)$/;
var PYLINT_LINE = /^(.+?):(\d+): \[([A-Z]+[0-9]+)(?:\([^)]*\))?\] (.*)$/;
function isErrorCode(code) {
  return code.startsWith("E9") || code.startsWith("F63") || code.startsWith("F7") || code.startsWith("F82");
}
__name(isErrorCode, "isErrorCode");
var flake8Reader = {
  format: "flake8",
  family: "lint",
  detect: /* @__PURE__ */ __name((head) => headLines(head, 20).some((line) => DEFAULT_LINE.test(line) || PYLINT_LINE.test(line)), "detect"),
  read: /* @__PURE__ */ __name(async (source) => {
    const tally = new LintTally(source.workdir, source.findingScope);
    await forEachLine(source, (line) => {
      if (line.length === 0) return;
      const match = DEFAULT_LINE.exec(line) ?? PYLINT_LINE.exec(line);
      if (match === null) return;
      const isDefault = match.length === 6;
      const code = isDefault ? match[4] : match[3];
      const column = isDefault && match[3] !== void 0 ? Number(match[3]) : void 0;
      tally.add(isErrorCode(code) ? "error" : "warning", {
        file: match[1],
        line: Number(match[2]),
        ...column === void 0 ? {} : { column },
        title: code,
        message: isDefault ? match[5] : match[4]
      });
    });
    return tally.report("flake8", source.displayName);
  }, "read")
};

// src/reports/go-coverprofile.ts
var goCoverprofileReader = {
  format: "go-coverprofile",
  family: "coverage",
  detect: /* @__PURE__ */ __name((head) => (headLines(head, 1)[0] ?? "").startsWith("mode: "), "detect"),
  read: /* @__PURE__ */ __name(async (source) => {
    const blocks = /* @__PURE__ */ new Map();
    let sawMode = false;
    await forEachLine(source, (line, lineNo) => {
      if (line === "") return;
      if (!sawMode) {
        if (!line.startsWith("mode: "))
          throw new ReportError(`line ${lineNo}: expected "mode: set|count|atomic"`);
        sawMode = true;
        return;
      }
      if (line.startsWith("mode: ")) return;
      const lastSpace = line.lastIndexOf(" ");
      const midSpace = line.lastIndexOf(" ", lastSpace - 1);
      if (midSpace <= 0)
        throw new ReportError(`line ${lineNo}: malformed block "${line.slice(0, 80)}"`);
      const key = line.slice(0, midSpace);
      const statements2 = +line.slice(midSpace + 1, lastSpace);
      const count = +line.slice(lastSpace + 1);
      if (!Number.isInteger(statements2) || Number.isNaN(count) || key.lastIndexOf(":") === -1) {
        throw new ReportError(`line ${lineNo}: malformed block "${line.slice(0, 80)}"`);
      }
      const previous = blocks.get(key);
      if (previous === void 0 || previous > 0 && count > 0)
        blocks.set(key, count > 0 ? -statements2 - 1 : statements2);
    });
    if (!sawMode) throw new ReportError('has no "mode:" line');
    let statements = 0;
    let covered = 0;
    for (const value of blocks.values()) {
      if (value < 0) {
        statements += -value - 1;
        covered += -value - 1;
      } else statements += value;
    }
    let detail;
    let lineDetail;
    if (source.wantDetail) {
      detail = /* @__PURE__ */ new Map();
      lineDetail = /* @__PURE__ */ new Map();
      for (const [key, value] of blocks) {
        const colon = key.lastIndexOf(":");
        const file = key.slice(0, colon);
        if (source.keepDetail?.(file) === false) continue;
        addBlockLines(lineDetail, file, key.slice(colon + 1), value < 0);
        let entry = detail.get(file);
        if (entry === void 0) {
          entry = { lines: /* @__PURE__ */ new Map(), branches: /* @__PURE__ */ new Map(), functions: /* @__PURE__ */ new Map() };
          detail.set(file, entry);
        }
        const stmts = value < 0 ? -value - 1 : value;
        for (let i = 0; i < stmts; i++)
          entry.lines.set(blockLineKey(key.slice(colon + 1), i), value < 0 ? 1 : 0);
      }
    }
    const report = {
      kind: "coverage",
      format: "go-coverprofile",
      file: source.displayName,
      metrics: { lines: ratio(covered, statements), branches: null, functions: null },
      has: { lines: true, branches: false, functions: false },
      findings: [],
      ...detail === void 0 ? {} : { detail },
      ...lineDetail === void 0 ? {} : { lineDetail }
    };
    return report;
  }, "read")
};
function blockLineKey(range, index) {
  const dot = range.indexOf(".");
  const comma = range.indexOf(",");
  const line = Number(range.slice(0, dot));
  const column = Number(range.slice(dot + 1, comma));
  return line * 1e6 + column * 1e3 + index;
}
__name(blockLineKey, "blockLineKey");
function addBlockLines(into, file, range, hit) {
  const dot = range.indexOf(".");
  const comma = range.indexOf(",");
  const endDot = range.indexOf(".", comma);
  const start = Number(range.slice(0, dot));
  const end = Number(range.slice(comma + 1, endDot));
  if (!Number.isInteger(start) || !Number.isInteger(end)) return;
  let entry = into.get(file);
  if (entry === void 0) {
    entry = { lines: /* @__PURE__ */ new Map(), branches: /* @__PURE__ */ new Map(), functions: /* @__PURE__ */ new Map() };
    into.set(file, entry);
  }
  for (let line = start; line <= end; line++) {
    const previous = entry.lines.get(line);
    entry.lines.set(line, previous === 0 || !hit ? 0 : 1);
  }
}
__name(addBlockLines, "addBlockLines");

// src/reports/istanbul.ts
var istanbulSummaryReader = {
  format: "istanbul-summary",
  family: "coverage",
  detect: /* @__PURE__ */ __name((head) => {
    const start = head.trimStart();
    return start.startsWith("{") && /^\{\s*"total"\s*:\s*\{/.test(start) && head.includes('"pct"');
  }, "detect"),
  read: /* @__PURE__ */ __name(async (source) => {
    const root = expectObject(await readJson(source), "the report");
    const total = expectObject(root["total"], "total");
    const figure = /* @__PURE__ */ __name((name) => {
      const entry = total[name];
      if (entry === void 0) return null;
      const object = expectObject(entry, `total.${name}`);
      return ratio(
        expectNumber(object["covered"], `total.${name}.covered`),
        expectNumber(object["total"], `total.${name}.total`)
      );
    }, "figure");
    const lines = figure("lines");
    if (total["lines"] === void 0) throw new ReportError("total.lines is missing");
    const report = {
      kind: "coverage",
      format: "istanbul-summary",
      file: source.displayName,
      metrics: { lines, branches: figure("branches"), functions: figure("functions") },
      has: {
        lines: true,
        branches: total["branches"] !== void 0,
        functions: total["functions"] !== void 0
      },
      findings: []
    };
    return report;
  }, "read")
};
var istanbulFinalReader = {
  format: "istanbul-final",
  family: "coverage",
  detect: /* @__PURE__ */ __name((head) => head.trimStart().startsWith("{") && head.includes('"statementMap"'), "detect"),
  read: /* @__PURE__ */ __name(async (source) => {
    const root = expectObject(await readJson(source), "the report");
    let linesCovered = 0;
    let linesTotal = 0;
    let fnCovered = 0;
    let fnTotal = 0;
    let brCovered = 0;
    let brTotal = 0;
    const detail = source.wantDetail ? /* @__PURE__ */ new Map() : void 0;
    for (const [key, value] of Object.entries(root)) {
      const file = expectObject(value, `["${key}"]`);
      const coverage = readFile(file, key);
      linesTotal += coverage.lines.size;
      for (const hits of coverage.lines.values()) if (hits > 0) linesCovered++;
      fnTotal += coverage.functions.size;
      for (const hits of coverage.functions.values()) if (hits > 0) fnCovered++;
      for (const [covered, total] of coverage.branches.values()) {
        brCovered += covered;
        brTotal += total;
      }
      if (detail !== void 0) {
        const written = typeof file["path"] === "string" ? file["path"] : key;
        const name = toRepoRelative(written, source.workdir) ?? toSlashes(written);
        if (source.keepDetail?.(name) !== false) detail.set(name, coverage);
      }
    }
    const report = {
      kind: "coverage",
      format: "istanbul-final",
      file: source.displayName,
      metrics: {
        lines: ratio(linesCovered, linesTotal),
        branches: ratio(brCovered, brTotal),
        functions: ratio(fnCovered, fnTotal)
      },
      has: { lines: true, branches: true, functions: true },
      findings: [],
      ...detail === void 0 ? {} : { detail }
    };
    return report;
  }, "read")
};
function readFile(file, key) {
  const statementMap = expectObject(file["statementMap"], `["${key}"].statementMap`);
  const s = expectObject(file["s"], `["${key}"].s`);
  const lines = /* @__PURE__ */ new Map();
  for (const [id, location] of Object.entries(statementMap)) {
    const start = isObject(location) && isObject(location["start"]) ? location["start"]["line"] : void 0;
    const line = expectNumber(start, `["${key}"].statementMap["${id}"].start.line`);
    const hits = expectNumber(s[id] ?? 0, `["${key}"].s["${id}"]`);
    const previous = lines.get(line);
    if (previous === void 0 || hits > previous) lines.set(line, hits);
  }
  const functions = /* @__PURE__ */ new Map();
  if (file["f"] !== void 0) {
    for (const [id, hits] of Object.entries(expectObject(file["f"], `["${key}"].f`))) {
      functions.set(id, expectNumber(hits, `["${key}"].f["${id}"]`));
    }
  }
  const branches = /* @__PURE__ */ new Map();
  const branchMap = isObject(file["branchMap"]) ? file["branchMap"] : {};
  if (file["b"] !== void 0) {
    for (const [id, counts] of Object.entries(expectObject(file["b"], `["${key}"].b`))) {
      if (!Array.isArray(counts)) throw new ReportError(`["${key}"].b["${id}"] must be an array`);
      const line = branchLine(branchMap[id]);
      counts.forEach((count, index) => {
        const hits = expectNumber(count, `["${key}"].b["${id}"][${index}]`);
        branches.set(`${line}:${id}:${index}`, [hits > 0 ? 1 : 0, 1]);
      });
    }
  }
  return { lines, functions, branches };
}
__name(readFile, "readFile");
function branchLine(entry) {
  if (!isObject(entry)) return 0;
  const loc = entry["loc"];
  if (isObject(loc) && isObject(loc["start"]) && typeof loc["start"]["line"] === "number")
    return loc["start"]["line"];
  const locations = entry["locations"];
  if (Array.isArray(locations) && isObject(locations[0]) && isObject(locations[0]["start"])) {
    const line = locations[0]["start"]["line"];
    if (typeof line === "number") return line;
  }
  return typeof entry["line"] === "number" ? entry["line"] : 0;
}
__name(branchLine, "branchLine");

// src/reports/jacoco.ts
var jacocoReader = {
  format: "jacoco",
  family: "coverage",
  detect: /* @__PURE__ */ __name((head) => xmlRootName(head) === "report" && (head.includes("JACOCO") || head.includes("<sessioninfo") || head.includes("<package")), "detect"),
  read: /* @__PURE__ */ __name(async (source) => {
    const counters = /* @__PURE__ */ new Map();
    const detail = source.wantDetail ? /* @__PURE__ */ new Map() : void 0;
    let packageName = "";
    let currentFile;
    await parseXml(source, ["report"], {
      open: /* @__PURE__ */ __name((tag, depth) => {
        if (tag.name === "counter" && depth === 1) {
          const type = tag.attributes["type"];
          const covered = intAttr(tag, "covered");
          const missed = intAttr(tag, "missed");
          if (type === void 0 || covered === void 0 || missed === void 0) {
            throw new ReportError("a report-level <counter> lacks type, covered or missed");
          }
          counters.set(type, { covered, missed });
          return;
        }
        if (detail === void 0) return;
        if (tag.name === "package") packageName = tag.attributes["name"] ?? "";
        else if (tag.name === "sourcefile") {
          const key = (packageName === "" ? "" : packageName + "/") + (tag.attributes["name"] ?? "");
          currentFile = detail.get(key);
          if (currentFile === void 0 && source.keepDetail?.(key) === false) return;
          if (currentFile === void 0) {
            currentFile = { lines: /* @__PURE__ */ new Map(), branches: /* @__PURE__ */ new Map(), functions: /* @__PURE__ */ new Map() };
            detail.set(key, currentFile);
          }
        } else if (tag.name === "line" && currentFile !== void 0) {
          const nr = intAttr(tag, "nr") ?? 0;
          const ci = intAttr(tag, "ci") ?? 0;
          const mb = intAttr(tag, "mb") ?? 0;
          const cb = intAttr(tag, "cb") ?? 0;
          currentFile.lines.set(nr, (currentFile.lines.get(nr) ?? 0) + ci);
          if (mb + cb > 0) currentFile.branches.set(String(nr), [cb, mb + cb]);
        }
      }, "open"),
      close: /* @__PURE__ */ __name((name) => {
        if (name === "sourcefile") currentFile = void 0;
      }, "close")
    });
    const figure = /* @__PURE__ */ __name((type) => {
      const counter = counters.get(type);
      return counter === void 0 ? null : ratio(counter.covered, counter.covered + counter.missed);
    }, "figure");
    if (counters.size === 0)
      throw new ReportError("has no report-level <counter> elements (JaCoCo totals)");
    const report = {
      kind: "coverage",
      format: "jacoco",
      file: source.displayName,
      metrics: { lines: figure("LINE"), branches: figure("BRANCH"), functions: figure("METHOD") },
      has: {
        lines: counters.has("LINE"),
        branches: counters.has("BRANCH"),
        functions: counters.has("METHOD")
      },
      findings: [],
      ...detail === void 0 ? {} : { detail }
    };
    return report;
  }, "read")
};

// src/reports/gitleaks-json.ts
var gitleaksJsonReader = {
  format: "gitleaks-json",
  family: "security",
  detect: /* @__PURE__ */ __name((head, fileName) => /^\uFEFF?\s*\[\s*\{\s*"(RuleID|Description|StartLine|Fingerprint)"\s*:/.test(head) || /^\uFEFF?\s*\[\s*\]\s*$/.test(head) && /gitleaks/i.test(fileName), "detect"),
  read: /* @__PURE__ */ __name(async (source) => {
    const tally = new ScanTally();
    expectArray(await readJson(source), "the report").forEach((value, i) => {
      const leak = expectObject(value, `[${i}]`);
      const rule = optionalString(leak["RuleID"]) ?? "";
      const where = optionalString(leak["File"]) ?? "";
      const file = where === "" ? void 0 : toRepoRelative(where, source.workdir);
      const line = lineNumber(leak["StartLine"]);
      const commit = optionalString(leak["Commit"]) ?? "";
      const description = optionalString(leak["Description"]) ?? "";
      tally.add({
        class: "secrets",
        id: rule,
        severity: "high",
        isFixed: true,
        package: where,
        version: `${commit}:${line ?? ""}:${optionalString(leak["Fingerprint"]) ?? i}`,
        ...file === void 0 ? {} : { file },
        ...file !== void 0 && line !== void 0 ? { line } : {},
        title: `${rule}${description ? ` (${description})` : ""} in ${where}${line === void 0 ? "" : `:${line}`}${commit && !/^0+$/.test(commit) ? ` at ${commit.slice(0, 12)}` : ""}`
      });
    });
    return tally.report("gitleaks-json", source);
  }, "read")
};

// src/reports/test-tally.ts
var MAX_MESSAGE_CHARS = 1e3;
var MAX_STACK_CHARS = 16 * 1024;
var TestTally = class {
  static {
    __name(this, "TestTally");
  }
  total = 0;
  failed = 0;
  errors = 0;
  skipped = 0;
  findings = [];
  /** True while a finding for a failed test would still be kept (so readers skip collecting text). */
  get wantsFindings() {
    return this.findings.length < MAX_FINDINGS;
  }
  add(outcome) {
    this.total++;
    if (outcome === "failed") this.failed++;
    else if (outcome === "error") this.errors++;
    else if (outcome === "skipped") this.skipped++;
  }
  /** A failed or errored test: its name, first message line, and where in the repository it failed. */
  addFinding(outcome, name, message, location) {
    if (!this.wantsFindings) return;
    const first = message === void 0 ? void 0 : firstLine(message);
    this.findings.push({
      ...location ? { file: location.file } : {},
      ...location?.line !== void 0 ? { line: location.line } : {},
      level: "error",
      title: outcome === "failed" ? "Test failed" : "Test errored",
      message: `${name}${first === void 0 ? "" : `: ${first.slice(0, MAX_MESSAGE_CHARS)}`}`
    });
  }
  report(format, source) {
    const { total, failed, errors, skipped, findings } = this;
    return {
      kind: "tests",
      format,
      file: source.displayName,
      metrics: { total, passed: total - failed - errors - skipped, failed, errors, skipped },
      findings
    };
  }
};
function firstLine(text) {
  for (const line of text.split("\n")) {
    const trimmed = line.trim();
    if (trimmed !== "") return trimmed;
  }
  return void 0;
}
__name(firstLine, "firstLine");
var DOTNET_FRAME = / in (.+?):line (\d+)\s*$/;
function stackTraceLocation(stack, workdir) {
  for (const frame of stack.split("\n")) {
    const match = DOTNET_FRAME.exec(frame);
    if (!match) continue;
    const file = toRepoRelative(match[1], workdir);
    if (file !== void 0) return { file, line: Number(match[2]) };
  }
  return void 0;
}
__name(stackTraceLocation, "stackTraceLocation");

// src/reports/go-test-json.ts
var BUILD_FAILED_TEXT = /^FAIL\t(\S+) \[(?:build|setup) failed\]$/;
var TEST_OUTPUT_LOCATION = /^\s+([^\s:]+\.go):(\d+): (.*)$/;
var FINAL = {
  pass: "passed",
  fail: "failed",
  skip: "skipped"
};
var goTestJsonReader = {
  format: "go-test-json",
  family: "tests",
  detect: /* @__PURE__ */ __name((head) => {
    const first = headLines(head, 20).find((line) => line.startsWith("{")) ?? "";
    return /^\{\s*"(Time|Action|ImportPath)"\s*:/.test(first) && /"Action"\s*:\s*"/.test(first);
  }, "detect"),
  read: /* @__PURE__ */ __name(async (source) => {
    const outcomes = /* @__PURE__ */ new Map();
    const running = /* @__PURE__ */ new Map();
    const failedPackages = /* @__PURE__ */ new Set();
    const finishedPackages = /* @__PURE__ */ new Set();
    const packagesWithTests = /* @__PURE__ */ new Set();
    const firstLocations = /* @__PURE__ */ new Map();
    let events = 0;
    await forEachLine(source, (line, lineNo) => {
      if (line.charCodeAt(0) !== 123) {
        const failed = BUILD_FAILED_TEXT.exec(line);
        if (failed) failedPackages.add(failed[1]);
        return;
      }
      if (line.includes('"Action":"output"') && !line.includes(".go:") && !line.includes(" failed]")) {
        events++;
        return;
      }
      let event;
      try {
        event = JSON.parse(line);
      } catch {
        throw new ReportError(`line ${lineNo}: malformed JSON event "${line.slice(0, 80)}"`);
      }
      const action = event.Action;
      if (typeof action !== "string") return;
      events++;
      if (action === "build-fail" && typeof event.ImportPath === "string") {
        failedPackages.add(event.ImportPath.replace(/ \[.*\]$/, ""));
        return;
      }
      const pkg = typeof event.Package === "string" ? event.Package : "";
      if (action === "output" && event.Test === void 0 && typeof event.Output === "string") {
        const failed = BUILD_FAILED_TEXT.exec(event.Output.replace(/\n$/, ""));
        if (failed) failedPackages.add(failed[1]);
        return;
      }
      if (typeof event.Test !== "string" || event.Test === "") {
        if (action === "fail" && pkg !== "") failedPackages.add(pkg);
        if (FINAL[action] !== void 0) finishedPackages.add(pkg);
        return;
      }
      const key = `${pkg}\0${event.Test}`;
      if (action === "run") {
        running.set(key, null);
        return;
      }
      if (action === "output") {
        if (running.get(key) !== null || typeof event.Output !== "string") return;
        const match = TEST_OUTPUT_LOCATION.exec(event.Output.replace(/\n$/, ""));
        if (match)
          running.set(key, { file: match[1], line: Number(match[2]), message: match[3] });
        return;
      }
      const outcome = FINAL[action];
      if (outcome === void 0) return;
      packagesWithTests.add(pkg);
      outcomes.set(key, outcome);
      const location = running.get(key);
      running.delete(key);
      if (outcome === "failed" && location) firstLocations.set(key, location);
      else firstLocations.delete(key);
    });
    if (events === 0) throw new ReportError('has no test2json events (lines with "Action")');
    const cut = [...running.keys()].map((key) => key.slice(0, key.indexOf("\0"))).find((pkg) => !finishedPackages.has(pkg));
    if (cut !== void 0) {
      throw new ReportError(
        `ends while package ${cut} is still running (no final pass or fail): the run was cut short`
      );
    }
    const unfinished = new Set(
      [...running.keys()].filter((key) => failedPackages.has(key.slice(0, key.indexOf("\0"))))
    );
    for (const key of unfinished) {
      outcomes.set(key, "failed");
      packagesWithTests.add(key.slice(0, key.indexOf("\0")));
    }
    const broken = [...failedPackages].filter((pkg) => !packagesWithTests.has(pkg));
    if (broken.length > 0) {
      throw new ReportError(
        `package ${broken.slice(0, 3).join(", ")}${broken.length > 3 ? ` and ${broken.length - 3} more` : ""} failed with no test result (did it build?)`
      );
    }
    const tally = new TestTally();
    const modulePath = readModulePath(source.workdir);
    for (const [key, outcome] of outcomes) {
      tally.add(outcome);
      if (outcome !== "failed" || !tally.wantsFindings) continue;
      const pkg = key.slice(0, key.indexOf("\0"));
      const test = key.slice(pkg.length + 1);
      const location = firstLocations.get(key);
      const file = location && packageFile(pkg, location.file, modulePath, source.workdir);
      tally.addFinding(
        "failed",
        `${pkg} \u203A ${test}`,
        location?.message ?? (unfinished.has(key) ? "did not finish (the package failed)" : void 0),
        file === void 0 ? void 0 : { file, line: location.line }
      );
    }
    return tally.report("go-test-json", source);
  }, "read")
};
function readModulePath(workdir) {
  try {
    const file = resolveRealInside(workdir, "go.mod", "go.mod");
    const text = readRegularFileSync(file, 1024 * 1024).toString("utf8");
    return /^module\s+"?([^\s"]+)"?\s*$/m.exec(text)?.[1];
  } catch {
    return void 0;
  }
}
__name(readModulePath, "readModulePath");
function packageFile(pkg, fileName, modulePath, workdir) {
  if (pkg.startsWith("_/")) return toRepoRelative(`${pkg.slice(1)}/${fileName}`, workdir);
  if (modulePath === void 0) return void 0;
  if (pkg === modulePath) return fileName;
  if (pkg.startsWith(`${modulePath}/`)) return `${pkg.slice(modulePath.length + 1)}/${fileName}`;
  return void 0;
}
__name(packageFile, "packageFile");

// src/reports/grype-json.ts
var grypeJsonReader = {
  format: "grype-json",
  family: "security",
  detect: /* @__PURE__ */ __name((head) => /^\uFEFF?\s*\{\s*"matches"\s*:\s*\[/.test(head), "detect"),
  read: /* @__PURE__ */ __name(async (source) => {
    const root = expectObject(await readJson(source), "the report");
    const tally = new ScanTally();
    optionalArray(root["matches"], "matches").forEach((value, i) => {
      const match = expectObject(value, `matches[${i}]`);
      const vulnerability = expectObject(match["vulnerability"], `matches[${i}].vulnerability`);
      const artifact = isObject(match["artifact"]) ? match["artifact"] : {};
      const id = optionalString(vulnerability["id"]) ?? "";
      const name = optionalString(artifact["name"]) ?? "";
      const version = optionalString(artifact["version"]) ?? "";
      const fix = isObject(vulnerability["fix"]) ? vulnerability["fix"] : {};
      const fixVersions = optionalArray(
        fix["versions"],
        `matches[${i}].vulnerability.fix.versions`
      ).filter((v) => typeof v === "string" && v !== "");
      const aliases = optionalArray(
        match["relatedVulnerabilities"],
        `matches[${i}].relatedVulnerabilities`
      ).map((related) => isObject(related) ? optionalString(related["id"]) : void 0).filter((alias) => alias !== void 0 && alias !== id);
      const locations = optionalArray(artifact["locations"], `matches[${i}].artifact.locations`);
      const where = isObject(locations[0]) ? optionalString(locations[0]["path"]) : void 0;
      const file = where === void 0 ? void 0 : toRepoRelative(where.replace(/^\//, ""), source.workdir);
      tally.add({
        class: "vulnerabilities",
        id,
        severity: severityWord(vulnerability["severity"]),
        isFixed: fix["state"] === "fixed" || fixVersions.length > 0,
        package: name,
        version,
        ...aliases.length > 0 ? { aliases } : {},
        ...file === void 0 ? {} : { file },
        title: `${id} in ${name} ${version}${fixVersions.length > 0 ? ` (fixed in ${fixVersions.join(", ")})` : ""}`.trim()
      });
    });
    return tally.report("grype-json", source);
  }, "read")
};

// src/reports/report-source.ts
var HEAD_BYTES = 16 * 1024;
var CHUNK_BYTES = 1024 * 1024;
var WHOLE_READ_BYTES = 32 * 1024 * 1024;
var MAX_REPORT_BYTES = 2 * 1024 * 1024 * 1024;
async function openReportSource(absPath, workdir, wantDetail, keepDetail, findingScope) {
  const opened = openRegularFile(absPath);
  const fd = opened.fd;
  const sizeBytes = opened.sizeBytes;
  let headBytes;
  try {
    if (sizeBytes > MAX_REPORT_BYTES)
      throw new Error(
        `is ${sizeBytes} bytes, above the ${MAX_REPORT_BYTES}-byte limit for reports`
      );
    const buffer = Buffer.alloc(Math.min(HEAD_BYTES, sizeBytes));
    const bytesRead = fs_default.readSync(fd, buffer, 0, buffer.length, 0);
    headBytes = buffer.subarray(0, bytesRead);
  } finally {
    fs_default.closeSync(fd);
  }
  const source = {
    path: absPath,
    displayName: displayPath(absPath, workdir),
    workdir,
    sizeBytes,
    head: headBytes.toString("utf8"),
    wantDetail,
    ...keepDetail === void 0 ? {} : { keepDetail },
    ...findingScope === void 0 ? {} : { findingScope },
    chunks: /* @__PURE__ */ __name((encoding = "utf8") => {
      if (sizeBytes <= WHOLE_READ_BYTES) return readWhole(absPath, encoding, sizeBytes);
      return decoded(streamCapped(absPath, MAX_REPORT_BYTES, CHUNK_BYTES), encoding);
    }, "chunks"),
    byteChunks: /* @__PURE__ */ __name(() => {
      if (sizeBytes <= WHOLE_READ_BYTES) return readWholeBytes(absPath, sizeBytes);
      return streamCapped(absPath, MAX_REPORT_BYTES, CHUNK_BYTES);
    }, "byteChunks"),
    bytes: /* @__PURE__ */ __name(() => Promise.resolve().then(() => readFileWhole(absPath, sizeBytes)), "bytes")
  };
  return { source, headBytes };
}
__name(openReportSource, "openReportSource");
function readFileWhole(absPath, sizeBytes) {
  const { fd } = openRegularFile(absPath);
  try {
    return readCappedSync(fd, Math.max(sizeBytes, WHOLE_READ_BYTES), sizeBytes);
  } finally {
    fs_default.closeSync(fd);
  }
}
__name(readFileWhole, "readFileWhole");
async function* readWhole(absPath, encoding, sizeBytes) {
  yield readFileWhole(absPath, sizeBytes).toString(encoding);
}
__name(readWhole, "readWhole");
async function* readWholeBytes(absPath, sizeBytes) {
  yield readFileWhole(absPath, sizeBytes);
}
__name(readWholeBytes, "readWholeBytes");
async function* decoded(chunks, encoding) {
  const { StringDecoder } = await import("node:string_decoder");
  const decoder = new StringDecoder(encoding);
  for await (const chunk of chunks) {
    const text = decoder.write(chunk);
    if (text !== "") yield text;
  }
  const rest = decoder.end();
  if (rest !== "") yield rest;
}
__name(decoded, "decoded");

// src/reports/junit-xml.ts
var MAX_MESSAGE_CHARS2 = 1e3;
var ROOTS = ["testsuites", "testsuite"];
var junitXmlReader = {
  format: "junit-xml",
  family: "tests",
  detect: /* @__PURE__ */ __name((head) => {
    const root = xmlRootName(head);
    return root === "testsuites" || root === "testsuite";
  }, "detect"),
  read: /* @__PURE__ */ __name(async (source) => {
    let figures;
    if (source.sizeBytes <= WHOLE_READ_BYTES) {
      let text = "";
      for await (const chunk of source.chunks()) text += chunk;
      figures = readJunitFast(text, source.workdir) ?? readJunitText(text, source.workdir);
    } else {
      const reader = junitHandlers(source.workdir);
      await parseXml(source, ROOTS, reader.handlers);
      figures = reader.figures();
    }
    const { total, failed, errors, skipped, findings } = figures;
    const report = {
      kind: "tests",
      format: "junit-xml",
      file: source.displayName,
      metrics: { total, passed: total - failed - errors - skipped, failed, errors, skipped },
      findings
    };
    return report;
  }, "read")
};
function readJunitText(text, workdir) {
  const reader = junitHandlers(workdir);
  parseXmlText(text, ROOTS, reader.handlers);
  return reader.figures();
}
__name(readJunitText, "readJunitText");
function junitHandlers(workdir) {
  let total = 0;
  let failed = 0;
  let errors = 0;
  let skipped = 0;
  const findings = [];
  let caseDepth = -1;
  let hasFailure = false;
  let hasError = false;
  let hasSkipped = false;
  let caseTag;
  let message;
  let capturing = false;
  let text = "";
  const openChild = /* @__PURE__ */ __name((tag) => {
    const name = tag.name;
    if (name === "failure" || name === "error") {
      if (name === "failure") hasFailure = true;
      else hasError = true;
      if (message === void 0 && findings.length < MAX_FINDINGS) {
        const attribute = tag.attributes["message"];
        if (attribute) message = attribute;
        else {
          capturing = true;
          text = "";
        }
      }
    } else if (name === "skipped") {
      hasSkipped = true;
    }
  }, "openChild");
  const endCapture = /* @__PURE__ */ __name(() => {
    capturing = false;
    message = firstLine2(text) ?? message;
  }, "endCapture");
  const closeCase = /* @__PURE__ */ __name((tag) => {
    let outcome;
    if (hasFailure) {
      failed++;
      outcome = "failed";
    } else if (hasError) {
      errors++;
      outcome = "error";
    } else if (hasSkipped) {
      skipped++;
    }
    if (outcome !== void 0 && findings.length < MAX_FINDINGS && tag !== void 0) {
      findings.push(caseFinding(tag, outcome, message, workdir));
    }
  }, "closeCase");
  const handlers = {
    open: /* @__PURE__ */ __name((tag, depth) => {
      if (caseDepth === -1) {
        if (tag.name === "testcase") {
          caseDepth = depth;
          hasFailure = hasError = false;
          hasSkipped = isSkippedStatus(tag.attribute("status"));
          caseTag = tag;
          message = void 0;
        }
      } else if (depth === caseDepth + 1) {
        openChild(tag);
      }
    }, "open"),
    close: /* @__PURE__ */ __name((name, depth) => {
      if (capturing && (name === "failure" || name === "error")) endCapture();
      if (depth !== caseDepth || name !== "testcase") return;
      caseDepth = -1;
      total++;
      if (hasFailure || hasError || hasSkipped) closeCase(caseTag);
      caseTag = void 0;
    }, "close"),
    text: /* @__PURE__ */ __name((chunk) => {
      if (text.length < MAX_MESSAGE_CHARS2) text += chunk;
    }, "text"),
    wantsText: /* @__PURE__ */ __name(() => capturing, "wantsText")
  };
  return { handlers, figures: /* @__PURE__ */ __name(() => ({ total, failed, errors, skipped, findings }), "figures") };
}
__name(junitHandlers, "junitHandlers");
function isSkippedStatus(status) {
  if (status === void 0) return false;
  const value = status.trim().toLowerCase();
  return value === "disabled" || value === "ignored" || value === "skipped";
}
__name(isSkippedStatus, "isSkippedStatus");
function firstLine2(text) {
  const line = text.trim().split("\n", 1)[0] ?? "";
  return line === "" ? void 0 : line;
}
__name(firstLine2, "firstLine");
var OTHER = 0;
var TESTCASE = 1;
var FAILURE = 2;
var ERROR = 3;
var SKIPPED = 4;
function readJunitFast(text, workdir) {
  if (text.indexOf("\0") !== -1) return void 0;
  if (text.indexOf("status") !== -1 && /[ \t\r\n]status[ \t\r\n]*=/.test(text)) return void 0;
  return new FastJunit(text, workdir).run();
}
__name(readJunitFast, "readJunitFast");
var SPACE = "[ \\t\\r\\n]";
var NAME = "[A-Za-z_:][-A-Za-z0-9_.:]*";
function attributesPattern(firstGroup) {
  const value = `(?:"[^"<&]*"|'[^'<&]*')`;
  let attributes = "";
  for (let k = 8; k >= 1; k--) {
    const earlier = [];
    for (let m = 1; m < k; m++) earlier.push(`\\${firstGroup + m - 1}${SPACE}*=`);
    const isNew = earlier.length === 0 ? "" : `(?!${earlier.join("|")})`;
    attributes = `(?:${SPACE}+${isNew}(${NAME})${SPACE}*=${SPACE}*${value}${attributes})?`;
  }
  return attributes;
}
__name(attributesPattern, "attributesPattern");
var START_TAG = new RegExp(`<${NAME}${attributesPattern(1)}${SPACE}*\\/?>`, "y");
var PASSED_CASE_SOURCE = `[^<&]*<testcase${attributesPattern(1)}${SPACE}*(?:\\/>|>[^<&]*<\\/testcase${SPACE}*>)`;
var PASSED_CASE = new RegExp(PASSED_CASE_SOURCE, "y");
var PASSED_CASES_COUNT = 16;
var PASSED_CASES = new RegExp(`(?:${PASSED_CASE_SOURCE}){${PASSED_CASES_COUNT}}`, "y");
var FastJunit = class {
  constructor(text, workdir) {
    this.text = text;
    this.workdir = workdir;
  }
  text;
  workdir;
  static {
    __name(this, "FastJunit");
  }
  total = 0;
  failed = 0;
  errors = 0;
  skipped = 0;
  findings = [];
  /** The open <testcase>'s depth (-1: none), what it holds, and its attributes' place. */
  caseDepth = -1;
  hasFailure = false;
  hasError = false;
  hasSkipped = false;
  caseFrom = 0;
  caseTo = 0;
  message = void 0;
  capturing = false;
  captured = "";
  /** The first "<" at or after some point before the scan's position (-1: none left; -2: unknown). */
  nextLt = -2;
  /** Likewise the first "&". */
  nextAmp = -2;
  /** The start tag just read: where its name ends, its attributes' place, whether it is `<.../>`. */
  nameEnd = 0;
  attributesFrom = 0;
  attributesTo = 0;
  isSelfClosing = false;
  /** Start and length of each attribute name of the tag being read (for the duplicate check). */
  attributeNames = [];
  run() {
    const text = this.text;
    const length = text.length;
    const nameStarts = [];
    const nameEnds = [];
    const kinds = [];
    let depth = 0;
    let isRootClosed = false;
    let i = text.charCodeAt(0) === 65279 ? 1 : 0;
    for (; ; ) {
      if (depth !== 0 && this.caseDepth === -1) i = this.passedCases(i);
      const known = this.nextLt;
      const lt = known === -1 || known >= i ? known : text.indexOf("<", i);
      this.nextLt = lt;
      if (lt !== i) {
        const textEnd = lt === -1 ? length : lt;
        if (depth === 0 ? !isBlank(text, i, textEnd) : !this.textRun(i, textEnd)) return void 0;
      }
      if (lt === -1) break;
      const next = text.charCodeAt(lt + 1);
      if (next === 47) {
        if (depth === 0) return void 0;
        const top = depth - 1;
        const nameStart2 = nameStarts[top];
        const nameLength2 = nameEnds[top] - nameStart2;
        if (!sameText(text, nameStart2, lt + 2, nameLength2)) return void 0;
        let j = lt + 2 + nameLength2;
        let c = text.charCodeAt(j);
        while (c === 32 || c === 10 || c === 13 || c === 9) c = text.charCodeAt(++j);
        if (c !== 62) return void 0;
        i = j + 1;
        depth = top;
        const kind2 = kinds[top];
        if (kind2 !== OTHER) this.close(kind2, depth);
        if (depth === 0) isRootClosed = true;
        continue;
      }
      if (next === 33 || next === 63) {
        i = this.markup(lt, depth);
        if (i === -1) return void 0;
        continue;
      }
      i = this.startTag(lt);
      if (i === -1) return void 0;
      const nameStart = lt + 1;
      const nameLength = this.nameEnd - nameStart;
      let kind = OTHER;
      if (depth === 0) {
        if (isRootClosed || !isRootName(text, nameStart, nameLength)) return void 0;
      } else if (this.caseDepth === -1) {
        if (nameLength === 8 && text.startsWith("testcase", nameStart)) {
          if (this.isSelfClosing) {
            this.total++;
            continue;
          }
          kind = TESTCASE;
          this.openCase(depth);
        }
      } else {
        kind = this.openInCase(nameStart, nameLength, depth);
      }
      if (this.isSelfClosing) {
        if (kind !== OTHER) this.close(kind, depth);
        if (depth === 0) isRootClosed = true;
        continue;
      }
      nameStarts[depth] = nameStart;
      nameEnds[depth] = this.nameEnd;
      kinds[depth] = kind;
      depth++;
    }
    if (depth !== 0 || !isRootClosed) return void 0;
    const { total, failed, errors, skipped, findings } = this;
    return { total, failed, errors, skipped, findings };
  }
  /** The value between quotes at `q` and `close` has no "<" and only valid entities. */
  isCleanValue(q, close) {
    let lt = this.nextLt;
    if (lt !== -1 && lt <= q) this.nextLt = lt = this.text.indexOf("<", q + 1);
    if (lt !== -1 && lt < close) return false;
    let amp = this.nextAmp;
    if (amp !== -1 && amp <= q) this.nextAmp = amp = this.text.indexOf("&", q + 1);
    return amp === -1 || amp > close || hasValidEntities(this.text, amp, close);
  }
  /**
   * Reads the start tag at `lt`; returns the index after it, or -1. Most tags are checked whole
   * by START_TAG (native code, whatever the state of the JavaScript around it); the others are
   * read one character at a time.
   */
  startTag(lt) {
    const text = this.text;
    const tag = START_TAG;
    tag.lastIndex = lt;
    if (!tag.test(text)) return this.readStartTag(lt);
    const end = tag.lastIndex;
    let j = lt + 2;
    while (isAsciiNameChar(text.charCodeAt(j))) j++;
    this.nameEnd = this.attributesFrom = j;
    const isSelfClosing = text.charCodeAt(end - 2) === 47;
    this.isSelfClosing = isSelfClosing;
    this.attributesTo = isSelfClosing ? end - 2 : end - 1;
    return end;
  }
  /**
   * Reads the start tag at `lt` a character at a time: an ASCII name, then attributes (name,
   * "=", a quoted value without "<" and with valid entities, no name twice).
   */
  readStartTag(lt) {
    const text = this.text;
    let j = lt + 1;
    let c = text.charCodeAt(j);
    if (!isAsciiNameStart(c)) return -1;
    do
      c = text.charCodeAt(++j);
    while (isAsciiNameChar(c));
    this.nameEnd = j;
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9 && c !== 47 && c !== 62) return -1;
    this.attributesFrom = j;
    const names = this.attributeNames;
    let count = 0;
    for (; ; ) {
      while (c === 32 || c === 10 || c === 13 || c === 9) c = text.charCodeAt(++j);
      if (c === 62) {
        this.attributesTo = j;
        this.isSelfClosing = false;
        return j + 1;
      }
      if (c === 47) {
        if (text.charCodeAt(j + 1) !== 62) return -1;
        this.attributesTo = j;
        this.isSelfClosing = true;
        return j + 2;
      }
      if (!isAsciiNameStart(c)) return -1;
      const nameStart = j;
      do
        c = text.charCodeAt(++j);
      while (isAsciiNameChar(c));
      const nameLength = j - nameStart;
      while (c === 32 || c === 10 || c === 13 || c === 9) c = text.charCodeAt(++j);
      if (c !== 61) return -1;
      c = text.charCodeAt(++j);
      while (c === 32 || c === 10 || c === 13 || c === 9) c = text.charCodeAt(++j);
      if (c !== 34 && c !== 39) return -1;
      const close = text.indexOf(c === 34 ? '"' : "'", j + 1);
      if (close === -1 || !this.isCleanValue(j, close)) return -1;
      for (let k = 0; k < count; k++) {
        const other = names[2 * k];
        if (names[2 * k + 1] === nameLength && sameText(text, other, nameStart, nameLength))
          return -1;
      }
      names[2 * count] = nameStart;
      names[2 * count + 1] = nameLength;
      count++;
      j = close + 1;
      c = text.charCodeAt(j);
      if (c !== 32 && c !== 10 && c !== 13 && c !== 9 && c !== 62 && c !== 47) return -1;
    }
  }
  /**
   * Counts the passed cases that follow `from` (with the text before each), as long as they are
   * of the simplest kind (see PASSED_CASE); returns where they end. V8 runs the expressions as
   * native code from the start, so most of a typical file is read at full speed without waiting
   * for the JavaScript around it to be optimized.
   */
  passedCases(from) {
    const text = this.text;
    const one = PASSED_CASE;
    one.lastIndex = from;
    if (!one.test(text)) return from;
    let total = this.total + 1;
    let end = one.lastIndex;
    const many = PASSED_CASES;
    for (; ; ) {
      many.lastIndex = end;
      if (!many.test(text)) break;
      total += PASSED_CASES_COUNT;
      end = many.lastIndex;
    }
    for (; ; ) {
      one.lastIndex = end;
      if (!one.test(text)) break;
      total++;
      end = one.lastIndex;
    }
    this.total = total;
    return end;
  }
  /** Text in the root, text[from, to): its entities checked, and kept while capturing. */
  textRun(from, to) {
    let amp = this.nextAmp;
    if (amp !== -1 && amp < from) this.nextAmp = amp = this.text.indexOf("&", from);
    if (amp !== -1 && amp < to && !hasValidEntities(this.text, amp, to)) return false;
    if (this.capturing) this.capture(decodeCheckedText(this.text.slice(from, to)));
    return true;
  }
  capture(text) {
    if (this.captured.length < MAX_MESSAGE_CHARS2) this.captured += text;
  }
  /** A comment, CDATA section or processing instruction at `lt`; the index after it, or -1. */
  markup(lt, depth) {
    const text = this.text;
    if (text.charCodeAt(lt + 1) === 63) {
      const end2 = text.indexOf("?>", lt + 2);
      return end2 === -1 ? -1 : end2 + 2;
    }
    if (text.startsWith("<!--", lt)) {
      const end2 = text.indexOf("-->", lt + 4);
      return end2 === -1 ? -1 : end2 + 3;
    }
    if (depth === 0 || !text.startsWith("<![CDATA[", lt)) return -1;
    const end = text.indexOf("]]>", lt + 9);
    if (end === -1) return -1;
    if (this.capturing) this.capture(normalizeLineEnds(text.slice(lt + 9, end)));
    return end + 3;
  }
  openCase(depth) {
    this.caseDepth = depth;
    this.hasFailure = this.hasError = this.hasSkipped = false;
    this.caseFrom = this.attributesFrom;
    this.caseTo = this.attributesTo;
    this.message = void 0;
  }
  /** An element inside an open case: a child may be a failure, error or skipped. Its kind. */
  openInCase(nameStart, nameLength, depth) {
    const kind = childKind(this.text, nameStart, nameLength);
    if (depth !== this.caseDepth + 1) return kind;
    if (kind === FAILURE || kind === ERROR) {
      if (kind === FAILURE) this.hasFailure = true;
      else this.hasError = true;
      if (this.message === void 0 && this.findings.length < MAX_FINDINGS) {
        const tag = checkedTag("", this.text, this.attributesFrom, this.attributesTo, false);
        const attribute = tag.attributes["message"];
        if (attribute) this.message = attribute;
        else {
          this.capturing = true;
          this.captured = "";
        }
      }
    } else if (kind === SKIPPED) {
      this.hasSkipped = true;
    }
    return kind;
  }
  /** The end of an element of a kind other than OTHER, at `depth`. */
  close(kind, depth) {
    if (this.capturing && (kind === FAILURE || kind === ERROR)) {
      this.capturing = false;
      this.message = firstLine2(this.captured) ?? this.message;
    }
    if (kind !== TESTCASE || depth !== this.caseDepth) return;
    this.caseDepth = -1;
    this.total++;
    let outcome;
    if (this.hasFailure) {
      this.failed++;
      outcome = "failed";
    } else if (this.hasError) {
      this.errors++;
      outcome = "error";
    } else if (this.hasSkipped) {
      this.skipped++;
    }
    if (outcome !== void 0 && this.findings.length < MAX_FINDINGS) {
      const tag = checkedTag("testcase", this.text, this.caseFrom, this.caseTo, false);
      this.findings.push(caseFinding(tag, outcome, this.message, this.workdir));
    }
  }
};
function isRootName(text, start, length) {
  return length === 10 && text.startsWith("testsuites", start) || length === 9 && text.startsWith("testsuite", start);
}
__name(isRootName, "isRootName");
function childKind(text, start, length) {
  if (length === 7) {
    if (text.startsWith("failure", start)) return FAILURE;
    if (text.startsWith("skipped", start)) return SKIPPED;
  } else if (length === 5 && text.startsWith("error", start)) {
    return ERROR;
  }
  return OTHER;
}
__name(childKind, "childKind");
function isBlank(text, from, to) {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9) return false;
  }
  return true;
}
__name(isBlank, "isBlank");
function isAsciiNameStart(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95 || c === 58;
}
__name(isAsciiNameStart, "isAsciiNameStart");
function isAsciiNameChar(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 58 || c === 95 || c === 45 || c === 46;
}
__name(isAsciiNameChar, "isAsciiNameChar");
function caseFinding(tag, outcome, message, workdir) {
  const attributes = tag.attributes;
  const caseClass = attributes["classname"];
  const caseName = attributes["name"] ?? "";
  const caseFile = attributes["file"];
  const lineText = attributes["line"];
  const caseLine = lineText === void 0 ? void 0 : Number(lineText);
  const file = caseFile === void 0 ? void 0 : toRepoRelative(caseFile, workdir);
  const title = caseClass ? `${caseClass} \u203A ${caseName}` : caseName;
  const hasLine = caseLine !== void 0 && Number.isInteger(caseLine) && caseLine > 0;
  const detail = message === void 0 ? "" : `: ${message.slice(0, MAX_MESSAGE_CHARS2)}`;
  return {
    ...file === void 0 ? {} : { file },
    ...file !== void 0 && hasLine ? { line: caseLine } : {},
    level: "error",
    title: outcome === "failed" ? "Test failed" : "Test errored",
    message: `${title}${detail}`
  };
}
__name(caseFinding, "caseFinding");

// src/reports/nunit-xml.ts
var ROOTS2 = ["test-run", "test-results"];
function nunitOutcome(attribute, hasFailure) {
  const result = attribute("result");
  if (result === void 0) {
    if (attribute("executed")?.toLowerCase() === "false") return "skipped";
    if (attribute("success")?.toLowerCase() === "false" || hasFailure) return "failed";
    return "passed";
  }
  switch (result) {
    case "Passed":
    case "Success":
    case "Warning":
      return "passed";
    case "Failed":
      return attribute("label") === "Error" ? "error" : "failed";
    case "Failure":
    case "NotRunnable":
    case "Cancelled":
      return "failed";
    case "Error":
      return "error";
    case "Skipped":
    case "Ignored":
    case "Inconclusive":
    case "NotRun":
      return "skipped";
    default:
      throw new ReportError(
        `<test-case name="${(attribute("name") ?? "").slice(0, 80)}"> has an unknown result "${result.slice(0, 40)}"`
      );
  }
}
__name(nunitOutcome, "nunitOutcome");
var nunitXmlReader = {
  format: "nunit-xml",
  family: "tests",
  detect: /* @__PURE__ */ __name((head) => {
    const root = xmlRootName(head);
    return root !== void 0 && ROOTS2.includes(root);
  }, "detect"),
  read: /* @__PURE__ */ __name(async (source) => {
    const tally = new TestTally();
    let caseDepth = -1;
    let caseTag;
    let hasFailure = false;
    let failureDepth = -1;
    let capturing;
    let message = "";
    let stack = "";
    await parseXml(source, ROOTS2, {
      open: /* @__PURE__ */ __name((tag, depth) => {
        if (caseDepth === -1) {
          if (tag.name !== "test-case") return;
          caseDepth = depth;
          caseTag = tag;
          hasFailure = false;
          failureDepth = -1;
          message = stack = "";
        } else if (tag.name === "failure" && depth === caseDepth + 1) {
          hasFailure = true;
          failureDepth = depth;
        } else if (failureDepth !== -1 && depth === failureDepth + 1 && (tag.name === "message" || tag.name === "stack-trace") && tally.wantsFindings) {
          capturing = tag.name;
        }
      }, "open"),
      close: /* @__PURE__ */ __name((name, depth) => {
        if (capturing !== void 0 && name === capturing) capturing = void 0;
        else if (name === "failure" && depth === failureDepth) failureDepth = -1;
        else if (name === "test-case" && depth === caseDepth) closeCase();
      }, "close"),
      text: /* @__PURE__ */ __name((text) => {
        if (capturing === "message") {
          if (message.length < MAX_MESSAGE_CHARS) message += text;
        } else if (stack.length < MAX_STACK_CHARS) stack += text;
      }, "text"),
      wantsText: /* @__PURE__ */ __name(() => capturing !== void 0, "wantsText")
    });
    function closeCase() {
      const tag = caseTag;
      const outcome = nunitOutcome((name) => tag.attribute(name), hasFailure);
      tally.add(outcome);
      if (outcome === "failed" || outcome === "error") {
        const name = tag.attribute("fullname") ?? tag.attribute("name") ?? "";
        tally.addFinding(
          outcome,
          name,
          message === "" ? void 0 : message,
          stackTraceLocation(stack, source.workdir)
        );
      }
      caseDepth = -1;
      caseTag = void 0;
    }
    __name(closeCase, "closeCase");
    return tally.report("nunit-xml", source);
  }, "read")
};

// src/reports/trx.ts
var OUTCOMES = {
  Passed: "passed",
  PassedButRunAborted: "passed",
  Completed: "passed",
  Warning: "passed",
  Failed: "failed",
  Error: "error",
  Timeout: "error",
  Aborted: "error",
  NotRunnable: "error",
  Disconnected: "error",
  InProgress: "error",
  Pending: "error",
  NotExecuted: "skipped",
  Inconclusive: "skipped"
};
var trxReader = {
  format: "trx",
  family: "tests",
  detect: /* @__PURE__ */ __name((head) => xmlRootName(head) === "TestRun", "detect"),
  read: /* @__PURE__ */ __name(async (source) => {
    const tally = new TestTally();
    const open = [];
    let capturing;
    let message = "";
    let stack = "";
    await parseXml(source, ["TestRun"], {
      open: /* @__PURE__ */ __name((tag, depth) => {
        if (tag.name === "UnitTestResult") {
          const parent = open[open.length - 1];
          if (parent) parent.hasInner = true;
          open.push({ tag, depth, hasInner: false });
          message = stack = "";
        } else if (open.length > 0 && (tag.name === "Message" || tag.name === "StackTrace") && tally.wantsFindings) {
          capturing = tag.name;
        }
      }, "open"),
      close: /* @__PURE__ */ __name((name, depth) => {
        if (capturing !== void 0 && name === capturing) {
          capturing = void 0;
          return;
        }
        const top = open[open.length - 1];
        if (name !== "UnitTestResult" || top === void 0 || top.depth !== depth) return;
        open.pop();
        if (top.hasInner) return;
        const tag = top.tag;
        const raw = tag.attribute("outcome") ?? "";
        const outcome = OUTCOMES[raw];
        if (outcome === void 0) {
          throw new ReportError(
            `<UnitTestResult testName="${(tag.attribute("testName") ?? "").slice(0, 80)}"> has an unknown outcome "${raw.slice(0, 40)}"`
          );
        }
        tally.add(outcome);
        if (outcome === "failed" || outcome === "error") {
          tally.addFinding(
            outcome,
            tag.attribute("testName") ?? "",
            message === "" ? raw === "Failed" ? void 0 : raw : message,
            stackTraceLocation(stack, source.workdir)
          );
        }
      }, "close"),
      text: /* @__PURE__ */ __name((text) => {
        if (capturing === "Message") {
          if (message.length < MAX_MESSAGE_CHARS) message += text;
        } else if (stack.length < MAX_STACK_CHARS) stack += text;
      }, "text"),
      wantsText: /* @__PURE__ */ __name(() => capturing !== void 0, "wantsText")
    });
    return tally.report("trx", source);
  }, "read")
};

// src/reports/xunit-xml.ts
var ROOTS3 = ["assemblies", "assembly"];
var RESULTS = {
  Pass: "passed",
  Fail: "failed",
  Skip: "skipped",
  NotRun: "skipped"
};
var xunitXmlReader = {
  format: "xunit-xml",
  family: "tests",
  detect: /* @__PURE__ */ __name((head) => {
    const root = xmlRootName(head);
    return root !== void 0 && ROOTS3.includes(root);
  }, "detect"),
  read: /* @__PURE__ */ __name(async (source) => {
    const tally = new TestTally();
    let testDepth = -1;
    let testTag;
    let capturing;
    let message = "";
    let stack = "";
    await parseXml(source, ROOTS3, {
      open: /* @__PURE__ */ __name((tag, depth) => {
        if (testDepth === -1) {
          if (tag.name !== "test") return;
          testDepth = depth;
          testTag = tag;
          message = stack = "";
        } else if ((tag.name === "message" || tag.name === "stack-trace") && tally.wantsFindings) {
          capturing = tag.name;
        }
      }, "open"),
      close: /* @__PURE__ */ __name((name, depth) => {
        if (capturing !== void 0 && name === capturing) {
          capturing = void 0;
          return;
        }
        if (name !== "test" || depth !== testDepth) return;
        testDepth = -1;
        const tag = testTag;
        const raw = tag.attribute("result") ?? "";
        const outcome = RESULTS[raw];
        if (outcome === void 0) {
          throw new ReportError(
            `<test name="${(tag.attribute("name") ?? "").slice(0, 80)}"> has an unknown result "${raw.slice(0, 40)}"`
          );
        }
        tally.add(outcome);
        if (outcome === "failed") {
          const attributes = tag.attributes;
          const sourceFile = attributes["source-file"];
          const file = sourceFile === void 0 ? void 0 : toRepoRelative(sourceFile, source.workdir);
          const line = Number(attributes["source-line"]);
          const location = file !== void 0 ? { file, ...Number.isInteger(line) && line > 0 ? { line } : {} } : stackTraceLocation(stack, source.workdir);
          tally.addFinding(
            "failed",
            attributes["name"] ?? "",
            message === "" ? void 0 : message,
            location
          );
        }
      }, "close"),
      text: /* @__PURE__ */ __name((text) => {
        if (capturing === "message") {
          if (message.length < MAX_MESSAGE_CHARS) message += text;
        } else if (stack.length < MAX_STACK_CHARS) stack += text;
      }, "text"),
      wantsText: /* @__PURE__ */ __name(() => capturing !== void 0, "wantsText")
    });
    return tally.report("xunit-xml", source);
  }, "read")
};

// src/reports/lcov.ts
var lcovReader = {
  format: "lcov",
  family: "coverage",
  detect: /* @__PURE__ */ __name((head) => {
    const lines = headLines(head, 5);
    const first = lines[0];
    return first !== void 0 && (first.startsWith("TN:") || first.startsWith("SF:"));
  }, "detect"),
  read: /* @__PURE__ */ __name(async (source) => {
    if (!source.wantDetail) {
      const fast = await readFast(source);
      if (fast !== void 0) return fast;
    }
    return readExact(source);
  }, "read")
};
async function repeatedSourceFiles(source) {
  const seen = /* @__PURE__ */ new Set();
  const repeated = /* @__PURE__ */ new Set();
  const sourceLine = /* @__PURE__ */ __name((buf, start, stop) => {
    if (stop > start && buf[stop - 1] === CR) stop--;
    const name = buf.toString("utf8", start + 3, stop);
    if (seen.has(name)) repeated.add(name);
    else seen.add(name);
  }, "sourceLine");
  const nextSourceLine = /* @__PURE__ */ __name((data, from) => {
    const i = data.indexOf("\nSF:", from);
    return i === -1 ? -1 : i + 1;
  }, "nextSourceLine");
  let rest;
  for await (const chunk of source.byteChunks()) {
    const data = rest === void 0 || rest.length === 0 ? chunk : Buffer.concat([rest, chunk]);
    const last = data.lastIndexOf(NL);
    let at = data[0] === 83 && data[1] === 70 && data[2] === COLON ? 0 : nextSourceLine(data, 0);
    while (at !== -1 && at <= last) {
      const nl = data.indexOf(NL, at);
      sourceLine(data, at, nl);
      at = nextSourceLine(data, nl);
    }
    rest = data.subarray(last + 1);
    if (rest.length > MAX_LINE_CHARS) rest = void 0;
  }
  if (rest !== void 0 && rest[0] === 83 && rest[1] === 70 && rest[2] === COLON)
    sourceLine(rest, 0, rest.length);
  return repeated;
}
__name(repeatedSourceFiles, "repeatedSourceFiles");
function newLcovFile() {
  return {
    lineNos: [],
    lineHits: [],
    isSimple: true,
    records: 1,
    functions: /* @__PURE__ */ new Map(),
    branches: /* @__PURE__ */ new Map()
  };
}
__name(newLcovFile, "newLcovFile");
async function readExact(source) {
  const repeated = await repeatedSourceFiles(source);
  const files = /* @__PURE__ */ new Map();
  let current;
  let currentName = "";
  let lastLine = 0;
  let sawRecord = false;
  let linesFound = 0;
  let linesHit = 0;
  let fnFound = 0;
  let fnHit = 0;
  let brFound = 0;
  let brHit = 0;
  const detail = source.wantDetail ? /* @__PURE__ */ new Map() : void 0;
  const count = /* @__PURE__ */ __name((name, file) => {
    let lines;
    if (file.isSimple && detail === void 0) {
      linesFound += file.lineNos.length;
      for (const hits of file.lineHits) if (hits > 0) linesHit++;
    } else {
      lines = /* @__PURE__ */ new Map();
      for (let i = 0; i < file.lineNos.length; i++) {
        const n = file.lineNos[i];
        lines.set(n, (lines.get(n) ?? 0) + file.lineHits[i]);
      }
      linesFound += lines.size;
      for (const hits of lines.values()) if (hits > 0) linesHit++;
    }
    fnFound += file.functions.size;
    for (const hits of file.functions.values()) if (hits > 0) fnHit++;
    brFound += file.branches.size;
    for (const taken of file.branches.values()) if (taken > 0) brHit++;
    if (detail !== void 0 && lines !== void 0) {
      const branches = /* @__PURE__ */ new Map();
      for (const [key2, taken] of file.branches) branches.set(key2, [taken > 0 ? 1 : 0, 1]);
      const key = toRepoRelative(name, source.workdir) ?? name;
      if (source.keepDetail?.(key) !== false)
        detail.set(key, { lines, branches, functions: new Map(file.functions) });
    }
  }, "count");
  const close = /* @__PURE__ */ __name(() => {
    if (current !== void 0 && !repeated.has(currentName)) count(currentName, current);
    current = void 0;
  }, "close");
  await forEachLine(source, (line, lineNo) => {
    const c0 = line.charCodeAt(0);
    if (c0 === 68 && line.charCodeAt(1) === 65 && line.charCodeAt(2) === 58) {
      if (current === void 0) throw new ReportError(`line ${lineNo}: DA before any SF record`);
      const comma = line.indexOf(",", 3);
      const lineNumber2 = comma === -1 ? NaN : +line.slice(3, comma);
      const comma2 = line.indexOf(",", comma + 1);
      const hits = +(comma2 === -1 ? line.slice(comma + 1) : line.slice(comma + 1, comma2));
      if (!(lineNumber2 >= 0) || Number.isNaN(hits))
        throw new ReportError(`line ${lineNo}: malformed DA record "${line.slice(0, 80)}"`);
      if (lineNumber2 <= lastLine) current.isSimple = false;
      lastLine = lineNumber2;
      current.lineNos.push(lineNumber2);
      current.lineHits.push(hits);
      return;
    }
    if (line.startsWith("SF:")) {
      close();
      const name = line.slice(3);
      sawRecord = true;
      lastLine = 0;
      currentName = name;
      if (!repeated.has(name)) {
        current = newLcovFile();
        return;
      }
      current = files.get(name);
      if (current === void 0) {
        current = newLcovFile();
        files.set(name, current);
      } else {
        current.records++;
        current.isSimple = false;
      }
      return;
    }
    if (line.startsWith("BRDA:")) {
      if (current === void 0) throw new ReportError(`line ${lineNo}: BRDA before any SF record`);
      const last = line.lastIndexOf(",");
      if (last < 5)
        throw new ReportError(`line ${lineNo}: malformed BRDA record "${line.slice(0, 80)}"`);
      const key = line.slice(5, last);
      const takenText = line.slice(last + 1);
      const taken = takenText === "-" ? 0 : +takenText;
      if (Number.isNaN(taken))
        throw new ReportError(`line ${lineNo}: malformed BRDA record "${line.slice(0, 80)}"`);
      current.branches.set(key, (current.branches.get(key) ?? 0) + taken);
      return;
    }
    if (line.startsWith("FNDA:")) {
      if (current === void 0) throw new ReportError(`line ${lineNo}: FNDA before any SF record`);
      const comma = line.indexOf(",", 5);
      const hits = comma === -1 ? NaN : +line.slice(5, comma);
      if (Number.isNaN(hits))
        throw new ReportError(`line ${lineNo}: malformed FNDA record "${line.slice(0, 80)}"`);
      const name = line.slice(comma + 1);
      current.functions.set(name, (current.functions.get(name) ?? 0) + hits);
      return;
    }
    if (line.startsWith("FN:")) {
      if (current === void 0) throw new ReportError(`line ${lineNo}: FN before any SF record`);
      let comma = line.indexOf(",", 3);
      const second = line.indexOf(",", comma + 1);
      if (second !== -1 && /^\d+$/.test(line.slice(comma + 1, second))) comma = second;
      const name = line.slice(comma + 1);
      if (!current.functions.has(name)) current.functions.set(name, 0);
      return;
    }
    if (line.startsWith("end_of_record")) {
      close();
    }
  });
  close();
  if (!sawRecord)
    throw new ReportError("has no SF records (not an lcov tracefile, or an empty one)");
  for (const [name, file] of files) count(name, file);
  const report = {
    kind: "coverage",
    format: "lcov",
    file: source.displayName,
    metrics: {
      lines: ratio(linesHit, linesFound),
      branches: ratio(brHit, brFound),
      functions: ratio(fnHit, fnFound)
    },
    has: { lines: true, branches: brFound > 0, functions: fnFound > 0 },
    findings: [],
    ...detail === void 0 ? {} : { detail }
  };
  return report;
}
__name(readExact, "readExact");
var NeedsExactPath = class extends Error {
  static {
    __name(this, "NeedsExactPath");
  }
};
var NL = 10;
var CR = 13;
var PLUS = 43;
var COMMA = 44;
var MINUS = 45;
var DOT = 46;
var COLON = 58;
var ZERO = 48;
var NINE = 57;
var LOWER_E = 101;
var UPPER_E = 69;
async function readFast(source) {
  const scanner = new FastLcovScanner();
  let rest;
  try {
    for await (const chunk of source.byteChunks()) {
      let start = 0;
      if (rest !== void 0) {
        const nl = chunk.indexOf(NL);
        if (nl === -1) {
          rest = Buffer.concat([rest, chunk]);
          scanner.checkLineLength(rest.length);
          continue;
        }
        const joined = Buffer.concat([rest, chunk.subarray(0, nl + 1)]);
        rest = void 0;
        scanner.scan(joined, 0, joined.length);
        start = nl + 1;
      }
      const last = chunk.lastIndexOf(NL);
      if (last >= start) scanner.scan(chunk, start, last + 1);
      const tail = Math.max(start, last + 1);
      if (tail < chunk.length) {
        rest = chunk.subarray(tail);
        scanner.checkLineLength(rest.length);
      }
    }
    if (rest !== void 0) scanner.scan(rest, 0, rest.length);
  } catch (error) {
    if (error instanceof NeedsExactPath) return void 0;
    throw error;
  }
  return scanner.finish(source.displayName);
}
__name(readFast, "readFast");
var FastLcovScanner = class {
  static {
    __name(this, "FastLcovScanner");
  }
  lineNo = 0;
  inRecord = false;
  sawRecord = false;
  lastLine = 0;
  lastBranch = -1;
  lastBlock = -1;
  lastBranchNo = -1;
  linesFound = 0;
  linesHit = 0;
  brFound = 0;
  brHit = 0;
  fnFound = 0;
  fnHit = 0;
  /**
   * This record's functions, without a string per name: where each name's bytes are (the
   * buffer stays referenced until overwritten), whether it was hit, and an index by hash.
   */
  fnCount = 0;
  fndaNext = 0;
  fnBufs = [];
  fnStarts = [];
  fnStops = [];
  fnHits = [];
  /** Name hash → the function's serial number in the file (its record's base + its index). */
  fnByHash = /* @__PURE__ */ new Map();
  fnSerialBase = 0;
  seen = /* @__PURE__ */ new Set();
  /** Where the last parseUint stopped. */
  intEnd = 0;
  checkLineLength(length) {
    if (length > MAX_LINE_CHARS) {
      throw new ReportError(
        `line ${this.lineNo + 1} is longer than ${MAX_LINE_CHARS} characters (not a line-based report)`
      );
    }
  }
  /** Reads the lines in buf[start, end): complete lines, except the file's last one may lack its "\n". */
  scan(buf, start, end) {
    let pos = start;
    let lineNo = this.lineNo;
    let lastLine = this.lastLine;
    let linesFound = this.linesFound;
    let linesHit = this.linesHit;
    let inRecord = this.inRecord;
    try {
      while (pos < end) {
        lineNo++;
        const c0 = buf[pos];
        if (c0 === 68 && buf[pos + 1] === 65 && buf[pos + 2] === COLON) {
          if (!inRecord) throw new ReportError(`line ${lineNo}: DA before any SF record`);
          let i = pos + 3;
          let c = buf[i];
          let line = 0;
          while (c >= ZERO && c <= NINE) {
            line = line * 10 + (c - ZERO);
            c = buf[++i];
          }
          if (i === pos + 3 || c !== COMMA || i >= end) this.malformed(buf, pos, end, lineNo);
          if (line <= lastLine) throw new NeedsExactPath();
          lastLine = line;
          const countStart = ++i;
          c = buf[i];
          let isPositive = false;
          while (c >= ZERO && c <= NINE) {
            if (c !== ZERO) isPositive = true;
            c = buf[++i];
          }
          if (i > countStart && i < end && c === NL) {
            pos = i + 1;
          } else {
            const hit = this.countAt(buf, countStart, end);
            if (hit === void 0) this.malformed(buf, pos, end, lineNo);
            isPositive = hit;
            pos = this.nextLine(buf, this.intEnd, end);
          }
          linesFound++;
          if (isPositive) linesHit++;
          continue;
        }
        this.lastLine = lastLine;
        pos = this.otherRecord(buf, pos, end, lineNo);
        lastLine = this.lastLine;
        inRecord = this.inRecord;
      }
    } finally {
      this.lineNo = lineNo;
      this.lastLine = lastLine;
      this.linesFound = linesFound;
      this.linesHit = linesHit;
    }
  }
  /** Any record but DA (kept out of the DA loop, so that its optimized code is small and soon ready). */
  otherRecord(buf, pos, end, lineNo) {
    const c0 = buf[pos];
    const eol = this.nextLine(buf, pos, end) - 1;
    let stop = eol < end && buf[eol] === NL ? eol : end;
    if (stop > pos && buf[stop - 1] === CR) stop--;
    const c1 = buf[pos + 1];
    if (stop === pos) {
    } else if (c0 === 66 && c1 === 82 && isAt(buf, pos, stop, "BRDA:")) {
      if (!this.simpleBranch(buf, pos + 5, stop)) this.branch(buf, pos, stop, lineNo);
    } else if (c0 === 83 && c1 === 70 && buf[pos + 2] === COLON) {
      if (this.inRecord) this.closeRecord();
      const name = buf.toString("latin1", pos + 3, stop);
      if (this.seen.has(name)) throw new NeedsExactPath();
      this.seen.add(name);
      this.inRecord = true;
      this.sawRecord = true;
      this.lastLine = 0;
      this.lastBranch = this.lastBlock = this.lastBranchNo = -1;
    } else if (c0 === 70 && c1 === 78) {
      this.function(buf, pos, stop, lineNo);
    } else if (c0 === 101 && isAt(buf, pos, stop, "end_of_record")) {
      if (this.inRecord) this.closeRecord();
    }
    return eol + 1;
  }
  finish(displayName) {
    if (this.inRecord) this.closeRecord();
    if (!this.sawRecord)
      throw new ReportError("has no SF records (not an lcov tracefile, or an empty one)");
    return {
      kind: "coverage",
      format: "lcov",
      file: displayName,
      metrics: {
        lines: ratio(this.linesHit, this.linesFound),
        branches: ratio(this.brHit, this.brFound),
        functions: ratio(this.fnHit, this.fnFound)
      },
      has: { lines: true, branches: this.brFound > 0, functions: this.fnFound > 0 },
      findings: []
    };
  }
  /** The index after the "\n" that ends the line at `i` (or `end`). */
  nextLine(buf, i, end) {
    while (i < end && buf[i] !== NL) i++;
    return i + 1;
  }
  closeRecord() {
    this.fnSerialBase += this.fnCount;
    this.fnCount = 0;
    this.fndaNext = 0;
    if (this.fnByHash.size > 1 << 16) this.fnByHash.clear();
    this.inRecord = false;
  }
  /**
   * BRDA:line,block,branch,taken in its usual form (three numbers in order, then digits or `-`):
   * counted, true. Anything else, false, and `branch` decides.
   */
  simpleBranch(buf, i, stop) {
    let line = 0;
    let block = 0;
    let branch = 0;
    let c = buf[i];
    const lineStart = i;
    while (c !== void 0 && c >= ZERO && c <= NINE) {
      line = line * 10 + (c - ZERO);
      c = buf[++i];
    }
    if (c !== COMMA || i === lineStart) return false;
    c = buf[++i];
    const blockStart = i;
    while (c !== void 0 && c >= ZERO && c <= NINE) {
      block = block * 10 + (c - ZERO);
      c = buf[++i];
    }
    if (c !== COMMA || i === blockStart) return false;
    c = buf[++i];
    const branchStart = i;
    while (c !== void 0 && c >= ZERO && c <= NINE) {
      branch = branch * 10 + (c - ZERO);
      c = buf[++i];
    }
    if (c !== COMMA || i === branchStart) return false;
    c = buf[++i];
    let taken = false;
    if (c === MINUS && i + 1 === stop) {
      i++;
    } else {
      const takenStart = i;
      while (c !== void 0 && c >= ZERO && c <= NINE) {
        if (c !== ZERO) taken = true;
        c = buf[++i];
      }
      if (i === takenStart) return false;
    }
    if (i !== stop) return false;
    if (line < this.lastBranch || line === this.lastBranch && (block < this.lastBlock || block === this.lastBlock && branch <= this.lastBranchNo)) {
      throw new NeedsExactPath();
    }
    this.lastBranch = line;
    this.lastBlock = block;
    this.lastBranchNo = branch;
    this.brFound++;
    if (taken) this.brHit++;
    return true;
  }
  /** BRDA:line,block,branch,taken. */
  branch(buf, pos, stop, lineNo) {
    if (!this.inRecord) throw new ReportError(`line ${lineNo}: BRDA before any SF record`);
    const line = this.parseUint(buf, pos + 5, stop);
    const block = this.parseUint(buf, this.intEnd + 1, stop);
    const branch = this.parseUint(buf, this.intEnd + 1, stop);
    if (Number.isNaN(line) || Number.isNaN(block) || Number.isNaN(branch) || this.intEnd >= stop)
      this.malformed(buf, pos, stop, lineNo);
    if (line < this.lastBranch || line === this.lastBranch && (block < this.lastBlock || block === this.lastBlock && branch <= this.lastBranchNo)) {
      throw new NeedsExactPath();
    }
    this.lastBranch = line;
    this.lastBlock = block;
    this.lastBranchNo = branch;
    const taken = this.countAt(buf, this.intEnd + 1, stop);
    if (taken === void 0) this.malformed(buf, pos, stop, lineNo);
    this.brFound++;
    if (taken) this.brHit++;
  }
  /** FN:line,name (lcov 1.x), FN:start,end,name (2.x) and FNDA:count,name. */
  function(buf, pos, stop, lineNo) {
    if (isAt(buf, pos, stop, "FNDA:")) {
      if (!this.inRecord) throw new ReportError(`line ${lineNo}: FNDA before any SF record`);
      const hit = this.countAt(buf, pos + 5, stop);
      if (hit === void 0) this.malformed(buf, pos, stop, lineNo);
      let comma2 = pos + 5;
      while (comma2 < stop && buf[comma2] !== COMMA) comma2++;
      if (comma2 >= stop) this.malformed(buf, pos, stop, lineNo);
      const next = this.fndaNext;
      const index = next < this.fnCount && this.isFunctionAt(next, buf, comma2 + 1, stop) ? next : this.functionIndex(buf, comma2 + 1, stop);
      this.fndaNext = index + 1;
      if (hit && this.fnHits[index] === 0) {
        this.fnHits[index] = 1;
        this.fnHit++;
      }
      return;
    }
    if (buf[pos + 2] !== COLON) return;
    if (!this.inRecord) throw new ReportError(`line ${lineNo}: FN before any SF record`);
    let comma = pos + 3;
    while (comma < stop && buf[comma] !== COMMA) comma++;
    if (comma >= stop) this.malformed(buf, pos, stop, lineNo);
    const second = this.parseUint(buf, comma + 1, stop);
    if (!Number.isNaN(second) && this.intEnd < stop) comma = this.intEnd;
    this.functionIndex(buf, comma + 1, stop);
  }
  /**
   * The record's function named by buf[start, stop), added (and counted as found) when new.
   * Names are told apart by a hash, confirmed byte by byte; two names with the same hash send
   * the file to the general path, which keys functions by name.
   */
  functionIndex(buf, start, stop) {
    let hash = 2166136261;
    for (let i = start; i < stop; i++) hash = Math.imul(hash ^ buf[i], 16777619);
    hash &= 1073741823;
    const serial = this.fnByHash.get(hash);
    if (serial !== void 0 && serial >= this.fnSerialBase) {
      const known = serial - this.fnSerialBase;
      if (this.isFunctionAt(known, buf, start, stop)) return known;
      throw new NeedsExactPath();
    }
    const index = this.fnCount++;
    this.fnBufs[index] = buf;
    this.fnStarts[index] = start;
    this.fnStops[index] = stop;
    this.fnHits[index] = 0;
    this.fnByHash.set(hash, this.fnSerialBase + index);
    this.fnFound++;
    return index;
  }
  /** The record's function `index` is named buf[start, stop). */
  isFunctionAt(index, buf, start, stop) {
    const other = this.fnBufs[index];
    const otherStart = this.fnStarts[index];
    if (this.fnStops[index] - otherStart !== stop - start) return false;
    for (let i = 0; i < stop - start; i++)
      if (other[otherStart + i] !== buf[start + i]) return false;
    return true;
  }
  /** Digits at [i, stop) up to a comma or `stop`; NaN when empty or not digits. Sets `intEnd`. */
  parseUint(buf, i, stop) {
    let value = 0;
    const start = i;
    for (; i < stop; i++) {
      const c = buf[i];
      if (c === COMMA) break;
      if (c < ZERO || c > NINE) return NaN;
      value = value * 10 + (c - ZERO);
    }
    this.intEnd = i;
    return i === start ? NaN : value;
  }
  /**
   * Whether the count at `i` (up to a comma or the line's end) is above zero: `-` alone (BRDA's
   * "not taken") is zero, a negative count is not above zero, and digits with `.`, `e`, `+` are
   * numbers; anything else is undefined (malformed). Sets `intEnd` to where the count stopped.
   */
  countAt(buf, i, end) {
    let negative = false;
    if (i < end && buf[i] === MINUS) {
      if (isFieldEnd(buf, i + 1, end)) {
        this.intEnd = i + 1;
        return false;
      }
      negative = true;
      i++;
    }
    const start = i;
    let positive = false;
    for (; i < end; i++) {
      const c = buf[i];
      if (c === COMMA || c === NL || c === CR && (i + 1 === end || buf[i + 1] === NL)) break;
      if (c === DOT || c === LOWER_E || c === UPPER_E || c === PLUS) continue;
      if (c < ZERO || c > NINE) return void 0;
      if (c !== ZERO) positive = true;
    }
    this.intEnd = i;
    if (i === start) return void 0;
    return positive && !negative;
  }
  malformed(buf, pos, end, lineNo) {
    let stop = this.nextLine(buf, pos, end) - 1;
    if (stop > end) stop = end;
    if (stop > pos && buf[stop - 1] === CR) stop--;
    throw new ReportError(
      `line ${lineNo}: malformed record "${buf.toString("latin1", pos, Math.min(stop, pos + 80))}"`
    );
  }
};
function isFieldEnd(buf, i, end) {
  if (i >= end) return true;
  const c = buf[i];
  return c === COMMA || c === NL || c === CR && (i + 1 === end || buf[i + 1] === NL);
}
__name(isFieldEnd, "isFieldEnd");
function isAt(buf, pos, stop, text) {
  if (pos + text.length > stop) return false;
  for (let k = 0; k < text.length; k++) if (buf[pos + k] !== text.charCodeAt(k)) return false;
  return true;
}
__name(isAt, "isAt");

// src/reports/mypy.ts
var MYPY_LINE = /^(.+?):(\d+)(?::(\d+))?(?::(\d+):\d+)?: (error|warning|note): (.*)$/;
var SUMMARY = /^(Success: no issues found|Found \d+ errors? in \d+ files?)/;
var mypyReader = {
  format: "mypy",
  family: "lint",
  detect: /* @__PURE__ */ __name((head) => headLines(head, 20).some(
    (line) => MYPY_LINE.test(line) || SUMMARY.test(line) || /^[^:]+: (error|note): /.test(line)
  ), "detect"),
  read: /* @__PURE__ */ __name(async (source) => {
    const tally = new LintTally(source.workdir, source.findingScope);
    await forEachLine(source, (line) => {
      const match = MYPY_LINE.exec(line);
      if (match === null) return;
      const severity = match[5];
      const column = match[3] === void 0 ? void 0 : Number(match[3]);
      const endLine = match[4] === void 0 ? void 0 : Number(match[4]);
      tally.add(severity === "error" ? "error" : severity === "warning" ? "warning" : "note", {
        file: match[1],
        line: Number(match[2]),
        ...column === void 0 ? {} : { column },
        ...endLine === void 0 ? {} : { endLine },
        title: "mypy",
        message: match[6]
      });
    });
    return tally.report("mypy", source.displayName);
  }, "read")
};

// src/reports/impossible-figures.ts
function impossibleFigure(metrics, where = "metrics") {
  if (metrics === null || typeof metrics !== "object") return void 0;
  const record = metrics;
  if (typeof record.covered === "number" && typeof record.total === "number") {
    if (record.covered > record.total)
      return `${where}: ${record.covered} covered of ${record.total} (more covered than exist)`;
  }
  for (const [key, value] of Object.entries(record)) {
    if (typeof value === "number") {
      if (!Number.isFinite(value) || value < 0) return `${where}.${key} is ${value}`;
    } else if (value !== null && typeof value === "object" && !Array.isArray(value)) {
      const found = impossibleFigure(value, `${where}.${key}`);
      if (found !== void 0) return found;
    }
  }
  return void 0;
}
__name(impossibleFigure, "impossibleFigure");

// src/reports/npm-audit-json.ts
var npmAuditJsonReader = {
  format: "npm-audit-json",
  family: "security",
  detect: /* @__PURE__ */ __name((head) => /^\uFEFF?\s*\{/.test(head) && /"auditReportVersion"\s*:\s*2\b/.test(head), "detect"),
  read: /* @__PURE__ */ __name(async (source) => {
    const root = expectObject(await readJson(source), "the report");
    if (root["auditReportVersion"] !== 2) {
      throw new ReportError(
        `has auditReportVersion ${JSON.stringify(root["auditReportVersion"])}; only npm 7+'s version 2 is read`
      );
    }
    const packages = expectObject(root["vulnerabilities"] ?? {}, "vulnerabilities");
    const tally = new ScanTally();
    for (const [key, value] of Object.entries(packages)) {
      const entry = expectObject(value, `vulnerabilities.${key}`);
      const name = optionalString(entry["name"]) ?? key;
      const range = optionalString(entry["range"]) ?? "";
      const advisories = [...advisoriesOf(key, packages, /* @__PURE__ */ new Set())];
      const titles = directAdvisories(entry).map((advisory) => optionalString(advisory["title"])).filter(Boolean);
      tally.add({
        class: "vulnerabilities",
        // The package is the finding (npm counts packages); its advisories decide `ignore`.
        id: name,
        severity: severityWord(entry["severity"]),
        isFixed: entry["fixAvailable"] !== false,
        package: name,
        version: range,
        advisories,
        title: `${name} ${range}: ${titles[0] ?? `vulnerable through ${viaNames(entry).join(", ")}`}`
      });
    }
    return tally.report("npm-audit-json", source);
  }, "read")
};
function directAdvisories(entry) {
  return Array.isArray(entry["via"]) ? entry["via"].filter(isObject) : [];
}
__name(directAdvisories, "directAdvisories");
function viaNames(entry) {
  return Array.isArray(entry["via"]) ? entry["via"].filter((via) => typeof via === "string") : [];
}
__name(viaNames, "viaNames");
function advisoriesOf(key, packages, visiting) {
  const found = /* @__PURE__ */ new Set();
  const entry = packages[key];
  if (!isObject(entry) || visiting.has(key)) return found;
  visiting.add(key);
  for (const advisory of directAdvisories(entry)) {
    const url = optionalString(advisory["url"]) ?? "";
    const ghsa = /GHSA(-[23456789cfghjmpqrvwx]{4}){3}/.exec(url)?.[0];
    const id = ghsa ?? (advisory["source"] === void 0 ? void 0 : String(advisory["source"]));
    if (id !== void 0) found.add(id);
  }
  for (const name of viaNames(entry))
    for (const id of advisoriesOf(name, packages, visiting)) found.add(id);
  return found;
}
__name(advisoriesOf, "advisoriesOf");

// src/reports/cvss.ts
var WEIGHTS = {
  AV: { N: 0.85, A: 0.62, L: 0.55, P: 0.2 },
  AC: { L: 0.77, H: 0.44 },
  UI: { N: 0.85, R: 0.62 },
  C: { H: 0.56, L: 0.22, N: 0 },
  I: { H: 0.56, L: 0.22, N: 0 },
  A: { H: 0.56, L: 0.22, N: 0 }
};
var PRIVILEGES_UNCHANGED = { N: 0.85, L: 0.62, H: 0.27 };
var PRIVILEGES_CHANGED = { N: 0.85, L: 0.68, H: 0.5 };
function cvss3BaseScore(vector) {
  const match = /^CVSS:3\.([01])\/(.*)$/.exec(vector.trim());
  if (!match) return void 0;
  const metrics = /* @__PURE__ */ new Map();
  for (const part of match[2].split("/")) {
    const [name, value] = part.split(":");
    if (name === void 0 || value === void 0 || metrics.has(name)) return void 0;
    metrics.set(name, value);
  }
  const weight = /* @__PURE__ */ __name((name) => {
    const value = metrics.get(name);
    return value === void 0 ? void 0 : WEIGHTS[name]?.[value];
  }, "weight");
  const scope = metrics.get("S");
  const privileges = metrics.get("PR");
  const av = weight("AV");
  const ac = weight("AC");
  const ui = weight("UI");
  const c = weight("C");
  const i = weight("I");
  const a = weight("A");
  const pr = privileges === void 0 ? void 0 : (scope === "C" ? PRIVILEGES_CHANGED : PRIVILEGES_UNCHANGED)[privileges];
  if (scope !== "U" && scope !== "C" || av === void 0 || ac === void 0 || ui === void 0 || pr === void 0 || c === void 0 || i === void 0 || a === void 0)
    return void 0;
  const impactSubScore = 1 - (1 - c) * (1 - i) * (1 - a);
  const impact = scope === "U" ? 6.42 * impactSubScore : 7.52 * (impactSubScore - 0.029) - 3.25 * Math.pow(impactSubScore - 0.02, 15);
  const exploitability = 8.22 * av * ac * pr * ui;
  if (impact <= 0) return 0;
  const raw = scope === "U" ? impact + exploitability : 1.08 * (impact + exploitability);
  const roundUp = match[1] === "1" ? roundUp31 : roundUp30;
  return roundUp(Math.min(raw, 10));
}
__name(cvss3BaseScore, "cvss3BaseScore");
function roundUp31(x) {
  const scaled = Math.round(x * 1e5);
  return scaled % 1e4 === 0 ? scaled / 1e5 : (Math.floor(scaled / 1e4) + 1) / 10;
}
__name(roundUp31, "roundUp31");
function roundUp30(x) {
  return Math.ceil(x * 10) / 10;
}
__name(roundUp30, "roundUp30");

// src/reports/osv-scanner-json.ts
var osvScannerJsonReader = {
  format: "osv-scanner-json",
  family: "security",
  detect: /* @__PURE__ */ __name((head, fileName) => /^\uFEFF?\s*\{\s*"results"\s*:\s*\[/.test(head) && (/"packages"\s*:/.test(head) || /"experimental_config"\s*:/.test(head) || /osv/i.test(fileName)), "detect"),
  read: /* @__PURE__ */ __name(async (source) => {
    const root = expectObject(await readJson(source), "the report");
    const tally = new ScanTally();
    optionalArray(root["results"], "results").forEach((value, i) => {
      const result = expectObject(value, `results[${i}]`);
      const sourceInfo = isObject(result["source"]) ? result["source"] : {};
      const lockfile = optionalString(sourceInfo["path"]) ?? "";
      optionalArray(result["packages"], `results[${i}].packages`).forEach((value2, j) => {
        const where = `results[${i}].packages[${j}]`;
        const entry = expectObject(value2, where);
        const pkg = isObject(entry["package"]) ? entry["package"] : {};
        const name = optionalString(pkg["name"]) ?? "";
        const version = optionalString(pkg["version"]) ?? "";
        const ecosystem = optionalString(pkg["ecosystem"]) ?? "";
        const vulnerabilities = /* @__PURE__ */ new Map();
        for (const vulnerability of optionalArray(
          entry["vulnerabilities"],
          `${where}.vulnerabilities`
        )) {
          if (!isObject(vulnerability)) continue;
          const id = optionalString(vulnerability["id"]);
          if (id !== void 0) vulnerabilities.set(id, vulnerability);
        }
        optionalArray(entry["groups"], `${where}.groups`).forEach((value3, k) => {
          const group = expectObject(value3, `${where}.groups[${k}]`);
          const ids = stringList(group["ids"]);
          if (ids.length === 0 || isExcludedByAnalysis(group, ids)) return;
          const members = ids.flatMap((id) => {
            const found = vulnerabilities.get(id);
            return found ? [found] : [];
          });
          const aliases = /* @__PURE__ */ new Set([...ids.slice(1), ...stringList(group["aliases"])]);
          for (const member of members)
            for (const alias of stringList(member["aliases"])) aliases.add(alias);
          aliases.delete(ids[0]);
          const summary = members.map((m) => optionalString(m["summary"])).find(Boolean);
          tally.add({
            class: "vulnerabilities",
            id: ids[0],
            severity: severityOfScore(groupScore(group, members)),
            isFixed: members.some(hasFixedEvent),
            package: `${ecosystem}:${name}`,
            version: `${version}\0${lockfile}`,
            ...aliases.size > 0 ? { aliases: [...aliases] } : {},
            title: `${ids[0]} in ${name} ${version}${summary ? `: ${summary}` : ""}`.trim()
          });
        });
      });
    });
    return tally.report("osv-scanner-json", source);
  }, "read")
};
function stringList(value) {
  return Array.isArray(value) ? value.filter((v) => typeof v === "string" && v !== "") : [];
}
__name(stringList, "stringList");
function isExcludedByAnalysis(group, ids) {
  const analysis = group["experimentalAnalysis"];
  if (!isObject(analysis)) return false;
  return ids.some((id) => {
    const verdict = analysis[id];
    return isObject(verdict) && (verdict["called"] === false || verdict["unimportant"] === true);
  });
}
__name(isExcludedByAnalysis, "isExcludedByAnalysis");
function groupScore(group, members) {
  const stated = group["max_severity"];
  if (typeof stated === "number" || typeof stated === "string" && stated.trim() !== "") {
    const score2 = Number(stated);
    if (Number.isFinite(score2)) return score2;
  }
  let best;
  for (const member of members) {
    for (const severity of Array.isArray(member["severity"]) ? member["severity"] : []) {
      if (!isObject(severity) || typeof severity["score"] !== "string") continue;
      const score2 = cvss3BaseScore(severity["score"]);
      if (score2 !== void 0 && (best === void 0 || score2 > best)) best = score2;
    }
  }
  return best;
}
__name(groupScore, "groupScore");
function hasFixedEvent(vulnerability) {
  const affected = Array.isArray(vulnerability["affected"]) ? vulnerability["affected"] : [];
  return affected.some(
    (entry) => isObject(entry) && Array.isArray(entry["ranges"]) && entry["ranges"].some(
      (range) => isObject(range) && Array.isArray(range["events"]) && range["events"].some((event) => isObject(event) && typeof event["fixed"] === "string")
    )
  );
}
__name(hasFixedEvent, "hasFixedEvent");

// src/reports/pip-audit-json.ts
var pipAuditJsonReader = {
  format: "pip-audit-json",
  family: "security",
  detect: /* @__PURE__ */ __name((head) => /^\uFEFF?\s*\{\s*"dependencies"\s*:\s*\[/.test(head) && /"(vulns|skip_reason)"\s*:/.test(head), "detect"),
  read: /* @__PURE__ */ __name(async (source) => {
    const root = expectObject(await readJson(source), "the report");
    const tally = new ScanTally();
    optionalArray(root["dependencies"], "dependencies").forEach((value, i) => {
      const dependency = expectObject(value, `dependencies[${i}]`);
      const name = optionalString(dependency["name"]) ?? "";
      const version = optionalString(dependency["version"]) ?? "";
      optionalArray(dependency["vulns"], `dependencies[${i}].vulns`).forEach((vuln, j) => {
        const entry = expectObject(vuln, `dependencies[${i}].vulns[${j}]`);
        const id = optionalString(entry["id"]) ?? "";
        const fixes = optionalArray(
          entry["fix_versions"],
          `dependencies[${i}].vulns[${j}].fix_versions`
        ).filter((v) => typeof v === "string");
        const aliases = optionalArray(
          entry["aliases"],
          `dependencies[${i}].vulns[${j}].aliases`
        ).filter((v) => typeof v === "string" && v !== id);
        tally.add({
          class: "vulnerabilities",
          id,
          severity: "unknown",
          isFixed: fixes.length > 0,
          package: name,
          version,
          ...aliases.length > 0 ? { aliases } : {},
          title: `${id} in ${name} ${version}${fixes.length > 0 ? ` (fixed in ${fixes.join(", ")})` : ""}`
        });
      });
    });
    return tally.report("pip-audit-json", source, false);
  }, "read")
};

// src/reports/pylint-json.ts
var LEVELS2 = {
  fatal: "error",
  error: "error",
  warning: "warning",
  convention: "note",
  refactor: "note",
  info: "note"
};
var pylintJsonReader = {
  format: "pylint-json",
  family: "lint",
  detect: /* @__PURE__ */ __name((head) => {
    const start = head.trimStart();
    if (start.startsWith("[")) return head.includes('"message-id"') || head.includes('"messageId"');
    return /^\{\s*"messages"\s*:/.test(start);
  }, "detect"),
  read: /* @__PURE__ */ __name(async (source) => {
    const root = await readJson(source);
    const messages = Array.isArray(root) ? root : expectArray(expectObject(root, "the report")["messages"], "messages");
    const tally = new LintTally(source.workdir, source.findingScope);
    messages.forEach((entry, i) => {
      if (!isObject(entry)) return;
      const type = optionalString(entry["type"]);
      const level = type === void 0 ? void 0 : LEVELS2[type];
      if (level === void 0) return;
      const file = optionalString(entry["path"]);
      const line = lineNumber(entry["line"]);
      const column = typeof entry["column"] === "number" ? entry["column"] + 1 : void 0;
      const endLine = lineNumber(entry["endLine"]);
      const symbol = optionalString(entry["symbol"]);
      const id = optionalString(entry["message-id"]) ?? optionalString(entry["messageId"]);
      tally.add(level, {
        ...file === void 0 ? {} : { file },
        ...line === void 0 ? {} : { line },
        ...endLine === void 0 ? {} : { endLine },
        ...column === void 0 ? {} : { column },
        ...symbol === void 0 && id === void 0 ? {} : { title: [id, symbol].filter(Boolean).join(" ") },
        message: optionalString(entry["message"]) ?? `message ${i}`
      });
    });
    return tally.report("pylint-json", source.displayName);
  }, "read")
};

// src/reports/sarif.ts
function looksLikeSarif(head) {
  const start = head.trimStart();
  return start.startsWith("{") && /"version"\s*:\s*"2\.1\.0"/.test(head) && (head.includes("sarif") || head.includes('"runs"'));
}
__name(looksLikeSarif, "looksLikeSarif");
function runRules(run) {
  const tool = isObject(run["tool"]) ? run["tool"] : {};
  const driver = isObject(tool["driver"]) ? tool["driver"] : {};
  const rules = Array.isArray(driver["rules"]) ? driver["rules"].filter(isObject) : [];
  const byId = /* @__PURE__ */ new Map();
  for (const rule of rules) if (typeof rule["id"] === "string") byId.set(rule["id"], rule);
  return { byIndex: rules, byId };
}
__name(runRules, "runRules");
function ruleOf(result, rules) {
  const index = result["ruleIndex"];
  if (typeof index === "number" && rules.byIndex[index] !== void 0) return rules.byIndex[index];
  const rule = isObject(result["rule"]) ? result["rule"] : void 0;
  const id = optionalString(result["ruleId"]) ?? (rule ? optionalString(rule["id"]) : void 0);
  return id === void 0 ? void 0 : rules.byId.get(id);
}
__name(ruleOf, "ruleOf");
function isSuppressed(result) {
  const suppressions = result["suppressions"];
  if (!Array.isArray(suppressions) || suppressions.length === 0) return false;
  return suppressions.every(
    (s) => !isObject(s) || s["status"] !== "rejected" && s["status"] !== "underReview"
  );
}
__name(isSuppressed, "isSuppressed");
function resultLocation(result) {
  const locations = result["locations"];
  if (!Array.isArray(locations) || !isObject(locations[0])) return {};
  const physical = locations[0]["physicalLocation"];
  if (!isObject(physical)) return {};
  const artifact = isObject(physical["artifactLocation"]) ? physical["artifactLocation"] : {};
  const uri = optionalString(artifact["uri"]);
  const region = isObject(physical["region"]) ? physical["region"] : {};
  const line = lineNumber(region["startLine"]);
  const column = lineNumber(region["startColumn"]);
  const endLine = lineNumber(region["endLine"]);
  return {
    ...uri === void 0 ? {} : { file: uriToPath(uri) },
    ...line === void 0 ? {} : { line },
    ...column === void 0 ? {} : { column },
    ...endLine === void 0 ? {} : { endLine }
  };
}
__name(resultLocation, "resultLocation");
function uriToPath(uri) {
  let path = uri;
  if (path.startsWith("file://")) {
    path = path.slice("file://".length);
    if (/^\/[A-Za-z]:\//.test(path)) path = path.slice(1);
  }
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
__name(uriToPath, "uriToPath");
function messageText(result) {
  const message = isObject(result["message"]) ? result["message"] : {};
  return optionalString(message["text"]) ?? optionalString(message["markdown"]) ?? optionalString(result["ruleId"]) ?? "result";
}
__name(messageText, "messageText");
function sarifRuns(root) {
  const log = expectObject(root, "the SARIF log");
  if (log["version"] !== void 0 && log["version"] !== "2.1.0") {
    throw new ReportError(`has SARIF version ${JSON.stringify(log["version"])}, expected "2.1.0"`);
  }
  return expectArray(log["runs"], "runs").map((run, i) => {
    const runObject = expectObject(run, `runs[${i}]`);
    const results = optionalArray(runObject["results"], `runs[${i}].results`).map(
      (r, j) => expectObject(r, `runs[${i}].results[${j}]`)
    );
    return { run: runObject, results };
  });
}
__name(sarifRuns, "sarifRuns");
var sarifReader = {
  format: "sarif",
  family: "lint",
  detect: looksLikeSarif,
  read: /* @__PURE__ */ __name(async (source) => {
    const tally = new LintTally(source.workdir, source.findingScope);
    for (const { run, results } of sarifRuns(await readJson(source))) {
      const rules = runRules(run);
      for (const result of results) {
        if (result["kind"] !== void 0 && result["kind"] !== "fail") continue;
        if (isSuppressed(result)) continue;
        const level = effectiveLevel(result, rules);
        if (level === "none") continue;
        const ruleId = optionalString(result["ruleId"]);
        tally.add(level, {
          ...resultLocation(result),
          ...ruleId === void 0 ? {} : { title: ruleId },
          message: messageText(result)
        });
      }
    }
    return tally.report("sarif", source.displayName);
  }, "read")
};
function effectiveLevel(result, rules) {
  let level = optionalString(result["level"]);
  if (level === void 0) {
    const rule = ruleOf(result, rules);
    const configuration = rule && isObject(rule["defaultConfiguration"]) ? rule["defaultConfiguration"] : void 0;
    level = configuration ? optionalString(configuration["level"]) : void 0;
  }
  if (level === "error" || level === "warning" || level === "note" || level === "none")
    return level;
  return "warning";
}
__name(effectiveLevel, "effectiveLevel");

// src/reports/sarif-security.ts
var sarifSecurityReader = {
  format: "sarif-security",
  family: "security",
  detect: /* @__PURE__ */ __name((head) => looksLikeSarif(head) && (/"security-severity"\s*:/.test(head) || /"name"\s*:\s*"gitleaks"/i.test(head)), "detect"),
  read: /* @__PURE__ */ __name(async (source) => {
    const tally = new ScanTally();
    for (const { run, results } of sarifRuns(await readJson(source))) {
      const rules = runRules(run);
      const isGitleaks = /^gitleaks$/i.test(driverName(run));
      for (const result of results) {
        if (result["kind"] !== void 0 && result["kind"] !== "fail") continue;
        if (isSuppressed(result)) continue;
        const rule = ruleOf(result, rules);
        const ruleProperties = rule && isObject(rule["properties"]) ? rule["properties"] : {};
        const resultProperties = isObject(result["properties"]) ? result["properties"] : {};
        const tags = Array.isArray(ruleProperties["tags"]) ? ruleProperties["tags"] : [];
        const text = messageText(result).split("\n")[0].slice(0, 300);
        const id = optionalString(result["ruleId"]) ?? (rule ? optionalString(rule["id"]) : void 0) ?? text;
        let entryClass = "vulnerabilities";
        let severity;
        if (isGitleaks) {
          entryClass = "secrets";
          severity = "high";
        } else {
          if (tags.includes("secret")) entryClass = "secrets";
          severity = severityOfScore(
            score(resultProperties["security-severity"] ?? ruleProperties["security-severity"])
          );
        }
        const location = resultLocation(result);
        const file = location.file === void 0 ? void 0 : toRepoRelative(location.file, source.workdir);
        tally.add({
          class: entryClass,
          id,
          severity,
          isFixed: true,
          package: location.file ?? "",
          // The same leak in two commits is two leaks, as gitleaks counts them.
          version: `${location.line ?? ""}:${commitOf(result, resultProperties)}`,
          ...file === void 0 ? {} : { file },
          ...file !== void 0 && location.line !== void 0 ? { line: location.line } : {},
          // Never the message's details for a secret: gitleaks' properties hold the leaked value.
          title: isGitleaks ? `${id} in ${location.file ?? "an unknown file"}${location.line === void 0 ? "" : `:${location.line}`}` : `${id}: ${text}`
        });
      }
    }
    return tally.report("sarif-security", source);
  }, "read")
};
function driverName(run) {
  const tool = isObject(run["tool"]) ? run["tool"] : {};
  const driver = isObject(tool["driver"]) ? tool["driver"] : {};
  return optionalString(driver["name"]) ?? "";
}
__name(driverName, "driverName");
function commitOf(result, properties) {
  const fingerprints = isObject(result["partialFingerprints"]) ? result["partialFingerprints"] : {};
  return optionalString(properties["commit"]) ?? optionalString(fingerprints["commitSha"]) ?? "";
}
__name(commitOf, "commitOf");
function score(value) {
  if (typeof value === "number") return value;
  if (typeof value === "string" && value.trim() !== "") {
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : void 0;
  }
  return void 0;
}
__name(score, "score");

// src/reports/trivy-json.ts
function toSeverity(value) {
  switch (typeof value === "string" ? value.toUpperCase() : "") {
    case "CRITICAL":
      return "critical";
    case "HIGH":
      return "high";
    case "MEDIUM":
      return "medium";
    case "LOW":
      return "low";
    default:
      return "unknown";
  }
}
__name(toSeverity, "toSeverity");
var trivyJsonReader = {
  format: "trivy-json",
  family: "security",
  detect: /* @__PURE__ */ __name((head) => head.trimStart().startsWith("{") && /"SchemaVersion"\s*:/.test(head), "detect"),
  read: /* @__PURE__ */ __name(async (source) => {
    const root = expectObject(await readJson(source), "the report");
    const version = expectNumber(root["SchemaVersion"], "SchemaVersion");
    if (version !== 2)
      throw new ReportError(`has SchemaVersion ${version}; only trivy's schema 2 is supported`);
    const metrics = {
      vulnerabilities: zeroSeverities(),
      misconfigurations: zeroSeverities(),
      secrets: zeroSeverities()
    };
    const entries = [];
    const add = /* @__PURE__ */ __name((entry) => {
      metrics[entry.class][entry.severity]++;
      entries.push(entry);
    }, "add");
    optionalArray(root["Results"], "Results").forEach((value, i) => {
      const result = expectObject(value, `Results[${i}]`);
      const target = optionalString(result["Target"]);
      const file = target === void 0 ? void 0 : toRepoRelative(target, source.workdir);
      const located = /* @__PURE__ */ __name((line) => ({
        ...file === void 0 ? {} : { file },
        ...file !== void 0 && typeof line === "number" && line > 0 ? { line } : {}
      }), "located");
      for (const item of optionalArray(
        result["Vulnerabilities"],
        `Results[${i}].Vulnerabilities`
      )) {
        if (!isObject(item)) continue;
        const id = optionalString(item["VulnerabilityID"]) ?? "";
        const pkg = optionalString(item["PkgName"]) ?? "";
        const fixed = optionalString(item["FixedVersion"]);
        add({
          class: "vulnerabilities",
          id,
          severity: toSeverity(item["Severity"]),
          isFixed: fixed !== void 0 && fixed !== "" || item["Status"] === "fixed",
          ...located(void 0),
          title: `${id} in ${pkg} ${optionalString(item["InstalledVersion"]) ?? ""}${fixed ? ` (fixed in ${fixed})` : ""}`.trim()
        });
      }
      for (const item of optionalArray(
        result["Misconfigurations"],
        `Results[${i}].Misconfigurations`
      )) {
        if (!isObject(item) || item["Status"] !== "FAIL") continue;
        const id = optionalString(item["AVDID"]) ?? optionalString(item["ID"]) ?? "";
        const cause = isObject(item["CauseMetadata"]) ? item["CauseMetadata"] : {};
        add({
          class: "misconfigurations",
          id,
          severity: toSeverity(item["Severity"]),
          isFixed: true,
          ...located(cause["StartLine"]),
          title: `${id} ${optionalString(item["Title"]) ?? optionalString(item["Message"]) ?? ""}`.trim()
        });
      }
      for (const item of optionalArray(result["Secrets"], `Results[${i}].Secrets`)) {
        if (!isObject(item)) continue;
        const id = optionalString(item["RuleID"]) ?? "";
        add({
          class: "secrets",
          id,
          severity: toSeverity(item["Severity"]),
          isFixed: true,
          ...located(item["StartLine"]),
          title: `${id} ${optionalString(item["Title"]) ?? ""}`.trim()
        });
      }
    });
    const report = {
      kind: "trivy",
      format: "trivy-json",
      file: source.displayName,
      metrics,
      entries,
      findings: trivyFindings(entries)
    };
    return report;
  }, "read")
};

// src/reports/trivy-sarif.ts
var SEVERITY_TAGS = /* @__PURE__ */ new Set(["CRITICAL", "HIGH", "MEDIUM", "LOW", "UNKNOWN"]);
var trivySarifReader = {
  format: "trivy-sarif",
  family: "security",
  detect: /* @__PURE__ */ __name((head) => looksLikeSarif(head) && /"name"\s*:\s*"Trivy"/.test(head), "detect"),
  read: /* @__PURE__ */ __name(async (source) => {
    const metrics = {
      vulnerabilities: zeroSeverities(),
      misconfigurations: zeroSeverities(),
      secrets: zeroSeverities()
    };
    const entries = [];
    for (const { run, results } of sarifRuns(await readJson(source))) {
      const rules = runRules(run);
      for (const result of results) {
        if (result["kind"] !== void 0 && result["kind"] !== "fail") continue;
        if (isSuppressed(result)) continue;
        const rule = ruleOf(result, rules);
        const properties = rule && isObject(rule["properties"]) ? rule["properties"] : {};
        const tags = Array.isArray(properties["tags"]) ? properties["tags"].filter((t) => typeof t === "string") : [];
        const id = optionalString(result["ruleId"]) ?? (rule ? optionalString(rule["id"]) : void 0) ?? "";
        const severityTag = tags.find((t) => SEVERITY_TAGS.has(t));
        const severity = severityTag !== void 0 ? toSeverity(severityTag) : levelSeverity(optionalString(result["level"]));
        let entryClass;
        if (tags.includes("vulnerability")) entryClass = "vulnerabilities";
        else if (tags.includes("secret")) entryClass = "secrets";
        else if (tags.includes("misconfiguration")) entryClass = "misconfigurations";
        else entryClass = /^(CVE|GHSA)-/.test(id) ? "vulnerabilities" : "misconfigurations";
        const text = messageText(result);
        const fixedMatch = /Fixed Version: ?([^\n]*)/.exec(text);
        const location = resultLocation(result);
        const file = location.file === void 0 ? void 0 : toRepoRelative(location.file, source.workdir);
        const entry = {
          class: entryClass,
          id,
          severity,
          isFixed: entryClass !== "vulnerabilities" || fixedMatch !== null && fixedMatch[1].trim() !== "",
          ...file === void 0 ? {} : { file },
          ...file !== void 0 && location.line !== void 0 ? { line: location.line } : {},
          title: `${id} ${text.split("\n").find((l) => l.startsWith("Message: "))?.slice(9) ?? ""}`.trim()
        };
        metrics[entry.class][entry.severity]++;
        entries.push(entry);
      }
    }
    const report = {
      kind: "trivy",
      format: "trivy-sarif",
      file: source.displayName,
      metrics,
      entries,
      findings: trivyFindings(entries)
    };
    return report;
  }, "read")
};
function levelSeverity(level) {
  if (level === "error") return "high";
  if (level === "warning") return "medium";
  if (level === "note") return "low";
  return "unknown";
}
__name(levelSeverity, "levelSeverity");

// src/reports/detect.ts
var readers = [
  junitXmlReader,
  nunitXmlReader,
  trxReader,
  xunitXmlReader,
  coberturaReader,
  cloverReader,
  jacocoReader,
  checkstyleReader,
  trivySarifReader,
  sarifSecurityReader,
  sarifReader,
  trivyJsonReader,
  banditJsonReader,
  grypeJsonReader,
  osvScannerJsonReader,
  npmAuditJsonReader,
  pipAuditJsonReader,
  gitleaksJsonReader,
  coveragePyJsonReader,
  istanbulFinalReader,
  istanbulSummaryReader,
  eslintJsonReader,
  pylintJsonReader,
  goTestJsonReader,
  lcovReader,
  goCoverprofileReader,
  mypyReader,
  flake8Reader
].map(
  (reader) => isJsonReader(reader) && reader.maxBytes === void 0 ? { ...reader, maxBytes: MAX_JSON_BYTES } : reader
);
function isJsonReader(reader) {
  return /json|sarif|istanbul/.test(reader.format) && reader.format !== "go-test-json";
}
__name(isJsonReader, "isJsonReader");
function isReportFailure(value) {
  return "error" in value;
}
__name(isReportFailure, "isReportFailure");
async function readReport(absPath, options) {
  const name = displayPath(absPath, options.workdir);
  let opened;
  try {
    opened = await openReportSource(
      absPath,
      options.workdir,
      options.wantDetail ?? false,
      options.keepDetail,
      options.findingScope
    );
  } catch (error) {
    return { error: `${name}: ${describeIoError(error)}` };
  }
  const { source, headBytes } = opened;
  if (source.sizeBytes === 0) {
    if (options.formats?.length === 1 && options.formats[0] === "flake8") {
      return {
        kind: "lint",
        format: "flake8",
        file: name,
        findings: [],
        metrics: { errors: 0, warnings: 0, notes: 0 }
      };
    }
    const mayBeFlake8 = options.family === "lint" || options.family === void 0 && /flake8|\.txt$/i.test(name);
    return {
      error: `${name}: is empty (0 bytes)${mayBeFlake8 ? "; flake8 writes an empty file when clean: set `format: flake8` on the lint check" : ""}`
    };
  }
  if (headBytes.includes(0)) {
    const isUtf16 = headBytes[0] === 255 && headBytes[1] === 254 || headBytes[0] === 254 && headBytes[1] === 255;
    if (isUtf16) return { error: `${name}: is UTF-16 encoded; expected a UTF-8 text report` };
    return { error: `${name}: ${describeNul(headBytes)}` };
  }
  if (source.head.trim() === "" && source.sizeBytes <= headBytes.length)
    return { error: `${name}: is empty (only whitespace)` };
  const candidates = readers.filter(
    (reader2) => (options.family === void 0 || reader2.family === options.family) && (options.formats === void 0 || options.formats.includes(reader2.format))
  );
  const fileName = path_default.basename(absPath);
  let reader;
  try {
    reader = candidates.find((candidate) => candidate.detect(source.head, fileName));
  } catch (error) {
    return {
      error: `${name}: could not be examined: ${error instanceof Error ? error.message : String(error)}`
    };
  }
  if (reader === void 0) {
    const other = readers.find(
      (candidate) => !candidates.includes(candidate) && candidate.detect(source.head, fileName)
    );
    if (other !== void 0) {
      const wanted = options.formats ? options.formats.join(", ") : `a ${options.family ?? "known"} report`;
      return {
        error: `${name}: is a ${other.format} report (${other.family}), expected ${wanted}`
      };
    }
    return {
      error: `${name}: matches no known report format (tried ${candidates.map((c) => c.format).join(", ")})`
    };
  }
  if (reader.maxBytes !== void 0 && source.sizeBytes > reader.maxBytes) {
    return {
      error: `${name}: is ${formatBytes(source.sizeBytes)}, above the ${formatBytes(reader.maxBytes)} limit for ${reader.format} (this format is read whole)`
    };
  }
  try {
    const data = await reader.read(source);
    const impossible = impossibleFigure(data.metrics);
    if (impossible !== void 0)
      return { error: `${name} (${reader.format}): impossible figures: ${impossible}` };
    return data;
  } catch (error) {
    return { error: `${name} (${reader.format}): ${describeReadError(error)}` };
  }
}
__name(readReport, "readReport");
function describeNul(headBytes) {
  const nul = headBytes.indexOf(0);
  const before = headBytes.subarray(0, nul).toString("latin1");
  const isTextStart = /^(\uFEFF|\xEF\xBB\xBF)?\s*[<{[]/.test(before);
  if (!isTextStart || nul < 16) return "is a binary file (contains NUL bytes), not a report";
  const lines = before.split("\n");
  const line = lines.length;
  const column = Buffer.byteLength(lines[line - 1], "latin1") + 1;
  return `contains a NUL byte at ${line}:${column} (a corrupt or truncated report?)`;
}
__name(describeNul, "describeNul");
function describeIoError(error) {
  const code = typeof error === "object" && error !== null && "code" in error ? error.code : void 0;
  if (code === "ENOENT") return "file not found";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "is a directory, not a report file";
  return error instanceof Error ? error.message : String(error);
}
__name(describeIoError, "describeIoError");
function describeReadError(error) {
  if (error instanceof RangeError) return `could not be read: ${error.message}`;
  if (error instanceof Error) {
    const code = error.code;
    if (typeof code === "string" && code.startsWith("E"))
      return `could not be read: ${error.message}`;
    return error.message;
  }
  return String(error);
}
__name(describeReadError, "describeReadError");

export {
  readers,
  isReportFailure,
  readReport
};
//# sourceMappingURL=shared-reports-lcov.js.map
