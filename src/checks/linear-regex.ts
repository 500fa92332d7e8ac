// `matches:` patterns on RE2 (re2js, pure JavaScript): matching takes time linear in the text,
// whatever the pattern, and a match still running when the gate's budget ends is stopped.
import vm from 'node:vm';
import type { RE2JS } from 're2js';

/** re2js is 150 KB: loaded only when a checklist has a `matches:` (loadLinearRegex). */
let engine: typeof import('re2js') | undefined;

/** Loads the engine; the checklist loader calls it when a checklist says `matches`. */
export async function loadLinearRegex(): Promise<void> {
  engine ??= await import('re2js');
}

/** Whether the engine is loaded (validation without it leaves the pattern to the run). */
export function isLinearRegexLoaded(): boolean {
  return engine !== undefined;
}

export class LinearRegexError extends Error {
  override readonly name = 'LinearRegexError';
}

/** Longer patterns are refused: RE2's time is linear in the text, times the pattern's size. */
const MAX_PATTERN_LENGTH = 1000;
/** A match is stopped after this long even when the budget allows more. */
const MAX_MATCH_MS = 10_000;

/**
 * Compiles a pattern the way `matches:` reads it (multi-line: `^` and `$` at line ends). RE2's
 * syntax is JavaScript's without backreferences and lookaround; anything it cannot compile
 * throws LinearRegexError, which validation reports at the pattern's place.
 */
export function compileLinear(pattern: string): RE2JS {
  if (pattern.length > MAX_PATTERN_LENGTH)
    throw new LinearRegexError(
      `is ${pattern.length} characters long; patterns are limited to ${MAX_PATTERN_LENGTH}`,
    );
  if (!engine) throw new Error('loadLinearRegex() must be awaited before compiling a pattern');
  try {
    return engine.RE2JS.compile(pattern, engine.RE2JS.MULTILINE);
  } catch (error) {
    throw new LinearRegexError(
      `is not a regular expression the linear-time engine (RE2) accepts: ${(error as Error).message} (backreferences and lookaround are not supported)`,
    );
  }
}

/**
 * Whether the pattern matches somewhere in the text. The match runs inside a vm call with a
 * timeout: the engine is linear, but on a large file a synchronous match would still hold the
 * event loop, so it may take no more than what is left of the budget.
 */
export function testLinear(pattern: RE2JS, text: string, remainingMs = MAX_MATCH_MS): boolean {
  const timeout = Math.max(1, Math.min(MAX_MATCH_MS, Math.floor(remainingMs)));
  try {
    return vm.runInNewContext('find()', { find: () => pattern.matcher(text).find() }, { timeout });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT')
      throw new LinearRegexError(
        `the match was stopped after ${timeout} ms (the gate's time budget)`,
      );
    throw error;
  }
}
