// Figures no report can truly hold (covered > total, negative or non-finite counts): the report
// is refused as errored instead of being judged as 200% or −3 failures.

/** A description of the first impossible figure in a report's metrics, or undefined. */
export function impossibleFigure(metrics: unknown, where = 'metrics'): string | undefined {
  if (metrics === null || typeof metrics !== 'object') return undefined;
  const record = metrics as Record<string, unknown>;
  if (typeof record.covered === 'number' && typeof record.total === 'number') {
    if (record.covered > record.total)
      return `${where}: ${record.covered} covered of ${record.total} (more covered than exist)`;
  }
  for (const [key, value] of Object.entries(record)) {
    if (typeof value === 'number') {
      if (!Number.isFinite(value) || value < 0) return `${where}.${key} is ${value}`;
    } else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const found = impossibleFigure(value, `${where}.${key}`);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}
