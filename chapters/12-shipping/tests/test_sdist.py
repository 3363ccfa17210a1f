"""The sdist: what `maturin sdist` puts in it, and a wheel rebuilt from it alone."""

from __future__ import annotations

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
@pytest.fixture(scope="module")
def rebuilt(sdist, tmp_path_factory, build_env) -> Path:
    """`pip wheel` of the sdist: a wheel built from the sdist's files alone."""
    tmp_path = tmp_path_factory.mktemp("from-sdist")
    # Its own target folder: one shared with the repository's builds would find them
    # up to date and never compile the sdist's copy of the sources.
    target = chapters.ROOT / "target" / "sdist-check"
    pip_wheel = [str(chapters.BIN / "python"), "-m", "pip", "wheel", "--quiet", "--no-deps"]
    pip_wheel += ["--no-build-isolation", str(sdist), "--wheel-dir", str(tmp_path)]
    done = subprocess.run(
        pip_wheel,
        cwd=tmp_path,
        env=build_env(CARGO_TARGET_DIR=str(target)),
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    [wheel] = tmp_path.glob("*.whl")
    return wheel


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
