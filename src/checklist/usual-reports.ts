// The usual places tools write their reports, where recognized items look for them.

/** Where recognition looks for reports an item like "security scan completed" can read. */
export const USUAL_REPORTS = {
  tests: [
    'junit.xml',
    'test-results.xml',
    'reports/junit.xml',
    'reports/tests.xml',
    'test-results/junit.xml',
    'build/test-results/junit.xml',
  ],
  bandit: ['bandit.json', 'bandit-report.json', 'reports/bandit.json', 'security/bandit.json'],
  trivy: [
    'trivy.json',
    'trivy-results.json',
    'trivy.sarif',
    'trivy-results.sarif',
    'reports/trivy.json',
    'reports/trivy.sarif',
    'security/trivy.json',
  ],
  /** The other scanners' reports, which a recognized item reads with a `scan` check. */
  scan: [
    'grype.json',
    'osv-scanner.json',
    'npm-audit.json',
    'pip-audit.json',
    'gitleaks.json',
    'gitleaks-report.json',
    'reports/grype.json',
    'reports/osv-scanner.json',
    'reports/npm-audit.json',
    'reports/pip-audit.json',
    'reports/gitleaks.json',
    'reports/gitleaks-report.json',
  ],
} as const;

/**
 * Where coverage reports usually are, best first: an inferred coverage check reads the first that
 * exists (and, when none does, is errored naming them all).
 */
export const USUAL_COVERAGE_REPORTS: readonly string[] = [
  'coverage.xml',
  'coverage/cobertura-coverage.xml',
  'coverage/lcov.info',
  'lcov.info',
  'coverage/coverage-summary.json',
  'coverage/coverage-final.json',
  'coverage.json',
  'jacoco.xml',
  'target/site/jacoco/jacoco.xml',
  'build/reports/jacoco/test/jacocoTestReport.xml',
  'clover.xml',
  'coverage/clover.xml',
  'coverage.out',
  'cover.out',
];
