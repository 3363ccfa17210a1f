"""Chapter 12's fixtures: the wheels, the sdist and the stubs the page talks about, built once
per test session with the same commands the page gives.

Building them depends on the machine, not on the Python that runs the tests, and the tests
that use them install each wheel on every interpreter they find. So they run once, in the
development environment (`.venv`); the version matrix, which runs this chapter on every
Python in its own environment, skips them with that reason and runs the rest.
"""

from __future__ import annotations

import functools
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tools import chapters

CHAPTER = Path(__file__).parent
MATURIN = str(chapters.BIN / "maturin")


def in_development_environment() -> bool:
    return chapters.VENV.resolve() == (chapters.ROOT / ".venv").resolve()


def pytest_collection_modifyitems(config, items) -> None:
    if in_development_environment():
        return
    skip = pytest.mark.skip(
        reason="builds for the machine, not for this Python: it runs once, in .venv, and "
        "installs what it builds on every interpreter from there"
    )
    for item in items:
        if "packaging" in item.keywords:
            item.add_marker(skip)


def environment(**extra: str) -> dict[str, str]:
    """The environment maturin gives cargo, with this environment's tools first on PATH:
    maturin finds zig (the `ziglang` package) and pip's build finds maturin there."""
    path = os.pathsep.join([str(chapters.BIN), os.environ.get("PATH", "")])
    return {**chapters.cargo_env(), "PATH": path, **extra}


@pytest.fixture(scope="session")
def build_env():
    """`build_env(NAME=value)`: the environment the chapter's builds run in, plus NAME."""
    return environment


def run(
    args: list[str], cwd: Path = CHAPTER, check: bool = True, **env: str
) -> subprocess.CompletedProcess:
    """Run a command as the page does, from the chapter's folder; unless `check` is false,
    fail with its output if it fails."""
    done = subprocess.run(args, cwd=cwd, env=environment(**env), capture_output=True, text=True)
    if check and done.returncode != 0:
        pytest.fail(f"{' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")
    return done


def built(out: Path, pattern: str) -> Path:
    found = sorted(out.glob(pattern))
    assert len(found) == 1, found
    return found[0]


def run_maturin(*args, check: bool = True, cwd: str | Path = ".", **env: str):
    """maturin with `args`, from the chapter's folder (or `cwd`, relative to it), in the
    build environment plus `env`."""
    return run([MATURIN, *map(str, args)], cwd=(CHAPTER / cwd).resolve(), check=check, **env)


@pytest.fixture(scope="session")
def maturin():
    """`maturin("sdist", "--out", out)`: see `run_maturin`."""
    return run_maturin


@pytest.fixture(scope="session")
def cargo():
    """`cargo("check", ..., NAME=value)`: cargo from the repository's folder, in the build
    environment plus NAME."""
    return lambda *args, check=True, **env: run(["cargo", *args], chapters.ROOT, check, **env)


@pytest.fixture(scope="session")
def wheel(tmp_path_factory) -> Path:
    """`maturin build --release`: the abi3 wheel for this machine."""
    out = tmp_path_factory.mktemp("wheel")
    run_maturin("build", "--release", "--out", out)
    return built(out, "*.whl")


@pytest.fixture(scope="session")
def zig_wheel(tmp_path_factory) -> Path:
    """`maturin build --release --zig --compatibility manylinux2014`: linked by zig against
    an old glibc, so that it runs on older Linux systems too."""
    if not sys.platform.startswith("linux"):
        pytest.skip("manylinux wheels are built on Linux")
    out = tmp_path_factory.mktemp("zig-wheel")
    zig_args = ["--zig", "--compatibility", "manylinux2014"]
    run_maturin("build", "--release", *zig_args, "--out", out)
    return built(out, "*.whl")


@pytest.fixture(scope="session")
def sdist(tmp_path_factory) -> Path:
    """`maturin sdist`: the source distribution."""
    out = tmp_path_factory.mktemp("sdist")
    run_maturin("sdist", "--out", out)
    return built(out, "*.tar.gz")


@pytest.fixture(scope="session")
def fresh_venv(tmp_path_factory):
    """`fresh_venv(python, wheel, *more)`: a new virtual environment of `python`, made by uv,
    with `wheel` (if given) and the packages `more` installed at the versions
    pylock.test.toml locks; returns the environment's python."""
    from tools.matrix import interpreters, lock

    constraints = tmp_path_factory.mktemp("constraints") / "test.txt"
    constraints.write_text(lock.constraints("test"), encoding="utf-8")

    def make(python: Path, wheel: Path | None = None, *more: str) -> Path:
        venv = tmp_path_factory.mktemp("venv")
        env = interpreters.uv_env()
        subprocess.run(
            [interpreters.uv(), "venv", "--quiet", "--clear", "--python", str(python), str(venv)],
            env=env,
            check=True,
        )
        python = venv / "bin" / "python"
        install = [interpreters.uv(), "pip", "install", "--quiet", "--python", str(python)]
        if wheel is not None:
            subprocess.run([*install, "--offline", "--no-deps", str(wheel)], env=env, check=True)
        if more:
            subprocess.run([*install, "--constraint", str(constraints), *more], env=env, check=True)
        return python

    return make


def pytest_generate_tests(metafunc) -> None:
    """`interpreter`: each CPython 3.9+ the version matrix finds on this machine (only the
    oldest, for a test marked `oldest_only`); `old_interpreter`: CPython 3.8, if it is here.
    They are looked for only in the development environment, where the tests that ask for
    them run."""
    wanted = {"interpreter", "old_interpreter"} & set(metafunc.fixturenames)
    for name in wanted:
        if not in_development_environment():
            skip = pytest.mark.skip(reason="installs on every Python from the .venv run")
            metafunc.parametrize(name, [pytest.param(None, marks=skip)], ids=["elsewhere"])
            continue
        found = interpreters() if name == "interpreter" else older_interpreters()
        if "oldest_only" in metafunc.definition.keywords:
            found = found[:1]
        metafunc.parametrize(name, found, ids=[i.name for i in found])


@functools.cache
def interpreters() -> list:
    from tools.matrix import interpreters

    return interpreters.discover()


@functools.cache
def older_interpreters() -> list:
    """The Python just before the oldest the wheel supports, if this machine has it."""
    from tools.matrix import interpreters

    named = (path for path in interpreters.candidates() if path.name == "python3.8")
    probed = (interpreters.probe(path) for path in named)
    return [i for i in probed if i and i.version[:2] == (3, 8)][:1]
