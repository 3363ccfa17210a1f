"""Answers that differ by Python version in `.pycon` sessions: parsed, checked and compared."""

import sys

import pytest

from tools.chapters import sessions

MINOR = sys.version_info[1]


def session_by_version(here: str, elsewhere: str) -> str:
    """A session whose answer for this interpreter is `here`, and `elsewhere` for the others."""
    ranges = [f"Python 3.{MINOR}", f"Python 3.{MINOR + 1} and newer"]
    answers = [here, elsewhere]
    if MINOR > sessions.OLDEST[1]:
        ranges.insert(0, f"Python 3.{MINOR - 1} and older")
        answers.insert(0, elsewhere)
    lines = [">>> import sys", ">>> sys.version_info[1]"]
    for versions, answer in zip(ranges, answers):
        lines += [f"# {versions}:", answer]
    return "\n".join(lines) + "\n"


def test_the_answer_for_this_python_is_compared(tmp_path):
    path = tmp_path / "by-version.pycon"
    path.write_text(session_by_version(str(MINOR), "0"))
    sessions.replay(path)


def test_a_wrong_answer_for_this_python_fails_and_names_its_versions(tmp_path):
    path = tmp_path / "by-version.pycon"
    path.write_text(session_by_version("0", str(MINOR)))
    with pytest.raises(sessions.TranscriptMismatch, match=rf"the answer for Python 3\.{MINOR}\)"):
        sessions.replay(path)


def test_a_wrong_answer_for_another_python_is_not_compared_here(tmp_path):
    # Which is why the version matrix must find an interpreter in every range (tools/matrix/run.py).
    path = tmp_path / "by-version.pycon"
    path.write_text(session_by_version(str(MINOR), "wrong"))
    sessions.replay(path)


@pytest.mark.parametrize(
    ("line", "first", "last"),
    [
        ("# Python 3.13 and newer:", (3, 13), sessions.NEWEST),
        ("# Python 3.12 and older:", sessions.OLDEST, (3, 12)),
        ("# Python 3.10 to 3.12:", (3, 10), (3, 12)),
        ("# Python 3.11:", (3, 11), (3, 11)),
    ],
)
def test_a_version_line_names_a_range(line, first, last):
    assert sessions.versions_in(line) == sessions.Versions(first, last)


@pytest.mark.parametrize("line", ["# Python 3.13+:", "# python 3.13 and newer:", "# a comment"])
def test_other_comments_are_not_version_lines(line):
    assert sessions.versions_in(line) is None


@pytest.mark.parametrize(
    ("ranges", "problem"),
    [
        (["Python 3.12 and older", "Python 3.12 and newer"], "overlap"),
        (["Python 3.11 and older", "Python 3.13 and newer"], "leave a gap"),
        (["Python 3.10 to 3.12", "Python 3.13 and newer"], "leave a gap"),
        (["Python 3.12 and older", "Python 3.13"], "the last answer must be for"),
    ],
)
def test_ranges_that_leave_a_python_without_exactly_one_answer_are_refused(ranges, problem):
    text = ">>> 1\n" + "".join(f"# {r}:\n1\n" for r in ranges)
    with pytest.raises(ValueError, match=problem):
        sessions.parse(text)


def test_a_version_line_after_an_answer_for_every_version_is_refused():
    with pytest.raises(ValueError, match="follows an answer for every version"):
        sessions.parse(">>> 1\n1\n# Python 3.13 and newer:\n1\n")


def test_version_ranges_lists_each_version_specific_answer(tmp_path):
    path = tmp_path / "s.pycon"
    path.write_text(">>> 1\n1\n>>> 2\n# Python 3.12 and older:\n2\n# Python 3.13 and newer:\n2\n")
    found = sessions.version_ranges(path)
    assert [(line, str(versions)) for line, versions in found] == [
        (3, "Python 3.9 to 3.12"),
        (3, "Python 3.13 and newer"),
    ]


def test_the_oldest_python_is_the_same_everywhere_it_is_named():
    import re

    from tools import bootstrap
    from tools.base import read_toml
    from tools.book import versions

    oldest = "{}.{}".format(*sessions.OLDEST)
    assert versions.python_requirement(versions.ROOT) == f"{oldest} or newer"
    assert bootstrap.MIN_PYTHON == sessions.OLDEST
    pyproject = read_toml(versions.ROOT / "pyproject.toml")
    assert pyproject["tool"]["ruff"]["target-version"] == "py{}{}".format(*sessions.OLDEST)
    # Every package: each chapter, its exercise, and any second crate or package inside.
    packages = sorted((versions.ROOT / "chapters").rglob("pyproject.toml"))
    assert len(packages) > 2 * len(list((versions.ROOT / "chapters").glob("[0-9][0-9]-*")))
    for package in packages:
        needed = read_toml(package)["project"]["requires-python"].replace(" ", "")
        assert needed == f">={oldest}", package
    for workflow in sorted((versions.ROOT / ".github" / "workflows").glob("*.yml")):
        listed = re.search(r"python-version: \|\n\s+([\d.]+)", workflow.read_text())
        assert listed is not None, f"{workflow.name} sets up no list of Pythons"
        assert listed.group(1) == oldest, f"{workflow.name} does not test Python {oldest}"


def error_session(last_line: str) -> str:
    """A session whose exception message has indented lines, the last one `last_line`."""
    return "\n".join(
        [
            '>>> raise ValueError("2 errors\\n  a: wrong\\n  b: wrong")',
            "Traceback (most recent call last):",
            '  File "<stdin>", line 1, in <module>',
            "ValueError: 2 errors",
            "  a: wrong",
            last_line,
            "",
        ]
    )


def test_the_indented_lines_of_a_message_are_compared(tmp_path):
    path = tmp_path / "error.pycon"
    path.write_text(error_session("  b: wrong"))
    sessions.replay(path)
    path.write_text(error_session("  b: right"))
    with pytest.raises(sessions.TranscriptMismatch):
        sessions.replay(path)


def test_an_exception_outside_exception_is_compared_like_any_other(tmp_path):
    # PyO3's PanicException derives from BaseException, as GeneratorExit does; a session
    # shows either as Python would.
    lines = [">>> raise GeneratorExit('boom')"]
    lines += ["Traceback (most recent call last):", "  ...", "GeneratorExit: boom", ""]
    path = tmp_path / "panic.pycon"
    path.write_text("\n".join(lines))
    sessions.replay(path)
    path.write_text("\n".join(lines).replace("boom\n", "bang\n"))
    with pytest.raises(sessions.TranscriptMismatch):
        sessions.replay(path)


def test_what_keeps_sys_stdout_prints_into_the_example_that_runs(tmp_path):
    # A logging handler made in one example keeps that example's sys.stdout, as here.
    lines = [">>> import sys", ">>> kept = sys.stdout", ">>> print('later', file=kept)"]
    path = tmp_path / "kept.pycon"
    path.write_text("\n".join([*lines, "later", ""]))
    sessions.replay(path)
