"""Chapter 11: `sum_ints_fast`, the version of chapter 8's `sum_ints` that its profile
suggested, gives the same answers and refuses the same input."""

import pytest
from diagnose import sum_ints, sum_ints_as_long, sum_ints_fast
from hypothesis import given
from hypothesis import strategies as st

I64 = st.integers(min_value=-(2**63), max_value=2**63 - 1)
NOT_AN_INT = "'{}' object cannot be interpreted as an integer"


@given(st.lists(I64))
def test_the_fast_sum_agrees_with_chapter_8s(values):
    try:
        expected = sum_ints(values)
    except OverflowError:
        with pytest.raises(OverflowError):
            sum_ints_fast(values)
    else:
        assert sum_ints_fast(values) == expected == sum(values)
        assert sum_ints_as_long(values) == expected


# ANCHOR: bad-input
def test_the_fast_sum_refuses_what_chapter_8s_refuses():
    with pytest.raises(TypeError) as caught:
        sum_ints_fast([1, "2"])
    assert str(caught.value) == NOT_AN_INT.format("str")
    with pytest.raises(TypeError) as caught:
        sum_ints_fast([1.5])
    assert str(caught.value) == NOT_AN_INT.format("float")
    with pytest.raises(OverflowError) as caught:
        sum_ints_fast([2**62, 2**62])
    assert str(caught.value) == "the sum does not fit in 64 bits"
    with pytest.raises(TypeError) as caught:
        sum_ints_fast((1, 2))
    assert str(caught.value) == "'tuple' object is not an instance of 'list'"


def test_an_item_past_64_bits_gets_cpythons_own_message():
    # PyO3's extract calls PyLong_AsLong, and the fast version PyLong_AsLongLong: the two
    # C functions word the same refusal differently.
    with pytest.raises(OverflowError) as caught:
        sum_ints([2**64])
    assert str(caught.value) == "Python int too large to convert to C long"
    with pytest.raises(OverflowError) as caught:
        sum_ints_fast([2**64])
    assert str(caught.value) == "int too big to convert"
    with pytest.raises(OverflowError) as caught:
        sum_ints_as_long([2**64])
    assert str(caught.value) == "Python int too large to convert to C long"


def test_what_is_not_an_int_takes_pyo3s_way():
    class Seven:
        def __index__(self):
            return 7

    assert sum_ints_fast([Seven(), True, 1]) == sum_ints([Seven(), True, 1]) == 9


# ANCHOR_END: bad-input


class EmptiesTheList:
    """An item whose conversion to an int empties the list it is in (chapter 8's test)."""

    def __init__(self, values):
        self.values = values

    def __index__(self):
        self.values.clear()
        return 10


def test_an_item_that_empties_the_list_is_held_not_read_after_free():
    values = [1, None, 10**15]
    values[1] = EmptiesTheList(values)
    # The iterator holds each item it gives, and reads the length again: two items, no crash.
    assert sum_ints_fast(values) == 11
    assert values == []
