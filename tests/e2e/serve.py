"""Serves a built dist/ folder under /small-steps/, as a support group's static host would.

Usage: python3 tests/e2e/serve.py [port] [dist-dir]
"""
import functools
import http.server
import os
import sys

PREFIX = "/small-steps/"


class SubPathHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, ".wasm": "application/wasm"}

    def translate_path(self, path):
        path = path.split("?", 1)[0].split("#", 1)[0]
        if not path.startswith(PREFIX):
            return "/nonexistent"  # Only the sub-path exists, like a shared static host.
        return super().translate_path("/" + path[len(PREFIX):])

    def end_headers(self):
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def log_message(self, *args):
        pass


if __name__ == "__main__":
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 8765
    dist = os.path.abspath(sys.argv[2] if len(sys.argv) > 2 else os.environ.get("DIST", "dist"))
    handler = functools.partial(SubPathHandler, directory=dist)
    with http.server.ThreadingHTTPServer(("127.0.0.1", port), handler) as server:
        print(f"serving {dist} at http://127.0.0.1:{port}{PREFIX}", flush=True)
        server.serve_forever()
