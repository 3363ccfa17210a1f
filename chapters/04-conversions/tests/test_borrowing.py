"""Chapter 4: borrowing a Python object's data with `&str`, `&[u8]` and `Cow<[u8]>`."""

import pytest
from conversions import byte_sum, count_chars, describe_bytes
from hypothesis import given
from hypothesis import strategies as st


@given(st.text())
def test_count_chars_matches_len(text):
    assert count_chars(text) == len(text)


def test_count_chars_counts_characters_not_utf8_bytes():
    assert count_chars("héllo") == 5
    assert count_chars("🐍") == 1


def test_count_chars_handles_empty_and_huge_text():
    assert count_chars("") == 0
    assert count_chars("é" * 1_000_000) == 1_000_000


def test_count_chars_rejects_bytes():
    with pytest.raises(TypeError) as caught:
        count_chars(b"abc")
    assert str(caught.value) == "'bytes' object is not an instance of 'str'"


def test_count_chars_rejects_a_lone_surrogate_with_unicode_encode_error():
    with pytest.raises(UnicodeEncodeError) as caught:
        count_chars("a\ud800")
    assert str(caught.value) == (
        "'utf-8' codec can't encode character '\\ud800' in position 1: surrogates not allowed"
    )


@given(st.binary())
def test_byte_sum_matches_sum(data):
    assert byte_sum(data) == sum(data)


def test_byte_sum_handles_empty_and_huge_data():
    assert byte_sum(b"") == 0
    assert byte_sum(b"\xff" * 1_000_000) == 255_000_000


# ANCHOR: slice-is-bytes-only
def test_a_byte_slice_rejects_a_bytearray():
    with pytest.raises(TypeError) as caught:
        byte_sum(bytearray(b"abc"))
    assert str(caught.value) == "'bytearray' object is not an instance of 'bytes'"


def test_a_byte_slice_rejects_a_list_of_ints():
    with pytest.raises(TypeError) as caught:
        byte_sum([97, 98, 99])
    assert str(caught.value) == "'list' object is not an instance of 'bytes'"


# ANCHOR_END: slice-is-bytes-only


def test_byte_sum_rejects_a_str():
    with pytest.raises(TypeError) as caught:
        byte_sum("abc")
    assert str(caught.value) == "'str' object is not an instance of 'bytes'"


# ANCHOR: cow
def test_cow_borrows_from_bytes():
    assert describe_bytes(b"abc") == "borrowed 3 bytes"
    assert describe_bytes(b"") == "borrowed 0 bytes"


def test_cow_copies_from_anything_else():
    assert describe_bytes(bytearray(b"abc")) == "copied 3 bytes"
    assert describe_bytes(memoryview(b"abc")) == "copied 3 bytes"
    assert describe_bytes([97, 98, 99]) == "copied 3 bytes"


# ANCHOR_END: cow


def test_describe_bytes_handles_huge_data():
    assert describe_bytes(b"x" * 10_000_000) == "borrowed 10000000 bytes"


def test_describe_bytes_rejects_a_str():
    with pytest.raises(TypeError) as caught:
        describe_bytes("abc")
    assert str(caught.value) == "Can't extract `str` to `Vec`"


def test_describe_bytes_rejects_an_int_and_an_item_over_255():
    with pytest.raises(TypeError) as caught:
        describe_bytes(3)
    assert str(caught.value) == "'int' object is not an instance of 'Sequence'"
    with pytest.raises(OverflowError) as caught:
        describe_bytes([256])
    assert str(caught.value) == "out of range integral type conversion attempted"
