// TRX (VSTest, `dotnet test --logger trx`): tests counted from the <UnitTestResult> outcomes.
import type { ReportReader } from './types.js';
import {
  FailureText,
  stackTraceLocation,
  TestTally,
  unknownOutcomeError,
  type TestOutcome,
} from './test-tally.js';
import { parseXml, xmlRootName, type XmlTag } from './xml-stream.js';

const OUTCOMES: Record<string, TestOutcome | undefined> = {
  Passed: 'passed',
  PassedButRunAborted: 'passed',
  Completed: 'passed',
  Warning: 'passed',
  Failed: 'failed',
  Error: 'error',
  Timeout: 'error',
  Aborted: 'error',
  NotRunnable: 'error',
  Disconnected: 'error',
  InProgress: 'error',
  Pending: 'error',
  NotExecuted: 'skipped',
  Inconclusive: 'skipped',
};

/**
 * One test per `<UnitTestResult>`, from its `outcome`, never from `<ResultSummary><Counters>`
 * (which leave NotExecuted results out). A data-driven result with `<InnerResults>` counts as its
 * inner results. Passed (and PassedButRunAborted, Completed, Warning) → passed; Failed → failed;
 * Error, Timeout, Aborted, NotRunnable, Disconnected (and a result still InProgress or Pending)
 * → error; NotExecuted and Inconclusive → skipped. A failed result is a finding at the first
 * frame of its `<StackTrace>` inside the repository.
 */
export const trxReader: ReportReader = {
  format: 'trx',
  family: 'tests',
  detect: (head) => xmlRootName(head) === 'TestRun',
  read: async (source) => {
    const tally = new TestTally();
    /** Open results (nested in InnerResults), each with whether it had inner results. */
    const open: { tag: XmlTag; depth: number; hasInner: boolean }[] = [];
    const failureText = new FailureText(tally, 'Message', 'StackTrace');
    await parseXml(source, ['TestRun'], {
      open: (tag, depth) => {
        if (tag.name === 'UnitTestResult') {
          const parent = open[open.length - 1];
          if (parent) parent.hasInner = true;
          open.push({ tag, depth, hasInner: false });
          failureText.reset();
        } else if (open.length > 0) {
          failureText.open(tag.name);
        }
      },
      close: (name, depth) => {
        if (failureText.close(name)) return;
        const top = open[open.length - 1];
        if (name !== 'UnitTestResult' || top === undefined || top.depth !== depth) return;
        open.pop();
        if (top.hasInner) return;
        const tag = top.tag;
        const raw = tag.attribute('outcome') ?? '';
        const outcome = OUTCOMES[raw];
        if (outcome === undefined) throw unknownOutcomeError(tag, 'testName', 'outcome');
        tally.add(outcome);
        if (outcome === 'failed' || outcome === 'error') {
          tally.addFinding(
            outcome,
            tag.attribute('testName') ?? '',
            failureText.message === '' ? (raw === 'Failed' ? undefined : raw) : failureText.message,
            stackTraceLocation(failureText.stack, source.workdir),
          );
        }
      },
      text: (text) => failureText.append(text),
      wantsText: () => failureText.wantsText,
    });
    return tally.report('trx', source);
  },
};
