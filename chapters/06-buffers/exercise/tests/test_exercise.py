"""Chapter 6's exercise. Do not edit these tests: make them pass by editing src/exercise.rs.

Run them with `just exercise 6`.
"""

import array

import pytest
from buffers_exercise import count_byte, fill, largest


# ANCHOR: task1
@pytest.mark.task(1)
@pytest.mark.parametrize(
    "data",
    [b"banana", bytearray(b"banana"), memoryview(b"banana"), array.array("B", b"banana")],
    ids=["bytes", "bytearray", "memoryview", "array"],
)
def test_count_byte_counts_in_any_bytes_like_object(data):
    got = count_byte(data, ord("a"))
    assert got == 3, f"called count_byte({data!r}, ord('a')), got {got!r}, expected 3"


@pytest.mark.task(1)
def test_count_byte_reads_a_strided_view_and_an_empty_one():
    assert count_byte(memoryview(b"abab")[::2], ord("a")) == 2
    assert count_byte(b"", 0) == 0


@pytest.mark.task(1)
def test_count_byte_refuses_a_list():
    assert count_byte(b"a", 97) == 1
    with pytest.raises(TypeError) as caught:
        count_byte([97], 97)
    assert str(caught.value) == "a bytes-like object is required, not 'list'"


# ANCHOR_END: task1


# ANCHOR: task2
@pytest.mark.task(2)
def test_fill_writes_into_a_bytearray_in_place():
    data = bytearray(b"abc")
    assert fill(data, ord("z")) is None
    assert data == bytearray(b"zzz"), f"after fill(data, ord('z')), data is {data!r}"


@pytest.mark.task(2)
def test_fill_writes_through_a_view_into_its_owner():
    data = bytearray(4)
    fill(memoryview(data)[1:3], 7)
    assert data == bytearray(b"\x00\x07\x07\x00"), f"got {data!r}"


@pytest.mark.task(2)
def test_fill_refuses_read_only_bytes():
    with pytest.raises(BufferError) as caught:
        fill(b"abc", 0)
    assert str(caught.value) == "cannot write to read-only buffer"


# ANCHOR_END: task2


# ANCHOR: task3
@pytest.mark.task(3)
@pytest.mark.parametrize(
    ("numbers", "expected"), [([1.5, -2.0, 9.25, 3.0], 9.25), ([-4.0], -4.0), ([-1.0, -7.5], -1.0)]
)
def test_largest_finds_the_largest_number(numbers, expected):
    got = largest(array.array("d", numbers))
    assert got == expected, f"called largest(array('d', {numbers})), got {got!r}"


@pytest.mark.task(3)
def test_largest_of_nothing_is_a_value_error():
    # An empty slice of a real array: an empty array.array("d") may be refused for its
    # alignment before your code runs (chapter 6, "When a buffer is refused").
    with pytest.raises(ValueError) as caught:
        largest(memoryview(array.array("d", [1.0]))[:0])
    assert str(caught.value) == "largest() of an empty buffer"


@pytest.mark.task(3)
def test_largest_refuses_a_strided_view():
    with pytest.raises(BufferError) as caught:
        largest(memoryview(array.array("d", [1.0, 2.0, 3.0]))[::2])
    assert str(caught.value) == (
        "the buffer is not C-contiguous; copy it first, for example with bytes()"
    )


# ANCHOR_END: task3
