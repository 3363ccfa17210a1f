"""Chapter 2: `__len__`, `__getitem__` and `__contains__` make a class act like a sequence."""

import pytest
from classes import Sentence


@pytest.fixture
def sentence():
    return Sentence("the quick brown fox")


# ANCHOR: sentence
def test_len_counts_the_words(sentence):
    assert len(sentence) == 4


def test_an_index_picks_a_word(sentence):
    assert (sentence[0], sentence[3]) == ("the", "fox")


def test_a_negative_index_counts_from_the_end(sentence):
    assert (sentence[-1], sentence[-4]) == ("fox", "the")


@pytest.mark.parametrize("index", [4, -5])
def test_an_index_past_either_end_raises_index_error(sentence, index):
    with pytest.raises(IndexError) as caught:
        sentence[index]
    assert str(caught.value) == "sentence index out of range"


def test_in_finds_a_whole_word(sentence):
    assert "fox" in sentence
    assert "fo" not in sentence


def test_in_answers_false_for_something_that_is_not_a_str(sentence):
    assert 42 not in sentence


# ANCHOR_END: sentence


def test_getitem_alone_makes_the_class_iterable(sentence):
    assert list(sentence) == ["the", "quick", "brown", "fox"]


def test_any_whitespace_separates_words():
    assert list(Sentence("  one\ttwo\n\nthree  ")) == ["one", "two", "three"]


def test_an_empty_text_makes_an_empty_sentence():
    empty = Sentence("")
    assert len(empty) == 0
    assert not empty
    with pytest.raises(IndexError) as caught:
        empty[0]
    assert str(caught.value) == "sentence index out of range"


def test_a_huge_text_works():
    sentence = Sentence("word " * 100_000)
    assert len(sentence) == 100_000
    assert sentence[-1] == "word"


def test_an_index_too_big_for_isize_raises_overflow_error(sentence):
    for index in (2**100, -(2**100)):
        with pytest.raises(OverflowError) as caught:
            sentence[index]
        assert str(caught.value) == "Python int too large to convert to C long"


def test_a_str_index_raises_type_error(sentence):
    with pytest.raises(TypeError) as caught:
        sentence["0"]
    assert str(caught.value) == "'str' object cannot be interpreted as an integer"


def test_a_slice_raises_type_error(sentence):
    with pytest.raises(TypeError) as caught:
        sentence[1:3]
    assert str(caught.value) == "'slice' object cannot be interpreted as an integer"


def test_a_str_with_a_lone_surrogate_is_not_in_the_sentence(sentence):
    assert "\ud800" not in sentence


def test_the_constructor_rejects_a_non_str():
    with pytest.raises(TypeError) as caught:
        Sentence(["the", "fox"])
    assert str(caught.value) == "'list' object is not an instance of 'str'"


def test_the_constructor_rejects_a_lone_surrogate():
    with pytest.raises(UnicodeEncodeError) as caught:
        Sentence("\ud800")
    assert str(caught.value) == (
        "'utf-8' codec can't encode character '\\ud800' in position 0: surrogates not allowed"
    )
