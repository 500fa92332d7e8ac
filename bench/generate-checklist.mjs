// Generates a Markdown checklist like the real ones, at any size, for the benchmark and the tests.

/** A checklist like the real ones, scaled: sections of 10 items, a third nested, some with commands, env names, coverage. */
export function generateChecklist(count) {
  const lines = ['# Generated deployment checklist', ''];
  let made = 0;
  for (let section = 0; made < count; section++) {
    lines.push(`## Section ${section}`, '', `### Part ${section}.a`, '');
    for (let i = 0; i < 10 && made < count; i++, made++) {
      const indent = i % 3 === 2 ? '  ' : '';
      const box = i % 4 === 0 ? 'x' : ' ';
      const text = [
        `Item ${made}: **review** the deployment notes`,
        `Unit tests passing (\`pytest tests/unit_${made}\`)`,
        `\`SERVICE_${made}_URL\` configured`,
        `Code coverage: >${80 + (made % 20)}%`,
        `Deploy with \`kubectl apply -f k8s/${made}.yaml\``,
        `Docs ${made} updated <!-- gate: manual blocking=true -->`,
        `Runbook ${made} exists <!-- gate: file path=docs/RUNBOOK-${made}.md exists=true -->`,
        `Check the 🚀 dashboards ‚úÖ for service ${made}`,
        `Security scan completed for ${made}`,
        `Plain item ${made}`,
      ][i];
      lines.push(`${indent}- [${box}] ${text}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
