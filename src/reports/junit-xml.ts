// JUnit XML (pytest, jest-junit, Maven Surefire, go-junit-report, mocha): tests counted from <testcase>.
import type { Finding } from '../model.js';
import { toRepoRelative } from '../workspace/paths.js';
import { WHOLE_READ_BYTES } from './report-source.js';
import { MAX_FINDINGS, type ReportReader, type TestsReport } from './types.js';
import { MAX_MESSAGE_CHARS } from './test-tally.js';
import {
  checkedTag,
  decodeCheckedText,
  hasValidEntities,
  normalizeLineEnds,
  sameText,
} from './xml-scan.js';
import {
  parseXml,
  parseXmlText,
  xmlRootName,
  type XmlHandlers,
  type XmlTag,
} from './xml-stream.js';

const ROOTS = ['testsuites', 'testsuite'];

/** What a JUnit file holds: the counts (passed is the rest) and findings for failed cases. */
export interface JunitFigures {
  readonly total: number;
  readonly failed: number;
  readonly errors: number;
  readonly skipped: number;
  readonly findings: Finding[];
}

/**
 * Counts `<testcase>` elements, never the suites' `tests`/`failures` attributes (writers and
 * trimmed files disagree with them). A case with a `<failure>` child is failed; else with an
 * `<error>` child it is an error; else with `<skipped>`, or `status="disabled"`, `"ignored"` or
 * `"skipped"`, it is skipped; else it passed. Rerun and
 * flaky children (`<rerunFailure>`, `<flakyError>`, ...) do not change the count. Suites may nest.
 * A failed or errored case becomes a finding at its `file`/`line` attributes when the writer
 * gives them; its message is the `message` attribute, else the first line of the element's text.
 *
 * A file read whole goes first through `readJunitFast`, which gives up on anything unusual; the
 * general scanner then reads it (and reports what is wrong, if anything is). The fast path keeps
 * `inspect` within 2× a plain scan: on bench/readers.mjs's 10 MB file, 92 ms with it and 137 ms
 * without (a plain scan of the same file: 47 ms).
 */
export const junitXmlReader: ReportReader = {
  format: 'junit-xml',
  family: 'tests',
  detect: (head) => {
    const root = xmlRootName(head);
    return root === 'testsuites' || root === 'testsuite';
  },
  read: async (source) => {
    let figures: JunitFigures;
    if (source.sizeBytes <= WHOLE_READ_BYTES) {
      let text = '';
      for await (const chunk of source.chunks()) text += chunk;
      figures = readJunitFast(text, source.workdir) ?? readJunitText(text, source.workdir);
    } else {
      const reader = junitHandlers(source.workdir);
      await parseXml(source, ROOTS, reader.handlers);
      figures = reader.figures();
    }
    const { total, failed, errors, skipped, findings } = figures;
    const report: TestsReport = {
      kind: 'tests',
      format: 'junit-xml',
      file: source.displayName,
      metrics: { total, passed: total - failed - errors - skipped, failed, errors, skipped },
      findings,
    };
    return report;
  },
};

/** The general path over a whole file's text: the scanner with the reader's handlers. */
export function readJunitText(text: string, workdir: string): JunitFigures {
  const reader = junitHandlers(workdir);
  parseXmlText(text, ROOTS, reader.handlers);
  return reader.figures();
}

/** The scanner's handlers that count cases, and the figures once the scan is done. */
function junitHandlers(workdir: string): {
  handlers: XmlHandlers;
  figures: () => JunitFigures;
} {
  let total = 0;
  let failed = 0;
  let errors = 0;
  let skipped = 0;
  const findings: Finding[] = [];
  let caseDepth = -1;
  let hasFailure = false;
  let hasError = false;
  let hasSkipped = false;
  /** The open <testcase>; its attributes are read only when it failed. */
  let caseTag: XmlTag | undefined;
  let message: string | undefined;
  let capturing = false;
  let text = '';

  // The handlers run for every element: their common paths stay small (so the scanner's
  // optimized code stays small and is ready soon); the rare ones are functions of their own.
  const openChild = (tag: XmlTag): void => {
    const name = tag.name;
    if (name === 'failure' || name === 'error') {
      if (name === 'failure') hasFailure = true;
      else hasError = true;
      if (message === undefined && findings.length < MAX_FINDINGS) {
        const attribute = tag.attributes['message'];
        if (attribute) message = attribute;
        else {
          capturing = true;
          text = '';
        }
      }
    } else if (name === 'skipped') {
      hasSkipped = true;
    }
  };
  const endCapture = (): void => {
    capturing = false;
    message = firstLine(text) ?? message;
  };
  const closeCase = (tag: XmlTag | undefined): void => {
    let outcome: 'failed' | 'error' | undefined;
    if (hasFailure) {
      failed++;
      outcome = 'failed';
    } else if (hasError) {
      errors++;
      outcome = 'error';
    } else if (hasSkipped) {
      skipped++;
    }
    if (outcome !== undefined && findings.length < MAX_FINDINGS && tag !== undefined) {
      findings.push(caseFinding(tag, outcome, message, workdir));
    }
  };

  const handlers: XmlHandlers = {
    open: (tag, depth) => {
      if (caseDepth === -1) {
        if (tag.name === 'testcase') {
          caseDepth = depth;
          hasFailure = hasError = false;
          hasSkipped = isSkippedStatus(tag.attribute('status'));
          caseTag = tag;
          message = undefined;
        }
      } else if (depth === caseDepth + 1) {
        openChild(tag);
      }
    },
    close: (name, depth) => {
      if (capturing && (name === 'failure' || name === 'error')) endCapture();
      if (depth !== caseDepth || name !== 'testcase') return;
      caseDepth = -1;
      total++;
      if (hasFailure || hasError || hasSkipped) closeCase(caseTag);
      caseTag = undefined;
    },
    text: (chunk) => {
      if (text.length < MAX_MESSAGE_CHARS) text += chunk;
    },
    wantsText: () => capturing,
  };
  return { handlers, figures: () => ({ total, failed, errors, skipped, findings }) };
}

/**
 * `<testcase status="disabled">` (and `ignored`, `skipped`), as Ant-style writers and the peers
 * that read them count it: skipped, unless a `<failure>` or `<error>` child says more.
 */
function isSkippedStatus(status: string | undefined): boolean {
  if (status === undefined) return false;
  const value = status.trim().toLowerCase();
  return value === 'disabled' || value === 'ignored' || value === 'skipped';
}

/** The first line of a failure's text, trimmed; undefined when there is none. */
function firstLine(text: string): string | undefined {
  const line = text.trim().split('\n', 1)[0] ?? '';
  return line === '' ? undefined : line;
}

// What the fast path knows of an open element: only what the counting needs.
const OTHER = 0;
const TESTCASE = 1;
const FAILURE = 2;
const ERROR = 3;
const SKIPPED = 4;

/**
 * The fast path: the same figures as `readJunitText` for a well-formed file, from one pass over
 * the text that makes no string and no object for most tags (see FastJunit). Open elements are kept as the
 * position and length of their names, compared with closing tags in place. It checks what the
 * general scanner checks (tags nest and match, attributes quoted, unique and free of "<", only
 * the five entities and character references, no NUL, one root, no text outside it) and is
 * stricter where that is cheaper: on anything it does not accept (a DOCTYPE, a name that is not
 * ASCII, any error) it returns undefined, and the general scanner reads the file instead (so
 * messages and odd-but-valid files stay its business). Failed cases' attributes and text are
 * read by the scanner's own functions.
 */
export function readJunitFast(text: string, workdir: string): JunitFigures | undefined {
  if (text.indexOf('\u0000') !== -1) return undefined;
  // A case's `status` attribute can make it skipped; such (rare) files take the general path.
  if (text.indexOf('status') !== -1 && /[ \t\r\n]status[ \t\r\n]*=/.test(text)) return undefined;
  return new FastJunit(text, workdir).run();
}

const SPACE = '[ \\t\\r\\n]';
const NAME = '[A-Za-z_:][-A-Za-z0-9_.:]*';

/**
 * Up to 8 attributes, each (after whitespace) an ASCII name, "=" and a quoted value without "<"
 * or "&"; a name may not be an earlier one's: the lookahead before each name compares it with
 * the names captured before it (groups `firstGroup`...). Each part is determined by the text
 * before it, so no input makes the expression backtrack far.
 */
function attributesPattern(firstGroup: number): string {
  const value = `(?:"[^"<&]*"|'[^'<&]*')`;
  let attributes = '';
  for (let k = 8; k >= 1; k--) {
    const earlier: string[] = [];
    for (let m = 1; m < k; m++) earlier.push(`\\${firstGroup + m - 1}${SPACE}*=`);
    const isNew = earlier.length === 0 ? '' : `(?!${earlier.join('|')})`;
    attributes = `(?:${SPACE}+${isNew}(${NAME})${SPACE}*=${SPACE}*${value}${attributes})?`;
  }
  return attributes;
}

/** A start tag (ASCII name, attributes as above) as the general scanner accepts it. */
const START_TAG = new RegExp(`<${NAME}${attributesPattern(1)}${SPACE}*\\/?>`, 'y');

/**
 * A passed case of the simplest kind, with the text before it: `<testcase .../>` or
 * `<testcase ...></testcase>` with nothing but text inside, attributes as above, no "&" in the
 * text.
 */
const PASSED_CASE_SOURCE = `[^<&]*<testcase${attributesPattern(1)}${SPACE}*(?:\\/>|>[^<&]*<\\/testcase${SPACE}*>)`;
const PASSED_CASE = new RegExp(PASSED_CASE_SOURCE, 'y');
/** Several at once: fewer calls, and the engine's loop does the work. */
const PASSED_CASES_COUNT = 16;
const PASSED_CASES = new RegExp(`(?:${PASSED_CASE_SOURCE}){${PASSED_CASES_COUNT}}`, 'y');

/**
 * The fast path's state. Most of a typical file is passed cases, which `passedCases` counts with
 * regular expressions, and most other start tags are checked by START_TAG: V8 runs expressions
 * as native code from their first use, whereas the JavaScript around them runs unoptimized for
 * much of a short process's life (a 10 MB file takes about 10 ms either way once warm, but
 * several times that when every tag went through unoptimized JavaScript). The loop in `run`
 * handles the rest a tag at a time; cases, failures and text have methods of their own.
 */
class FastJunit {
  total = 0;
  failed = 0;
  errors = 0;
  skipped = 0;
  readonly findings: Finding[] = [];
  /** The open <testcase>'s depth (-1: none), what it holds, and its attributes' place. */
  caseDepth = -1;
  hasFailure = false;
  hasError = false;
  hasSkipped = false;
  caseFrom = 0;
  caseTo = 0;
  message: string | undefined = undefined;
  capturing = false;
  captured = '';
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
  readonly attributeNames: number[] = [];

  constructor(
    readonly text: string,
    readonly workdir: string,
  ) {}

  run(): JunitFigures | undefined {
    const text = this.text;
    const length = text.length;
    /** Open elements: where each name starts and ends, and its kind. */
    const nameStarts: number[] = [];
    const nameEnds: number[] = [];
    const kinds: number[] = [];
    let depth = 0;
    let isRootClosed = false;
    let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    for (;;) {
      // Between cases, a run of passed cases goes to the regular expressions at once.
      if (depth !== 0 && this.caseDepth === -1) i = this.passedCases(i);
      const known = this.nextLt;
      const lt = known === -1 || known >= i ? known : text.indexOf('<', i);
      this.nextLt = lt;
      if (lt !== i) {
        const textEnd = lt === -1 ? length : lt;
        if (depth === 0 ? !isBlank(text, i, textEnd) : !this.textRun(i, textEnd)) return undefined;
      }
      if (lt === -1) break;
      const next = text.charCodeAt(lt + 1);
      if (next === 47 /* / */) {
        // A closing tag: the open element's name, then optional whitespace and ">".
        if (depth === 0) return undefined;
        const top = depth - 1;
        const nameStart = nameStarts[top]!;
        const nameLength = nameEnds[top]! - nameStart;
        if (!sameText(text, nameStart, lt + 2, nameLength)) return undefined;
        let j = lt + 2 + nameLength;
        let c = text.charCodeAt(j);
        while (c === 32 || c === 10 || c === 13 || c === 9) c = text.charCodeAt(++j);
        if (c !== 62) return undefined;
        i = j + 1;
        depth = top;
        const kind = kinds[top]!;
        if (kind !== OTHER) this.close(kind, depth);
        if (depth === 0) isRootClosed = true;
        continue;
      }
      if (next === 33 /* ! */ || next === 63 /* ? */) {
        i = this.markup(lt, depth);
        if (i === -1) return undefined;
        continue;
      }
      i = this.startTag(lt);
      if (i === -1) return undefined;
      const nameStart = lt + 1;
      const nameLength = this.nameEnd - nameStart;
      let kind = OTHER;
      if (depth === 0) {
        if (isRootClosed || !isRootName(text, nameStart, nameLength)) return undefined;
      } else if (this.caseDepth === -1) {
        if (nameLength === 8 && text.startsWith('testcase', nameStart)) {
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
    if (depth !== 0 || !isRootClosed) return undefined;
    const { total, failed, errors, skipped, findings } = this;
    return { total, failed, errors, skipped, findings };
  }

  /** The value between quotes at `q` and `close` has no "<" and only valid entities. */
  isCleanValue(q: number, close: number): boolean {
    let lt = this.nextLt;
    if (lt !== -1 && lt <= q) this.nextLt = lt = this.text.indexOf('<', q + 1);
    if (lt !== -1 && lt < close) return false;
    let amp = this.nextAmp;
    if (amp !== -1 && amp <= q) this.nextAmp = amp = this.text.indexOf('&', q + 1);
    return amp === -1 || amp > close || hasValidEntities(this.text, amp, close);
  }

  /**
   * Reads the start tag at `lt`; returns the index after it, or -1. Most tags are checked whole
   * by START_TAG (native code, whatever the state of the JavaScript around it); the others are
   * read one character at a time.
   */
  startTag(lt: number): number {
    const text = this.text;
    const tag = START_TAG;
    tag.lastIndex = lt;
    if (!tag.test(text)) return this.readStartTag(lt);
    const end = tag.lastIndex;
    let j = lt + 2;
    while (isAsciiNameChar(text.charCodeAt(j))) j++;
    this.nameEnd = this.attributesFrom = j;
    const isSelfClosing = text.charCodeAt(end - 2) === 47; /* / */
    this.isSelfClosing = isSelfClosing;
    this.attributesTo = isSelfClosing ? end - 2 : end - 1;
    return end;
  }

  /**
   * Reads the start tag at `lt` a character at a time: an ASCII name, then attributes (name,
   * "=", a quoted value without "<" and with valid entities, no name twice).
   */
  readStartTag(lt: number): number {
    const text = this.text;
    let j = lt + 1;
    let c = text.charCodeAt(j);
    if (!isAsciiNameStart(c)) return -1;
    do c = text.charCodeAt(++j);
    while (isAsciiNameChar(c));
    this.nameEnd = j;
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9 && c !== 47 && c !== 62) return -1;
    this.attributesFrom = j;
    const names = this.attributeNames;
    let count = 0;
    for (;;) {
      while (c === 32 || c === 10 || c === 13 || c === 9) c = text.charCodeAt(++j);
      if (c === 62 /* > */) {
        this.attributesTo = j;
        this.isSelfClosing = false;
        return j + 1;
      }
      if (c === 47 /* / */) {
        if (text.charCodeAt(j + 1) !== 62) return -1;
        this.attributesTo = j;
        this.isSelfClosing = true;
        return j + 2;
      }
      if (!isAsciiNameStart(c)) return -1;
      const nameStart = j;
      do c = text.charCodeAt(++j);
      while (isAsciiNameChar(c));
      const nameLength = j - nameStart;
      while (c === 32 || c === 10 || c === 13 || c === 9) c = text.charCodeAt(++j);
      if (c !== 61 /* = */) return -1;
      c = text.charCodeAt(++j);
      while (c === 32 || c === 10 || c === 13 || c === 9) c = text.charCodeAt(++j);
      if (c !== 34 && c !== 39) return -1;
      const close = text.indexOf(c === 34 ? '"' : "'", j + 1);
      if (close === -1 || !this.isCleanValue(j, close)) return -1;
      for (let k = 0; k < count; k++) {
        const other = names[2 * k]!;
        if (names[2 * k + 1]! === nameLength && sameText(text, other, nameStart, nameLength))
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
  passedCases(from: number): number {
    const text = this.text;
    const one = PASSED_CASE;
    one.lastIndex = from;
    if (!one.test(text)) return from;
    let total = this.total + 1;
    let end = one.lastIndex;
    const many = PASSED_CASES;
    for (;;) {
      many.lastIndex = end;
      if (!many.test(text)) break;
      total += PASSED_CASES_COUNT;
      end = many.lastIndex;
    }
    for (;;) {
      one.lastIndex = end;
      if (!one.test(text)) break;
      total++;
      end = one.lastIndex;
    }
    this.total = total;
    return end;
  }

  /** Text in the root, text[from, to): its entities checked, and kept while capturing. */
  textRun(from: number, to: number): boolean {
    let amp = this.nextAmp;
    if (amp !== -1 && amp < from) this.nextAmp = amp = this.text.indexOf('&', from);
    if (amp !== -1 && amp < to && !hasValidEntities(this.text, amp, to)) return false;
    if (this.capturing) this.capture(decodeCheckedText(this.text.slice(from, to)));
    return true;
  }

  capture(text: string): void {
    if (this.captured.length < MAX_MESSAGE_CHARS) this.captured += text;
  }

  /** A comment, CDATA section or processing instruction at `lt`; the index after it, or -1. */
  markup(lt: number, depth: number): number {
    const text = this.text;
    if (text.charCodeAt(lt + 1) === 63 /* ? */) {
      const end = text.indexOf('?>', lt + 2);
      return end === -1 ? -1 : end + 2;
    }
    if (text.startsWith('<!--', lt)) {
      const end = text.indexOf('-->', lt + 4);
      return end === -1 ? -1 : end + 3;
    }
    // CDATA, only inside the root; a DOCTYPE is left to the general scanner.
    if (depth === 0 || !text.startsWith('<![CDATA[', lt)) return -1;
    const end = text.indexOf(']]>', lt + 9);
    if (end === -1) return -1;
    if (this.capturing) this.capture(normalizeLineEnds(text.slice(lt + 9, end)));
    return end + 3;
  }

  openCase(depth: number): void {
    this.caseDepth = depth;
    this.hasFailure = this.hasError = this.hasSkipped = false;
    this.caseFrom = this.attributesFrom;
    this.caseTo = this.attributesTo;
    this.message = undefined;
  }

  /** An element inside an open case: a child may be a failure, error or skipped. Its kind. */
  openInCase(nameStart: number, nameLength: number, depth: number): number {
    const kind = childKind(this.text, nameStart, nameLength);
    if (depth !== this.caseDepth + 1) return kind;
    if (kind === FAILURE || kind === ERROR) {
      if (kind === FAILURE) this.hasFailure = true;
      else this.hasError = true;
      if (this.message === undefined && this.findings.length < MAX_FINDINGS) {
        const tag = checkedTag('', this.text, this.attributesFrom, this.attributesTo, false);
        const attribute = tag.attributes['message'];
        if (attribute) this.message = attribute;
        else {
          this.capturing = true;
          this.captured = '';
        }
      }
    } else if (kind === SKIPPED) {
      this.hasSkipped = true;
    }
    return kind;
  }

  /** The end of an element of a kind other than OTHER, at `depth`. */
  close(kind: number, depth: number): void {
    if (this.capturing && (kind === FAILURE || kind === ERROR)) {
      this.capturing = false;
      this.message = firstLine(this.captured) ?? this.message;
    }
    if (kind !== TESTCASE || depth !== this.caseDepth) return;
    this.caseDepth = -1;
    this.total++;
    let outcome: 'failed' | 'error' | undefined;
    if (this.hasFailure) {
      this.failed++;
      outcome = 'failed';
    } else if (this.hasError) {
      this.errors++;
      outcome = 'error';
    } else if (this.hasSkipped) {
      this.skipped++;
    }
    if (outcome !== undefined && this.findings.length < MAX_FINDINGS) {
      const tag = checkedTag('testcase', this.text, this.caseFrom, this.caseTo, false);
      this.findings.push(caseFinding(tag, outcome, this.message, this.workdir));
    }
  }
}

/** `testsuites` or `testsuite` at text[start, start + length). */
function isRootName(text: string, start: number, length: number): boolean {
  return (
    (length === 10 && text.startsWith('testsuites', start)) ||
    (length === 9 && text.startsWith('testsuite', start))
  );
}

/** The kind of an element inside a case (only failure, error and skipped count there). */
function childKind(text: string, start: number, length: number): number {
  if (length === 7) {
    if (text.startsWith('failure', start)) return FAILURE;
    if (text.startsWith('skipped', start)) return SKIPPED;
  } else if (length === 5 && text.startsWith('error', start)) {
    return ERROR;
  }
  return OTHER;
}

/** Only XML whitespace in text[from, to). */
function isBlank(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9) return false;
  }
  return true;
}

/** An ASCII letter, "_" or ":" (the fast path leaves other names to the general scanner). */
function isAsciiNameStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 58;
}

/** An ASCII name character: a name start, a digit, "-" or ".". */
function isAsciiNameChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 48 && c <= 58) ||
    c === 95 ||
    c === 45 ||
    c === 46
  );
}

/** A failed or errored case as a finding at its `file`/`line` attributes, when it has them. */
function caseFinding(
  tag: XmlTag,
  outcome: 'failed' | 'error',
  message: string | undefined,
  workdir: string,
): Finding {
  const attributes = tag.attributes;
  const caseClass = attributes['classname'];
  const caseName = attributes['name'] ?? '';
  const caseFile = attributes['file'];
  const lineText = attributes['line'];
  const caseLine = lineText === undefined ? undefined : Number(lineText);
  const file = caseFile === undefined ? undefined : toRepoRelative(caseFile, workdir);
  const title = caseClass ? `${caseClass} › ${caseName}` : caseName;
  const hasLine = caseLine !== undefined && Number.isInteger(caseLine) && caseLine > 0;
  const detail = message === undefined ? '' : `: ${message.slice(0, MAX_MESSAGE_CHARS)}`;
  return {
    ...(file === undefined ? {} : { file }),
    ...(file !== undefined && hasLine ? { line: caseLine } : {}),
    level: 'error',
    title: outcome === 'failed' ? 'Test failed' : 'Test errored',
    message: `${title}${detail}`,
  };
}
