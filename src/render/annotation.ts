// What one annotation is: the type annotations.ts builds and waivers.ts adds to (apart, so neither imports the other).
export type AnnotationLevel = 'failure' | 'warning' | 'notice';

export interface Annotation {
  /** Repository-relative, `/` separators. */
  readonly path: string;
  readonly startLine: number;
  readonly endLine: number;
  readonly startColumn?: number;
  readonly endColumn?: number;
  readonly level: AnnotationLevel;
  readonly title: string;
  readonly message: string;
}
