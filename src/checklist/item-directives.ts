// An item's `<!-- gate: KIND key=value -->` directives and waivers (`waive`, `gate-waiver:`), read
// into the check, adjustments and waiver fields a YAML item has; apart from the file-wide policy.
import type { CheckKind, CheckSpec, Problem, SourceLocation } from '../model.js';
import { CHECK_KIND_NAMES, checkKinds, checkSpecOf, isCheckKind } from '../checks/registry.js';
import { describeAjvError, suggest } from './ajv-messages.js';
import { optionProblemsWithPointers, type OptionProblemWithPointer } from './check-options.js';
import {
  buildOptions,
  NUMBER,
  recordValue,
  tokenize,
  type DirectiveComment,
  type DirectiveToken,
  type ValueSegment,
} from './directive-syntax.js';
import { createPointerPositions, pointerOf, type PointerLocator } from './pointer-positions.js';
import { WAIVER_KEYS } from './schema.js';
import { getValidator } from './validators.js';
import { dateProblem } from './waivers.js';

/** Keys that adjust the item itself in any `gate:` directive; never check options. */
const ITEM_KEYS = ['blocking', 'weight', 'id', 'owners', 'covers', 'enforce-from'] as const;

/** A key as a `gate:` directive writes it: dotted keys nest (`max.high`). */
const KEY = /^[A-Za-z][A-Za-z0-9_-]*(\.[A-Za-z0-9_-]+)*$/;

/** What the `gate:` directives of one item say. */
export interface ItemDirectives {
  /** The declared check, exactly as written (validated). */
  readonly check?: CheckSpec;
  /** `<!-- gate: manual -->`: no check, and no recognition either. */
  readonly isManual: boolean;
  readonly blocking?: boolean;
  readonly weight?: number;
  readonly id?: string;
  readonly owners?: readonly string[];
  readonly covers?: readonly string[];
  readonly enforceFrom?: string;
  /** `<!-- gate: waive until=… by=… reason=… -->` on the item: fields without `item`, which the item gives. */
  readonly waivers: readonly WaiverFields[];
}

/** A waiver directive's fields, typed as YAML would, where it was written, and where each field is. */
export interface WaiverFields {
  readonly fields: Readonly<Record<string, unknown>>;
  readonly at: SourceLocation;
  /** Locates a pointer into `fields` (`/until`); the waiver as a whole is at `at`. */
  readonly locate: PointerLocator;
}

/** Reads `key=value` pairs of a waiver directive; `item=` only where the directive is not on an item. */
function readWaiverFields(
  tokens: readonly DirectiveToken[],
  comment: DirectiveComment,
  file: string,
  withItem: boolean,
): { waiver?: WaiverFields; problems: Problem[] } {
  const problems: Problem[] = [];
  const fields: Record<string, unknown> = {};
  const positions = createPointerPositions(comment.at, comment.locateInBody);
  const allowed = withItem ? WAIVER_KEYS : WAIVER_KEYS.filter((key) => key !== 'item');
  const report = (token: DirectiveToken, message: string, keyPath?: string): void => {
    problems.push({
      ...comment.locateInBody(token.start),
      file,
      message,
      ...(keyPath ? { keyPath } : {}),
    });
  };
  for (const token of tokens) {
    if (token.word !== undefined || token.key === undefined) {
      report(token, `waiver: expected key=value, found "${token.raw}"`);
      continue;
    }
    if (!(allowed as readonly string[]).includes(token.key)) {
      const hint = suggest(token.key, allowed);
      report(
        token,
        `waiver: unknown key "${token.key}"${hint ? ` (did you mean "${hint}"?)` : ''}; expected ${allowed.join(', ')}`,
        `waiver.${token.key}`,
      );
      continue;
    }
    if (token.key in fields) {
      report(token, `${token.key} is set twice`, `waiver.${token.key}`);
      continue;
    }
    // Every waiver field is a string; a comma belongs to the text (`reason="a, b"`).
    fields[token.key] =
      token.segments.length === 1 ? token.segments[0]!.text : token.raw.replace(/^"|"$/g, '');
    positions.record(pointerOf([token.key]), token.start, token.valueStart);
  }
  return problems.length > 0
    ? { problems }
    : { waiver: { fields, at: comment.at, locate: positions.locate }, problems };
}

/** `<!-- gate-waiver: item=coverage until=… by=… reason=… -->`, anywhere in the file. */
export function readWaiverDirective(
  comment: DirectiveComment,
  file: string,
): { waiver?: WaiverFields; problems: Problem[] } {
  const tokenized = tokenize(comment.body);
  if (!tokenized.isValid)
    return {
      problems: [
        {
          ...comment.locateInBody(tokenized.at),
          file,
          message: `gate-waiver directive: ${tokenized.message}`,
        },
      ],
    };
  return readWaiverFields(tokenized.tokens, comment, file, true);
}

/** The segments of a list written `a,b,c`, without the empty ones (`a,,b` is two entries). */
function listSegments(token: DirectiveToken): ValueSegment[] {
  return token.segments.filter((segment) => segment.text.trim() !== '');
}

/** `owners=alice,@org/team`, or a list written as a quoted JSON array (`covers='["a/{x,y}/**"]'`). */
function listValue(token: DirectiveToken): string[] | undefined {
  if (token.segments.length === 1 && token.segments[0]!.isQuoted) {
    const text = token.segments[0]!.text.trim();
    if (text.startsWith('[')) {
      try {
        const parsed = JSON.parse(text) as unknown;
        return Array.isArray(parsed) && parsed.every((entry) => typeof entry === 'string')
          ? parsed
          : undefined;
      } catch {
        return undefined;
      }
    }
  }
  const list = listSegments(token).map((segment) => segment.text.trim());
  return list.length > 0 ? list : undefined;
}

type ItemKey = (typeof ITEM_KEYS)[number];

function isItemKey(key: string): key is ItemKey {
  return (ITEM_KEYS as readonly string[]).includes(key);
}

/** An item key's value typed as YAML would read it, for the item schema to judge. */
function itemKeyValue(name: ItemKey, token: DirectiveToken): unknown {
  const text = token.segments.length === 1 ? token.segments[0]!.text : token.raw;
  if (name === 'owners' || name === 'covers') return listValue(token) ?? text;
  if (name === 'blocking') return text === 'true' || text === 'false' ? text === 'true' : text;
  if (name === 'weight') return NUMBER.test(text) ? Number(text) : text;
  return text;
}

const ONE_ITEM_POINTER = '/items/0';

/**
 * Problems with one item key's value, by the same checklist validator YAML items go through: the
 * key is checked on a one-item checklist, so the schema, and its wording, are YAML's. Pointers
 * are the item's own (`/owners/1`), as a directive's positions are recorded.
 */
function itemKeyProblems(key: string, value: unknown): OptionProblemWithPointer[] {
  const validate = getValidator('checklist');
  const data = { title: 'x', items: [{ title: 'x', manual: true, [key]: value }] };
  if (validate(data)) return [];
  return (validate.errors ?? []).map((error) => {
    const described = describeAjvError(error, { data });
    return {
      keyPath: described.keyPath.replace(/^items\[0\]\./, ''),
      message: described.message,
      pointer: described.pointer.startsWith(ONE_ITEM_POINTER)
        ? described.pointer.slice(ONE_ITEM_POINTER.length)
        : '',
      atKey: described.atKey,
    };
  });
}

function subjectMessage(kind: string, keyPath: string, message: string): string {
  if (message.startsWith('"') || message.startsWith('unknown key')) return `${kind}: ${message}`;
  // A kind's own rule may already name it ("coverage needs at least one minimum").
  if (!keyPath && message.startsWith(`${kind} `)) return message;
  return `${keyPath ? `${kind}.${keyPath}` : kind} ${message}`;
}

/**
 * Reads the `gate:` directives of one item into its check and adjustments. Each directive's keys
 * and values are recorded at the pointers they have in a YAML item (`/coverage/min-lines`,
 * `/weight`), so a problem the validators report at a pointer is located at that key or value in
 * the comment, as in YAML; a problem with the whole check is at its kind word.
 */
export function readItemDirectives(
  comments: readonly DirectiveComment[],
  file: string,
): { directives: ItemDirectives; problems: Problem[] } {
  const problems: Problem[] = [];
  let check: CheckSpec | undefined;
  let isManual = false;
  let head: string | undefined;
  const adjustments: {
    blocking?: boolean;
    weight?: number;
    id?: string;
    owners?: readonly string[];
    covers?: readonly string[];
    enforceFrom?: string;
  } = {};
  const waivers: WaiverFields[] = [];
  for (const comment of comments) {
    if (comment.scope !== 'item') continue;
    const report = (at: SourceLocation, message: string, keyPath?: string): void => {
      problems.push({ ...at, file, message, ...(keyPath ? { keyPath } : {}) });
    };
    const atToken = (token: DirectiveToken): SourceLocation => comment.locateInBody(token.start);
    const positions = createPointerPositions(comment.at, comment.locateInBody);
    const tokenized = tokenize(comment.body);
    if (!tokenized.isValid) {
      report(comment.locateInBody(tokenized.at), `gate directive: ${tokenized.message}`);
      continue;
    }
    const tokens = tokenized.tokens;
    if (tokens.length === 0) {
      report(
        comment.at,
        'gate directive is empty; expected a check kind, "manual", or key=value adjustments',
      );
      continue;
    }
    let kind: CheckKind | undefined;
    let thisIsManual = false;
    const first = tokens[0]!;
    if (first.word === 'waive') {
      const read = readWaiverFields(tokens.slice(1), comment, file, false);
      problems.push(...read.problems);
      if (read.waiver) waivers.push(read.waiver);
      continue;
    }
    if (first.word !== undefined) {
      tokens.shift();
      const word = first.word;
      if (word === 'manual') thisIsManual = true;
      else if (isCheckKind(word)) kind = word;
      else {
        const hint = suggest(word, [...CHECK_KIND_NAMES, 'manual']);
        report(
          atToken(first),
          `unknown check kind "${word}"${hint ? ` (did you mean "${hint}"?)` : ''}; expected one of ${CHECK_KIND_NAMES.join(', ')}, or manual`,
        );
        continue;
      }
      if (head !== undefined) {
        report(
          atToken(first),
          `an item holds one check, but this item declares "${word}" after "${head}"`,
        );
        continue;
      }
      head = word;
      // The kind word stands for the kind's key in a YAML item: the options hang below it.
      positions.record(pointerOf([word]), first.start, first.start);
    }
    const pairs: { key: string; value: DirectiveToken }[] = [];
    for (const token of tokens) {
      if (token.word !== undefined) {
        report(atToken(token), `gate directive: expected key=value, found "${token.word}"`);
        continue;
      }
      const key = token.key ?? '';
      if (!KEY.test(key)) {
        report(
          atToken(token),
          `gate directive: "${key}" is not a key (letters, digits, "-" and "_", nested with ".")`,
        );
        continue;
      }
      if (isItemKey(key)) {
        const field = key === 'enforce-from' ? 'enforceFrom' : key;
        if (adjustments[field] !== undefined) {
          report(atToken(token), `${key} is set twice`, key);
          continue;
        }
        const value = itemKeyValue(key, token);
        recordValue(positions, pointerOf([key]), token.start, token, listSegments(token));
        const keyProblems = itemKeyProblems(key, value);
        for (const problem of keyProblems) {
          const named = /^("|unknown key)/.test(problem.message);
          report(
            positions.locate(problem.pointer, problem.atKey),
            named ? problem.message : `${problem.keyPath} ${problem.message}`,
            problem.keyPath,
          );
        }
        if (keyProblems.length > 0) continue;
        if (key === 'enforce-from') {
          // The schema says YYYY-MM-DD; a day that does not exist is refused as YAML's loader does.
          const problem = dateProblem(value as string);
          if (problem)
            report(positions.locate('/enforce-from', false), `enforce-from ${problem}`, key);
          else adjustments.enforceFrom = value as string;
        } else if (key === 'owners' || key === 'covers') adjustments[key] = value as string[];
        else if (key === 'blocking') adjustments.blocking = value as boolean;
        else if (key === 'weight') adjustments.weight = value as number;
        else adjustments.id = value as string;
        continue;
      }
      pairs.push({ key, value: token });
    }
    if (thisIsManual) {
      isManual = true;
      for (const pair of pairs)
        report(atToken(pair.value), `"manual" takes no options, found "${pair.key}"`, pair.key);
      continue;
    }
    if (kind === undefined) {
      for (const pair of pairs)
        report(
          atToken(pair.value),
          `"${pair.key}" needs a check kind first, as in <!-- gate: command ${pair.key}=... -->`,
          pair.key,
        );
      continue;
    }
    const built = buildOptions(kind, pairs, positions);
    for (const problem of built.problems)
      report(
        comment.locateInBody(problem.at),
        subjectMessage(kind, problem.keyPath, problem.message),
        `${kind}.${problem.keyPath}`,
      );
    const optionProblems =
      built.problems.length === 0 && checkKinds.has(kind)
        ? optionProblemsWithPointers(kind, built.options)
        : [];
    for (const problem of optionProblems) {
      report(
        positions.locate(`${pointerOf([kind])}${problem.pointer}`, problem.atKey),
        subjectMessage(kind, problem.keyPath, problem.message),
        problem.keyPath ? `${kind}.${problem.keyPath}` : kind,
      );
    }
    if (built.problems.length === 0 && optionProblems.length === 0)
      check = checkSpecOf(kind, built.options);
  }
  return { directives: { check, isManual, ...adjustments, waivers }, problems };
}
