#!/usr/bin/env bash
# Writes sw.js (from web/service-worker.js) into Trunk's staging folder, listing every file of this
# build so the service worker can keep them all for use with no signal. Run by
# scripts/post_build.sh after the app has been cut into parts.
set -euo pipefail

fail() { printf 'write_service_worker.sh: %s\n' "$*" >&2; exit 1; }

: "${TRUNK_STAGING_DIR:?run by Trunk as a post_build hook}"
staging="$TRUNK_STAGING_DIR"
template="${TRUNK_SOURCE_DIR:-.}/web/service-worker.js"
[ -f "$template" ] || fail "no template at $template"

python3 - "$staging" "$template" <<'PY'
import hashlib, json, pathlib, sys

staging, template = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
files = sorted(
    p.relative_to(staging).as_posix()
    for p in staging.rglob("*")
    if p.is_file() and p.name != "sw.js" and not p.name.startswith(".")
)
if "index.html" not in files:
    sys.exit("write_service_worker.sh: no index.html in the build")
version = hashlib.sha256()
for name in files:
    version.update(name.encode() + b"\0" + (staging / name).read_bytes())
text = template.read_text()
for placeholder in ("'__VERSION__'", "__FILES__"):
    if placeholder not in text:
        sys.exit(f"write_service_worker.sh: {placeholder} missing from {template}")
text = text.replace("'__VERSION__'", json.dumps(version.hexdigest()[:16]))
text = text.replace("__FILES__", json.dumps(files))
(staging / "sw.js").write_text(text)
PY
