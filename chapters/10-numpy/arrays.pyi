"""NumPy arrays read in place as ndarray views, written under rust-numpy's borrow checks, and
returned without a copy.
"""

import numpy as np
import numpy.typing as npt
from typing_extensions import TypeAlias

__all__ = [
    "add_into",
    "column_means",
    "distance",
    "distance_detached",
    "distance_in_vec",
    "mean",
    "ramp",
    "ramp_and_address",
    "ramp_list",
    "sum_contiguous",
]

# rust-numpy checks the dtype and the number of dimensions when a function is called. The
# stub says float64; the docstrings say how many dimensions.
_Floats: TypeAlias = npt.NDArray[np.float64]

def add_into(total: _Floats, addend: _Floats) -> None:
    """Add `addend` into `total` element by element, in place."""

def column_means(matrix: _Floats) -> _Floats:
    """The mean of each column of a two-dimensional float64 array, as a new array."""

def distance(x1: _Floats, y1: _Floats, x2: _Floats, y2: _Floats) -> _Floats:
    """The distance from each (x1, y1) to its (x2, y2), computed in one pass."""

def distance_detached(
    x1: _Floats, y1: _Floats, x2: _Floats, y2: _Floats, *, threads: int
) -> _Floats:
    """`distance`, computed on `threads` threads while this thread is detached from Python."""

def distance_in_vec(x1: _Floats, y1: _Floats, x2: _Floats, y2: _Floats) -> _Floats:
    """`distance`, its result made in a Rust `Vec` and handed to NumPy."""

def mean(values: _Floats) -> float:
    """The mean of a one-dimensional float64 array, read in place, whatever its strides."""

def ramp(n: int) -> _Floats:
    """The floats 0, 1, ..., n - 1 as a NumPy array, which takes over the `Vec`'s memory."""

def ramp_and_address(n: int) -> tuple[_Floats, int]:
    """`ramp(n)`, and the address of the `Vec`'s memory before NumPy took it over."""

def ramp_list(n: int) -> list[float]:
    """The same floats as a Python list: one float object per value."""

def sum_contiguous(values: _Floats) -> float:
    """The sum of a one-dimensional float64 array, read as a Rust slice: contiguous arrays only."""
