"""The lock files: fresh, refused when stale, and installed exactly (tools/matrix/lock.py)."""

import importlib.metadata
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from packaging.markers import Marker

from tools import chapters
from tools.matrix import lock
from tools.tests.bookcopy import ROOT


def locked(group: str) -> dict[str, str]:
    """The packages the lock gives this Python: name -> version."""
    text = lock.path(group).read_text()
    found = {}
    for block in text.split("[[packages]]")[1:]:
        name = re.search(r'^name = "([^"]+)"', block, re.M).group(1)
        version = re.search(r'^version = "([^"]+)"', block, re.M).group(1)
        marker = re.search(r'^marker = "([^"]+)"', block, re.M)
        if marker is None or Marker(marker.group(1)).evaluate():
            found[canonical(name)] = version
    return found


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_the_locks_match_the_dependency_groups():
    assert lock.stale() == []


def test_the_venv_holds_exactly_the_locked_set():
    if chapters.VENV.resolve() != (ROOT / ".venv").resolve():
        pytest.skip("this Python runs outside the repository's .venv")
    crates = [crate for c in chapters.all_chapters() for crate in chapters.crates(c)]
    ours = {canonical(chapters.module_name(crate)) for crate in crates}
    ours |= {canonical(chapters.module_name(e)) for e in (ROOT / "chapters").glob("*/exercise")}
    installed = {
        canonical(d.metadata["Name"]): d.version
        for d in importlib.metadata.distributions(
            # Only site-packages itself: setuptools, once imported, puts its own vendored
            # packages on sys.path as well, and they are not installed.
            path=[p for p in sys.path if Path(p).name == "site-packages"]
        )
    }
    installed = {n: v for n, v in installed.items() if n not in ours | {"pip"}}
    assert installed == locked("dev")


@pytest.fixture
def repo_with_a_new_pin(tmp_path):
    """A copy of the tools and pins, with one more package in the dev group."""
    for name in ("pyproject.toml", "pylock.dev.toml", "pylock.test.toml"):
        shutil.copy(ROOT / name, tmp_path / name)
    shutil.copytree(ROOT / "tools", tmp_path / "tools", ignore=shutil.ignore_patterns("tests"))
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text(
        pyproject.read_text().replace('    "ruff==', '    "six==1.16.0",\n    "ruff==', 1)
    )
    return tmp_path


def test_a_lock_older_than_the_groups_is_refused_by_bootstrap(repo_with_a_new_pin):
    done = subprocess.run(
        [sys.executable, str(repo_with_a_new_pin / "tools" / "bootstrap.py")],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 1
    assert (
        "pylock.dev.toml, pylock.test.toml does not match pyproject.toml's [dependency-groups]"
        in (done.stdout)
    )
    assert not (repo_with_a_new_pin / ".venv").exists()


def packages(lock_file: Path) -> set[tuple[str, str]]:
    text = lock_file.read_text()
    return set(re.findall(r'^\[\[packages\]\]\nname = "([^"]+)"\nversion = "([^"]+)"', text, re.M))


@pytest.mark.network  # uv asks the index what `six` has
def test_a_new_pin_is_locked_on_a_new_clone_without_bootstrap(repo_with_a_new_pin):
    # A dependency bot's pull request: pyproject.toml has moved, the locks have not, and
    # bootstrap refuses to run. lock.py installs the uv that the old lock pins, and locks.
    repo = repo_with_a_new_pin
    before = {group: packages(repo / f"pylock.{group}.toml") for group in lock.GROUPS}
    folders = os.environ["PATH"].split(os.pathsep)
    env = {name: value for name, value in os.environ.items() if name != "VIRTUAL_ENV"}
    env["PATH"] = os.pathsep.join(f for f in folders if not (Path(f) / "uv").exists())
    script = str(repo / "tools" / "matrix" / "lock.py")
    done = subprocess.run([sys.executable, script], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "installing the one pylock.dev.toml pins into .venv" in done.stdout
    check = subprocess.run([sys.executable, script, "check"], env=env, capture_output=True)
    assert check.returncode == 0
    after = packages(repo / "pylock.dev.toml")
    assert after - before["dev"] == {("six", "1.16.0")}
    assert before["dev"] <= after
    assert packages(repo / "pylock.test.toml") == before["test"]


def test_a_change_outside_the_groups_keeps_the_locks_fresh(repo_with_a_new_pin):
    pyproject = repo_with_a_new_pin / "pyproject.toml"
    pyproject.write_text(pyproject.read_text().replace('    "six==1.16.0",\n', ""))
    pyproject.write_text(pyproject.read_text().replace("line-length = 100", "line-length = 99"))
    done = subprocess.run(
        [sys.executable, str(repo_with_a_new_pin / "tools" / "matrix" / "lock.py"), "check"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout


def test_uv_is_locked_with_a_hash_for_each_wheel():
    version, hashes = lock.locked_wheels("dev", "uv")
    assert f'"uv=={version}"' in (ROOT / "pyproject.toml").read_text()
    assert len(hashes) >= 5


def test_a_new_lock_starts_from_the_old_one_and_moves_only_what_it_is_asked_to():
    # uv keeps the versions of the file it writes into, unless told to upgrade a package.
    from tools.matrix import lock

    command = lock.compile_command("test", ["numpy"])
    assert command[command.index("--output-file") + 1] == str(lock.path("test"))
    assert command[command.index("--upgrade-package") + 1] == "numpy"
    assert "--upgrade" not in command
    assert "--upgrade-package" not in lock.compile_command("dev", [])
