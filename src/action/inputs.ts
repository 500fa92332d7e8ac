// Every input of the Action, read once into one typed settings value; nothing below knows inputs exist.
import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import type { ConfirmFrom, FailOn } from '../model.js';
import { DEFAULT_MAX_ANNOTATIONS } from '../github/check-run.js';

export interface ActionSettings {
  readonly checklists: readonly string[];
  readonly token: string;
  readonly workdir: string;
  /** The check run's name: `check-name`, with ` (<id>)` when `id` is set. */
  readonly checkName: string;
  /** Input `id`: names the comment and suffixes the check run; empty means the checklist path. */
  readonly id?: string;
  readonly comment: 'true' | 'false' | 'on-failure';
  readonly checkRun: boolean;
  readonly jobSummary: boolean;
  readonly failOn: FailOn;
  readonly minScore?: number;
  readonly infer: boolean;
  readonly concurrency?: number;
  readonly reportFile: string;
  readonly maxAnnotations: number;
  /** Empty by default: the checklist's policy decides; when given it overrides it. */
  readonly confirmFrom?: ConfirmFrom;
  /** A token that may read team membership, for `@org/team` owners. */
  readonly ownersToken?: string;
  readonly allowCommandsOnPullRequestTarget: boolean;
  /** `http` checks run on pull_request_target (input allow-on-pull-request-target: http). */
  readonly allowHttpOnPullRequestTarget: boolean;
  readonly coverageReport?: string;
  readonly budgetMs: number;
  /** `check` decides and publishes; `publish` posts the verdict of a JSON report made by another run; `merge` merges shard reports. */
  readonly mode: 'check' | 'publish' | 'merge';
  /** The JSON report to publish (mode `publish`), resolved against the workspace. */
  readonly report?: string;
  /** A matrix shard's name: the report carries it, the commit and each coverage file's lines. */
  readonly shard?: string;
  /** false: post nothing (no comment, check run or summary) and do not fail for the verdict. */
  readonly publish: boolean;
  /** Mode `merge`: the shard reports, paths or globs relative to the working directory. */
  readonly reports: readonly string[];
  /** Mode `merge`: a count, or the shards' names. */
  readonly expectShards: string;
  /** The base branch's report: a path (resolved against the workspace) or `auto` (the Actions API). */
  readonly baseReport?: string;
  /** The artifact `base-report: auto` looks for (default `readiness-report`). */
  readonly baseArtifact: string;
}

/** A bad input: its message names the input and says what was expected. */
export class InputError extends Error {
  override readonly name = 'InputError';
}

function choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = core.getInput(name) || fallback;
  if (!allowed.includes(value as T))
    throw new InputError(`input "${name}" must be one of ${allowed.join(', ')}, found "${value}"`);
  return value as T;
}

function optionalNumber(
  name: string,
  min: number,
  max: number,
  integer = false,
): number | undefined {
  const raw = core.getInput(name);
  if (raw === '') return undefined;
  const value = Number(raw);
  if (
    !Number.isFinite(value) ||
    value < min ||
    value > max ||
    (integer && !Number.isInteger(value))
  )
    throw new InputError(
      `input "${name}" must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}, found "${raw}"`,
    );
  return value;
}

function booleanInput(name: string, fallback: boolean): boolean {
  const raw = core.getInput(name);
  if (raw === '') return fallback;
  try {
    return core.getBooleanInput(name);
  } catch {
    throw new InputError(`input "${name}" must be true or false, found "${raw}"`);
  }
}

/** Lists are given one per line or comma-separated. */
function listInput(name: string): string[] {
  return core
    .getInput(name)
    .split(/[\n,]/)
    .map((entry) => entry.trim())
    .filter(Boolean);
}

/**
 * `allow-on-pull-request-target: commands,http` says what may run next to a fork's code and a
 * write token; the older `allow-commands-on-pull-request-target: true` still allows commands.
 */
function allowedOnPullRequestTarget(): {
  allowCommandsOnPullRequestTarget: boolean;
  allowHttpOnPullRequestTarget: boolean;
} {
  const allowed = listInput('allow-on-pull-request-target').map((entry) => entry.toLowerCase());
  const unknown = allowed.filter((entry) => entry !== 'commands' && entry !== 'http');
  if (unknown.length > 0) {
    throw new InputError(
      `input "allow-on-pull-request-target" lists commands and/or http, found "${unknown.join(', ')}"`,
    );
  }
  return {
    allowCommandsOnPullRequestTarget:
      allowed.includes('commands') || booleanInput('allow-commands-on-pull-request-target', false),
    allowHttpOnPullRequestTarget: allowed.includes('http'),
  };
}

export function readSettings(env: NodeJS.ProcessEnv = process.env): ActionSettings {
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const workdir = path.resolve(workspace, core.getInput('working-directory') || '.');
  const temp = env.RUNNER_TEMP ?? os.tmpdir();
  const minScore = optionalNumber('min-score', 0, 100);
  const concurrency = optionalNumber('concurrency', 1, 256, true);
  const coverageReport = core.getInput('coverage-report');
  const id = core.getInput('id').trim();
  if (/[\r\n]|-->/.test(id)) throw new InputError('input "id" must be one line, without "-->"');
  const checkName = core.getInput('check-name') || 'Deployment readiness';
  return {
    checklists: listInput('checklist'),
    token: core.getInput('token'),
    workdir,
    checkName: id ? `${checkName} (${id})` : checkName,
    ...(id ? { id } : {}),
    comment: choice('comment', ['true', 'false', 'on-failure'] as const, 'true'),
    checkRun: booleanInput('check-run', true),
    jobSummary: booleanInput('job-summary', true),
    failOn: choice(
      'fail-on',
      ['blocking', 'not-ready', 'regression', 'never'] as const,
      'blocking',
    ),
    ...(minScore !== undefined ? { minScore } : {}),
    infer: booleanInput('infer', true),
    ...(concurrency !== undefined ? { concurrency } : {}),
    reportFile: path.resolve(
      workspace,
      core.getInput('report-file') || path.join(temp, 'readiness-report.json'),
    ),
    maxAnnotations: optionalNumber('max-annotations', 0, 10_000, true) ?? DEFAULT_MAX_ANNOTATIONS,
    ...(core.getInput('confirm-from')
      ? { confirmFrom: choice('confirm-from', ['any', 'pr-body', 'review'] as const, 'any') }
      : {}),
    ...(core.getInput('owners-token') ? { ownersToken: core.getInput('owners-token') } : {}),
    ...allowedOnPullRequestTarget(),
    ...(coverageReport ? { coverageReport } : {}),
    budgetMs: (optionalNumber('timeout-minutes', 0.01, 24 * 60) ?? 30) * 60_000,
    mode: choice('mode', ['check', 'publish', 'merge'] as const, 'check'),
    ...(core.getInput('report')
      ? { report: path.resolve(workspace, core.getInput('report')) }
      : {}),
    ...(core.getInput('shard').trim() ? { shard: core.getInput('shard').trim() } : {}),
    publish: booleanInput('publish', true),
    reports: listInput('reports'),
    expectShards: core.getInput('expect-shards'),
    ...(core.getInput('base-report') === 'auto'
      ? { baseReport: 'auto' }
      : core.getInput('base-report')
        ? { baseReport: path.resolve(workspace, core.getInput('base-report')) }
        : {}),
    baseArtifact: core.getInput('base-artifact') || 'readiness-report',
  };
}
