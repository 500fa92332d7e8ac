// xUnit.net v2 XML (`<assemblies><assembly><collection><test>`): tests counted from <test>.
import { toRepoRelative } from '../workspace/paths.js';
import { ReportError, type ReportReader } from './types.js';
import {
  MAX_MESSAGE_CHARS,
  MAX_STACK_CHARS,
  stackTraceLocation,
  TestTally,
  type TestOutcome,
} from './test-tally.js';
import { parseXml, xmlRootName, type XmlTag } from './xml-stream.js';

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
  detect: (head) => {
    const root = xmlRootName(head);
    return root !== undefined && ROOTS.includes(root);
  },
  read: async (source) => {
    const tally = new TestTally();
    let testDepth = -1;
    let testTag: XmlTag | undefined;
    let capturing: 'message' | 'stack-trace' | undefined;
    let message = '';
    let stack = '';
    await parseXml(source, ROOTS, {
      open: (tag, depth) => {
        if (testDepth === -1) {
          if (tag.name !== 'test') return;
          testDepth = depth;
          testTag = tag;
          message = stack = '';
        } else if ((tag.name === 'message' || tag.name === 'stack-trace') && tally.wantsFindings) {
          capturing = tag.name;
        }
      },
      close: (name, depth) => {
        if (capturing !== undefined && name === capturing) {
          capturing = undefined;
          return;
        }
        if (name !== 'test' || depth !== testDepth) return;
        testDepth = -1;
        const tag = testTag!;
        const raw = tag.attribute('result') ?? '';
        const outcome = RESULTS[raw];
        if (outcome === undefined) {
          throw new ReportError(
            `<test name="${(tag.attribute('name') ?? '').slice(0, 80)}"> has an unknown result "${raw.slice(0, 40)}"`,
          );
        }
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
              : stackTraceLocation(stack, source.workdir);
          tally.addFinding(
            'failed',
            attributes['name'] ?? '',
            message === '' ? undefined : message,
            location,
          );
        }
      },
      text: (text) => {
        if (capturing === 'message') {
          if (message.length < MAX_MESSAGE_CHARS) message += text;
        } else if (stack.length < MAX_STACK_CHARS) stack += text;
      },
      wantsText: () => capturing !== undefined,
    });
    return tally.report('xunit-xml', source);
  },
};
