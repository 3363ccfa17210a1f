"""The publishing workflow the page discusses beside what `maturin generate-ci github` writes.
(actionlint checks both, with the repository's own workflows: tools/tests/test_workflows.py.)"""

from __future__ import annotations

import re
from pathlib import Path

WORKFLOWS = Path(__file__).parents[1] / "workflows"


def test_the_generated_workflow_is_what_maturin_writes_today(maturin):
    # When maturin changes its template, this fails: copy its output over
    # workflows/maturin-generated.yml and read the diff.
    done = maturin("generate-ci", "github")
    assert done.stdout == (WORKFLOWS / "maturin-generated.yml").read_text()


def jobs(workflow: str) -> list[str]:
    return re.findall(r"^  ([\w-]+):$", workflow.split("\njobs:\n", 1)[1], re.M)


def test_what_we_keep_and_what_we_change():
    generated = (WORKFLOWS / "maturin-generated.yml").read_text()
    ours = (WORKFLOWS / "release.yml").read_text()
    assert jobs(generated) == ["linux", "musllinux", "windows", "macos", "sdist", "release"]
    assert jobs(ours) == ["wheels", "sdist", "test", "publish"]
    # Both build an abi3 wheel and a free-threaded one with maturin-action.
    for workflow in (generated, ours):
        assert "python3.14t" in workflow
        assert "PyO3/maturin-action@" in workflow
    # maturin publishes with a stored token; ours with trusted publishing and no secret.
    assert "secrets.PYPI_API_TOKEN" in generated
    assert "secrets." not in ours
    assert "uv publish --trusted-publishing always" in ours
    # Ours tests the built wheels before it publishes them.
    assert "needs: [wheels, sdist, test]" in ours


def test_abi3_is_why_maturin_builds_one_wheel_and_then_a_free_threaded_one(maturin):
    ours = maturin("generate-ci", "github").stdout
    assert "--find-interpreter" not in ours
    assert "args: --release --out dist -i python3.14t" in ours
    # Chapter 1's crate does not ask for abi3: a wheel per Python the runner has, instead.
    version_specific = maturin("generate-ci", "github", cwd="../01-functions").stdout
    assert "args: --release --out dist --find-interpreter" in version_specific
    assert "python3.14t" not in version_specific
