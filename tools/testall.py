"""Everything `just test` runs, rerunning only what an edit can affect.

    python tools/testall.py [--rerun] [PYTEST_ARGS]   the book, every chapter, the tools, lints
    python tools/testall.py CH [PYTEST_ARGS]          one chapter: build it, run its tests
    python tools/testall.py keys                      print each part's key (JSON)

With no chapter, it builds the book and checks its links, builds every chapter, runs the
tests and the linters. The tests fall into parts, and each part is keyed on what it reads:

| part      | its key: the contents of                                                  |
|-----------|---------------------------------------------------------------------------|
| book      | `book/`, every file a page includes, the tools and the version pins       |
| a chapter | the chapter's folder but its exercise, the Cargo and pytest set-up, the   |
|           | test plugins, the Python that runs it                                      |
| tools     | every file outside `chapters/`, the book's inputs, the chapters' file names |
| browser   | the built book, the browser tests and server, and whether Chromium is here |
| exercises | every exercise's files (`just check-exercises`), the set-up chapters share  |

A part whose key is the one it last passed with is not run again; every other part runs,
and is recorded once it passes (in `.venv/.tests-passed/`). `--rerun`, a `RERUN` or `CI`
environment variable, or any pytest argument runs every part. The linters always run: they
take well under a second when nothing changed.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

if __package__:
    from . import chapters, serve_book, versions
else:  # run as a script, with tools/ first on sys.path
    import serve_book
    import versions

    import chapters

ROOT = chapters.ROOT
BOOK = ROOT / "book"
BUILD = BOOK / "build"
STAMPS = chapters.VENV / ".tests-passed"
# Folders that hold what builds and tests write, never their inputs.
NOT_INPUTS = {".git", "target", ".venv", ".matrix", ".bench", "__pycache__", ".pytest_cache",
              ".hypothesis", ".ruff_cache", ".benchmarks", "dist"}  # fmt: skip
# What every chapter's tests read besides the chapter's own folder.
CHAPTER_SHARED = ["Cargo.toml", "Cargo.lock", "pyproject.toml", "conftest.py"]
CHAPTER_SHARED += ["tools/pycon.py", "tools/testplugin.py", "tools/chapters.py"]
CHAPTER_SHARED += ["tools/compile_fail.py", "tools/matrix.py", "tools/versions.py"]
CHAPTER_SHARED += ["tools/bench.py", "tools/bench_tables.py", "tools/native.py"]
CHAPTER_SHARED += ["tools/stubs.py"]
# Compiled extensions: `maturin develop` writes a mixed layout's (chapter 10's) into its
# source folder, where a digest would count each rebuild as an edit.
NOT_INPUT_SUFFIXES = (".so", ".pyd", ".dylib")
BROWSER_INPUTS = ["pyproject.toml", "tools/serve_book.py", "tools/tests/test_browser.py"]
BROWSER_INPUTS += ["tools/tests/conftest.py", "tools/tests/bookcopy.py"]
BROWSER_TESTS = "tools/tests/test_browser.py"
INCLUDE = re.compile(r"\{\{#(?:include|rustdoc_include)\s+([^}\s:]+)")


def files_under(top: Path) -> list[Path]:
    """Every file below `top`, leaving out build output and caches."""
    found = []
    for folder, subfolders, names in os.walk(top):
        here = Path(folder)
        subfolders[:] = sorted(d for d in subfolders if d not in NOT_INPUTS and here / d != BUILD)
        found += [here / name for name in sorted(names) if not name.endswith(NOT_INPUT_SUFFIXES)]
    return found


def digest(files: Iterable[Path], *extra: str) -> str:
    h = hashlib.sha256("\0".join(extra).encode())
    for path in sorted(set(files)):
        if path.is_file():
            name = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
            h.update(b"\0" + str(name).encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


def included_files() -> list[Path]:
    """The files the book's pages include."""
    found = []
    for page in (BOOK / "src").rglob("*.md"):
        for target in INCLUDE.findall(page.read_text(encoding="utf-8")):
            found.append((page.parent / target).resolve())
    return found


def book_inputs() -> list[Path]:
    pins = [ROOT / name for name in ("Cargo.toml", "Cargo.lock", "pyproject.toml")]
    pins += [chapter / "pyproject.toml" for chapter in chapters.all_chapters()]
    pins += sorted(chapters.CHAPTERS.glob("*/benches/results.json"))
    pins.append(ROOT / ".matrix" / "summary.json")  # the tested Pythons, in the versions table
    return files_under(BOOK) + sorted((ROOT / "tools").glob("*.py")) + pins + included_files()


def keys() -> dict[str, str]:
    """Each part's key, from what it reads now."""
    python = sys.version
    # The versions table also reads `rustc --version`, so a new compiler rebuilds the book.
    found = {"book": digest(book_inputs(), versions.rust_tested())}
    shared = [ROOT / name for name in CHAPTER_SHARED]
    for chapter in chapters.all_chapters():
        own = [p for p in files_under(chapter) if not p.is_relative_to(chapter / "exercise")]
        found[chapter.name] = digest(own + shared, python)
    exercises = [p for p in files_under(chapters.CHAPTERS) if "exercise" in p.parts]
    found["exercises"] = digest(exercises + shared + [ROOT / "tools" / "exercises.py"], python)
    outside = [p for p in files_under(ROOT) if not p.is_relative_to(chapters.CHAPTERS)]
    names = [str(p.relative_to(ROOT)) for p in files_under(chapters.CHAPTERS)]
    found["tools"] = digest(outside + book_inputs(), python, *names)
    # The browser tests write screenshots into the build; they are output, not input.
    built = [p for p in files_under(BUILD) if not p.is_relative_to(BUILD / "screenshots")]
    browser = built + [ROOT / name for name in BROWSER_INPUTS]
    found["browser"] = digest(browser, python, serve_book.browser_missing() or "here")
    return found


def paths_of(part: str) -> list[str]:
    """What pytest is given to run a part."""
    if part == "tools":
        return ["tools/tests", f"--ignore={BROWSER_TESTS}"]
    if part == "browser":
        return [BROWSER_TESTS]
    return [f"chapters/{part}"]


def part_of(test_id: str) -> str | None:
    if test_id.startswith(BROWSER_TESTS):
        return "browser"
    if test_id.startswith("tools/tests/"):
        return "tools"
    match = re.match(r"chapters/([^/]+)/", test_id)
    return match.group(1) if match else None


def passed(part: str, key: str) -> bool:
    stamp = STAMPS / part
    return stamp.is_file() and stamp.read_text() == key


def record(part: str, key: str) -> None:
    STAMPS.mkdir(parents=True, exist_ok=True)
    (STAMPS / part).write_text(key)


def forget(part: str) -> None:
    (STAMPS / part).unlink(missing_ok=True)


def build_book() -> int:
    shutil.rmtree(BUILD, ignore_errors=True)  # a stale page must not satisfy a link
    for script in ("book.py", "check_links.py"):
        code = subprocess.run([sys.executable, str(ROOT / "tools" / script)], cwd=ROOT).returncode
        if code != 0:
            return code
    return 0


def run_tests(parts: list[str], pytest_args: list[str]) -> tuple[int, dict[str, list[str]]]:
    """Run the parts' tests; return pytest's status and each part's outcomes.

    The browser tests wait on Chromium more than on the processor, so when other parts run
    too, they run beside them in a second pytest, whose output follows the first one's."""
    groups = [[p for p in parts if p != "browser"], ["browser"] if "browser" in parts else []]
    groups = [group for group in groups if group]
    with tempfile.TemporaryDirectory() as scratch:
        running = []
        for number, group in enumerate(groups):
            report = Path(scratch) / f"outcomes-{number}.json"
            args = [arg for part in group for arg in paths_of(part)]
            command = [sys.executable, "-m", "pytest", *args, f"--outcomes={report}"]
            command += pytest_args
            beside = number > 0
            log = (Path(scratch) / f"log-{number}.txt").open("w+") if beside else None
            process = subprocess.Popen(command, cwd=ROOT, stdout=log, stderr=log)
            running.append((process, report, log))
        code = 0
        found: dict[str, str] = {}
        for process, report, log in running:
            code = process.wait() or code
            if log is not None:
                log.seek(0)
                sys.stdout.write(log.read())
                log.close()
            if report.is_file():
                found.update(json.loads(report.read_text()))
    outcomes: dict[str, list[str]] = {}
    for test_id, outcome in found.items():
        outcomes.setdefault(part_of(test_id) or "", []).append(outcome)
    return code, outcomes


def everything(rerun: bool, pytest_args: list[str]) -> int:
    rerun = rerun or bool(pytest_args) or bool(os.environ.get("CI") or os.environ.get("RERUN"))
    wanted = keys()
    book_key = wanted.pop("book")
    skipped = []
    if rerun or not passed("book", book_key) or not (BUILD / "index.html").is_file():
        forget("book")
        code = build_book()
        if code != 0:
            return code
        record("book", book_key)
        wanted["browser"] = keys()["browser"]  # the book was just written
    else:
        skipped.append("book")
    code = chapters.build(chapters.all_chapters())
    if code != 0:
        return code
    parts = [part for part, key in wanted.items() if rerun or not passed(part, key)]
    skipped += [part for part in wanted if part not in parts]
    if skipped:
        print(
            f"testall: unchanged since they last passed, so not run again: {', '.join(skipped)}"
            " (`just test --rerun` runs everything)",
            flush=True,
        )
    code = 0
    if "exercises" in parts:
        parts.remove("exercises")
        forget("exercises")
        code = subprocess.run([sys.executable, str(ROOT / "tools" / "exercises.py"), "check"],
                              cwd=ROOT).returncode  # fmt: skip
        if code == 0:
            record("exercises", wanted["exercises"])
    if parts:
        for part in parts:
            forget(part)
        tests, outcomes = run_tests(parts, pytest_args)
        code = code or tests
        for part in parts:
            results = outcomes.get(part, [])
            if results and "failed" not in results and not pytest_args:
                record(part, wanted[part])
    lint = subprocess.run([str(chapters.BIN / "just"), "lint"], cwd=ROOT).returncode
    reason = serve_book.browser_missing()
    if reason:
        print(f"\nNOTE: {reason}.\n", file=sys.stderr)
    return code or lint


def main(argv: list[str]) -> int:
    if argv == ["keys"]:
        print(json.dumps(keys(), indent=1))
        return 0
    rerun = "--rerun" in argv
    argv = [arg for arg in argv if arg != "--rerun"]
    names, pytest_args = chapters.split_args(argv)
    try:
        if pytest_args and not names and not pytest_args[0].startswith("-"):
            if not Path(pytest_args[0].split("::")[0]).exists():
                chapters.resolve(pytest_args[0])  # a mistyped chapter: say which there are
        if names:
            return chapters.test(names, pytest_args)
        return everything(rerun, pytest_args)
    except chapters.UsageError as error:
        print(f"testall: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
