// Reads a JSON report whole (JSON.parse cannot stream), refusing files above a size limit.
import { MAX_JSON_BYTES, ReportError, type ReportSource } from './types.js';

/** Parses the file as JSON. Deep nesting or bad syntax becomes a ReportError, never a crash. */
export async function readJson(source: ReportSource, maxBytes = MAX_JSON_BYTES): Promise<unknown> {
  if (source.sizeBytes > maxBytes) {
    throw new ReportError(
      `is ${formatBytes(source.sizeBytes)}, above the ${formatBytes(maxBytes)} limit for JSON reports (JSON is read whole)`,
    );
  }
  const bytes = await source.bytes();
  let text = bytes.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    if (error instanceof RangeError)
      throw new ReportError(`is nested too deeply to parse as JSON (${error.message})`);
    const message = error instanceof Error ? error.message : String(error);
    throw new ReportError(`is not valid JSON: ${message}`);
  }
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(0)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${bytes} bytes`;
}

/** Narrowing helpers for JSON values: each throws a ReportError naming the field. */
export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `"${value.length > 40 ? value.slice(0, 40) + '…' : value}"`;
  return String(value);
}

export function expectObject(value: unknown, field: string): JsonObject {
  if (!isObject(value))
    throw new ReportError(`${field} must be an object, found ${describeValue(value)}`);
  return value;
}

export function expectArray(value: unknown, field: string): unknown[] {
  if (!Array.isArray(value))
    throw new ReportError(`${field} must be an array, found ${describeValue(value)}`);
  return value;
}

/** A non-negative count (or any finite number when `allowNegative`). Strings are refused: "12" is not 12. */
export function expectNumber(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new ReportError(`${field} must be a number, found ${describeValue(value)}`);
  }
  return value;
}

export function optionalArray(value: unknown, field: string): unknown[] {
  if (value === undefined || value === null) return [];
  return expectArray(value, field);
}

export function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
