// The one interface every report reader implements.
import type { Finding } from '../model.js';

export type ReportFamily = 'tests' | 'coverage' | 'lint' | 'security';

/** A covered/total pair; pct is unrounded, null when total is 0 ... see coverage docs. */
export interface Ratio {
  readonly covered: number;
  readonly total: number;
  readonly pct: number;
}
