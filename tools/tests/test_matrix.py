"""`just test-matrix` finds every CPython it should, and fails where it should (tools/matrix/)."""

import os
import stat
import subprocess
import sys

import pytest

from tools.base import ROOT
from tools.matrix import interpreters
from tools.matrix import run as matrix


@pytest.fixture(autouse=True)
def no_summary_written_here(tmp_path, monkeypatch):
    """`main` records the versions that passed for the book's table, and builds the next
    Python's chapters ahead; not for these fakes."""
    monkeypatch.setattr(matrix, "ENVS", tmp_path / "matrix")
    monkeypatch.setattr(matrix, "start_building", lambda interpreter, names: lambda: None)


def fake_python(folder, name, answer):
    """An executable `name` in `folder` that answers matrix's probe with `answer`."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(f"#!/bin/sh\necho '{answer}'\n")
    path.chmod(path.stat().st_mode | stat.S_IEXEC)
    return path


@pytest.fixture
def machine(tmp_path, monkeypatch):
    """A PATH and a pyenv of fake interpreters, and no uv-managed ones."""
    bin_ = tmp_path / "bin"
    fake_python(bin_, "python3.12", "CPython 3 12 4 0")
    fake_python(bin_, "python3.8", "CPython 3 8 18 0")
    fake_python(bin_, "python3.13t", "CPython 3 13 1 1")
    fake_python(tmp_path / "pyenv" / "shims", "python3.10", "CPython 3 10 2 0")
    fake_python(tmp_path / "venv" / "bin", "python3.11", "CPython 3 11 9 0")
    (tmp_path / "venv" / "pyvenv.cfg").write_text("")
    versions = tmp_path / "pyenv" / "versions"
    fake_python(versions / "3.9.18" / "bin", "python3.9", "CPython 3 9 18 0")
    fake_python(versions / "3.12.1" / "bin", "python3.12", "CPython 3 12 1 0")
    fake_python(versions / "3.13.0t" / "bin", "python3.13", "CPython 3 13 0 1")
    fake_python(versions / "pypy3.10-7.3.17" / "bin", "python3.10", "PyPy 3 10 14 0")
    path = os.pathsep.join(str(tmp_path / p) for p in ("pyenv/shims", "venv/bin", "bin"))
    monkeypatch.setenv("PATH", path)
    monkeypatch.setenv("PYENV_ROOT", str(tmp_path / "pyenv"))
    monkeypatch.setenv("UV_PYTHON_INSTALL_DIR", str(tmp_path / "no-uv-pythons"))
    return tmp_path


def test_it_finds_one_cpython_per_minor_version_from_path_and_pyenv(machine):
    found = {i.name: i.path for i in interpreters.discover()}
    # 3.8 is too old, 3.13t is free-threaded, PyPy is not CPython, the shim and the venv's
    # python are passed over; PATH's 3.12.4 is newer than pyenv's 3.12.1.
    assert found == {
        "3.9.18": machine / "pyenv" / "versions" / "3.9.18" / "bin" / "python3.9",
        "3.12.4": machine / "bin" / "python3.12",
    }


def test_pyenv_versions_are_found_whether_active_or_not(machine, monkeypatch):
    monkeypatch.setenv("PATH", "")
    assert [i.name for i in interpreters.discover()] == ["3.9.18", "3.12.1"]


def result(minor, code, **outcomes):
    interpreter = interpreters.Interpreter(interpreters.Path(f"/py3.{minor}"), (3, minor, 0))
    return matrix.Result(interpreter, code, 1.0, outcomes)


def test_an_answer_for_versions_no_passing_interpreter_has_is_reported(tmp_path):
    session = tmp_path / "s.pycon"
    session.write_text(">>> 1\n# Python 3.12 and older:\n1\n# Python 3.13 and newer:\n1\n")
    assert matrix.uncompared([result(11, 0), result(13, 0)], [session]) == []
    missing = matrix.uncompared([result(11, 0), result(13, 1)], [session])
    assert missing == [f"{session}:1: the answer for Python 3.13 and newer"]


def test_the_summary_has_a_line_per_interpreter_and_names_what_is_missing():
    lines = matrix.summary(
        [result(9, 0, passed=5, skipped=1), result(13, 1, passed=4, failed=1)],
        ["3.14"],
        ["s.pycon:1: the answer for Python 3.13 and newer"],
    )
    assert lines[2].split() == "ok Python 3.9.0 passed 5 failed 0 skipped 1 1.0 s".split()
    assert lines[3].split() == "FAIL Python 3.13.0 passed 4 failed 1 skipped 0 1.0 s".split()
    assert lines[4].strip() == "looked for but not found: Python 3.14"
    assert lines[5].strip() == (
        "FAIL s.pycon:1: the answer for Python 3.13 and newer was compared on no interpreter"
    )


@pytest.mark.parametrize(("ci", "expected"), [("", 0), ("true", 1)])
def test_a_matrix_of_one_fails_only_in_ci(monkeypatch, ci, expected):
    one = result(11, 0, passed=3)
    monkeypatch.setattr(matrix, "discover", lambda: [one.interpreter])
    monkeypatch.setattr(matrix, "run", lambda interpreter, names, args: one)
    monkeypatch.setattr(matrix, "uncompared", lambda results: [])
    monkeypatch.setenv("CI", ci)
    assert matrix.main([]) == expected


def test_a_failing_interpreter_fails_the_matrix(monkeypatch, capsys):
    results = {9: result(9, 0, passed=3), 11: result(11, 1, passed=2, failed=1)}
    monkeypatch.setattr(matrix, "discover", lambda: [r.interpreter for r in results.values()])
    monkeypatch.setattr(matrix, "run", lambda i, names, args: results[i.version[1]])
    monkeypatch.setattr(matrix, "uncompared", lambda results: [])
    monkeypatch.delenv("CI", raising=False)
    assert matrix.main([]) == 1
    assert "matrix: failed on Python 3.11.0" in capsys.readouterr().out


def test_one_python_and_one_chapter_run_alone_and_record_nothing(monkeypatch):
    found = {9: result(9, 0, passed=3), 11: result(11, 0, passed=2)}
    ran = []
    monkeypatch.setattr(matrix, "discover", lambda: [r.interpreter for r in found.values()])
    monkeypatch.setattr(
        matrix, "run", lambda i, names, args: ran.append((i.minor, names)) or found[i.version[1]]
    )
    monkeypatch.setattr(matrix, "record", lambda results: pytest.fail("recorded a partial run"))
    monkeypatch.setenv("CI", "true")
    assert matrix.main(["--python", "3.11", "9"]) == 0
    assert ran == [("3.11", ["9"])]


def test_a_python_that_is_not_here_fails(monkeypatch):
    monkeypatch.setattr(matrix, "discover", lambda: [result(11, 0).interpreter])
    assert matrix.main(["--python", "3.14"]) == 1


def this_python(**changes):
    version = tuple(sys.version_info[:3])
    return interpreters.Interpreter(interpreters.Path(sys.executable), changes.get("v", version))


def test_the_venvs_python_is_not_run_again_when_just_test_passed_it_as_it_is(monkeypatch, capsys):
    asked = []

    def testall(command, **kwargs):
        asked.append(command[2:])
        return subprocess.CompletedProcess(command, 0)

    other = result(99, 0, passed=3)
    built, ran = [], []
    monkeypatch.setattr(matrix.chapters, "VENV", ROOT / ".venv")
    monkeypatch.setattr(matrix.subprocess, "run", testall)
    monkeypatch.setattr(matrix, "newest_supported", lambda: (3, 99))
    monkeypatch.setattr(matrix, "discover", lambda: [this_python(), other.interpreter])
    monkeypatch.setattr(matrix, "start_building", lambda i, names: built.append(i) or print)
    monkeypatch.setattr(matrix, "run", lambda i, names, args: ran.append(i) or other)
    assert matrix.main(["--python", this_python().minor, "--python", "3.99", "9"]) == 0
    assert asked == [["passed", "9"]]
    assert ran == [other.interpreter]
    assert built == []  # nothing to build ahead for either
    lines = capsys.readouterr().out.splitlines()
    assert any(f"Python {this_python().name}" in line and "passed in .venv by `just test`"
               in line for line in lines), lines  # fmt: skip


def test_the_venvs_python_runs_when_a_chapter_changed_since_just_test(monkeypatch):
    monkeypatch.setattr(matrix.chapters, "VENV", ROOT / ".venv")
    not_passed = lambda command, **kwargs: subprocess.CompletedProcess(command, 1)  # noqa: E731
    monkeypatch.setattr(matrix.subprocess, "run", not_passed)
    assert not matrix.tested_in_venv(this_python(), [])


def test_another_python_is_never_taken_as_tested_in_venv(monkeypatch):
    monkeypatch.setattr(matrix.subprocess, "run", lambda *a, **k: pytest.fail("asked testall"))
    assert not matrix.tested_in_venv(this_python(v=(3, 99, 0)), [])


@pytest.fixture
def events(monkeypatch) -> list[str]:
    """What `main` does, in order, for three fake Pythons: building one ahead, waiting for
    that build, testing one."""
    found = {9: result(9, 0, passed=3), 11: result(11, 0, passed=3), 13: result(13, 0)}
    done: list[str] = []

    def start(interpreter, names):
        done.append(f"build {interpreter.minor} ahead")
        return lambda: done.append(f"wait for {interpreter.minor}")

    def run(interpreter, names, args):
        done.append(f"test {interpreter.minor}")
        return found[interpreter.version[1]]

    monkeypatch.setattr(matrix, "discover", lambda: [r.interpreter for r in found.values()])
    monkeypatch.setattr(matrix, "start_building", start)
    monkeypatch.setattr(matrix, "run", run)
    monkeypatch.setattr(matrix, "uncompared", lambda results: [])
    return done


def test_the_next_python_is_built_while_one_is_tested_and_waited_for_before_its_turn(events):
    assert matrix.main([]) == 0
    assert events == [
        "build 3.11 ahead", "test 3.9",
        "wait for 3.11", "build 3.13 ahead", "test 3.11",
        "wait for 3.13", "test 3.13",
    ]  # fmt: skip


def test_a_python_tested_in_venv_is_passed_over_when_building_ahead(events, monkeypatch):
    monkeypatch.setattr(matrix, "tested_in_venv", lambda i, names: i.minor == "3.11")
    assert matrix.main([]) == 0
    assert events == ["build 3.13 ahead", "test 3.9", "wait for 3.13", "test 3.13"]


def test_only_a_chapter_built_in_place_waits_for_its_turn():
    chapters = matrix.chapters.all_chapters()
    assert [c.name for c in chapters if matrix.builds_in_place(c)] == ["12-shipping"]
