#!/usr/bin/env bash
# Trunk's post-build hook (Trunk.toml): cut the app into parts, then write the service worker that
# keeps every file of the build for use offline. In this order: the second needs the final files.
set -euo pipefail
here="$(dirname "$0")"
bash "$here/split_wasm.sh"
bash "$here/write_service_worker.sh"
