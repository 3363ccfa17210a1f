"""Chapter 10: writing into an array in place, and rust-numpy's run-time borrow checks."""

import numpy as np
import pytest
from arrays import add_into


def test_add_into_writes_into_the_callers_array():
    total = np.zeros(3)
    assert add_into(total, np.array([1.0, 2.0, 3.0])) is None
    add_into(total, np.array([1.0, 2.0, 3.0]))
    assert total.tolist() == [2.0, 4.0, 6.0]


def test_add_into_writes_through_a_view_into_its_base():
    total = np.zeros(6)
    add_into(total[::2], np.ones(3))
    assert total.tolist() == [1.0, 0.0, 1.0, 0.0, 1.0, 0.0]


def test_one_array_as_both_arguments_is_refused():
    values = np.arange(3.0)
    with pytest.raises(TypeError) as caught:
        add_into(values, values)
    assert str(caught.value) == "The given array is already borrowed"
    assert values.tolist() == [0.0, 1.0, 2.0]


def test_overlapping_views_are_refused_and_disjoint_ones_allowed():
    values = np.arange(6.0)
    with pytest.raises(TypeError) as caught:
        add_into(values[1:], values[:-1])
    assert str(caught.value) == "The given array is already borrowed"
    add_into(values[:3], values[3:])
    assert values.tolist() == [3.0, 5.0, 7.0, 3.0, 4.0, 5.0]
    # Interleaved views share a base and a range of memory, but no element.
    add_into(values[::2], values[1::2])
    assert values.tolist() == [8.0, 5.0, 10.0, 3.0, 9.0, 5.0]


def test_the_borrow_ends_with_the_call():
    values = np.arange(3.0)
    with pytest.raises(TypeError):
        add_into(values, values)
    add_into(values, np.ones(3))
    assert values.tolist() == [1.0, 2.0, 3.0]


def test_a_read_only_array_cannot_be_written():
    values = np.arange(3.0)
    values.flags.writeable = False
    with pytest.raises(TypeError) as caught:
        add_into(values, np.ones(3))
    assert str(caught.value) == "The given array is not writeable"
    assert add_into(np.zeros(3), values) is None


def test_bad_shapes_and_types_are_refused_without_writing():
    total = np.zeros(3)
    with pytest.raises(ValueError) as caught:
        add_into(total, np.ones(2))
    assert str(caught.value) == "total has 3 elements and addend 2; they must have the same length"
    with pytest.raises(TypeError) as caught:
        add_into(total, np.ones(3, dtype=np.int64))
    assert str(caught.value) == "type mismatch:\n from=int64, to=float64"
    with pytest.raises(TypeError) as caught:
        add_into([0.0, 0.0, 0.0], np.ones(3))
    assert str(caught.value) == "'list' object is not an instance of 'ndarray'"
    assert total.tolist() == [0.0, 0.0, 0.0]


def test_empty_arrays_and_nan():
    assert add_into(np.array([]), np.array([])) is None
    total = np.array([1.0, np.nan])
    add_into(total, np.array([np.nan, 1.0]))
    assert np.isnan(total).all()
