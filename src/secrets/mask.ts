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

export function createMasker(initial: Iterable<string | undefined> = []): Masker {
  const values = new Set<string>();
  let pattern: RegExp | undefined;
  const add = (value: string | undefined): void => {
    if (value === undefined) return;
    const forms = [
      value,
      ...value.split(/\r?\n/),
      JSON.stringify(value).slice(1, -1),
      encodeURIComponent(value),
    ];
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
