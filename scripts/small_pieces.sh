#!/usr/bin/env bash
# Part of the Trunk post-build hook (scripts/post_build.sh), run after split_wasm.sh: gathers the
# many small shared pieces that wasm-split-cli cuts out (most under 1 KB) into one file,
# small_pieces.wasm, and points the split loader (__wasm_split.js) at it.
#
# Why: the part that saves the diary needs about fifty such pieces, and each piece was a request
# of its own. On a slow phone every request costs the main thread a few milliseconds (and the
# network a round trip), so a first visit spent half a second asking for files of 400 bytes. Gzip
# also does far better on one file than on two hundred: the pieces of 1 KB or less shrink from
# about 78 KB (each gzipped alone) to about 17 KB together. Bigger pieces keep files of their own,
# so the saving part, which brings this file, stays as small as it was.
#
# small_pieces.wasm is itself a valid WebAssembly module with no code: each piece travels in a
# custom section named after it, so hosts serve and compress it as the other .wasm files. The
# loader fetches it once (again after a failure, never a failure kept), and builds each piece
# from its bytes, at the offsets written here.
set -euo pipefail

fail() { printf 'small_pieces.sh: %s\n' "$*" >&2; exit 1; }

: "${TRUNK_STAGING_DIR:?run by Trunk as a post_build hook}"
staging="$TRUNK_STAGING_DIR"

shopt -s nullglob
folders=("$staging"/small-steps-*/)
[ "${#folders[@]}" -eq 1 ] || fail "expected one small-steps-<hash>/ folder in $staging, found ${#folders[@]}"

python3 - "${folders[0]}" <<'PY'
import pathlib, re, sys

folder = pathlib.Path(sys.argv[1])
loader_path = folder / "__wasm_split.js"
if not loader_path.is_file():
    sys.exit("small_pieces.sh: no __wasm_split.js in " + str(folder))
loader = loader_path.read_text()

# A piece is gathered when it is this small or smaller; bigger ones keep a file of their own.
LIMIT = 1024
BUNDLE = "small_pieces.wasm"

def leb(n):
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        if n:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)

piece = re.compile(
    r'(const __(?P<name>chunk_\d+) = makeLoad\(\(\) => \{\n)'
    r'    const src = fetch\(new URL\("\./(?P=name)\.wasm", import\.meta\.url\)\);\n'
    r'    src\.catch\(\(\) => \{\}\);\n'
    r'    return async \(imports\) => \(WebAssembly\.instantiateStreaming\(src, imports\)\);\n'
)
found = list(piece.finditer(loader))
if not found or len(found) != loader.count("const __chunk_"):
    sys.exit("small_pieces.sh: __wasm_split.js no longer loads its pieces as expected")

bundle = bytearray(b"\0asm\1\0\0\0")
where = {}
for match in found:
    name = match.group("name")
    path = folder / f"{name}.wasm"
    data = path.read_bytes()
    if len(data) > LIMIT:
        continue
    title = name.encode()
    body = leb(len(title)) + title
    size = len(body) + len(data)
    bundle += b"\0" + leb(size) + body
    where[name] = (len(bundle), len(data))
    bundle += data
    path.unlink()

def gathered(match):
    name = match.group("name")
    if name not in where:
        return match.group(0)
    at, length = where[name]
    return (match.group(1)
            + f"    const src = smallPiece({at}, {length});\n"
            + "    src.catch(() => {});\n"
            + "    return async (imports) => (WebAssembly.instantiate(await src, imports));\n")

loader = piece.sub(gathered, loader)
helper = f'''
let smallPieces = undefined;
// The small pieces travel together in {BUNDLE} (scripts/small_pieces.sh): fetched once, and
// again after a failure.
function smallPiece(at, length) {{
    if (smallPieces === undefined) {{
        const asked = fetch(new URL("./{BUNDLE}", import.meta.url)).then((response) => {{
            if (!response.ok) throw new Error(`{BUNDLE} could not be fetched (${{response.status}})`);
            return response.arrayBuffer();
        }});
        asked.catch(() => {{
            if (smallPieces === asked) smallPieces = undefined;
        }});
        smallPieces = asked;
    }}
    return smallPieces.then((all) => new Uint8Array(all, at, length));
}}
'''
anchor = "function makeLoad("
if loader.count(anchor) != 1:
    sys.exit("small_pieces.sh: __wasm_split.js has no makeLoad to put the helper before")
loader = loader.replace(anchor, helper.lstrip("\n") + anchor, 1)
(folder / BUNDLE).write_bytes(bytes(bundle))
loader_path.write_text(loader)
print(f"small_pieces.sh: {len(where)} of {len(found)} pieces gathered into {BUNDLE} ({len(bundle)} bytes)")
PY
