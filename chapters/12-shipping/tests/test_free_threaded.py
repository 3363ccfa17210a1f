"""Free-threaded CPython 3.14t: abi3 does not cover it, so it gets a wheel of its own. No
3.14t can be installed here, so this checks what can be checked without one: the chapter's
code compiles for it, and PyO3 builds it for the version-specific free-threaded ABI, not
the stable one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tools import chapters

pytestmark = pytest.mark.packaging
CONFIGS = Path(__file__).parents[1] / "free-threaded"


def check_for(config: str, cargo) -> str:
    """`cargo check` the chapter for the Python a PyO3 config file describes; return what
    pyo3-ffi's build script told the compiler. Its PyO3 is kept beside the chapters' in
    the shared target folder (`own_pyo3_build`)."""
    done = cargo(
        "check",
        "--message-format=json",
        "--package",
        "shipping",
        "--lib",
        *chapters.own_pyo3_build(config),
        PYO3_CONFIG_FILE=str(CONFIGS / f"{config}.cfg"),
    )
    [out_dir] = [
        message["out_dir"]
        for message in map(json.loads, done.stdout.splitlines())
        if message["reason"] == "build-script-executed"
        and message["package_id"].split("#")[-1].startswith("pyo3-ffi@")
    ]
    return (Path(out_dir).parent / "output").read_text()


# ANCHOR: checks
def test_the_code_compiles_for_free_threaded_3_14(cargo):
    told = check_for("cpython-3.14t", cargo).splitlines()
    assert "cargo:rustc-cfg=Py_GIL_DISABLED" in told
    # The abi3-py39 feature is on, but there is no stable ABI for this build: no limited API.
    assert "cargo:rustc-cfg=Py_LIMITED_API" not in told


def test_the_same_version_with_the_gil_gets_the_stable_abi(cargo):
    told = check_for("cpython-3.14", cargo).splitlines()
    assert "cargo:rustc-cfg=Py_GIL_DISABLED" not in told
    assert "cargo:rustc-cfg=Py_LIMITED_API" in told


# ANCHOR_END: checks
