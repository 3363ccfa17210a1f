"""Chapter 11: `tracemalloc` sees what Python allocates and misses what Rust allocates; the
module's counting allocator sees Rust's."""

import tracemalloc

import pytest
from diagnose import Block, rust_bytes_held

SIZE = 10_000_000


# ANCHOR: tracemalloc
def traced_growth(make):
    """How many more bytes `tracemalloc` counts while what `make` returns is alive."""
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        made = make()
        after = tracemalloc.get_traced_memory()[0]
        del made
    finally:
        tracemalloc.stop()
    return after - before


def test_tracemalloc_sees_python_memory_and_misses_rust_memory():
    assert traced_growth(lambda: bytearray(SIZE)) >= SIZE
    assert traced_growth(lambda: Block(SIZE)) < 1_000


# ANCHOR_END: tracemalloc


# ANCHOR: counted
def test_the_counting_allocator_sees_rust_memory():
    before = rust_bytes_held()
    block = Block(SIZE)
    assert len(block) == SIZE
    assert rust_bytes_held() - before == SIZE
    del block
    assert rust_bytes_held() == before


# ANCHOR_END: counted


def test_a_block_of_nothing_holds_nothing():
    before = rust_bytes_held()
    block = Block(0)
    assert (len(block), rust_bytes_held()) == (0, before)


def test_a_block_too_large_is_a_memory_error_not_an_abort():
    with pytest.raises(MemoryError) as caught:
        Block(2**62)
    assert str(caught.value) == f"cannot hold {2**62} bytes"
    with pytest.raises(OverflowError):
        Block(-1)
