"""An mdBook preprocessor that shows a Rust file's imports above its first listing on a page.

A page shows a chapter's code by anchor, and an anchor rarely starts at the top of the
file, so the `use` lines that say where `PyValueError` or `PyDict` come from would never be
seen. This runs before mdBook's `links` preprocessor. For each `.rs` file a page includes,
it finds the file's top-level `use` lines that none of the page's listings of that file
show, and puts them, with a blank line, above the file's first listing on the page. Those
are the lines the file really has; nothing is typed.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

if not __package__:  # run by its path (mdBook runs it): the repository's folder holds `tools`
    sys.path[0] = str(Path(__file__).resolve().parents[2])

from tools.book.includes import DIRECTIVE, anchored, fenced_blocks
from tools.book.preprocessor import pages, run

USE = re.compile(r"^use [^;]+;", re.M)


def rust_includes(content: str, page: Path) -> list[tuple[str, Path, str]]:
    """Each include of a Rust file in a fenced block: (the directive, the file, the anchor)."""
    found = []
    for _, _, body in fenced_blocks(content):
        for line in body:
            match = DIRECTIVE.search(line)
            if match and match.group(1) == "include":
                target, _, anchor = match.group(2).partition(":")
                path = (page.parent / target).resolve()
                by_line_numbers = bool(re.fullmatch(r"\d[\d:]*", anchor))
                if path.suffix == ".rs" and path.is_file() and not by_line_numbers:
                    found.append((match.group(0), path, anchor))
    return found


def missing_imports(content: str, page: Path) -> dict[Path, list[str]]:
    """For each Rust file the page includes, the `use` lines none of its listings show."""
    shown: dict[Path, list[str]] = {}
    for _, path, anchor in rust_includes(content, page):
        shown.setdefault(path, []).append(anchored(path.read_text(encoding="utf-8"), anchor))
    missing = {}
    for path, listings in shown.items():
        uses = USE.findall(path.read_text(encoding="utf-8"))
        lacking = [use for use in uses if not any(use in listing for listing in listings)]
        if lacking:
            missing[path] = lacking
    return missing


def show_imports(content: str, page: Path) -> str:
    missing = missing_imports(content, page)
    done: set[Path] = set()
    for directive, path, _ in rust_includes(content, page):
        if path in missing and path not in done:
            done.add(path)
            content = content.replace(directive, "\n".join(missing[path]) + "\n\n" + directive, 1)
    return content


def preprocess(context: dict, book: dict) -> dict:
    for chapter, page in pages(context, book):
        chapter["content"] = show_imports(chapter["content"], page)
    return book


if __name__ == "__main__":
    sys.exit(run("show-imports", sys.argv, preprocess))
