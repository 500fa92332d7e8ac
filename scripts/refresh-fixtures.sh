#!/usr/bin/env bash
# Refreshes the test fixtures from a shared fixture set (a folder with fixtures/ and
# examples/checklists/, e.g. ../shared): copied byte for byte, files gone from the source removed.
# The tests read only the copies in __tests__/fixtures/, so a clone needs nothing beside it.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
source="${1:?usage: scripts/refresh-fixtures.sh SHARED_DIR (with fixtures/ and examples/checklists/)}"
[ -f "$source/fixtures/MANIFEST.json" ] || { echo "$source/fixtures/MANIFEST.json not found" >&2; exit 2; }
[ -d "$source/examples/checklists" ] || { echo "$source/examples/checklists not found" >&2; exit 2; }
rm -rf "$root/__tests__/fixtures/reports" "$root/__tests__/fixtures/checklists"
mkdir -p "$root/__tests__/fixtures"
cp -R "$source/fixtures" "$root/__tests__/fixtures/reports"
cp -R "$source/examples/checklists" "$root/__tests__/fixtures/checklists"
chmod -R u+w "$root/__tests__/fixtures"
git -C "$root" status --short -- __tests__/fixtures
