"""Chapter 9's exercise. Do not edit these tests: make them pass by editing src/exercise.rs.

Run them with `just exercise 9`.
"""

import pytest
from validator_exercise import Range, check, count_inside


# ANCHOR: task1
@pytest.mark.task(1)
def test_a_range_keeps_its_bounds():
    got = Range(1, 5)
    assert (got.low, got.high) == (1, 5), f"Range(1, 5) has low={got.low}, high={got.high}"
    assert (Range(3, 3).low, Range(3, 3).high) == (3, 3)


@pytest.mark.task(1)
def test_an_empty_range_is_refused_when_it_is_made():
    with pytest.raises(ValueError) as caught:
        Range(5, 1)
    assert str(caught.value) == "low 5 is greater than high 1"


# ANCHOR_END: task1


# ANCHOR: task2
@pytest.mark.task(2)
def test_check_accepts_a_list_inside_the_range():
    assert check(Range(1, 5), [1, 5, 3]) is None
    assert check(Range(1, 5), []) is None


@pytest.mark.task(2)
def test_check_lists_every_bad_item_with_its_index():
    with pytest.raises(ValueError) as caught:
        check(Range(1, 5), [True, 2, 9, "3", 0, 2**70])
    assert str(caught.value) == (
        "0: expected an integer; 2: 9 is outside 1 to 5; 3: expected an integer; "
        "4: 0 is outside 1 to 5; 5: expected an integer"
    )


# ANCHOR_END: task2


# ANCHOR: task3
@pytest.mark.task(3)
def test_count_inside_counts_the_values_in_the_range():
    got = count_inside(Range(0, 9), list(range(-5, 15)))
    assert got == 10, f"count_inside(Range(0, 9), range(-5, 15)) returned {got!r}, expected 10"
    assert count_inside(Range(0, 0), []) == 0


@pytest.mark.task(3)
def test_count_inside_takes_what_converts_to_i64():
    assert count_inside(Range(0, 1), [1]) == 1
    # PyO3's conversion to `Vec<i64>` is not the validator's strict rule: a bool is an int
    # subclass, and converts, as `int(True)` does. A str does not.
    assert count_inside(Range(0, 1), [True, False]) == 2
    with pytest.raises(TypeError) as caught:
        count_inside(Range(0, 1), [1, "2"])
    assert str(caught.value) == "'str' object cannot be interpreted as an integer"


# ANCHOR_END: task3
