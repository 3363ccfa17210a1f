"""Each chapter's README.md lists the chapter's files: every file the repository tracks in
the chapter's folder is named in its table, by its path, a glob (`tests/test_*.py`) or a
folder (`exercise/`)."""

import fnmatch
import re
import subprocess

import pytest

from tools.tests.bookcopy import ROOT

CHAPTERS = sorted(p for p in (ROOT / "chapters").glob("[0-9][0-9]-*") if p.is_dir())


def listed(readme: str) -> list[str]:
    """The paths in the first column of the README's tables."""
    return re.findall(r"^\| `([^`]+)` \|", readme, re.M)


def tracked(chapter) -> list[str]:
    done = subprocess.run(
        ["git", "ls-files", "--", "."], cwd=chapter, capture_output=True, text=True, check=True
    )
    return done.stdout.split()


def covers(entry: str, path: str) -> bool:
    return path == entry or fnmatch.fnmatch(path, entry) or path.startswith(entry.rstrip("/") + "/")


@pytest.mark.parametrize("chapter", CHAPTERS, ids=lambda c: c.name)
def test_the_readme_lists_every_file_of_its_chapter(chapter):
    entries = listed((chapter / "README.md").read_text(encoding="utf-8"))
    missing = [
        path
        for path in tracked(chapter)
        if path != "README.md" and not any(covers(entry, path) for entry in entries)
    ]
    assert missing == [], f"{chapter.name}/README.md does not list these"


@pytest.mark.parametrize("chapter", CHAPTERS, ids=lambda c: c.name)
def test_every_file_the_readme_lists_is_there(chapter):
    files = tracked(chapter)
    entries = listed((chapter / "README.md").read_text(encoding="utf-8"))
    gone = [entry for entry in entries if not any(covers(entry, path) for path in files)]
    assert gone == []
