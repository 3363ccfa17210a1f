"""Chapter 5: built-in exceptions raised from Rust with `PyResult` and `new_err`."""

import sys

import pytest
from errors import nth_word

USIZE_MAX = 2**64 - 1 if sys.maxsize > 2**32 else 2**32 - 1


def test_nth_word_counts_from_zero():
    assert nth_word("the quick brown fox", 0) == "the"
    assert nth_word("the quick brown fox", 3) == "fox"


def test_nth_word_splits_on_any_whitespace():
    assert nth_word("  the\tquick\n brown  ", 2) == "brown"


# ANCHOR: builtin
def test_text_without_words_raises_value_error():
    for text in ("", "   \n\t"):
        with pytest.raises(ValueError) as caught:
            nth_word(text, 0)
        assert type(caught.value) is ValueError
        assert str(caught.value) == "the text has no words"


def test_a_word_past_the_end_raises_index_error():
    with pytest.raises(IndexError) as caught:
        nth_word("the quick brown fox", 4)
    assert type(caught.value) is IndexError
    assert str(caught.value) == "no word 4: the words are numbered 0 to 3"


# ANCHOR_END: builtin


def test_the_largest_index_raises_index_error():
    with pytest.raises(IndexError) as caught:
        nth_word("one", USIZE_MAX)
    assert str(caught.value) == f"no word {USIZE_MAX}: the words are numbered 0 to 0"


def test_a_negative_index_raises_overflow_error():
    with pytest.raises(OverflowError) as caught:
        nth_word("one", -1)
    assert str(caught.value) == "can't convert negative int to unsigned"


def test_an_index_too_big_for_usize_raises_overflow_error():
    with pytest.raises(OverflowError) as caught:
        nth_word("one", USIZE_MAX + 1)
    assert str(caught.value) == "int too big to convert"


def test_none_as_text_raises_type_error():
    with pytest.raises(TypeError) as caught:
        nth_word(None, 0)
    assert str(caught.value) == "'None' is not an instance of 'str'"


def test_bytes_as_text_raise_type_error():
    with pytest.raises(TypeError) as caught:
        nth_word(b"one two", 0)
    assert str(caught.value) == "'bytes' object is not an instance of 'str'"


def test_a_float_index_raises_type_error():
    with pytest.raises(TypeError) as caught:
        nth_word("one", 0.0)
    assert str(caught.value) == "'float' object cannot be interpreted as an integer"


def test_nth_word_handles_a_huge_text():
    text = " ".join(f"w{i}" for i in range(1_000_000))
    assert nth_word(text, 999_999) == "w999999"
