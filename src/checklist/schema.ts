// The YAML checklist's JSON Schema, composed from the check kinds' own option schemas, so the
// published checklists/schema.json and the code cannot drift (a test compares them).
import { checkKinds } from '../checks/registry.js';
import type { JsonSchema } from '../checks/types.js';
import { DATE_SOURCE } from '../clock/clock.js';
import { ITEM_ID_SOURCE } from './slug.js';

export const SCHEMA_ID =
  'https://raw.githubusercontent.com/readiness-gate/readiness-gate/main/checklists/schema.json';

export const ITEM_KEYS = [
  'id',
  'title',
  'manual',
  'blocking',
  'weight',
  'owners',
  'covers',
  'enforce-from',
  'checked',
  'skip',
  'inferred',
  'items',
] as const;

/** The keys of a checklist's `policy` (YAML) and of a `gate-policy` directive (Markdown). */
export const POLICY_KEYS = [
  'min-score',
  'levels',
  'confirm-from',
  'waivers',
  'max-waiver-days',
  'enforce-from',
  'tolerance',
] as const;

/** The fields of a waiver: an entry of YAML's `waivers:`, a `gate-waiver:` directive. */
export const WAIVER_KEYS = ['item', 'finding', 'reason', 'by', 'until'] as const;

/** `YYYY-MM-DD`; whether it is a real calendar date is checked after the schema. */

/** A GitHub login, or `@org/team` (owners only). */
const LOGIN_PATTERN = '^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$';
const OWNER_PATTERN = '^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]+)?$';

/**
 * One waiver: the YAML `waivers:` entries and the Markdown `waive` / `gate-waiver` directives are
 * validated by this same schema, so both forms accept and refuse the same things.
 */
export function buildWaiverSchema(): JsonSchema {
  return {
    type: 'object',
    description: 'An accountable exception: who owns it, why, and until when.',
    properties: {
      item: { type: 'string', pattern: ITEM_ID_SOURCE, description: 'The id of the waived item.' },
      finding: {
        type: 'string',
        minLength: 1,
        description:
          'Waive one finding instead of the item: a trivy vulnerability id, a bandit test id or a lint rule id.',
      },
      reason: { type: 'string', minLength: 1, description: 'Why, shown on every surface.' },
      by: {
        type: 'string',
        pattern: LOGIN_PATTERN,
        description: 'The GitHub login that owns the exception.',
      },
      until: {
        type: 'string',
        pattern: DATE_SOURCE,
        description: 'The last day it applies (YYYY-MM-DD, UTC).',
      },
    },
    required: ['item', 'reason', 'by', 'until'],
    additionalProperties: false,
  };
}

/**
 * The policy: YAML's `policy:` and the Markdown `gate-policy:` directives and front matter are
 * validated by this same schema, so both forms accept and refuse the same values.
 */
export function buildPolicySchema(): JsonSchema {
  return {
    type: 'object',
    properties: {
      'min-score': {
        type: 'number',
        minimum: 0,
        maximum: 100,
        description: 'Ready needs at least this score (0-100), besides no blocking item.',
      },
      levels: {
        type: 'array',
        minItems: 1,
        description:
          'Score levels, highest first; the `level` output is the name of the first whose min the score reaches.',
        items: {
          type: 'object',
          properties: {
            name: { type: 'string', minLength: 1 },
            min: { type: 'number', minimum: 0, maximum: 100 },
          },
          required: ['name', 'min'],
          additionalProperties: false,
        },
      },
      'confirm-from': {
        enum: ['any', 'pr-body', 'review'],
        description:
          'Who may confirm manual items: a ticked box in the file or the pull request body, or a /confirm (any); only the pull request body (pr-body); only a /confirm from someone with write access who is not the author (review).',
      },
      waivers: {
        enum: ['any', 'reviewed'],
        description:
          'reviewed: a waiver or weakening the pull request adds takes effect only once someone other than its author approved it.',
      },
      'max-waiver-days': {
        type: 'integer',
        minimum: 1,
        description: 'How far ahead a new waiver may end (default 90 days).',
      },
      'enforce-from': {
        type: 'string',
        pattern: DATE_SOURCE,
        description: 'Before this date (YYYY-MM-DD) no failure blocks.',
      },
      tolerance: {
        type: 'number',
        minimum: 0,
        description:
          'Points the score may fall below the base report before fail-on: regression fails (default 0.1).',
      },
    },
    additionalProperties: false,
  };
}

export function buildChecklistSchema(): JsonSchema {
  const kinds = [...checkKinds.keys()].sort();
  const kindProperties = Object.fromEntries(
    kinds.map((kind) => [kind, checkKinds.get(kind)!.optionsSchema]),
  );
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: SCHEMA_ID,
    title: 'readiness-gate checklist',
    description: 'A deployment checklist that readiness-gate turns into a pull-request gate.',
    type: 'object',
    properties: {
      version: { const: 1, description: 'Format version.' },
      title: {
        type: 'string',
        minLength: 1,
        description: 'Shown as the headline of every report.',
      },
      policy: { $ref: '#/definitions/policy' },
      items: {
        type: 'array',
        items: { $ref: '#/definitions/item' },
        description: 'Items outside any section.',
      },
      sections: { type: 'array', items: { $ref: '#/definitions/section' } },
      waivers: {
        type: 'array',
        items: { $ref: '#/definitions/waiver' },
        description:
          'Accountable exceptions: an item or one finding waived, by whom, why, until when.',
      },
    },
    required: ['title'],
    additionalProperties: false,
    definitions: {
      policy: buildPolicySchema(),
      section: {
        type: 'object',
        properties: {
          title: { type: 'string', minLength: 1 },
          items: { type: 'array', items: { $ref: '#/definitions/item' } },
          sections: { type: 'array', items: { $ref: '#/definitions/section' } },
        },
        required: ['title'],
        additionalProperties: false,
      },
      waiver: buildWaiverSchema(),
      item: {
        type: 'object',
        description: 'One checklist item: exactly one check kind, or manual: true.',
        properties: {
          id: {
            type: 'string',
            pattern: ITEM_ID_SOURCE,
            description: 'Stable id (default: a slug of the title).',
          },
          title: { type: 'string', minLength: 1 },
          manual: {
            const: true,
            description:
              'Confirmed by a person: a ticked box with this title or id in the pull request body.',
          },
          blocking: {
            type: 'boolean',
            description:
              'Whether failing (or, for a manual item, staying unconfirmed) blocks readiness. Default: true for checks, false for manual items.',
          },
          weight: { type: 'number', minimum: 0, description: 'Weight in the score (default 1).' },
          owners: {
            type: 'array',
            minItems: 1,
            items: { type: 'string', pattern: OWNER_PATTERN },
            description:
              'Only these logins or @org/team members may confirm the item (with /confirm).',
          },
          covers: {
            type: 'array',
            minItems: 1,
            items: { type: 'string', minLength: 1 },
            description:
              'Globs: a confirmation goes stale when a commit after it changes a matching file.',
          },
          'enforce-from': {
            type: 'string',
            pattern: DATE_SOURCE,
            description: 'Before this date (YYYY-MM-DD) a failure does not block.',
          },
          checked: {
            type: 'boolean',
            description:
              'The box is ticked in the checklist itself (as `- [x]` in Markdown): confirms a manual item unless confirm-from is pr-body.',
          },
          skip: {
            type: 'string',
            minLength: 1,
            description:
              'Never run; the item is skipped with this reason (`struck out` for an item struck out in Markdown).',
          },
          inferred: {
            type: 'boolean',
            description:
              'The check was recognized from the text (as `init` writes it): a program that is not installed leaves the item pending for a person instead of errored.',
          },
          items: {
            type: 'array',
            items: { $ref: '#/definitions/item' },
            description: 'Nested items (children of this one); each counts once.',
          },
          ...kindProperties,
        },
        anyOf: [{ required: ['title'] }, { required: ['id'] }],
        oneOf: [...kinds, 'manual'].map((key) => ({ required: [key] })),
        additionalProperties: false,
      },
    },
  };
}
