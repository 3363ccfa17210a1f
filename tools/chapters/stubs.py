"""Check a chapter module's type stub against the module itself.

    python tools/chapters/stubs.py MODULE [FOLDER]    check MODULE's installed stub (or FOLDER's)

Each chapter crate ships a hand-written stub, `<module>.pyi` beside its `Cargo.toml`, which
maturin installs as `<module>/__init__.pyi` with a `py.typed`. `check(module)` holds the
installed stub to what the installed module really is:

- mypy's stubtest imports the module and compares it with the stub: every name, every
  parameter's name, kind and default, `@final` on each class Python cannot subclass;
- every docstring in the stub must equal the module's own `__doc__` for that name, and a
  name whose `///` comment gives it a docstring must carry it in the stub too, so editors
  show what `help()` shows.

The test plugin (`tools/chapters/plugin.py`) turns each stub into a test item that calls `check`.
"""

from __future__ import annotations

import ast
import importlib
import importlib.machinery
import importlib.util
import inspect
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from tools import chapters

# stubtest turns mypy's incremental mode off, so it never reads this cache; but mypy still
# writes one, and it belongs with the environment rather than in whatever folder runs it.
CACHE = chapters.VENV / ".mypy_cache"
# With incremental mode off, mypy would read all of NumPy's stubs for a stub that names
# `numpy.typing` (chapter 10's), seconds on every run. stubtest compares names, parameters
# and defaults, none of which NumPy's types change, so it takes them as `Any`; mypy --strict
# and pyright check the annotations themselves (tools/tests/test_typed_exceptions.py).
NUMPY_SKIPPED = "[mypy-numpy,numpy.*]\nfollow_imports = skip\nfollow_imports_for_stubs = True\n"


def check(module: str, stubs: Path | None = None) -> list[str]:
    """What is wrong with `module`'s stub: stubtest's report and each docstring that differs.
    Empty when the stub is right. `stubs` is a folder holding a stub to check instead of the
    installed one (`<module>.pyi`), which the tests use."""
    problems = []
    # The whole top-level package: for a mixed crate's `pkg._core` that is `pkg`, so its
    # Python modules are held to their own annotations in the same run.
    report = stubtest(module.partition(".")[0], stubs)
    if report:
        problems.append(report)
    stub = stub_file(module, stubs)
    if stub is not None:
        problems += docstring_problems(module, stub)
    return problems


def stubtest(module: str, stubs: Path | None = None) -> str:
    """Run stubtest on `module`; its report, or "" when it finds nothing wrong."""
    env = {k: v for k, v in os.environ.items() if k != "MYPYPATH"}
    if stubs is not None:
        env["MYPYPATH"] = str(stubs)  # searched before site-packages
    # A folder of its own, so neither the repository's files (a chapter's sources, a
    # pyproject.toml with mypy settings) nor anything else in the working folder is seen.
    with tempfile.TemporaryDirectory() as folder:
        config = Path(folder, "mypy.ini")
        config.write_text(f"[mypy]\ncache_dir = {CACHE}\n{NUMPY_SKIPPED}", encoding="utf-8")
        command = [sys.executable, "-m", "mypy.stubtest", module, "--mypy-config-file", config]
        allowed = []
        inner = extension_inside(module)
        if inner is not None:
            # stubtest also checks every submodule it finds, and the extension inside the
            # package has no stub of its own: the package's stub describes what it re-exports.
            allowed.append(re.escape(inner))
        if sys.version_info < (3, 12) and declares_buffer(module, stubs):
            # Before 3.12, a class's buffer slots exist in C only, with no `__buffer__` method
            # to see; a stub declares them on every Python, as typeshed does for `bytes`, so
            # that type checkers take the class as a buffer there too.
            allowed.append(r".*\.__(release_)?buffer__")
        if allowed:
            allowlist = Path(folder, "allowlist.txt")
            allowlist.write_text("".join(line + "\n" for line in allowed), encoding="utf-8")
            command += ["--allowlist", allowlist]
        done = subprocess.run(command, cwd=folder, env=env, capture_output=True, text=True)
    if done.returncode == 0:
        return ""
    return (done.stdout + done.stderr).strip() or f"stubtest exited with {done.returncode}"


def declares_buffer(module: str, stubs: Path | None) -> bool:
    """Whether a stub of `module` (in `stubs`, or installed with it) declares `__buffer__`."""
    files = sorted(stubs.rglob("*.pyi")) if stubs is not None else []
    spec = importlib.util.find_spec(module.partition(".")[0])
    for folder in (spec.submodule_search_locations or []) if spec else []:
        files += sorted(Path(folder).rglob("*.pyi"))
    return any("__buffer__" in path.read_text(encoding="utf-8") for path in files)


def extension_inside(module: str) -> str | None:
    """`functions.functions`: the extension inside the package maturin installs for a crate
    that is only Rust. None for a module that is the extension itself (a mixed crate's
    `pkg._core`)."""
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        return None
    name = module.rpartition(".")[2]
    for folder in spec.submodule_search_locations:
        for suffix in importlib.machinery.EXTENSION_SUFFIXES:
            if Path(folder, name + suffix).is_file():
                return f"{module}.{name}"
    return None


def stub_file(module: str, stubs: Path | None = None) -> Path | None:
    """The stub stubtest reads for `module`: in `stubs` if given, else beside the installed
    module (`functions/__init__.pyi`, `pkg/_core.pyi`)."""
    if stubs is not None:
        base = stubs.joinpath(*module.split("."))
        candidates = [base.with_suffix(".pyi"), base / "__init__.pyi"]
    else:
        spec = importlib.util.find_spec(module)
        if spec is None or spec.origin is None:
            return None
        origin = Path(spec.origin)
        name = "__init__" if spec.submodule_search_locations else module.rpartition(".")[2]
        candidates = [origin.parent / f"{name}.pyi"]
    return next((path for path in candidates if path.is_file()), None)


def docstring_problems(module: str, stub: Path) -> list[str]:
    """Each docstring in `stub` that is not the runtime's `__doc__` for the same name, and
    each name the stub declares without the docstring the runtime gives it."""
    runtime = importlib.import_module(module)
    tree = ast.parse(stub.read_text(encoding="utf-8"), filename=str(stub))
    problems = []
    for path, docs in declared(tree, [module]).items():
        found = resolve(runtime, path[1:])
        if found is None:
            continue  # missing at runtime, or only for type checkers: stubtest's business
        wanted = inspect.cleandoc(found.__doc__) if isinstance(found.__doc__, str) else None
        name = ".".join(path)
        written = [doc for doc in docs if doc is not None]
        for doc in written:
            if doc != wanted:
                problems.append(f"{name}: the stub's docstring is {doc!r}, the module's {wanted!r}")
        # A dunder's runtime docstring is Python's own ("Return len(self)."), not one to copy.
        own = wanted and (len(path) == 1 or not re.fullmatch(r"__\w+__", path[-1]))
        if own and not written:
            problems.append(f"{name}: the stub has no docstring; the module's is {wanted!r}")
    return problems


DEFINITIONS = (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)


def declared(node: ast.AST, path: list[str]) -> dict[tuple[str, ...], list[str | None]]:
    """Every module, class and function the stub declares, by dotted path, with the docstring
    of each declaration (a property and its setter are two declarations of one name)."""
    found = {tuple(path): [ast.get_docstring(node)]} if len(path) == 1 else {}
    for child in body_of(node):
        here = [*path, child.name]
        found.setdefault(tuple(here), []).append(ast.get_docstring(child))
        if isinstance(child, ast.ClassDef):
            for key, docs in declared(child, here).items():
                found.setdefault(key, []).extend(docs)
    return found


def body_of(node: ast.AST) -> list[ast.AST]:
    """The definitions directly in a module or class, including those under an `if` (such as
    `if sys.version_info >= (3, 12):`), whichever branch applies."""
    found = []
    for child in getattr(node, "body", []) + getattr(node, "orelse", []):
        if isinstance(child, ast.If):
            found += body_of(child)
        elif isinstance(child, DEFINITIONS):
            found.append(child)
    return found


def resolve(runtime: object, names: tuple[str, ...]) -> object | None:
    """The runtime object at `names` below `runtime`, as the class dict holds it (a property
    stays a descriptor, whose `__doc__` is its getter's), or None if there is none."""
    for name in names:
        found = inspect.getattr_static(runtime, name, None)
        if isinstance(found, (staticmethod, classmethod)):
            found = getattr(runtime, name)  # the function itself, with its own docstring
        if found is None:
            return None
        runtime = found
    return runtime


def module_of(stub: Path) -> str | None:
    """The module a stub in a chapter describes, or None if it is not a chapter crate's stub:
    `<module>.pyi` in the root of a crate (`chapters/01-functions/functions.pyi` is
    `functions`), or any `.pyi` in the Python package of a mixed crate, one whose
    `pyproject.toml` sets `[tool.maturin] python-source` (`python/pkg/_core.pyi` is
    `pkg._core`)."""
    stub = stub.resolve()
    try:
        chapter = chapters.CHAPTERS / stub.relative_to(chapters.CHAPTERS).parts[0]
    except ValueError:
        return None
    if chapter not in chapters.all_chapters():
        return None
    for crate in chapters.crates(chapter):
        source = chapters.python_source(crate)
        if source is not None and stub.is_relative_to(source):
            parts = stub.relative_to(source).with_suffix("").parts
            return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        if source is None and stub == crate / f"{chapters.module_name(crate)}.pyi":
            return chapters.module_name(crate)
    return None


def main(argv: list[str]) -> int:
    if len(argv) not in (1, 2):
        print(__doc__)
        return 2
    problems = check(argv[0], Path(argv[1]).resolve() if len(argv) == 2 else None)
    print("\n\n".join(problems) if problems else f"{argv[0]}: the stub matches the module")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
