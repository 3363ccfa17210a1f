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
and the final `Type: message` lines are compared; the indented traceback lines are not,
nor are PEP 678 notes, which only Python 3.11+ prints. Lines starting with `#` are comments
(the book's `ANCHOR` markers), and a blank line ends an example's output.
"""

from __future__ import annotations

import contextlib
import io
import sys
import traceback
import types
from dataclasses import dataclass
from pathlib import Path

import pytest

PROMPT, MORE, HEADER = ">>> ", "... ", "Traceback (most recent call last):"
SESSION = "__pycon__"


@dataclass
class Example:
    line: int
    source: str
    expected: str


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
        expected = []
        while i < len(lines) and lines[i].strip() and not lines[i].startswith(PROMPT.rstrip()):
            if lines[i].startswith("#"):
                break
            expected.append(lines[i])
            i += 1
        examples.append(Example(start, "\n".join(source) + "\n", "\n".join(expected)))
    return examples


def exception_text(error: BaseException) -> str:
    kind = type(error)
    name = kind.__qualname__
    if kind.__module__ not in ("builtins", "__main__"):
        name = f"{kind.__module__}.{name}"
    message = str(error)
    return f"{name}: {message}" if message else name


def comparable(expected: str) -> str:
    """Drop the indented traceback body the reader's session would print."""
    if not expected.startswith(HEADER):
        return expected
    body = expected.splitlines()[1:]
    return "\n".join(line for line in body if not line.startswith((" ", "\t")))


def run_example(example: Example, namespace: dict) -> str:
    out = io.StringIO()
    try:
        code = compile(example.source, "<pycon>", "single")
        with contextlib.redirect_stdout(out):
            exec(code, namespace)
    except Exception as error:  # the transcript decides whether it was expected
        return out.getvalue() + HEADER + "\n" + exception_text(error)
    return out.getvalue().rstrip("\n")


def replay(path: Path) -> None:
    # A real module, as at the interactive prompt, so that classes defined in a session
    # (dataclasses, say) can find the module they belong to.
    session = types.ModuleType(SESSION)
    sys.modules[SESSION] = session
    try:
        for example in parse(path.read_text(encoding="utf-8")):
            got = run_example(example, session.__dict__)
            if comparable(got) != comparable(example.expected):
                raise TranscriptMismatch(path, example, got)
    finally:
        del sys.modules[SESSION]


class TranscriptMismatch(AssertionError):
    def __init__(self, path: Path, example: Example, got: str) -> None:
        super().__init__(
            f"{path.name}:{example.line}: >>> {example.source.rstrip()}\n"
            f"expected:\n{example.expected}\ngot:\n{got}"
        )


class PyconFile(pytest.File):
    def collect(self):
        yield PyconItem.from_parent(self, name=self.path.name)


class PyconItem(pytest.Item):
    def runtest(self) -> None:
        replay(self.path)

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, TranscriptMismatch):
            return str(excinfo.value)
        return "".join(traceback.format_exception(excinfo.type, excinfo.value, excinfo.tb))

    def reportinfo(self):
        return self.path, 0, f"session {self.path.name}"


def pytest_collect_file(file_path: Path, parent):
    if file_path.suffix == ".pycon":
        return PyconFile.from_parent(parent, path=file_path)
    return None
