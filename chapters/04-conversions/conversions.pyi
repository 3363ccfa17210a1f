"""Conversions between Python and Rust values."""

from collections.abc import Sequence
from typing import Protocol, TypedDict, type_check_only

from typing_extensions import NotRequired

__all__ = [
    "byte_sum",
    "count_chars",
    "describe_bytes",
    "echo_bytes",
    "echo_dict",
    "echo_f64",
    "echo_i64",
    "echo_list",
    "echo_optional",
    "echo_set",
    "echo_str",
    "echo_tuple",
    "echo_u8",
    "echo_colour",
    "mix",
    "bounds",
    "echo_server",
    "norm",
    "server_url",
    "summarize",
]

def count_chars(text: str) -> int:
    """Count the characters (code points) in the text, without copying it."""

# `&[u8]` borrows from a `bytes` object, and from nothing else.
def byte_sum(data: bytes) -> int:
    """Add up the bytes of a `bytes` object, without copying it."""

# `Cow<[u8]>` borrows a `bytes` object, and copies anything else a `Vec<u8>` accepts.
def describe_bytes(data: Sequence[int]) -> str:
    """Say whether the bytes were borrowed from Python or copied into Rust, and how many there were."""

def echo_str(text: str) -> str:
    """Return the text unchanged: a `str` goes in as a Rust `String` and comes back as a `str`."""

# `Vec<T>` takes any sequence but a str; `bytes` and `bytearray` are sequences of ints.
def echo_bytes(data: Sequence[int]) -> bytes:
    """Return the bytes unchanged: `bytes`, `bytearray` or a list of ints in, `bytes` out."""

def echo_i64(number: int) -> int:
    """Return the integer unchanged, if it fits a Rust `i64`."""

def echo_u8(number: int) -> int:
    """Return the integer unchanged, if it fits a Rust `u8` (0 to 255)."""

def echo_f64(number: float) -> float:
    """Return the number unchanged, as a `float`."""

def echo_list(numbers: Sequence[int]) -> list[int]:
    """Return the integers unchanged, as a new list."""

def echo_tuple(pair: tuple[str, int]) -> tuple[str, int]:
    """Return a `(name, number)` pair unchanged."""

def echo_dict(scores: dict[str, int]) -> dict[str, int]:
    """Return a dict of `str` to `int` unchanged, as a new dict."""

def echo_set(numbers: set[int] | frozenset[int]) -> set[int]:
    """Return a set of integers unchanged, as a new set."""

def echo_optional(number: int | None) -> int | None:
    """Return the integer or None unchanged."""

# A colour goes in as `"#rrggbb"` (either case) or an `(r, g, b)` tuple, and comes out as a str.
def echo_colour(colour: str | tuple[int, int, int]) -> str:
    """Read a colour and give it back in its standard form, `#rrggbb` in lower case."""

def mix(first: str | tuple[int, int, int], second: str | tuple[int, int, int]) -> str:
    """Mix two colours half and half, rounding each channel down."""

# The names below exist only for type checkers: the module has no such classes.

@type_check_only
class _HasXY(Protocol):
    @property
    def x(self) -> float: ...
    @property
    def y(self) -> float: ...

@type_check_only
class _ServerIn(TypedDict):
    host: str
    port: int
    tls: NotRequired[bool]

@type_check_only
class _Server(TypedDict):
    host: str
    port: int
    tls: bool

@type_check_only
class _Summary(TypedDict):
    count: int
    total: int
    smallest: int | None
    largest: int | None

def norm(point: _HasXY) -> float:
    """The distance of `point` from the origin. `point` is any object with `x` and `y` attributes."""

def server_url(server: _ServerIn) -> str:
    """The URL of a server described by a dict with keys `host`, `port` and, optionally, `tls`."""

def echo_server(server: _ServerIn) -> _Server:
    """Read a server dict into Rust and give it back, with `tls` filled in when it was missing."""

def bounds(span: int | tuple[int, int] | range) -> tuple[int, int]:
    """The `(start, stop)` of a span given as an int, a pair of ints, or a `range` (its step is ignored)."""

def summarize(numbers: Sequence[int]) -> _Summary:
    """Count, add up and find the extremes of a list of integers."""
