// The Action's entry: runs it and is the one place that sets the exit code.
import * as core from '@actions/core';
import { InputError } from './inputs.js';
import { run } from './main.js';

run()
  .then((outcome) => {
    if (outcome.failure !== undefined) core.setFailed(outcome.failure);
  })
  .catch((error: unknown) => {
    // A bad input says what is wrong with it; anything else is a bug, and says so.
    core.setFailed(
      error instanceof InputError
        ? `readiness-gate: ${error.message}`
        : `readiness-gate: internal error: ${(error as Error).stack ?? String(error)}`,
    );
  });
