"""An mdBook preprocessor that fails the build on an include mdBook would let through.

mdBook 0.5 renders a missing anchor as an empty code block without a word, and a missing
file as the raw `{{#include ...}}` text with exit status 0. This preprocessor runs before
mdBook's own `links` preprocessor and stops the build on either, naming each bad include.
It changes nothing: it hands the book back as it came.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

DIRECTIVE = re.compile(r"\{\{#(include|rustdoc_include|playground)\s+([^}\s]+)[^}]*\}\}")


def anchor_present(text: str, name: str) -> bool:
    start = re.search(rf"ANCHOR:\s*{re.escape(name)}(?![\w-])", text)
    end = re.search(rf"ANCHOR_END:\s*{re.escape(name)}(?![\w-])", text)
    return bool(start and end and start.start() < end.start())


def problems_in(content: str, page: Path) -> list[str]:
    found = []
    for match in DIRECTIVE.finditer(content):
        if content[max(0, match.start() - 1) : match.start()] == "\\":
            continue  # an escaped directive is shown as text, not expanded
        target, _, selector = match.group(2).partition(":")
        path = page.parent / target
        where = f"{page}: {match.group(0)}"
        if not path.is_file():
            found.append(f"{where}: no file {path}")
        elif selector and not re.fullmatch(r"[\d:]*", selector):
            if not anchor_present(path.read_text(encoding="utf-8"), selector):
                found.append(f"{where}: no ANCHOR/ANCHOR_END pair named {selector!r} in {target}")
        elif selector:
            first = selector.split(":")[0]
            if first and int(first) > len(path.read_text(encoding="utf-8").splitlines()):
                found.append(f"{where}: {target} has fewer than {first} lines")
    return found


def chapters(items):
    for item in items:
        chapter = item.get("Chapter") if isinstance(item, dict) else None
        if chapter:
            yield chapter
            yield from chapters(chapter.get("sub_items", []))


def main(argv: list[str]) -> int:
    if len(argv) > 1 and argv[1] == "supports":
        return 0
    context, book = json.load(sys.stdin)
    source = Path(context["root"]) / context["config"]["book"].get("src", "src")
    problems = []
    for chapter in chapters(book.get("items", [])):
        if chapter.get("source_path"):
            problems += problems_in(chapter["content"], source / chapter["source_path"])
    if problems:
        print("Includes that would render empty or raw:", file=sys.stderr)
        for problem in problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    json.dump(book, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
