// JUnit XML (pytest, jest-junit, Maven Surefire, go-junit-report, mocha): tests counted from <testcase>.
import type { Finding } from '../model.js';
import { toRepoRelative } from '../gate/paths.js';
import { MAX_FINDINGS, type ReportReader, type TestsReport } from './types.js';
import { parseXml, xmlRootName } from './xml-stream.js';

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
    let caseClass: string | undefined;
    let caseName = '';
    let caseFile: string | undefined;
    let caseLine: number | undefined;
    let message: string | undefined;
    let capturing = false;
    let text = '';

    await parseXml(source, ['testsuites', 'testsuite'], {
      open: (tag, depth) => {
        if (tag.name === 'testcase' && caseDepth === -1) {
          caseDepth = depth;
          hasFailure = hasError = hasSkipped = false;
          const attributes = tag.attributes;
          caseClass = attributes['classname'];
          caseName = attributes['name'] ?? '';
          caseFile = attributes['file'];
          const line = attributes['line'];
          caseLine = line === undefined ? undefined : Number(line);
          message = undefined;
          return;
        }
        if (caseDepth !== -1 && depth === caseDepth + 1) {
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
        }
      },
      close: (name, depth) => {
        if (capturing && (name === 'failure' || name === 'error')) {
          capturing = false;
          const firstLine = text.trim().split('\n', 1)[0] ?? '';
          if (firstLine !== '') message = firstLine;
        }
        if (depth !== caseDepth || name !== 'testcase') return;
        caseDepth = -1;
        total++;
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
        if (outcome !== undefined && findings.length < MAX_FINDINGS) {
          const file =
            caseFile === undefined ? undefined : toRepoRelative(caseFile, source.workdir);
          const title = caseClass ? `${caseClass} › ${caseName}` : caseName;
          const hasLine = caseLine !== undefined && Number.isInteger(caseLine) && caseLine > 0;
          const detail = message === undefined ? '' : `: ${message.slice(0, MAX_MESSAGE_CHARS)}`;
          findings.push({
            ...(file === undefined ? {} : { file }),
            ...(file !== undefined && hasLine ? { line: caseLine } : {}),
            level: 'error',
            title: outcome === 'failed' ? 'Test failed' : 'Test errored',
            message: `${title}${detail}`,
          });
        }
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
