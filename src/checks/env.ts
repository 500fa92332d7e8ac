// The `env` kind: every named variable is set and non-empty. Values are never printed.
import type { CheckKindModule } from './types.js';

export interface EnvOptions {
  readonly required: readonly string[];
}

/** A variable name as the checklist schema accepts it. */
export const ENV_NAME_SOURCE = '^[A-Za-z_][A-Za-z0-9_]*$';

export const envCheck: CheckKindModule<EnvOptions> = {
  kind: 'env',
  optionsSchema: {
    type: 'object',
    description:
      'Passes when every named environment variable is set and non-empty (values are never printed).',
    properties: {
      required: {
        type: 'array',
        minItems: 1,
        items: { type: 'string', pattern: ENV_NAME_SOURCE },
        description: 'Variable names.',
      },
    },
    required: ['required'],
    additionalProperties: false,
  },
  describe: (options) => `env: ${options.required.join(', ')}`,
  runsCommand: () => false,
  run: async (options, context) => {
    const missing = options.required.filter((name) => (context.env[name] ?? '').trim() === '');
    if (missing.length === 0) {
      return {
        status: 'passed',
        summary: `${options.required.length === 1 ? options.required[0] + ' is' : `all ${options.required.length} variables are`} set`,
        metrics: { missing },
      };
    }
    return {
      status: 'failed',
      summary: `${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not set`,
      metrics: { missing },
    };
  },
};

declare module '../model.js' {
  interface CheckOptionsByKind {
    env: EnvOptions;
  }
}
