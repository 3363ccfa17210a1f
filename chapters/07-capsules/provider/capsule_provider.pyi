"""A C API for other extensions: `_C_API` is a capsule that holds a table of functions."""

from typing_extensions import CapsuleType

__all__ = ["tables_freed", "future_api", "newer_minor_api", "old_api", "_C_API"]

# The table of functions, for C code to call: nothing Python can do with it but pass it on.
_C_API: CapsuleType

def tables_freed() -> int:
    """How many of the tables this module made Python has freed so far."""

def old_api() -> CapsuleType:
    """For tests: a capsule like `_C_API`, holding the table of version 1.0."""

def newer_minor_api() -> CapsuleType:
    """For tests: a capsule like `_C_API` from a version 1.2 whose functions return a status that
    version 1.1 does not know.
    """

def future_api() -> CapsuleType:
    """For tests: a capsule like `_C_API` from a version 2.0 that has not been written: only its
    version is known, because every version starts with one.
    """
