"""Chapter 1's exercise. Do not edit these tests: make them pass by editing src/exercise.rs.

Run them with `just exercise 1`.
"""

import pytest
from functions_exercise import clamp, mean, repeat


# ANCHOR: task1
@pytest.mark.task(1)
@pytest.mark.parametrize(
    ("value", "low", "high", "expected"), [(15, 0, 10, 10), (-3, 0, 10, 0), (4, 0, 10, 4)]
)
def test_clamp_moves_a_value_into_the_range(value, low, high, expected):
    got = clamp(value, low, high)
    assert got == expected, (
        f"called clamp({value}, {low}, {high}), got {got!r}, expected {expected}"
    )


@pytest.mark.task(1)
def test_clamp_refuses_a_range_that_is_upside_down():
    with pytest.raises(ValueError) as caught:
        clamp(1, 10, 0)
    assert str(caught.value) == "low must not be above high"


# ANCHOR_END: task1


# ANCHOR: task2
@pytest.mark.task(2)
@pytest.mark.parametrize(
    ("call", "expected"),
    [
        (lambda: repeat("ho", 3, sep="-"), "ho-ho-ho"),
        (lambda: repeat("la"), "la la"),
        (lambda: repeat("x", 0), ""),
    ],
    ids=["sep", "defaults", "zero"],
)
def test_repeat_joins_the_copies(call, expected):
    got = call()
    assert got == expected, f"got {got!r}, expected {expected!r}"


@pytest.mark.task(2)
def test_sep_is_keyword_only():
    got = repeat("ho", 2, sep="+")
    assert got == "ho+ho", f"called repeat('ho', 2, sep='+'), got {got!r}, expected 'ho+ho'"
    with pytest.raises(TypeError):
        repeat("ho", 3, "-")


# ANCHOR_END: task2


# ANCHOR: task3
@pytest.mark.task(3)
def test_mean_of_several_numbers():
    got = mean(1, 2, 4.5)
    assert got == 2.5, f"called mean(1, 2, 4.5), got {got!r}, expected 2.5"


@pytest.mark.task(3)
def test_mean_of_nothing_raises_value_error():
    with pytest.raises(ValueError) as caught:
        mean()
    assert str(caught.value) == "mean() needs at least one number"


# ANCHOR_END: task3
