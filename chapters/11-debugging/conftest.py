"""Chapter 11's fixtures: a child Python that runs a few lines against the built module, the
tools the diagnosis tests need (each skipped with its name when missing, or failed under CI),
and the logging cache cleared before every test."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import diagnose
import pytest

from tools.chapters import native


def run_python(code: str, *options: str, env: dict[str, str] | None = None, path=()):
    """Run `code` in a new Python, with `options` before `-c`, and return what it did.
    `path` puts folders first on its import path (a module's stripped copy, for one)."""
    variables = {**os.environ, **(env or {})}
    if path:
        variables["PYTHONPATH"] = os.pathsep.join([*map(str, path), *sys.path])
    command = [sys.executable, *options, "-c", code]
    return subprocess.run(command, capture_output=True, text=True, env=variables, check=False)


@pytest.fixture
def child():
    return run_python


def tool(name: str) -> str:
    found = shutil.which(name, path=os.pathsep.join([str(Path(sys.executable).parent),
                                                     os.environ.get("PATH", "")]))  # fmt: skip
    if found is None:
        native.skip_or_fail(f"{name} is not installed; this test runs it")
    return found


@pytest.fixture
def gdb() -> str:
    return tool("gdb")


@pytest.fixture
def py_spy() -> str:
    return tool("py-spy")


@pytest.fixture
def objcopy() -> str:
    return tool("objcopy")


@pytest.fixture(autouse=True)
def fresh_logging_cache():
    """Each test starts with the logger reading Python's levels afresh."""
    diagnose.reset_logging_cache()
    yield
    diagnose.reset_logging_cache()
