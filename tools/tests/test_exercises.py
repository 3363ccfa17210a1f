"""The exercise check catches what it must (tools/exercises/), and the report reads well."""

import shutil

import pytest

from tools import exercises
from tools.tests.bookcopy import ROOT

EXERCISE = ROOT / "chapters" / "01-functions" / "exercise"


@pytest.fixture
def copy(tmp_path):
    """A copy of chapter 1's exercise to break, outside the repository (so not `edited`)."""
    folder = tmp_path / "01-functions" / "exercise"
    shutil.copytree(EXERCISE, folder, ignore=shutil.ignore_patterns("__pycache__"))
    return folder


def test_every_chapter_has_an_exercise():
    from tools import chapters

    assert [ex.parent for ex in exercises.all_exercises()] == chapters.all_chapters()


def test_the_real_exercises_have_no_problem_in_their_files():
    assert [p for ex in exercises.all_exercises() for p in exercises.problems_in_files(ex)] == []


def test_a_task_without_a_hint_is_caught(copy):
    hints = copy / "hints.md"
    hints.write_text(hints.read_text().replace("## Task 2", "## Something else"))
    assert "01-functions: task 2 has no hint (a `## Task 2` in hints.md)" in (
        exercises.problems_in_files(copy)
    )


def test_a_task_without_a_todo_in_the_starter_is_caught(copy):
    source = exercises.starter(copy)
    source.write_text(source.read_text().replace('todo!("task 3:', 'todo!("the third:'))
    assert '01-functions: task 3 has no todo!("task 3: ...") in the starter' in (
        exercises.problems_in_files(copy)
    )


def test_a_signature_that_differs_from_the_solution_is_caught(copy):
    source = exercises.starter(copy)
    source.write_text(source.read_text().replace("times: usize", "times: u32"))
    problems = exercises.problems_in_files(copy)
    assert any("signatures differ" in p and "times: u32" in p for p in problems)


def test_anchors_that_differ_from_the_solution_are_caught(copy):
    source = exercises.starter(copy)
    source.write_text(source.read_text().replace("ANCHOR: task2", "ANCHOR: second"))
    assert any("anchors" in p for p in exercises.problems_in_files(copy))


TESTS = {"t.py::a", "t.py::b"}


def test_a_starter_that_already_passes_a_test_is_caught():
    outcomes = {"t.py::a": "failed", "t.py::b": "passed"}
    assert exercises.problems_in_outcomes("01", "starter", outcomes, TESTS) == [
        "01: t.py::b passed against the starter; it must fail until solved"
    ]


def test_an_expected_failure_is_not_a_failure_of_the_starter():
    # A test marked xfail "passes" on a starter that raises anything at all.
    outcomes = {"t.py::a": "failed", "t.py::b": "skipped"}
    assert exercises.problems_in_outcomes("01", "starter", outcomes, TESTS) == [
        "01: t.py::b skipped against the starter; it must fail until solved"
    ]


def test_a_solution_that_fails_a_test_is_caught():
    outcomes = {"t.py::a": "passed", "t.py::b": "failed"}
    assert exercises.problems_in_outcomes("01", "solution", outcomes, TESTS) == [
        "01: t.py::b failed against the solution"
    ]


def test_a_test_file_that_cannot_be_collected_is_caught():
    outcomes = {"t.py": "failed"}
    assert exercises.problems_in_outcomes("01", "starter", outcomes, TESTS) == [
        "01: t.py could not be collected against the starter",
        "01: t.py::a did not run against the starter",
        "01: t.py::b did not run against the starter",
    ]


def test_the_hint_for_a_task_is_its_section():
    assert exercises.hint(EXERCISE, 2).startswith("The signature is already written")
    with pytest.raises(exercises.ExerciseError, match="has no task 9"):
        exercises.hint(EXERCISE, 9)


class Info:
    def __init__(self, value):
        self.value = value


PANIC = type("PanicException", (BaseException,), {})


@pytest.mark.parametrize(
    ("error", "line"),
    [
        (AssertionError("called f(1), got 2, expected 3\nassert 2 == 3"), "called f(1), got 2, "
         "expected 3"),
        (ValueError("bad"), "ValueError: bad"),
        (PANIC("not yet implemented: task 1: x"), "todo: task 1: x"),
    ],
)  # fmt: skip
def test_a_failing_task_is_reported_in_one_line(error, line):
    assert exercises.most_useful_line(Info(error)) == line


def test_clippys_complaint_fails_the_task_it_is_in():
    source = exercises.ROOT / "chapters" / "06-buffers" / "exercise" / "src" / "exercise.rs"
    lines = source.read_text().splitlines()
    task3 = next(at for at, line in enumerate(lines, 1) if "ANCHOR: task3" in line)
    where = source.relative_to(exercises.ROOT)
    output = (
        f"{where}:{task3 + 2}:9: error: unsafe block missing a safety comment\n"
        f"{where}:{task3 + 3}:9: error: a second complaint in the same task\n"
        "error: could not compile `buffers_exercise` (lib) due to 2 previous errors\n"
    )
    assert exercises.findings_by_task(source, output) == {
        3: "clippy: unsafe block missing a safety comment"
    }
    assert exercises.findings_by_task(source, "") == {}
