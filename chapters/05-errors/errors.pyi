"""Errors raised by Rust, caught by Python, and the other way round."""

import os
from collections.abc import Callable
from typing import NoReturn, TypeVar

__all__ = [
    "nth_word",
    "BadValueError",
    "EmptyKeyError",
    "MissingEqualsError",
    "ParseError",
    "parse_setting",
    "parse_settings",
    "parse_float",
    "parse_int",
    "raise_io_error",
    "read_text",
    "through_io_error",
    "call_or_default",
    "first_byte",
    "first_byte_or_panic",
]

_T = TypeVar("_T")
_R = TypeVar("_R")
_D = TypeVar("_D")

def nth_word(text: str, n: int) -> str:
    """Return word number `n` (counting from 0) of `text`."""

# Made with `create_exception!`: plain Python exception classes, which Python code may extend.

class ParseError(Exception):
    """A settings line could not be parsed."""

class MissingEqualsError(ParseError):
    """A settings line has no '='."""

class EmptyKeyError(ParseError):
    """A settings line has nothing before its '='."""

class BadValueError(ParseError):
    """A setting's value is not an integer."""

def parse_setting(line: str) -> tuple[str, int]:
    """Parse one `key = value` line, where the value is an integer."""

def parse_settings(text: str) -> dict[str, int]:
    """Parse `key = value` lines into a dict. Blank lines and `#` comments are skipped,
    and a key that appears twice keeps its last value.
    """

def read_text(path: str | os.PathLike[str]) -> str:
    """Read a UTF-8 text file and return its contents."""

# These two always raise: their `Ok(())` is never reached.
def raise_io_error(kind: str) -> NoReturn:
    """Raise what PyO3 makes of an `io::Error` of the kind named: `"not found"`,
    `"timed out"`, `"out of memory"` or `"other"`.
    """

def through_io_error(error: BaseException) -> NoReturn:
    """Wrap a Python exception in an `io::Error`, as Rust code that reads through a Python
    file object does, then turn that back into a Python exception.
    """

def parse_int(text: str) -> int:
    """Parse a whole string as a 64-bit integer, the Rust way (no spaces, no underscores)."""

def parse_float(text: str) -> float:
    """Parse a whole string as a float, the Rust way."""

def call_or_default(func: Callable[[_T], _R], value: _T, default: _D) -> _R | _D:
    """Return `func(value)`, or `default` if that raises ValueError.
    Any other exception propagates unchanged.
    """

def first_byte(data: bytes) -> int:
    """The first byte of `data`; IndexError when `data` is empty."""

def first_byte_or_panic(data: bytes) -> int:
    """The first byte of `data`. Panics on empty data: this is the chapter's bad example."""
