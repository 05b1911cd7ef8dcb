#!/usr/bin/env bash
# Installs everything Small Steps needs to build and test, skipping what is already there.
# Safe to run again and again. Needs: Debian (or Ubuntu) with Rust installed by rustup.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# The wasm-bindgen CLI must match the crate pinned in Cargo.toml exactly.
WASM_BINDGEN_VERSION=$(sed -n 's/^wasm-bindgen = "=\(.*\)"/\1/p' Cargo.toml)

step() { printf '\n==> %s\n' "$*"; }
fail() { printf '\nSETUP FAILED: %s\n' "$*" >&2; exit 1; }
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

command -v cargo >/dev/null || fail "Rust is not installed. Install it with rustup (https://rustup.rs), then run this again."

step "Rust target wasm32-unknown-unknown"
if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  echo "already installed"
else
  rustup target add wasm32-unknown-unknown || fail "could not add the wasm32 target with rustup"
fi

step "Trunk $TRUNK_VERSION (builds the app)"
if trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION"; then
  echo "already installed"
else
  echo "compiling Trunk from crates.io (about 10 minutes on 2 cores, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked || fail "cargo install trunk failed"
fi

step "wasm-bindgen CLI $WASM_BINDGEN_VERSION"
if wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION"; then
  echo "already installed"
else
  echo "compiling wasm-bindgen-cli from crates.io (about 4 minutes, once)"
  # Not --locked: its lock file asks for a crate version the registry no longer has.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" || fail "cargo install wasm-bindgen-cli failed"
fi

WASM_SPLIT_VERSION=0.2.4
step "wasm-split-cli $WASM_SPLIT_VERSION (cuts the app into the first-load part and screens fetched later)"
# The tool has no --version; cargo's own record of installed crates says which one is there.
if command -v wasm-split-cli >/dev/null && grep -qs "wasm_split_cli_support $WASM_SPLIT_VERSION" "$HOME/.cargo/.crates.toml"; then
  echo "already installed"
else
  echo "compiling wasm-split-cli from crates.io (about 1 minute, once)"
  cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --locked \
    || fail "cargo install wasm_split_cli_support failed"
fi

step "Browsers from Debian: Chromium, ChromeDriver, pdftotext; WebKitGTK's WebDriver with Xvfb; Firefox ESR"
# The Playwright journeys run in Chromium; the same journeys run in WebKit and Firefox through WebDriver.
APT_PACKAGES=(chromium chromium-driver poppler-utils webkit2gtk-driver xvfb firefox-esr)
missing=()
for package in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ] && [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] && command -v pdftotext >/dev/null \
  && command -v WebKitWebDriver >/dev/null && command -v xvfb-run >/dev/null && [ -x /usr/bin/firefox-esr ]; then
  echo "already installed: $(/usr/bin/chromium --version 2>/dev/null || echo chromium), $(/usr/bin/firefox-esr --version 2>/dev/null || echo firefox-esr), WebKitWebDriver"
else
  echo "installing with apt-get: ${missing[*]:-${APT_PACKAGES[*]}}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq || fail "apt-get update failed"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${APT_PACKAGES[@]}" >/dev/null \
    || fail "could not install ${APT_PACKAGES[*]} with apt-get"
fi

step "geckodriver (drives Firefox for the WebDriver journeys)"
if geckodriver --version >/dev/null 2>&1; then
  echo "already installed: $(geckodriver --version | head -n 1)"
else
  echo "compiling geckodriver from crates.io (about 3 minutes, once)"
  cargo install geckodriver --locked || fail "cargo install geckodriver failed"
fi

step "Node packages (wasm-opt, Playwright, axe-core, selenium-webdriver, Lighthouse)"
command -v npm >/dev/null || fail "npm is not installed (apt-get install nodejs npm)"
if [ -x node_modules/.bin/wasm-opt ] && [ -x node_modules/.bin/playwright ] && [ -d node_modules/axe-core ] \
  && [ -f node_modules/selenium-webdriver/package.json ] && [ -f node_modules/lighthouse/package.json ]; then
  echo "already installed"
else
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --no-audit --no-fund || fail "npm install failed"
fi
wasm-opt --version | grep -q version_132 || fail "wasm-opt is not version 132 (check node_modules/.bin/wasm-opt)"

step "Setup done"
