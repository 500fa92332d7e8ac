// src/launch/action.ts
var { createRequire } = process.getBuiltinModule("node:module");
var bundle = createRequire(import.meta.url)("./main.cjs");
await bundle.runAction();
