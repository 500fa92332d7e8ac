import { describe, expect, it } from 'vitest';
import { flattenItems } from '../../src/checklist/markdown.js';
import { loadMarkdown } from '../helpers/markdown.js';
import { TEXT_ONLY_CONTEXT } from '../../src/checklist/recognize.js';
import { newWaiverDateProblems } from '../../src/checklist/waivers.js';
import { loadYamlChecklist } from '../../src/checklist/yaml.js';
import type { Problem } from '../../src/model.js';

const show = (problems: readonly Problem[]): string[] =>
  problems.map(
    (p) => `${p.file}:${p.line}:${p.column}: ${p.keyPath ? `${p.keyPath}: ` : ''}${p.message}`,
  );
const yaml = (text: string) => loadYamlChecklist(text, 'readiness.yml');
const markdown = (text: string) => loadMarkdown(text, 'CHECKLIST.md', TEXT_ONLY_CONTEXT);

const YAML_BASE = `title: T
policy:
  confirm-from: review
  waivers: reviewed
  max-waiver-days: 60
  enforce-from: 2027-01-15
items:
  - id: coverage
    coverage: { report: coverage.xml, min-lines: 95 }
    enforce-from: 2027-02-01
  - id: migrations
    manual: true
    blocking: true
    owners: [carol, "@acme/release"]
    covers: ["migrations/**"]
  - id: image-scan
    trivy: { report: trivy.json }
`;

describe('waivers, owners, covers and enforce-from in YAML', () => {
  it('reads the waivers list with the line of each entry, and the accountability settings', () => {
    const result = yaml(`${YAML_BASE}waivers:
  - item: coverage
    reason: "Legacy module, tracked in #123"
    by: "@alice"
    until: 2027-01-31
  - item: image-scan
    finding: CVE-2024-3094
    reason: Not shipped
    by: bob
    until: 2026-12-20
`);
    expect(show(result.problems)).toEqual([]);
    const checklist = result.checklist!;
    expect(checklist.policy).toMatchObject({
      confirmFrom: 'review',
      waivers: 'reviewed',
      maxWaiverDays: 60,
      enforceFrom: '2027-01-15',
    });
    expect(checklist.waivers).toEqual([
      {
        item: 'coverage',
        reason: 'Legacy module, tracked in #123',
        by: 'alice',
        until: '2027-01-31',
        line: 19,
        column: 5,
      },
      {
        item: 'image-scan',
        finding: 'CVE-2024-3094',
        reason: 'Not shipped',
        by: 'bob',
        until: '2026-12-20',
        line: 23,
        column: 5,
      },
    ]);
    const [coverage, migrations] = checklist.items;
    expect(coverage!.enforceFrom).toBe('2027-02-01');
    expect(
      show(
        yaml(`${YAML_BASE}waivers:
  - { item: migrations, finding: X-1, reason: r, by: al, until: 2027-01-01 }
`).problems,
      ),
    ).toEqual([
      'readiness.yml:19:5: waivers.finding: waiver for finding X-1 of "migrations", a manual item: findings are waived on trivy (vulnerability id), bandit (test id) and lint (rule id) items; waive the whole item instead',
    ]);
    expect(migrations).toMatchObject({
      owners: ['carol', '@acme/release'],
      covers: ['migrations/**'],
    });
  });

  it('locates a waiver without reason, by or until, and an unknown item', () => {
    expect(
      show(
        yaml(`${YAML_BASE}waivers:
  - item: coverage
    until: 2027-01-31
`).problems,
      ),
    ).toEqual([
      'readiness.yml:19:5: waivers[0].reason: "reason" is required',
      'readiness.yml:19:5: waivers[0].by: "by" is required',
    ]);
    const untilProblems = (until: string) =>
      show(
        yaml(`${YAML_BASE}waivers:
  - item: covrage
    reason: r
    by: alice
    until: ${until}
`).problems,
      );
    expect(untilProblems('2027-02-30')).toEqual([
      'readiness.yml:22:12: waivers[0].until: 2027-02-30 is not a day of the calendar',
    ]);
    // A value that is not a date at all is told in words, not as the schema's pattern.
    expect(untilProblems('next friday')).toEqual([
      'readiness.yml:22:12: waivers[0].until: must be a date written YYYY-MM-DD, found "next friday"',
    ]);
    expect(
      show(markdown('- [ ] Docs <!-- gate: waive until=soon by=al reason=x -->\n').problems),
    ).toEqual([
      'CHECKLIST.md:1:35: waiver.until: waiver: must be a date written YYYY-MM-DD, found "soon"',
    ]);
    expect(
      show(
        yaml(`${YAML_BASE}waivers:
  - item: covrage
    reason: r
    by: alice
    until: 2027-01-30
`).problems,
      )[0],
    ).toMatch(/^readiness\.yml:19:5: waivers\.item: waiver for unknown item "covrage"/);
  });
});

describe('waivers and item options in Markdown', () => {
  it('reads a waive directive on the item line beside its kind, and gate-waiver anywhere', () => {
    const result =
      markdown(`<!-- gate-policy: confirm-from=review waivers=reviewed enforce-from=2027-01-15 max-waiver-days=30 -->
# Release
- [ ] Coverage <!-- gate: coverage report=coverage.xml min-lines=95 --> <!-- gate: waive until=2027-01-31 by=alice reason="Legacy module" -->
- [ ] Migrations reviewed <!-- gate: owners=carol,@acme/release covers='["db/{a,b}/**"]' enforce-from=2027-03-01 blocking=true id=migrations -->

<!-- gate-waiver: item=migrations until=2026-12-20 by=bob reason="Signed off in the incident review" -->
`);
    expect(show(result.problems)).toEqual([]);
    const [coverage, migrations] = flattenItems(result.checklist);
    expect(coverage!.check?.kind).toBe('coverage');
    expect(migrations).toMatchObject({
      owners: ['carol', '@acme/release'],
      covers: ['db/{a,b}/**'],
      enforceFrom: '2027-03-01',
      blocking: true,
    });
    expect(result.checklist.policy).toMatchObject({
      confirmFrom: 'review',
      waivers: 'reviewed',
      enforceFrom: '2027-01-15',
      maxWaiverDays: 30,
    });
    expect(result.checklist.waivers).toEqual([
      {
        item: 'coverage',
        reason: 'Legacy module',
        by: 'alice',
        until: '2027-01-31',
        line: 3,
        column: 73,
      },
      {
        item: 'migrations',
        reason: 'Signed off in the incident review',
        by: 'bob',
        until: '2026-12-20',
        line: 6,
        column: 1,
      },
    ]);
  });

  it('locates a waiver directive missing its owner, naming an unknown item, or with a bad date', () => {
    expect(
      show(markdown('- [ ] Docs <!-- gate: waive until=2027-01-31 reason=x -->\n').problems),
    ).toEqual(['CHECKLIST.md:1:12: waiver.by: waiver: "by" is required']);
    expect(
      show(
        markdown('- [ ] Docs\n\n<!-- gate-waiver: item=doc until=2027-01-31 by=al reason=x -->\n')
          .problems,
      )[0],
    ).toMatch(/^CHECKLIST\.md:3:1: waivers\.item: waiver for unknown item "doc"/);
    expect(
      show(markdown('- [ ] Docs <!-- gate: waive until=2027-13-01 by=al reason=x -->\n').problems),
    ).toEqual(['CHECKLIST.md:1:35: waiver.until: until 2027-13-01 is not a day of the calendar']);
    expect(
      show(
        markdown('- [ ] Docs <!-- gate: waive until=2027-01-01 by=al reason=x colour=red -->\n')
          .problems,
      ),
    ).toEqual([
      'CHECKLIST.md:1:61: waiver.colour: waiver: unknown key "colour"; expected finding, reason, by, until',
    ]);
  });
});

describe('waiver directive problems are located at the field, as in YAML', () => {
  it('locates a bad date at the date, on the line it is written on', () => {
    const text = [
      '# Release',
      '- [ ] Docs',
      '',
      '<!-- gate-waiver: item=docs by=alice reason="Nothing user-facing"',
      '     until=2027-02-30 -->',
      '',
    ].join('\n');
    expect(show(markdown(text).problems)).toEqual([
      'CHECKLIST.md:5:12: waiver.until: until 2027-02-30 is not a day of the calendar',
    ]);
    expect(show(markdown(text.replace(/\n/g, '\r\n')).problems)).toEqual([
      'CHECKLIST.md:5:12: waiver.until: until 2027-02-30 is not a day of the calendar',
    ]);
  });

  it('locates an unknown field at its key, and a missing one at the directive', () => {
    expect(
      show(
        markdown('- [ ] Docs\n\n<!-- gate-waiver: item=docs untill=2027-01-31 by=al reason=x -->\n')
          .problems,
      ),
    ).toEqual([
      'CHECKLIST.md:3:29: waiver.untill: waiver: unknown key "untill" (did you mean "until"?); expected item, finding, reason, by, until',
    ]);
    expect(
      show(
        markdown('- [ ] Docs\n\n<!-- gate-waiver: item=docs until=2027-01-31 by=al -->\n').problems,
      ),
    ).toEqual(['CHECKLIST.md:3:1: waiver.reason: waiver: "reason" is required']);
  });
});

describe('date rules for waivers new in the pull request', () => {
  const written = yaml(`title: T
items:
  - id: a
    lint: { report: eslint.json }
waivers:
  - item: a
    reason: r
    by: alice
    until: 2026-11-30
  - item: a
    finding: X-1
    reason: r
    by: alice
    until: 2027-06-30
`).checklist!;

  it('refuses a new waiver already ended or beyond max-waiver-days, at its line', () => {
    expect(show(newWaiverDateProblems(written, [], '2026-12-01'))).toEqual([
      'readiness.yml:6:5: waivers.until: waiver for "a" ends on 2026-11-30, which is in the past (today is 2026-12-01)',
      'readiness.yml:10:5: waivers.until: waiver for "a" ends on 2027-06-30, 211 days ahead; max-waiver-days allows 90',
    ]);
  });

  it('never refuses an unchanged waiver on its dates: it simply expires', () => {
    expect(newWaiverDateProblems(written, written.waivers, '2026-12-01')).toEqual([]);
    expect(newWaiverDateProblems(written, undefined, '2026-12-01')).toEqual([]);
  });
});

describe('init carries the accountability settings over to YAML', () => {
  it('writes waivers, owners, covers and enforce-from that load back the same', async () => {
    const { renderInitYaml } = await import('../../src/checklist/init.js');
    const source = markdown(`<!-- gate-policy: waivers=reviewed enforce-from=2027-01-15 -->
# Release
- [ ] Migrations reviewed <!-- gate: owners=carol,@acme/dba covers="migrations/**" enforce-from=2027-03-01 -->
- [ ] Docs <!-- gate: waive until=2027-01-31 by=alice reason="Nothing user-facing" -->
`);
    expect(show(source.problems)).toEqual([]);
    const back = yaml(renderInitYaml(source.checklist));
    expect(show(back.problems)).toEqual([]);
    expect(back.checklist!.policy).toMatchObject({
      waivers: 'reviewed',
      enforceFrom: '2027-01-15',
    });
    expect(flattenItems(back.checklist!)[0]).toMatchObject({
      owners: ['carol', '@acme/dba'],
      covers: ['migrations/**'],
      enforceFrom: '2027-03-01',
    });
    expect(back.checklist!.waivers).toMatchObject([
      { item: 'docs', by: 'alice', until: '2027-01-31', reason: 'Nothing user-facing' },
    ]);
  });
});
