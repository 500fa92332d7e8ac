// One go.mod reader for the Go readers and Go patch coverage: the module line, read only from a
// regular file inside the workspace.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { goModuleFinder, goModuleOf, readGoModule } from '../../src/reports/go-module.js';

let dir: string;
let workdir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'rg-gomod-'));
  workdir = path.join(dir, 'repo');
  mkdirSync(workdir);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('go.mod', () => {
  it('gives the module path, quoted or with a comment', () => {
    expect(goModuleOf('module example.com/app\n\ngo 1.22\n')).toBe('example.com/app');
    expect(goModuleOf('  module "example.com/q" // quoted\n')).toBe('example.com/q');
    expect(goModuleOf('go 1.22\n')).toBeUndefined();
  });

  it('finds the nearest go.mod above a file, the root one last', () => {
    writeFileSync(path.join(workdir, 'go.mod'), 'module example.com/root\n');
    mkdirSync(path.join(workdir, 'services/api'), { recursive: true });
    writeFileSync(path.join(workdir, 'services/api/go.mod'), 'module example.com/api\n');
    const find = goModuleFinder(workdir);
    expect(find('services/api/h/h.go')).toEqual({ dir: 'services/api', module: 'example.com/api' });
    expect(find('lib/l.go')).toEqual({ dir: '', module: 'example.com/root' });
  });

  it('does not read a go.mod that leads out of the workspace, or one that is a FIFO', () => {
    // The marker: a module line outside the workspace that must never be read.
    writeFileSync(path.join(dir, 'outside.mod'), 'module evil.example/outside\n');
    symlinkSync(path.join(dir, 'outside.mod'), path.join(workdir, 'go.mod'));
    expect(readGoModule(workdir)).toBeUndefined();
    mkdirSync(path.join(workdir, 'sub'));
    execFileSync('mkfifo', [path.join(workdir, 'sub', 'go.mod')]);
    // Would block forever if opened for reading as a regular file.
    expect(readGoModule(workdir, 'sub')).toBeUndefined();
    expect(goModuleFinder(workdir)('sub/x.go')).toBeUndefined();
  });
});
