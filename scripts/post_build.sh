#!/usr/bin/env bash
# Trunk's post-build hook (Trunk.toml): cut the app into parts, gather their small shared pieces
# into one file, add the small program that draws Today's buttons before the app has come, write
# the hash of the page's one inline script into its content policy, then write the service worker
# that keeps every file of the build for use offline. In this order: each step needs what the one before it wrote.
set -euo pipefail
here="$(dirname "$0")"
bash "$here/split_wasm.sh"
bash "$here/small_pieces.sh"
bash "$here/first_taps.sh"
bash "$here/content_policy.sh"
bash "$here/write_service_worker.sh"
