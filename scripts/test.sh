#!/usr/bin/env bash
# Sets up what is missing, then runs every check and test of Small Steps:
# formatting, lints, domain tests (native), browser tests (wasm-bindgen-test in headless Chromium),
# a release build, the parent's journeys in Playwright at 360x740 with axe-core, and the same parent
# journeys in WebKit and Firefox through WebDriver.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export CHROMEDRIVER=/usr/bin/chromedriver

current=""
step() { current="$*"; printf '\n==> %s\n' "$*"; }
trap 'status=$?; [ $status -eq 0 ] || printf "\nTESTS FAILED at: %s (exit %s)\n" "$current" "$status" >&2' EXIT

BROWSER_TESTS=(--test storage_browser --test app_browser --test locked_browser)

step "Formatting (cargo fmt --check)"
cargo fmt --all -- --check

step "Lints, native (cargo clippy)"
cargo clippy --all-targets -- -D warnings

step "Lints, browser build (cargo clippy --target wasm32)"
cargo clippy --target wasm32-unknown-unknown --lib --bins "${BROWSER_TESTS[@]}" -- -D warnings

step "Lints, the app as built, cut into parts (cargo clippy --target wasm32 --features split)"
cargo clippy --target wasm32-unknown-unknown --lib --bins --features split -- -D warnings

step "Domain tests, native (cargo test)"
cargo test

step "Component and storage tests in headless Chromium (wasm-bindgen-test)"
cargo test --target wasm32-unknown-unknown "${BROWSER_TESTS[@]}"

step "Release build (trunk build --release)"
trunk build --release

step "Parent journeys in Chromium at 360x740 (Playwright + axe-core)"
DIST=dist npx playwright test

step "Parent journeys in WebKit and Firefox (WebDriver)"
DIST=dist node tests/engines/run.mjs

step "All tests passed"
