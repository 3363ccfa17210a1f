"""Chapter 8: `add` and `sum_ints` over the Rust functions that `_why_rust_cffi` links in.
CFFI converts each argument, but what a Python caller should see is up to this file."""

from _why_rust_cffi import ffi, lib


# ANCHOR: wrappers
def add(a, b):
    """Add two 64-bit integers."""
    result = ffi.new("int64_t *")
    if lib.why_rust_add(a, b, result) != 0:
        raise OverflowError("the sum does not fit in 64 bits")
    return result[0]


def sum_ints(values):
    """The sum of a list of 64-bit integers."""
    if not isinstance(values, list):
        raise TypeError(f"sum_ints() argument must be a list, not {type(values).__name__!r}")
    # A C array, one int64_t per item: CFFI converts each one, or raises.
    array = ffi.new("int64_t[]", values)
    result = ffi.new("int64_t *")
    if lib.why_rust_sum(array, len(values), result) != 0:
        raise OverflowError("the sum does not fit in 64 bits")
    return result[0]


# ANCHOR_END: wrappers
