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
): Promise<OpenedReport> {
  const handle = await fs.promises.open(absPath, 'r');
  let sizeBytes: number;
  let headBytes: Buffer;
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw new Error('is a directory, not a report file');
    sizeBytes = stat.size;
    const buffer = Buffer.alloc(Math.min(HEAD_BYTES, sizeBytes));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    headBytes = buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  const source: ReportSource = {
    path: absPath,
    displayName: displayPath(absPath, workdir),
    workdir,
    sizeBytes,
    head: headBytes.toString('utf8'),
    wantDetail,
    chunks: (encoding = 'utf8') => {
      if (sizeBytes <= WHOLE_READ_BYTES) return readWhole(absPath, encoding);
      return fs.createReadStream(absPath, { encoding, highWaterMark: CHUNK_BYTES });
    },
    bytes: () => fs.promises.readFile(absPath),
  };
  return { source, headBytes };
}

async function* readWhole(absPath: string, encoding: 'utf8' | 'latin1'): AsyncGenerator<string> {
  const bytes = await fs.promises.readFile(absPath);
  yield bytes.toString(encoding);
}
