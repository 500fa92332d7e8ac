#!/usr/bin/env node
// readiness-gate's command (built from src/cli.ts by scripts/build.mjs).
try { process.getBuiltinModule?.('node:module')?.enableCompileCache?.(); } catch {}
const { run } = await import('./chunks/cli-EB455F82.js');
await run();
