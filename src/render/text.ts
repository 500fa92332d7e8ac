// The terminal view: a clear headline, blocking items first, then every item by section.
import { deltaLine } from './delta-line.js';
import type { Checklist, Status, Verdict } from '../model.js';
import { headlineText, overallHeadline } from './headline.js';
import { renderWaiversText } from './waivers.js';
import { flattenItems } from '../checklist/items.js';
import { getCheckKind } from '../checks/registry.js';

export interface TextOptions {
  readonly color: boolean;
  /** All of a failed command's output, not only its last lines. */
  readonly verbose?: boolean;
}

/** Lines of a failed item's output shown without --verbose. */
const OUTPUT_TAIL_LINES = 10;

const CODES = { red: 31, green: 32, yellow: 33, blue: 34, gray: 90, bold: 1 } as const;
type Paint = (code: keyof typeof CODES, text: string) => string;

function painter(color: boolean): Paint {
  return (code, text) => (color ? `\u001b[${CODES[code]}m${text}\u001b[0m` : text);
}

const MARKS: Readonly<Record<Status, [string, keyof typeof CODES]>> = {
  passed: ['✔', 'green'],
  failed: ['✘', 'red'],
  errored: ['!', 'red'],
  pending: ['○', 'yellow'],
  skipped: ['-', 'gray'],
  waived: ['~', 'yellow'],
};

/** Strips control characters a report might carry, so text cannot drive the terminal. */
function clean(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
}

export function renderText(verdict: Verdict, options: TextOptions): string {
  const paint = painter(options.color);
  const out: string[] = [];
  const headColor = (v: { passed: boolean; ready: boolean }): keyof typeof CODES =>
    v.ready ? 'green' : v.passed ? 'yellow' : 'red';
  const headMark = (v: { passed: boolean; ready: boolean }): string =>
    v.ready ? '✔' : v.passed ? '●' : '✘';
  for (const cv of verdict.checklists) {
    out.push(
      `${paint('bold', paint(headColor(cv), `${headMark(cv)} ${headlineText(cv, { mark: false })}`))}`,
    );
    out.push(
      `  ${paint('bold', clean(cv.checklist.title))} ${paint('gray', `(${cv.checklist.path})`)} · ${cv.counts.passed} passed, ${cv.counts.failed} failed, ${cv.counts.errored} errored, ${cv.counts.pending} pending, ${cv.counts.skipped} skipped${cv.counts.waived ? `, ${cv.counts.waived} waived` : ''} of ${cv.counts.total}${cv.minScore > 0 ? ` · min-score ${cv.minScore}` : ''}`,
    );
    if (verdict.delta) out.push(`  ${clean(deltaLine(verdict.delta))}`);
    out.push('');
    const blocking = cv.items.filter((judged) => judged.isBlocking);
    if (blocking.length > 0) {
      out.push(paint('bold', 'Blocking'));
      for (const { item, result } of blocking) {
        const [mark, color] = MARKS[result.status];
        out.push(
          `  ${paint(color, mark)} ${clean(item.title)} ${paint('gray', `${cv.checklist.path}:${item.line}`)}`,
        );
        out.push(`      ${clean(result.summary)}`);
        if (result.output && result.status !== 'pending') {
          const lines = result.output.replace(/\s+$/, '').split('\n');
          const shown = options.verbose ? lines : lines.slice(-OUTPUT_TAIL_LINES);
          if (shown.length < lines.length)
            out.push(
              paint(
                'gray',
                `      … last ${shown.length} of ${lines.length} lines (--verbose shows all)`,
              ),
            );
          for (const line of shown) out.push(paint('gray', `      │ ${clean(line)}`));
        }
      }
      out.push('');
    }
    let section: string | undefined;
    for (const { item, result, isBlocking, confirmation } of cv.items) {
      const key = item.section.join(' › ');
      if (key !== section) {
        section = key;
        out.push(paint('bold', key || 'Items'));
      }
      const [mark, color] = MARKS[result.status];
      const indent = item.parent !== undefined ? '    ' : '  ';
      const tag = item.check ? `${item.check.kind}${item.inferred ? '*' : ''}` : 'manual';
      out.push(
        `${indent}${paint(color, mark)} ${clean(item.title)} ${paint('gray', `[${tag}]`)}${isBlocking ? paint('red', ' blocking') : item.blocking ? '' : paint('gray', ' advisory')}`,
      );
      // A manual item's mark says enough unless something happened to it (ticked, refused).
      const isPlainManual =
        !item.check &&
        (result.status === 'pending' || result.status === 'passed') &&
        !item.checked &&
        !confirmation &&
        !item.owners &&
        !item.blocking;
      if (!isPlainManual) out.push(`${indent}    ${paint('gray', clean(result.summary))}`);
      // Advisory failures show their output here (blocking ones above).
      if (
        !isBlocking &&
        result.output &&
        (result.status === 'failed' || result.status === 'errored')
      ) {
        const lines = result.output.replace(/\s+$/, '').split('\n');
        for (const line of options.verbose ? lines : lines.slice(-OUTPUT_TAIL_LINES))
          out.push(paint('gray', `${indent}    │ ${clean(line)}`));
      }
    }
    const waiverLines = renderWaiversText(cv);
    if (waiverLines.length > 0) out.push('', ...waiverLines.map(clean));
    out.push('');
  }
  if (verdict.checklists.length > 1) {
    out.push(
      paint(
        'bold',
        paint(
          headColor(verdict),
          `${headMark(verdict)} overall: ${overallHeadline(verdict, { mark: false })}`,
        ),
      ),
    );
  }
  const anyInferred = verdict.checklists.some((cv) =>
    cv.items.some((judged) => judged.item.inferred),
  );
  out.push(
    paint(
      'gray',
      `${anyInferred ? "* inferred from the item's text · " : ''}${verdict.shards ? `merged from ${verdict.shards.length} shard${verdict.shards.length === 1 ? '' : 's'} (${clean(verdict.shards.join(', '))}) · ` : ''}${verdict.commit ? `commit ${verdict.commit.slice(0, 7)} · ` : ''}decided in ${(verdict.durationMs / 1000).toFixed(1)} s`,
    ),
  );
  return `${out.join('\n')}\n`;
}

export function renderPlanText(checklists: readonly Checklist[], options: TextOptions): string {
  const paint = painter(options.color);
  const out: string[] = [];
  for (const checklist of checklists) {
    const items = flattenItems(checklist);
    const automated = items.filter((item) => item.check).length;
    out.push(
      `${paint('bold', clean(checklist.title))} ${paint('gray', `(${checklist.path}, ${checklist.format})`)}`,
    );
    out.push(
      `  ${items.length} items: ${automated} decided by the gate (${items.filter((item) => item.inferred).length} inferred), ${items.length - automated} manual`,
      '',
    );
    let section: string | undefined;
    for (const item of items) {
      const key = item.section.join(' › ');
      if (key !== section) {
        section = key;
        out.push(paint('bold', key || 'Items'));
      }
      const indent = item.parent !== undefined ? '    ' : '  ';
      const where = paint('gray', `:${item.line}`);
      if (item.check) {
        const label = `${item.check.kind}${item.inferred ? ' (inferred)' : ''}`;
        out.push(`${indent}${paint('blue', '▶')} ${clean(item.title)} ${where}`);
        out.push(
          `${indent}    ${paint('blue', label)}: ${clean(getCheckKind(item.check.kind).describe(item.check.options))}${item.blocking ? '' : paint('gray', ' (advisory)')}`,
        );
        if (item.note) out.push(`${indent}    ${paint('gray', clean(item.note))}`);
      } else if (item.skip !== undefined) {
        out.push(
          `${indent}${paint('gray', '-')} ${clean(item.title)} ${where} ${paint('gray', `skipped: ${clean(item.skip)}`)}`,
        );
      } else {
        out.push(
          `${indent}${paint('yellow', '○')} ${clean(item.title)} ${where} ${paint('gray', item.checked ? 'manual, ticked' : 'manual')}`,
        );
        if (item.note) out.push(`${indent}    ${paint('gray', `not run: ${clean(item.note)}`)}`);
      }
    }
    out.push('');
  }
  return `${out.join('\n')}`;
}
