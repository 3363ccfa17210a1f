"""Functions to test, crash, profile, log from and measure."""

from typing import final

__all__ = [
    "MAX_DEPTH",
    "Block",
    "busy",
    "busy_logging",
    "busy_logging_uncached",
    "busy_tracing",
    "depth",
    "depth_unlimited",
    "mean",
    "mean_unchecked",
    "reset_logging_cache",
    "rust_bytes_held",
    "sum_ints",
    "sum_ints_as_long",
    "sum_ints_fast",
]

MAX_DEPTH: int

@final
class Block:
    """`size` bytes of Rust memory, each set to 1, held for as long as the object lives."""

    def __new__(cls, size: int) -> Block: ...
    def __len__(self) -> int: ...

def busy(steps: int) -> int:
    """A loop of `steps` turns with no logging in it, as a yardstick."""

def busy_logging(steps: int) -> int:
    """The same loop, with a `debug!` record on every turn."""

def busy_logging_uncached(steps: int) -> int:
    """The same loop, with a `debug!` record on every turn and the cache reset before each, so
    that every record asks Python whether it is wanted."""

def busy_tracing(steps: int) -> int:
    """The same loop, with a `trace!` record on every turn."""

def depth(value: object) -> int:
    """How deeply lists nest in `value`, as `depth_unlimited` says, up to `MAX_DEPTH` levels."""

def depth_unlimited(value: object) -> int:
    """How deeply lists nest in `value`: 0 for anything but a list, 1 for a list of no lists.
    Each level of nesting is one more Rust call on the thread's stack, with no limit."""

def mean(values: list[int]) -> int:
    """The mean of a list of ints, rounded toward zero."""

def mean_unchecked(values: list[int]) -> int:
    """The mean of a list of ints, rounded toward zero. It panics on an empty list."""

def reset_logging_cache() -> None:
    """Forget the levels the logger read from Python, so the next record reads them again."""

def rust_bytes_held() -> int:
    """How many bytes this module's Rust code holds from the allocator right now."""

def sum_ints(values: list[int]) -> int:
    """The sum of a list of 64-bit integers."""

def sum_ints_as_long(values: list[int]) -> int:
    """`sum_ints_fast`, with `PyLong_AsLong`, the function PyO3's `extract` calls, in place of
    `PyLong_AsLongLong`."""

def sum_ints_fast(values: list[int]) -> int:
    """The sum of a list of 64-bit integers, as chapter 8's `sum_ints`, reading each `int` with
    one call to CPython's `PyLong_AsLongLong`."""
