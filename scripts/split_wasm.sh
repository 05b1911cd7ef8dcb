#!/usr/bin/env bash
# Part of the Trunk post-build hook (scripts/post_build.sh): cuts the built app into the part every
# visit needs (the shell, Today and the Calendar) and the screens fetched later, then replaces
# Trunk's single WebAssembly file with them.
#
# Steps: wasm-split-cli cuts the linked .wasm at the `later_screen!` functions (each place's
# later.rs, e.g. src/ui/plan/later.rs; the macro is in src/ui/later.rs),
# wasm-bindgen makes the JavaScript glue for the main part, wasm-opt shrinks every part (release
# builds), and everything goes into one folder named after Trunk's hash of this build, so a browser
# can never mix files from two versions of the site. index.html is pointed at that folder, with its
# integrity hashes recomputed.
set -euo pipefail

fail() { printf 'split_wasm.sh: %s\n' "$*" >&2; exit 1; }

: "${TRUNK_STAGING_DIR:?run by Trunk as a post_build hook}"
staging="$TRUNK_STAGING_DIR"
profile="${TRUNK_PROFILE:-debug}"
source_dir="${TRUNK_SOURCE_DIR:-.}"
target_dir="${CARGO_TARGET_DIR:-$source_dir/target}"
input="$target_dir/wasm32-unknown-unknown/$profile/small-steps.wasm"

[ -f "$input" ] || fail "no linked app at $input"
command -v wasm-split-cli >/dev/null || fail "wasm-split-cli is missing: run scripts/setup.sh"

shopt -s nullglob
glue=("$staging"/small-steps-*.js)
[ "${#glue[@]}" -eq 1 ] || fail "expected one small-steps-<hash>.js in $staging, found ${#glue[@]}"
name=$(basename "${glue[0]}" .js)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

wasm-split-cli "$input" "$work/split" --out-name "$name" >/dev/null \
  || fail "wasm-split-cli could not cut $input"

bindgen_flags=(--target web --no-typescript --keep-lld-exports --out-dir "$work/out" --out-name "$name")
[ "$profile" = release ] || bindgen_flags+=(--debug --keep-debug)
wasm-bindgen "$work/split/$name.wasm" "${bindgen_flags[@]}" || fail "wasm-bindgen failed on the main part"

for part in "$work"/split/*.wasm; do
  [ "$(basename "$part")" = "$name.wasm" ] || cp "$part" "$work/out/"
done
cp "$work/split/__wasm_split.js" "$work/out/"
# A part's shared pieces are asked for one per task, not all in one go: a part such as the saving
# part needs about fifty, and asking for them in one task held the page up for 150 ms on this
# machine with the browser's tools watching, so a tap made then had to wait. Each request now
# starts in a task of its own, straight after the one before.
python3 - "$work/out/__wasm_split.js" <<'PY'
import pathlib, sys
loader = pathlib.Path(sys.argv[1])
text = loader.read_text()
at_once = "const parallelStuff = deps.map(d => d());"
one_per_task = ("const parallelStuff = deps.map((d, i) => (i === 0 ? d()"
                " : new Promise((ready) => { setTimeout(ready, 0); }).then(d)));")
if text.count(at_once) != 1:
    sys.exit("split_wasm.sh: __wasm_split.js no longer asks for a part's pieces as expected")
loader.write_text(text.replace(at_once, one_per_task))
PY
# Style sheets only later parts use (the child's turn...) go beside those parts, versioned with
# them; web::page::bring_style_sheet adds one to the page when its part wants it.
cp "$source_dir"/style/parts/*.css "$work/out/"

if [ "$profile" = release ]; then
  features=(--enable-bulk-memory --enable-bulk-memory-opt --enable-nontrapping-float-to-int
    --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue)
  for part in "$work"/out/*.wasm; do
    wasm-opt -Oz "${features[@]}" "$part" -o "$part" || fail "wasm-opt failed on $(basename "$part")"
  done
fi

# Trunk's single-file versions give way to the folder.
rm -f "$staging/$name.js" "$staging/${name}_bg.wasm"
rm -rf "${staging:?}/$name"
mv "$work/out" "$staging/$name"

python3 - "$staging/index.html" "$name" <<'PY'
import base64, hashlib, pathlib, re, sys

html_path, name = pathlib.Path(sys.argv[1]), sys.argv[2]
html = html_path.read_text()
folder = html_path.parent / name

def integrity(file_name):
    digest = hashlib.sha384((folder / file_name).read_bytes()).digest()
    return "sha384-" + base64.b64encode(digest).decode()

for file_name in (f"{name}.js", f"{name}_bg.wasm"):
    old = f"./{file_name}"
    if old not in html:
        sys.exit(f"split_wasm.sh: index.html does not mention {old}:\n{html}")
    html = html.replace(old, f"./{name}/{file_name}")
    html = re.sub(
        rf'(href="\./{name}/{re.escape(file_name)}"[^>]*integrity=")[^"]*(")',
        lambda m: m.group(1) + integrity(file_name) + m.group(2),
        html,
    )
# Where the later parts' style sheets are, for web::page::bring_style_sheet.
if "</head>" not in html:
    sys.exit("split_wasm.sh: index.html has no </head>")
html = html.replace("</head>", f'<meta name="small-steps-parts" content="./{name}/" />\n</head>', 1)
html_path.write_text(html)
PY
