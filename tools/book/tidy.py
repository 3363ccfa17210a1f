"""An mdBook preprocessor that trims the blank lines an include leaves at the end of a listing.

Formatters put two blank lines after a Python function, so an anchor that ends after one
would show them at the bottom of the code block. This runs after mdBook's `links`
preprocessor has expanded the includes, and removes the blank lines right before a closing
fence, and nothing else.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

if not __package__:  # run by its path (mdBook runs it): the repository's folder holds `tools`
    sys.path[0] = str(Path(__file__).resolve().parents[2])

from tools.book.preprocessor import chapters, run

FENCE = re.compile(r"^[ \t]*(```+|~~~+)")


def tidy(markdown: str) -> str:
    out: list[str] = []
    fence = None
    for line in markdown.split("\n"):
        match = FENCE.match(line)
        if match and fence is None:
            fence = match.group(1)
        elif match and match.group(1).startswith(fence[0]) and len(match.group(1)) >= len(fence):
            while out and not out[-1].strip():
                out.pop()
            fence = None
        out.append(line)
    return "\n".join(out)


def preprocess(_context: dict, book: dict) -> dict:
    for chapter in chapters(book.get("items", [])):
        chapter["content"] = tidy(chapter["content"])
    return book


if __name__ == "__main__":
    sys.exit(run("tidy-listings", sys.argv, preprocess))
