#!/usr/bin/env node
// readiness-gate's command (built from src/cli.ts by scripts/build.mjs).
try { process.getBuiltinModule?.('node:module')?.enableCompileCache?.(); } catch {}
const { run } = await import('./chunks/cli-901BB455.js');
await run();
