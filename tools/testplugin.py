"""The repository's pytest plugin for chapter tests (conftest.py loads it with `tools.pycon`).

- **No stale builds.** Before any test runs, each chapter whose tests were collected is
  checked against the module installed in this environment. If the chapter's sources
  changed since that module was built, pytest stops and names the command that rebuilds
  it, instead of testing the old code. `just test N` rebuilds first, so it never stops here.
- **Outcomes.** `--outcomes FILE` writes each test's outcome (`passed`, `failed`, `skipped`)
  as JSON, keyed by test id. `tools/testall.py` and `tools/matrix.py` read it to tell which
  parts of the repository passed, and to count them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tools import chapters


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--outcomes", metavar="FILE", help="write each test's outcome to FILE as JSON")


def pytest_collection_modifyitems(session: pytest.Session, config, items) -> None:
    tested = sorted({chapter_of(Path(item.path)) for item in items} - {None})
    behind = chapters.stale(tested)
    if behind:
        names = ", ".join(f"chapters/{c.name}" for c in behind)
        numbers = " ".join(str(int(c.name[:2])) for c in behind)
        pytest.exit(
            f"{names} changed since its module was built into {chapters.VENV}, so these "
            f"tests would run the old build. Run `just test {numbers}`: it rebuilds what "
            "changed, then runs the tests (or `just build` and run pytest again).",
            returncode=pytest.ExitCode.USAGE_ERROR,
        )


def chapter_of(path: Path) -> Path | None:
    try:
        relative = path.resolve().relative_to(chapters.CHAPTERS)
    except ValueError:
        return None
    folder = chapters.CHAPTERS / relative.parts[0]
    return folder if folder in chapters.all_chapters() else None


class Outcomes:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.found: dict[str, str] = {}

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if report.when == "call" or report.outcome != "passed":
            if report.failed or self.found.get(report.nodeid) != "failed":
                self.found[report.nodeid] = report.outcome

    def pytest_collectreport(self, report: pytest.CollectReport) -> None:
        if report.failed:  # a test file that cannot be collected fails its part
            self.found[report.nodeid] = "failed"

    def pytest_sessionfinish(self) -> None:
        self.path.write_text(json.dumps(self.found, indent=1), encoding="utf-8")


def pytest_configure(config: pytest.Config) -> None:
    path = config.getoption("outcomes")
    if path:
        config.pluginmanager.register(Outcomes(Path(path)), "outcomes")
