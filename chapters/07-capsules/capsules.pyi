"""Arithmetic done by another extension, `capsule_provider`, called through its C API."""

__all__ = ["IncompatibleApiError", "add", "multiply", "provider_version"]

class IncompatibleApiError(ImportError):
    """capsule_provider is installed, but its C API is not one this build of capsules can use."""

def add(a: int, b: int) -> int:
    """`a + b`, computed by `capsule_provider` through its C API. OverflowError when the sum does
    not fit in 64 bits.
    """

def multiply(a: int, b: int) -> int:
    """`a * b`, computed by `capsule_provider` through its C API. OverflowError when the product
    does not fit in 64 bits.
    """

def provider_version() -> tuple[int, int]:
    """The version of the C API that the installed `capsule_provider` exports, as (major, minor)."""
