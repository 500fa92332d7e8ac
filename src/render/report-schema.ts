// The JSON Schema of the JSON report (readiness-gate/report@1), published as checklists/report.schema.json.
import { REPORT_SCHEMA } from './json.js';

const STATUSES = ['passed', 'failed', 'errored', 'pending', 'skipped', 'waived'];
const KINDS = ['command', 'tests', 'coverage', 'lint', 'bandit', 'trivy', 'env', 'file', 'manual'];

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
  },
  required: ['level', 'message'],
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
      shard: {
        type: 'string',
        minLength: 1,
        description: 'A shard run (matrix job): its name, as the shard input or --shard gave it.',
      },
      commit: {
        type: 'string',
        pattern: '^[0-9a-f]{40,64}$',
        description: 'A shard run: the commit it ran on; a merge accepts only its own commit.',
      },
      shards: {
        type: 'array',
        items: { type: 'string' },
        description: 'A merged verdict: the shards that took part.',
      },
      ready: { type: 'boolean' },
      score: {
        type: 'number',
        minimum: 0,
        maximum: 100,
        description: 'Unrounded; shown with one decimal.',
      },
      level: { type: 'string' },
      counts,
      durationMs: { type: 'number', minimum: 0 },
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
            ready: { type: 'boolean' },
            score: { type: 'number', minimum: 0, maximum: 100 },
            level: { type: 'string' },
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
                  metrics: { type: 'object' },
                  findings: { type: 'array', items: finding },
                  durationMs: { type: 'number', minimum: 0 },
                  output: { type: 'string' },
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
          },
          required: ['path', 'title', 'ready', 'score', 'level', 'counts', 'items'],
          additionalProperties: false,
        },
      },
    },
    required: ['schema', 'ready', 'score', 'level', 'counts', 'checklists'],
    additionalProperties: false,
  };
}
