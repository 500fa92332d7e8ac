// Opens a report file for the readers: its size, its first bytes, and streamed or whole reads.
import fs from 'node:fs';
import { displayPath } from '../workspace/paths.js';
import { openRegularFile, readCappedSync, streamCapped } from '../workspace/regular-file.js';
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

/** No report is read past this, whatever its size claims (DESIGN.md: streamed formats up to 2 GiB). */
export const MAX_REPORT_BYTES = 2 * 1024 * 1024 * 1024;

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
  // Regular files only, opened without blocking (a FIFO or a device is refused at once).
  const opened = openRegularFile(absPath);
  const fd = opened.fd;
  const sizeBytes = opened.sizeBytes;
  let headBytes: Buffer;
  try {
    if (sizeBytes > MAX_REPORT_BYTES)
      throw new Error(
        `is ${sizeBytes} bytes, above the ${MAX_REPORT_BYTES}-byte limit for reports`,
      );
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
      if (sizeBytes <= WHOLE_READ_BYTES) return readWhole(absPath, encoding, sizeBytes);
      return decoded(streamCapped(absPath, MAX_REPORT_BYTES, CHUNK_BYTES), encoding);
    },
    byteChunks: () => {
      if (sizeBytes <= WHOLE_READ_BYTES) return readWholeBytes(absPath, sizeBytes);
      return streamCapped(absPath, MAX_REPORT_BYTES, CHUNK_BYTES);
    },
    bytes: () => Promise.resolve().then(() => readFileWhole(absPath, sizeBytes)),
  };
  return { source, headBytes };
}

/**
 * One synchronous read: for a file read whole, markedly faster than `fs.promises.readFile`'s
 * 512 KB round trips through the thread pool, and the reader parses it synchronously next anyway.
 * The file is read as the size it had when opened allows, plus what a whole read may hold: a file
 * that grows, or claims less than it has, stops at the limit instead of filling memory.
 */
function readFileWhole(absPath: string, sizeBytes: number): Buffer {
  const { fd } = openRegularFile(absPath);
  try {
    return readCappedSync(fd, Math.max(sizeBytes, WHOLE_READ_BYTES), sizeBytes);
  } finally {
    fs.closeSync(fd);
  }
}

async function* readWhole(
  absPath: string,
  encoding: 'utf8' | 'latin1',
  sizeBytes: number,
): AsyncGenerator<string> {
  yield readFileWhole(absPath, sizeBytes).toString(encoding);
}

async function* readWholeBytes(absPath: string, sizeBytes: number): AsyncGenerator<Buffer> {
  yield readFileWhole(absPath, sizeBytes);
}

/** Decodes byte chunks without splitting a UTF-8 sequence across two of them. */
async function* decoded(
  chunks: AsyncIterable<Buffer>,
  encoding: 'utf8' | 'latin1',
): AsyncGenerator<string> {
  const { StringDecoder } = await import('node:string_decoder');
  const decoder = new StringDecoder(encoding);
  for await (const chunk of chunks) {
    const text = decoder.write(chunk);
    if (text !== '') yield text;
  }
  const rest = decoder.end();
  if (rest !== '') yield rest;
}
