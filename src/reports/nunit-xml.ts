// NUnit XML, version 3 (`<test-run>`) and 2 (`<test-results>`): tests counted from <test-case>.
import type { ReportReader } from './types.js';
import {
  FailureText,
  stackTraceLocation,
  TestTally,
  unknownOutcomeError,
  type TestOutcome,
} from './test-tally.js';
import { hasXmlRoot, parseXml, type XmlTag } from './xml-stream.js';

const ROOTS = ['test-run', 'test-results'];

/**
 * One test per `<test-case>` anywhere in the file (suite attributes are not used: trimmed files
 * disagree with them). NUnit 3's `result`: Passed and Warning → passed; Failed → failed, or an
 * error when its label is Error (Invalid and Cancelled stay failed, as NUnit counts them);
 * Skipped and Inconclusive → skipped. NUnit 2.5/2.6's `result`: Success → passed; Failure,
 * NotRunnable and Cancelled → failed; Error → error; Ignored, Skipped, Inconclusive → skipped.
 * NUnit 2.2/2.4 (no `result`): `executed="False"` → skipped; `success="False"` or a `<failure>`
 * → failed; else passed. A failed case is a finding at the first stack frame in the repository.
 */
export function nunitOutcome(
  attribute: (name: string) => string | undefined,
  hasFailure: boolean,
): TestOutcome {
  const result = attribute('result');
  if (result === undefined) {
    if (attribute('executed')?.toLowerCase() === 'false') return 'skipped';
    if (attribute('success')?.toLowerCase() === 'false' || hasFailure) return 'failed';
    return 'passed';
  }
  switch (result) {
    case 'Passed':
    case 'Success':
    case 'Warning':
      return 'passed';
    case 'Failed':
      return attribute('label') === 'Error' ? 'error' : 'failed';
    case 'Failure':
    case 'NotRunnable':
    case 'Cancelled':
      return 'failed';
    case 'Error':
      return 'error';
    case 'Skipped':
    case 'Ignored':
    case 'Inconclusive':
    case 'NotRun':
      return 'skipped';
    default:
      throw unknownOutcomeError({ name: 'test-case', attribute }, 'name', 'result');
  }
}

export const nunitXmlReader: ReportReader = {
  format: 'nunit-xml',
  family: 'tests',
  detect: (head) => hasXmlRoot(head, ROOTS),
  read: async (source) => {
    const tally = new TestTally();
    let caseDepth = -1;
    let caseTag: XmlTag | undefined;
    let hasFailure = false;
    let failureDepth = -1;
    const failureText = new FailureText(tally, 'message', 'stack-trace');
    await parseXml(source, ROOTS, {
      open: (tag, depth) => {
        if (caseDepth === -1) {
          if (tag.name !== 'test-case') return;
          caseDepth = depth;
          caseTag = tag;
          hasFailure = false;
          failureDepth = -1;
          failureText.reset();
        } else if (tag.name === 'failure' && depth === caseDepth + 1) {
          hasFailure = true;
          failureDepth = depth;
        } else if (failureDepth !== -1 && depth === failureDepth + 1) {
          failureText.open(tag.name);
        }
      },
      close: (name, depth) => {
        if (failureText.close(name)) return;
        if (name === 'failure' && depth === failureDepth) failureDepth = -1;
        else if (name === 'test-case' && depth === caseDepth) closeCase();
      },
      text: (text) => failureText.append(text),
      wantsText: () => failureText.wantsText,
    });
    function closeCase(): void {
      const tag = caseTag!;
      const outcome = nunitOutcome((name) => tag.attribute(name), hasFailure);
      tally.add(outcome);
      if (outcome === 'failed' || outcome === 'error') {
        const name = tag.attribute('fullname') ?? tag.attribute('name') ?? '';
        tally.addFinding(
          outcome,
          name,
          failureText.message === '' ? undefined : failureText.message,
          stackTraceLocation(failureText.stack, source.workdir),
        );
      }
      caseDepth = -1;
      caseTag = undefined;
    }
    return tally.report('nunit-xml', source);
  },
};
