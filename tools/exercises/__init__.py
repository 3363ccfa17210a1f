"""Exercises: a learner's loop, and the check that proves every exercise both ways.

    python -m tools.exercises run CH          `just exercise CH`: build your version, report
    python -m tools.exercises hint CH TASK    `just hint CH TASK`
    python -m tools.exercises reset CH        `just reset CH`: put the starter back (asks)
    python -m tools.exercises solution CH     `just solution CH`: where the solution is (asks)
    python -m tools.exercises check [CH ...]  `just check-exercises` (part of `just test`)

A chapter's exercise is the crate `chapters/NN-slug/exercise/`: the learner edits
`src/exercise.rs` (the starter, with a `todo!("task K: ...")` per task), the tests in
`tests/test_exercise.py` are marked `@pytest.mark.task(K)`, `hints.md` has a `## Task K`
section per task, and `solution/exercise.rs` is the solution, with the same anchors and
signatures. The crate's `solution` feature builds the solution in place of the starter.
Any other file in `solution/` is the solution to a file of the same name in the exercise's
folder, which the learner edits too (chapter 12's stub and `pyproject.toml`; a `todo!(...)`
in a comment marks its task); a test reads it with `learner_file`, which gives the
solution's copy while the check runs the solution.

`check` builds every exercise twice with cargo, in the environment maturin uses (so pyo3 is
never compiled again), copies each library beside the others, and runs the tests against
each: every test must fail against the starter, and pass against the solution. It also
checks the files agree, that the starter builds without a warning, and that the solution
passes clippy and rustfmt. A starter you have edited is left out of the first check (a
clean clone and CI check it); your edits never break `just test`.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tools import base, chapters

ROOT = chapters.ROOT
# The cargo target folder: the workspace's, or the one the version matrix gives each Python.
TARGET = Path(os.environ.get("CARGO_TARGET_DIR") or ROOT / "target")
CHECK = TARGET / "exercise-check"
TODO = re.compile(r'todo!\(\s*"task (\d+):')
HINT = re.compile(r"^## Task (\d+)\s*$", re.M)
ANCHOR = re.compile(r"ANCHOR:\s*([\w-]+)")
# What Python sees: the `#[py...]` attributes, public items, and methods (indented `fn`s).
# A solution may add private helpers of its own.
SIGNATURE = re.compile(r"^(?:\s*#\[py[^\n]*|\s*pub (?:fn|struct|enum)[^\n]*| {4}fn [^\n]*)$", re.M)
# Quiet panics: a `todo!` is a message, not a 20-line backtrace.
QUIET = {"RUST_BACKTRACE": "0"}


class ExerciseError(Exception):
    pass


def all_exercises() -> list[Path]:
    return [
        c / "exercise" for c in chapters.all_chapters() if (c / "exercise" / "Cargo.toml").is_file()
    ]


def exercise(name: str) -> Path:
    folder = chapters.resolve(name) / "exercise"
    if not (folder / "Cargo.toml").is_file():
        raise ExerciseError(f"chapter {folder.parent.name} has no exercise")
    return folder


def number(ex: Path) -> int:
    return int(ex.parent.name[:2])


def starter(ex: Path) -> Path:
    return ex / "src" / "exercise.rs"


def solution(ex: Path) -> Path:
    return ex / "solution" / "exercise.rs"


def learner_files(ex: Path) -> list[Path]:
    """Every file the learner edits: the starter, and each file that `solution/` holds a
    solution to."""
    others = sorted(p.name for p in (ex / "solution").iterdir() if p.name != "exercise.rs")
    return [starter(ex), *(ex / name for name in others)]


def solution_of(path: Path) -> Path:
    """The solution to the learner's file `path`."""
    ex = next(p for p in path.parents if p.name == "exercise")
    return solution(ex) if path == starter(ex) else ex / "solution" / path.name


# Which files the tests read: the learner's, or (while the check runs them) the solution's.
VARIANT = "EXERCISE_VARIANT"


def learner_file(ex: Path, name: str) -> Path:
    """The file `name` of the exercise `ex` that a test should read: the learner's copy, or
    the solution's while `check` runs the tests against the solution."""
    if os.environ.get(VARIANT) == "solution":
        return ex / "solution" / name
    return ex / name


def build_wheel(ex: Path, out: Path) -> Path:
    """The exercise's wheel, built by maturin for this Python as `maturin build` in its folder
    would build it, with the Cargo features that `[tool.maturin]` in its `pyproject.toml`
    names (the learner's, or the solution's, which maturin would not see otherwise)."""
    config = base.read_toml(learner_file(ex, "pyproject.toml"))
    features = list(config.get("tool", {}).get("maturin", {}).get("features", []))
    if os.environ.get(VARIANT) == "solution":
        features.append("solution")
    command = [str(chapters.BIN / "maturin"), "build", "--manifest-path", str(ex / "Cargo.toml")]
    command += ["--interpreter", sys.executable, "--out", str(out)]
    command += ["--features", ",".join(features)] if features else []
    done = subprocess.run(command, cwd=ROOT, env=chapters.cargo_env(),
                          capture_output=True, text=True)  # fmt: skip
    if done.returncode != 0:
        raise ExerciseError(f"maturin build failed:\n{done.stderr[-2000:]}")
    return next(out.glob("*.whl"))


MARK = re.compile(r"@pytest\.mark\.task\((\d+)\)")


def tasks(ex: Path) -> list[int]:
    """The exercise's tasks: the numbers its tests are marked with."""
    tests = (ex / "tests" / "test_exercise.py").read_text(encoding="utf-8")
    return sorted({int(n) for n in MARK.findall(tests)})


def hint(ex: Path, task: int) -> str:
    text = (ex / "hints.md").read_text(encoding="utf-8")
    sections = HINT.split(text)
    found = dict(zip(map(int, sections[1::2]), sections[2::2]))
    if task not in found:
        raise ExerciseError(f"exercise {number(ex)} has no task {task}; its tasks: {tasks(ex)}")
    # The ANCHOR comments are for the book's include; the hint is the rest.
    return "\n".join(line for line in found[task].splitlines() if "ANCHOR" not in line).strip()


# --- the learner's loop -----------------------------------------------------------------


@dataclass
class Outcome:
    test: str
    passed: bool
    line: str = ""


@dataclass
class Report:
    """A pytest plugin that sorts the results by task and prints them for a learner."""

    ex: Path
    results: dict[int, list[Outcome]] = field(default_factory=dict)
    # Clippy's complaint in a task, which fails the task whatever its tests say.
    lints: dict[int, str] = field(default_factory=dict)

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_makereport(self, item, call):
        report = yield
        marker = item.get_closest_marker("task")
        if marker is None or (report.when != "call" and report.passed):
            return report
        outcomes = self.results.setdefault(marker.args[0], [])
        if report.passed:
            outcomes.append(Outcome(item.name, True))
        elif not any(o.test == item.name for o in outcomes):
            outcomes.append(Outcome(item.name, False, most_useful_line(call.excinfo)))
        return report

    def pytest_terminal_summary(self, terminalreporter):
        write = terminalreporter.write_line
        name = self.ex.parent.name
        write("")
        edit = ", ".join(str(path.relative_to(ROOT)) for path in learner_files(self.ex))
        write(f"Exercise {number(self.ex)} ({name[3:]})   edit: {edit}")
        failing = []
        for task in tasks(self.ex):
            outcomes = self.results.get(task, [])
            bad = [o for o in outcomes if not o.passed]
            if outcomes and not bad and task not in self.lints:
                write(f"  ✓ Task {task}")
            else:
                failing.append(task)
                line = bad[0].line if bad else self.lints.get(task, "no test ran")
                write(f"  ✗ Task {task}   {line}")
        done = len(tasks(self.ex)) - len(failing)
        write("")
        if failing:
            write(f"{done}/{len(tasks(self.ex))} tasks pass. Next: task {failing[0]}; "
                  f"`just hint {number(self.ex)} {failing[0]}` if you are stuck.")  # fmt: skip
        else:
            write(f"All {done} tasks pass. Well done! Compare your code with the solution: "
                  f"`just solution {number(self.ex)}`.")  # fmt: skip


def most_useful_line(excinfo) -> str:
    """The one line that says what went wrong: the `todo!` message, the assertion's own
    message, or the exception."""
    if excinfo is None:
        return "failed"
    error = excinfo.value
    kind = type(error).__name__
    text = str(error).strip().splitlines()[0] if str(error).strip() else ""
    if kind == "PanicException":
        return text.replace("not yet implemented: ", "todo: ", 1)
    if isinstance(error, AssertionError) and text:
        return text
    if kind == "Failed":  # pytest.raises that saw nothing raised
        return text
    return f"{kind}: {text}" if text else kind


def run(ex: Path, pytest_args: list[str]) -> int:
    code = chapters.build([ex])
    if code != 0:
        print(f"\nexercise: your code for exercise {number(ex)} does not compile yet; the "
              f"compiler's messages are above. Edit {starter(ex).relative_to(ROOT)}.")  # fmt: skip
        return code
    lints = clippy_findings(ex)
    report = Report(ex, lints=lints)
    args = [str(ex / "tests"), "-q", "--no-header", "--tb=no", "-rN", "-p", "no:cacheprovider"]
    os.environ.update(QUIET)
    code = pytest.main(args + pytest_args, plugins=[report])
    return int(code) or (1 if lints else 0)


def clippy_findings(ex: Path) -> dict[int, str]:
    """Clippy's first complaint in each task of your code, with the exercise's own lint table
    (chapter 6's insists on a `// SAFETY:` comment above each `unsafe` block). Run in the
    environment maturin builds in, so pyo3 is not compiled again."""
    name = chapters.module_name(ex)
    done = cargo(["clippy", "-p", name, "--quiet", "--message-format=short", "--color=never",
                  "--", "-D", "warnings"])  # fmt: skip
    if done.returncode == 0:
        return {}
    return findings_by_task(starter(ex), done.stderr)


def findings_by_task(source: Path, output: str) -> dict[int, str]:
    """Each task's first diagnostic in `output` (cargo's `--message-format=short`), found by
    the line it names in `source`: the task whose `// ANCHOR: taskK` comes last before it
    (the first task, above the first anchor)."""
    text = source.read_text().splitlines()
    starts = [(at, int(m.group(1))) for at, line in enumerate(text, 1)
              if (m := re.search(r"ANCHOR: task(\d+)", line))]  # fmt: skip
    spans = {at: next((t for start, t in reversed(starts) if start <= at), starts[0][1])
             for at in range(1, len(text) + 1)} if starts else {}  # fmt: skip
    where = re.escape(str(source.relative_to(ROOT)))
    found: dict[int, str] = {}
    for line in output.splitlines():
        match = re.match(rf"{where}:(\d+):\d+: (?:error|warning)(?:\[\w+\])?: (.*)", line)
        if match and int(match.group(1)) in spans:
            found.setdefault(spans[int(match.group(1))], f"clippy: {match.group(2)}")
    return found


def reset(ex: Path, answer: str | None = None) -> int:
    paths = [str(path.relative_to(ROOT)) for path in learner_files(ex)]
    if answer is None:
        if not sys.stdin.isatty():
            print(f"reset: run `just reset {number(ex)}` in a terminal; it asks first.")
            return 2
        answer = input(f"Put back the starter {', '.join(paths)}, losing your edits? [y/N] ")
    if answer.strip().lower() not in ("y", "yes"):
        print("reset: left as it is")
        return 0
    done = subprocess.run(["git", "checkout", "--", *paths], cwd=ROOT, check=False)
    if done.returncode == 0:
        print(f"reset: {', '.join(paths)} {'is' if len(paths) == 1 else 'are'} the starter again")
    return done.returncode


def show_solution(ex: Path, answer: str | None = None) -> int:
    files = [solution_of(path) for path in learner_files(ex)]
    paths = ", ".join(str(path.relative_to(ROOT)) for path in files)
    page = f"book/src/{ex.parent.name}-solution.md"
    print(f"The solution to exercise {number(ex)} is {paths}, explained on the page {page}.")
    if answer is None:
        answer = input("Show it here? [y/N] ") if sys.stdin.isatty() else "n"
    if answer.strip().lower() in ("y", "yes"):
        for path in files:
            if len(files) > 1:
                print(f"# {path.relative_to(ROOT)}")
            print(path.read_text(encoding="utf-8"))
    return 0


# --- the check ---------------------------------------------------------------------------


def edited(path: Path) -> bool:
    """Whether `path` differs from the committed version (False outside a git checkout)."""
    done = subprocess.run(
        ["git", "diff", "--quiet", "HEAD", "--", str(path)], cwd=ROOT, capture_output=True
    )
    return done.returncode == 1


def problems_in_files(ex: Path) -> list[str]:
    """What is wrong with the exercise's files, before anything is built."""
    found = []
    where = ex.parent.name
    numbers = tasks(ex)
    if not 2 <= len(numbers) <= 4:
        found.append(
            f"{where}: the tests are marked with {len(numbers)} tasks; an exercise has 2 to 4"
        )
    files = learner_files(ex)
    todos = {int(n) for path in files for n in TODO.findall(path.read_text(encoding="utf-8"))}
    hints = {int(n) for n in HINT.findall((ex / "hints.md").read_text(encoding="utf-8"))}
    for task in numbers:
        if task not in todos and not any(edited(path) for path in files):
            found.append(f'{where}: task {task} has no todo!("task {task}: ...") in the starter')
        if task not in hints:
            found.append(f"{where}: task {task} has no hint (a `## Task {task}` in hints.md)")
    for task in sorted(todos - set(numbers)):
        found.append(f"{where}: the starter's task {task} has no test marked task({task})")
    mine, theirs = starter(ex).read_text(encoding="utf-8"), solution(ex).read_text(encoding="utf-8")
    if ANCHOR.findall(mine) != ANCHOR.findall(theirs):
        found.append(f"{where}: the starter's anchors {ANCHOR.findall(mine)} are not the "
                     f"solution's {ANCHOR.findall(theirs)}")  # fmt: skip
    if SIGNATURE.findall(mine) != SIGNATURE.findall(theirs):
        differ = set(SIGNATURE.findall(mine)) ^ set(SIGNATURE.findall(theirs))
        found.append(
            f"{where}: the starter's and the solution's signatures differ: {sorted(differ)}"
        )
    if any("todo!" in solution_of(path).read_text(encoding="utf-8") for path in files):
        found.append(f"{where}: the solution still has a todo!")
    for path in files[1:]:
        if not path.is_file():
            found.append(f"{where}: solution/{path.name} has no starter {path.name} beside it")
    return found


def problems_in_outcomes(
    where: str, variant: str, outcomes: dict[str, str], expected: set[str]
) -> list[str]:
    """Every test must fail against the starter and pass against the solution."""
    found = []
    for test in sorted(set(outcomes) - expected):
        found.append(f"{where}: {test} could not be collected against the {variant}")
    for test in sorted(expected - set(outcomes)):
        found.append(f"{where}: {test} did not run against the {variant}")
    for test, outcome in sorted(outcomes.items()):
        if variant == "starter" and outcome != "failed":
            found.append(
                f"{where}: {test} {outcome} against the starter; it must fail until solved"
            )
        if variant == "solution" and outcome != "passed":
            found.append(f"{where}: {test} {outcome} against the solution")
    return found


def cargo(args: list[str]) -> subprocess.CompletedProcess:
    env = chapters.cargo_env()
    return subprocess.run(["cargo", *args], cwd=ROOT, env=env, capture_output=True, text=True)


def library(name: str) -> Path:
    suffix = {"darwin": "dylib", "win32": "dll"}.get(sys.platform, "so")
    return TARGET / "debug" / f"lib{name}.{suffix}"


def build_variant(exercises: list[Path], variant: str) -> tuple[Path, list[str]]:
    """Build the exercises' starters or solutions, and put the modules in one folder."""
    names = [chapters.module_name(ex) for ex in exercises]
    pyo3_built = any((TARGET / "debug" / ".fingerprint").glob("pyo3-[0-9a-f]*"))
    args = ["build", "--color=never"] + [a for n in names for a in ("-p", n)]
    if variant == "solution":
        args += ["--features", ",".join(f"{n}/solution" for n in names)]
    done = cargo(args)
    problems = []
    if done.returncode != 0:
        raise ExerciseError(f"the {variant}s do not build:\n{done.stderr}")
    if pyo3_built and re.search(r"Compiling pyo3(-ffi)? ", done.stderr):
        problems.append(
            f"building the {variant}s compiled pyo3 again; only the exercises may compile"
        )
    if variant == "starter" and "warning" in done.stderr:
        problems.append(f"the starters build with warnings:\n{done.stderr}")
    folder = CHECK / variant
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for name in names:
        shutil.copy(library(name), folder / f"{name}{module_suffix()}")
    return folder, problems


def module_suffix() -> str:
    import sysconfig

    return sysconfig.get_config_var("EXT_SUFFIX") or ".so"


def run_tests(exercises: list[Path], folder: Path, variant: str) -> dict[str, str]:
    with tempfile.TemporaryDirectory() as scratch:
        report = Path(scratch) / "outcomes.json"
        env = {**os.environ, **QUIET, "PYTHONPATH": str(folder), VARIANT: variant}
        command = [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "--tb=no",
            "--no-header",
            "-p",
            "no:cacheprovider",
        ]
        command += [str(ex / "tests" / "test_exercise.py") for ex in exercises]
        command.append(f"--outcomes={report}")
        subprocess.run(command, cwd=ROOT, env=env, capture_output=True)
        return json.loads(report.read_text()) if report.is_file() else {}


def folder_of(ex: Path) -> str:
    return f"{ex.relative_to(ROOT)}/"


def tests_of(ex: Path, outcomes: dict[str, str]) -> set[str]:
    """The exercise's tests, by id: those that ran against the solution."""
    return {t for t in outcomes if t.startswith(folder_of(ex)) and "::" in t}


def lint_starters(exercises: list[Path]) -> list[str]:
    files = [str(starter(ex)) for ex in exercises]
    fmt = subprocess.run(["rustfmt", "--check", "--edition", "2024", *files],
                         cwd=ROOT, capture_output=True, text=True)  # fmt: skip
    return [f"rustfmt would change a starter:\n{fmt.stdout}"] if fmt.returncode else []


def lint_solutions(exercises: list[Path]) -> list[str]:
    names = [chapters.module_name(ex) for ex in exercises]
    args = ["clippy", "--color=never", "--quiet"] + [a for n in names for a in ("-p", n)]
    args += ["--features", ",".join(f"{n}/solution" for n in names), "--", "-D", "warnings"]
    done = cargo(args)
    problems = [f"clippy finds fault with a solution:\n{done.stderr}"] if done.returncode else []
    # Not src/lib.rs: rustfmt would follow its `mod exercise;` into the learner's file.
    files = [solution(ex) for ex in exercises]
    fmt = subprocess.run(["rustfmt", "--check", "--edition", "2024", *map(str, files)],
                         cwd=ROOT, capture_output=True, text=True)  # fmt: skip
    if fmt.returncode:
        problems.append(f"rustfmt would change a solution:\n{fmt.stdout}")
    return problems


def check(names: list[str] = ()) -> int:
    """Prove the exercises of the chapters `names` (all of them if none) both ways."""
    exercises = [exercise(name) for name in names] if names else all_exercises()
    problems = [p for ex in exercises for p in problems_in_files(ex)]
    pristine = [ex for ex in exercises if not any(edited(p) for p in learner_files(ex))]
    for ex in exercises:
        if ex not in pristine:
            print(f"check-exercises: exercise {number(ex)} has your edits, so its "
                  "starter is not checked here (a clean clone and CI check it)")  # fmt: skip
    try:
        solutions, built = build_variant(exercises, "solution")
        problems += built
        outcomes = run_tests(exercises, solutions, "solution")
        tests = {ex: tests_of(ex, outcomes) for ex in exercises}
        for ex in exercises:
            mine = {t: o for t, o in outcomes.items() if t.startswith(folder_of(ex))}
            problems += problems_in_outcomes(ex.parent.name, "solution", mine, tests[ex])
        if pristine:
            starters, built = build_variant(pristine, "starter")
            problems += built + lint_starters(pristine)
            outcomes = run_tests(pristine, starters, "starter")
            for ex in pristine:
                mine = {t: o for t, o in outcomes.items() if t.startswith(folder_of(ex))}
                problems += problems_in_outcomes(ex.parent.name, "starter", mine, tests[ex])
        problems += lint_solutions(exercises)
    except ExerciseError as error:
        problems.append(str(error))
    for problem in problems:
        print(f"check-exercises: {problem}")
    if not problems:
        print(f"check-exercises: {len(exercises)} exercises fail as starters and pass as solutions")
    return 1 if problems else 0


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    try:
        if command == "check":
            return check(rest)
        if command == "run" and rest:
            return run(exercise(rest[0]), rest[1:])
        if command == "hint" and len(rest) == 2 and rest[1].isdigit():
            print(hint(exercise(rest[0]), int(rest[1])))
            return 0
        if command == "reset" and len(rest) == 1:
            return reset(exercise(rest[0]))
        if command == "solution" and len(rest) == 1:
            return show_solution(exercise(rest[0]))
    except (ExerciseError, chapters.UsageError) as error:
        print(f"exercise: {error}", file=sys.stderr)
        return 2
    print(__doc__)
    return 2
