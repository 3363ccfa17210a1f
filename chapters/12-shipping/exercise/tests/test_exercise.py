"""Chapter 12's exercise. Do not edit these tests: make them pass by editing the three files
they name (`shipping_exercise.pyi`, `pyproject.toml` and `src/exercise.rs`).

Run them with `just exercise 12`. Tasks 2 and 3 build the package's wheel with maturin, as
chapter 12 does, and install it in a new virtual environment of another Python.
"""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from tools import exercises
from tools.chapters import stubs

EXERCISE = Path(__file__).parents[1]
MODULE = "shipping_exercise"


# ANCHOR: task1
@pytest.mark.task(1)
def test_stubtest_accepts_the_stub():
    stub = exercises.learner_file(EXERCISE, f"{MODULE}.pyi")
    with tempfile.TemporaryDirectory() as folder:
        Path(folder, stub.name).write_text(stub.read_text(encoding="utf-8"), encoding="utf-8")
        problems = stubs.check(MODULE, Path(folder))
    lines = [line for problem in problems for line in problem.splitlines()]
    missing = [line for line in lines if "not present in stub" in line]
    assert not problems, f"the stub does not match the module: {(missing or lines)[0]}"


@pytest.mark.task(1)
def test_mypy_knows_what_most_common_returns():
    stub = exercises.learner_file(EXERCISE, f"{MODULE}.pyi")
    usage = (
        "from shipping_exercise import most_common\n"
        "pairs: list[tuple[str, int]] = most_common('a b a', 1)\n"
        "word: str = pairs[0][0]\n"
    )
    with tempfile.TemporaryDirectory() as folder:
        Path(folder, stub.name).write_text(stub.read_text(encoding="utf-8"), encoding="utf-8")
        command = [sys.executable, "-m", "mypy", "--strict", "--cache-dir", folder, "-c", usage]
        env = {**os.environ, "MYPYPATH": folder}
        done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=folder)
    first = (done.stdout or done.stderr).splitlines()[0]
    assert done.returncode == 0, f"mypy, with your stub: {first}"


# ANCHOR_END: task1


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    """The package's wheel, built by maturin from this exercise's Cargo.toml and
    pyproject.toml, as `maturin build` would in this folder."""
    return exercises.build_wheel(EXERCISE, tmp_path_factory.mktemp("wheel"))


# ANCHOR: task2
@pytest.mark.task(2)
def test_the_wheel_is_abi3_for_python_3_9_and_newer(wheel):
    tags = wheel.name.removesuffix(".whl").split("-")[2:4]
    assert tags == ["cp39", "abi3"], (
        f"the wheel is {wheel.name}: its tags are {'-'.join(tags)}, not cp39-abi3"
    )


# ANCHOR_END: task2


@pytest.fixture(scope="module")
def other_python():
    """The oldest CPython on this machine that is not the one running the tests (this one,
    when it is the only one)."""
    from tools.matrix import interpreters

    others = [i for i in interpreters.discover() if i.version[:2] != sys.version_info[:2]]
    return others[0].path if others else Path(sys.executable)


# ANCHOR: task3
@pytest.mark.task(3)
def test_the_wheel_installs_and_runs_on_another_python(wheel, fresh_venv, other_python):
    try:
        python = fresh_venv(other_python, wheel)
    except subprocess.CalledProcessError:
        pytest.fail(f"{wheel.name} does not install on {other_python}: is it abi3 yet?")
    code = (
        "import importlib.metadata as m, shipping_exercise as s; "
        "print(s.version(), m.version('shipping_exercise'), s.most_common('a b a', 1))"
    )
    done = subprocess.run([python, "-c", code], capture_output=True, text=True)
    last = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else ""
    assert done.returncode == 0, f"on {other_python}: {last}"
    mine, installed, common = done.stdout.strip().split(" ", 2)
    assert mine == installed, f"version() is {mine!r}; the installed package is {installed}"
    assert common == "[('a', 2)]", f"most_common('a b a', 1) is {common}"


# ANCHOR_END: task3
