// The validator of the JSON report's schema. Here it is compiled on first use; the build replaces
// this module with ajv's standalone code for it, so the bundle never compiles a schema.
import { Ajv, type ValidateFunction } from 'ajv';
import { buildReportSchema } from './report-schema.js';

/** The options the validator is built with (the build's precompiled one too): every error, with the data it is about. */
export const REPORT_AJV_OPTIONS = { allErrors: true, strict: false, verbose: true } as const;

let validate: ValidateFunction | undefined;

export function getReportValidator(): ValidateFunction {
  validate ??= new Ajv(REPORT_AJV_OPTIONS).compile(buildReportSchema());
  return validate;
}
