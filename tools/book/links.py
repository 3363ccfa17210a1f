"""Check the links of the built book: every page, image, script and #fragment must exist.

    python tools/book/links.py [BUILD_DIR]      (default: book/build)

mdBook renders a link to a missing page, or to a heading that was renamed, without a word.
This reads every `.html` file mdBook wrote and checks each `href` and `src` that stays inside
the book: the file it names must exist, and its `#fragment` must be an `id` (or an `<a name>`)
in the page it points to, whether that is the same page or another. Links that leave the book
(`http:`, `https:`, `mailto:`, ...) are not followed.

A redirect page that mdBook writes for a page that moved is checked too: the page it sends
the browser to must exist.

mdBook's own pages (`index.html`, `print.html`, `toc.html`, `404.html`) are checked like the
chapters, and so are their links to the scripts, styles and icons mdBook writes: a broken one
is a broken page. A dead link in a chapter is also reported once more in `print.html`, which
repeats every chapter. Only the insides of mdBook's CSS and JavaScript files are not read.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urljoin, urlsplit

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_BUILD = ROOT / "book" / "build"
# (tag, attribute) pairs whose value is a URL the browser follows or loads.
LINK_ATTRIBUTES = {
    ("a", "href"),
    ("link", "href"),
    ("area", "href"),
    ("script", "src"),
    ("img", "src"),
    ("iframe", "src"),
    ("source", "src"),
    ("video", "src"),
    ("audio", "src"),
}


class Page(HTMLParser):
    """The ids a page defines, the links it makes (with line numbers), and its `<base href>`."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[tuple[int, str]] = []
        self.base: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value is None:
                continue
            if name == "id" or (tag == "a" and name == "name"):
                self.ids.add(value)
            if tag == "base" and name == "href":
                self.base = value
            if (tag, name) in LINK_ATTRIBUTES:
                self.links.append((self.getpos()[0], value))
        # A redirect page (book.toml's [output.html.redirect]) sends the browser on with
        # <meta http-equiv="refresh" content="0; URL=new.html">: a link like any other.
        fields = {name: value or "" for name, value in attrs}
        if tag == "meta" and fields.get("http-equiv", "").lower() == "refresh":
            _, found, url = fields.get("content", "").partition("URL=")
            if found:
                self.links.append((self.getpos()[0], url.strip()))

    handle_startendtag = handle_starttag


def parse(path: Path) -> Page:
    page = Page()
    page.feed(path.read_text(encoding="utf-8"))
    page.close()
    return page


def target_of(link: str, page: str, base: str | None) -> tuple[str | None, str] | str:
    """Where `link` on `page` (a path relative to the build dir) leads.

    Returns (path relative to the build dir, fragment); None as the path means "leaves the
    book, not checked". A str is a problem to report instead.
    """
    parts = urlsplit(link)
    if parts.scheme or parts.netloc:
        return (None, "")  # http:, https:, mailto:, javascript:, data:, //host/...
    start = "/" + page
    if base is not None:
        # mdBook sets <base href="SITE-URL"> in 404.html only; SITE-URL is the book's root.
        if urlsplit(base).scheme or urlsplit(base).netloc:
            return (None, "")
        site = base if base.endswith("/") else base + "/"
        if not site.startswith("/"):
            return f"<base href={base!r}> is not an absolute path"
        joined = urljoin(site, parts.path) if parts.path else site + page
        if not joined.startswith(site):
            return f"{link!r} leaves the site {site!r}"
        resolved = joined[len(site) :]
    else:
        if parts.path.startswith("/"):
            return f"{link!r} is an absolute path, which breaks when the book is opened from disk"
        resolved = urljoin(start, parts.path).lstrip("/") if parts.path else page
    resolved = unquote(resolved)
    if resolved == "" or resolved.endswith("/"):
        resolved += "index.html"
    if PurePosixPath(resolved).parts[:1] == ("..",):
        return f"{link!r} leaves the book"
    return (resolved, unquote(parts.fragment))


def check(build: Path) -> list[str]:
    """Every broken internal link in the book built into `build`, as readable lines."""
    if not (build / "index.html").is_file():
        return [f"{build} has no index.html: build the book first (python tools/book/build.py)"]
    pages = {p.relative_to(build).as_posix(): p for p in sorted(build.rglob("*.html"))}
    parsed = {name: parse(path) for name, path in pages.items()}
    problems: dict[str, list[str]] = defaultdict(list)
    for name, page in parsed.items():
        for line, link in page.links:
            where = f"{name}:{line}"
            target = target_of(link, name, page.base)
            if isinstance(target, str):
                problems[where].append(target)
                continue
            path, fragment = target
            if path is None:
                continue
            if not (build / path).is_file():
                problems[where].append(f"{link!r}: no file {path}")
                continue
            if not fragment:
                continue
            if path not in parsed:
                problems[where].append(f"{link!r}: {path} is not a page, so it has no #{fragment}")
            elif fragment not in parsed[path].ids:
                problems[where].append(f"{link!r}: {path} has no id {fragment!r}")
    return [f"{where}: {problem}" for where, found in problems.items() for problem in found]


def main(argv: list[str]) -> int:
    build = Path(argv[0]) if argv else DEFAULT_BUILD
    problems = check(build)
    if problems:
        print(f"check_links: {len(problems)} broken link(s) in {build}:", file=sys.stderr)
        for problem in problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    count = sum(1 for _ in build.rglob("*.html"))
    print(f"check_links: every internal link and #fragment in {count} pages resolves")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
