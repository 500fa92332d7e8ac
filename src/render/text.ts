// The terminal view: a clear headline, blocking items first, then every item by section.
import type { Checklist, Status, Verdict } from '../model.js';
import { renderWaiversText } from './waivers.js';
import { formatScore } from '../gate/judge.js';
import { flattenItems } from '../checklist/items.js';
import { getCheckKind } from '../checks/registry.js';

export interface TextOptions {
  readonly color: boolean;
}

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
  for (const cv of verdict.checklists) {
    const headline = cv.ready ? paint('green', '✔ READY') : paint('red', '✘ NOT READY');
    out.push(
      `${paint('bold', headline)}  ${paint('bold', clean(cv.checklist.title))}  ${paint('gray', `(${cv.checklist.path})`)}`,
    );
    out.push(
      `  score ${paint('bold', formatScore(cv.score))}${cv.minScore > 0 ? ` (needs ${cv.minScore})` : ''} · ${cv.level} · ${cv.counts.passed} passed, ${cv.counts.failed} failed, ${cv.counts.errored} errored, ${cv.counts.pending} pending, ${cv.counts.skipped} skipped${cv.counts.waived ? `, ${cv.counts.waived} waived` : ''}`,
    );
    out.push(`  ${clean(cv.reason)}`, '');
    const blocking = cv.items.filter((judged) => judged.isBlocking);
    if (blocking.length > 0) {
      out.push(paint('bold', 'Blocking'));
      for (const { item, result } of blocking) {
        const [mark, color] = MARKS[result.status];
        out.push(
          `  ${paint(color, mark)} ${clean(item.title)} ${paint('gray', `${cv.checklist.path}:${item.line}`)}`,
        );
        out.push(`      ${clean(result.summary)}`);
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
        `${indent}${paint(color, mark)} ${clean(item.title)} ${paint('gray', `[${tag}]`)}${isBlocking ? paint('red', ' blocking') : ''}`,
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
    }
    const waiverLines = renderWaiversText(cv);
    if (waiverLines.length > 0) out.push('', ...waiverLines.map(clean));
    out.push('');
  }
  if (verdict.checklists.length > 1) {
    out.push(
      `${verdict.ready ? paint('green', 'READY') : paint('red', 'NOT READY')} overall · score ${formatScore(verdict.score)} · ${verdict.level}`,
    );
  }
  const anyInferred = verdict.checklists.some((cv) =>
    cv.items.some((judged) => judged.item.inferred),
  );
  out.push(
    paint(
      'gray',
      `${anyInferred ? "* inferred from the item's text · " : ''}decided in ${(verdict.durationMs / 1000).toFixed(1)} s`,
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
