// Markdown for the PR comment, the check run and the job summary, reviewer first: the headline,
// one line of counts and changes, each blocking item once with its evidence, the items awaiting
// a person collapsed with a list to paste, the section tables collapsed, a footer.
import { markdownTable } from 'markdown-table';
import type {
  ChecklistVerdict,
  Delta,
  Finding,
  JudgedItem,
  Problem,
  Status,
  Verdict,
} from '../model.js';
import { plural } from '../model.js';
import { escapeInline, escapeText, fenceFor, safeUrl, truncate } from './escape.js';
import { headlineText, overallHeadline } from './headline.js';
import { deltaLine } from './delta-line.js';
import { confirmByCommand, confirmCommandBlock, renderWaiversMarkdown } from './waivers.js';

export const STATUS_ICONS: Readonly<Record<Status, string>> = {
  passed: '✅',
  failed: '❌',
  errored: '⚠️',
  pending: '⏳',
  skipped: '⏭️',
  waived: '🟡',
};

/** What changed since the previous run of the gate on this pull request (ids of items). */
export interface VerdictChanges {
  readonly newlyBlocking: readonly string[];
  readonly newlyPassing: readonly string[];
}

export interface MarkdownOptions {
  /** Link to a checklist line at the head commit, or undefined for no links. */
  readonly lineUrl?: (checklistPath: string, line: number) => string | undefined;
  /** Link to the workflow run, for the footer. */
  readonly runUrl?: string;
  /** Link to the judged commit, for the counts line. */
  readonly commitUrl?: string;
  /** Per-item command output as evidence (on by default). */
  readonly includeOutput?: boolean;
  /** Heading level of the headline (2 in the summary and comment). */
  readonly headingLevel?: number;
  /** Most blocking items shown with their evidence (the rest are listed in the tables); default 25. */
  readonly maxBlockingListed?: number;
  /** Changes since the previous run, per checklist path; none on the first run. */
  readonly changes?: (checklistPath: string) => VerdictChanges | undefined;
  /** Leaves out the footer (duration and run link change on every run). */
  readonly omitFooter?: boolean;
  /** The run against the base report: shown as an "against the base" line under the counts. */
  readonly delta?: Delta;
}

/** Lines of a failed command's output shown inline; more are collapsed beneath. */
const OUTPUT_LINES_INLINE = 10;
const OUTPUT_LINES_COLLAPSED = 60;
/** Findings (failing tests, lint errors, vulnerabilities) shown per blocking item. */
const FINDINGS_SHOWN = 5;
/** Per-section collapsed blocks up to this many sections; beyond, one block holds every table. */
const MAX_SECTION_BLOCKS = 8;

function kindLabel(judged: JudgedItem): string {
  const kind = judged.item.check?.kind ?? 'manual';
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

/** `abc1234`, linked to the commit when the link is known. */
function commitRef(commit: string | undefined, url: string | undefined): string | undefined {
  if (!commit || !/^[0-9a-f]{7,64}$/i.test(commit)) return undefined;
  const short = `\`${commit.slice(0, 7)}\``;
  const safe = safeUrl(url);
  return safe ? `[${short}](${safe})` : short;
}

/** `5 passed · 3 failed · 2 pending of 10`, zero counts left out. */
function countsPhrase(cv: Pick<ChecklistVerdict, 'counts'>): string {
  const c = cv.counts;
  const parts = [
    `${c.passed} passed`,
    c.failed ? `${c.failed} failed` : '',
    c.errored ? `${c.errored} errored` : '',
    c.pending ? `${c.pending} pending` : '',
    c.waived ? `${c.waived} waived` : '',
    c.skipped ? `${c.skipped} skipped` : '',
  ].filter(Boolean);
  return `${parts.join(' · ')} of ${c.total}`;
}

function changesPhrase(
  cv: ChecklistVerdict,
  changes: VerdictChanges | undefined,
): string | undefined {
  if (!changes) return undefined;
  const byId = new Map(cv.items.map((judged) => [judged.item.id, judged]));
  const passingTitles = changes.newlyPassing
    .map((id) => byId.get(id)?.item.title)
    .filter((title): title is string => title !== undefined);
  const parts = [
    changes.newlyBlocking.length > 0 ? `${changes.newlyBlocking.length} newly blocking` : '',
    passingTitles.length > 0
      ? `${passingTitles.length} newly passing (${passingTitles
          .slice(0, 3)
          .map((title) => escapeInline(truncate(title, 60)))
          .join('; ')}${passingTitles.length > 3 ? `; ${passingTitles.length - 3} more` : ''})`
      : '',
  ].filter(Boolean);
  return `since the previous run: ${parts.length > 0 ? parts.join(', ') : 'no item changed'}`;
}

function fenced(text: string, indent: string): string[] {
  const fence = fenceFor(text);
  return [fence, ...text.split('\n'), fence].map((line) => `${indent}${line}`);
}

function findingLine(finding: Finding): string {
  const where = finding.file
    ? `\`${finding.file.replace(/`/g, "'")}${finding.line ? `:${finding.line}` : ''}\` `
    : '';
  const title = finding.title ? `**${escapeText(truncate(finding.title, 120))}**: ` : '';
  return `${where}${title}${escapeText(truncate(finding.message.split('\n')[0] ?? '', 200))}`;
}

const LEVEL_RANK: Readonly<Record<Finding['level'], number>> = { error: 0, warning: 1, notice: 2 };

/** Metric figures a reviewer weighs (coverage percentages with their counts). */
function coverageEvidence(judged: JudgedItem): string | undefined {
  if (judged.item.check?.kind !== 'coverage' || !judged.result.metrics) return undefined;
  const parts: string[] = [];
  for (const figure of ['lines', 'branches', 'functions']) {
    const value = judged.result.metrics[figure] as
      { covered: number; total: number; pct: number } | null | undefined;
    if (value && typeof value.pct === 'number')
      parts.push(
        `${figure} ${(Math.floor(value.pct * 10) / 10).toFixed(1)}% (${value.covered} of ${value.total})`,
      );
  }
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

/** A blocking item: its title linked to its line, the reason, and the evidence beneath. */
function blockingEntry(
  judged: JudgedItem,
  cv: ChecklistVerdict,
  options: MarkdownOptions,
  isNew: boolean,
): string[] {
  const { result } = judged;
  const reason =
    result.status === 'pending'
      ? `${escapeInline(result.summary)}: a required sign-off`
      : escapeInline(result.summary);
  const lines = [
    `- ${STATUS_ICONS[result.status]} **${itemLink(judged, cv.checklist.path, options)}**: ${reason}${isNew ? ' · _new_' : ''}`,
  ];
  const coverage = coverageEvidence(judged);
  if (coverage) lines.push(`  - ${coverage}`);
  const findings = [...(result.findings ?? [])].sort(
    (a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level],
  );
  for (const finding of findings.slice(0, FINDINGS_SHOWN))
    lines.push(`  - ${findingLine(finding)}`);
  if (findings.length > FINDINGS_SHOWN)
    lines.push(`  - … and ${findings.length - FINDINGS_SHOWN} more (annotations on the check run)`);
  if (options.includeOutput !== false && result.output) {
    const all = result.output.replace(/\s+$/, '').split('\n');
    lines.push('', ...fenced(all.slice(-OUTPUT_LINES_INLINE).join('\n'), '  '));
    if (all.length > OUTPUT_LINES_INLINE) {
      const longer = all.slice(-OUTPUT_LINES_COLLAPSED);
      lines.push(
        '',
        `  <details><summary>Last ${longer.length} lines of output</summary>`,
        '',
        ...fenced(longer.join('\n'), '  '),
        '',
        '  </details>',
      );
    }
    lines.push('');
  }
  return lines;
}

/** The items awaiting a person: collapsed, with how to confirm them and a list to paste. */
function awaitingBlock(cv: ChecklistVerdict): string[] {
  const pending = cv.items.filter((judged) => judged.result.status === 'pending');
  if (pending.length === 0) return [];
  const blocking = pending.filter((judged) => judged.isBlocking).length;
  // Checks that could not run here (their program is not installed) wait for a person too.
  const uninstalled = pending.filter((judged) => judged.item.check !== undefined).length;
  const prBodyOnly = cv.checklist.policy.confirmFrom === 'pr-body';
  // Items only a person's /confirm may confirm (confirm-from: review, or owners) get the line to post.
  const byCommand = confirmByCommand(cv, pending);
  const ticked = pending.filter((judged) => !byCommand.includes(judged));
  const list = ticked.map((judged) => `- [ ] ${judged.item.title.replace(/\s+/g, ' ')}`).join('\n');
  return [
    `<details><summary>⏳ <b>${plural(pending.length, 'item')} ${pending.length === 1 ? 'awaits' : 'await'} a person</b>${blocking > 0 ? ` (${blocking} blocking)` : ' (not blocking)'}</summary>`,
    '',
    ...(ticked.length > 0
      ? [
          `To confirm an item, tick its box in this pull request's description${prBodyOnly ? '' : ' (or in the checklist file)'}: the gate runs again when the description is edited. Paste this list into the description to start:`,
          '',
        ]
      : []),
    ...(uninstalled > 0
      ? [
          `${uninstalled === 1 ? 'One of them is a check' : `${uninstalled} of them are checks`} whose program is not installed in this job: install it there and the gate decides ${uninstalled === 1 ? 'it' : 'them'} itself.`,
          '',
        ]
      : []),
    ...(ticked.length > 0 ? [...fenced(list, ''), ''] : []),
    ...confirmCommandBlock(byCommand),
    '</details>',
    '',
  ];
}

function sectionKey(judged: JudgedItem): string {
  return judged.item.section.join(' › ');
}

function sectionSummary(items: readonly JudgedItem[]): string {
  const count = (status: Status): number =>
    items.filter((judged) => judged.result.status === status).length;
  const parts = [
    `${count('passed') + count('waived')}/${items.length} passed`,
    count('failed') ? `${count('failed')} failed` : '',
    count('errored') ? `${count('errored')} errored` : '',
    count('pending') ? `${count('pending')} pending` : '',
    count('skipped') ? `${count('skipped')} skipped` : '',
  ].filter(Boolean);
  return parts.join(', ');
}

/** Marks an item whose blocking differs from its kind's default: an advisory check, a required sign-off. */
function tagOf(judged: JudgedItem): string {
  if (judged.item.check && !judged.item.blocking) return ' <sub>advisory</sub>';
  if (!judged.item.check && judged.item.blocking) return ' <sub>required</sub>';
  return '';
}

function sectionTable(
  items: readonly JudgedItem[],
  cv: ChecklistVerdict,
  byId: ReadonlyMap<string, JudgedItem>,
  options: MarkdownOptions,
): string {
  return markdownTable(
    [
      ['', 'Item', 'Check', 'Result'],
      ...items.map((judged) => [
        STATUS_ICONS[judged.result.status],
        `${'↳ '.repeat(depthOf(judged, byId))}${itemLink(judged, cv.checklist.path, options)}${tagOf(judged)}`,
        kindLabel(judged),
        escapeInline(judged.result.summary),
      ]),
    ],
    // Headers left-aligned over left-aligned text; the status icon centred.
    { alignDelimiters: false, align: ['c', 'l', 'l', 'l'] },
  );
}

/** One table per section, collapsed: what needs attention is already shown above them. */
function sectionBlocks(cv: ChecklistVerdict, options: MarkdownOptions): string[] {
  const byId = new Map(cv.items.map((judged) => [judged.item.id, judged]));
  const sections = new Map<string, JudgedItem[]>();
  for (const judged of cv.items) {
    const key = sectionKey(judged);
    sections.set(key, [...(sections.get(key) ?? []), judged]);
  }
  const lines: string[] = [];
  if (sections.size <= MAX_SECTION_BLOCKS) {
    for (const [key, items] of sections) {
      lines.push(
        `<details><summary><b>${key === '' ? 'Items' : escapeText(key)}</b>: ${sectionSummary(items)}</summary>`,
        '',
        sectionTable(items, cv, byId, options),
        '',
        '</details>',
        '',
      );
    }
    return lines;
  }
  lines.push(
    `<details><summary><b>All ${cv.items.length} items</b>, in ${sections.size} sections: ${sectionSummary(cv.items)}</summary>`,
    '',
  );
  for (const [key, items] of sections) {
    lines.push(
      `**${key === '' ? 'Items' : escapeText(key)}**: ${sectionSummary(items)}`,
      '',
      sectionTable(items, cv, byId, options),
      '',
    );
  }
  lines.push('</details>', '');
  return lines;
}

/** One checklist's report, in the order every surface uses. */
export function renderChecklistMarkdown(
  cv: ChecklistVerdict,
  options: MarkdownOptions & { readonly commit?: string } = {},
): string {
  const level = options.headingLevel ?? 2;
  const sub = '#'.repeat(level + 1);
  const lines: string[] = [];
  lines.push(`${'#'.repeat(level)} ${escapeInline(headlineText(cv))}`, '');
  const changes = options.changes?.(cv.checklist.path);
  const countsLine = [
    `**${escapeInline(cv.checklist.title)}**`,
    countsPhrase(cv),
    commitRef(options.commit, options.commitUrl)
      ? `commit ${commitRef(options.commit, options.commitUrl)}`
      : '',
    changesPhrase(cv, changes) ?? '',
  ].filter(Boolean);
  lines.push(countsLine.join(' · '), '');
  // The second labelled line: the counts line says what changed since the previous run.
  if (options.delta) lines.push(escapeText(deltaLine(options.delta)), '');

  const blocking = cv.items.filter((judged) => judged.isBlocking);
  if (blocking.length > 0) {
    lines.push(`${sub} ${plural(blocking.length, 'blocking item')}`, '');
    const newly = new Set(changes?.newlyBlocking ?? []);
    const listed = blocking.slice(0, options.maxBlockingListed ?? 25);
    for (const judged of listed)
      lines.push(...blockingEntry(judged, cv, options, newly.has(judged.item.id)));
    if (listed.length < blocking.length)
      lines.push(`- … and ${blocking.length - listed.length} more, in the tables below`);
    lines.push('');
  }
  const advisory = cv.items.filter(
    (judged) =>
      !judged.isBlocking &&
      (judged.result.status === 'failed' || judged.result.status === 'errored'),
  );
  if (advisory.length > 0) {
    lines.push(`${sub} ${plural(advisory.length, 'advisory item')} failed (not blocking)`, '');
    for (const judged of advisory.slice(0, options.maxBlockingListed ?? 25))
      lines.push(
        `- ${STATUS_ICONS[judged.result.status]} ${itemLink(judged, cv.checklist.path, options)}: ${escapeInline(judged.result.summary)}`,
      );
    if (advisory.length > (options.maxBlockingListed ?? 25))
      lines.push(
        `- … and ${advisory.length - (options.maxBlockingListed ?? 25)} more, in the tables below`,
      );
    lines.push('');
  }
  const waivers = renderWaiversMarkdown(cv, options.lineUrl);
  if (waivers) lines.push(waivers);
  lines.push(...awaitingBlock(cv));
  lines.push(...sectionBlocks(cv, options));
  return lines.join('\n');
}

/** The whole verdict: one part per checklist, after an overall headline when there are several. */
export function renderMarkdown(verdict: Verdict, options: MarkdownOptions = {}): string {
  const parts: string[] = [];
  const several = verdict.checklists.length > 1;
  if (several) {
    parts.push(
      `## ${escapeInline(overallHeadline(verdict))}`,
      '',
      `${verdict.checklists.length} checklists · ${countsPhrase(verdict)}`,
      '',
    );
  }
  for (const cv of verdict.checklists) {
    parts.push(
      renderChecklistMarkdown(cv, {
        ...options,
        ...(verdict.commit ? { commit: verdict.commit } : {}),
        ...(verdict.delta && options.delta === undefined ? { delta: verdict.delta } : {}),
        headingLevel: several ? 3 : (options.headingLevel ?? 2),
      }),
    );
  }
  if (!options.omitFooter) parts.push(renderFooter(verdict, options));
  return parts.join('\n');
}

/** The footer: the commit, the time taken, the workflow run. */
export function renderFooter(
  verdict: Pick<Verdict, 'durationMs' | 'commit' | 'shards'>,
  options: MarkdownOptions,
): string {
  const run = safeUrl(options.runUrl);
  const commit = commitRef(verdict.commit, options.commitUrl);
  return `${shardsLine(verdict)}<sub>${commit ? `commit ${commit} · ` : ''}decided in ${(verdict.durationMs / 1000).toFixed(1)} s${run ? ` · [workflow run](${run})` : ''} · readiness-gate</sub>\n`;
}

/** A merged verdict says which shards took part, above the footer. */
function shardsLine(verdict: Pick<Verdict, 'shards'>): string {
  if (verdict.shards === undefined) return '';
  const names = verdict.shards.map((name) => `**${escapeInline(name)}**`);
  return `Merged from ${verdict.shards.length} shard${verdict.shards.length === 1 ? '' : 's'}: ${names.length > 0 ? names.join(', ') : 'none'}.\n\n`;
}

/**
 * An invalid checklist, where the verdict would be: every problem located (and linked), and the
 * plain statement that no verdict was reached for this commit.
 */
export function renderProblemsMarkdown(
  problems: readonly Problem[],
  options: Pick<MarkdownOptions, 'lineUrl' | 'commitUrl' | 'runUrl'> & {
    readonly commit?: string;
  } = {},
): string {
  const commit = commitRef(options.commit, options.commitUrl);
  const lines = [
    `## ❌ Invalid checklist: no verdict was reached${commit ? ` for commit ${commit}` : ' for this commit'}`,
    '',
    `The gate did not decide anything: fix ${problems.length === 1 ? 'this problem' : `these ${problems.length} problems`}, and it runs again on the next push. Any earlier verdict no longer applies.`,
    '',
  ];
  for (const problem of problems) {
    const where =
      problem.line > 0 ? `${problem.file}:${problem.line}:${problem.column}` : problem.file;
    const url =
      problem.line > 0 ? safeUrl(options.lineUrl?.(problem.file, problem.line)) : undefined;
    const shown = `\`${where.replace(/`/g, "'")}\``;
    lines.push(
      `- ${url ? `[${shown}](${url})` : shown}: ${problem.keyPath ? `\`${problem.keyPath.replace(/`/g, "'")}\`: ` : ''}${escapeText(problem.message)}`,
    );
  }
  lines.push('');
  const run = safeUrl(options.runUrl);
  lines.push(`<sub>${run ? `[workflow run](${run}) · ` : ''}readiness-gate</sub>`, '');
  return lines.join('\n');
}
