// The one interface every check kind implements, and what the engine hands it.
import type { ChangeSet } from '../git/change-set.js';
import type { CheckKind, Metrics, Result, Status } from '../model.js';
import type { CommandOutcome, CommandRequest } from '../process/run-command.js';

/** A JSON Schema object (draft 2020-12 subset that ajv understands). */
export type JsonSchema = Readonly<Record<string, unknown>>;

/** What a check may touch. Everything outside comes through here, so tests hand in real folders. */
export interface CheckContext {
  /** Absolute path of the working directory (the repository root); all paths resolve from it. */
  readonly workdir: string;
  /** The step's environment (read-only). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Runs one command (argv, no shell unless asked) with timeout and bounded output. */
  readonly runCommand: (request: CommandRequest) => Promise<CommandOutcome>;
  /**
   * Resolves a path or glob relative to `workdir`; throws a PathError when it leaves the
   * workspace. Returns absolute paths, sorted.
   */
  readonly resolveFiles: (pattern: string) => Promise<string[]>;
  /** Removes every known secret value from a text. */
  readonly mask: (text: string) => string;
  /** The check was recognized from text, not declared: a missing program leaves the item pending (for a person), not errored. */
  readonly isInferred: boolean;
  /** Ends when the whole gate's budget runs out or the run is cancelled. */
  readonly signal: AbortSignal;
  /** Seconds; the default for commands that do not set `timeout`. */
  readonly defaultTimeoutSec: number;
  /** False on pull_request_target unless allowed: command-running checks must not run. */
  readonly mayRunCommands: boolean;
  /** Milliseconds left of the whole gate's budget (a synchronous step must not run past it). */
  readonly remainingMs?: () => number;
  /** False on pull_request_target unless allowed: `http` checks are refused (errored). */
  readonly mayFetchHttp: boolean;
  /** Why `http` checks are refused, when they are. */
  readonly httpRefusedReason?: string;
  /** A shard run: coverage items keep each file's covered and coverable lines for the merge. */
  readonly keepCoverageLines?: boolean;
  /**
   * Finding ids under an active finding waiver (trivy: vulnerability id, bandit: test id, lint:
   * rule id): left out of the counts, and listed in the result's `waivedFindings`.
   */
  readonly waivedFindings?: ReadonlySet<string>;
  /** The change under judgement (changed lines since the base); undefined when the run has no base. */
  readonly changes?: ChangeSet;
  /** Why there is no base, for messages (a push run, the CLI without --base). */
  readonly noBaseReason?: string;
  /** A base report was given (so a missing `baseItem` means the item is new). */
  readonly hasBaseReport?: boolean;
  /** This item in the base report, matched by checklist path and id. */
  readonly baseItem?: BaseItem;
}

/** An item as the base report recorded it. */
export interface BaseItem {
  readonly status: Status;
  readonly metrics?: Metrics;
}

export interface CheckKindModule<Options = Readonly<Record<string, unknown>>> {
  readonly kind: CheckKind;
  /** JSON Schema of the kind's options; composed into checklists/schema.json. */
  readonly optionsSchema: JsonSchema;
  /** Extra validation the schema cannot say (e.g. "at least one minimum"); returns messages keyed by option. */
  readonly validate?: (options: Options) => { key?: string; message: string }[];
  /** A short description for `plan` (e.g. `run: pytest tests/`). */
  readonly describe: (options: Options) => string;
  /** True when the check runs a command (so it is refused on pull_request_target). */
  readonly runsCommand: (options: Options) => boolean;
  /**
   * True when the check is refused where commands are (pull_request_target) for another reason:
   * it makes a request, or its pass/fail would reveal a file's contents. See refusal.ts.
   */
  readonly refusedWithCommands?: (options: Options) => boolean;
  /** Decides the item. Never throws for bad reports or failed commands: returns `errored`. */
  readonly run: (options: Options, context: CheckContext) => Promise<Result>;
}
