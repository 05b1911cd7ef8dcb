#!/usr/bin/env bash
# Part of the Trunk post-build hook (scripts/post_build.sh), after split_wasm.sh: builds the small
# program that makes the painted first screen live before the app has come (src/bin/first_taps.rs,
# no Leptos in it: Today's status buttons, or the welcome's name and Start), puts it in the build's folder beside the app as first-taps-<hash>.js and
# first-taps-<hash>_bg.wasm, names them on web/opening.js's tag in index.html (which starts the
# program), and makes the app's own start-up script wait for it: the phone fetches and runs the
# small program first, then the app.
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

# Named by what they hold: the folder's name follows the app's own file, and a new version of
# this program alone must never meet a copy of the old one kept by a browser or a host's cache.
version=$(sha256sum "$input" | cut -c1-16)
program="first-taps-$version"
bindgen_flags=(--target web --no-typescript --out-dir "$folder" --out-name "$program")
[ "$profile" = release ] || bindgen_flags+=(--debug --keep-debug)
wasm-bindgen "$input" "${bindgen_flags[@]}" || fail "wasm-bindgen failed on first_taps"
if [ "$profile" = release ]; then
  wasm-opt -Oz --enable-bulk-memory --enable-bulk-memory-opt --enable-nontrapping-float-to-int \
    --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
    "$folder/${program}_bg.wasm" -o "$folder/${program}_bg.wasm" || fail "wasm-opt failed on first_taps"
fi
# It must stand alone: no part of the app's cut (a function of a later part would need the app).
if grep -q "__wasm_split" "$folder/$program.js"; then
  fail "first_taps reaches a function of the app's later parts"
fi
python3 - "$staging/index.html" "$(basename "$folder")" "$program" <<'PY'
import pathlib, re, sys

html_path, name, program = pathlib.Path(sys.argv[1]), sys.argv[2], sys.argv[3]
html = html_path.read_text()
app_script = '<script type="module">'
if html.count(app_script) != 1:
    sys.exit("first_taps.sh: expected the app's one start-up script in index.html")
# Nothing of the app is fetched before the small program has made the painted screen live (it
# starts once that screen is on the glass: web/opening.js notes the moment, and the start-up script
# waits for it, at most 3 seconds): then the app's script and its WebAssembly are asked for
# together. So the page no longer asks for either ahead with a preload, and the script's static
# import becomes an import() at that moment. content_policy.sh hashes the start-up script as
# changed here.
static_import = re.compile(r"import init, \* as bindings from '(\./[\w./-]+\.js)';\n")
init_call = re.compile(r"const wasm = await init\(\{ module_or_path: ('[\w./-]+_bg\.wasm') \}\);\n")
found = static_import.findall(html)
if len(found) != 1:
    sys.exit("first_taps.sh: expected the start-up script's one import of the app")
wasm_path = init_call.findall(html)
if len(wasm_path) != 1:
    sys.exit("first_taps.sh: expected the start-up script's one init of the app's WebAssembly")
html = static_import.sub(
    lambda m: ("await window.smallStepsFirstTaps;\n"
               f"const asked = fetch({wasm_path[0]});\n"
               f"const bindings = await import('{m.group(1)}');\n"
               "const init = bindings.default;\n"), html, count=1)
# The app's WebAssembly is compiled, then started a turn later, so the browser's last step of
# compiling and the app's start are two short tasks rather than one long one (a tap waits for
# neither). A host that serves .wasm under another type gets the slower way, as wasm-bindgen does.
html = init_call.sub(
    lambda m: ("const response = await asked;\n"
               "const compiled = await (response.headers.get('Content-Type') === 'application/wasm'\n"
               "  ? WebAssembly.compileStreaming(response)\n"
               "  : response.arrayBuffer().then((bytes) => WebAssembly.compile(bytes)));\n"
               "await new Promise((turn) => { setTimeout(turn, 0); });\n"
               "const wasm = await init({ module_or_path: compiled });\n"), html, count=1)
module_preload = re.compile(rf'<link rel="modulepreload" href="{re.escape(found[0])}"[^>]*>')
if len(module_preload.findall(html)) != 1:
    sys.exit("first_taps.sh: expected one modulepreload of the app's script in index.html")
html = module_preload.sub("", html, count=1)
preload = re.compile(rf'<link rel="preload" href="\./{re.escape(name)}/{re.escape(name)}_bg\.wasm"[^>]*>')
if len(preload.findall(html)) != 1:
    sys.exit("first_taps.sh: expected one preload of the app's WebAssembly in index.html")
opening = '<script src="opening.js"></script>'
if html.count(opening) != 1:
    sys.exit("first_taps.sh: expected one web/opening.js script in index.html")
named = (f'<script src="opening.js" data-first-taps="./{name}/{program}.js"'
         f' data-first-taps-wasm="./{name}/{program}_bg.wasm"></script>')
html = html.replace(opening, named, 1)
html_path.write_text(preload.sub("", html, count=1))
PY
