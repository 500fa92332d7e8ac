// Markdown for the job summary, the PR comment and the check run: headline, blocking items
// first, a table per section, command output collapsed.
import { markdownTable } from 'markdown-table';
import type { ChecklistVerdict, JudgedItem, Status, Verdict } from '../model.js';
import { formatScore } from '../gate/judge.js';
import { escapeInline, escapeText, fenceFor, safeUrl } from './escape.js';
import { renderWaiversMarkdown } from './waivers.js';

export const STATUS_ICONS: Readonly<Record<Status, string>> = {
  passed: '✅',
  failed: '❌',
  errored: '⚠️',
  pending: '⏳',
  skipped: '⏭️',
  waived: '🟡',
};

export interface MarkdownOptions {
  /** Link to a checklist line at the head commit, or undefined for no links. */
  readonly lineUrl?: (checklistPath: string, line: number) => string | undefined;
  /** Link to the workflow run, for the footer. */
  readonly runUrl?: string;
  /** Per-item command output in collapsed blocks (off for the check run, which has its own text). */
  readonly includeOutput?: boolean;
  /** Heading level of the headline (2 in the summary and comment). */
  readonly headingLevel?: number;
  /** Most blocking items listed above the tables (the rest are counted); default all. The PR comment lists 25. */
  readonly maxBlockingListed?: number;
}

const KIND_LABELS: Readonly<Record<string, string>> = {
  command: 'command',
  tests: 'tests',
  coverage: 'coverage',
  lint: 'lint',
  bandit: 'bandit',
  trivy: 'trivy',
  env: 'env',
  file: 'file',
};

function kindLabel(judged: JudgedItem): string {
  const kind = judged.item.check
    ? (KIND_LABELS[judged.item.check.kind] ?? judged.item.check.kind)
    : 'manual';
  return judged.item.inferred ? `${kind} (inferred)` : kind;
}

function itemLink(judged: JudgedItem, checklistPath: string, options: MarkdownOptions): string {
  const title = escapeInline(judged.item.title);
  const url = safeUrl(options.lineUrl?.(checklistPath, judged.item.line));
  return url ? `[${title}](${url})` : title;
}

function depthOf(judged: JudgedItem, byId: ReadonlyMap<string, JudgedItem>): number {
  let depth = 0;
  for (
    let parent = judged.item.parent;
    parent !== undefined && depth < 10;
    parent = byId.get(parent)?.item.parent
  )
    depth++;
  return depth;
}

/** The headline: ready or not, score and level, and why. */
export function renderHeadline(
  verdict: { ready: boolean; score: number; level: string; reason?: string },
  title: string,
  level = 2,
): string {
  const hashes = '#'.repeat(level);
  const mark = verdict.ready ? '✅ Ready' : '❌ Not ready';
  return `${hashes} ${mark}: ${escapeText(title)}`;
}

function countsLine(cv: Pick<ChecklistVerdict, 'counts' | 'score' | 'level' | 'minScore'>): string {
  const c = cv.counts;
  const parts = [
    `**Score ${formatScore(cv.score)}**${cv.minScore > 0 ? ` (needs ${cv.minScore})` : ''}`,
    `level **${escapeText(cv.level)}**`,
    `${c.passed} passed`,
    c.failed ? `${c.failed} failed` : '',
    c.errored ? `${c.errored} errored` : '',
    c.pending ? `${c.pending} pending` : '',
    c.skipped ? `${c.skipped} skipped` : '',
    c.waived ? `${c.waived} waived` : '',
  ].filter(Boolean);
  return parts.join(' · ');
}

function sectionKey(judged: JudgedItem): string {
  return judged.item.section.join(' › ');
}

/** One checklist's report: headline, reason, blocking items, per-section tables, output. */
export function renderChecklistMarkdown(
  cv: ChecklistVerdict,
  options: MarkdownOptions = {},
): string {
  const level = options.headingLevel ?? 2;
  const lines: string[] = [];
  lines.push(renderHeadline(cv, cv.checklist.title, level), '');
  lines.push(countsLine(cv), '');
  lines.push(`> ${escapeText(cv.reason)}`, '');
  const byId = new Map(cv.items.map((judged) => [judged.item.id, judged]));
  const blocking = cv.items.filter((judged) => judged.isBlocking);
  const sub = '#'.repeat(level + 1);
  if (blocking.length > 0) {
    lines.push(`${sub} Blocking`, '');
    const listed = blocking.slice(0, options.maxBlockingListed ?? blocking.length);
    for (const judged of listed) {
      lines.push(
        `- ${STATUS_ICONS[judged.result.status]} ${itemLink(judged, cv.checklist.path, options)}: ${escapeInline(judged.result.summary)}`,
      );
    }
    if (listed.length < blocking.length)
      lines.push(
        `- … and ${blocking.length - listed.length} more blocking items, in the tables below`,
      );
    lines.push('');
  }
  const waivers = renderWaiversMarkdown(cv, options.lineUrl);
  if (waivers) lines.push(waivers);
  // Sections in order of first appearance.
  const sections = new Map<string, JudgedItem[]>();
  for (const judged of cv.items) {
    const key = sectionKey(judged);
    sections.set(key, [...(sections.get(key) ?? []), judged]);
  }
  for (const [key, items] of sections) {
    const passed = items.filter(
      (judged) => judged.result.status === 'passed' || judged.result.status === 'waived',
    ).length;
    const allGood =
      passed === items.length ||
      items.every(
        (judged) =>
          judged.result.status === 'passed' ||
          judged.result.status === 'waived' ||
          judged.result.status === 'skipped',
      );
    const table = markdownTable(
      [
        ['', 'Item', 'Check', 'Result'],
        ...items.map((judged) => [
          STATUS_ICONS[judged.result.status],
          `${'↳ '.repeat(depthOf(judged, byId))}${itemLink(judged, cv.checklist.path, options)}${judged.item.blocking ? '' : ' <sub>advisory</sub>'}`,
          kindLabel(judged),
          escapeInline(judged.result.summary),
        ]),
      ],
      // Headers left-aligned over left-aligned text; the status icon centred.
      { alignDelimiters: false, align: ['c', 'l', 'l', 'l'] },
    );
    const heading = key === '' ? 'Items' : escapeText(key);
    // Sections where everything passed are collapsed; the rest stay open.
    if (allGood) {
      lines.push(
        `<details><summary><b>${heading}</b>: ${passed}/${items.length} passed</summary>`,
        '',
        table,
        '',
        '</details>',
        '',
      );
    } else {
      lines.push(`${sub} ${heading} (${passed}/${items.length})`, '', table, '');
    }
  }
  if (options.includeOutput !== false) {
    const withOutput = cv.items.filter(
      (judged) =>
        judged.result.output &&
        (judged.result.status === 'failed' || judged.result.status === 'errored'),
    );
    for (const judged of withOutput) {
      const output = judged.result.output!.slice(-4000);
      const fence = fenceFor(output);
      lines.push(
        `<details><summary>Output: ${escapeText(judged.item.title)}</summary>`,
        '',
        fence,
        output,
        fence,
        '',
        '</details>',
        '',
      );
    }
  }
  return lines.join('\n');
}

/** The whole verdict: one part per checklist, plus an overall line when there are several. */
export function renderMarkdown(verdict: Verdict, options: MarkdownOptions = {}): string {
  const parts: string[] = [];
  if (verdict.checklists.length > 1) {
    parts.push(
      `## ${verdict.ready ? '✅ Ready' : '❌ Not ready'}: ${verdict.checklists.length} checklists`,
      '',
      `**Score ${formatScore(verdict.score)}** · level **${escapeText(verdict.level)}** · ${verdict.counts.blocking} blocking`,
      '',
    );
  }
  for (const cv of verdict.checklists) {
    parts.push(
      renderChecklistMarkdown(cv, {
        ...options,
        headingLevel: verdict.checklists.length > 1 ? 3 : (options.headingLevel ?? 2),
      }),
    );
  }
  parts.push(renderFooter(verdict, options));
  return parts.join('\n');
}

export function renderFooter(
  verdict: Pick<Verdict, 'durationMs'>,
  options: MarkdownOptions,
): string {
  const run = safeUrl(options.runUrl);
  return `<sub>readiness-gate · decided in ${(verdict.durationMs / 1000).toFixed(1)} s${run ? ` · [workflow run](${run})` : ''}</sub>\n`;
}

/** Configuration problems, for the job summary when the checklist is invalid. */
export function renderProblemsMarkdown(problems: readonly string[]): string {
  const fence = fenceFor(problems.join('\n'));
  return [
    `## ⚠️ Invalid checklist`,
    '',
    `The gate did not decide: fix ${problems.length === 1 ? 'this problem' : `these ${problems.length} problems`} first.`,
    '',
    fence,
    ...problems,
    fence,
    '',
  ].join('\n');
}
