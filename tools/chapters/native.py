"""Build extension modules that are not PyO3 crates: C, C++ (pybind11) and CFFI, for tests.

A chapter that compares PyO3 with the other ways to write an extension (chapter 8) builds
those with the system's C and C++ compilers and packages from PyPI only: setuptools drives
the compiler, in this process, as `build_ext` would. Each module is built once per set of
inputs: the folder it lands in, under the running environment's `.native-builds/`, is named
by a hash of its sources, the compiler's version, the Python and the build's options, so an
unchanged module costs one directory lookup, and the version matrix keeps one per Python.
Each module is then published: linked from `.native-builds/modules/`, which a `.pth` file puts
on the environment's import path, so `import why_rust_c` works at `just python` too.

    module = native.extension("why_rust_c", [Path("sum.c")])            # C
    module = native.extension("why_rust_cpp", [Path("sum.cpp")], language="c++")  # pybind11
    module = native.cffi_module(builder, inputs=[...])                  # CFFI, API mode

A missing compiler raises `Unavailable`; `skip_or_fail` turns that into a skip with its
reason, or a failure when the `CI` environment variable is set (CI must build everything).
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import os
import shlex
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from types import ModuleType

from tools import base

ROOT = base.ROOT
CACHE = base.VENV / ".native-builds"
# Links to the current build of each module, on the environment's import path (`publish`).
PUBLISHED = CACHE / "modules"
# Strict for our own C and C++; the buggy examples are wrong at run time, not to the compiler.
STRICT = ["-Wall", "-Wextra", "-Werror"]


class Unavailable(Exception):
    """What a build needs is missing from this machine (a compiler, a Python package)."""


def compiler(language: str = "c") -> list[str]:
    """The compiler command setuptools uses for `language` ("c" or "c++"), as this Python was
    built with it, or `CC`/`CXX` from the environment. Raises Unavailable when it is missing."""
    variable = {"c": "CC", "c++": "CXX"}[language]
    command = shlex.split(os.environ.get(variable) or sysconfig.get_config_var(variable) or "")
    if not command or shutil.which(command[0]) is None:
        named = f" ({command[0]})" if command else ""
        raise Unavailable(
            f"no {language.upper()} compiler{named} on this machine: install one "
            f"(Debian: apt install {'g++' if language == 'c++' else 'gcc'}) to build this module"
        )
    return command


def compiler_version(command: list[str]) -> str:
    done = subprocess.run([*command, "--version"], capture_output=True, text=True, check=False)
    return done.stdout.splitlines()[0] if done.stdout else command[0]


def fingerprint(name: str, inputs: Iterable[Path], *extra: str) -> str:
    """A hash of everything that decides what a build produces: the input files (every file
    below a folder, build output and caches left out, as `just test` reads them), the Python,
    and `extra`."""
    files = []
    for path in inputs:
        files += base.files_under(path) if path.is_dir() else [path]
    suffix = sysconfig.get_config_var("EXT_SUFFIX") or ""
    return base.digest(files, name, sys.version, suffix, *extra)[:16]


def cached(name: str, key: str, make: Callable[[Path], None]) -> Path:
    """The folder `make` filled for this key, made now if it does not exist yet. `make` builds
    into a scratch folder that takes the final name only once it succeeded, so a failed or
    interrupted build never looks finished."""
    folder = CACHE / f"{name}-{key}"
    if folder.is_dir():
        return folder
    CACHE.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=f"{name}-", dir=CACHE))
    try:
        make(scratch)
        for old in CACHE.glob(f"{name}-*"):  # earlier builds of the same module
            if old.is_dir() and old != scratch and len(old.name) == len(folder.name):
                shutil.rmtree(old, ignore_errors=True)
        try:
            scratch.rename(folder)
        except OSError:
            if not folder.is_dir():  # else another test process built it first: use theirs
                raise
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return folder


def setuptools_build(extension, into: Path) -> None:
    """Compile one setuptools Extension into `into`, in this process, as `build_ext` does."""
    try:
        from setuptools import Distribution
    except ImportError as error:
        raise Unavailable("setuptools is not installed in this environment") from error
    distribution = Distribution({"name": extension.name, "ext_modules": [extension]})
    command = distribution.get_command_obj("build_ext")
    command.build_lib = str(into)
    command.build_temp = str(into / "build")
    command.ensure_finalized()
    # The compiler's own messages go to the terminal; setuptools' list of commands does not.
    with contextlib.redirect_stdout(io.StringIO()):
        command.run()
    shutil.rmtree(into / "build", ignore_errors=True)


def extension(
    name: str,
    sources: list[Path],
    *,
    language: str = "c",
    strict: bool = True,
    extra_compile_args: list[str] | None = None,
    extra_link_args: list[str] | None = None,
) -> ModuleType:
    """Build (or reuse) the C or C++ extension `name` from `sources`, and import it.
    C++ is built as a pybind11 module, with pybind11's headers and flags."""
    command = compiler(language)
    flags = (STRICT if strict else []) + (extra_compile_args or [])
    links = extra_link_args or []
    key = fingerprint(name, sources, compiler_version(command), language, *flags, "|", *links)

    def make(into: Path) -> None:
        options = {"extra_compile_args": flags, "extra_link_args": links}
        if language == "c++":
            try:
                from pybind11.setup_helpers import Pybind11Extension
            except ImportError as error:
                raise Unavailable("pybind11 is not installed in this environment") from error
            built = Pybind11Extension(name, [str(s) for s in sources], cxx_std=17, **options)
        else:
            from setuptools import Extension

            built = Extension(name, [str(s) for s in sources], **options)
        setuptools_build(built, into)

    return load(name, publish(module_file(name, cached(name, key, make))))


def cffi_module(
    name: str,
    builder: Callable[[], object],
    *,
    inputs: list[Path],
    staticlib: Callable[[], Path] | None = None,
) -> ModuleType:
    """Build (or reuse) a CFFI API-mode module and import it. `builder(staticlib)` returns the
    configured `cffi.FFI` (its `set_source` names the module `name`); `staticlib`, when given,
    builds a static library first and returns its path (for a Rust `staticlib`)."""
    command = compiler("c")
    key = fingerprint(name, inputs, compiler_version(command), "cffi")

    def make(into: Path) -> None:
        try:
            import cffi  # noqa: F401
        except ImportError as error:
            raise Unavailable("cffi is not installed in this environment") from error
        library = staticlib() if staticlib else None
        ffibuilder = builder(library) if staticlib else builder()
        with contextlib.redirect_stdout(io.StringIO()):
            ffibuilder.compile(tmpdir=str(into / "build"))
        for built in (into / "build").glob(f"{name}.*"):
            if built.suffix != ".c" and built.suffix != ".o":
                built.rename(into / built.name)
        shutil.rmtree(into / "build", ignore_errors=True)

    return load(name, publish(module_file(name, cached(name, key, make))))


def cargo_staticlib(manifest: Path, library: str) -> Path:
    """Build a Rust crate with `crate-type = ["staticlib"]` in release mode and return its
    archive. Cargo keeps its own cache, in the workspace's target folder."""
    if shutil.which("cargo") is None:
        raise Unavailable("cargo is not on PATH")
    target = Path(os.environ.get("CARGO_TARGET_DIR") or ROOT / "target")
    command = ["cargo", "build", "--release", "--quiet", "--manifest-path", str(manifest)]
    subprocess.run([*command, "--target-dir", str(target)], cwd=ROOT, check=True)
    return target / "release" / f"lib{library}.a"


def module_file(name: str, where: Path) -> Path:
    """The file of module `name`: `where` itself, or its extension (or `.py`) file in the
    folder `where`."""
    suffix = sysconfig.get_config_var("EXT_SUFFIX") or ".so"
    candidates = [where] if where.is_file() else [where / f"{name}{suffix}", where / f"{name}.py"]
    path = next((p for p in candidates if p.is_file()), None)
    if path is None:
        raise FileNotFoundError(f"no module {name} in {where}")
    return path


def publish(path: Path) -> Path:
    """Link the module file `path` from `PUBLISHED`, in place of an earlier build's, and put
    that folder on this environment's import path; returns `path`."""
    PUBLISHED.mkdir(parents=True, exist_ok=True)
    link = PUBLISHED / path.name
    if not (link.is_symlink() and link.resolve() == path.resolve()):
        scratch = PUBLISHED / f".{path.name}.{os.getpid()}.new"  # one per test process
        scratch.unlink(missing_ok=True)
        scratch.symlink_to(path.resolve())
        scratch.replace(link)
    base.put_on_path("tutorial-native-builds", [PUBLISHED])
    return path


def load(name: str, where: Path) -> ModuleType:
    """Import the module `name` from the file `where`, or from its extension (or `.py`)
    file in the folder `where`, and register it in `sys.modules`, so that `import name`
    finds it from then on."""
    if name in sys.modules:
        return sys.modules[name]
    path = module_file(name, where)
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[name]
        raise
    return module


def skip_or_fail(reason: str):
    """Skip the test that needs a missing tool, with the reason; under CI, fail it instead."""
    import pytest

    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI is set, so a missing tool is an error)", pytrace=False)
    pytest.skip(reason)
