// Exports the JSON Schemas that scripts/build.mjs writes to checklists/.
import { buildChecklistSchema } from '../src/checklist/schema.js';
import { buildReportSchema } from '../src/render/report-schema.js';

export const checklistSchema = buildChecklistSchema();
export const reportSchema = buildReportSchema();
