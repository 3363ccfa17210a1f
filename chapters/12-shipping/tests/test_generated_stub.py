"""PyO3's experimental route to a stub: `experimental-inspect` records the module's
signatures in the binary, and maturin writes a `.pyi` from them. Generate it, diff it
against the hand-written stub, and see where it still falls short."""

from __future__ import annotations

import difflib
import tarfile
from pathlib import Path

import pytest

from tools import chapters

pytestmark = pytest.mark.packaging
CHAPTER = Path(__file__).parents[1]
COMMITTED = CHAPTER / "generated" / "_core.pyi"
HAND_WRITTEN = CHAPTER / "python" / "shipping" / "_core.pyi"
# The copy's builds use the repository's target folder: cargo finds the build `generated`
# made up to date and reuses it, which is all these tests need (they are about where the
# stub goes).
IN_COPY = {"CARGO_TARGET_DIR": str(chapters.ROOT / "target")}


@pytest.fixture(scope="module")
def generated(maturin, tmp_path_factory) -> str:
    out = tmp_path_factory.mktemp("stubs")
    maturin("generate-stubs", "--features", "inspect", "--out", out)
    return (out / "shipping" / "_core.pyi").read_text()


def test_the_generated_stub_is_the_one_the_page_shows(generated):
    # When PyO3 or maturin changes what it writes, this fails: copy the new stub over
    # generated/_core.pyi and read the diff.
    assert generated == COMMITTED.read_text()


# ANCHOR: gaps
def test_it_loses_the_exception_from_create_exception(generated):
    assert "class NoWordsError" in HAND_WRITTEN.read_text()
    assert "NoWordsError" not in generated
    # ... and marks the module incomplete instead: any other name is `Incomplete`.
    assert "def __getattr__(name: str) -> Incomplete: ..." in generated
    assert "__all__" not in generated


# ANCHOR_END: gaps


def hand_vs_generated() -> str:
    """`diff -u` of the hand-written stub (without its ANCHOR lines) and the generated one."""
    hand = [line for line in HAND_WRITTEN.read_text().splitlines() if "ANCHOR" not in line]
    made = COMMITTED.read_text().splitlines()
    lines = difflib.unified_diff(hand, made, "hand-written/_core.pyi", "generated/_core.pyi")
    return "\n".join(line.rstrip("\n") for line in lines) + "\n"


def test_the_diff_the_page_shows_is_the_diff_of_the_two():
    assert hand_vs_generated() == (CHAPTER / "generated" / "hand-vs-generated.diff").read_text()


def test_it_reads_what_the_conversions_accept(generated):
    # Where it knows more than the hand-written stub: `usize` takes any object with
    # `__index__`, which typing calls `SupportsIndex`.
    assert "def most_common(self, /, n: SupportsIndex = 3) -> list[tuple[str, int]]:" in (generated)


@pytest.fixture
def copy(sdist, tmp_path) -> Path:
    """A copy of the package to try things on: the unpacked sdist, which builds on its own."""
    with tarfile.open(sdist) as archive:
        archive.extractall(tmp_path)  # the sdist fixture made it
    [copy] = tmp_path.glob("shipping-*")
    return copy


# ANCHOR: overwrite
def test_maturin_develop_overwrites_a_mixed_layout_stub(copy, maturin, fresh_venv, generated):
    stub = copy / "python" / "shipping" / "_core.pyi"
    assert stub.read_text() == HAND_WRITTEN.read_text()
    venv = fresh_venv(chapters.BIN / "python").parent.parent
    develop = ["develop", "--uv", "--features", "inspect", "--generate-stubs"]
    # IN_COPY reuses the build `generated` made: only where the stub goes is in question.
    done = maturin(*develop, check=False, cwd=copy, **IN_COPY, VIRTUAL_ENV=str(venv))
    assert done.returncode == 0, done.stderr
    # The hand-written stub in the source folder is gone, replaced without a warning.
    assert stub.read_text() == generated
    assert "warning" not in done.stderr.lower()


def test_maturin_build_refuses_to_replace_it(copy, maturin, tmp_path):
    # The dev profile, like the `develop` above, so that both share one build.
    build = ["build", "--features", "inspect", "--generate-stubs"]
    done = maturin(*build, "--out", tmp_path / "dist", check=False, cwd=copy, **IN_COPY)
    assert done.returncode != 0
    assert "File shipping/_core.pyi overwrote an existing tracked file" in done.stderr


# ANCHOR_END: overwrite
