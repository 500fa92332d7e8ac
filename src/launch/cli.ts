#!/usr/bin/env node
// The command's entry (dist/cli.js): loads the bundle through the code cache and runs the command.
// NODE_DISABLE_COMPILE_CACHE=1 turns the cache off, as it does Node's own.
import { loadBundle } from './code-cache.js';

interface Bundle {
  runCli(): Promise<void>;
}

/** dist/main.cjs's SHA-256, put in by scripts/build.mjs. */
declare const READINESS_GATE_BUNDLE_HASH: string;

const { tmpdir } = process.getBuiltinModule('node:os');
const path = process.getBuiltinModule('node:path');
// Node's compile cache serves the files the bundle requires when needed (dist/vendor/).
process.getBuiltinModule('node:module').enableCompileCache?.();

const cache =
  process.env.NODE_DISABLE_COMPILE_CACHE === undefined
    ? {
        directory: path.join(tmpdir(), `readiness-gate-code-cache-${process.getuid?.() ?? 'user'}`),
        name: process.argv[2] ?? 'none',
        contentHash: READINESS_GATE_BUNDLE_HASH,
      }
    : undefined;
const bundle = loadBundle<Bundle>(path.join(import.meta.dirname, 'main.cjs'), cache);
await bundle.exports.runCli();
bundle.saveCache();
