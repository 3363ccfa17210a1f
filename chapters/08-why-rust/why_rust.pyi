"""add and sum_ints, written in Rust with PyO3."""

__all__ = ["sum_ints_forgetting", "add", "sum_ints"]

def add(a: int, b: int) -> int:
    """Add two 64-bit integers."""

def sum_ints(values: list[int]) -> int:
    """The sum of a list of 64-bit integers."""

def sum_ints_forgetting(values: list[int]) -> int:
    """sum_ints, but it never gives back its reference to each item: a deliberate leak."""
