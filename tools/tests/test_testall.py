"""`just test` reruns a part exactly when something it reads has changed (chapters/testall.py)."""

import functools
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tools.chapters import testall
from tools.tests.bookcopy import ROOT

LEFT_OUT = shutil.ignore_patterns(*testall.NOT_INPUTS)


@pytest.fixture(scope="module")
def repo(tmp_path_factory):
    """A copy of the repository's inputs (no target/, .venv/ or built book)."""
    copy = tmp_path_factory.mktemp("repo") / "repo"
    shutil.copytree(ROOT, copy, ignore=lambda d, names: [*LEFT_OUT(d, names), "build"])
    (copy / "book" / "build").mkdir()
    (copy / "book" / "build" / "index.html").write_text("<p>built</p>")
    return copy


def keys(repo):
    done = subprocess.run(
        [sys.executable, str(repo / "tools" / "chapters" / "testall.py"), "keys"],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    return json.loads(done.stdout)


@functools.cache
def unchanged_keys(repo):
    """The keys of the copy as it was made: every test puts back what it edits."""
    return keys(repo)


def changed_by(repo, path, edit=lambda text: text + "\n# changed\n"):
    """The parts whose key changes when `path` (relative to the copy) is edited."""
    before = unchanged_keys(repo)
    target = repo / path
    original = target.read_text()
    target.write_text(edit(original))
    try:
        after = keys(repo)
    finally:
        target.write_text(original)
    return sorted(part for part in before if before[part] != after[part])


CHAPTERS = sorted(p.name for p in (ROOT / "chapters").glob("[0-9][0-9]-*"))


def test_keys_are_stable_when_nothing_changes(repo):
    assert keys(repo) == keys(repo)


def test_a_page_reruns_the_book_and_the_tools_but_no_chapter(repo):
    assert changed_by(repo, "book/src/02-classes.md") == ["book", "tools"]


def test_an_included_source_reruns_its_chapter_and_the_book(repo):
    assert changed_by(repo, "chapters/02-classes/src/lib.rs", lambda t: t + "\n// x\n") == [
        "02-classes",
        "book",
        "tools",
    ]


def test_a_chapter_test_that_no_page_includes_reruns_only_its_chapter(repo):
    included = {path.name for path in testall.included_files()}
    tests = sorted((ROOT / "chapters").glob("*/tests/test_*.py"))
    test = next(path for path in tests if path.name not in included)
    edit = lambda text: text + "\n"  # noqa: E731
    assert changed_by(repo, test.relative_to(ROOT), edit) == [test.parent.parent.name]


def test_a_file_another_chapter_builds_from_reruns_that_chapter_too(repo):
    # Chapter 11 compiles chapter 8's sum.rs into its module, and benchmarks its sum.c.
    rust = changed_by(repo, "chapters/08-why-rust/src/sum.rs", lambda t: t + "\n// x\n")
    assert rust == ["08-why-rust", "11-debugging", "book", "tools"]
    c = changed_by(repo, "chapters/08-why-rust/bindings/c/sum.c", lambda t: t + "\n/* x */\n")
    assert c == ["08-why-rust", "11-debugging", "book", "tools"]


def test_a_data_file_a_tools_module_reads_reruns_what_imports_that_module(repo):
    # bench_tables.py, a preprocessor of the book, reads the results format's JSON Schema.
    changed = changed_by(repo, "tools/bench/results.schema.json", lambda t: t + "\n")
    assert "book" in changed


STEP_KEYS = """
import json, sys
from tools import chapters
from tools.chapters import testall
chosen = [chapters.resolve("1")]
print(json.dumps({step: testall.step_key(step, chosen) for step in ("exercise", "browser")}))
"""


def step_keys(repo):
    done = subprocess.run(
        [sys.executable, "-c", STEP_KEYS], cwd=repo, capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout)


@functools.cache
def unchanged_step_keys(repo):
    return step_keys(repo)


def steps_changed_by(repo, path, edit=lambda text: text + "\n# changed\n"):
    before = unchanged_step_keys(repo)
    target = repo / path
    original = target.read_text() if target.exists() else None
    target.write_text(edit(original or ""))
    try:
        after = step_keys(repo)
    finally:
        if original is None:
            target.unlink()
        else:
            target.write_text(original)
    return sorted(step for step in before if before[step] != after[step])


def test_just_test_nn_repeats_the_exercise_and_browser_steps_only_when_they_can_differ(repo):
    # An edit to the chapter's source changes its tests and, where a page includes it, the
    # built page; neither step reads the source itself.
    assert steps_changed_by(repo, "chapters/01-functions/src/lib.rs", lambda t: t + "//\n") == []
    starter = "chapters/01-functions/exercise/src/exercise.rs"
    assert steps_changed_by(repo, starter, lambda t: t + "//\n") == ["exercise"]
    page = "book/build/01-functions.html"
    assert steps_changed_by(repo, page, lambda t: t + "<p>more</p>") == ["browser"]
    assert steps_changed_by(repo, "tools/tests/test_browser.py") == ["browser"]
    assert steps_changed_by(repo, "tools/exercises/__init__.py") == ["exercise"]


def test_the_session_plugin_reruns_every_pytest_part_but_not_the_book(repo):
    # The root conftest.py loads it into every pytest run; the book's build never imports it.
    expected = sorted([*CHAPTERS, "browser", "exercises", "tools"])
    assert changed_by(repo, "tools/chapters/sessions.py") == expected


def test_the_browser_tests_rerun_when_they_or_the_built_book_change(repo):
    assert changed_by(repo, "tools/tests/test_browser.py") == ["browser", "tools"]
    assert changed_by(repo, "book/build/index.html", lambda t: t + "<p>more</p>") == ["browser"]


def test_a_screenshot_the_browser_tests_write_reruns_nothing(repo):
    shots = repo / "book" / "build" / "screenshots"
    shots.mkdir()
    (shots / "01-functions.png").write_bytes(b"one")
    assert changed_by(repo, "book/build/screenshots/01-functions.png", lambda t: "two") == []


def test_an_extension_built_into_a_chapter_folder_reruns_nothing(repo):
    # `maturin develop` puts chapter 12's compiled core beside its Python sources.
    built = repo / "chapters" / "12-shipping" / "python" / "shipping" / "_core.abi3.so"
    built.write_text("one")
    assert changed_by(repo, built.relative_to(repo), lambda t: "two") == []


def test_a_new_chapter_file_reruns_that_chapter_and_the_tools(repo):
    before = unchanged_keys(repo)
    extra = repo / "chapters" / "04-conversions" / "tests" / "test_new.py"
    extra.write_text("")
    try:
        after = keys(repo)
    finally:
        extra.unlink()
    assert sorted(p for p in before if before[p] != after[p]) == ["04-conversions", "tools"]


@pytest.mark.parametrize(
    ("test_id", "part"),
    [
        ("chapters/02-classes/tests/test_point.py::test_x", "02-classes"),
        ("chapters/02-classes/tests/classes.pycon::classes.pycon", "02-classes"),
        ("tools/tests/test_tools.py::test_y", "tools"),
        ("tools/tests/test_browser.py::test_z[01-functions]", "browser"),
        ("elsewhere/test_w.py::test_w", None),
    ],
)
def test_each_test_belongs_to_one_part(test_id, part):
    assert testall.part_of(test_id) == part


def test_the_tools_tests_find_the_pinned_tools_without_an_active_venv(book_copy):
    # `.venv/bin/python -m pytest` with `.venv/bin` not on PATH: mdBook must still be found.
    path = os.pathsep.join(
        p for p in os.environ["PATH"].split(os.pathsep) if p != os.path.dirname(sys.executable)
    )
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "book" / "build.py"), str(book_copy)],
        capture_output=True,
        text=True,
        env={**os.environ, "PATH": path or "/usr/bin:/bin"},
    )
    assert done.returncode == 0, done.stdout + done.stderr


def run_pytest(repo, *args):
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args],
        cwd=repo,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )


def test_plain_pytest_refuses_to_test_a_chapter_changed_since_its_build(repo):
    from tools import chapters

    gil = ROOT / "chapters" / "03-gil"
    assert chapters.build([gil]) == 0  # a no-op when the installed module is current
    assert run_pytest(repo, "chapters/03-gil/tests").returncode == 0

    source = repo / "chapters" / "03-gil" / "src" / "lib.rs"
    original = source.read_text()
    source.write_text(original + "\n// edited after the last build\n")
    try:
        # Alone, and spread over the cores as `just test` runs it, where workers collect.
        runs = [run_pytest(repo, "chapters/03-gil/tests", *more) for more in ([], ["-n", "2"])]
    finally:
        source.write_text(original)
    for done in runs:
        assert done.returncode == pytest.ExitCode.USAGE_ERROR, done.stdout + done.stderr
        assert "chapters/03-gil changed since its module was built" in done.stdout
        assert "Run `just test 3`" in done.stdout
        assert " passed" not in done.stdout


def test_a_mixed_layout_imported_from_its_own_folder_is_judged_here_too():
    # Chapter 12's package is imported from chapters/12-shipping/python/, through a .pth
    # file; a change to its Rust must still stop plain pytest until it is rebuilt.
    from tools import chapters
    from tools.chapters import plugin

    assert plugin.installed_here(chapters.CHAPTERS / "12-shipping")


def test_a_mistyped_chapter_is_refused_with_the_chapters_named(capsys):
    assert testall.main(["buffer"]) == 2
    error = capsys.readouterr().err
    assert error.startswith("testall: no chapter 'buffer'; the chapters are: 01-functions, ")


RECORD_IMPORTS = """
import json
import os
import sys
from pathlib import Path

import pytest

CHAPTERS = Path(os.environ["CHAPTERS_DIR"])
at_start = set()
found = {}
current = []


def tools_modules():
    return {name for name in sys.modules if name.startswith("tools.")}


def record():
    if current:
        found[current[-1]] = sorted(tools_modules() | at_start)


@pytest.hookimpl(tryfirst=True)
def pytest_collectstart(collector):
    # A chapter's folder: what the last chapter imported is recorded, then forgotten, so
    # that this chapter's tests import again whatever they need.
    path = getattr(collector, "path", None)
    if isinstance(collector, pytest.Dir) and path is not None and path.parent == CHAPTERS:
        record()
        if not current:
            at_start.update(tools_modules())  # the plugins': every chapter has them
        for name in tools_modules():
            del sys.modules[name]
        current.append(path.name)


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems():
    record()
    Path(os.environ["RECORD_IMPORTS_TO"]).write_text(json.dumps(found))
"""


@pytest.fixture(scope="module")
def imported_by_chapter(tmp_path_factory) -> dict[str, set[str]]:
    """The tools modules in `sys.modules` once pytest has collected each chapter's tests: what
    the chapter's tests import, found by running them rather than by reading their imports.
    One pytest collects every chapter, and forgets the tools modules between two chapters."""
    plugin = tmp_path_factory.mktemp("plugin")
    (plugin / "record_imports.py").write_text(RECORD_IMPORTS)
    record = plugin / "imports.json"
    env = {
        **os.environ,
        "PYTHONPATH": str(plugin),
        "RECORD_IMPORTS_TO": str(record),
        "CHAPTERS_DIR": str(ROOT / "chapters"),
    }
    command = [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "record_imports"]
    subprocess.run(
        [*command, "-p", "no:cacheprovider", "chapters"],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
    )
    found = {chapter: set(names) for chapter, names in json.loads(record.read_text()).items()}
    assert sorted(found) == CHAPTERS
    return found


def test_editing_a_tools_module_reruns_every_chapter_that_imports_it(repo, imported_by_chapter):
    assert "tools.chapters.plugin" in imported_by_chapter["01-functions"]
    assert "tools.chapters.native" in imported_by_chapter["08-why-rust"]
    before = unchanged_keys(repo)
    missed = []
    for module in sorted(set().union(*imported_by_chapter.values())):
        target = repo / (module.replace(".", "/") + ".py")
        if not target.is_file():
            continue
        original = target.read_text()
        target.write_text(original + "\n# changed\n")
        try:
            after = keys(repo)
        finally:
            target.write_text(original)
        missed += [
            (module, chapter)
            for chapter, modules in imported_by_chapter.items()
            if module in modules and before[chapter] == after[chapter]
        ]
    assert missed == []


def test_a_dev_tool_pin_reruns_no_chapter(repo):
    def bump_ruff(text):
        return text.replace('"ruff==', '"ruff>=', 1)

    changed = changed_by(repo, "pyproject.toml", bump_ruff)
    assert [part for part in changed if part in CHAPTERS or part == "exercises"] == []


def test_a_test_tool_pin_reruns_every_chapter(repo):
    def bump_pybind11(text):
        return text.replace('"pybind11==', '"pybind11>=', 1)

    changed = changed_by(repo, "pyproject.toml", bump_pybind11)
    assert set(CHAPTERS) | {"exercises"} <= set(changed)


def write_files(root: Path, files: dict[str, str]) -> None:
    """Write each file's text at its path under `root`."""
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)


def test_spread_over_the_cores_each_chapter_runs_on_one_worker(tmp_path):
    # Two chapters of three tests each, one of them with two packaging tests, and two tools test
    # files, one with two tests marked `network`; each test says which worker ran it, and when.
    # A chapter's session fixtures build what its tests share, so a chapter must not be split;
    # its packaging tests share only their own builds, so they are a unit of their own. The
    # units that wait (packaging, network) are handed out first: one to each worker here.
    files = {
        "chapters/01-a/tests/test_01_a.py": "",
        "chapters/02-b/tests/test_02_b.py": "",
        "chapters/02-b/tests/test_02_b_wheel.py": "pytestmark = pytest.mark.packaging\n",
        "tools/tests/test_tools.py": "",
        "tools/tests/test_index.py": "pytestmark = pytest.mark.network\n",
    }
    for name, mark in files.items():
        count = 2 if mark else 3
        body = "".join(
            f"def test_{n}():\n    record(__file__, {n})\n    time.sleep(0.2)\n\n"
            for n in range(count)
        )
        files[name] = (
            "import os, pathlib, time\n\nimport pytest\n\n" + mark + "\n"
            "def record(path, n):\n"
            "    out = pathlib.Path(os.environ['SEEN']) / f'{pathlib.Path(path).stem}-{n}'\n"
            "    out.write_text(f\"{os.environ['PYTEST_XDIST_WORKER']} {time.monotonic_ns()}\")\n\n"
            + body
        )
    write_files(tmp_path, files)
    seen = tmp_path / "seen"
    seen.mkdir()
    command = [sys.executable, "-m", "pytest", "-p", "tools.chapters.plugin", "-p", "xdist"]
    command += ["-q", "-n", "2", "-p", "no:cacheprovider", "--rootdir", str(tmp_path)]
    done = subprocess.run(
        command,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={**os.environ, "SEEN": str(seen), "PYTHONPATH": str(ROOT)},
    )
    assert done.returncode == 0, done.stdout + done.stderr
    ran = {path.name: path.read_text().split() for path in seen.iterdir()}
    assert len(ran) == 13
    workers = {test: worker for test, (worker, _) in ran.items()}
    for stem, count in [("test_01_a", 3), ("test_02_b", 3), ("test_02_b_wheel", 2)]:
        assert len({workers[f"{stem}-{n}"] for n in range(count)}) == 1, workers
    assert len(set(workers.values())) == 2, workers  # and both cores were used
    first = {}  # each worker's first test file
    for test, (worker, _) in sorted(ran.items(), key=lambda item: int(item[1][1])):
        first.setdefault(worker, test.rsplit("-", 1)[0])
    assert sorted(first.values()) == ["test_02_b_wheel", "test_index"], ran


def test_a_unit_with_a_test_marked_network_waits(tmp_path):
    from tools.chapters import plugin

    files = {
        "chapters/01-a/tests/test_index.py": "@pytest.mark.network\ndef test_uv():\n    pass\n",
        "chapters/02-b/tests/test_b.py": "def test_b():\n    pass\n",
        "tools/tests/test_lock.py": "pytestmark = pytest.mark.network\n",
        "tools/tests/test_tools.py": "",
    }
    write_files(tmp_path, files)
    waiting = ["chapters/01-a", "tools/tests/test_lock.py", "chapters/02-b packaging"]
    computing = ["chapters/02-b", "tools/tests/test_tools.py"]
    assert [plugin.waits(unit, tmp_path) for unit in waiting + computing] == [True] * 3 + [
        False
    ] * 2


def test_passed_as_they_are_needs_each_chapter_and_its_exercise_passed_with_its_key(
    tmp_path, monkeypatch
):
    now = {"03-gil": "g", "09-validator": "v", "exercises": "e"}
    monkeypatch.setattr(testall, "STAMPS", tmp_path)
    monkeypatch.setattr(testall, "keys", lambda: now)
    monkeypatch.setattr(testall, "step_key", lambda step, chosen: "e9")
    assert not testall.passed_as_they_are(["9"])
    testall.record("09-validator", "v")
    assert not testall.passed_as_they_are(["9"])  # its exercise has not passed
    testall.record("exercise-09", "e9")  # as `just test 9` records it
    assert testall.passed_as_they_are(["9"])
    testall.record("09-validator", "an older key")
    assert not testall.passed_as_they_are(["9"])
    testall.record("09-validator", "v")
    testall.forget("exercise-09")
    testall.record("exercises", "e")  # as `just test` records it
    assert testall.passed_as_they_are(["9"])
    assert not testall.passed_as_they_are(["3", "9"])


def test_just_test_nn_leaves_out_the_tests_of_a_chapter_marked_packaging(tmp_path):
    marked, plain = tmp_path / "90-marked", tmp_path / "91-plain"
    for chapter, text in [(marked, "pytestmark = pytest.mark.packaging\n"), (plain, "")]:
        (chapter / "tests").mkdir(parents=True)
        (chapter / "tests" / "test_it.py").write_text(f"import pytest\n{text}")
    assert testall.has_packaging_tests(marked)
    assert not testall.has_packaging_tests(plain)
    found = [c.name for c in testall.chapters.all_chapters() if testall.has_packaging_tests(c)]
    assert found == ["12-shipping"]
