// Extracts the request schemas of the operations the gate calls from @octokit/openapi into a small committed JSON.
//
// Usage: (cd /tmp && npm install @octokit/openapi@23) then
//   node scripts/extract-openapi-subset.mjs [/tmp/node_modules/@octokit/openapi] > __tests__/github/standin/openapi-subset.json
// The package is 385 MB, so it is installed outside the project and never added to package.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';
import { format, resolveConfig } from 'prettier';

const OPERATIONS = [
  'issues/list-comments',
  'issues/create-comment',
  'issues/update-comment',
  'issues/delete-comment',
  'checks/create',
  'checks/update',
  'checks/list-for-ref',
  'pulls/get',
  'pulls/list-reviews',
  'pulls/list-review-comments',
  'repos/get-collaborator-permission-level',
  'teams/get-membership-for-user-in-org',
  'actions/list-workflow-runs',
  'actions/list-workflow-run-artifacts',
  'actions/download-artifact',
];

const packageDir = process.argv[2] ?? '/tmp/node_modules/@octokit/openapi';
const packageJson = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
const description = JSON.parse(
  readFileSync(join(packageDir, 'generated', 'api.github.com.json'), 'utf8'),
);

/** Follows a local `$ref` such as `#/components/parameters/per-page`. */
function resolveRef(ref) {
  return ref
    .replace(/^#\//, '')
    .split('/')
    .reduce((node, key) => node[key.replace(/~1/g, '/').replace(/~0/g, '~')], description);
}

/** Resolves refs and drops prose (descriptions, examples), keeping only what validates. */
function clean(node, isPropertyMap = false) {
  if (Array.isArray(node)) return node.map((value) => clean(value));
  if (node === null || typeof node !== 'object') return node;
  if (!isPropertyMap && typeof node.$ref === 'string') return clean(resolveRef(node.$ref));
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (
      !isPropertyMap &&
      ['description', 'example', 'examples', 'title', 'externalDocs'].includes(key) &&
      typeof value !== 'object'
    )
      continue;
    if (!isPropertyMap && (key === 'examples' || key === 'example')) continue;
    out[key] = clean(
      value,
      !isPropertyMap && (key === 'properties' || key === 'patternProperties'),
    );
  }
  return out;
}

const operations = {};
for (const [path, item] of Object.entries(description.paths)) {
  for (const [method, operation] of Object.entries(item)) {
    if (!OPERATIONS.includes(operation.operationId)) continue;
    const parameters = (operation.parameters ?? []).map((parameter) => {
      const resolved = parameter.$ref ? resolveRef(parameter.$ref) : parameter;
      return {
        name: resolved.name,
        in: resolved.in,
        required: resolved.required === true,
        schema: clean(resolved.schema),
      };
    });
    const body = operation.requestBody?.content?.['application/json'];
    operations[operation.operationId] = {
      method: method.toUpperCase(),
      path,
      documentationUrl: operation.externalDocs?.url,
      permissions: operation['x-github']?.permissions,
      parameters,
      requestBody: body
        ? { required: operation.requestBody.required === true, schema: clean(body.schema) }
        : undefined,
    };
  }
}

const missing = OPERATIONS.filter((id) => !(id in operations));
if (missing.length > 0) {
  process.stderr.write(`operations not found: ${missing.join(', ')}\n`);
  process.exit(1);
}

const subset = {
  source: `@octokit/openapi ${packageJson.version} generated/api.github.com.json`,
  openapi: description.openapi,
  operations: Object.fromEntries(OPERATIONS.map((id) => [id, operations[id]])),
};
// Formatted as the repository's Prettier config would, so `npm run format` leaves it alone.
const target = fileURLToPath(
  new URL('../__tests__/github/standin/openapi-subset.json', import.meta.url),
);
const prettierConfig = (await resolveConfig(target)) ?? {};
process.stdout.write(
  await format(JSON.stringify(subset, null, 2), { ...prettierConfig, parser: 'json' }),
);
