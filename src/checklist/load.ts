// Load: finds the checklist files (path, glob or the default places) and reads each as YAML or Markdown.
import path from 'node:path';
import type { Checklist, Problem } from '../model.js';
import { displayPath, isGlob, PathError, resolveRealInside } from '../workspace/paths.js';
import { readRegularFileSync } from '../workspace/regular-file.js';
import { fileExists, resolveFiles } from '../workspace/files.js';
import { flattenItems } from './items.js';
import { USUAL_REPORTS } from './usual-reports.js';
import { loadYamlChecklist } from './yaml.js';

/** The default checklist: the first of these that exists. */
export const DEFAULT_CHECKLISTS = [
  '.github/readiness.yml',
  '.github/readiness.yaml',
  'readiness.yml',
  'DEPLOYMENT_CHECKLIST.md',
  'docs/DEPLOYMENT_CHECKLIST.md',
] as const;

/** Checklists over this size are refused before reading. */
const MAX_CHECKLIST_BYTES = 16 * 1024 * 1024;

export interface LoadOptions {
  readonly workdir: string;
  /** Paths or globs, relative to workdir; empty means the default places. */
  readonly patterns: readonly string[];
  readonly infer: boolean;
  /** Input `coverage-report`: where recognized coverage items read. */
  readonly coverageReport?: string;
}

export interface LoadedChecklists {
  readonly checklists: readonly Checklist[];
  readonly problems: readonly Problem[];
}

const problemAt = (file: string, message: string): Problem => ({
  file,
  line: 0,
  column: 0,
  message,
});

async function findChecklistFiles(
  options: LoadOptions,
): Promise<{ files: string[]; problems: Problem[] }> {
  const problems: Problem[] = [];
  if (options.patterns.length === 0) {
    const first = DEFAULT_CHECKLISTS.find((candidate) => fileExists(options.workdir, candidate));
    if (first) return { files: [resolveRealInside(options.workdir, first)], problems };
    problems.push(
      problemAt(
        'checklist',
        `no checklist found; looked for ${DEFAULT_CHECKLISTS.join(', ')} in ${options.workdir}; name the checklist's path`,
      ),
    );
    return { files: [], problems };
  }
  const files: string[] = [];
  for (const pattern of options.patterns) {
    try {
      const found = await resolveFiles(options.workdir, pattern);
      if (found.length === 0) {
        problems.push(
          problemAt(
            pattern,
            isGlob(pattern)
              ? `no checklist matches this glob in ${options.workdir}`
              : `checklist not found (paths are relative to ${options.workdir})`,
          ),
        );
      }
      for (const file of found) if (!files.includes(file)) files.push(file);
    } catch (error) {
      if (error instanceof PathError) problems.push(problemAt(pattern, error.message));
      else throw error;
    }
  }
  return { files, problems };
}

function isMarkdown(file: string, text: string): boolean {
  const extension = path.extname(file).toLowerCase();
  if (['.md', '.markdown', '.mdown', '.mkd'].includes(extension)) return true;
  if (['.yml', '.yaml'].includes(extension)) return false;
  return /^\s*(#|[-*+] \[[ xX]\])/m.test(text) && !/^title:/m.test(text);
}

/** Reads every checklist; problems are collected, never thrown. */
export async function loadChecklists(options: LoadOptions): Promise<LoadedChecklists> {
  const { files, problems } = await findChecklistFiles(options);
  const checklists: Checklist[] = [];
  const reportCache = new Map<string, string[]>();
  const findReports = (kind: keyof typeof USUAL_REPORTS): string[] => {
    let found = reportCache.get(kind);
    if (!found) {
      found = USUAL_REPORTS[kind].filter((candidate) => fileExists(options.workdir, candidate));
      reportCache.set(kind, found);
    }
    return found;
  };
  for (const file of files) {
    const shown = displayPath(file, options.workdir);
    let text: string;
    try {
      text = readRegularFileSync(file, MAX_CHECKLIST_BYTES).toString('utf8');
    } catch (error) {
      problems.push(problemAt(shown, `cannot read the checklist: ${(error as Error).message}`));
      continue;
    }
    // `matches:` patterns are compiled while validating, on the engine that runs them.
    if (text.includes('matches')) {
      const { loadLinearRegex } = await import('../checks/linear-regex.js');
      await loadLinearRegex();
    }
    if (text.includes('\u0000')) {
      problems.push(problemAt(shown, 'the checklist is a binary file, not YAML or Markdown'));
      continue;
    }
    if (isMarkdown(file, text)) {
      const { readMarkdownChecklist } = await import('./markdown.js');
      const loaded = await readMarkdownChecklist(text, shown, {
        infer: options.infer,
        ...(options.coverageReport ? { coverageReport: options.coverageReport } : {}),
        findReports,
        exists: (relative: string) => fileExists(options.workdir, relative),
      });
      problems.push(...loaded.problems);
      if (loaded.problems.length === 0) checklists.push(loaded.checklist);
    } else {
      const loaded = loadYamlChecklist(text, shown);
      problems.push(...loaded.problems);
      if (loaded.checklist) checklists.push(loaded.checklist);
    }
    // Pointing the gate at the wrong file must never pass: a checklist without items is invalid.
    const last = checklists.at(-1);
    if (last?.path === shown && flattenItems(last).length === 0) {
      checklists.pop();
      problems.push({
        file: shown,
        line: 1,
        column: 1,
        message:
          last.format === 'markdown'
            ? 'no task-list items found; is this the checklist?'
            : 'no items found; is this the checklist?',
      });
    }
  }
  return { checklists, problems };
}

/** `file:line:col: message` (or `file: message` when there is no position). */
export function formatProblem(problem: Problem): string {
  const where =
    problem.line > 0 ? `${problem.file}:${problem.line}:${problem.column}` : problem.file;
  return `${where}: ${problem.keyPath ? `${problem.keyPath}: ` : ''}${problem.message}`;
}
