// Import rules for src/ (run by `npm run lint`): each folder imports only the layers below it,
/* global module */
// no two files import each other (even through others), and only the GitHub side and the entries
// import @actions/*. docs/architecture.md draws the layers.

/** Bottom up; a folder may import its own layer's folders (foundations only, as needed) and lower ones. */
const LAYERS = [
  ['model.ts'],
  ['workspace', 'process', 'secrets', 'git', 'clock'],
  ['reports'],
  ['checks'],
  ['checklist'],
  ['gate'],
  // render/ defines the report JSON (schema, reader) that merge/ reads; nothing in render/ needs merge/.
  ['render'],
  ['merge'],
  ['github'],
  ['action', 'cli'],
  // The bundle's entry (dist/main.cjs): both ways in.
  ['entries.ts'],
];

const pathOf = (name) =>
  name.endsWith('.ts') ? `^src/${name.replace('.', '\\.')}$` : `^src/${name}/`;
const anyOf = (names) => names.map(pathOf).join('|');

const layerRules = LAYERS.flatMap((layer, index) => {
  const above = LAYERS.slice(index + 1).flat();
  const rules = [];
  if (above.length > 0)
    rules.push({
      name: `layer-${layer.join('-').replace('.ts', '')}`,
      comment: `${layer.join(', ')} must not import a layer above it (${above.join(', ')})`,
      severity: 'error',
      from: { path: anyOf(layer) },
      to: { path: anyOf(above) },
    });
  // The entries are two apps side by side: neither imports the other.
  if (layer.includes('action'))
    rules.push(
      {
        name: 'action-not-cli',
        severity: 'error',
        from: { path: pathOf('action') },
        to: { path: pathOf('cli') },
      },
      {
        name: 'cli-not-action',
        severity: 'error',
        from: { path: pathOf('cli') },
        to: { path: pathOf('action') },
      },
    );
  return rules;
});

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'no-circular',
      comment: 'no file imports itself through others',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'launchers-apart',
      comment:
        'src/launch/ (dist/index.js, dist/cli.js) loads the bundle from outside it: it imports nothing of src/ but itself, and nothing imports it',
      severity: 'error',
      from: { path: '^src/launch/' },
      to: { path: '^src/', pathNot: '^src/launch/' },
    },
    {
      name: 'launchers-not-imported',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/launch/' },
      to: { path: '^src/launch/' },
    },
    {
      name: 'actions-only-at-the-edge',
      comment: '@actions/* only in src/github/ and the entries (src/action/, src/cli/)',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(github|action|cli)/|^src/entries\\.ts$' },
      to: { path: '(^|/)node_modules/@actions/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(dist|node_modules)/' },
  },
};
