#!/usr/bin/env python3
"""Create the project's virtual environment and install the pinned tools into it.

Run it with the Python you want the tutorial to use (3.9 or newer):

    python3 tools/bootstrap.py

It makes `.venv/` at the top of the repository and installs exactly the set of packages
locked in `pylock.dev.toml` (maturin, pytest, ruff, just, mdBook, ...), every one checked
against its hash: first uv, with pip, then everything else with uv. It refuses a lock
that is older than the `[dependency-groups]` of `pyproject.toml` (`just lock` rewrites
it). Every `just` recipe runs it first, and it returns at once when the lock has not
changed since the last install.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

if not __package__:  # run by its path (before any install): the repository's folder holds `tools`
    sys.path[0] = str(Path(__file__).resolve().parents[1])

from tools import base
from tools.matrix import lock

ROOT = base.ROOT
VENV = ROOT / ".venv"
STAMP = VENV / ".dev-lock-installed"
MIN_PYTHON = base.OLDEST


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def wanted_stamp() -> str:
    return hashlib.sha256(lock.path("dev").read_bytes()).hexdigest()


def up_to_date() -> bool:
    return venv_python().exists() and STAMP.exists() and STAMP.read_text() == wanted_stamp()


def run(*args: str | os.PathLike[str]) -> None:
    subprocess.run([str(a) for a in args], cwd=ROOT, check=True)


def main() -> int:
    if sys.version_info < MIN_PYTHON:
        found = ".".join(map(str, sys.version_info[:3]))
        oldest = ".".join(map(str, MIN_PYTHON))
        print(f"bootstrap: this tutorial needs Python {oldest} or newer; {found} runs this script.")
        return 1
    if shutil.which("cargo") is None:
        print("bootstrap: cargo was not found. Install Rust with rustup (https://rustup.rs), then")
        print("open a new terminal so that ~/.cargo/bin is on your PATH.")
        return 1
    old = lock.stale()
    if old:
        print(f"bootstrap: {', '.join(old)} does not match pyproject.toml's [dependency-groups].")
        print("Run `just lock` (or `python3 tools/matrix/lock.py`, with uv) and commit it.")
        return 1
    if up_to_date():
        return 0
    if not venv_python().exists():
        print(f"bootstrap: creating .venv with {sys.executable}")
        venv.EnvBuilder(with_pip=True).create(VENV)
    print("bootstrap: installing the locked tools from pylock.dev.toml")
    python = venv_python()
    uv = lock.install_uv(python)
    os.environ.update(base.uv_env())
    run(uv, "pip", "install", "--quiet", "--python", python, "-r", lock.path("dev"))
    STAMP.write_text(wanted_stamp())
    return 0


if __name__ == "__main__":
    sys.exit(main())
