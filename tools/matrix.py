"""Run every chapter's tests and sessions on each CPython 3.9 or newer this machine has.

    python tools/matrix.py [PYTEST_ARGS]      (`just test-matrix`)

It looks for interpreters in three places, and never downloads one:

- `python3.X` on `PATH` (pyenv's shims are passed over: they only answer for active versions);
- pyenv's installed versions, active or not (`$PYENV_ROOT/versions`, by default `~/.pyenv`);
- the interpreters uv has installed (`uv python dir`).

It keeps one CPython per minor version, the newest patch release. Each gets a virtual
environment of its own in `.matrix/py3.X/`, made and filled by uv from `pylock.test.toml`
(the locked `test` group), and a cargo
target folder of its own in `target/py3.X/`, so no interpreter's build evicts another's or
the main `.venv`'s, and a second run with nothing changed compiles nothing. Each runs
`tools/chapters.py test`, the same command as `just test N`, for every chapter, then
`just check-exercises`.

It ends with a line per interpreter (version, passed, failed, skipped, seconds), names the
versions it looked for but did not find (3.9 up to the newest PyO3 supports), and checks that
every version-specific answer in a `.pycon` session was compared on an interpreter of its
range. It exits non-zero if an interpreter fails, if an answer was compared nowhere, or, with
`CI` set, if it found fewer than two interpreters: a matrix of one proves nothing.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

if __package__:
    from . import chapters, pycon
else:  # run as a script, with tools/ first on sys.path
    import pycon

    import chapters

ROOT = chapters.ROOT
ENVS = ROOT / ".matrix"
OLDEST = pycon.OLDEST
PROBE = (
    "import platform, sys, sysconfig; "
    "print(platform.python_implementation(), *sys.version_info[:3], "
    "int(bool(sysconfig.get_config_var('Py_GIL_DISABLED'))))"
)


@dataclass
class Interpreter:
    path: Path
    version: tuple[int, int, int]

    @property
    def minor(self) -> str:
        return f"{self.version[0]}.{self.version[1]}"

    @property
    def name(self) -> str:
        return ".".join(map(str, self.version))


@dataclass
class Result:
    interpreter: Interpreter
    code: int
    seconds: float
    outcomes: dict[str, int] = field(default_factory=dict)


def uv() -> str:
    found = shutil.which("uv", path=str(chapters.BIN)) or shutil.which("uv")
    if found is None:
        raise SystemExit("matrix: uv is not installed; run `python3 tools/bootstrap.py`")
    return found


def uv_env() -> dict[str, str]:
    # Trust the system's certificates, as pip does: behind a TLS proxy uv's own bundle fails.
    return {
        "UV_NATIVE_TLS": "1",
        **os.environ,
        "UV_PYTHON_DOWNLOADS": "never",
        "UV_NO_PROGRESS": "1",
    }


def candidates() -> list[Path]:
    """Every executable that may be a CPython 3.9+, in the order they are preferred."""
    found: list[Path] = []
    name = re.compile(r"python3\.(\d+)")
    for folder in os.environ.get("PATH", "").split(os.pathsep):
        # A virtual environment's python is another's copy, and pyenv's shims answer only
        # for its active versions (its versions folder, below, has them all).
        if (
            not folder
            or "shims" in Path(folder).parts
            or (Path(folder).parent / "pyvenv.cfg").exists()
        ):
            continue
        for path in sorted(Path(folder).glob("python3.*")):
            if name.fullmatch(path.name) and os.access(path, os.X_OK):
                found.append(path)
    pyenv = Path(os.environ.get("PYENV_ROOT") or Path.home() / ".pyenv") / "versions"
    for version in sorted(pyenv.glob("3.*")):
        match = re.fullmatch(r"3\.(\d+)\.\d+", version.name)
        if match:
            found.append(version / "bin" / f"python3.{match.group(1)}")
    done = subprocess.run(
        [uv(), "python", "dir"], capture_output=True, text=True, env=uv_env(), check=False
    )
    managed = Path(done.stdout.strip()) if done.returncode == 0 and done.stdout.strip() else None
    if managed and managed.is_dir():
        for install in sorted(managed.glob("cpython-3.*")):
            match = re.match(r"cpython-3\.(\d+)\.\d+-", install.name)
            if match and "freethreaded" not in install.name:
                found.append(install / "bin" / f"python3.{match.group(1)}")
    return found


def probe(path: Path) -> Interpreter | None:
    """The interpreter at `path`, if it runs and is a CPython with the GIL."""
    try:
        done = subprocess.run(
            [str(path), "-c", PROBE], capture_output=True, text=True, timeout=20, check=False
        )
    except OSError:
        return None
    words = done.stdout.split()
    if done.returncode != 0 or len(words) != 5 or words[0] != "CPython" or words[4] != "0":
        return None
    return Interpreter(path, (int(words[1]), int(words[2]), int(words[3])))


def discover() -> list[Interpreter]:
    """One CPython 3.9+ per minor version: the newest patch release, the first found of equals."""
    chosen: dict[tuple[int, int], Interpreter] = {}
    for path in candidates():
        interpreter = probe(path)
        if interpreter is None or interpreter.version[:2] < OLDEST:
            continue
        best = chosen.get(interpreter.version[:2])
        if best is None or interpreter.version > best.version:
            chosen[interpreter.version[:2]] = interpreter
    return [chosen[minor] for minor in sorted(chosen)]


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


def prepare(interpreter: Interpreter, venv: Path | None = None) -> Path:
    """A virtual environment of the interpreter (by default its own in `.matrix/`), with
    the locked `test` group (pylock.test.toml) installed."""
    venv = venv or ENVS / f"py{interpreter.minor}"
    python = venv / "bin" / "python"
    wanted = hashlib.sha256(
        (ROOT / "pylock.test.toml").read_bytes() + str(interpreter).encode()
    ).hexdigest()
    stamp = venv / ".test-group-installed"
    if python.exists() and stamp.is_file() and stamp.read_text() == wanted:
        return venv
    env = uv_env()
    subprocess.run(
        [
            uv(),
            "venv",
            "--quiet",
            "--seed",
            "--clear",
            "--python",
            str(interpreter.path),
            str(venv),
        ],
        cwd=ROOT,
        env=env,
        check=True,
    )
    test_lock = str(ROOT / "pylock.test.toml")
    subprocess.run(
        [uv(), "pip", "install", "--quiet", "--python", str(python), "-r", test_lock],
        cwd=ROOT,
        env=env,
        check=True,
    )
    stamp.write_text(wanted)
    return venv


def run(interpreter: Interpreter, pytest_args: list[str]) -> Result:
    started = time.monotonic()
    print(f"\nmatrix: Python {interpreter.name} ({interpreter.path})", flush=True)
    try:
        venv = prepare(interpreter)
    except subprocess.CalledProcessError as error:
        print(f"matrix: could not set up Python {interpreter.name}: {error}", flush=True)
        return Result(interpreter, error.returncode or 1, time.monotonic() - started)
    report = venv / "outcomes.json"
    report.unlink(missing_ok=True)
    env = {
        **os.environ,
        "VIRTUAL_ENV": str(venv),
        "PATH": os.pathsep.join([str(venv / "bin"), os.environ.get("PATH", "")]),
        "CARGO_TARGET_DIR": str(ROOT / "target" / f"py{interpreter.minor}"),
    }
    env.pop("PYTHONHOME", None)
    command = [str(venv / "bin" / "python"), str(ROOT / "tools" / "chapters.py"), "test"]
    command += ["--", f"--outcomes={report}", *pytest_args]
    code = subprocess.run(command, cwd=ROOT, env=env, check=False).returncode
    exercises = [str(venv / "bin" / "python"), str(ROOT / "tools" / "exercises.py"), "check"]
    code = subprocess.run(exercises, cwd=ROOT, env=env, check=False).returncode or code
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
        for line, versions in pycon.version_ranges(session):
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
    interpreters = discover()
    newest = newest_supported() or max((i.version[:2] for i in interpreters), default=OLDEST)
    found = {i.version[:2] for i in interpreters}
    looked_for = [(3, minor) for minor in range(OLDEST[1], newest[1] + 1)]
    not_found = [f"3.{minor}" for _, minor in looked_for if (3, minor) not in found]
    names = ", ".join(i.name for i in interpreters) or "none"
    print(f"matrix: found CPython {names}", flush=True)
    results = [run(interpreter, argv) for interpreter in interpreters]
    missing = uncompared(results)
    for line in summary(results, not_found, missing):
        print(line)
    record(results)
    failed = [r.interpreter.name for r in results if r.code != 0]
    if failed:
        print(f"matrix: failed on Python {', '.join(failed)}")
        return 1
    if missing:
        return 1
    if os.environ.get("CI") and len(results) < 2:
        print(f"matrix: found {len(results)} interpreter(s); CI needs at least two to compare")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
