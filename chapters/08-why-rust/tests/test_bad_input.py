"""Chapter 8: the same bad input, and what each binding raises for it. They differ.

The page shows this table as `tests/bad_input.md`, which `test_the_page_shows_this_table`
keeps true: after a deliberate change, `WHY_RUST_BLESS=1 just test 8` rewrites it.
"""

import os
import sys
from pathlib import Path

import pytest

TABLE = Path(__file__).with_name("bad_input.md")
PYBIND11_CAST = (
    "Unable to cast Python instance of type <class '{}'> to C++ type '?' "
    "(#define PYBIND11_DETAILED_ERROR_MESSAGES or compile in debug mode for details)"
)
PYBIND11_ARGS = "{}(): incompatible function arguments. The following argument types are supported:"

# Python 3.9's C API words one message differently; the table shows both.
OLDER_WORDING = {
    "'str' object cannot be interpreted as an integer": (
        (3, 10),
        "an integer is required (got type str)",
    ),
}

# ANCHOR: cases
# (function, arguments, {binding: (exception type, first line of its message)})
CASES = [
    (
        "sum_ints",
        ([1, "2"],),
        {
            "why_rust_c": (TypeError, "'str' object cannot be interpreted as an integer"),
            "why_rust_cpp": (RuntimeError, PYBIND11_CAST.format("str")),
            "why_rust_cffi": (TypeError, "an integer is required"),
            "why_rust": (TypeError, "'str' object cannot be interpreted as an integer"),
        },
    ),
    (
        "sum_ints",
        ([2**64],),
        {
            "why_rust_c": (OverflowError, "int too big to convert"),
            "why_rust_cpp": (RuntimeError, PYBIND11_CAST.format("int")),
            "why_rust_cffi": (OverflowError, "int too big to convert"),
            "why_rust": (OverflowError, "Python int too large to convert to C long"),
        },
    ),
    (
        "sum_ints",
        ((1, 2),),
        {
            "why_rust_c": (TypeError, "sum_ints() argument must be a list, not 'tuple'"),
            "why_rust_cpp": (TypeError, PYBIND11_ARGS.format("sum_ints")),
            "why_rust_cffi": (TypeError, "sum_ints() argument must be a list, not 'tuple'"),
            "why_rust": (TypeError, "'tuple' object is not an instance of 'list'"),
        },
    ),
    (
        "add",
        (1, "x"),
        {
            "why_rust_c": (TypeError, "'str' object cannot be interpreted as an integer"),
            "why_rust_cpp": (TypeError, PYBIND11_ARGS.format("add")),
            "why_rust_cffi": (TypeError, "an integer is required"),
            "why_rust": (TypeError, "'str' object cannot be interpreted as an integer"),
        },
    ),
    (
        "add",
        (2**64, 0),
        {
            "why_rust_c": (OverflowError, "int too big to convert"),
            "why_rust_cpp": (TypeError, PYBIND11_ARGS.format("add")),
            "why_rust_cffi": (OverflowError, "int too big to convert"),
            "why_rust": (OverflowError, "Python int too large to convert to C long"),
        },
    ),
]
# ANCHOR_END: cases
LABELS = {
    "why_rust_c": "C API",
    "why_rust_cpp": "pybind11",
    "why_rust_cffi": "CFFI + Rust",
    "why_rust": "PyO3",
}


def call_text(function, arguments):
    shown = ", ".join(repr(a) for a in arguments).replace(str(2**64), "2**64")
    return f"{function}({shown})"


def raised(binding, function, arguments):
    with pytest.raises(Exception) as caught:
        getattr(binding, function)(*arguments)
    return type(caught.value), str(caught.value).splitlines()[0]


@pytest.mark.parametrize(
    ("function", "arguments", "answers"),
    CASES,
    ids=[call_text(function, arguments) for function, arguments, _ in CASES],
)
def test_each_binding_raises_its_own_error(binding, function, arguments, answers):
    error, message = answers[binding.__name__]
    if binding.__name__ == "why_rust_c" and message in OLDER_WORDING:
        since, older = OLDER_WORDING[message]
        message = message if sys.version_info >= since else older
    assert raised(binding, function, arguments) == (error, message)


def table():
    lines = ["| call | binding | raises |", "|---|---|---|"]
    for function, arguments, answers in CASES:
        for name, (error, message) in answers.items():
            shown = f"`{error.__name__}: {message}`"
            if name == "why_rust_c" and message in OLDER_WORDING:
                since, older = OLDER_WORDING[message]
                shown += f" (Python {since[0]}.{since[1] - 1}: `{older}`)"
            lines.append(f"| `{call_text(function, arguments)}` | {LABELS[name]} | {shown} |")
    return "\n".join(lines) + "\n"


def test_the_page_shows_this_table():
    if os.environ.get("WHY_RUST_BLESS"):
        TABLE.write_text(table())
    assert TABLE.read_text() == table(), "run `WHY_RUST_BLESS=1 just test 8` to rewrite it"
