import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  quoteForCmd,
  resolveWindowsInvocation,
  runCommand,
} from '../../src/process/run-command.js';

const base = { cwd: process.cwd(), env: process.env, timeoutMs: 10_000 };

/** Alive and not a zombie (a killed orphan may wait for a reaper that a container lacks). */
function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

describe('runCommand', () => {
  it('runs argv without a shell: shell syntax reaches the program as text', async () => {
    const outcome = await runCommand({ ...base, argv: ['echo', '$HOME', '|', 'cat'] });
    expect(outcome.exitCode).toBe(0);
    expect(outcome.output.trim()).toBe('$HOME | cat');
  });

  it('reports the exit code of a failing command', async () => {
    const outcome = await runCommand({ ...base, argv: ['sh', '-c', 'exit 3'] });
    expect(outcome).toMatchObject({ exitCode: 3, notFound: false, timedOut: false });
  });

  it('says when a program is not installed', async () => {
    const outcome = await runCommand({ ...base, argv: ['definitely-not-a-program-rg'] });
    expect(outcome).toMatchObject({ exitCode: null, notFound: true });
  });

  it('says when a shell cannot find the program (exit 127)', async () => {
    const outcome = await runCommand({
      ...base,
      script: 'definitely-not-a-program-rg --x',
      shell: 'sh',
    });
    expect(outcome).toMatchObject({ exitCode: 127, notFound: true });
  });

  it('kills the whole process group at the timeout, grandchildren included', async () => {
    const started = Date.now();
    const outcome = await runCommand({
      ...base,
      timeoutMs: 500,
      script: 'sleep 30 & echo "child $!"; sleep 30',
      shell: 'sh',
    });
    expect(outcome.timedOut).toBe(true);
    expect(outcome.exitCode).toBeNull();
    expect(Date.now() - started).toBeLessThan(10_000);
    const pid = Number(/child (\d+)/.exec(outcome.output)?.[1]);
    expect(pid).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(isAlive(pid)).toBe(false);
  });

  it('keeps only a bounded tail of a 50 MB flood', async () => {
    const outcome = await runCommand({
      ...base,
      argv: [
        process.execPath,
        '-e',
        'const b = Buffer.alloc(1024*1024, 120); for (let i = 0; i < 50; i++) process.stdout.write(b); process.stdout.write("THE END")',
      ],
      maxOutputBytes: 64 * 1024,
    });
    expect(outcome.exitCode).toBe(0);
    expect(outcome.outputBytes).toBe(50 * 1024 * 1024 + 7);
    expect(outcome.truncated).toBe(true);
    expect(outcome.output.length).toBeLessThanOrEqual(64 * 1024);
    expect(outcome.output.endsWith('THE END')).toBe(true);
  });

  it('is cancelled through its signal and kills the group', async () => {
    const controller = new AbortController();
    const running = runCommand({ ...base, argv: ['sleep', '30'], signal: controller.signal });
    setTimeout(() => controller.abort(), 200);
    const outcome = await running;
    expect(outcome).toMatchObject({ cancelled: true, exitCode: null });
  });
});

describe('resolveWindowsInvocation', () => {
  const env = {
    Path: 'C:\\Program Files\\nodejs;C:\\Windows\\System32',
    PATHEXT: '.COM;.EXE;.BAT;.CMD',
  };
  const files = new Set([
    'C:\\Program Files\\nodejs\\npm.cmd',
    'C:\\Program Files\\nodejs\\node.exe',
    'D:\\repo\\tools\\lint.bat',
  ]);
  const exists = (file: string) => files.has(file);

  it('runs a .cmd shim through the shell with quoted arguments', () => {
    expect(
      resolveWindowsInvocation(['npm', 'run', 'test', 'a b'], env, 'D:\\repo', exists),
    ).toEqual({
      file: '"C:\\Program Files\\nodejs\\npm.cmd" run test "a b"',
      args: [],
      useShell: true,
    });
  });

  it('runs an .exe directly', () => {
    expect(resolveWindowsInvocation(['node', '-v'], env, 'D:\\repo', exists)).toEqual({
      file: 'C:\\Program Files\\nodejs\\node.exe',
      args: ['-v'],
      useShell: false,
    });
  });

  it('resolves a relative path with a directory against nothing else', () => {
    expect(
      resolveWindowsInvocation(['D:\\repo\\tools\\lint.bat'], env, 'D:\\repo', exists)?.useShell,
    ).toBe(true);
  });

  it('returns undefined for a program that is not on PATH', () => {
    expect(resolveWindowsInvocation(['pytest'], env, 'D:\\repo', exists)).toBeUndefined();
  });

  it('quotes cmd.exe metacharacters so they stay arguments', () => {
    expect(quoteForCmd('a&b')).toBe('"a&b"');
    expect(quoteForCmd('100%')).toBe('"100^%"');
    expect(quoteForCmd('say "hi"')).toBe('"say ""hi"""');
    expect(quoteForCmd('plain')).toBe('plain');
  });
});

describe('environment of the test machine', () => {
  it('has sh and sleep (the tests above need them)', () => {
    expect(execFileSync('sh', ['-c', 'command -v sleep']).toString()).toMatch(/sleep/);
  });
});
