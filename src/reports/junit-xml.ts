// JUnit XML (pytest, jest-junit, Maven Surefire, go-junit-report, mocha): tests counted from <testcase>.
import type { Finding } from '../model.js';
import { toRepoRelative } from '../gate/paths.js';
import { MAX_FINDINGS, type ReportReader, type TestsReport } from './types.js';
import { parseXml, xmlRootName, type XmlTag } from './xml-stream.js';

const MAX_MESSAGE_CHARS = 1000;

/**
 * Counts `<testcase>` elements, never the suites' `tests`/`failures` attributes (writers and
 * trimmed files disagree with them). A case with a `<failure>` child is failed; else with an
 * `<error>` child it is an error; else with `<skipped>` it is skipped; else it passed. Rerun and
 * flaky children (`<rerunFailure>`, `<flakyError>`, ...) do not change the count. Suites may nest.
 * A failed or errored case becomes a finding at its `file`/`line` attributes when the writer
 * gives them; its message is the `message` attribute, else the first line of the element's text.
 */
export const junitXmlReader: ReportReader = {
  format: 'junit-xml',
  family: 'tests',
  detect: (head) => {
    const root = xmlRootName(head);
    return root === 'testsuites' || root === 'testsuite';
  },
  read: async (source) => {
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
      const firstLine = text.trim().split('\n', 1)[0] ?? '';
      if (firstLine !== '') message = firstLine;
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
        findings.push(caseFinding(tag, outcome, message, source.workdir));
      }
    };

    await parseXml(source, ['testsuites', 'testsuite'], {
      open: (tag, depth) => {
        if (caseDepth === -1) {
          if (tag.name === 'testcase') {
            caseDepth = depth;
            hasFailure = hasError = hasSkipped = false;
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
    });

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
