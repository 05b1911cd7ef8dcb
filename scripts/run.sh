#!/usr/bin/env bash
# Sets up what is missing, then builds Small Steps and serves it at http://127.0.0.1:8080/
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
printf '\n==> Building and serving Small Steps: open http://127.0.0.1:8080/ (Ctrl+C to stop)\n'
exec trunk serve --release
