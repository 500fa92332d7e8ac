// Lint rules: the ecosystem's recommended sets, type-aware for src/.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'examples/**',
      'bench/out/**',
      '__tests__/**/work/**',
      '__tests__/real-projects/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: [
      'src/checklist/**',
      'src/checks/**',
      'src/reports/**',
      'src/gate/**',
      'src/render/**',
      'src/workspace/**',
      'src/process/**',
      'src/secrets/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@actions/*'],
              message:
                'The core stays pure: only src/github/, src/action.ts and src/cli.ts import @actions/*.',
            },
          ],
        },
      ],
    },
  },
);
