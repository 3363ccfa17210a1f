"""Type checkers read the package's stub: mypy accepts typed code that uses it, and rejects
a deliberate mistake; stubtest finds names and defaults that differ, and not types. (stubtest
on the package as it is runs for every chapter's stub: `python/shipping/_core.pyi::stubtest`
checks `shipping`, `shipping._core` and `shipping.report`.)"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tools import chapters

CHAPTER = Path(__file__).parents[1]


def mypy(path: str) -> subprocess.CompletedProcess:
    # From the chapter's folder, so the file names in the answer are short; the cache stays
    # in this environment.
    cache = chapters.VENV / ".mypy_cache"
    command = [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(cache), path]
    return subprocess.run(command, cwd=CHAPTER, capture_output=True, text=True)


def test_mypy_accepts_typed_code_that_uses_the_package():
    done = mypy("typed/uses_shipping.py")
    assert done.returncode == 0, done.stdout
    assert done.stdout == "Success: no issues found in 1 source file\n"


def test_mypy_rejects_a_type_error_the_stub_reveals():
    done = mypy("typed/wrong_type.py")
    assert done.returncode == 1
    # ANCHOR: mypy-errors
    assert done.stdout.splitlines() == [
        "typed/wrong_type.py:7: error: Incompatible types in assignment"
        ' (expression has type "int", variable has type "str")  [assignment]',
        'typed/wrong_type.py:8: error: Argument 1 to "add" of "Tally"'
        ' has incompatible type "int"; expected "str"  [arg-type]',
        "Found 2 errors in 1 file (checked 1 source file)",
    ]
    # ANCHOR_END: mypy-errors


# ANCHOR: no-stub
def test_without_the_stub_mypy_sees_no_types(tmp_path):
    # The stub is why: hide it (a copy of the package without `_core.pyi`, and site-packages
    # left out so that only the copy is found), and mypy knows nothing about the compiled
    # module, so the same mistakes go unseen.
    package = tmp_path / "shipping"
    package.mkdir()
    for name in ("__init__.py", "report.py", "py.typed"):
        (package / name).write_bytes((CHAPTER / "python" / "shipping" / name).read_bytes())
    wrong = tmp_path / "wrong_type.py"
    wrong.write_bytes((CHAPTER / "typed" / "wrong_type.py").read_bytes())
    cache = chapters.VENV / ".mypy_cache-nostub"
    command = [sys.executable, "-m", "mypy", "--no-site-packages", "--cache-dir", str(cache)]
    command.append("wrong_type.py")
    done = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True)
    assert "Incompatible types in assignment" not in done.stdout
    assert 'Cannot find implementation or library stub for module named "shipping._core"' in (
        done.stdout
    )


# ANCHOR_END: no-stub


def stubtest_with(tmp_path: Path, edits: dict[str, str]) -> subprocess.CompletedProcess:
    """stubtest's answer for a copy of the package (the built core included) whose stub has
    each key of `edits` replaced by its value."""
    source = CHAPTER / "python" / "shipping"
    copy = tmp_path / "shipping"
    copy.mkdir(parents=True)
    for path in source.iterdir():
        if path.is_file():
            (copy / path.name).write_bytes(path.read_bytes())
    stub = copy / "_core.pyi"
    text = stub.read_text()
    for old, new in edits.items():
        assert old in text
        text = text.replace(old, new)
    stub.write_text(text)
    command = [sys.executable, "-m", "mypy.stubtest", "--concise", "shipping._core"]
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    return subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True)


# ANCHOR: stubtest
def test_stubtest_finds_names_and_defaults_that_differ_but_not_types(tmp_path):
    done = stubtest_with(
        tmp_path,
        {
            "def count_words(": "def count_word(",  # a name the module does not have
            "n: int = 3": "n: int = 4",  # another default
            "@final\n": "",  # a class Python cannot subclass, not marked @final
            "def add(self, text: str)": "def add(self, text: bytes)",  # a wrong type
        },
    )
    report = done.stdout
    assert "shipping._core.count_words is not present in stub" in report
    assert "shipping._core.count_word is not present at runtime" in report
    assert "Tally cannot be subclassed at runtime, but isn't marked with @final" in report
    assert (
        'Tally.most_common is inconsistent, runtime parameter "n" has a default value of 3, '
        "which is different from stub parameter default 4"
    ) in report
    # Nothing about `add`: stubtest compares names, kinds and defaults, not types.
    assert "Tally.add" not in report


# ANCHOR_END: stubtest
