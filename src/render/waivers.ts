// Waivers and weakened settings on every surface: one line per waiver (who, until when, days left,
// why, its state), the stale ones as warning annotations at their checklist line.
import type { ChecklistVerdict, JudgedItem, JudgedWaiver, Verdict } from '../model.js';
import { describeWaiver } from '../gate/waivers.js';
import type { Annotation } from './annotation.js';
import { escapeInline, safeUrl } from './escape.js';

const STATE_LABEL: Readonly<Record<JudgedWaiver['state'], string>> = {
  active: 'active',
  expiring: 'expiring',
  expired: 'expired',
  stale: 'stale',
  'awaiting-review': 'awaiting review',
};

/** `coverage: waived by @alice until 2027-01-31 (61 days left): Legacy module · new in this pull request`. */
export function waiverLine(judged: JudgedWaiver): string {
  const days = Number.isFinite(judged.daysLeft) ? judged : undefined;
  const text = days
    ? describeWaiver(judged)
    : `${judged.waiver.finding ? `${judged.waiver.finding} ` : ''}by @${judged.waiver.by} until ${judged.waiver.until}: ${judged.waiver.reason}`;
  return `${judged.waiver.item}: ${text} [${STATE_LABEL[judged.state]}]${judged.isNew ? ' · new in this pull request' : ''}`;
}

/** A collapsed list for the comment and the summary: the count and what needs attention stay visible. */
export function renderWaiversMarkdown(
  cv: ChecklistVerdict,
  lineUrl?: (checklistPath: string, line: number) => string | undefined,
): string {
  const waivers = cv.waivers ?? [];
  const weakenings = cv.weakenings ?? [];
  if (waivers.length === 0 && weakenings.length === 0) return '';
  const lines: string[] = [];
  const notable = (['expiring', 'expired', 'stale', 'awaiting-review'] as const)
    .map((state) => [state, waivers.filter((judged) => judged.state === state).length] as const)
    .filter(([, count]) => count > 0)
    .map(([state, count]) => `${count} ${STATE_LABEL[state]}`);
  if (waivers.length > 0) {
    lines.push(
      `<details><summary>Waivers: ${waivers.length}${notable.length ? ` (${notable.join(', ')})` : ''}</summary>`,
      '',
    );
    for (const judged of waivers) {
      const url = safeUrl(lineUrl?.(cv.checklist.path, judged.waiver.line));
      const where = url
        ? ` ([line ${judged.waiver.line}](${url}))`
        : ` (line ${judged.waiver.line})`;
      lines.push(`- ${escapeInline(waiverLine(judged))}${where}`);
    }
    lines.push('', '</details>', '');
  }
  if (weakenings.length > 0) {
    lines.push('**Accountability settings changed in this pull request**', '');
    for (const weakening of weakenings) lines.push(`- ${escapeInline(weakening)}`);
    lines.push('');
  }
  return lines.join('\n');
}

/** Plain lines for the terminal. */
export function renderWaiversText(cv: ChecklistVerdict): string[] {
  const lines = (cv.waivers ?? []).map(
    (judged) => `  ${waiverLine(judged)} (${cv.checklist.path}:${judged.waiver.line})`,
  );
  return [
    ...(lines.length > 0 ? ['Waivers', ...lines] : []),
    ...(cv.weakenings?.length
      ? ['Changed in this pull request', ...cv.weakenings.map((w) => `  ${w}`)]
      : []),
  ];
}

/** A stale waiver is a warning at its line: it waives nothing and should be removed. */
export function waiverAnnotations(
  verdict: Verdict,
  mask: (text: string) => string = (text) => text,
): Annotation[] {
  return verdict.checklists.flatMap((cv) =>
    (cv.waivers ?? [])
      .filter((judged) => judged.state === 'stale' || judged.state === 'expired')
      .map((judged): Annotation => ({
        path: cv.checklist.path,
        startLine: Math.max(1, judged.waiver.line),
        endLine: Math.max(1, judged.waiver.line),
        level: 'warning',
        title: mask(
          `${judged.state === 'stale' ? 'Stale' : 'Expired'} waiver: ${judged.waiver.item}`,
        ),
        message: mask(describeWaiver(judged)),
      })),
  );
}

/** The pending items only a `/confirm` may confirm: under `confirm-from: review`, or with owners. */
export function confirmByCommand(
  cv: ChecklistVerdict,
  pending: readonly JudgedItem[],
): JudgedItem[] {
  return pending.filter(
    (judged) =>
      judged.item.check === undefined &&
      (judged.item.owners !== undefined || cv.checklist.policy.confirmFrom === 'review'),
  );
}

/** How to confirm them: the line to post in a review or comment, and who may post it. */
export function confirmCommandBlock(items: readonly JudgedItem[]): string[] {
  if (items.length === 0) return [];
  const lines = [
    'To confirm these, someone with write access who is not the author posts the line in a review, a review comment or a comment (`/unconfirm` takes it back):',
    '',
  ];
  for (const judged of items) {
    const owners = judged.item.owners
      ? ` (only ${judged.item.owners.map((owner) => (owner.startsWith('@') ? owner : `@${owner}`)).join(', ')})`
      : '';
    lines.push(`- \`/confirm ${judged.item.id}\`${escapeInline(owners)}`);
  }
  lines.push('');
  return lines;
}
