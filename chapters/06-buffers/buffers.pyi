"""Memory shared with Python instead of copied. The zero-copy reads rely on the GIL to keep
other threads from writing meanwhile, so a free-threaded Python re-enables it on import
(unless it was started with PYTHON_GIL=0 or -X gil=0, which gives that safety up).
"""

from typing import final

from typing_extensions import Buffer, Self

__all__ = ["Block", "byte_sum", "byte_sum_copied", "float_sum", "floats_trusting_pyo3"]

@final
class Block:
    """A block of zeroed bytes, owned by Rust and shared with Python through the buffer protocol."""

    def __new__(cls, size: int, *, readonly: bool = False) -> Self: ...
    def __len__(self) -> int: ...
    @property
    def exports(self) -> int:
        """How many views of the block are alive."""

    def resize(self, size: int) -> None:
        """Change the size of the block, keeping the bytes that fit and zeroing the new ones."""
    # `__getbuffer__` and `__releasebuffer__` fill the type's buffer slots. Python 3.12 and
    # newer show those slots as these two methods; older Pythons have them in C only. They
    # are declared for every Python, as typeshed declares them for `bytes`, so that a type
    # checker takes a `Block` as a `Buffer` everywhere it is one.
    def __buffer__(self, flags: int, /) -> memoryview: ...
    def __release_buffer__(self, buffer: memoryview, /) -> None: ...

def byte_sum(data: Buffer) -> int:
    """Add up the bytes of any bytes-like object, reading them where they are."""

def byte_sum_copied(data: Buffer) -> int:
    """Add up the bytes of any bytes-like object, from a copy of them."""

# Any buffer is accepted here, but a call fails unless its items are `float64`s ("d").
def float_sum(values: Buffer) -> float:
    """Add up any buffer of `float64`s, reading the numbers where they are."""

def floats_trusting_pyo3(values: Buffer) -> list[float]:
    """The floats of any `float64` buffer, copied, trusting PyO3's check alone: it takes a
    big-endian buffer as `f64`s and reads each number's bytes backwards.
    """
