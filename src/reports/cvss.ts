// CVSS v3.0 and v3.1 base scores from their vector strings, as FIRST's specification computes them.
//
// Hand-written because the formula is short and fixed by the specification, and the one maintained
// JavaScript implementation (@pandatix/js-cvss 0.4.4) ships ES modules Node cannot load.

const WEIGHTS: Record<string, Record<string, number>> = {
  AV: { N: 0.85, A: 0.62, L: 0.55, P: 0.2 },
  AC: { L: 0.77, H: 0.44 },
  UI: { N: 0.85, R: 0.62 },
  C: { H: 0.56, L: 0.22, N: 0 },
  I: { H: 0.56, L: 0.22, N: 0 },
  A: { H: 0.56, L: 0.22, N: 0 },
};
const PRIVILEGES_UNCHANGED: Record<string, number> = { N: 0.85, L: 0.62, H: 0.27 };
const PRIVILEGES_CHANGED: Record<string, number> = { N: 0.85, L: 0.68, H: 0.5 };

/**
 * The base score of a `CVSS:3.0/…` or `CVSS:3.1/…` vector (specification §7.1), or undefined
 * for any other vector (CVSS v2 and v4 are not computed) or a malformed one.
 */
export function cvss3BaseScore(vector: string): number | undefined {
  const match = /^CVSS:3\.([01])\/(.*)$/.exec(vector.trim());
  if (!match) return undefined;
  const metrics = new Map<string, string>();
  for (const part of match[2]!.split('/')) {
    const [name, value] = part.split(':');
    if (name === undefined || value === undefined || metrics.has(name)) return undefined;
    metrics.set(name, value);
  }
  const weight = (name: string): number | undefined => {
    const value = metrics.get(name);
    return value === undefined ? undefined : WEIGHTS[name]?.[value];
  };
  const scope = metrics.get('S');
  const privileges = metrics.get('PR');
  const av = weight('AV');
  const ac = weight('AC');
  const ui = weight('UI');
  const c = weight('C');
  const i = weight('I');
  const a = weight('A');
  const pr =
    privileges === undefined
      ? undefined
      : (scope === 'C' ? PRIVILEGES_CHANGED : PRIVILEGES_UNCHANGED)[privileges];
  if (
    (scope !== 'U' && scope !== 'C') ||
    av === undefined ||
    ac === undefined ||
    ui === undefined ||
    pr === undefined ||
    c === undefined ||
    i === undefined ||
    a === undefined
  )
    return undefined;
  const impactSubScore = 1 - (1 - c) * (1 - i) * (1 - a);
  const impact =
    scope === 'U'
      ? 6.42 * impactSubScore
      : 7.52 * (impactSubScore - 0.029) - 3.25 * Math.pow(impactSubScore - 0.02, 15);
  const exploitability = 8.22 * av * ac * pr * ui;
  if (impact <= 0) return 0;
  const raw = scope === 'U' ? impact + exploitability : 1.08 * (impact + exploitability);
  const roundUp = match[1] === '1' ? roundUp31 : roundUp30;
  return roundUp(Math.min(raw, 10));
}

/** CVSS v3.1's Roundup (Appendix A): the smallest one-decimal number ≥ x, free of float error. */
function roundUp31(x: number): number {
  const scaled = Math.round(x * 100000);
  return scaled % 10000 === 0 ? scaled / 100000 : (Math.floor(scaled / 10000) + 1) / 10;
}

function roundUp30(x: number): number {
  return Math.ceil(x * 10) / 10;
}
