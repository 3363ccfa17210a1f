"""Chapter 6: reading other objects' memory, copied and in place, and what bad input raises."""

import array
import ctypes
import functools
import operator
import struct

import numpy as np
import pytest
from buffers import Block, byte_sum, byte_sum_copied, float_sum, floats_trusting_pyo3
from hypothesis import given
from hypothesis import strategies as st

BYTES_LIKE = [
    pytest.param(b"abc", id="bytes"),
    pytest.param(bytearray(b"abc"), id="bytearray"),
    pytest.param(memoryview(b"abc"), id="memoryview"),
    pytest.param(array.array("B", b"abc"), id="array.array"),
    pytest.param(np.frombuffer(b"abc", dtype=np.uint8), id="numpy"),
]


@pytest.mark.parametrize("data", BYTES_LIKE)
@pytest.mark.parametrize("route", [byte_sum, byte_sum_copied], ids=["zero-copy", "copied"])
def test_both_routes_read_every_bytes_like_object(route, data):
    assert route(data) == ord("a") + ord("b") + ord("c")


@given(st.binary(max_size=5_000))
def test_both_routes_agree_with_python(data):
    assert byte_sum(data) == byte_sum_copied(data) == sum(data)


@pytest.mark.parametrize("route", [byte_sum, byte_sum_copied], ids=["zero-copy", "copied"])
def test_an_empty_buffer_sums_to_zero(route):
    assert route(b"") == 0
    assert route(Block(0)) == 0


def test_a_two_dimensional_array_is_read_as_one_run_of_items():
    grid = np.arange(12, dtype=np.uint8).reshape(3, 4)
    assert byte_sum(grid) == byte_sum_copied(grid) == 66


def test_a_huge_buffer_is_summed_in_place():
    data = bytes(range(256)) * 65_536  # 16 MiB
    assert byte_sum(data) == 255 * 128 * 65_536


@given(st.lists(st.floats(allow_nan=False, allow_infinity=False), min_size=1, max_size=200))
def test_float_sum_adds_left_to_right(numbers):
    # Python's own sum() of floats rounds differently since 3.12, so add the same way Rust does.
    expected = functools.reduce(operator.add, numbers, 0.0)
    assert float_sum(array.array("d", numbers)) == expected


def test_float_sum_reads_numpy_arrays_of_float64():
    assert float_sum(np.ones((3, 4))) == 12.0
    assert float_sum(np.array([], dtype=np.float64)) == 0.0


class PyBuffer(ctypes.Structure):
    """CPython's `Py_buffer` struct, to look at where an exporter's memory starts."""

    _fields_ = [
        ("buf", ctypes.c_void_p),
        ("obj", ctypes.py_object),
        ("len", ctypes.c_ssize_t),
        ("itemsize", ctypes.c_ssize_t),
        ("readonly", ctypes.c_int),
        ("ndim", ctypes.c_int),
        ("format", ctypes.c_char_p),
        ("shape", ctypes.c_void_p),
        ("strides", ctypes.c_void_p),
        ("suboffsets", ctypes.c_void_p),
        ("internal", ctypes.c_void_p),
    ]


def address_of_memory(exporter):
    view = PyBuffer()
    get, release = ctypes.pythonapi.PyObject_GetBuffer, ctypes.pythonapi.PyBuffer_Release
    get.argtypes = [ctypes.py_object, ctypes.POINTER(PyBuffer), ctypes.c_int]
    release.argtypes = [ctypes.POINTER(PyBuffer)]
    assert get(exporter, ctypes.byref(view), 0) == 0
    try:
        return view.buf
    finally:
        release(ctypes.byref(view))


def test_an_empty_array_array_is_refused_when_its_placeholder_is_misaligned():
    # An empty array.array's buffer points at a one-byte placeholder inside CPython, wherever
    # the C compiler put it, and PyO3 checks that the memory is aligned for f64 first.
    empty = array.array("d")
    if address_of_memory(empty) % ctypes.alignment(ctypes.c_double) == 0:
        assert float_sum(empty) == 0.0
    else:
        with pytest.raises(BufferError) as caught:
            float_sum(empty)
        assert str(caught.value) == "buffer contents are insufficiently aligned for f64"
    assert address_of_memory(array.array("d", [1.0])) % ctypes.alignment(ctypes.c_double) == 0


# ANCHOR: bad-input
@pytest.mark.parametrize(
    ("value", "name"), [([1, 2], "list"), ("abc", "str"), (None, "NoneType"), (7, "int")]
)
def test_an_object_without_a_buffer_is_a_type_error(value, name):
    with pytest.raises(TypeError) as caught:
        byte_sum(value)
    assert str(caught.value) == f"a bytes-like object is required, not '{name}'"


@pytest.mark.parametrize(
    "data",
    [array.array("d", [1.0]), array.array("H", [1]), np.ones(3, dtype=np.int8)],
    ids=["float64", "uint16", "int8"],
)
def test_items_of_another_type_are_a_buffer_error(data):
    with pytest.raises(BufferError) as caught:
        byte_sum(data)
    assert str(caught.value) == "buffer contents are not compatible with u8"


@pytest.mark.parametrize("dtype", [np.float32, np.int64])
def test_float_sum_takes_float64_only(dtype):
    with pytest.raises(BufferError) as caught:
        float_sum(np.ones(3, dtype=dtype))
    assert str(caught.value) == "buffer contents are not compatible with f64"


NOT_CONTIGUOUS = "the buffer is not C-contiguous; copy it first, for example with bytes()"


def test_a_strided_view_is_refused_in_place_and_copied_by_the_safe_route():
    every_other = memoryview(b"abcdef")[::2]
    with pytest.raises(BufferError) as caught:
        byte_sum(every_other)
    assert str(caught.value) == NOT_CONTIGUOUS
    assert byte_sum_copied(every_other) == sum(b"ace")


def test_a_fortran_ordered_array_is_not_c_contiguous():
    with pytest.raises(BufferError) as caught:
        float_sum(np.ones((3, 4), order="F"))
    assert str(caught.value) == NOT_CONTIGUOUS


@pytest.mark.parametrize("route", [byte_sum, byte_sum_copied], ids=["zero-copy", "copied"])
def test_a_released_view_is_a_value_error(route):
    view = memoryview(b"abc")
    view.release()
    with pytest.raises(ValueError) as caught:
        route(view)
    assert str(caught.value) == "operation forbidden on released memoryview object"


# ANCHOR_END: bad-input


# ANCHOR: byte-order
def test_a_big_endian_buffer_is_refused_by_the_chapters_own_check():
    with pytest.raises(BufferError) as caught:
        float_sum(np.ones(3, dtype=">f8"))
    assert str(caught.value) == (
        'the items are in the other byte order (format ">d"); convert them first, for '
        'example with NumPy: data.astype(data.dtype.newbyteorder("="))'
    )


def test_converted_to_this_machines_order_it_is_summed():
    data = np.ones(3, dtype=">f8")
    assert float_sum(data.astype(data.dtype.newbyteorder("="))) == 3.0


# These two show PyO3 0.30's byte-order check as it is, backwards. When a PyO3 release fixes
# it, they fail: then the page's section on byte order changes with them.
def test_pyo3_alone_reads_a_big_endian_buffer_backwards():
    backwards = struct.unpack("<d", struct.pack(">d", 1.0))[0]
    assert floats_trusting_pyo3(np.ones(2, dtype=">f8")) == [backwards, backwards]
    assert f"{backwards:.6g}" == "3.03865e-319"


def test_pyo3_alone_refuses_this_machines_own_byte_order_when_it_is_spelled_out():
    native = memoryview((ctypes.c_double * 3)(1.0, 2.0, 3.0))
    assert native.format == "<d"
    with pytest.raises(BufferError) as caught:
        floats_trusting_pyo3(native)
    assert str(caught.value) == "buffer contents are not compatible with f64"


def test_a_ctypes_array_gives_no_strides_and_is_refused():
    with pytest.raises(BufferError) as caught:
        float_sum((ctypes.c_double * 3)(1.0, 2.0, 3.0))
    assert str(caught.value) == "strides is null"


# ANCHOR_END: byte-order


def test_read_only_is_not_immutable():
    data = bytearray(b"ab")
    view = memoryview(data).toreadonly()
    assert view.readonly
    data[0] = ord("z")
    assert byte_sum(view) == ord("z") + ord("b")
