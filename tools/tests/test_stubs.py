"""tools/chapters/stubs.py: a chapter's stub is held to the module built from it, and each stub is a
test item of its own.

The checks run against chapter 3's real module, `gil` (functions, classes and a default
among them), with its real stub copied to a temporary folder and spoiled one way or another.
"""

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

from tools import chapters
from tools.chapters import stubs
from tools.tests.bookcopy import ROOT

MODULE = "gil"
STUB = ROOT / "chapters" / "03-gil" / "gil.pyi"


def spoiled(tmp_path, *changes):
    """The real stub, with each `(old, new)` change made once, in a folder of its own."""
    text = STUB.read_text(encoding="utf-8")
    for old, new in changes:
        assert text.count(old) == 1, f"{old!r} is not in {STUB.name} exactly once"
        text = text.replace(old, new)
    (tmp_path / f"{MODULE}.pyi").write_text(text, encoding="utf-8")
    return tmp_path


def test_the_real_stub_passes(tmp_path):
    assert stubs.check(MODULE, spoiled(tmp_path)) == []


def test_stubtest_reports_each_difference_from_the_module(tmp_path):
    folder = spoiled(
        tmp_path,
        # a function left out
        ('    "tag_length",\n', ""),
        ("def tag_length(tag: Tag) -> int:", "def _gone(tag: Tag) -> int:"),
        # a parameter by another name
        ("def crunch_attached(rounds: int)", "def crunch_attached(steps: int)"),
        # a default the module does not have
        ("def __new__(cls, value: int = 0)", "def __new__(cls, value: int = 1)"),
        # a class that Python cannot subclass, not marked final
        ("@final\nclass Flag:", "class Flag:"),
    )
    [report] = stubs.check(MODULE, folder)
    assert "gil.tag_length is not present in stub" in report
    assert 'stub parameter "steps" differs from runtime parameter "rounds"' in report
    assert re.search(r"gil\.Counter\.__new__ is inconsistent, .*default", report)
    assert "gil.Flag cannot be subclassed at runtime, but isn't marked with @final" in report


def test_a_docstring_that_differs_from_the_module_is_reported(tmp_path):
    folder = spoiled(tmp_path, ('"""Whether the flag is set."""', '"""Whether it is set."""'))
    assert stubs.docstring_problems(MODULE, folder / "gil.pyi") == [
        "gil.Flag.is_set: the stub's docstring is 'Whether it is set.', "
        "the module's 'Whether the flag is set.'"
    ]


def test_a_docstring_left_out_of_the_stub_is_reported(tmp_path):
    old = '    def is_set(self) -> bool:\n        """Whether the flag is set."""\n'
    folder = spoiled(tmp_path, (old, "    def is_set(self) -> bool: ...\n"))
    assert stubs.docstring_problems(MODULE, folder / "gil.pyi") == [
        "gil.Flag.is_set: the stub has no docstring; the module's is 'Whether the flag is set.'"
    ]


def test_python_s_own_docstring_of_a_dunder_is_not_wanted_in_the_stub():
    # `Counter.__new__` has Python's "Create and return a new object..."; the stub has none.
    assert stubs.docstring_problems(MODULE, STUB) == []


def test_a_crate_stub_is_found_and_named_after_its_module():
    assert stubs.module_of(ROOT / "chapters/01-functions/functions.pyi") == "functions"
    provider = ROOT / "chapters/07-capsules/provider/capsule_provider.pyi"
    assert stubs.module_of(provider) == "capsule_provider"
    assert stubs.module_of(ROOT / "chapters/01-functions/other.pyi") is None
    assert stubs.module_of(ROOT / "chapters/01-functions/exercise/functions.pyi") is None
    assert stubs.module_of(ROOT / "tools/functions.pyi") is None


def test_a_stub_in_a_mixed_crate_is_named_by_its_place_in_the_package(tmp_path, monkeypatch):
    chapter = tmp_path / "10-mixed"
    (chapter / "python" / "pkg").mkdir(parents=True)
    (chapter / "Cargo.toml").write_text('[package]\nname = "mixed"\n')
    pyproject = '[project]\nname = "pkg"\n\n[tool.maturin]\npython-source = "python"\n'
    (chapter / "pyproject.toml").write_text(pyproject)
    monkeypatch.setattr(chapters, "CHAPTERS", tmp_path)
    assert stubs.module_of(chapter / "python/pkg/_core.pyi") == "pkg._core"
    assert stubs.module_of(chapter / "python/pkg/__init__.pyi") == "pkg"
    assert stubs.module_of(chapter / "mixed.pyi") is None  # the crate root is not the package


def test_every_chapter_crate_has_a_stub():
    for chapter in chapters.all_chapters():
        for crate in chapters.crates(chapter):
            source = chapters.python_source(crate)
            found = source.rglob("*.pyi") if source else crate.glob("*.pyi")
            where = crate.relative_to(ROOT)
            wanted = f"{where / chapters.module_name(crate)}.pyi" if source is None else source
            assert any(stubs.module_of(path) for path in found), f"no stub in {wanted}"


def test_each_stub_is_collected_as_a_test_item():
    stub = "chapters/01-functions/functions.pyi"
    command = [sys.executable, "-m", "pytest", "--collect-only", "-q", stub]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    assert f"{stub}::stubtest" in done.stdout.splitlines(), done.stdout + done.stderr


def test_every_installed_chapter_module_says_it_has_types():
    # PEP 561: type checkers use a package's stubs only if it has a `py.typed` file. maturin
    # adds one for a crate that is only Rust; a mixed crate keeps its own.
    for chapter in chapters.all_chapters():
        for crate in chapters.crates(chapter):
            spec = importlib.util.find_spec(chapters.module_name(crate))
            assert spec is not None, f"{crate.name} is not built"
            typed = Path(str(spec.origin)).parent / "py.typed"
            assert typed.is_file(), f"{chapters.module_name(crate)} has no {typed}"


def test_a_stub_failure_names_the_stub_to_edit_not_the_installed_copy():
    from tools.chapters import plugin, stubs

    source = ROOT / "chapters" / "01-functions" / "functions.pyi"
    installed = stubs.stub_file("functions")
    assert installed is not None
    report = f"error: functions.power is not present in stub\nStub: in file {installed}\nMISSING"
    message = plugin.stub_failure("functions", source, report)
    assert str(installed) not in message
    assert "Stub: in file chapters/01-functions/functions.pyi\n" in message
    assert message.startswith("the stub chapters/01-functions/functions.pyi does not match")
    assert "Edit chapters/01-functions/functions.pyi: give each name" in message
    assert message.endswith("`just test 1` installs the stub with the module again and checks it.")
