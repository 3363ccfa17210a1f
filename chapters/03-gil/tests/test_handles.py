"""The cheat sheet's conversions between handles, each doing what the sheet says."""

import pytest
from gil import (
    Score,
    Tag,
    add_points,
    first_item,
    kept_and_back,
    points_of,
    same_score,
    tag_length,
)


# ANCHOR: handles
def test_an_object_kept_as_py_comes_back_as_the_same_object():
    items = [1, 2]
    copy, owned = kept_and_back(items)
    assert copy is items
    assert owned is items


def test_a_borrowed_item_is_read_then_owned_to_be_returned():
    number = 1.5
    name, item = first_item((number, "x"))
    assert name == "float"
    assert item is number


def test_pyref_reads_and_pyrefmut_changes_the_rust_value():
    score = Score(40)
    assert points_of(score) == 40
    assert add_points(score, 2) == 42
    assert score.points == 42


def test_a_pyref_turns_back_into_the_object_it_borrows():
    score = Score(1)
    assert same_score(score) is score


def test_py_get_reads_a_frozen_object_while_detached():
    assert tag_length(Tag("pyo3")) == 4


# ANCHOR_END: handles


def test_an_empty_tuple_has_no_first_item():
    with pytest.raises(IndexError) as caught:
        first_item(())
    assert str(caught.value) == "tuple index out of range"


def test_a_score_past_u32_raises_overflow_error_and_keeps_its_points():
    score = Score(2**32 - 1)
    with pytest.raises(OverflowError) as caught:
        add_points(score, 1)
    assert str(caught.value) == "the score is too big for a u32"
    assert score.points == 2**32 - 1


def test_a_handle_of_the_wrong_class_raises_type_error():
    with pytest.raises(TypeError) as caught:
        points_of(Tag("not a score"))
    assert str(caught.value) == "'Tag' object is not an instance of 'Score'"
    with pytest.raises(TypeError) as caught:
        tag_length(Score(1))
    assert str(caught.value) == "'Score' object is not an instance of 'Tag'"
