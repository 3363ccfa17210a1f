"""Chapter 2: an iterator class, with `__iter__` and `__next__`."""

import pytest
from classes import Countdown


# ANCHOR: countdown
def test_a_countdown_yields_each_number_down_to_one():
    assert list(Countdown(3)) == [3, 2, 1]


def test_a_countdown_from_zero_is_empty():
    assert list(Countdown(0)) == []


def test_iter_returns_the_iterator_itself():
    countdown = Countdown(3)
    assert iter(countdown) is countdown


def test_an_exhausted_countdown_keeps_raising_stop_iteration():
    countdown = Countdown(1)
    assert next(countdown) == 1
    for _ in range(2):
        with pytest.raises(StopIteration):
            next(countdown)


# ANCHOR_END: countdown


def test_a_partly_used_countdown_continues_where_it_stopped():
    countdown = Countdown(5)
    next(countdown)
    assert list(countdown) == [4, 3, 2, 1]


def test_a_long_countdown_works():
    assert sum(Countdown(100_000)) == 100_000 * 100_001 // 2


def test_the_largest_u64_start_works():
    assert next(Countdown(2**64 - 1)) == 2**64 - 1


def test_a_negative_start_raises_overflow_error():
    with pytest.raises(OverflowError) as caught:
        Countdown(-1)
    assert str(caught.value) == "can't convert negative int to unsigned"


def test_a_start_past_u64_raises_overflow_error():
    with pytest.raises(OverflowError) as caught:
        Countdown(2**64)
    assert str(caught.value) == "int too big to convert"


def test_a_str_start_raises_type_error():
    with pytest.raises(TypeError) as caught:
        Countdown("3")
    assert str(caught.value) == "'str' object cannot be interpreted as an integer"
