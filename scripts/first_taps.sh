#!/usr/bin/env bash
# Part of the Trunk post-build hook (scripts/post_build.sh), after split_wasm.sh: builds the small
# program that draws Today's status buttons before the app has come (src/bin/first_taps.rs, no
# Leptos in it), puts it in the build's folder beside the app as first-taps.js and
# first-taps_bg.wasm with its starter (web/first_taps_start.js), and adds the starter to index.html
# before the app's own script, so a returning parent's phone runs it first.
set -euo pipefail

fail() { printf 'first_taps.sh: %s\n' "$*" >&2; exit 1; }

: "${TRUNK_STAGING_DIR:?run by Trunk as a post_build hook}"
staging="$TRUNK_STAGING_DIR"
profile="${TRUNK_PROFILE:-debug}"
source_dir="${TRUNK_SOURCE_DIR:-.}"
target_dir="${CARGO_TARGET_DIR:-$source_dir/target}"

shopt -s nullglob
folders=("$staging"/small-steps-*/)
[ "${#folders[@]}" -eq 1 ] || fail "expected one small-steps-<hash> folder in $staging, found ${#folders[@]}"
folder="${folders[0]%/}"

# Without the app's `split` feature: with it, every function of the app's later parts is an
# export of the library, so any program built from it would carry the whole app.
cargo_flags=(--target wasm32-unknown-unknown --bin first_taps
  --manifest-path "$source_dir/Cargo.toml" --target-dir "$target_dir")
[ "$profile" = release ] && cargo_flags+=(--release)
cargo build --quiet "${cargo_flags[@]}" || fail "cargo could not build first_taps"
input="$target_dir/wasm32-unknown-unknown/$profile/first_taps.wasm"
[ -f "$input" ] || fail "no linked program at $input"
# The linker's relocation records (kept for wasm-split-cli, .cargo/config.toml) are no use here.
stripped="$(mktemp --suffix .wasm)"
trap 'rm -f "$stripped"' EXIT
cp "$input" "$stripped"
python3 "$source_dir/scripts/strip_link_sections.py" "$stripped"
input="$stripped"

bindgen_flags=(--target web --no-typescript --out-dir "$folder" --out-name first-taps)
[ "$profile" = release ] || bindgen_flags+=(--debug --keep-debug)
wasm-bindgen "$input" "${bindgen_flags[@]}" || fail "wasm-bindgen failed on first_taps"
if [ "$profile" = release ]; then
  wasm-opt -Oz --enable-bulk-memory --enable-bulk-memory-opt --enable-nontrapping-float-to-int \
    --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
    "$folder/first-taps_bg.wasm" -o "$folder/first-taps_bg.wasm" || fail "wasm-opt failed on first_taps"
fi
# It must stand alone: no part of the app's cut (a function of a later part would need the app).
if grep -q "__wasm_split" "$folder/first-taps.js"; then
  fail "first_taps reaches a function of the app's later parts"
fi
cp "$source_dir/web/first_taps_start.js" "$folder/"

python3 - "$staging/index.html" "$(basename "$folder")" <<'PY'
import pathlib, sys

html_path, name = pathlib.Path(sys.argv[1]), sys.argv[2]
html = html_path.read_text()
app_script = '<script type="module">'
if html.count(app_script) != 1:
    sys.exit(f"first_taps.sh: expected the app's one module script in index.html")
starter = f'<script type="module" src="./{name}/first_taps_start.js"></script>\n'
html_path.write_text(html.replace(app_script, starter + app_script, 1))
PY
