// Masks a verdict's text before it is rendered: escaping (`_` → `\_`, `://` broken) would otherwise hide a secret from the masker.
import type { ChecklistVerdict, Finding, Item, JudgedItem, Result, Verdict } from '../model.js';

type Mask = (text: string) => string;

function maskItem(item: Item, mask: Mask): Item {
  return {
    ...item,
    title: mask(item.title),
    section: item.section.map(mask),
    children: item.children.map((child) => maskItem(child, mask)),
    ...(item.note !== undefined ? { note: mask(item.note) } : {}),
  };
}

function maskFinding(finding: Finding, mask: Mask): Finding {
  return {
    ...finding,
    message: mask(finding.message),
    ...(finding.title !== undefined ? { title: mask(finding.title) } : {}),
    ...(finding.file !== undefined ? { file: mask(finding.file) } : {}),
  };
}

function maskResult(result: Result, mask: Mask): Result {
  return {
    ...result,
    summary: mask(result.summary),
    ...(result.output !== undefined ? { output: mask(result.output) } : {}),
    ...(result.findings
      ? { findings: result.findings.map((finding) => maskFinding(finding, mask)) }
      : {}),
  };
}

function maskJudged(judged: JudgedItem, mask: Mask): JudgedItem {
  return { ...judged, item: maskItem(judged.item, mask), result: maskResult(judged.result, mask) };
}

function maskChecklistVerdict(cv: ChecklistVerdict, mask: Mask): ChecklistVerdict {
  return {
    ...cv,
    checklist: { ...cv.checklist, title: mask(cv.checklist.title) },
    items: cv.items.map((judged) => maskJudged(judged, mask)),
    level: cv.level === null ? null : mask(cv.level),
    reason: mask(cv.reason),
  };
}

/**
 * The verdict with every text a checklist, a report or a command wrote passed through `mask`,
 * so secrets are removed before Markdown escaping changes how they are spelled. Paths of
 * checklists are kept (markers and links name them); mask the rendered text as well.
 */
export function maskVerdict(verdict: Verdict, mask: Mask): Verdict {
  return {
    ...verdict,
    level: verdict.level === null ? null : mask(verdict.level),
    checklists: verdict.checklists.map((cv) => maskChecklistVerdict(cv, mask)),
  };
}
