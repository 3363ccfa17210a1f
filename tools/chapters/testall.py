"""Everything `just test` runs, rerunning only what an edit can affect.

    python tools/chapters/testall.py [--rerun] [PYTEST_ARGS]   the book, the chapters, tools, lints
    python tools/chapters/testall.py CH [CH ...]               chapters: all an edit to them breaks
    python tools/chapters/testall.py CH [CH ...] PYTEST_ARGS   chapters: build them, run those tests
    python tools/chapters/testall.py keys                      print each part's key (JSON)
    python tools/chapters/testall.py passed [CH ...]           exit 0 if they passed as they are

With no chapter, it builds the book and checks its links, builds every chapter, runs the
tests and the linters. The tests fall into parts, and each part is keyed on what it reads:

| part      | its key: the contents of                                                  |
|-----------|---------------------------------------------------------------------------|
| book      | `book/`, every file a page includes, the version pins, and the tools the  |
|           | build runs (book.toml's preprocessors) with what they import              |
| a chapter | the chapter's folder but its exercise, Cargo.toml and Cargo.lock, the     |
|           | pytest settings and the `test` dependency group, and every tools module   |
|           | its Python files import (the root conftest.py's plugins too), directly or |
|           | through another; the Python that runs it                                   |
| tools     | every file outside `chapters/`, the book's inputs, the chapters' file names |
| browser   | the built book, the browser tests with what they import, whether Chromium |
|           | is here                                                                    |
| exercises | every exercise's files, tools/exercises/ with what it imports, and what   |
|           | a chapter's key holds besides its own folder                               |

Which tools modules a part reads is found from the import statements themselves
(`tools/base.py`, `reads`), so a new import is counted without anyone listing it.
`just test NN` runs what an edit to chapter NN can break: it builds the chapter and runs its
tests (sessions, stub and compile-fail snippets among them), and beside them proves its
exercise both ways, lints its files, builds the book, checks its links, and loads the
chapter's pages in the browser. The exercise and the browser steps read neither the
chapter's sources nor its build, so each has a key of its own (the exercise's files; the
chapter's pages as built) and is skipped when it last passed with it. Tests marked
`packaging` (chapter 12's wheels and sdist) are a part of their own: `just test NN` says when
they have not passed with the chapter as it is, `just test NN -m packaging` runs them, and
`just test` runs them with the rest of the chapter. With pytest arguments
(`just test 2 -k repr`) it runs only the tests they pick.

A part whose key is the one it last passed with is not run again; every other part runs,
and is recorded once it passes (in `.venv/.tests-passed/`). `--rerun`, a `RERUN` or `CI`
environment variable, or any pytest argument runs every part. The linters always run: they
take well under a second when nothing changed.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

if not __package__:  # run by its path: the repository's folder holds `tools`
    sys.path[0] = str(Path(__file__).resolve().parents[2])

from tools import base, chapters
from tools.book import browser as book_browser
from tools.book import versions

ROOT = chapters.ROOT
BOOK = ROOT / "book"
BUILD = BOOK / "build"
STAMPS = chapters.VENV / ".tests-passed"
NOT_INPUTS = base.NOT_INPUTS
BROWSER_TESTS = "tools/tests/test_browser.py"
INCLUDE = re.compile(r"\{\{#(?:include|rustdoc_include)\s+([^}\s:]+)")
files_under = base.files_under
digest = base.digest


def test_setup() -> str:
    """What a chapter's tests take from pyproject.toml: pytest's settings and the `test`
    dependency group (a pin of the `dev` group alone, such as ruff's, is not among them)."""
    pyproject = base.read_toml(ROOT / "pyproject.toml")
    wanted = {
        "pytest": pyproject["tool"]["pytest"],
        "test": pyproject["dependency-groups"]["test"],
    }
    return json.dumps(wanted, sort_keys=True)


# A path into another chapter's folder, as a chapter's file names it (`08-why-rust/src/sum.rs`).
OTHER_CHAPTER = re.compile(r"\b(\d\d-[a-z0-9-]+/[\w./-]+)")


def borrowed(own: list[Path]) -> list[Path]:
    """The files of other chapters that a chapter's own sources name by path: a Rust module
    compiled from another chapter's file (`#[path = ...]`), or a source a benchmark builds."""
    found = set()
    for path in own:
        if path.suffix in {".rs", ".py"}:
            for name in OTHER_CHAPTER.findall(path.read_text(encoding="utf-8")):
                if (chapters.CHAPTERS / name).is_file():
                    found.add(chapters.CHAPTERS / name)
    return sorted(found)


def chapter_shared() -> list[Path]:
    """What every chapter's tests read besides their own folder and the tools they import."""
    return [ROOT / "Cargo.toml", ROOT / "Cargo.lock", ROOT / "pylock.test.toml"]


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
    builders = [ROOT / "tools/book/build.py", ROOT / "tools/book/links.py"]
    runs = base.reads([BOOK / "book.toml", *builders])
    return files_under(BOOK, skip=[BUILD]) + sorted(runs) + pins + included_files()


def keys() -> dict[str, str]:
    """Each part's key, from what it reads now."""
    python = sys.version
    # The versions table also reads `rustc --version`, so a new compiler rebuilds the book.
    found = {"book": digest(book_inputs(), versions.rust_tested())}
    setup = test_setup()
    plugins = ROOT / "conftest.py"
    for chapter in chapters.all_chapters():
        own = files_under(chapter, skip=[chapter / "exercise"])
        tools = base.reads([plugins, *(p for p in own if p.suffix == ".py")])
        reads = own + borrowed(own) + sorted(tools) + chapter_shared()
        found[chapter.name] = digest(reads, python, setup)
    exercises = [p for p in files_under(chapters.CHAPTERS) if "exercise" in p.parts]
    found["exercises"] = exercises_key(exercises)
    outside = [
        p for p in files_under(ROOT, skip=[BUILD]) if not p.is_relative_to(chapters.CHAPTERS)
    ]
    names = [str(p.relative_to(ROOT)) for p in files_under(chapters.CHAPTERS)]
    found["tools"] = digest(outside + book_inputs(), python, *names)
    # The browser tests write screenshots into the build; they are output, not input.
    built = [p for p in files_under(BUILD) if not p.is_relative_to(BUILD / "screenshots")]
    found["browser"] = browser_key(built)
    return found


def exercises_key(files: list[Path]) -> str:
    """The key of checking exercises whose files are `files`: those, and what checks them."""
    runner = base.reads([ROOT / "conftest.py", base.TOOLS / "exercises" / "__init__.py"])
    return digest(files + sorted(runner) + chapter_shared(), sys.version, test_setup())


def browser_key(built: list[Path]) -> str:
    """The key of the browser tests on the built files `built`: those, and the tests."""
    entries = [ROOT / BROWSER_TESTS, ROOT / "tools" / "tests" / "conftest.py", ROOT / "conftest.py"]
    tests = base.reads(entries) | {ROOT / "pyproject.toml"}
    return digest(built + sorted(tests), sys.version, book_browser.browser_missing() or "here")


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
    for script in ("tools/book/build.py", "tools/book/links.py"):
        code = subprocess.run([sys.executable, script], cwd=ROOT).returncode
        if code != 0:
            return code
    return 0


def run_tests(
    parts: list[str], pytest_args: list[str], first: Callable[[], int] = lambda: 0
) -> tuple[int, dict[str, list[str]]]:
    """Run the parts' tests; return pytest's status and each part's outcomes.

    The browser tests wait on Chromium more than on the processor, and read only the built
    book, so when other parts run too, they start first, in a second pytest whose output
    follows the first one's. Then `first` runs (the chapters' builds), then the other tests;
    if `first` fails, its status is returned and the other tests do not run."""
    groups = [["browser"] if "browser" in parts else [], [p for p in parts if p != "browser"]]
    with tempfile.TemporaryDirectory() as scratch:
        running = []
        code = 0
        for number, group in enumerate(groups):
            beside = number == 0 and bool(groups[1])
            if number == 1:
                code = first()
                if code != 0:
                    break
            if not group:
                continue
            report = Path(scratch) / f"outcomes-{number}.json"
            args = [arg for part in group for arg in paths_of(part)]
            command = [sys.executable, "-m", "pytest", *args, f"--outcomes={report}"]
            # Spread over the cores: every test but the browser's, which share one Chromium
            # and run beside them, unless pytest's own options (`-k`, `--pdb`) choose the tests.
            if group != ["browser"] and not pytest_args:
                command += chapters.ON_EVERY_CORE
            command += pytest_args
            log = (Path(scratch) / f"log-{number}.txt").open("w+") if beside else None
            process = subprocess.Popen(command, cwd=ROOT, stdout=log, stderr=log)
            running.append((process, report, log))
        failed_first = code != 0
        found: dict[str, str] = {}
        for process, report, log in reversed(running):  # the foreground's output first
            if failed_first:
                process.terminate()  # the builds failed: no part passes in this run
            code = process.wait() or code
            if log is not None:
                log.seek(0)
                sys.stdout.write(log.read())
                log.close()
            if report.is_file() and not failed_first:
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
    parts = [part for part, key in wanted.items() if rerun or not passed(part, key)]
    skipped += [part for part in wanted if part not in parts]
    if skipped:
        print(
            f"testall: unchanged since they last passed, so not run again: {', '.join(skipped)}"
            " (`just test --rerun` runs everything)",
            flush=True,
        )
    # Beside the tests, one after the other, with their output after the tests': the exercises'
    # check (if they changed) and the linters. Each spends some of its time on one core.
    beside = [("lint", [str(chapters.BIN / "just"), "lint"])]
    if "exercises" in parts:
        parts.remove("exercises")
        forget("exercises")
        beside.insert(0, ("exercises", [sys.executable, "-m", "tools.exercises", "check"]))
    for part in parts:
        forget(part)
    codes: dict[str, int] = {}
    with tempfile.TemporaryFile("w+") as log:

        def run_beside() -> None:
            for name, command in beside:
                log.write(f"\n+ {name}\n")
                log.flush()
                codes[name] = subprocess.run(command, cwd=ROOT, stdout=log, stderr=log).returncode

        thread = threading.Thread(target=run_beside)

        def build_then_start_beside() -> int:
            """Build every chapter (while the browser tests, which need only the book, run),
            then start what runs beside the tests."""
            built = chapters.build(chapters.all_chapters())
            if built == 0:
                thread.start()
            return built

        if parts:
            code, outcomes = run_tests(parts, pytest_args, build_then_start_beside)
            for part in parts:
                results = outcomes.get(part, [])
                if results and "failed" not in results and not pytest_args:
                    record(part, wanted[part])
        else:
            code = build_then_start_beside()
        if thread.ident is None:
            return code  # the builds failed, so nothing was started beside the tests
        thread.join()
        log.seek(0)
        sys.stdout.write(log.read())
    if codes.get("exercises") == 0:
        record("exercises", wanted["exercises"])
    reason = book_browser.browser_missing()
    if reason:
        print(f"\nNOTE: {reason}.\n", file=sys.stderr)
    return code or max(codes.values())


def pages_of(chapter: Path) -> list[str]:
    """The chapter's pages in SUMMARY.md: its own, its solution's, any nested under it."""
    summary = (BOOK / "src" / "SUMMARY.md").read_text(encoding="utf-8")
    return [page for page in re.findall(r"\]\(([^)#]+)\.md\)", summary)
            if page.startswith(chapter.name)]  # fmt: skip


def step_key(step: str, chosen: list[Path]) -> str | None:
    """The key of a step beside the chapters' tests that reads neither their sources nor their
    build, so that `just test NN` need not repeat it after an edit that leaves its inputs as
    they were: the exercises' check (their own crates and tests), and the browser (the pages as
    built, whose HTML names every style sheet and script by a hash of its content). None for a
    step that always runs."""
    if step == "exercise":
        return exercises_key([p for c in chosen for p in files_under(c / "exercise")])
    if step == "browser":
        return browser_key([BUILD / f"{page}.html" for c in chosen for page in pages_of(c)])
    return None


def step_stamp(step: str, chosen: list[Path]) -> str:
    return f"{step}-" + "-".join(c.name[:2] for c in chosen)


def beside_chapters(chosen: list[Path]) -> list[tuple[str, list[str]]]:
    """What `just test NN` runs beside the chapters' tests: each step's name and command."""
    python, numbers = sys.executable, [str(int(c.name[:2])) for c in chosen]
    folders = [str(c.relative_to(ROOT)) for c in chosen]
    browser = "tools/tests/test_browser.py::test_a_page_"
    checks = ["loads_cleanly_with_every_listing_shown", "has_no_serious_accessibility_fault"]
    pages = [
        f"{browser}{check}[{page}]" for c in chosen for page in pages_of(c) for check in checks
    ]
    steps = []
    with_exercise = [n for n, c in zip(numbers, chosen) if (c / "exercise").is_dir()]
    if with_exercise:
        steps.append(("exercise", [python, "-m", "tools.exercises", "check", *with_exercise]))
    steps += [
        ("cargo fmt and clippy", [python, "-m", "tools.chapters", "lint", *numbers]),
        ("ruff", [str(chapters.BIN / "ruff"), "check", "--quiet", *folders]),
        ("ruff format", [str(chapters.BIN / "ruff"), "format", "--check", "--quiet", *folders]),
        ("book", [python, "tools/book/build.py"]),
        ("links", [python, "tools/book/links.py"]),
    ]
    if pages:
        steps.append(("browser", [python, "-m", "pytest", "-q", "--no-header", *pages]))
    return steps


PACKAGING = chapters.PACKAGING


def has_packaging_tests(chapter: Path) -> bool:
    """Whether some test of the chapter is marked `packaging`: `just test NN` leaves those to
    a part of their own."""
    return any(chapters.marks(path, PACKAGING) for path in chapter.rglob("test_*.py"))


def chapter_parts(names: list[str], pytest_args: list[str]) -> int:
    """`just test NN ...`: build the chapters, run their tests, and run beside them (in a
    second process, whose output follows) what else an edit to them can break.

    A chapter's packaging tests (chapter 12's wheels, sdist and stubs) are a part of their own:
    they rebuild the crate half a dozen ways, which takes longer than the rest of the loop. So
    `just test NN` leaves them out and says when they have not passed with the chapter as it is;
    `just test NN -m packaging` runs them, and `just test` runs the whole chapter when it changed.
    """
    chosen = [chapters.resolve(name) for name in names]
    wanted = keys()
    code = chapters.build(chosen)
    if code != 0:
        return code
    tests = [sys.executable, "-m", "pytest", *map(str, chosen), *pytest_args]
    if pytest_args:
        return subprocess.run(tests, cwd=ROOT).returncode
    packaging = [chapter for chapter in chosen if has_packaging_tests(chapter)]
    if packaging:
        tests += ["-m", f"not {PACKAGING}"]
    failed: list[str] = []
    with tempfile.TemporaryFile("w+") as log:

        def run_beside() -> None:
            for name, command in beside_chapters(chosen):
                key, stamp = step_key(name, chosen), step_stamp(name, chosen)
                if key is not None and passed(stamp, key):
                    log.write(f"\n+ {name}: unchanged since it last passed\n")
                    continue
                log.write(f"\n+ {name}\n")
                log.flush()
                if name == "book":
                    shutil.rmtree(BUILD, ignore_errors=True)  # a stale page must not pass links
                done = subprocess.run(command, cwd=ROOT, stdout=log, stderr=log)
                if done.returncode != 0:
                    failed.append(name)
                    if key is not None:
                        forget(stamp)
                    if name == "book":
                        break
                elif key is not None:
                    record(stamp, key)

        beside = threading.Thread(target=run_beside)
        beside.start()
        code = subprocess.run(tests, cwd=ROOT).returncode
        beside.join()
        log.seek(0)
        sys.stdout.write(log.read())
    if code == 0:
        for chapter in chosen:
            if chapter not in packaging:  # a chapter's stamp says all its tests passed
                record(chapter.name, wanted[chapter.name])
    for chapter in packaging:
        if not passed(chapter.name, wanted[chapter.name]):
            number = int(chapter.name[:2])
            print(
                f"testall: {chapter.name}'s tests marked `{PACKAGING}` did not run, and have not "
                f"passed with the chapter as it is: `just test {number} -m {PACKAGING}` runs "
                "them (`just test` runs them too)",
                file=sys.stderr,
            )
    if failed:
        print(f"testall: failed beside the tests: {', '.join(failed)}", file=sys.stderr)
    return code or (1 if failed else 0)


def passed_as_they_are(names: list[str]) -> bool:
    """Whether the chapters (every one, if none is named) and their exercises last passed with
    the keys they have now, in this environment: what the version matrix asks before it tests
    this environment's Python again."""
    chosen = [chapters.resolve(name) for name in names] if names else chapters.all_chapters()
    wanted = keys()
    if not all(passed(chapter.name, wanted[chapter.name]) for chapter in chosen):
        return False
    with_exercise = [chapter for chapter in chosen if (chapter / "exercise").is_dir()]
    if not with_exercise or passed("exercises", wanted["exercises"]):
        return True
    key = step_key("exercise", chosen)  # as `just test NN` records it
    return key is not None and passed(step_stamp("exercise", chosen), key)


def main(argv: list[str]) -> int:
    if argv == ["keys"]:
        print(json.dumps(keys(), indent=1))
        return 0
    if argv[:1] == ["passed"]:
        try:
            return 0 if passed_as_they_are(argv[1:]) else 1
        except chapters.UsageError as error:
            print(f"testall: {error}", file=sys.stderr)
            return 2
    rerun = "--rerun" in argv
    argv = [arg for arg in argv if arg != "--rerun"]
    names, pytest_args = chapters.split_args(argv)
    try:
        if pytest_args and not names and not pytest_args[0].startswith("-"):
            if not Path(pytest_args[0].split("::")[0]).exists():
                chapters.resolve(pytest_args[0])  # a mistyped chapter: say which there are
        if names:
            return chapter_parts(names, pytest_args)
        return everything(rerun, pytest_args)
    except chapters.UsageError as error:
        print(f"testall: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
