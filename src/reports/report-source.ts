// Opens a report file for the readers: its size, its first bytes, and streamed or whole reads.
import fs from 'node:fs';
import { displayPath } from '../gate/paths.js';
import type { ReportSource } from './types.js';

/** Bytes read for format detection. */
export const HEAD_BYTES = 16 * 1024;

/** Chunk size for streamed reads: large chunks keep the per-chunk overhead out of hot loops. */
const CHUNK_BYTES = 1024 * 1024;

/**
 * Files up to this size are read in one piece even by streaming readers: one read and one decode
 * are markedly faster than a stream's chunks, and 32 MB held briefly is within the memory budget.
 */
export const WHOLE_READ_BYTES = 32 * 1024 * 1024;

export interface OpenedReport {
  readonly source: ReportSource;
  /** The first bytes, raw (for binary detection). */
  readonly headBytes: Buffer;
}

/** Opens a file, reads its head and size. Throws on I/O errors (detect.ts turns them into messages). */
export async function openReportSource(
  absPath: string,
  workdir: string,
  wantDetail: boolean,
  keepDetail?: (key: string) => boolean,
  findingScope?: ReportSource['findingScope'],
): Promise<OpenedReport> {
  // Synchronous: a stat and one small read are quicker than round trips through the thread
  // pool, and node:fs/promises (with the modules it loads) stays unloaded for `inspect`.
  const fd = fs.openSync(absPath, 'r');
  let sizeBytes: number;
  let headBytes: Buffer;
  try {
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) throw new Error('is a directory, not a report file');
    sizeBytes = stat.size;
    const buffer = Buffer.alloc(Math.min(HEAD_BYTES, sizeBytes));
    const bytesRead = fs.readSync(fd, buffer, 0, buffer.length, 0);
    headBytes = buffer.subarray(0, bytesRead);
  } finally {
    fs.closeSync(fd);
  }
  const source: ReportSource = {
    path: absPath,
    displayName: displayPath(absPath, workdir),
    workdir,
    sizeBytes,
    head: headBytes.toString('utf8'),
    wantDetail,
    ...(keepDetail === undefined ? {} : { keepDetail }),
    ...(findingScope === undefined ? {} : { findingScope }),
    chunks: (encoding = 'utf8') => {
      if (sizeBytes <= WHOLE_READ_BYTES) return readWhole(absPath, encoding);
      return fs.createReadStream(absPath, { encoding, highWaterMark: CHUNK_BYTES });
    },
    byteChunks: () => {
      if (sizeBytes <= WHOLE_READ_BYTES) return readWholeBytes(absPath);
      return fs.createReadStream(absPath, { highWaterMark: CHUNK_BYTES });
    },
    bytes: () => Promise.resolve().then(() => readFileWhole(absPath)),
  };
  return { source, headBytes };
}

/**
 * One synchronous read: for a file read whole, markedly faster than `fs.promises.readFile`'s
 * 512 KB round trips through the thread pool, and the reader parses it synchronously next anyway.
 */
function readFileWhole(absPath: string): Buffer {
  return fs.readFileSync(absPath);
}

/** Read and decoded in one step: for UTF-8, Node then decodes as it reads, with no Buffer between. */
async function* readWhole(absPath: string, encoding: 'utf8' | 'latin1'): AsyncGenerator<string> {
  yield fs.readFileSync(absPath, encoding);
}

async function* readWholeBytes(absPath: string): AsyncGenerator<Buffer> {
  yield readFileWhole(absPath);
}
