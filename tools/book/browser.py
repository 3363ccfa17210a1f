"""Serve the built book the way GitHub Pages does, and find the browser the book's tests drive.

    python tools/book/browser.py [BUILD_DIR]   serve BUILD_DIR (default book/build) on localhost

The book is served under its `site-url` from book.toml (`/pyo3-tutorial/`), and a missing
page gets `404.html` with status 404, as on GitHub Pages, so the 404 page is tested under the
path it is published at. Unlike `just serve`, nothing is rebuilt: this serves what is built.

tools/tests/test_browser.py uses `serve` and `launch` below. It drives Debian's Chromium
(`/usr/bin/chromium`, or the browser the CHROMIUM environment variable names) with
Playwright, which never downloads a browser of its own here.
"""

from __future__ import annotations

import contextlib
import functools
import importlib.util
import os
import re
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "book" / "build"
CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
# As root Chromium needs --no-sandbox; the network flags stop it calling Google's servers.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def site_url(book_toml: Path = ROOT / "book" / "book.toml") -> str:
    """The path the book is published under: `[output.html] site-url`, or `/`."""
    match = re.search(r'^site-url\s*=\s*"([^"]*)"', book_toml.read_text(encoding="utf-8"), re.M)
    url = match.group(1) if match else "/"
    return url if url.endswith("/") else url + "/"


class BookHandler(SimpleHTTPRequestHandler):
    prefix = "/"

    def translate_path(self, path: str) -> str:
        url_path = urlsplit(path).path
        if not url_path.startswith(self.prefix):
            return str(Path(self.directory) / "no such file")
        return super().translate_path("/" + path[len(self.prefix) :])

    def send_head(self):
        if not Path(self.translate_path(self.path)).exists():
            page = Path(self.directory) / "404.html"
            if page.is_file():
                body = page.read_bytes()
                self.send_response(404)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                return None
        return super().send_head()

    def log_message(self, format: str, *args) -> None:  # quiet: the tests report what matters
        pass


class BookServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address) -> None:
        # A browser may close a connection before the answer is written (a page it left, a
        # request it cancelled): nothing went wrong here, so print nothing.
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)


@contextlib.contextmanager
def serve(build: Path, prefix: str = "/"):
    """Serve `build` under `prefix` on a free loopback port; yields the book's base URL."""
    handler = type("Handler", (BookHandler,), {"prefix": prefix})
    server = BookServer(("127.0.0.1", 0), functools.partial(handler, directory=build))
    # A short poll interval: shutdown() waits up to one interval for the server to notice.
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}{prefix}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def browser_missing() -> str | None:
    """Why the browser tests cannot run here, or None if they can."""
    if not (CHROMIUM.is_file() and os.access(CHROMIUM, os.X_OK)):
        return (
            f"the browser checks were NOT run: there is no Chromium at {CHROMIUM}. "
            "Install it (`sudo apt-get install chromium` on Debian or Ubuntu) to run them"
        )
    if importlib.util.find_spec("playwright") is None:
        return (
            "the browser checks were NOT run: playwright is not installed. "
            "Run `python3 tools/bootstrap.py` to install the pinned tools"
        )
    return None


def launch(playwright):
    return playwright.chromium.launch(
        executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
    )


def main(argv: list[str]) -> int:
    build = Path(argv[0]) if argv else BUILD
    prefix = site_url()
    with serve(build, prefix) as url:
        print(f"serving {build} at {url} (Ctrl-C to stop)")
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
