// Removes secret values from every text the gate writes: the token, the values behind env
// checks, and variables whose names say secret.

export const MASK = '***';
/** Shorter values would blot out ordinary words; the runner's own masker has the same trade-off. */
const MIN_SECRET_LENGTH = 4;
const SECRET_NAME = /TOKEN|SECRET|PASSWORD|PASSWD|KEY|CREDENTIAL|PRIVATE/i;

export interface Masker {
  readonly mask: (text: string) => string;
  readonly add: (value: string | undefined) => void;
  /** The values, for registering with the runner (`core.setSecret`). */
  readonly values: () => readonly string[];
}

/** Names in the environment whose values are to be treated as secrets. */
export function secretNames(env: Readonly<Record<string, string | undefined>>): string[] {
  return Object.keys(env).filter(
    (name) => SECRET_NAME.test(name) && env[name] !== undefined && env[name] !== '',
  );
}

/**
 * The base64 text that stands for `value` wherever it sits in an encoded string: for each of the
 * three byte alignments, the characters that depend only on the value's bytes (the first and
 * last, shared with neighbouring bytes, are left out), in the standard and URL-safe alphabets.
 */
function base64Forms(value: string): string[] {
  const bytes = Buffer.from(value, 'utf8');
  const forms: string[] = [];
  for (let offset = 0; offset < 3; offset++) {
    const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64');
    const start = Math.ceil((8 * offset) / 6);
    const end = Math.floor((8 * (offset + bytes.length)) / 6);
    const stable = encoded.slice(start, end);
    forms.push(stable, stable.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  return forms;
}

/** `&`, `<`, `>`, quotes as an HTML or XML writer escapes them (both ways of writing `'`). */
function htmlForms(value: string): string[] {
  const escaped = value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
  return [
    escaped.replace(/'/g, '&#39;'),
    escaped.replace(/'/g, '&#x27;'),
    escaped.replace(/'/g, '&apos;'),
  ];
}

/** Every form DESIGN.md lists for one value: plain, JSON, percent, base64, hex, HTML. */
export function encodedForms(value: string): string[] {
  const percent = encodeURIComponent(value);
  const hex = Buffer.from(value, 'utf8').toString('hex');
  return [
    value,
    JSON.stringify(value).slice(1, -1),
    percent,
    percent.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase()),
    // Characters encodeURIComponent leaves alone but other encoders escape.
    percent.replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`),
    ...base64Forms(value),
    hex,
    hex.toUpperCase(),
    ...htmlForms(value),
  ];
}

export function createMasker(initial: Iterable<string | undefined> = []): Masker {
  const values = new Set<string>();
  let pattern: RegExp | undefined;
  const add = (value: string | undefined): void => {
    if (value === undefined) return;
    const parts = [value, ...value.split(/\r?\n/)].map((part) => part.trim());
    const forms = [...new Set(parts)]
      .filter((part) => part.length >= MIN_SECRET_LENGTH)
      .flatMap(encodedForms);
    for (const form of forms) {
      const trimmed = form.trim();
      if (trimmed.length >= MIN_SECRET_LENGTH && !values.has(trimmed)) {
        values.add(trimmed);
        pattern = undefined;
      }
    }
  };
  for (const value of initial) add(value);
  return {
    add,
    values: () => [...values],
    mask(text: string): string {
      if (values.size === 0 || text === '') return text;
      pattern ??= new RegExp(
        [...values]
          .sort((a, b) => b.length - a.length)
          .map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
          .join('|'),
        'g',
      );
      return text.replace(pattern, MASK);
    },
  };
}
