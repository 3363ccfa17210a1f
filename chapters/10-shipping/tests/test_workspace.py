"""Why the abi3 level belongs to the crate: cargo merges the features of one dependency
across every crate it builds in one command."""

from __future__ import annotations

import subprocess

import pytest

from tools import chapters

pytestmark = pytest.mark.packaging


def cargo_check(*packages: str, build_env) -> subprocess.CompletedProcess:
    command = ["cargo", "check", "--message-format", "short"]
    command += [arg for package in packages for arg in ("--package", package)]
    return subprocess.run(
        command, cwd=chapters.ROOT, env=build_env(), capture_output=True, text=True
    )


# ANCHOR: together
def test_checked_together_chapter_6_gets_chapter_10s_abi3(build_env):
    assert cargo_check("buffers", build_env=build_env).returncode == 0
    assert cargo_check("shipping", build_env=build_env).returncode == 0
    # One command, one pyo3 for both, with `abi3-py39` on: chapter 6's buffers are gone.
    together = cargo_check("buffers", "shipping", build_env=build_env)
    assert together.returncode != 0
    assert (
        "chapters/06-buffers/src/consume.rs:4:11: error[E0432]: unresolved import "
        "`pyo3::buffer`: could not find `buffer` in `pyo3`"
    ) in together.stderr


# ANCHOR_END: together
