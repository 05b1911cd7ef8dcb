#!/usr/bin/env bash
# Part of the Trunk post-build hook (scripts/post_build.sh), after the app is cut into parts (which
# rewrites the page's inline script) and before the service worker lists the files: writes into the
# content policy of index.html the sha256 hash of each script written inside the page (Trunk's
# start-up script), so the browser runs exactly those and no other inline script. The policy keeps
# no 'unsafe-inline' for scripts (README, "The content policy"); tests/e2e/content_policy.spec.js
# checks the built page.
set -euo pipefail

: "${TRUNK_STAGING_DIR:?run by Trunk as a post_build hook}"

python3 - "$TRUNK_STAGING_DIR/index.html" <<'PY'
import base64, hashlib, pathlib, re, sys

path = pathlib.Path(sys.argv[1])
html = path.read_text()

def fail(message):
    sys.exit(f"content_policy.sh: {message}")

policy = re.search(r'(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")', html)
if not policy:
    fail("index.html has no Content-Security-Policy meta tag")
directives = [d.strip() for d in policy.group(2).split(";") if d.strip()]
scripts = [d for d in directives if d.split()[0] == "script-src"]
if len(scripts) != 1:
    fail("the policy needs exactly one script-src directive")
sources = [s for s in scripts[0].split()[1:] if not s.startswith("'sha256-")]
if "'unsafe-inline'" in sources or "'unsafe-eval'" in sources:
    fail("script-src must not allow 'unsafe-inline' or 'unsafe-eval'")
if re.search(r"<[a-z][^>]*\son[a-z]+\s*=", html, re.I):
    fail("an inline event handler (onclick= and the like) would be refused by the policy")

# Each script without a src, hashed exactly as the browser reads its text.
inline = re.findall(r"<script(?![^>]*\ssrc=)[^>]*>(.*?)</script>", html, re.S)
hashes = ["'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"
          for text in inline]
new_scripts = " ".join(["script-src", *sources, *hashes])
new_policy = "; ".join(new_scripts if d == scripts[0] else d for d in directives)
html = html[:policy.start(2)] + new_policy + html[policy.end(2):]
path.write_text(html)
PY
