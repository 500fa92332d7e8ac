// Where each node of a value built from directive text was written, by JSON pointer, so a problem
// ajv reports at a pointer is located in a Markdown directive as yaml.ts locates it in YAML.
import type { SourceLocation } from '../model.js';

/** The location of the node a JSON pointer names: its key when `atKey`, else its value. */
export type PointerLocator = (pointer: string, atKey: boolean) => SourceLocation;

export interface PointerPositions {
  /** Records where the node at `pointer` was written; the first record of a pointer stands. */
  record(pointer: string, keyOffset: number, valueOffset: number): void;
  readonly locate: PointerLocator;
}

/** `["max", "high"]` → `/max/high`, escaped as ajv escapes the keys of its pointers. */
export function pointerOf(keys: readonly string[]): string {
  return keys.map((key) => `/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/**
 * Positions for one directive. `locateOffset` turns a recorded offset into a location; a pointer
 * that reaches no recorded node (the directive as a whole) is located at `whole`.
 */
export function createPointerPositions(
  whole: SourceLocation,
  locateOffset: (offset: number) => SourceLocation,
): PointerPositions {
  const nodes = new Map<string, { readonly keyOffset: number; readonly valueOffset: number }>();
  return {
    record(pointer, keyOffset, valueOffset) {
      if (!nodes.has(pointer)) nodes.set(pointer, { keyOffset, valueOffset });
    },
    locate(pointer, atKey) {
      // The deepest recorded node on the pointer's way down, as YAML's locate stops where a
      // child is missing: a key that is not written is reported at the value that lacks it.
      for (let at = pointer; at !== ''; at = at.slice(0, at.lastIndexOf('/'))) {
        const node = nodes.get(at);
        if (node) return locateOffset(at === pointer && atKey ? node.keyOffset : node.valueOffset);
      }
      return whole;
    },
  };
}
