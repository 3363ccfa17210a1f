"""Chapter 8's fixtures: the C, C++ (pybind11) and CFFI versions of `why_rust`, built by
tools/chapters/native.py into the running environment, and cached there by a hash of their sources.

A test asks for a binding by name (`binding` is parametrised over all four). When a
compiler is missing the test is skipped with the reason, or fails when `CI` is set. Each
module is also published on the environment's import path, so `import why_rust_c` works at
`just python`. The `.pycon` sessions cannot ask for fixtures, so each session has all of them
built before it runs, and then replays at a prompt of its own.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

from tools.chapters import native

BINDINGS = Path(__file__).parent / "bindings"
CFFI = BINDINGS / "cffi"
NAMES = ["why_rust_c", "why_rust_cpp", "why_rust_cffi", "why_rust"]


def build(name: str):
    """Import one binding, building it first if its sources changed."""
    if name == "why_rust":
        return importlib.import_module(name)
    if name == "why_rust_c":
        return native.extension(name, [BINDINGS / "c" / "sum.c"])
    if name == "why_rust_c_buggy":
        return native.extension(name, [BINDINGS / "c" / "buggy.c"])
    if name == "why_rust_cpp":
        return native.extension(name, [BINDINGS / "cpp" / "sum.cpp"], language="c++")
    if name == "why_rust_cffi":
        crate = CFFI / "rust"
        builder = native.load("why_rust_cffi_build", CFFI / "build.py")
        native.cffi_module(
            "_why_rust_cffi",
            builder.builder,
            inputs=[crate / "Cargo.toml", crate / "src", CFFI / "build.py"],
            staticlib=lambda: native.cargo_staticlib(crate / "Cargo.toml", "why_rust_ffi"),
        )
        return native.load(name, native.publish(CFFI / f"{name}.py"))
    raise LookupError(name)


def available(name: str):
    try:
        return build(name)
    except native.Unavailable as missing:
        native.skip_or_fail(f"{name}: {missing}")


def pytest_runtest_setup(item: pytest.Item) -> None:
    # A `.pycon` session imports the bindings by name, and cannot ask for a fixture.
    if item.path.suffix == ".pycon":
        for name in [*NAMES, "why_rust_c_buggy"]:
            available(name)


@pytest.fixture(scope="session", params=NAMES)
def binding(request):
    """Each of the four modules in turn: C, C++, CFFI over Rust, and PyO3."""
    return available(request.param)


@pytest.fixture(scope="session")
def buggy():
    return available("why_rust_c_buggy")


@pytest.fixture(scope="session")
def why_rust_c():
    return available("why_rust_c")


@pytest.fixture(scope="session")
def refcount_delta():
    """How much `call()`, run `times` times, changed the reference count of `target`."""

    def delta(target, call, times=100):
        before = sys.getrefcount(target)
        for _ in range(times):
            call()
        return sys.getrefcount(target) - before

    return delta


@pytest.fixture(scope="session")
def load():
    """`load(name)` imports one binding, built if needed (for the benchmarks' rows)."""
    return available


@pytest.fixture(scope="session")
def why_rust_cpp():
    return available("why_rust_cpp")


@pytest.fixture(scope="session")
def why_rust_cffi():
    return available("why_rust_cffi")
