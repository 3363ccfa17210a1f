"""Chapter 4's exercise. Do not edit these tests: make them pass by editing src/exercise.rs.

Run them with `just exercise 4`.
"""

import pytest
from conversions_exercise import distance, summarize, word_lengths


# ANCHOR: task1
@pytest.mark.task(1)
@pytest.mark.parametrize(
    ("a", "b", "expected"), [((0, 0), (3, 4), 5.0), ((1, 1), (1, 1), 0.0), ((-1, 0), (2, 4), 5.0)]
)
def test_distance_between_two_points(a, b, expected):
    got = distance(a, b)
    assert got == expected, f"called distance({a}, {b}), got {got!r}, expected {expected}"


@pytest.mark.task(1)
def test_a_point_is_a_tuple_of_two_numbers():
    got = distance((0, 0), (0, 2))
    assert got == 2.0, f"called distance((0, 0), (0, 2)), got {got!r}, expected 2.0"
    # PyO3 checks these before your code runs: a tuple parameter takes only a tuple.
    with pytest.raises(TypeError) as caught:
        distance([0, 0], (3, 4))
    assert str(caught.value) == "'list' object is not an instance of 'tuple'"
    with pytest.raises(ValueError) as caught:
        distance((0, 0, 0), (3, 4))
    assert str(caught.value) == "expected tuple of length 2, but got tuple of length 3"


# ANCHOR_END: task1


# ANCHOR: task2
@pytest.mark.task(2)
def test_word_lengths_in_characters():
    got = word_lengths(["a", "bcd", "café"])
    expected = {"a": 1, "bcd": 3, "café": 4}
    assert got == expected, f"got {got!r}, expected {expected!r}"


@pytest.mark.task(2)
def test_no_words_give_an_empty_dict():
    got = word_lengths([])
    assert got == {}, f"called word_lengths([]), got {got!r}, expected {{}}"


# ANCHOR_END: task2


# ANCHOR: task3
@pytest.mark.task(3)
def test_summarize_some_numbers():
    got = summarize([1.0, 2.0, 6.0])
    expected = {"count": 3, "total": 9.0, "mean": 3.0}
    assert got == expected, f"got {got!r}, expected {expected!r}"


@pytest.mark.task(3)
def test_summarize_nothing_has_no_mean():
    got = summarize([])
    expected = {"count": 0, "total": 0.0, "mean": None}
    assert got == expected, f"got {got!r}, expected {expected!r}"


# ANCHOR_END: task3
