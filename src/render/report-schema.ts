// The JSON Schema of the JSON report (readiness-gate/report@2), published as checklists/report.schema.json.
import { CHECK_KIND_NAMES } from '../checks/registry.js';

/** The report's schema id; render/json.ts writes it, readers refuse any other. */
export const REPORT_SCHEMA = 'readiness-gate/report@2';

const STATUSES = ['passed', 'failed', 'errored', 'pending', 'skipped', 'waived'];
const KINDS = [...CHECK_KIND_NAMES, 'manual'];

/** Line ranges as text: `1-3,7`, or empty. */
const RANGES = '^(\\d+(-\\d+)?(,\\d+(-\\d+)?)*)?$';

const counts = {
  type: 'object',
  properties: Object.fromEntries(
    ['total', ...STATUSES, 'blocking'].map((key) => [key, { type: 'integer', minimum: 0 }]),
  ),
  required: ['total', ...STATUSES, 'blocking'],
  additionalProperties: false,
};

const finding = {
  type: 'object',
  properties: {
    file: { type: 'string' },
    line: { type: 'integer', minimum: 1 },
    endLine: { type: 'integer', minimum: 1 },
    column: { type: 'integer', minimum: 1 },
    endColumn: { type: 'integer', minimum: 1 },
    level: { enum: ['error', 'warning', 'notice'] },
    title: { type: 'string' },
    message: { type: 'string' },
    inScope: {
      type: 'boolean',
      description: "Under the check's scope (changed-lines, changed-files): whether it counted.",
    },
  },
  required: ['level', 'message'],
};

const deltaItem = {
  type: 'object',
  properties: { checklist: { type: 'string' }, id: { type: 'string' }, title: { type: 'string' } },
  required: ['checklist', 'id', 'title'],
  additionalProperties: false,
};

const delta = {
  type: 'object',
  description:
    "This run against the base branch's report (base-report), items matched by checklist path and id.",
  properties: {
    origin: { type: 'string' },
    baseCommit: { type: 'string' },
    baseScore: { type: ['number', 'null'] },
    headScore: { type: ['number', 'null'] },
    score: { type: ['number', 'null'], description: 'head − base, unrounded.' },
    baseLevel: { type: ['string', 'null'] },
    headLevel: { type: ['string', 'null'] },
    newlyBlocking: { type: 'array', items: deltaItem },
    fixed: { type: 'array', items: deltaItem },
    ratchetsBroken: { type: 'array', items: deltaItem },
    coverage: {
      type: 'object',
      properties: { base: { type: 'number' }, head: { type: 'number' } },
      required: ['base', 'head'],
      additionalProperties: false,
    },
  },
  required: [
    'origin',
    'baseScore',
    'headScore',
    'score',
    'newlyBlocking',
    'fixed',
    'ratchetsBroken',
  ],
  additionalProperties: false,
};

export function buildReportSchema(): Record<string, unknown> {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'readiness-gate report',
    description:
      "The verdict of one run of readiness-gate (check --format json, and the Action's report output).",
    type: 'object',
    properties: {
      schema: { const: REPORT_SCHEMA },
      source: {
        type: 'object',
        description:
          'Where the report was made, so a publish run (workflow_run) knows which pull request and commit it is about.',
        properties: {
          repository: { type: 'string', pattern: '^[^/\\s]+/[^/\\s]+$', description: 'owner/name' },
          event: {
            type: 'string',
            description: 'The event that started the run (pull_request, push, ...).',
          },
          pullRequest: {
            type: 'integer',
            minimum: 1,
            description: 'The pull request number, on pull request events.',
          },
          headSha: {
            type: 'string',
            pattern: '^[0-9a-f]{40,64}$',
            description:
              'The commit the verdict is about: the pull request head, the merge group head, else GITHUB_SHA.',
          },
        },
        required: ['repository', 'event'],
        additionalProperties: false,
      },
      passed: {
        type: 'boolean',
        description: 'The gate: no item blocks and the score reaches min-score (may this merge?).',
      },
      ready: {
        type: 'boolean',
        description: 'Readiness: the gate passes and the level is the top level (may this ship?).',
      },
      shards: {
        type: 'array',
        items: { type: 'string' },
        description: 'A merged verdict: the shards that took part.',
      },
      score: {
        type: ['number', 'null'],
        minimum: 0,
        maximum: 100,
        description: 'Unrounded; shown with one decimal. null when every item was skipped.',
      },
      level: { type: ['string', 'null'], description: 'The score level; null with no score.' },
      commit: {
        type: ['string', 'null'],
        description:
          'The judged commit (the pull request head, or HEAD), or null when unknown; a merge accepts only shards of its own commit.',
      },
      shard: {
        type: ['string', 'null'],
        minLength: 1,
        description:
          'A shard run (matrix job): its name, as the shard input or --shard gave it; else null.',
      },
      invalid: {
        type: 'array',
        description:
          'Several checklists where some are invalid: their problems; the valid ones have their verdict below.',
        items: {
          type: 'object',
          properties: {
            file: { type: 'string' },
            line: { type: 'integer', minimum: 0 },
            column: { type: 'integer', minimum: 0 },
            message: { type: 'string' },
            keyPath: { type: 'string' },
          },
          required: ['file', 'line', 'column', 'message'],
          additionalProperties: false,
        },
      },
      counts,
      durationMs: { type: 'number', minimum: 0 },
      delta,
      checklists: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            path: { type: 'string' },
            sha256: {
              type: 'string',
              pattern: '^[0-9a-f]{64}$',
              description: "A shard run: SHA-256 of the checklist file's bytes.",
            },
            title: { type: 'string' },
            passed: { type: 'boolean' },
            ready: { type: 'boolean' },
            score: { type: ['number', 'null'], minimum: 0, maximum: 100 },
            level: { type: ['string', 'null'] },
            minScore: { type: 'number', minimum: 0, maximum: 100 },
            reason: { type: 'string' },
            counts,
            items: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  id: { type: 'string' },
                  parent: { type: 'string' },
                  title: { type: 'string' },
                  section: { type: 'array', items: { type: 'string' } },
                  line: { type: 'integer', minimum: 0 },
                  kind: { enum: KINDS },
                  inferred: { type: 'boolean' },
                  blocking: { type: 'boolean' },
                  weight: { type: 'number', minimum: 0 },
                  status: { enum: STATUSES },
                  isBlocking: { type: 'boolean' },
                  summary: { type: 'string' },
                  note: {
                    type: 'string',
                    description:
                      'Why a recognized check is advisory, or why an item naming a command is not run.',
                  },
                  metrics: {
                    type: 'object',
                    description:
                      'Per kind, with camelCase names (command: exitCode, durationMs; tests: total, passed, failed, errors, skipped; ...).',
                    propertyNames: { pattern: '^[a-z][A-Za-z0-9]*$' },
                  },
                  findings: { type: 'array', items: finding },
                  durationMs: { type: 'number', minimum: 0 },
                  output: { type: 'string' },
                  // Sign-off: a login, an ISO 8601 time and a commit, or null where nobody is recorded.
                  confirmedBy: { description: 'Who confirmed the item (login), or null.' },
                  confirmedAt: { description: 'When (ISO 8601 UTC), or null.' },
                  confirmedOn: { description: 'On which commit, or null.' },
                  confirmedVia: {
                    enum: ['pr-body', 'file', 'review', 'review-comment', 'comment', null],
                  },
                  enforceFrom: {
                    type: 'string',
                    description:
                      'The enforce-from date still ahead: the failure does not block yet.',
                  },
                  reportMissing: {
                    const: true,
                    description:
                      'Errored only because its report file is missing: in a merge, absent from this shard.',
                  },
                  coverage: {
                    type: 'object',
                    description: "A shard run's coverage item: each file's lines, for the merge.",
                    properties: {
                      files: {
                        type: 'object',
                        additionalProperties: {
                          type: 'object',
                          properties: {
                            covered: { type: 'string', pattern: RANGES },
                            coverable: { type: 'string', pattern: RANGES },
                            branches: {
                              type: 'object',
                              additionalProperties: {
                                type: 'array',
                                items: { type: 'integer', minimum: 0 },
                                minItems: 2,
                                maxItems: 2,
                              },
                            },
                          },
                          required: ['covered', 'coverable'],
                          additionalProperties: false,
                        },
                      },
                    },
                    required: ['files'],
                    additionalProperties: false,
                  },
                },
                required: [
                  'id',
                  'title',
                  'section',
                  'line',
                  'kind',
                  'inferred',
                  'blocking',
                  'weight',
                  'status',
                  'isBlocking',
                  'summary',
                ],
                additionalProperties: false,
              },
            },
            waivers: {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  item: { type: 'string' },
                  finding: { description: 'The waived finding id, or null for the whole item.' },
                  by: { type: 'string' },
                  until: { type: 'string' },
                  reason: { type: 'string' },
                  line: { type: 'integer', minimum: 0 },
                  state: { enum: ['active', 'expiring', 'expired', 'stale', 'awaiting-review'] },
                  isNew: { type: 'boolean' },
                },
                required: ['item', 'finding', 'by', 'until', 'reason', 'line', 'state', 'isNew'],
                additionalProperties: false,
              },
            },
            weakenings: { type: 'array', items: { type: 'string' } },
          },
          required: ['path', 'title', 'passed', 'ready', 'score', 'level', 'counts', 'items'],
          additionalProperties: false,
        },
      },
    },
    required: ['schema', 'passed', 'ready', 'score', 'level', 'commit', 'counts', 'checklists'],
    additionalProperties: false,
  };
}
