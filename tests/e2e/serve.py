"""Serves a built dist/ folder under /small-steps/, as a support group's static host would.

Usage: python3 tests/e2e/serve.py [port] [dist-dir] [--gzip]

With --gzip every file is sent gzip-compressed to a browser that accepts it, as most static hosts
do (GitHub Pages, Netlify); the benchmark's Lighthouse runs use it (bench/first_paint.mjs).
"""
import functools
import gzip
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

    gzip = False

    def send_head(self):
        path = self.translate_path(self.path)
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if os.path.isdir(path) and self.path.split("?", 1)[0].endswith("/"):
            path = os.path.join(path, "index.html")
        if not (self.gzip and accepts and os.path.isfile(path)):
            return super().send_head()
        with open(path, "rb") as f:
            body = gzip.compress(f.read(), compresslevel=9)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return _Body(body)

    def end_headers(self):
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def log_message(self, *args):
        pass


class _Body:
    """The already compressed body, read once by SimpleHTTPRequestHandler.copyfile."""

    def __init__(self, data):
        self.data = data

    def read(self, *_):
        data, self.data = self.data, b""
        return data

    def close(self):
        pass


class QuietServer(http.server.ThreadingHTTPServer):
    """A page closed or a test ended mid-download is normal here; anything else is still printed."""

    def handle_error(self, request, client_address):
        if isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            return
        super().handle_error(request, client_address)


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--gzip"]
    SubPathHandler.gzip = "--gzip" in sys.argv[1:]
    port = int(args[0]) if args else 8765
    dist = os.path.abspath(args[1] if len(args) > 1 else os.environ.get("DIST", "dist"))
    handler = functools.partial(SubPathHandler, directory=dist)
    with QuietServer(("127.0.0.1", port), handler) as server:
        print(f"serving {dist} at http://127.0.0.1:{port}{PREFIX}", flush=True)
        server.serve_forever()
