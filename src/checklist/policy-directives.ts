// A Markdown checklist's policy: `<!-- gate-policy: -->` outside items and YAML front matter,
// judged by the schema of YAML's `policy:`; apart from items: the two share only directive syntax.
import {
  LineCounter,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  type Node as YamlNode,
  type YAMLMap,
} from 'yaml';
import type { ConfirmFrom, LevelRule, Policy, Problem, SourceLocation } from '../model.js';
import { describeAjvError } from './ajv-messages.js';
import {
  NUMBER,
  recordValue,
  tokenize,
  typeValue,
  type DirectiveComment,
  type DirectiveToken,
} from './directive-syntax.js';
import {
  createPointerPositions,
  pointerOf,
  type PointerLocator,
  type PointerPositions,
} from './pointer-positions.js';
import { POLICY_KEYS } from './schema.js';
import { getValidator } from './validators.js';
import { dateProblem } from './waivers.js';

type PolicyKey = (typeof POLICY_KEYS)[number];

interface PolicySetting {
  readonly key: PolicyKey;
  readonly value: unknown;
  readonly at: SourceLocation;
}

/**
 * `levels="ready:90,nearly ready:80"`: names have spaces, so the list is usually quoted whole, and
 * entries are split at commas inside the quotes too. Each entry, name and minimum is recorded
 * where its text is written.
 */
function readLevels(
  token: DirectiveToken,
  positions: PointerPositions,
): { name: string; min: unknown }[] {
  const levels: { name: string; min: unknown }[] = [];
  positions.record('/levels', token.start, token.valueStart);
  for (const segment of token.segments) {
    let from = 0;
    for (const entry of segment.text.split(',')) {
      const offsetOf = (index: number): number =>
        segment.textOffsets[from + index] ?? segment.start;
      const pointer = `/levels/${levels.length}`;
      const colon = entry.lastIndexOf(':');
      const name = colon < 0 ? entry : entry.slice(0, colon);
      const nameAt = offsetOf(name.length - name.trimStart().length);
      positions.record(pointer, nameAt, nameAt);
      positions.record(`${pointer}/name`, nameAt, nameAt);
      let min: unknown = '';
      if (colon >= 0) {
        const written = entry.slice(colon + 1);
        const minText = written.trim();
        const minAt = offsetOf(colon + 1 + written.length - written.trimStart().length);
        positions.record(`${pointer}/min`, minAt, minAt);
        min = NUMBER.test(minText) ? Number(minText) : minText;
      }
      levels.push({ name: name.trim(), min });
      from += entry.length + 1;
    }
  }
  return levels;
}

/** Collects policy settings from directives and front matter; `build()` gives the policy. */
export class PolicyCollector {
  private readonly settings = new Map<PolicyKey, PolicySetting>();
  readonly problems: Problem[] = [];

  constructor(private readonly file: string) {}

  private set(key: PolicyKey, value: unknown, at: SourceLocation): void {
    const earlier = this.settings.get(key);
    if (earlier) {
      this.problems.push({
        ...at,
        file: this.file,
        keyPath: key,
        message: `${key} is set twice (first at ${earlier.at.line}:${earlier.at.column})`,
      });
      return;
    }
    this.settings.set(key, { key, value, at });
  }

  private problem(at: SourceLocation, message: string, keyPath?: string): void {
    this.problems.push({ ...at, file: this.file, message, ...(keyPath ? { keyPath } : {}) });
  }

  /**
   * Checks one policy value by the schema of YAML's `policy:`; records it when valid. `locate`
   * places a pointer into `{ [key]: value }`, the data the schema judges.
   */
  private accept(key: string, value: unknown, locate: PointerLocator, keyPrefix = ''): void {
    const validate = getValidator('policy');
    const data = { [key]: value };
    if (!validate(data)) {
      for (const error of validate.errors ?? []) {
        const described = describeAjvError(error, { data, allowedKeys: () => [...POLICY_KEYS] });
        const keyPath = `${keyPrefix}${described.keyPath}`;
        // As YAML words it, with the key named first where the message does not name it.
        const named = /^("|unknown key)/.test(described.message);
        this.problem(
          locate(described.pointer, described.atKey),
          named ? described.message : `${keyPath} ${described.message}`,
          keyPath,
        );
      }
      return;
    }
    const name = key as PolicyKey;
    if (name === 'enforce-from') {
      // The schema says YYYY-MM-DD; a day that does not exist is refused as YAML's loader does.
      const problem = dateProblem(value as string);
      if (problem !== undefined) {
        this.problem(
          locate(pointerOf([key]), false),
          `${keyPrefix}${key} ${problem}`,
          `${keyPrefix}${key}`,
        );
        return;
      }
    }
    // Where it was set, for a second setting to name: at the key, as a duplicate YAML key is.
    const at = locate(pointerOf([key]), true);
    if (name === 'levels') {
      const levels = (value as readonly LevelRule[]).map((level) => ({
        name: level.name.trim(),
        min: level.min,
      }));
      this.set(
        name,
        levels.sort((a, b) => b.min - a.min),
        at,
      );
      return;
    }
    this.set(name, value, at);
  }

  /** `<!-- gate-policy: min-score=90 levels="ready:90,nearly ready:80,do not deploy:0" confirm-from=pr-body -->` */
  addDirective(comment: DirectiveComment): void {
    const tokenized = tokenize(comment.body);
    if (!tokenized.isValid) {
      this.problem(
        comment.locateInBody(tokenized.at),
        `gate-policy directive: ${tokenized.message}`,
      );
      return;
    }
    const tokens = tokenized.tokens;
    if (tokens.length === 0)
      this.problem(
        comment.at,
        `gate-policy directive is empty; expected key=value with keys ${POLICY_KEYS.join(', ')}`,
      );
    for (const token of tokens) {
      if (token.word !== undefined || token.key === undefined) {
        this.problem(
          comment.locateInBody(token.start),
          `gate-policy directive: expected key=value, found "${token.raw}"`,
        );
        continue;
      }
      const positions = createPointerPositions(comment.at, comment.locateInBody);
      let value: unknown;
      if (token.key === 'levels') {
        value = readLevels(token, positions);
      } else {
        recordValue(positions, pointerOf([token.key]), token.start, token);
        value = typeValue(
          token,
          token.key === 'min-score' || token.key === 'max-waiver-days' || token.key === 'tolerance'
            ? { type: 'number' }
            : { type: 'string' },
        );
      }
      this.accept(token.key, value, positions.locate);
    }
  }

  /**
   * Reads YAML front matter (the text between the `---` lines, whose first line is file line
   * `firstLine`): `title`, and the policy either under `policy:` or at the top level.
   * Returns the title when it sets one. Other keys belong to other tools and are ignored.
   */
  addFrontMatter(yamlText: string, firstLine: number): { title?: string } {
    const lineCounter = new LineCounter();
    const document = parseDocument(yamlText, { lineCounter, prettyErrors: false });
    const locate = (offset: number): SourceLocation => {
      const position = lineCounter.linePos(offset);
      return { file: this.file, line: position.line + firstLine - 1, column: position.col };
    };
    const nodeAt = (node: YamlNode | null | undefined, fallback: number): SourceLocation =>
      locate(node?.range?.[0] ?? fallback);
    for (const error of document.errors) {
      this.problem(locate(error.pos[0]), `front matter: ${error.message.split('\n')[0]}`);
    }
    if (document.errors.length > 0) return {};
    const contents = document.contents;
    if (contents === null || (isScalar(contents) && contents.value === null)) return {};
    if (!isMap(contents)) {
      this.problem(nodeAt(contents, 0), 'front matter must be a mapping');
      return {};
    }
    let title: string | undefined;
    const readPolicy = (map: YAMLMap, prefix: string, onlyPolicy: boolean): void => {
      for (const pair of map.items) {
        const keyNode = isScalar(pair.key) ? pair.key : undefined;
        const key = keyNode ? String(keyNode.value) : '';
        const valueNode = pair.value as YamlNode | null;
        const at = nodeAt(valueNode ?? keyNode, 0);
        if (!onlyPolicy) {
          if (key === 'title') {
            if (
              isScalar(valueNode) &&
              typeof valueNode.value === 'string' &&
              valueNode.value.trim() !== ''
            )
              title = valueNode.value.trim();
            else this.problem(at, `title must be a non-empty string`, 'title');
            continue;
          }
          if (key === 'policy') {
            if (isMap(valueNode)) readPolicy(valueNode, 'policy.', true);
            else this.problem(at, 'policy must be a mapping', 'policy');
            continue;
          }
          if (!(POLICY_KEYS as readonly string[]).includes(key)) continue;
        }
        const value: unknown =
          isSeq(valueNode) || isMap(valueNode)
            ? valueNode.toJSON()
            : isScalar(valueNode)
              ? valueNode.value
              : null;
        // Front matter is YAML: its problems stay at the value's node, whatever the pointer.
        this.accept(key, value, () => at, prefix);
      }
    };
    readPolicy(contents, '', false);
    return title === undefined ? {} : { title };
  }

  build(): Policy {
    const get = (key: PolicyKey): unknown => this.settings.get(key)?.value;
    const policy: {
      minScore?: number;
      levels?: readonly LevelRule[];
      confirmFrom?: ConfirmFrom;
      waivers?: 'any' | 'reviewed';
      maxWaiverDays?: number;
      enforceFrom?: string;
      tolerance?: number;
    } = {};
    const minScore = get('min-score');
    const levels = get('levels');
    const confirmFrom = get('confirm-from');
    const waivers = get('waivers');
    const maxWaiverDays = get('max-waiver-days');
    const enforceFrom = get('enforce-from');
    if (typeof minScore === 'number') policy.minScore = minScore;
    if (Array.isArray(levels)) policy.levels = levels as LevelRule[];
    if (confirmFrom === 'any' || confirmFrom === 'pr-body' || confirmFrom === 'review')
      policy.confirmFrom = confirmFrom;
    if (waivers === 'any' || waivers === 'reviewed') policy.waivers = waivers;
    if (typeof maxWaiverDays === 'number') policy.maxWaiverDays = maxWaiverDays;
    if (typeof enforceFrom === 'string') policy.enforceFrom = enforceFrom;
    const tolerance = get('tolerance');
    if (typeof tolerance === 'number') policy.tolerance = tolerance;
    return policy;
  }
}

/**
 * Splits YAML front matter (`---` on the first line, up to the next `---` or `...` line) from the
 * Markdown. The front matter lines are blanked, not removed, so Markdown lines keep their numbers.
 */
export function splitFrontMatter(text: string): {
  markdown: string;
  yaml?: string;
  firstLine: number;
} {
  const opening = /^---[ \t]*\r?\n/.exec(text);
  if (!opening) return { markdown: text, firstLine: 0 };
  const closing = /^(---|\.\.\.)[ \t]*(\r?\n|$)/m;
  const rest = text.slice(opening[0].length);
  const match = closing.exec(rest);
  if (!match) return { markdown: text, firstLine: 0 };
  const yamlText = rest.slice(0, match.index);
  const frontEnd = opening[0].length + match.index + match[0].length;
  const blanked = text.slice(0, frontEnd).replace(/[^\r\n]/g, '');
  return { markdown: blanked + text.slice(frontEnd), yaml: yamlText, firstLine: 2 };
}
