"""An mdBook preprocessor that fails the build on an include mdBook would let through,
and on code typed into a page instead of included from a tested file.

mdBook 0.5 renders a missing anchor as an empty code block without a word, and a missing
file as the raw `{{#include ...}}` text with exit status 0. This preprocessor runs before
mdBook's own `links` preprocessor and stops the build on either, naming each bad include.

It also stops the build on an inline listing: a fenced ```rust, ```rs, ```python, ```py,
```toml or ```pycon block whose body is anything but one `{{#include ...}}` line. Code in
those languages is what the tests build and run, so a page shows it only from the chapter's
files. Shell blocks (```sh) and blocks in other languages may be typed on the page.

It also stops the build on a Rust listing that starts or stops in the middle of a block (an
anchor that ends inside an `impl`, say), so a page never shows half a definition.

It changes nothing: it hands the book back as it came.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

if not __package__:  # run by its path (mdBook runs it): the repository's folder holds `tools`
    sys.path[0] = str(Path(__file__).resolve().parents[2])

from tools.book.preprocessor import PreprocessorError, pages, run

DIRECTIVE = re.compile(r"\{\{#(include|rustdoc_include|playground)\s+([^}\s]+)[^}]*\}\}")


def anchored(text: str, name: str) -> str:
    """What `{{#include file:name}}` shows of `text` (all of it without a name)."""
    if not name:
        return text
    name = re.escape(name)
    pattern = rf"ANCHOR:\s*{name}(?![\w-])[^\n]*\n(.*?)^[^\n]*ANCHOR_END:\s*{name}(?![\w-])"
    match = re.search(pattern, text, re.S | re.M)
    return match.group(1) if match else ""


def unbalanced(rust: str) -> bool:
    """Whether a Rust listing opens more blocks than it closes, or the other way round: it
    starts or stops in the middle of an `impl`, say. Strings and comments are left out."""
    # One pass from left to right, so that a quote inside a char (`b'"'`) starts no string.
    code = SKIPPED.sub("", rust)
    return code.count("{") != code.count("}")


SKIPPED = re.compile(r'"(?:\\.|[^"\\])*"|\'(?:\\.|[^\'\\])\'|//[^\n]*')


def anchor_present(text: str, name: str) -> bool:
    start = re.search(rf"ANCHOR:\s*{re.escape(name)}(?![\w-])", text)
    end = re.search(rf"ANCHOR_END:\s*{re.escape(name)}(?![\w-])", text)
    return bool(start and end and start.start() < end.start())


# Languages whose listings must come from a tested file (the first word of the info string).
INCLUDED_ONLY = {"rust", "rs", "python", "py", "toml", "pycon"}
FENCE = re.compile(r"^(?P<indent>[ \t]*(?:>[ \t]?)*[ \t]*)(?P<fence>`{3,}|~{3,})(?P<info>.*)$")
INCLUDE_LINE = re.compile(r"\{\{#(include|rustdoc_include)\s+[^}]+\}\}")


def fenced_blocks(content: str):
    """Each fenced code block as (line number of its opening fence, language, body lines)."""
    lines = content.splitlines()
    i = 0
    while i < len(lines):
        opening = FENCE.match(lines[i])
        if opening is None or (opening["fence"][0] == "`" and "`" in opening["info"]):
            i += 1
            continue
        start, fence = i + 1, opening["fence"]
        info = opening["info"].strip()
        language = re.split(r"[\s,]", info, maxsplit=1)[0].lower() if info else ""
        body = []
        i += 1
        while i < len(lines):
            closing = FENCE.match(lines[i])
            if (
                closing
                and closing["fence"][0] == fence[0]
                and len(closing["fence"]) >= len(fence)
                and not closing["info"].strip()
            ):
                break
            body.append(lines[i][len(opening["indent"]) :])
            i += 1
        i += 1
        yield start, language, body


def inline_listings(content: str, page: Path) -> list[str]:
    found = []
    for line, language, body in fenced_blocks(content):
        if language not in INCLUDED_ONLY:
            continue
        text = [b.strip() for b in body if b.strip()]
        if len(text) == 1 and INCLUDE_LINE.fullmatch(text[0]):
            continue
        found.append(
            f"{page}:{line}: a ```{language} block must hold exactly one {{{{#include ...}}}} "
            "line; put the code in the chapter's files, where the tests run it, and include "
            "it by anchor"
        )
    return found


def problems_in(content: str, page: Path) -> list[str]:
    found = inline_listings(content, page)
    for match in DIRECTIVE.finditer(content):
        if content[max(0, match.start() - 1) : match.start()] == "\\":
            continue  # an escaped directive is shown as text, not expanded
        target, _, selector = match.group(2).partition(":")
        path = page.parent / target
        where = f"{page}: {match.group(0)}"
        if not path.is_file():
            found.append(f"{where}: no file {path}")
        elif selector and not re.fullmatch(r"[\d:]*", selector):
            text = path.read_text(encoding="utf-8")
            if not anchor_present(text, selector):
                found.append(f"{where}: no ANCHOR/ANCHOR_END pair named {selector!r} in {target}")
            elif path.suffix == ".rs" and unbalanced(anchored(text, selector)):
                found.append(
                    f"{where}: the listing {selector!r} opens and closes different numbers of "
                    "blocks; end the anchor where its `impl`, `fn` or `mod` ends"
                )
        elif selector:
            first = selector.split(":")[0]
            if first and int(first) > len(path.read_text(encoding="utf-8").splitlines()):
                found.append(f"{where}: {target} has fewer than {first} lines")
    return found


def check(context: dict, book: dict) -> dict:
    problems = []
    for chapter, page in pages(context, book):
        problems += problems_in(chapter["content"], page)
    if problems:
        raise PreprocessorError(
            "includes that would render empty or raw, or code typed in:\n"
            + "\n".join(f"  {problem}" for problem in problems)
        )
    return book


if __name__ == "__main__":
    sys.exit(run("include-check", sys.argv, check))
