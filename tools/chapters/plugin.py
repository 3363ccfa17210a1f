"""The repository's pytest plugin for chapter tests (conftest.py loads it with the sessions' one).

- **No stale builds.** Before any test runs, each chapter whose tests were collected is
  checked against the module installed in this environment. If the chapter's sources
  changed since that module was built, pytest stops and names the command that rebuilds
  it, instead of testing the old code. `just test N` rebuilds first, so it never stops here.
  The same holds for a chapter's exercise (`just exercise N`).
- **Stubs.** Each chapter crate's stub (`<module>.pyi` beside its `Cargo.toml`, or a `.pyi` in
  a mixed crate's `python-source` package) is a test item of its own,
  `chapters/01-functions/functions.pyi::stubtest`: it checks the installed stub against the
  installed module with `tools/chapters/stubs.py`, and fails with what stubtest reports and each
  docstring that is not the module's.
- **Hypothesis runs the same examples every run.** The `repeatable` profile, loaded here, is
  derandomized and keeps no database, so a red run is red again on the next try and on
  another machine. `just fuzz` loads the `fuzz` profile instead: fresh random examples, ten
  thousand per test, from a seed it prints, with a line every thousand examples.
- **Every core.** Under pytest-xdist (`-n auto`, as `just test` runs), a chapter's tests run
  together on one worker, and each tools test file runs on one: a chapter's session fixtures
  build what its tests share (chapter 8's C extensions, chapter 12's wheels) once, and two
  builds of one crate never run at once in the shared target folder. A chapter's tests marked
  `packaging` share only the wheels they build, so they are a unit of their own. The units that
  wait more than they compute are handed out first, so that their waiting overlaps the others'
  work: the packaging units (the longest, and they install wheels), and a unit with a test
  marked `network` (it waits on the package index).
- **Outcomes.** `--outcomes FILE` writes each test's outcome (`passed`, `failed`, `skipped`)
  as JSON, keyed by test id. `tools/chapters/testall.py` and `tools/matrix/run.py` read it to
  tell which parts of the repository passed, and to count them.
"""

from __future__ import annotations

import collections
import functools
import importlib.util
import itertools
import json
from pathlib import Path

import pytest
from hypothesis import settings

from tools import chapters
from tools.chapters import stubs

# No deadline in either: how fast a test runs is for the benchmarks to say, not a unit test.
settings.register_profile("repeatable", derandomize=True, database=None, deadline=None)
settings.register_profile("fuzz", max_examples=10_000, deadline=None, print_blob=True)
settings.load_profile("repeatable")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--outcomes", metavar="FILE", help="write each test's outcome to FILE as JSON")


def pytest_collection_modifyitems(session: pytest.Session, config, items) -> None:
    if config.getoption("hypothesis_profile", None) == "fuzz":
        count_examples(config, items)
    if not hasattr(config, "workerinput"):  # a pytest-xdist worker leaves it to the controller
        refuse_stale([Path(item.path) for item in items])


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_node_collection_finished(node, ids: list[str]) -> None:
    """Under pytest-xdist the workers collect, and the controller hears what."""
    refuse_stale([chapters.ROOT / test_id.split("::", 1)[0] for test_id in ids])


def refuse_stale(paths: list[Path]) -> None:
    tested = sorted({crate_of(path) for path in paths} - {None})
    behind = [crate for crate in chapters.stale(tested) if installed_here(crate)]
    if behind:
        names = ", ".join(str(c.relative_to(chapters.ROOT)) for c in behind)
        exercises = [c for c in behind if c.name == "exercise"]
        if exercises:
            command = f"just exercise {int(exercises[0].parent.name[:2])}"
        else:
            command = "just test " + " ".join(str(int(c.name[:2])) for c in behind)
        pytest.exit(
            f"{names} changed since its module was built into {chapters.VENV}, so these "
            f"tests would run the old build. Run `{command}`: it rebuilds what changed, "
            "then runs the tests (or `just build` and run pytest again).",
            returncode=pytest.ExitCode.USAGE_ERROR,
        )


def crate_of(path: Path) -> Path | None:
    """The crate whose module a test file tests: its chapter, or the chapter's exercise."""
    try:
        relative = path.resolve().relative_to(chapters.CHAPTERS)
    except ValueError:
        return None
    folder = chapters.CHAPTERS / relative.parts[0]
    if folder not in chapters.all_chapters():
        return None
    if len(relative.parts) > 1 and relative.parts[1] == "exercise":
        return folder / "exercise"
    return folder


def installed_here(crate: Path) -> bool:
    """Whether the module Python would import is the one built into this environment; a
    module found first elsewhere (on PYTHONPATH, as `just check-exercises` puts it) is not
    this environment's to judge."""
    spec = importlib.util.find_spec(chapters.module_name(crate))
    if spec is None or spec.origin is None:
        return True  # not installed at all: stale, and the message says how to build it
    origin = Path(spec.origin).resolve()
    # A mixed layout (chapter 12) is installed in place: `maturin develop` puts the compiled
    # core in the crate's own Python folder and points this environment at it.
    return origin.is_relative_to(chapters.VENV.resolve()) or origin.is_relative_to(crate.resolve())


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    if file_path.suffix == ".pyi":
        module = stubs.module_of(file_path)
        if module is not None:
            return StubFile.from_parent(parent, path=file_path, module=module)
    return None


class StubFile(pytest.File):
    """A chapter crate's stub, which holds one test: `stubtest`."""

    def __init__(self, *, module: str, **kwargs) -> None:
        super().__init__(**kwargs)
        self.module = module

    def collect(self):
        yield StubCheck.from_parent(self, name="stubtest", module=self.module)


class StubMismatch(Exception):
    pass


class StubCheck(pytest.Item):
    def __init__(self, *, module: str, **kwargs) -> None:
        super().__init__(**kwargs)
        self.module = module

    def runtest(self) -> None:
        problems = stubs.check(self.module)
        if problems:
            raise StubMismatch("\n\n".join(problems))

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, StubMismatch):
            return stub_failure(self.module, Path(self.path), str(excinfo.value))
        return super().repr_failure(excinfo, style)

    def reportinfo(self):
        return self.path, None, f"stubtest {self.module}"


def stub_failure(module: str, source: Path, report: str) -> str:
    """stubtest's report, pointing at the stub you edit rather than the copy maturin
    installed, and saying what to do about it."""
    installed = stubs.stub_file(module)
    where = source.relative_to(chapters.ROOT) if source.is_relative_to(chapters.ROOT) else source
    if installed is not None and installed.resolve() != source.resolve():
        report = report.replace(str(installed), str(where))
    chapter = crate_of(source)
    again = f"`just test {int(chapter.name[:2])}`" if chapter else "`just test`"
    return (
        f"the stub {where} does not match the module {module}:\n\n{report}\n\n"
        f"Edit {where}: give each name the module has and the stub lacks its Python "
        "signature and the docstring Python shows, and drop each name the module no longer "
        f"has. {again} installs the stub with the module again and checks it."
    )


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


def count_examples(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Say how far each property test has got, every thousand examples: its inner test, which
    Hypothesis calls once per example, counts them."""
    capture = config.pluginmanager.getplugin("capturemanager")

    def counting(inner, name: str):
        seen = itertools.count(1)

        def counted(*args, **kwargs):
            examples = next(seen)
            if examples % 1000 == 0:
                with capture.global_and_fixture_disabled():
                    print(f"\n  {name}: {examples} examples", end="", flush=True)
            return inner(*args, **kwargs)

        return counted

    for item in items:
        handle = getattr(getattr(item, "obj", None), "hypothesis", None)
        if handle is not None:
            handle.inner_test = counting(handle.inner_test, item.name)


# Asked once per test id by the scheduler: read each file once.
marked = functools.cache(chapters.marks)


def scope_of(nodeid: str, root: Path = chapters.ROOT) -> str:
    """The unit of work a test belongs to: its chapter (its packaging tests apart, a unit of
    their own, as they share only their builds), or else its file."""
    path = nodeid.split("::", 1)[0]
    parts = path.split("/")
    if len(parts) > 2 and parts[0] == "chapters":
        chapter = "/".join(parts[:2])
        return f"{chapter} packaging" if marked(root / path, chapters.PACKAGING) else chapter
    return path


@functools.cache  # asked for each unit each time a worker wants work
def waits(scope: str, root: Path = chapters.ROOT) -> bool:
    """Whether a unit waits more than it computes: a chapter's packaging tests, or a unit (a
    chapter, or a test file) with a test that waits on the package index."""
    if scope.endswith(" packaging"):
        return True
    files = sorted((root / scope).rglob("test_*.py")) if (root / scope).is_dir() else []
    return any(marked(path, chapters.NETWORK) for path in [root / scope, *files])


class WaitingFirst(collections.OrderedDict):
    """pytest-xdist's queue of units, which hands out first the units that wait (`waits`), and
    then the others in its own order (the most tests first)."""

    def __init__(self, root: Path) -> None:
        super().__init__()
        self.root = root

    def popitem(self, last: bool = True):
        if not last:
            for scope in self:
                if waits(scope, self.root):
                    return scope, self.pop(scope)
        return super().popitem(last)


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log):
    if config.getoption("dist") != "load":  # a `--dist` asked for on the command line
        return None
    from xdist.scheduler import LoadScopeScheduling

    class ByChapter(LoadScopeScheduling):
        def __init__(self, config: pytest.Config, log=None) -> None:
            super().__init__(config, log)
            self.workqueue = WaitingFirst(config.rootpath)

        def _split_scope(self, nodeid: str) -> str:
            return scope_of(nodeid, config.rootpath)

    return ByChapter(config, log)


def pytest_configure(config: pytest.Config) -> None:
    path = config.getoption("outcomes")
    # Under pytest-xdist, the controller hears every worker's reports; a worker hears its own.
    if path and not hasattr(config, "workerinput"):
        config.pluginmanager.register(Outcomes(Path(path)), "outcomes")
