"""The sdist: what `maturin sdist` puts in it, and a wheel rebuilt from it alone."""

from __future__ import annotations

import os
import subprocess
import tarfile
from pathlib import Path

import pytest

from tools import chapters

pytestmark = pytest.mark.packaging
RECORDED = Path(__file__).parent / "sdist.txt"


def test_the_sdist_holds_the_sources_and_nothing_else(sdist):
    with tarfile.open(sdist) as archive:
        names = archive.getnames()
    assert "\n".join([sdist.name, *(f"    {n}" for n in names)]) + "\n" == RECORDED.read_text()


# ANCHOR: rebuild
# The target folder the wheel's build used, which left PyO3 compiled there for release.
TARGET = Path(os.environ.get("CARGO_TARGET_DIR") or chapters.ROOT / "target")


def pip_wheel(sdist: Path, into: Path, env: dict[str, str]) -> Path:
    """`pip wheel` of the sdist: a wheel built from the sdist's files alone."""
    command = [str(chapters.BIN / "python"), "-m", "pip", "wheel", "--quiet", "--no-deps"]
    command += ["--no-build-isolation", str(sdist), "--wheel-dir", str(into)]
    done = subprocess.run(command, cwd=into, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    [wheel] = into.glob("*.whl")
    return wheel


@pytest.fixture(scope="module")
def rebuilt(sdist, tmp_path_factory, build_env, cargo) -> Path:
    # The sdist's copy of the crate sits at the same path inside its own workspace, with
    # older times than the build of it here: cargo would find that build up to date and
    # compile nothing. So that build goes first, and the sdist's copy is what compiles.
    cargo("clean", "--release", "--package", "shipping")
    into = tmp_path_factory.mktemp("from-sdist")
    return pip_wheel(sdist, into, build_env(CARGO_TARGET_DIR=str(TARGET)))


@pytest.mark.oldest_only  # the same abi3 file for all; one wheel's test covers them all
def test_a_wheel_builds_from_the_sdist_alone(rebuilt, fresh_venv, interpreter):
    wheel = rebuilt
    # Built for this machine only: pip's build does not check or claim a manylinux tag.
    assert wheel.name == "shipping-0.1.0-cp39-abi3-linux_x86_64.whl"
    python = fresh_venv(interpreter.path, wheel)
    code = "import shipping; print(shipping.top_words('from source, from scratch', 1))"
    out = subprocess.run([str(python), "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout == "[('from', 2)]\n"


# ANCHOR_END: rebuild


def compiled_library() -> Path:
    """The chapter's library as cargo last compiled it for release."""
    [library] = (TARGET / "release" / "deps").glob("libshipping.so")
    return library


def test_the_rebuild_compiled_the_sdists_copy(rebuilt, sdist):
    # Written after the sdist was made: by the rebuild, from the sdist's files.
    assert compiled_library().stat().st_mtime_ns > sdist.stat().st_mtime_ns


def test_without_the_clean_the_sdist_compiles_nothing(rebuilt, sdist, tmp_path, build_env):
    # Why the fixture cleans first: built again in the same folder, the sdist's copy is found
    # up to date, and the library the wheel takes is the one already there.
    before = compiled_library().stat().st_mtime_ns
    pip_wheel(sdist, tmp_path, build_env(CARGO_TARGET_DIR=str(TARGET)))
    assert compiled_library().stat().st_mtime_ns == before
