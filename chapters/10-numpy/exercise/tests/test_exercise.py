"""Chapter 10's exercise. Do not edit these tests: make them pass by editing src/exercise.rs.

Run them with `just exercise 10`.
"""

import numpy as np
import pytest
from arrays_exercise import clip, moving_sum, scaled


# ANCHOR: task1
@pytest.mark.task(1)
def test_scaled_makes_a_new_array():
    values = np.array([1.0, 2.0, 3.0])
    got = scaled(values, 2.0)
    assert got.tolist() == [2.0, 4.0, 6.0], f"called scaled([1.0, 2.0, 3.0], 2.0), got {got!r}"
    assert values.tolist() == [1.0, 2.0, 3.0], "scaled changed its input"
    assert got.dtype == np.float64


@pytest.mark.task(1)
def test_scaled_reads_a_strided_view_and_an_empty_array():
    got = scaled(np.arange(6.0)[::2], 0.5)
    assert got.tolist() == [0.0, 1.0, 2.0], f"called scaled(np.arange(6.0)[::2], 0.5), got {got!r}"
    assert scaled(np.array([]), 3.0).shape == (0,)


@pytest.mark.task(1)
def test_scaled_refuses_an_int_array():
    assert scaled(np.ones(1), 1.0).tolist() == [1.0]
    with pytest.raises(TypeError) as caught:
        scaled(np.arange(3), 2.0)
    assert str(caught.value) == "type mismatch:\n from=int64, to=float64"


# ANCHOR_END: task1


# ANCHOR: task2
@pytest.mark.task(2)
def test_clip_writes_in_place():
    values = np.array([-5.0, 0.5, 5.0, np.nan])
    assert clip(values, 0.0, 1.0) is None
    assert values[:3].tolist() == [0.0, 0.5, 1.0], f"after clip(values, 0.0, 1.0), got {values!r}"
    assert np.isnan(values[3]), "clip should leave NaN as NaN"


@pytest.mark.task(2)
def test_clip_writes_through_a_view():
    values = np.arange(6.0)
    clip(values[::2], 1.0, 3.0)
    assert values.tolist() == [1.0, 1.0, 2.0, 3.0, 3.0, 5.0], f"got {values!r}"


@pytest.mark.task(2)
def test_clip_refuses_low_above_high_and_leaves_the_array():
    values = np.array([2.0])
    clip(values, 0.0, 1.0)
    with pytest.raises(ValueError) as caught:
        clip(values, 3.0, 1.0)
    assert str(caught.value) == "low (3.0) is above high (1.0)"
    assert values.tolist() == [1.0]


@pytest.mark.task(2)
def test_clip_refuses_a_read_only_array():
    values = np.array([2.0])
    clip(values, 0.0, 1.0)
    values.flags.writeable = False
    with pytest.raises(TypeError) as caught:
        clip(values, 0.0, 1.0)
    assert str(caught.value) == "The given array is not writeable"


# ANCHOR_END: task2


# ANCHOR: task3
@pytest.mark.task(3)
def test_moving_sum_sums_each_window():
    got = moving_sum(np.array([1.0, 2.0, 3.0, 4.0]), 2)
    assert got.tolist() == [3.0, 5.0, 7.0], f"called moving_sum([1, 2, 3, 4], 2), got {got!r}"
    assert moving_sum(np.array([1.0, 2.0, 3.0]), 3).tolist() == [6.0]
    assert moving_sum(np.array([1.0, 2.0]), 1).tolist() == [1.0, 2.0]


@pytest.mark.task(3)
def test_moving_sum_agrees_with_numpy_on_a_strided_view():
    values = np.arange(100.0)[::3]
    got = moving_sum(values, 5)
    expected = np.convolve(values, np.ones(5), mode="valid")
    assert got.tolist() == expected.tolist(), f"got {got!r}, expected {expected!r}"


@pytest.mark.task(3)
def test_moving_sum_refuses_bad_windows():
    assert moving_sum(np.ones(3), 3).tolist() == [3.0]
    with pytest.raises(ValueError) as caught:
        moving_sum(np.ones(3), 0)
    assert str(caught.value) == "window must be at least 1"
    with pytest.raises(ValueError) as caught:
        moving_sum(np.ones(3), 4)
    assert str(caught.value) == "window 4 is longer than the array, which has 3 values"
    with pytest.raises(ValueError) as caught:
        moving_sum(np.array([]), 1)
    assert str(caught.value) == "window 1 is longer than the array, which has 0 values"


# ANCHOR_END: task3
