// Exports the JSON Schemas that scripts/build.mjs publishes and precompiles.
import { checkKinds } from '../src/checks/registry.js';
import {
  buildChecklistSchema,
  buildPolicySchema,
  buildWaiverSchema,
} from '../src/checklist/schema.js';
import { AJV_OPTIONS } from '../src/checklist/validators.js';
import { buildReportSchema } from '../src/render/report-schema.js';
import { REPORT_AJV_OPTIONS } from '../src/render/report-validator.js';

export const checklistSchema = buildChecklistSchema();
export const waiverSchema = buildWaiverSchema();
export const policySchema = buildPolicySchema();
export const reportSchema = buildReportSchema();
export const kindSchemas = Object.fromEntries(
  [...checkKinds].map(([kind, module]) => [kind, module.optionsSchema]),
);
export const ajvOptions = AJV_OPTIONS;
export const reportAjvOptions = REPORT_AJV_OPTIONS;
