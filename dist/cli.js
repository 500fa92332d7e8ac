#!/usr/bin/env node

// src/launch/code-cache.ts
var fs = process.getBuiltinModule("node:fs");
var path = process.getBuiltinModule("node:path");
var vm = process.getBuiltinModule("node:vm");
var { isAscii } = process.getBuiltinModule("node:buffer");
var { createRequire } = process.getBuiltinModule("node:module");
var WRAPPER_START = "(function (exports, require, module, __filename, __dirname) {";
var WRAPPER_END = "\n})";
var FORMAT = "readiness-gate code cache 2";
var MAX_REFRESHES = 3;
function loadBundle(file, cache2) {
  if (cache2 === void 0 || process.sourceMapsEnabled || !privateDirectory(cache2.directory))
    return { exports: createRequire(file)(file), cacheState: "off", saveCache() {
    } };
  const cacheFile = path.join(
    cache2.directory,
    `${safeName(cache2.name)}-${fnv1a(`${file}\0${process.version}`)}.v8cache`
  );
  const { source, size, mtimeMs } = readSource(file);
  const key = [FORMAT, file, cache2.contentHash, size, mtimeMs, process.version, process.arch].join(
    "\0"
  );
  const cached = readCache(cacheFile, key);
  const script = new vm.Script(WRAPPER_START + source + WRAPPER_END, {
    filename: file,
    cachedData: cached?.data
  });
  const cacheState = cached === void 0 ? "missing" : script.cachedDataRejected === true ? "rejected" : "used";
  const refreshes = cacheState === "used" && cached !== void 0 ? cached.refreshes + 1 : 0;
  const module = { exports: {} };
  const wrapped = script.runInThisContext();
  wrapped(module.exports, createRequire(file), module, file, path.dirname(file));
  return {
    exports: module.exports,
    cacheState,
    saveCache() {
      if (refreshes > MAX_REFRESHES) return;
      try {
        writeCache(cacheFile, key, refreshes, script.createCachedData());
      } catch {
      }
    }
  };
}
function readSource(file) {
  const fd = fs.openSync(file, "r");
  try {
    const { size, mtimeMs } = fs.fstatSync(fd);
    const bytes = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const n = fs.readSync(fd, bytes, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    const text = bytes.subarray(0, read);
    return { source: text.toString(isAscii(text) ? "latin1" : "utf8"), size: read, mtimeMs };
  } finally {
    fs.closeSync(fd);
  }
}
function privateDirectory(directory) {
  try {
    fs.mkdirSync(directory, { recursive: true, mode: 448 });
    const stat = fs.lstatSync(directory);
    if (!stat.isDirectory()) return false;
    if (process.getuid === void 0) return true;
    return stat.uid === process.getuid() && (stat.mode & 18) === 0;
  } catch {
    return false;
  }
}
function readCache(file, key) {
  let bytes;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    return void 0;
  }
  const prefix = Buffer.from(`${key}\0`);
  const end = bytes.indexOf(10, prefix.length);
  if (end < 0 || !bytes.subarray(0, prefix.length).equals(prefix)) return void 0;
  const refreshes = Number(bytes.toString("latin1", prefix.length, end));
  if (!Number.isInteger(refreshes)) return void 0;
  return { data: bytes.subarray(end + 1), refreshes };
}
function writeCache(file, key, refreshes, data) {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temporary, Buffer.concat([Buffer.from(`${key}\0${refreshes}
`), data]), {
      mode: 384,
      flag: "wx"
    });
    fs.renameSync(temporary, file);
  } finally {
    fs.rmSync(temporary, { force: true });
  }
}
function safeName(name) {
  return /^[a-z][a-z-]{0,30}$/.test(name) ? name : "other";
}
function fnv1a(text) {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

// src/launch/cli.ts
var { tmpdir } = process.getBuiltinModule("node:os");
var path2 = process.getBuiltinModule("node:path");
process.getBuiltinModule("node:module").enableCompileCache?.();
var cache = process.env.NODE_DISABLE_COMPILE_CACHE === void 0 ? {
  directory: path2.join(tmpdir(), `readiness-gate-code-cache-${process.getuid?.() ?? "user"}`),
  name: process.argv[2] ?? "none",
  contentHash: "eef9a82e665502c3cc42dc849409a2f20c5eac9f2c57f9cd2b5b6c3a3855141f"
} : void 0;
var bundle = loadBundle(path2.join(import.meta.dirname, "main.cjs"), cache);
await bundle.exports.runCli();
bundle.saveCache();
