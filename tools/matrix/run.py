"""Run every chapter's tests and sessions on each CPython 3.9 or newer this machine has.

    python tools/matrix/run.py [--python 3.X ...] [CH ...] [PYTEST_ARGS]     (`just test-matrix`)

It finds the interpreters as `tools/matrix/interpreters.py` says, one per minor version (only those
`--python` names, if given), and never downloads one. Each gets a virtual
environment of its own in `.matrix/py3.X/`, made and filled by uv from `pylock.test.toml`
(the locked `test` group), and a cargo
target folder of its own in `target/py3.X/`, so no interpreter's build evicts another's or
the main `.venv`'s, and a second run with nothing changed compiles nothing. Each runs
`python -m tools.chapters test`, the same command as `just test N`, for every chapter, and
beside it `just check-exercises`.

While one Python's tests run, the next one's venv is made and its chapters built (all but a
chapter built in place, whose file the running tests import). The Python of `.venv` is not
tested twice: when `just test` last passed every chapter asked for
and its exercise on it, with the sources as they are now (`tools/chapters/testall.py passed`),
that run stands for it here, and its line says so. CI runs `just test` first, then the matrix.

It ends with a line per interpreter (version, passed, failed, skipped, seconds), names the
versions it looked for but did not find (3.9 up to the newest PyO3 supports), and checks that
every version-specific answer in a `.pycon` session was compared on an interpreter of its
range. It exits non-zero if an interpreter fails, if an answer was compared nowhere, or, with
`CI` set, if it found fewer than two interpreters: a matrix of one proves nothing.

With `--python` or chapters named (`just test-matrix --python 3.12 9`), it runs just those,
as after a bump of one pin; then it neither checks that every answer was compared nor
records the versions for the book's table, which only the whole matrix may do.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

if not __package__:  # run by its path: the repository's folder holds `tools`
    sys.path[0] = str(Path(__file__).resolve().parents[2])

from tools import base, chapters
from tools.chapters.sessions import version_ranges
from tools.matrix.interpreters import ENVS, Interpreter, discover, prepare

ROOT = chapters.ROOT
OLDEST = base.OLDEST


@dataclass
class Result:
    interpreter: Interpreter
    code: int
    seconds: float
    outcomes: dict[str, int] = field(default_factory=dict)
    in_venv: bool = False  # passed by `just test` in .venv, not run again


def tested_in_venv(interpreter: Interpreter, names: list[str]) -> bool:
    """Whether `just test` already passed the chapters (all, if none is named) on this
    interpreter, in .venv, with their sources and tests as they are now."""
    if tuple(sys.version_info[:3]) != interpreter.version or sys.implementation.name != "cpython":
        return False
    if chapters.VENV.resolve() != (ROOT / ".venv").resolve():
        return False
    command = [sys.executable, str(ROOT / "tools" / "chapters" / "testall.py"), "passed", *names]
    return subprocess.run(command, cwd=ROOT, check=False).returncode == 0


def newest_supported() -> tuple[int, int] | None:
    """The newest CPython the locked pyo3-ffi supports (its `max-version`)."""
    done = subprocess.run(
        ["cargo", "metadata", "--format-version", "1", "--locked", "--offline"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        return None
    for package in json.loads(done.stdout)["packages"]:
        if package["name"] == "pyo3-ffi":
            newest = ((package.get("metadata") or {}).get("cpython") or {}).get("max-version")
            if newest:
                major, minor = newest.split(".")[:2]
                return int(major), int(minor)
    return None


def environment(interpreter: Interpreter, venv: Path) -> dict[str, str]:
    """What the chapters of one Python build and run in: its venv, and its own target folder."""
    env = {
        **os.environ,
        "VIRTUAL_ENV": str(venv),
        "PATH": os.pathsep.join([str(venv / "bin"), os.environ.get("PATH", "")]),
        "CARGO_TARGET_DIR": str(ROOT / "target" / f"py{interpreter.minor}"),
    }
    env.pop("PYTHONHOME", None)
    return env


def builds_in_place(chapter: Path) -> bool:
    """Whether `maturin develop` puts the chapter's compiled module in the chapter's own folder
    (a mixed layout, `python-source`), where every Python's build writes the same file."""
    return any(chapters.python_source(crate) is not None for crate in chapters.crates(chapter))


def start_building(interpreter: Interpreter, names: list[str]) -> Callable[[], None]:
    """Set up the Python's venv and build its chapters in the background, while the Python
    before it is tested: its builds spend much of their time on one core, and its tests leave
    the other one idle at times. A chapter built in place is left for its turn, since the
    tests running now import that file. Returns what waits for the builds and prints their
    output; a failed build is built again, and reported, when the Python's turn comes."""
    log = tempfile.TemporaryFile("w+")

    def build() -> None:
        try:
            venv = prepare(interpreter)
        except subprocess.CalledProcessError:
            return  # its turn says why
        chosen = [chapters.resolve(n) for n in names] if names else chapters.all_chapters()
        wanted = [c.name for c in chosen if not builds_in_place(c)]
        command = [str(venv / "bin" / "python"), "-m", "tools.chapters", "build", *wanted]
        env = environment(interpreter, venv)
        subprocess.run(command, cwd=ROOT, env=env, stdout=log, stderr=log, check=False)

    thread = threading.Thread(target=build, daemon=True)
    thread.start()

    def finish() -> None:
        thread.join()
        log.seek(0)
        built = log.read()
        log.close()
        if built:
            print(f"\nmatrix: built ahead for Python {interpreter.name}:\n{built}", end="")

    return finish


def run(interpreter: Interpreter, names: list[str], pytest_args: list[str]) -> Result:
    started = time.monotonic()
    print(f"\nmatrix: Python {interpreter.name} ({interpreter.path})", flush=True)
    try:
        venv = prepare(interpreter)
    except subprocess.CalledProcessError as error:
        print(f"matrix: could not set up Python {interpreter.name}: {error}", flush=True)
        return Result(interpreter, error.returncode or 1, time.monotonic() - started)
    report = venv / "outcomes.json"
    report.unlink(missing_ok=True)
    env = environment(interpreter, venv)
    command = [str(venv / "bin" / "python"), "-m", "tools.chapters", "test", *names]
    command += ["--", f"--outcomes={report}"]
    command += pytest_args or chapters.ON_EVERY_CORE
    exercises = [str(venv / "bin" / "python"), "-m", "tools.exercises", "check"]
    exercises += [name for name in names if (chapters.resolve(name) / "exercise").is_dir()]
    # The exercises' check runs beside the tests (much of it on one core), its output after.
    with tempfile.TemporaryFile("w+") as log:
        beside = subprocess.Popen(exercises, cwd=ROOT, env=env, stdout=log, stderr=log)
        code = subprocess.run(command, cwd=ROOT, env=env, check=False).returncode
        code = beside.wait() or code
        log.seek(0)
        sys.stdout.write(log.read())
        sys.stdout.flush()
    counts: dict[str, int] = {}
    if report.is_file():
        for outcome in json.loads(report.read_text()).values():
            counts[outcome] = counts.get(outcome, 0) + 1
    return Result(interpreter, code, time.monotonic() - started, counts)


def uncompared(results: list[Result], sessions: list[Path] | None = None) -> list[str]:
    """Each version-specific session answer that no passing interpreter compared."""
    passed = [r.interpreter.version[:2] for r in results if r.code == 0]
    missing = []
    if sessions is None:
        sessions = sorted(chapters.CHAPTERS.glob("*/tests/*.pycon"))
    for session in sessions:
        for line, versions in version_ranges(session):
            if not any(version in versions for version in passed):
                where = session.relative_to(ROOT) if session.is_relative_to(ROOT) else session
                missing.append(f"{where}:{line}: the answer for {versions}")
    return missing


def summary(results: list[Result], not_found: list[str], missing: list[str]) -> list[str]:
    lines = ["", "matrix summary:"]
    for r in results:
        state = "ok  " if r.code == 0 else "FAIL"
        counts = "  ".join(
            f"{kind} {r.outcomes.get(kind, 0):4d}" for kind in ("passed", "failed", "skipped")
        )
        if r.in_venv:
            counts = f"{'passed in .venv by `just test`':38s}"
        lines.append(f"  {state} Python {r.interpreter.name:8s} {counts}  {r.seconds:6.1f} s")
    if not_found:
        lines.append(f"  looked for but not found: Python {', '.join(not_found)}")
    for answer in missing:
        lines.append(f"  FAIL {answer} was compared on no interpreter")
    return lines


def record(results: list[Result]) -> None:
    """Keep the versions that passed, for the book's table of tested versions."""
    passed = [r.interpreter.name for r in results if r.code == 0]
    ENVS.mkdir(exist_ok=True)
    (ENVS / "summary.json").write_text(json.dumps({"passed": passed}) + "\n")


def main(argv: list[str]) -> int:
    wanted = []
    while argv[:1] == ["--python"] and len(argv) > 1:
        wanted.append(argv[1])
        argv = argv[2:]
    try:
        names, pytest_args = chapters.split_args(argv)
        for name in names:
            chapters.resolve(name)
    except chapters.UsageError as error:
        print(f"matrix: {error}", file=sys.stderr)
        return 2
    found_here = discover()
    interpreters = [i for i in found_here if not wanted or i.minor in wanted]
    newest = newest_supported() or max((i.version[:2] for i in found_here), default=OLDEST)
    found = {i.version[:2] for i in found_here}
    looked_for = [(3, minor) for minor in range(OLDEST[1], newest[1] + 1)]
    not_found = [f"3.{minor}" for _, minor in looked_for if (3, minor) not in found]
    not_found += [version for version in wanted if version not in {i.minor for i in found_here}]
    names_found = ", ".join(i.name for i in interpreters) or "none"
    print(f"matrix: found CPython {names_found}", flush=True)
    in_venv = [i for i in interpreters if not pytest_args and tested_in_venv(i, names)]
    to_run = [i for i in interpreters if i not in in_venv]
    results = []
    ahead = None
    for interpreter in interpreters:
        if interpreter in in_venv:
            print(f"\nmatrix: Python {interpreter.name}: `just test` passed these chapters on it")
            print("in .venv as they are now, so they are not tested on it again", flush=True)
            results.append(Result(interpreter, 0, 0.0, in_venv=True))
            continue
        if ahead is not None:
            ahead()
        following = to_run[to_run.index(interpreter) + 1 :][:1]
        ahead = start_building(following[0], names) if following else None
        results.append(run(interpreter, names, pytest_args))
    whole = not wanted and not names
    missing = uncompared(results) if whole else []
    for line in summary(results, not_found, missing):
        print(line)
    if whole:
        record(results)
    failed = [r.interpreter.name for r in results if r.code != 0]
    if failed:
        print(f"matrix: failed on Python {', '.join(failed)}")
        return 1
    if missing or not results:
        return 1
    if os.environ.get("CI") and whole and len(results) < 2:
        print(f"matrix: found {len(results)} interpreter(s); CI needs at least two to compare")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
