"""The CPythons on this machine, and a virtual environment of the locked `test` group for
each: what the version matrix runs on, and what a test that needs another Python asks for.

It looks for interpreters in three places, and never downloads one:

- `python3.X` on `PATH` (pyenv's shims are passed over: they only answer for active versions);
- pyenv's installed versions, active or not (`$PYENV_ROOT/versions`, by default `~/.pyenv`);
- the interpreters uv has installed (`uv python dir`).

It keeps one CPython per minor version, the newest patch release.
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from tools import chapters
from tools.base import OLDEST, uv, uv_env

ROOT = chapters.ROOT
ENVS = ROOT / ".matrix"
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
