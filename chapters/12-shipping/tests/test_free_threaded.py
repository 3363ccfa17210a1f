"""Free-threaded CPython 3.14t: abi3 does not cover it, so it gets a wheel of its own. No
3.14t can be installed here, so this checks what can be checked without one: the chapter's
code compiles for it, and PyO3 builds it for the version-specific free-threaded ABI, not
the stable one."""

from __future__ import annotations

from pathlib import Path

import pytest

from tools import chapters

pytestmark = pytest.mark.packaging
CONFIGS = Path(__file__).parents[1] / "free-threaded"


def check_for(config: str, cargo) -> str:
    """`cargo check` the chapter for the Python a PyO3 config file describes, in a target
    folder of its own; return what pyo3-ffi's build script told the compiler."""
    target = chapters.ROOT / "target" / f"check-{config}"
    config_file = str(CONFIGS / f"{config}.cfg")
    env = {"PYO3_CONFIG_FILE": config_file, "CARGO_TARGET_DIR": str(target)}
    cargo("check", "--quiet", "--package", "shipping", "--lib", **env)
    [output] = (target / "debug" / "build").glob("pyo3-ffi-*/output")
    return output.read_text()


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
