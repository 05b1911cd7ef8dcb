#!/usr/bin/env bash
# Makes every screenshot docs/screens/README.md lists, at 360x740 in headless Chromium, from the
# built app in dist/ (build it first: `trunk build --release`), but those committed (the meeting
# pack's pages, the charts, the child's turn: docs/screens/README.md says how each is remade). The
# PNGs land in docs/screens/, which git ignores for these; open them to look.
# Usage: scripts/docs_screens.sh [playwright options, e.g. -g safari]
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"
[ -d "${DIST:-dist}" ] || { echo "docs_screens.sh: no ${DIST:-dist}/ yet: run trunk build --release first" >&2; exit 1; }
npx playwright test --config tests/e2e/docs/shots.config.js "$@"
ls -1 docs/screens/*.png
