"""Why the abi3 level belongs to the crate: cargo merges the features of one dependency
across every crate it builds in one command."""

from __future__ import annotations

import subprocess

import pytest

pytestmark = pytest.mark.packaging


def cargo_check(cargo, *packages: str) -> subprocess.CompletedProcess:
    flags = [arg for package in packages for arg in ("--package", package)]
    return cargo("check", "--message-format", "short", *flags, check=False)


# ANCHOR: together
def test_checked_together_chapter_6_gets_chapter_10s_abi3(cargo):
    assert cargo_check(cargo, "buffers").returncode == 0
    assert cargo_check(cargo, "shipping").returncode == 0
    # One command, one pyo3 for both, with `abi3-py39` on: chapter 6's buffers are gone.
    together = cargo_check(cargo, "buffers", "shipping")
    assert together.returncode != 0
    assert (
        "chapters/06-buffers/src/consume.rs:4:11: error[E0432]: unresolved import "
        "`pyo3::buffer`: could not find `buffer` in `pyo3`"
    ) in together.stderr


# ANCHOR_END: together
