#!/usr/bin/env node
// readiness-gate's command (built from src/cli/index.ts by scripts/build.mjs).
try { process.getBuiltinModule?.('node:module')?.enableCompileCache?.(); } catch {}
const { run } = await import('./chunks/cli-072C3267.js');
await run();
