import { createRequire as __rgCreateRequire } from 'node:module'; const require = __rgCreateRequire(import.meta.url);

// src/checklist/usual-reports.ts
var USUAL_REPORTS = {
  tests: [
    "junit.xml",
    "test-results.xml",
    "reports/junit.xml",
    "reports/tests.xml",
    "test-results/junit.xml",
    "build/test-results/junit.xml"
  ],
  bandit: ["bandit.json", "bandit-report.json", "reports/bandit.json", "security/bandit.json"],
  trivy: [
    "trivy.json",
    "trivy-results.json",
    "trivy.sarif",
    "trivy-results.sarif",
    "reports/trivy.json",
    "reports/trivy.sarif",
    "security/trivy.json"
  ],
  /** The other scanners' reports, which a recognized item reads with a `scan` check. */
  scan: [
    "grype.json",
    "osv-scanner.json",
    "npm-audit.json",
    "pip-audit.json",
    "gitleaks.json",
    "gitleaks-report.json",
    "reports/grype.json",
    "reports/osv-scanner.json",
    "reports/npm-audit.json",
    "reports/pip-audit.json",
    "reports/gitleaks.json",
    "reports/gitleaks-report.json"
  ]
};
var USUAL_COVERAGE_REPORTS = [
  "coverage.xml",
  "coverage/cobertura-coverage.xml",
  "coverage/lcov.info",
  "lcov.info",
  "coverage/coverage-summary.json",
  "coverage/coverage-final.json",
  "coverage.json",
  "jacoco.xml",
  "target/site/jacoco/jacoco.xml",
  "build/reports/jacoco/test/jacocoTestReport.xml",
  "clover.xml",
  "coverage/clover.xml",
  "coverage.out",
  "cover.out"
];

export {
  USUAL_REPORTS,
  USUAL_COVERAGE_REPORTS
};
//# sourceMappingURL=shared-checklist-usual-reports.js.map
