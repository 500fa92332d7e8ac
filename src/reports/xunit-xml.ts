// xUnit.net v2 XML (`<assemblies><assembly><collection><test>`): tests counted from <test>.
import { toRepoRelative } from '../workspace/paths.js';
import type { ReportReader } from './types.js';
import {
  FailureText,
  stackTraceLocation,
  TestTally,
  unknownOutcomeError,
  type TestOutcome,
} from './test-tally.js';
import { hasXmlRoot, parseXml, type XmlTag } from './xml-stream.js';

const ROOTS = ['assemblies', 'assembly'];

const RESULTS: Record<string, TestOutcome | undefined> = {
  Pass: 'passed',
  Fail: 'failed',
  Skip: 'skipped',
  NotRun: 'skipped',
};

/**
 * One test per `<test>` element, from its `result`: Pass → passed, Fail → failed, Skip and
 * NotRun → skipped (the assembly's total/passed/failed attributes are not used). A failed test
 * is a finding at its `source-file`/`source-line` when the runner wrote them, else at the first
 * frame of its stack trace inside the repository.
 */
export const xunitXmlReader: ReportReader = {
  format: 'xunit-xml',
  family: 'tests',
  detect: (head) => hasXmlRoot(head, ROOTS),
  read: async (source) => {
    const tally = new TestTally();
    let testDepth = -1;
    let testTag: XmlTag | undefined;
    const failureText = new FailureText(tally, 'message', 'stack-trace');
    await parseXml(source, ROOTS, {
      open: (tag, depth) => {
        if (testDepth === -1) {
          if (tag.name !== 'test') return;
          testDepth = depth;
          testTag = tag;
          failureText.reset();
        } else {
          failureText.open(tag.name);
        }
      },
      close: (name, depth) => {
        if (failureText.close(name)) return;
        if (name !== 'test' || depth !== testDepth) return;
        testDepth = -1;
        const tag = testTag!;
        const raw = tag.attribute('result') ?? '';
        const outcome = RESULTS[raw];
        if (outcome === undefined) throw unknownOutcomeError(tag, 'name', 'result');
        tally.add(outcome);
        if (outcome === 'failed') {
          const attributes = tag.attributes;
          const sourceFile = attributes['source-file'];
          const file =
            sourceFile === undefined ? undefined : toRepoRelative(sourceFile, source.workdir);
          const line = Number(attributes['source-line']);
          const location =
            file !== undefined
              ? { file, ...(Number.isInteger(line) && line > 0 ? { line } : {}) }
              : stackTraceLocation(failureText.stack, source.workdir);
          tally.addFinding(
            'failed',
            attributes['name'] ?? '',
            failureText.message === '' ? undefined : failureText.message,
            location,
          );
        }
      },
      text: (text) => failureText.append(text),
      wantsText: () => failureText.wantsText,
    });
    return tally.report('xunit-xml', source);
  },
};
