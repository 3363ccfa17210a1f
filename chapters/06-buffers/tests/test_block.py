"""Chapter 6: a Rust `Block` of bytes that Python's own tools read and write in place."""

import io

import numpy as np
import pytest
from buffers import Block, byte_sum


def test_a_new_block_is_zeroed():
    block = Block(4)
    assert len(block) == 4
    assert bytes(block) == b"\x00" * 4
    assert block.exports == 0


# ANCHOR: shared
def test_memoryview_and_numpy_see_the_same_memory():
    block = Block(4)
    view = memoryview(block)
    array = np.asarray(block)
    view[0] = 7
    assert array[0] == 7
    array[1] = 9
    assert view[1] == 9
    assert bytes(block) == b"\x07\x09\x00\x00"
    assert byte_sum(block) == 16


# ANCHOR_END: shared


def test_a_file_reads_straight_into_the_block():
    block = Block(3)
    assert io.BytesIO(b"abc").readinto(block) == 3
    assert bytes(block) == b"abc"


def test_each_view_is_counted_until_it_is_released():
    block = Block(4)
    view = memoryview(block)
    array = np.asarray(block)
    assert block.exports == 2
    view.release()
    assert block.exports == 1
    del array
    assert block.exports == 0


# ANCHOR: resize
def test_resizing_is_refused_while_a_view_is_alive():
    block = Block(4)
    view = memoryview(block)
    with pytest.raises(BufferError) as caught:
        block.resize(8)
    assert str(caught.value) == "cannot resize a Block while 1 view(s) of it are alive"
    assert len(block) == 4
    view.release()
    block.resize(8)
    assert len(block) == 8


# ANCHOR_END: resize


def test_resizing_keeps_the_bytes_that_fit():
    block = Block(3)
    memoryview(block)[:] = b"abc"  # the view is gone at the end of the line
    block.resize(5)
    assert bytes(block) == b"abc\x00\x00"
    block.resize(2)
    assert bytes(block) == b"ab"
    block.resize(0)
    assert bytes(block) == b""


def test_bytearray_refuses_to_resize_for_the_same_reason():
    data = bytearray(b"ab")
    view = memoryview(data)
    with pytest.raises(BufferError) as caught:
        data.extend(b"c")
    assert str(caught.value) == "Existing exports of data: object cannot be re-sized"
    view.release()
    data.extend(b"c")


def test_a_view_keeps_its_block_alive():
    view = memoryview(Block(3))
    assert type(view.obj) is Block
    view[2] = 1
    assert bytes(view) == b"\x00\x00\x01"
    assert view.obj.exports == 1


def test_a_read_only_block_refuses_writes_from_every_consumer():
    block = Block(3, readonly=True)
    view = memoryview(block)
    assert view.readonly
    with pytest.raises(TypeError) as caught:
        view[0] = 1
    assert str(caught.value) == "cannot modify read-only memory"
    array = np.asarray(block)
    assert not array.flags.writeable
    with pytest.raises(ValueError) as caught:
        array[0] = 1
    assert str(caught.value) == "assignment destination is read-only"
    with pytest.raises(TypeError) as caught:
        io.BytesIO(b"abc").readinto(block)
    assert str(caught.value) == (
        "readinto() argument must be read-write bytes-like object, not buffers.Block"
    )
    assert bytes(block) == b"\x00\x00\x00"


def test_readonly_is_keyword_only():
    with pytest.raises(TypeError) as caught:
        Block(3, True)
    assert str(caught.value) == "Block.__new__() takes 1 positional arguments but 2 were given"


def test_a_huge_block_is_a_memory_error():
    with pytest.raises(MemoryError) as caught:
        Block(2**62)
    assert str(caught.value) == "cannot allocate a Block of 4611686018427387904 bytes"
    block = Block(1)
    with pytest.raises(MemoryError):
        block.resize(2**62)
    assert len(block) == 1


@pytest.mark.parametrize(
    ("size", "message"),
    [(-1, "can't convert negative int to unsigned"), (2**64, "int too big to convert")],
)
def test_a_size_that_is_not_a_usize_is_an_overflow_error(size, message):
    with pytest.raises(OverflowError) as caught:
        Block(size)
    assert str(caught.value) == message
