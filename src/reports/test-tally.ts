// Counting test outcomes and failed tests as findings: shared by the test readers other than JUnit's.
import type { Finding } from '../model.js';
import { toRepoRelative } from '../workspace/paths.js';
import {
  MAX_FINDINGS,
  ReportError,
  type ReportFormat,
  type ReportSource,
  type TestsReport,
} from './types.js';
import type { XmlTag } from './xml-stream.js';

export type TestOutcome = 'passed' | 'failed' | 'error' | 'skipped';

/** Longest message kept for a finding. */
export const MAX_MESSAGE_CHARS = 1000;

/** Text kept of a stack trace while looking for a source location in it. */
export const MAX_STACK_CHARS = 16 * 1024;

/** Counts of one report, and the findings of its failed and errored tests (at most MAX_FINDINGS). */
export class TestTally {
  total = 0;
  failed = 0;
  errors = 0;
  skipped = 0;
  readonly findings: Finding[] = [];

  /** True while a finding for a failed test would still be kept (so readers skip collecting text). */
  get wantsFindings(): boolean {
    return this.findings.length < MAX_FINDINGS;
  }

  add(outcome: TestOutcome): void {
    this.total++;
    if (outcome === 'failed') this.failed++;
    else if (outcome === 'error') this.errors++;
    else if (outcome === 'skipped') this.skipped++;
  }

  /** A failed or errored test: its name, first message line, and where in the repository it failed. */
  addFinding(
    outcome: 'failed' | 'error',
    name: string,
    message: string | undefined,
    location?: { readonly file: string; readonly line?: number },
  ): void {
    if (!this.wantsFindings) return;
    const first = message === undefined ? undefined : firstLine(message);
    this.findings.push({
      ...(location ? { file: location.file } : {}),
      ...(location?.line !== undefined ? { line: location.line } : {}),
      level: 'error',
      title: outcome === 'failed' ? 'Test failed' : 'Test errored',
      message: `${name}${first === undefined ? '' : `: ${first.slice(0, MAX_MESSAGE_CHARS)}`}`,
    });
  }

  report(format: ReportFormat, source: ReportSource): TestsReport {
    const { total, failed, errors, skipped, findings } = this;
    return {
      kind: 'tests',
      format,
      file: source.displayName,
      metrics: { total, passed: total - failed - errors - skipped, failed, errors, skipped },
      findings,
    };
  }
}

/**
 * A failed test's message and stack trace, each kept (up to its limit) while its element is open.
 * The reader says where those elements count (NUnit: only in a <failure>; TRX: in a result) and
 * empties the text at each test's start.
 */
export class FailureText {
  message = '';
  stack = '';
  private capturing: string | undefined;

  constructor(
    private readonly tally: TestTally,
    private readonly messageElement: string,
    private readonly stackElement: string,
  ) {}

  reset(): void {
    this.message = this.stack = '';
  }

  /** Starts keeping text at a message or stack-trace element, unless no finding would be kept. */
  open(name: string): void {
    if ((name === this.messageElement || name === this.stackElement) && this.tally.wantsFindings)
      this.capturing = name;
  }

  /** Stops keeping text at the kept element's end tag; true when `name` was that tag. */
  close(name: string): boolean {
    if (this.capturing === undefined || name !== this.capturing) return false;
    this.capturing = undefined;
    return true;
  }

  /** Text the parser hands over while `wantsText`. */
  append(text: string): void {
    if (this.capturing === this.messageElement) {
      if (this.message.length < MAX_MESSAGE_CHARS) this.message += text;
    } else if (this.stack.length < MAX_STACK_CHARS) this.stack += text;
  }

  get wantsText(): boolean {
    return this.capturing !== undefined;
  }
}

/**
 * `<test name="…"> has an unknown result "…"`: a test whose outcome attribute holds a value the
 * format does not define. Both values come from the file, so they are cut short.
 */
export function unknownOutcomeError(
  element: Pick<XmlTag, 'name' | 'attribute'>,
  nameAttribute: string,
  outcomeAttribute: string,
): ReportError {
  const name = (element.attribute(nameAttribute) ?? '').slice(0, 80);
  const outcome = (element.attribute(outcomeAttribute) ?? '').slice(0, 40);
  return new ReportError(
    `<${element.name} ${nameAttribute}="${name}"> has an unknown ${outcomeAttribute} "${outcome}"`,
  );
}

/** The first non-blank line of a text, trimmed; undefined when there is none. */
export function firstLine(text: string): string | undefined {
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed !== '') return trimmed;
  }
  return undefined;
}

/** `at Ns.Class.Method() in C:\src\File.cs:line 42` (.NET stack frames with debug symbols). */
const DOTNET_FRAME = / in (.+?):line (\d+)\s*$/;

/**
 * The first frame of a .NET stack trace whose file is inside the repository: where the test
 * failed in the code under review (frames in the framework or on another machine have no place).
 */
export function stackTraceLocation(
  stack: string,
  workdir: string,
): { file: string; line: number } | undefined {
  for (const frame of stack.split('\n')) {
    const match = DOTNET_FRAME.exec(frame);
    if (!match) continue;
    const file = toRepoRelative(match[1]!, workdir);
    if (file !== undefined) return { file, line: Number(match[2]) };
  }
  return undefined;
}
