#!/usr/bin/env python3
"""Create the project's virtual environment and install the pinned tools into it.

Run it with the Python you want the tutorial to use (3.9 or newer):

    python3 tools/bootstrap.py

It makes `.venv/` at the top of the repository, brings pip up to a version that
understands dependency groups, and installs the `dev` group of `pyproject.toml`
(maturin, pytest, ruff, just, mdBook, ...). Every `just` recipe runs it first, and
it returns at once when `pyproject.toml` has not changed since the last install.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
STAMP = VENV / ".dev-group-installed"
MIN_PYTHON = (3, 9)


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def wanted_stamp() -> str:
    return hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()


def up_to_date() -> bool:
    return venv_python().exists() and STAMP.exists() and STAMP.read_text() == wanted_stamp()


def run(*args: str | os.PathLike[str]) -> None:
    subprocess.run([str(a) for a in args], cwd=ROOT, check=True)


def main() -> int:
    if sys.version_info < MIN_PYTHON:
        found = ".".join(map(str, sys.version_info[:3]))
        print(f"bootstrap: this tutorial needs Python 3.9 or newer; {found} runs this script.")
        return 1
    if shutil.which("cargo") is None:
        print("bootstrap: cargo was not found. Install Rust with rustup (https://rustup.rs), then")
        print("open a new terminal so that ~/.cargo/bin is on your PATH.")
        return 1
    if up_to_date():
        return 0
    if not venv_python().exists():
        print(f"bootstrap: creating .venv with {sys.executable}")
        venv.EnvBuilder(with_pip=True).create(VENV)
    print("bootstrap: installing the pinned tools from pyproject.toml (the dev group)")
    python = venv_python()
    run(python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "pip>=25.1")
    run(python, "-m", "pip", "install", "--quiet", "--group", "dev")
    STAMP.write_text(wanted_stamp())
    return 0


if __name__ == "__main__":
    sys.exit(main())
