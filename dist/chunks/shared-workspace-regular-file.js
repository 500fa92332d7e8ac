import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);
import {
  fs_default
} from "./shared-rg-builtin-fs.js";
import {
  __name
} from "./shared-runtime.js";

// src/workspace/regular-file.ts
var FileKindError = class extends Error {
  static {
    __name(this, "FileKindError");
  }
  name = "FileKindError";
};
var PSEUDO_ROOTS = ["/proc/", "/sys/", "/dev/"];
function kindOf(stat) {
  if (stat.isDirectory()) return "a directory";
  if (stat.isFIFO()) return "a FIFO (named pipe)";
  if (stat.isCharacterDevice()) return "a character device";
  if (stat.isBlockDevice()) return "a block device";
  if (stat.isSocket()) return "a socket";
  return "not a regular file";
}
__name(kindOf, "kindOf");
function openRegularFile(absolute) {
  let real;
  try {
    real = fs_default.realpathSync(absolute);
  } catch {
    real = absolute;
  }
  const before = fs_default.statSync(absolute);
  if (!before.isFile()) throw new FileKindError(`is ${kindOf(before)}, not a regular file`);
  if (PSEUDO_ROOTS.some((root) => real.startsWith(root)))
    throw new FileKindError(`is under /${real.split("/")[1]}/, not a regular file`);
  const fd = fs_default.openSync(absolute, fs_default.constants.O_RDONLY | (fs_default.constants.O_NONBLOCK ?? 0));
  try {
    const stat = fs_default.fstatSync(fd);
    if (!stat.isFile()) throw new FileKindError(`is ${kindOf(stat)}, not a regular file`);
    return { fd, sizeBytes: stat.size };
  } catch (error) {
    fs_default.closeSync(fd);
    throw error;
  }
}
__name(openRegularFile, "openRegularFile");
var FileTooLargeError = class extends Error {
  static {
    __name(this, "FileTooLargeError");
  }
  name = "FileTooLargeError";
};
var READ_CHUNK = 1024 * 1024;
function readCappedSync(fd, maxBytes, sizeHint = 0) {
  const chunks = [];
  let total = 0;
  for (; ; ) {
    const want = Math.min(Math.max(sizeHint - total, READ_CHUNK), maxBytes + 1 - total);
    const buffer = Buffer.allocUnsafe(want);
    const read = fs_default.readSync(fd, buffer, 0, want, total);
    if (read === 0) break;
    chunks.push(read === want ? buffer : buffer.subarray(0, read));
    total += read;
    if (total > maxBytes) throw new FileTooLargeError(`is larger than the ${maxBytes}-byte limit`);
  }
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
}
__name(readCappedSync, "readCappedSync");
function readRegularFileSync(absolute, maxBytes) {
  const { fd, sizeBytes } = openRegularFile(absolute);
  try {
    if (sizeBytes > maxBytes)
      throw new FileTooLargeError(`is ${sizeBytes} bytes, above the ${maxBytes}-byte limit`);
    return readCappedSync(fd, maxBytes, sizeBytes);
  } finally {
    fs_default.closeSync(fd);
  }
}
__name(readRegularFileSync, "readRegularFileSync");
async function* streamCapped(absolute, maxBytes, chunkBytes) {
  const { fd } = openRegularFile(absolute);
  const stream = fs_default.createReadStream("", { fd, highWaterMark: chunkBytes, autoClose: true });
  let total = 0;
  try {
    for await (const chunk of stream) {
      total += chunk.length;
      if (total > maxBytes)
        throw new FileTooLargeError(`is larger than the ${maxBytes}-byte limit`);
      yield chunk;
    }
  } finally {
    stream.destroy();
  }
}
__name(streamCapped, "streamCapped");

export {
  openRegularFile,
  readCappedSync,
  readRegularFileSync,
  streamCapped
};
//# sourceMappingURL=shared-workspace-regular-file.js.map
