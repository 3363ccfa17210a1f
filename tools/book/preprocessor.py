"""What every mdBook preprocessor of the book does around its own work (`includes`,
`imports`, `versions`, `bench_tables`, `tidy`; book.toml runs each by its path).

mdBook asks `NAME supports RENDERER` first, unless book.toml names the preprocessor's
`renderers` (ours do: `["html"]`, which saves a start of Python per preprocessor and build);
the answer here is always yes. Then it writes
`[context, book]` as JSON to the preprocessor's input, and reads the book back, changed, from
its output. A preprocessor that finds the book wrong raises `PreprocessorError`, which fails
the build with its message.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path


class PreprocessorError(Exception):
    """A fault in the book: the build stops, and says this after the preprocessor's name."""


def chapters(items: list) -> Iterator[dict]:
    """Every page of the book, nested ones too."""
    for item in items:
        chapter = item.get("Chapter") if isinstance(item, dict) else None
        if chapter:
            yield chapter
            yield from chapters(chapter.get("sub_items", []))


def pages(context: dict, book: dict) -> Iterator[tuple[dict, Path]]:
    """Each page that comes from a file, with that file's path."""
    source = Path(context["root"]) / context["config"]["book"].get("src", "src")
    for chapter in chapters(book.get("items", [])):
        if chapter.get("source_path"):
            yield chapter, source / chapter["source_path"]


def run(
    name: str,
    argv: list[str],
    preprocess: Callable[[dict, dict], dict],
    commands: dict[str, Callable[[], None]] | None = None,
) -> int:
    """Answer mdBook as `name`: `preprocess(context, book)` gives the book back. `commands`
    are the script's own (`versions.py table`), run instead when named first."""
    if len(argv) > 1 and argv[1] == "supports":
        return 0
    try:
        if len(argv) > 1 and argv[1] in (commands or {}):
            (commands or {})[argv[1]]()
            return 0
        context, book = json.load(sys.stdin)
        json.dump(preprocess(context, book), sys.stdout)
    except PreprocessorError as error:
        print(f"{name}: {error}", file=sys.stderr)
        return 1
    return 0
