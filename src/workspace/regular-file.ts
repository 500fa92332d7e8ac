// Opening files as the gate reads them: regular files only (never a FIFO, a device, a directory
// or a /proc file), opened without blocking, and read no further than a byte limit.
import fs from 'node:fs';

export class FileKindError extends Error {
  override readonly name = 'FileKindError';
}

/** Pseudo-file systems whose files claim a size they do not have, or never end. */
const PSEUDO_ROOTS = ['/proc/', '/sys/', '/dev/'];

function kindOf(stat: fs.Stats): string {
  if (stat.isDirectory()) return 'a directory';
  if (stat.isFIFO()) return 'a FIFO (named pipe)';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}

export interface OpenedFile {
  readonly fd: number;
  /** What fstat said of the opened file (the file itself, after any symlink). */
  readonly sizeBytes: number;
}

/**
 * Opens a file for reading only if it is a regular file. O_NONBLOCK makes opening a FIFO return
 * at once instead of waiting for a writer; the kind is then checked on the opened descriptor
 * (fstat), so what is read is what was checked. Throws FileKindError with a plain reason.
 */
export function openRegularFile(absolute: string): OpenedFile {
  let real: string;
  try {
    real = fs.realpathSync(absolute);
  } catch {
    real = absolute;
  }
  // Checked before opening, so a device or a FIFO is never even opened.
  const before = fs.statSync(absolute);
  if (!before.isFile()) throw new FileKindError(`is ${kindOf(before)}, not a regular file`);
  if (PSEUDO_ROOTS.some((root) => real.startsWith(root)))
    throw new FileKindError(`is under /${real.split('/')[1]}/, not a regular file`);
  const fd = fs.openSync(absolute, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) throw new FileKindError(`is ${kindOf(stat)}, not a regular file`);
    return { fd, sizeBytes: stat.size };
  } catch (error) {
    fs.closeSync(fd);
    throw error;
  }
}

export class FileTooLargeError extends Error {
  override readonly name = 'FileTooLargeError';
}

const READ_CHUNK = 1024 * 1024;

/**
 * Reads an opened file to its end, but never more than `maxBytes`: a file that grows, or one whose
 * size the file system misreports, stops with FileTooLargeError at the limit.
 */
export function readCappedSync(fd: number, maxBytes: number, sizeHint = 0): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const want = Math.min(Math.max(sizeHint - total, READ_CHUNK), maxBytes + 1 - total);
    const buffer = Buffer.allocUnsafe(want);
    const read = fs.readSync(fd, buffer, 0, want, total);
    if (read === 0) break;
    chunks.push(read === want ? buffer : buffer.subarray(0, read));
    total += read;
    if (total > maxBytes) throw new FileTooLargeError(`is larger than the ${maxBytes}-byte limit`);
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
}

/** Opens, checks and reads a regular file up to `maxBytes`. */
export function readRegularFileSync(absolute: string, maxBytes: number): Buffer {
  const { fd, sizeBytes } = openRegularFile(absolute);
  try {
    if (sizeBytes > maxBytes)
      throw new FileTooLargeError(`is ${sizeBytes} bytes, above the ${maxBytes}-byte limit`);
    return readCappedSync(fd, maxBytes, sizeBytes);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Streams an opened file in chunks, stopping with FileTooLargeError past `maxBytes`. The
 * descriptor is closed when the stream ends or is abandoned.
 */
export async function* streamCapped(
  absolute: string,
  maxBytes: number,
  chunkBytes: number,
): AsyncGenerator<Buffer> {
  const { fd } = openRegularFile(absolute);
  const stream = fs.createReadStream('', { fd, highWaterMark: chunkBytes, autoClose: true });
  let total = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > maxBytes)
        throw new FileTooLargeError(`is larger than the ${maxBytes}-byte limit`);
      yield chunk;
    }
  } finally {
    stream.destroy();
  }
}
