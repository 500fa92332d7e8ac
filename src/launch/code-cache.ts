// Loads the bundle (dist/main.cjs) as a CommonJS module and keeps V8's compiled code for it on
// disk. Node's own compile cache keeps only what V8 compiles before a module runs (the top level);
// a start spends most of its time compiling the functions it then calls. This cache is made after
// the run, so it holds those too, and a second `readiness-gate check` compiles almost nothing
// (bench/cold-start.mjs measures both). Only Node's built-in modules are used here: this runs
// before any of the bundle, and an ES import of a built-in would cost more than the cache saves.

/** What happened to the code cache on this start. */
export type CodeCacheState = 'off' | 'missing' | 'rejected' | 'used';

export interface LoadedBundle<Exports> {
  exports: Exports;
  cacheState: CodeCacheState;
  /** Writes the code compiled so far, unless the cache is settled (see MAX_REFRESHES). Never throws. */
  saveCache(): void;
}

export interface CodeCacheOptions {
  /** A folder only this user can write to; made if missing, left unused if anyone else can. */
  directory: string;
  /** Which run this is (the command's name): each keeps the code it compiled. */
  name: string;
  /**
   * The bundle's content hash, written into the launcher by the build. The size and mtime alone
   * can repeat across versions (npm extracts every file with the same mtime), and V8 checks only
   * the length of the source a cache was made for.
   */
  contentHash: string;
}

const fs = process.getBuiltinModule('node:fs');
const path = process.getBuiltinModule('node:path');
const vm = process.getBuiltinModule('node:vm');
const { isAscii } = process.getBuiltinModule('node:buffer');
const { createRequire } = process.getBuiltinModule('node:module');

// CommonJS's own wrapper, on the bundle's first line, so its line numbers stay as built.
const WRAPPER_START = '(function (exports, require, module, __filename, __dirname) {';
const WRAPPER_END = '\n})';
const FORMAT = 'readiness-gate code cache 2';
const MAX_REFRESHES = 3;

export function loadBundle<Exports>(
  file: string,
  cache: CodeCacheOptions | undefined,
): LoadedBundle<Exports> {
  // Without a cache, Node's own loader; also when source-mapped stack traces are asked for
  // (--enable-source-maps), which Node gives for what it loads itself, not for a vm.Script.
  if (cache === undefined || process.sourceMapsEnabled || !privateDirectory(cache.directory))
    return { exports: createRequire(file)(file) as Exports, cacheState: 'off', saveCache() {} };
  const cacheFile = path.join(
    cache.directory,
    `${safeName(cache.name)}-${fnv1a(`${file}\0${process.version}`)}.v8cache`,
  );
  const { source, size, mtimeMs } = readSource(file);
  // The cached code is for this file as it is: a rebuilt, upgraded or edited bundle gets a new entry.
  const key = [FORMAT, file, cache.contentHash, size, mtimeMs, process.version, process.arch].join(
    '\0',
  );
  const cached = readCache(cacheFile, key);
  const script = new vm.Script(WRAPPER_START + source + WRAPPER_END, {
    filename: file,
    cachedData: cached?.data,
  });
  const cacheState: CodeCacheState =
    cached === undefined ? 'missing' : script.cachedDataRejected === true ? 'rejected' : 'used';
  // A used cache is written again by the next few runs, each adding the code it compiled that the
  // first did not (a checklist in the other format, another output); then it is only read.
  const refreshes = cacheState === 'used' && cached !== undefined ? cached.refreshes + 1 : 0;
  const module = { exports: {} as Exports };
  const wrapped = script.runInThisContext() as (...args: unknown[]) => void;
  wrapped(module.exports, createRequire(file), module, file, path.dirname(file));
  return {
    exports: module.exports,
    cacheState,
    saveCache() {
      if (refreshes > MAX_REFRESHES) return;
      try {
        writeCache(cacheFile, key, refreshes, script.createCachedData());
      } catch {
        // A cache that cannot be written only costs the next start its compile time.
      }
    },
  };
}

function readSource(file: string): { source: string; size: number; mtimeMs: number } {
  const fd = fs.openSync(file, 'r');
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
    // The build writes the bundle in ASCII, which decodes several times faster as latin1.
    return { source: text.toString(isAscii(text) ? 'latin1' : 'utf8'), size: read, mtimeMs };
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * True when `directory` is a real folder that only this user can write to (made so if missing).
 * V8 runs what the cache holds: a cache that another user could write is a cache not used.
 */
function privateDirectory(directory: string): boolean {
  try {
    fs.mkdirSync(directory, { recursive: true, mode: 0o700 });
    const stat = fs.lstatSync(directory);
    if (!stat.isDirectory()) return false;
    // Windows has no uid or mode bits; its temporary folder is the user's own.
    if (process.getuid === undefined) return true;
    return stat.uid === process.getuid() && (stat.mode & 0o022) === 0;
  } catch {
    return false;
  }
}

/**
 * The cached code and how many runs have added to it, if the file holds code for exactly this
 * key. The header line is the key, a NUL and that count.
 */
function readCache(file: string, key: string): { data: Buffer; refreshes: number } | undefined {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    return undefined;
  }
  const prefix = Buffer.from(`${key}\0`);
  const end = bytes.indexOf(10, prefix.length);
  if (end < 0 || !bytes.subarray(0, prefix.length).equals(prefix)) return undefined;
  const refreshes = Number(bytes.toString('latin1', prefix.length, end));
  if (!Number.isInteger(refreshes)) return undefined;
  return { data: bytes.subarray(end + 1), refreshes };
}

/** Writes beside the target and renames, so a reader never sees half a file. */
function writeCache(file: string, key: string, refreshes: number, data: Buffer): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temporary, Buffer.concat([Buffer.from(`${key}\0${refreshes}\n`), data]), {
      mode: 0o600,
      flag: 'wx',
    });
    fs.renameSync(temporary, file);
  } finally {
    fs.rmSync(temporary, { force: true });
  }
}

function safeName(name: string): string {
  return /^[a-z][a-z-]{0,30}$/.test(name) ? name : 'other';
}

/** A short, stable name for a path (32-bit FNV-1a); the key inside the file is what is checked. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
