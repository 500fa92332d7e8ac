// Finds the reader for a report by its content and reads it, turning every failure into a message.
import path from 'node:path';
import { displayPath } from '../workspace/paths.js';
import { banditJsonReader } from './bandit-json.js';
import { checkstyleReader } from './checkstyle.js';
import { cloverReader } from './clover.js';
import { coberturaReader } from './cobertura.js';
import { coveragePyJsonReader } from './coverage-py-json.js';
import { eslintJsonReader } from './eslint-json.js';
import { flake8Reader } from './flake8.js';
import { goCoverprofileReader } from './go-coverprofile.js';
import { istanbulFinalReader, istanbulSummaryReader } from './istanbul.js';
import { jacocoReader } from './jacoco.js';
import { formatBytes } from './json-report.js';
import { gitleaksJsonReader } from './gitleaks-json.js';
import { goTestJsonReader } from './go-test-json.js';
import { grypeJsonReader } from './grype-json.js';
import { junitXmlReader } from './junit-xml.js';
import { nunitXmlReader } from './nunit-xml.js';
import { trxReader } from './trx.js';
import { xunitXmlReader } from './xunit-xml.js';
import { lcovReader } from './lcov.js';
import { mypyReader } from './mypy.js';
import { impossibleFigure } from './impossible-figures.js';
import { npmAuditJsonReader } from './npm-audit-json.js';
import { osvScannerJsonReader } from './osv-scanner-json.js';
import { pipAuditJsonReader } from './pip-audit-json.js';
import { openReportSource, type OpenedReport } from './report-source.js';
import { pylintJsonReader } from './pylint-json.js';
import { sarifReader } from './sarif.js';
import { sarifSecurityReader } from './sarif-security.js';
import { trivyJsonReader } from './trivy-json.js';
import { trivySarifReader } from './trivy-sarif.js';
import {
  MAX_JSON_BYTES,
  type ReportData,
  type ReportFamily,
  type ReportFormat,
  type ReportReader,
  type ReportSource,
} from './types.js';

/**
 * Every reader, in the order detection tries them: the more specific first (trivy's SARIF
 * before generic SARIF; Cobertura, Clover and JaCoCo told apart by root and attributes).
 */
export const readers: readonly ReportReader[] = [
  junitXmlReader,
  nunitXmlReader,
  trxReader,
  xunitXmlReader,
  coberturaReader,
  cloverReader,
  jacocoReader,
  checkstyleReader,
  trivySarifReader,
  sarifSecurityReader,
  sarifReader,
  trivyJsonReader,
  banditJsonReader,
  grypeJsonReader,
  osvScannerJsonReader,
  npmAuditJsonReader,
  pipAuditJsonReader,
  gitleaksJsonReader,
  coveragePyJsonReader,
  istanbulFinalReader,
  istanbulSummaryReader,
  eslintJsonReader,
  pylintJsonReader,
  goTestJsonReader,
  lcovReader,
  goCoverprofileReader,
  mypyReader,
  flake8Reader,
].map((reader) =>
  isJsonReader(reader) && reader.maxBytes === undefined
    ? { ...reader, maxBytes: MAX_JSON_BYTES }
    : reader,
);

/** Formats read whole with JSON.parse (`go test -json` is a line format: it streams). */
function isJsonReader(reader: ReportReader): boolean {
  return /json|sarif|istanbul/.test(reader.format) && reader.format !== 'go-test-json';
}

export interface ReadReportOptions {
  /** The repository root: report paths become relative to it. */
  readonly workdir: string;
  /** Only formats of this family are accepted (a check kind's family). */
  readonly family?: ReportFamily;
  /** Only these formats are accepted (the trivy check reads trivy JSON and trivy SARIF only). */
  readonly formats?: readonly ReportFormat[];
  /** Keep per-file coverage detail, for merging several reports. */
  readonly wantDetail?: boolean;
  /** With `wantDetail`, keep detail only for these file keys (patch coverage). */
  readonly keepDetail?: (key: string) => boolean;
  /** A check's scope: findings outside it are listed but not counted. */
  readonly findingScope?: ReportSource['findingScope'];
}

export interface ReportFailure {
  readonly error: string;
}

export function isReportFailure(value: ReportData | ReportFailure): value is ReportFailure {
  return 'error' in value;
}

/**
 * Reads one report, detecting its format from its first bytes. Never throws: a missing, empty,
 * binary, foreign, oversized or malformed file comes back as `{ error }`, a sentence that names the
 * file and what was wrong (for a file no reader recognizes, the formats tried).
 */
export async function readReport(
  absPath: string,
  options: ReadReportOptions,
): Promise<ReportData | ReportFailure> {
  const name = displayPath(absPath, options.workdir);
  let opened: OpenedReport;
  try {
    opened = await openReportSource(
      absPath,
      options.workdir,
      options.wantDetail ?? false,
      options.keepDetail,
      options.findingScope,
    );
  } catch (error) {
    return { error: `${name}: ${describeIoError(error)}` };
  }
  const { source, headBytes } = opened;
  if (source.sizeBytes === 0) {
    // flake8 writes nothing when the code is clean: an empty file is a clean report only when
    // the check names that format, since any other empty file is a failed or missing run.
    if (options.formats?.length === 1 && options.formats[0] === 'flake8') {
      return {
        kind: 'lint',
        format: 'flake8',
        file: name,
        findings: [],
        metrics: { errors: 0, warnings: 0, notes: 0 },
      };
    }
    const mayBeFlake8 =
      options.family === 'lint' || (options.family === undefined && /flake8|\.txt$/i.test(name));
    return {
      error: `${name}: is empty (0 bytes)${mayBeFlake8 ? '; flake8 writes an empty file when clean: set `format: flake8` on the lint check' : ''}`,
    };
  }
  if (headBytes.includes(0)) {
    const isUtf16 =
      (headBytes[0] === 0xff && headBytes[1] === 0xfe) ||
      (headBytes[0] === 0xfe && headBytes[1] === 0xff);
    if (isUtf16) return { error: `${name}: is UTF-16 encoded; expected a UTF-8 text report` };
    return { error: `${name}: ${describeNul(headBytes)}` };
  }
  if (source.head.trim() === '' && source.sizeBytes <= headBytes.length)
    return { error: `${name}: is empty (only whitespace)` };

  const candidates = readers.filter(
    (reader) =>
      (options.family === undefined || reader.family === options.family) &&
      (options.formats === undefined || options.formats.includes(reader.format)),
  );
  const fileName = path.basename(absPath);
  let reader: ReportReader | undefined;
  try {
    reader = candidates.find((candidate) => candidate.detect(source.head, fileName));
  } catch (error) {
    return {
      error: `${name}: could not be examined: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  if (reader === undefined) {
    const other = readers.find(
      (candidate) => !candidates.includes(candidate) && candidate.detect(source.head, fileName),
    );
    if (other !== undefined) {
      const wanted = options.formats
        ? options.formats.join(', ')
        : `a ${options.family ?? 'known'} report`;
      return {
        error: `${name}: is a ${other.format} report (${other.family}), expected ${wanted}`,
      };
    }
    return {
      error: `${name}: matches no known report format (tried ${candidates.map((c) => c.format).join(', ')})`,
    };
  }
  if (reader.maxBytes !== undefined && source.sizeBytes > reader.maxBytes) {
    return {
      error: `${name}: is ${formatBytes(source.sizeBytes)}, above the ${formatBytes(reader.maxBytes)} limit for ${reader.format} (this format is read whole)`,
    };
  }
  try {
    const data = await reader.read(source);
    const impossible = impossibleFigure(data.metrics);
    if (impossible !== undefined)
      return { error: `${name} (${reader.format}): impossible figures: ${impossible}` };
    return data;
  } catch (error) {
    return { error: `${name} (${reader.format}): ${describeReadError(error)}` };
  }
}

/**
 * A NUL byte in a file that starts as text (a report cut or overwritten mid-write) is located,
 * so it reads as the corrupt report it is; anything else with NULs is a binary file.
 */
function describeNul(headBytes: Buffer): string {
  const nul = headBytes.indexOf(0);
  const before = headBytes.subarray(0, nul).toString('latin1');
  const isTextStart = /^(\uFEFF|\xEF\xBB\xBF)?\s*[<{[]/.test(before);
  if (!isTextStart || nul < 16) return 'is a binary file (contains NUL bytes), not a report';
  const lines = before.split('\n');
  const line = lines.length;
  const column = Buffer.byteLength(lines[line - 1]!, 'latin1') + 1;
  return `contains a NUL byte at ${line}:${column} (a corrupt or truncated report?)`;
}

function describeIoError(error: unknown): string {
  const code =
    typeof error === 'object' && error !== null && 'code' in error
      ? (error as { code: unknown }).code
      : undefined;
  if (code === 'ENOENT') return 'file not found';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory, not a report file';
  return error instanceof Error ? error.message : String(error);
}

function describeReadError(error: unknown): string {
  if (error instanceof RangeError) return `could not be read: ${error.message}`;
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('E'))
      return `could not be read: ${error.message}`;
    return error.message;
  }
  return String(error);
}
