// The Action's entry: inputs → engine → GitHub → outputs, summary and exit code.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { formatProblem } from './checklist/load.js';
import { formatScore } from './gate/judge.js';
import { runGate, type GateOptions } from './gate/gate.js';
import { killAllCommands } from './gate/run-command.js';
import { buildAnnotations, type Annotation } from './render/annotations.js';
import { renderJson } from './render/json.js';
import { renderMarkdown, renderProblemsMarkdown } from './render/markdown.js';
import type { Verdict } from './model.js';

/** Every input, read once, typed; nothing below this module knows inputs exist. */
export interface ActionSettings {
  readonly checklists: readonly string[];
  readonly token: string;
  readonly workdir: string;
  readonly checkName: string;
  readonly comment: 'true' | 'false' | 'on-failure';
  readonly failOn: 'not-ready' | 'never';
  readonly minScore?: number;
  readonly infer: boolean;
  readonly concurrency?: number;
  readonly reportFile: string;
  readonly maxAnnotations: number;
  readonly confirmFrom: 'any' | 'pr-body';
  readonly allowCommandsOnPullRequestTarget: boolean;
  readonly coverageReport?: string;
  readonly budgetMs: number;
}

class InputError extends Error {
  override readonly name = 'InputError';
}

function choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = core.getInput(name) || fallback;
  if (!allowed.includes(value as T)) throw new InputError(`input "${name}" must be one of ${allowed.join(', ')}, found "${value}"`);
  return value as T;
}

function optionalNumber(name: string, min: number, max: number): number | undefined {
  const raw = core.getInput(name);
  if (raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max) throw new InputError(`input "${name}" must be a number from ${min} to ${max}, found "${raw}"`);
  return value;
}

function booleanInput(name: string, fallback: boolean): boolean {
  return core.getInput(name) === '' ? fallback : core.getBooleanInput(name);
}

/** Lists are given one per line or comma-separated. */
function listInput(name: string): string[] {
  return core
    .getInput(name)
    .split(/[\n,]/)
    .map((entry) => entry.trim())
    .filter(Boolean);
}

export function readSettings(env: NodeJS.ProcessEnv = process.env): ActionSettings {
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const workdir = path.resolve(workspace, core.getInput('working-directory') || '.');
  const temp = env.RUNNER_TEMP ?? os.tmpdir();
  const minScore = optionalNumber('min-score', 0, 100);
  const concurrency = optionalNumber('concurrency', 1, 256);
  const coverageReport = core.getInput('coverage-report');
  return {
    checklists: listInput('checklist'),
    token: core.getInput('token'),
    workdir,
    checkName: core.getInput('check-name') || 'Deployment readiness',
    comment: choice('comment', ['true', 'false', 'on-failure'] as const, 'true'),
    failOn: choice('fail-on', ['not-ready', 'never'] as const, 'not-ready'),
    ...(minScore !== undefined ? { minScore } : {}),
    infer: booleanInput('infer', true),
    ...(concurrency !== undefined ? { concurrency: Math.floor(concurrency) } : {}),
    reportFile: path.resolve(workspace, core.getInput('report-file') || path.join(temp, 'readiness-report.json')),
    maxAnnotations: optionalNumber('max-annotations', 0, 10_000) ?? 50,
    confirmFrom: choice('confirm-from', ['any', 'pr-body'] as const, 'any'),
    allowCommandsOnPullRequestTarget: booleanInput('allow-commands-on-pull-request-target', false),
    ...(coverageReport ? { coverageReport } : {}),
    budgetMs: (optionalNumber('timeout-minutes', 0.01, 24 * 60) ?? 30) * 60_000,
  };
}

/** The event, read from the file the runner wrote; {} when there is none. */
async function readEvent(env: NodeJS.ProcessEnv): Promise<{ name: string; payload: Record<string, unknown> }> {
  const name = env.GITHUB_EVENT_NAME ?? '';
  if (!env.GITHUB_EVENT_PATH) return { name, payload: {} };
  try {
    return { name, payload: JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8')) as Record<string, unknown> };
  } catch {
    return { name, payload: {} };
  }
}

/** GitHub's cap on one step's summary is 1 MiB; stay under it with a note. */
const MAX_SUMMARY_BYTES = 1024 * 1024 - 1024;

function fitSummary(markdown: string): string {
  if (Buffer.byteLength(markdown) <= MAX_SUMMARY_BYTES) return markdown;
  let cut = markdown.slice(0, MAX_SUMMARY_BYTES / 4);
  while (Buffer.byteLength(cut) < MAX_SUMMARY_BYTES - 4096) {
    const next = markdown.slice(0, cut.length * 2);
    if (Buffer.byteLength(next) > MAX_SUMMARY_BYTES - 4096) break;
    cut = next;
  }
  cut = cut.slice(0, cut.lastIndexOf('\n'));
  return `${cut}\n\n</details>\n\n> The summary was cut at GitHub's 1 MiB limit; the full report is in the JSON report file.\n`;
}

function setOutputs(verdict: Verdict, reportFile: string): void {
  core.setOutput('ready', verdict.ready ? 'true' : 'false');
  core.setOutput('score', formatScore(verdict.score));
  core.setOutput('level', verdict.level);
  core.setOutput('blocking', String(verdict.counts.blocking));
  core.setOutput('report', reportFile);
}

/** Up to ten workflow-command annotations (the runner shows ten per level per step). */
function printAnnotations(annotations: readonly Annotation[]): void {
  for (const annotation of annotations.filter((a) => a.level === 'failure').slice(0, 10)) {
    core.error(annotation.message, { title: annotation.title, file: annotation.path, startLine: annotation.startLine, endLine: annotation.endLine });
  }
}

export async function run(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const settings = readSettings(env);
  if (settings.token) core.setSecret(settings.token);
  const event = await readEvent(env);
  const isPullRequestTarget = event.name === 'pull_request_target';
  const mayRunCommands = !isPullRequestTarget || settings.allowCommandsOnPullRequestTarget;
  const pullRequest = event.payload.pull_request as { body?: string | null } | undefined;
  const controller = new AbortController();
  process.once('SIGTERM', () => {
    controller.abort();
    killAllCommands();
  });
  const options: GateOptions = {
    workdir: settings.workdir,
    checklists: settings.checklists,
    infer: settings.infer,
    env,
    budgetMs: settings.budgetMs,
    mayRunCommands,
    ...(mayRunCommands ? {} : { commandsRefusedReason: 'not run on pull_request_target, where a write token sits next to code from a fork (set allow-commands-on-pull-request-target: true to allow)' }),
    confirmFrom: settings.confirmFrom,
    confirmations: tickedBoxes(pullRequest?.body ?? ''),
    secrets: [settings.token],
    signal: controller.signal,
    ...(settings.minScore !== undefined ? { minScore: settings.minScore } : {}),
    ...(settings.concurrency !== undefined ? { concurrency: settings.concurrency } : {}),
    ...(settings.coverageReport ? { coverageReport: settings.coverageReport } : {}),
  };
  const outcome = await runGate(options);
  for (const value of outcome.masker.values()) core.setSecret(value);
  if (!outcome.verdict) {
    const lines = outcome.problems.map(formatProblem);
    for (const problem of outcome.problems.slice(0, 10)) {
      core.error(`${problem.keyPath ? `${problem.keyPath}: ` : ''}${problem.message}`, {
        title: 'Invalid checklist',
        ...(problem.line > 0 ? { file: problem.file, startLine: problem.line, startColumn: problem.column } : {}),
      });
    }
    await core.summary.addRaw(outcome.masker.mask(renderProblemsMarkdown(lines))).write();
    core.setFailed(`the checklist is invalid (${lines.length} problem${lines.length === 1 ? '' : 's'}):\n${outcome.masker.mask(lines.join('\n'))}`);
    return;
  }
  const verdict = outcome.verdict;
  const mask = outcome.masker.mask;
  await mkdir(path.dirname(settings.reportFile), { recursive: true });
  await writeFile(settings.reportFile, mask(renderJson(verdict)));
  setOutputs(verdict, settings.reportFile);
  const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const runUrl = env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `${serverUrl}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : undefined;
  const markdown = mask(renderMarkdown(verdict, { ...(runUrl ? { runUrl } : {}) }));
  await core.summary.addRaw(fitSummary(markdown)).write();
  const annotations = buildAnnotations(verdict, mask);
  printAnnotations(annotations);
  const headline = `${verdict.ready ? 'Ready' : 'Not ready'}: score ${formatScore(verdict.score)} (${verdict.level}), ${verdict.counts.blocking} blocking`;
  core.info(headline);
  if (!verdict.ready && settings.failOn === 'not-ready') {
    core.setFailed(`${headline}. ${mask(verdict.checklists.map((cv) => cv.reason).join('; '))}`);
  }
}

/** Ticked task boxes in a pull request body (outside fenced code), as written. */
export function tickedBoxes(body: string): string[] {
  const out: string[] = [];
  let inFence = false;
  for (const line of body.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) continue;
    const match = /^\s*(?:[-*+]|\d+[.)])\s+\[[xX]\]\s+(.*)$/.exec(line);
    if (match) out.push(match[1]!.trim());
  }
  return out;
}

run().catch((error: unknown) => {
  core.setFailed(`readiness-gate: internal error: ${error instanceof InputError ? error.message : ((error as Error).stack ?? String(error))}`);
});
