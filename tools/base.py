"""What every other tools module may use, and which imports none of them: the repository's
paths, the environment the running Python belongs to, TOML, digests of files, which files a
Python file reads through its imports, uv, rustc's version, and the `.pth` files that put
folders on the running environment's import path.

Standard library only (with `tomli` where `tomllib` is missing), so that
`tools/bootstrap.py` can use it before anything is installed.
"""

from __future__ import annotations

import ast
import functools
import hashlib
import os
import shutil
import subprocess
import sys
import sysconfig
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TOOLS = ROOT / "tools"
# The environment this Python runs in (.venv, a matrix or bench venv), or .venv outside one.
VENV = Path(sys.prefix) if sys.prefix != sys.base_prefix else ROOT / ".venv"
# The oldest Python the chapters support. Every `requires-python`, ruff's `target-version`
# and the workflows' first Python say the same; tools/tests/test_pycon.py checks that.
OLDEST = (3, 9)
# Folders that hold what builds and tests write, never their inputs.
NOT_INPUTS = {".git", "target", ".venv", ".matrix", ".bench", "__pycache__", ".pytest_cache",
              ".hypothesis", ".ruff_cache", ".benchmarks", "dist", "node_modules"}  # fmt: skip
# Compiled extensions: `maturin develop` writes a mixed layout's (chapter 12's) into its
# source folder, where a digest would count each rebuild as an edit.
NOT_INPUT_SUFFIXES = (".so", ".pyd", ".dylib")


def find_uv() -> str | None:
    """The uv that bootstrap installed into .venv, or else the one on PATH, if there is one."""
    return shutil.which("uv", path=str(ROOT / ".venv" / "bin")) or shutil.which("uv")


def uv() -> str:
    """The uv that bootstrap installed into .venv, or else the one on PATH."""
    found = find_uv()
    if found is None:
        raise SystemExit("uv is not installed; run `python3 tools/bootstrap.py`")
    return found


def uv_env() -> dict[str, str]:
    """The environment for uv: the system's certificates trusted, as pip trusts them (behind a
    TLS proxy uv's own bundle fails), and never a Python downloaded."""
    return {
        "UV_NATIVE_TLS": "1",
        **os.environ,
        "UV_PYTHON_DOWNLOADS": "never",
        "UV_NO_PROGRESS": "1",
    }


def rustc_version() -> str:
    """The version of the rustc on the PATH (`1.91.0`), which builds every chapter here."""
    done = subprocess.run(["rustc", "--version"], capture_output=True, text=True, check=True)
    return done.stdout.split()[1]


def put_on_path(name: str, folders: Iterable[Path]) -> None:
    """Make the running environment import from `folders`, as its interactive prompt does too:
    a `.pth` file called `name` in its site-packages lists them (one line each, no file when
    there are none)."""
    pth = Path(sysconfig.get_path("purelib")) / f"{name}.pth"
    lines = "".join(f"{folder.resolve()}\n" for folder in folders)
    if not lines:
        pth.unlink(missing_ok=True)
    elif not pth.is_file() or pth.read_text(encoding="utf-8") != lines:
        pth.write_text(lines, encoding="utf-8")


def read_toml(path: Path) -> dict[str, Any]:
    try:
        import tomllib
    except ImportError:  # Python 3.10 and older, where pytest brings tomli
        import tomli as tomllib
    return tomllib.loads(path.read_text(encoding="utf-8"))


def files_under(top: Path, skip: Iterable[Path] = ()) -> list[Path]:
    """Every file below `top`, leaving out build output, caches and the folders `skip`."""
    skip = set(skip)
    found = []
    for folder, subfolders, names in os.walk(top):
        here = Path(folder)
        subfolders[:] = sorted(
            d for d in subfolders if d not in NOT_INPUTS and here / d not in skip
        )
        found += [here / name for name in sorted(names) if not name.endswith(NOT_INPUT_SUFFIXES)]
    return found


def digest(files: Iterable[Path], *extra: str) -> str:
    """A hash of the files' names (relative to the repository) and contents, and of `extra`."""
    h = hashlib.sha256("\0".join(extra).encode())
    for path in sorted(set(files)):
        if path.is_file():
            name = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
            h.update(b"\0" + str(name).encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


def module_file(dotted: str) -> Path | None:
    """The repository's file for a module name (`tools.chapters`), if it has one."""
    where = ROOT.joinpath(*dotted.split("."))
    for candidate in (where.with_suffix(".py"), where / "__init__.py"):
        if candidate.is_file():
            return candidate
    return None


def imported_by(path: Path, scripts: bool = True) -> set[Path]:
    """The repository's Python files that `path` names: what it imports, anywhere in the file
    (`from tools import bench` inside a function too), the plugins in its `pytest_plugins`,
    and, unless `scripts` is false, the tools files it names by path or runs as a module: a
    script (`"tools/book/build.py"`, a command in `book.toml`), `"-m", "tools.exercises"`, or
    a data file (`"tools/bench/results.schema.json"`)."""
    stat = path.stat()  # the answer is kept for as long as the file stays as it is
    return set(_imported_by(path, scripts, stat.st_mtime_ns, stat.st_size))


@functools.cache
def _imported_by(path: Path, scripts: bool, mtime_ns: int, size: int) -> frozenset[Path]:
    text = path.read_text(encoding="utf-8")
    if path.suffix != ".py":
        return frozenset(_tools_files_named(text)) if scripts else frozenset()
    package = ".".join(path.relative_to(ROOT).parent.parts) if path.is_relative_to(ROOT) else ""
    names: set[str] = set()
    named: set[Path] = set()
    tree = ast.parse(text)
    docstrings = {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Expr)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parts, *([base] if base else [])])
            names.add(base)
            names.update(f"{base}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "pytest_plugins" for t in node.targets
        ):
            names.update(c.value for c in ast.walk(node.value) if isinstance(c, ast.Constant))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and scripts:
            if id(node) in docstrings:
                continue
            named |= _tools_files_named(node.value)
    files = {module_file(name) for name in names if isinstance(name, str) and name} | named
    return frozenset(f for f in files if f is not None and f != path)


def _tools_files_named(text: str) -> set[Path]:
    """The files of tools/ that `text` names: by their path from the repository's folder
    (`tools/book/build.py`, `../tools/book/tidy.py`), or as a module (`tools.chapters`)."""
    found = set()
    for word in text.replace('"', " ").split():
        if "tools/" in word:
            candidate = ROOT / word[word.index("tools/") :]
            if candidate.is_file() and candidate.is_relative_to(TOOLS):
                found.add(candidate)
        elif word.startswith("tools.") and all(part.isidentifier() for part in word.split(".")):
            module = module_file(word)
            if module is not None:
                found.add(module)
    return found


def reads(entries: Iterable[Path]) -> set[Path]:
    """`entries` and every repository Python file they import, directly or through another."""
    seen: set[Path] = set()
    todo = list(entries)
    while todo:
        path = todo.pop()
        if path in seen or not path.is_file():
            continue
        seen.add(path)
        if path.suffix in (".py", ".toml"):
            todo += imported_by(path)
    return seen
