"""Replay `.pycon` files, the Python sessions the book shows, as pytest tests.

A `.pycon` file reads like the interactive interpreter:

    >>> from functions import sum_as_string
    >>> sum_as_string(5, 10)
    '15'
    >>> sum_as_string(-1, 10)
    Traceback (most recent call last):
      ...
    OverflowError: can't convert negative int to unsigned

Each `>>>` statement (with its `...` lines) runs in one namespace for the whole file, and
what it prints must match the lines below it exactly. For an exception, the header line
and the `Type: message` lines after them are compared, a message's indented lines included;
the indented traceback lines between the two are not,
nor are PEP 678 notes, which only Python 3.11+ prints. Lines starting with `#` are comments
(the book's `ANCHOR` markers), and a blank line ends an example's output.

Where Python words an answer differently by version, the statement gives one answer per
version range, each under a comment that names its versions, and the page shows them all:

    >>> p.z = 3
    # Python 3.9 to 3.12:
    Traceback (most recent call last):
      ...
    AttributeError: 'Point' object has no attribute 'z'
    # Python 3.13 and newer:
    Traceback (most recent call last):
      ...
    AttributeError: 'Point' object has no attribute 'z' and no __dict__ for setting new attributes

A range is `Python 3.X`, `Python 3.X to 3.Y`, `Python 3.X and older` or `Python 3.X and newer`.
The ranges of one statement must not overlap, and together they must cover every version
from the oldest the chapters support (`OLDEST`) on, so that every reader's Python has exactly
one answer. The running interpreter's answer is compared; `version_ranges` lists them all, so
that the version matrix can check each was compared on some interpreter.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import subprocess
import sys
import traceback
import types
from dataclasses import dataclass
from pathlib import Path

import pytest

from tools import base

PROMPT, MORE, HEADER = ">>> ", "... ", "Traceback (most recent call last):"
SESSION = "__pycon__"
# The oldest Python the chapters support (their `requires-python`; a tool test keeps them equal).
OLDEST = base.OLDEST
# A version is (3, minor); "and newer" runs to NEWEST.
NEWEST = (3, 999)
MINOR = r"3\.(\d+)"
VERSIONS = re.compile(
    rf"# Python (?:{MINOR} to {MINOR}|{MINOR} and older|{MINOR} and newer|{MINOR}):\s*"
)


@dataclass(frozen=True)
class Versions:
    """An inclusive range of Python versions, as (3, minor) pairs."""

    first: tuple[int, int]
    last: tuple[int, int]

    def __contains__(self, version: tuple[int, int]) -> bool:
        return self.first <= version[:2] <= self.last

    def __str__(self) -> str:
        if self.first == self.last:
            return f"Python {self.first[0]}.{self.first[1]}"
        if self.last == NEWEST:
            return f"Python {self.first[0]}.{self.first[1]} and newer"
        return f"Python {self.first[0]}.{self.first[1]} to {self.last[0]}.{self.last[1]}"


EVERY = Versions(OLDEST, NEWEST)


def versions_in(line: str) -> Versions | None:
    """The range a `# Python ...:` line names, or None for any other line."""
    match = VERSIONS.fullmatch(line)
    if match is None:
        return None
    first_of_range, last_of_range, older, newer, single = match.groups()
    if first_of_range is not None:
        return Versions((3, int(first_of_range)), (3, int(last_of_range)))
    if older is not None:
        return Versions(OLDEST, (3, int(older)))
    if newer is not None:
        return Versions((3, int(newer)), NEWEST)
    return Versions((3, int(single)), (3, int(single)))


@dataclass
class Example:
    line: int
    source: str
    # One answer for every Python, or one per version range: (versions, the lines it prints).
    answers: list[tuple[Versions, str]]

    def answer_on(self, version: tuple[int, int]) -> tuple[Versions, str]:
        """The answer for `version` (parse() made sure there is exactly one)."""
        return next(answer for answer in self.answers if version[:2] in answer[0])


def parse(text: str) -> list[Example]:
    examples: list[Example] = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.startswith(PROMPT.rstrip()):
            if line.strip() and not line.lstrip().startswith("#"):
                raise ValueError(f"line {i + 1}: output with no statement above it: {line!r}")
            i += 1
            continue
        start, source = i + 1, [line[len(PROMPT) :]]
        i += 1
        while i < len(lines) and (lines[i].startswith(MORE) or lines[i] == MORE.rstrip()):
            source.append(lines[i][len(MORE) :])
            i += 1
        answers: list[tuple[Versions, list[str]]] = []
        expected: list[str] = []
        while i < len(lines) and lines[i].strip() and not lines[i].startswith(PROMPT.rstrip()):
            versions = versions_in(lines[i])
            if versions is not None:
                if expected and not answers:
                    raise ValueError(
                        f"line {i + 1}: {lines[i]!r} follows an answer for every version; "
                        "put each answer under its own '# Python ...:' line"
                    )
                expected = []
                answers.append((versions, expected))
            elif lines[i].startswith("#"):
                break
            else:
                expected.append(lines[i])
            i += 1
        if not answers:
            answers = [(EVERY, expected)]
        check_ranges(start, [versions for versions, _ in answers])
        joined = [(versions, "\n".join(lines_)) for versions, lines_ in answers]
        examples.append(Example(start, "\n".join(source) + "\n", joined))
    return examples


def check_ranges(line: int, ranges: list[Versions]) -> None:
    """The ranges of one statement's answers cover OLDEST onwards once each, in order."""
    expected_first = OLDEST
    for versions in ranges:
        if versions.first > versions.last:
            raise ValueError(f"line {line}: {versions.first} to {versions.last} is empty")
        if versions.first != expected_first:
            what = "overlap" if versions.first < expected_first else "leave a gap"
            raise ValueError(
                f"line {line}: the answers' versions {what} at {versions}; give them in order, "
                f"from Python {OLDEST[0]}.{OLDEST[1]} on, one answer for each version"
            )
        expected_first = (3, versions.last[1] + 1)
    if ranges[-1].last != NEWEST:
        raise ValueError(f"line {line}: the last answer must be for 'Python 3.X and newer'")


def version_ranges(path: Path) -> list[tuple[int, Versions]]:
    """Every version-specific answer in a session file, as (line, versions)."""
    found = []
    for example in parse(path.read_text(encoding="utf-8")):
        if len(example.answers) > 1:
            found += [(example.line, versions) for versions, _ in example.answers]
    return found


def exception_text(error: BaseException) -> str:
    kind = type(error)
    name = kind.__qualname__
    if kind.__module__ not in ("builtins", "__main__"):
        name = f"{kind.__module__}.{name}"
    message = str(error)
    return f"{name}: {message}" if message else name


def comparable(expected: str) -> str:
    """Drop the indented traceback body the reader's session would print: the lines between
    the header and the exception's first line. A message's own indented lines stay."""
    if not expected.startswith(HEADER):
        return expected
    body = expected.splitlines()[1:]
    while body and body[0].startswith((" ", "\t")):
        body.pop(0)
    return "\n".join(body)


class Stdout(io.TextIOBase):
    """The session's `sys.stdout`: it writes into the current example's output. Something
    that keeps `sys.stdout` from one example to the next (a logging handler made in a
    session) then prints into the example that is running, as at a real prompt."""

    def __init__(self) -> None:
        self.current = io.StringIO()

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        return self.current.write(text)


def run_example(example: Example, namespace: dict, stdout: Stdout) -> str:
    stdout.current = out = io.StringIO()
    try:
        code = compile(example.source, "<pycon>", "single")
        exec(code, namespace)
    except (KeyboardInterrupt, SystemExit):
        raise
    # The transcript decides whether it was expected. PyO3's PanicException derives from
    # BaseException, as a panic is not an error a caller should catch by accident.
    except BaseException as error:
        return out.getvalue() + HEADER + "\n" + exception_text(error)
    return out.getvalue().rstrip("\n")


def replay(path: Path) -> None:
    # A real module, as at the interactive prompt, so that classes defined in a session
    # (dataclasses, say) can find the module they belong to.
    session = types.ModuleType(SESSION)
    sys.modules[SESSION] = session
    stdout = Stdout()
    try:
        for example in parse(path.read_text(encoding="utf-8")):
            with contextlib.redirect_stdout(stdout):
                got = run_example(example, session.__dict__, stdout)
            versions, expected = example.answer_on(sys.version_info[:2])
            if comparable(got) != comparable(expected):
                raise TranscriptMismatch(path, example, versions, expected, got)
    finally:
        del sys.modules[SESSION]


class TranscriptMismatch(AssertionError):
    def __init__(
        self, path: Path, example: Example, versions: Versions, expected: str, got: str
    ) -> None:
        which = "" if versions == EVERY else f" (the answer for {versions})"
        here = ".".join(map(str, sys.version_info[:3]))
        super().__init__(
            f"{path.name}:{example.line}: >>> {example.source.rstrip()}\n"
            f"expected{which}:\n{expected}\ngot on Python {here}:\n{got}"
        )


class PyconFile(pytest.File):
    def collect(self):
        yield PyconItem.from_parent(self, name=self.path.name)


class SessionFailed(AssertionError):
    """A session replayed at its own prompt did not give the answers it shows."""


class PyconItem(pytest.Item):
    def runtest(self) -> None:
        """Replay the session at a prompt of its own: a new process of this environment's
        Python, started in the repository's top folder with no PYTHONPATH, as `just python`
        starts one. What the session imports must import there too, with no help from the
        chapter's conftest.py."""
        env = {name: value for name, value in os.environ.items() if name != "PYTHONPATH"}
        command = [sys.executable, "-m", "tools.chapters.sessions", str(self.path)]
        done = subprocess.run(
            command, cwd=base.ROOT, env=env, capture_output=True, text=True, check=False
        )
        if done.returncode != 0:
            raise SessionFailed((done.stderr or done.stdout).rstrip())

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, (TranscriptMismatch, SessionFailed)):
            return str(excinfo.value)
        return "".join(traceback.format_exception(excinfo.type, excinfo.value, excinfo.tb))

    def reportinfo(self):
        return self.path, 0, f"session {self.path.name}"


def pytest_collect_file(file_path: Path, parent):
    if file_path.suffix == ".pycon":
        return PyconFile.from_parent(parent, path=file_path)
    return None


def main(argv: list[str]) -> int:
    """`python -m tools.chapters.sessions FILE`: replay one session in this process; a mismatch is
    printed and exits 1."""
    try:
        replay(Path(argv[0]))
    except TranscriptMismatch as mismatch:
        print(mismatch, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
