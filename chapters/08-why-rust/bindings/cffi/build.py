"""Chapter 8: the CFFI module `_why_rust_cffi`, over the Rust static library in `rust/`.

CFFI's API mode compiles a small C module that calls the library's functions directly.
The declarations below are the whole interface, and they are written by hand: nothing
compares them with the Rust code.
"""

from pathlib import Path

import cffi

# ANCHOR: cdef
DECLARATIONS = """
int32_t why_rust_add(int64_t a, int64_t b, int64_t *result);
int32_t why_rust_sum(const int64_t *values, size_t length, int64_t *result);
"""


def builder(staticlib: Path) -> cffi.FFI:
    ffibuilder = cffi.FFI()
    ffibuilder.cdef(DECLARATIONS)
    ffibuilder.set_source(
        "_why_rust_cffi",
        "#include <stddef.h>\n#include <stdint.h>\n" + DECLARATIONS,
        extra_objects=[str(staticlib)],
    )
    return ffibuilder


# ANCHOR_END: cdef
