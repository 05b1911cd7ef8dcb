#!/usr/bin/env bash
# Benchmark (not a test): prints the release dist/ sizes (raw and gzip) and, in headless Chromium,
# the time to open, save one change, export and import with three school years for two children,
# and to lock a backup with a passphrase and open it again (bench/lock.mjs); then Lighthouse (mobile
# profile, 3 runs, median) on a first visit served gzip-compressed, and the time until a returning
# parent can tap a status with the CPU 4x slower (bench/first_paint.mjs).
# Usage: [DIST=folder] scripts/bench.sh [--no-build]   (DIST: measure another build, e.g. an older one)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh >/dev/null
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
dist="${DIST:-dist}"
[ "${1:-}" = "--no-build" ] || trunk build --release

echo
echo "Release dist/ sizes (bytes; gzip -9)"
printf '%-48s %10s %10s\n' file raw gzip
total_raw=0; total_gz=0
while IFS= read -r file; do
  raw=$(stat -c %s "$file"); gz=$(gzip -9 -c "$file" | wc -c)
  printf '%-48s %10d %10d\n' "${file#"$dist"/}" "$raw" "$gz"
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
done < <(find "$dist" -type f | sort)
printf '%-48s %10d %10d\n' "all files" "$total_raw" "$total_gz"
# What a first load is made of is counted in the browser, from the files the app requests.

mkdir -p target/bench
cargo run --quiet --release --example make_diary -- --children 2 --years 3 > target/bench/diary.json
port=8771
python3 tests/e2e/serve.py "$port" "$dist" >/dev/null 2>&1 &
server=$!
python3 tests/e2e/serve.py "$((port + 1))" "$dist" --gzip >/dev/null 2>&1 &
gzip_server=$!
trap 'kill $server $gzip_server 2>/dev/null' EXIT
sleep 1
# A budget missed is reported, and the locking figures still follow.
status=0
node bench/bench.mjs "http://127.0.0.1:$port/small-steps/" target/bench/diary.json "${RUNS:-9}" "$dist" || status=$?
node bench/lock.mjs "http://127.0.0.1:$port/small-steps/" target/bench/diary.json "${LOCK_RUNS:-5}"
CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}" node bench/first_paint.mjs "http://127.0.0.1:$((port + 1))/small-steps/" \
  target/bench/diary.json "${LIGHTHOUSE_RUNS:-3}" "${RETURNING_RUNS:-7}"
exit "$status"
