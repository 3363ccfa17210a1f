"""Helpers for the tooling's tests: a copy of the book to break, and its build."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def copy_book(into: Path) -> Path:
    """The real book, in a folder beside links to the real chapters and tools."""
    shutil.copytree(ROOT / "book" / "src", into / "book" / "src")
    shutil.copy(ROOT / "book" / "book.toml", into / "book" / "book.toml")
    shutil.copytree(ROOT / "book" / "theme", into / "book" / "theme")
    (into / "chapters").symlink_to(ROOT / "chapters")
    (into / "tools").symlink_to(ROOT / "tools")
    return into / "book"


def build_book(book: Path) -> subprocess.CompletedProcess:
    """`python tools/book/build.py BOOK`: the book build `just test` runs, failing on ERROR/WARN."""
    return subprocess.run(
        [sys.executable, str(ROOT / "tools" / "book" / "build.py"), str(book)],
        capture_output=True,
        text=True,
        check=False,
    )


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{path.name} has no {old!r} to replace"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
